package models_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/train"
)

// sharedDir is the read-only material beside the repository.
const sharedDir = "../../shared"

// realNewsItem is one labeled statement of data/realnews/labels.tsv: where
// it is in a PolNeAR article (the text stays in ../shared) and its labels.
type realNewsItem struct {
	doc                 string // split/doc: the article, by which folds are grouped
	text, stance, topic string
	statement           bool
	article             []byte // the whole article
}

// readRealNews reads the real-news evaluation set, cutting each statement
// out of its PolNeAR article by its byte offsets.
func readRealNews(t *testing.T) []realNewsItem {
	f, err := os.Open(filepath.Join("..", "data", "realnews", "labels.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	var out []realNewsItem
	texts := map[string][]byte{}
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		path := filepath.Join(sharedDir, "data", "polnear", c[0], c[1]+".txt")
		doc, ok := texts[path]
		if !ok {
			if doc, err = os.ReadFile(path); err != nil {
				t.Skipf("PolNeAR not found (%v); it lives in ../shared beside the repository", err)
			}
			texts[path] = doc
		}
		var parts []string
		for _, sp := range strings.Split(c[2], ";") {
			a, b, _ := strings.Cut(sp, "-")
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || lo < 0 || hi > len(doc) || lo >= hi {
				t.Fatalf("labels.tsv: bad span %q", sp)
			}
			parts = append(parts, string(doc[lo:hi]))
		}
		out = append(out, realNewsItem{doc: c[0] + "/" + c[1], text: strings.Join(parts, " "), stance: c[3], topic: c[4], statement: c[5] == "yes", article: doc})
	}
	return out
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
		if !it.statement {
			continue
		}
		gold = append(gold, it.stance)
		preds = append(preds, c.Predict(it.text))
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
		var gold []string
		var preds []nb.Prediction
		for _, it := range items {
			if !it.statement {
				continue
			}
			title, body, _ := strings.Cut(string(it.article), "\n")
			article := stance.DocumentTopic(c, &corpus.Document{Title: title, Text: body})
			gold = append(gold, it.topic)
			preds = append(preds, stance.TopicInContext(c.Predict(it.text), article, w))
		}
		r := train.ScoreProbs(gold, preds, c.Labels())
		t.Logf("real-news topic, article weight %g: %d statements; accuracy %.4f, macro-F1 %.4f, ECE %.4f", w, r.N, r.Accuracy, r.MacroF1, r.ECE)
	}
}
