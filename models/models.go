// Package models holds the default stance and topic classifiers, trained
// by "make model" on data/labeled/quotes.jsonl (the stance model also on
// data/labeled/stance_only.jsonl, statements labeled for stance only) and
// embedded in the binary. models/README.md gives their settings and
// figures.
package models

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/stancekit/stancekit/stance/nb"
)

// The model files, as written by stance train.
var (
	//go:embed stance.model
	stanceModel []byte
	//go:embed topic.model
	topicModel []byte
)

var (
	stanceOnce = loader("stance.model", stanceModel)
	topicOnce  = loader("topic.model", topicModel)
)

// DefaultStance returns the default stance classifier (support, oppose,
// neutral). It is decoded once, on first use, and shared: a Classifier is
// safe for concurrent use.
func DefaultStance() (*nb.Classifier, error) { return stanceOnce() }

// DefaultTopic returns the default topic classifier (the topics of
// data/labeled/quotes.jsonl), decoded once like DefaultStance.
func DefaultTopic() (*nb.Classifier, error) { return topicOnce() }

func loader(name string, data []byte) func() (*nb.Classifier, error) {
	return sync.OnceValues(func() (*nb.Classifier, error) {
		c, err := nb.ReadModel(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("embedded model %s: %w", name, err)
		}
		return c, nil
	})
}
