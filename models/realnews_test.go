package models_test

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/realnews"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/train"
)

// sharedDir is the read-only material beside the repository.
const sharedDir = "../../shared"

// readRealNews reads the real-news evaluation set (internal/realnews),
// skipping the test when PolNeAR is not beside the repository.
func readRealNews(t *testing.T) []realnews.Item {
	items, err := realnews.Read(filepath.Join("..", "data", "realnews", "labels.tsv"), filepath.Join(sharedDir, "data", "polnear"))
	if errors.Is(err, realnews.ErrNoArticles) {
		t.Skipf("%v; it lives in ../shared beside the repository", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// TestRealNewsStance scores the embedded stance model on the project's
// real-news evaluation set (data/realnews: statements the extractor finds
// in PolNeAR articles, labeled in two independent passes with the
// codebook, disagreements adjudicated): macro-F1 and calibration on the
// real statements. It is the number to move, more than cross-validation
// on the project's own sentences. The embedded model's temperature was
// fitted on this set, so its ECE and log loss here are in-sample;
// TestRealNewsCalibration reports the honest, cross-fitted ones.
func TestRealNewsStance(t *testing.T) {
	items := readRealNews(t)
	c, err := models.DefaultStance()
	if err != nil {
		t.Fatal(err)
	}
	var gold []string
	var preds []nb.Prediction
	for _, it := range items {
		if !it.Statement {
			continue
		}
		gold = append(gold, it.Stance)
		preds = append(preds, c.Predict(it.Text))
	}
	r := train.ScoreProbs(gold, preds, c.Labels())
	t.Logf("real-news stance (probabilities in-sample): %d statements; macro-F1 %.4f, accuracy %.4f, ECE %.4f, log loss %.4f", r.N, r.MacroF1, r.Accuracy, r.ECE, r.LogLoss)
	for _, l := range r.Labels {
		cs := r.Classes[l]
		t.Logf("  %-8s P %.3f R %.3f F1 %.3f (gold %d, predicted %d)", l, cs.Precision, cs.Recall, cs.F1, cs.Support, predicted(preds, l))
	}
	if len(gold) < 300 {
		t.Errorf("only %d labeled statements", len(gold))
	}
}

func predicted(preds []nb.Prediction, l string) int {
	n := 0
	for _, p := range preds {
		if p.Label == l {
			n++
		}
	}
	return n
}

// TestRealNewsTopic scores the embedded topic model on the real-news set:
// each statement alone, and with its article (first line as title, then
// the lead) as context, as analyze classifies it. Its temperature was
// fitted on this set in context (weight stance.DefaultTopicContext): the
// ECE there is in-sample.
func TestRealNewsTopic(t *testing.T) {
	items := readRealNews(t)
	c, err := models.DefaultTopic()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []float64{0, stance.DefaultTopicContext, 1} {
		var gold, texts []string
		var preds []nb.Prediction
		for _, it := range items {
			if !it.Statement {
				continue
			}
			title, body, _ := strings.Cut(string(it.Article), "\n")
			article := stance.DocumentTopic(c, &corpus.Document{Title: title, Text: body})
			gold = append(gold, it.Topic)
			texts = append(texts, it.Text)
			preds = append(preds, stance.TopicInContext(c.Predict(it.Text), article, w))
		}
		r := train.ScoreProbs(gold, preds, c.Labels())
		t.Logf("real-news topic, article weight %g: %d statements; accuracy %.4f, macro-F1 %.4f, ECE %.4f", w, r.N, r.Accuracy, r.MacroF1, r.ECE)
		if w == stance.DefaultTopicContext && testing.Verbose() {
			// The confusions, gold -> predicted, most frequent first.
			conf := map[string]int{}
			for i, g := range gold {
				if p := preds[i].Label; p != g {
					conf[g+" -> "+p]++
					if os.Getenv("STANCE_SHOW") == g+">"+p {
						t.Logf("    %.150q", texts[i])
					}
				}
			}
			keys := make([]string, 0, len(conf))
			for k := range conf {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool {
				return conf[keys[i]] > conf[keys[j]] || conf[keys[i]] == conf[keys[j]] && keys[i] < keys[j]
			})
			for i, k := range keys {
				if i == 8 {
					break
				}
				t.Logf("  confused %s: %d", k, conf[k])
			}
		}
	}
}
