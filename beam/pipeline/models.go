package pipeline

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/nb"
)

// loaded holds the models decoded in this process by the SHA-256 of
// their files: Beam makes a DoFn per bundle processor, and a worker
// process runs many, but a model is decoded once per process. (The
// embedded defaults are cached by package models the same way.)
var loaded sync.Map // [sha256.Size]byte -> *nb.Classifier

// loadModel decodes a model file, or returns the embedded default when
// data is nil. flag names the option in errors.
func loadModel(flag string, data []byte, embedded func() (*nb.Classifier, error)) (*nb.Classifier, error) {
	if data == nil {
		return embedded()
	}
	key := sha256.Sum256(data)
	if c, ok := loaded.Load(key); ok {
		return c.(*nb.Classifier), nil
	}
	c, err := nb.ReadModel(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	loaded.Store(key, c)
	return c, nil
}

// loadModels returns the models of o and checks that they fit together
// and the summary: what "stance analyze" checks before it reads a
// document.
func loadModels(o Options) (stance.Models, error) {
	var m stance.Models
	var err error
	if m.Stance, err = loadModel("StanceModel", o.StanceModel, models.DefaultStance); err != nil {
		return m, err
	}
	if !o.NoTopics {
		if m.Topic, err = loadModel("TopicModel", o.TopicModel, models.DefaultTopic); err != nil {
			return m, err
		}
	}
	if err := checkModels(m); err != nil {
		return m, err
	}
	labels := m.Stance.Labels()
	for _, l := range []string{o.Summary.Support, o.Summary.Oppose} {
		if !slices.Contains(labels, l) {
			return m, fmt.Errorf("StanceModel: the model has no %q label (its labels are %s): net stance needs %q and %q",
				l, strings.Join(labels, ", "), o.Summary.Support, o.Summary.Oppose)
		}
	}
	if o.Summary.ByTopic && m.Topic == nil {
		return m, fmt.Errorf("Summary.ByTopic: needs a topic model (NoTopics is set)")
	}
	return m, nil
}

// checkModels is stance.Models.Check, naming the option at fault as
// "stance analyze" names its flag.
func checkModels(m stance.Models) error {
	err := m.Check()
	switch {
	case errors.Is(err, stance.ErrTopicIsStance):
		return fmt.Errorf("TopicModel: %w", err)
	case err != nil:
		return fmt.Errorf("StanceModel: %w", err)
	}
	return nil
}
