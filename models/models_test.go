package models

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/stance/nb"
)

// labeledData is the file the default models are trained on,
// stanceOnlyData the statements labeled for stance only, which the stance
// model learns from as well, and realNewsData the set their probabilities
// are calibrated on.
const (
	labeledData    = "../data/labeled/quotes.jsonl"
	stanceOnlyData = "../data/labeled/stance_only.jsonl"
	realNewsData   = "../data/realnews/labels.tsv"
)

// TestEmbeddedModelsCurrent checks that the embedded models load, were
// trained on the current labeled data (if not, run "make model") and
// calibrated on the current real-news set (if not, run the recalibration
// that TestRealNewsCalibration describes, which needs ../shared).
func TestEmbeddedModelsCurrent(t *testing.T) {
	realNews, err := os.ReadFile(realNewsData)
	if err != nil {
		t.Fatalf("reading the real-news set: %v", err)
	}
	sum := sha256.Sum256(realNews)
	wantCal := hex.EncodeToString(sum[:])
	for _, m := range []struct {
		name   string
		load   func() (*nb.Classifier, error)
		family string
		labels []string
		data   []string // the training files, in the Makefile's order
	}{
		{"stance.model", DefaultStance, "stance", []string{"neutral", "oppose", "support"}, []string{labeledData, stanceOnlyData}},
		{"topic.model", DefaultTopic, "topic", nil, []string{labeledData}},
	} {
		c, err := m.load()
		if err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
		// The model's data hash covers its files' bytes, concatenated.
		h := sha256.New()
		var size int64
		for _, f := range m.data {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatalf("reading the labeled data: %v", err)
			}
			h.Write(data)
			size += int64(len(data))
		}
		want := hex.EncodeToString(h.Sum(nil))
		meta := c.Meta()
		if meta.Data.SHA256 != want || meta.Data.Bytes != size {
			t.Errorf("%s was trained on data with SHA-256 %s (%d bytes); %v now have %s (%d bytes): run \"make model\"",
				m.name, meta.Data.SHA256, meta.Data.Bytes, m.data, want, size)
		}
		if meta.Family != m.family || m.labels != nil && !slices.Equal(meta.Labels, m.labels) {
			t.Errorf("%s: family %q labels %v, want %q %v", m.name, meta.Family, meta.Labels, m.family, m.labels)
		}
		if meta.CV == nil {
			t.Errorf("%s: no cross-validation scores recorded", m.name)
		}
		if cal := meta.Calibration; cal == nil || cal.Set == nil || cal.Set.SHA256 != wantCal || cal.Set.Folds < 2 {
			t.Errorf("%s is not calibrated on the current %s (SHA-256 %s): run \"go test ./models -run TestRealNewsCalibration -recalibrate\" (needs ../shared)",
				m.name, realNewsData, wantCal)
		}
		again, _ := m.load()
		if again != c {
			t.Errorf("%s: decoded twice; want one shared classifier", m.name)
		}
	}
}

func TestDefaultStancePredicts(t *testing.T) {
	c, err := DefaultStance()
	if err != nil {
		t.Fatal(err)
	}
	p := c.Predict("We strongly support this agreement and welcome the cooperation.")
	if p.Label == "" || p.Prob <= 0 || p.Prob > 1 {
		t.Errorf("Predict = %+v", p)
	}
}

// TestEmbeddedModelHash checks that a model's identity is the SHA-256 of
// its file, what sha256sum prints, and tells the two models apart.
func TestEmbeddedModelHash(t *testing.T) {
	hashes := map[string]bool{}
	for _, m := range []struct {
		name string
		data []byte
		load func() (*nb.Classifier, error)
	}{
		{"stance.model", stanceModel, DefaultStance},
		{"topic.model", topicModel, DefaultTopic},
	} {
		c, err := m.load()
		if err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
		sum := sha256.Sum256(m.data)
		if got, want := c.Hash(), hex.EncodeToString(sum[:]); got != want {
			t.Errorf("%s: Hash() = %s, want %s", m.name, got, want)
		}
		hashes[c.Hash()] = true
	}
	if len(hashes) != 2 {
		t.Errorf("the stance and topic models share a hash")
	}
}
