package nb

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestPolarityLexicon(t *testing.T) {
	m := polarityLexicon()
	if len(m) < 1000 {
		t.Fatalf("polarity lexicon has %d words", len(m))
	}
	for w, p := range m {
		if w != strings.ToLower(w) || strings.ContainsAny(w, " \t~") {
			t.Errorf("lexicon word %q: want one lower-case word", w)
		}
		if p != 1 && p != -1 {
			t.Errorf("lexicon word %q: polarity %d", w, p)
		}
	}
	// Each polarity holds the shapes it is for; words whose polarity
	// depends on the context are left out.
	for w, want := range map[string]int{
		"praised": 1, "welcome": 1, "success": 1,
		"condemned": -1, "reckless": -1, "failure": -1, "liar": -1,
		"tax": 0, "election": 0, "the": 0, "not": 0,
	} {
		if got := Polarity(w); got != want {
			t.Errorf("Polarity(%q) = %d, want %d", w, got, want)
		}
	}
	if len(PolarityLexiconID) != 12 {
		t.Errorf("PolarityLexiconID %q", PolarityLexiconID)
	}
}

func TestPolarityFeatures(t *testing.T) {
	o := FeatureOptions{NGrams: 1, Negation: true, Weighting: WeightCount, Polarity: 2}
	for _, tt := range []struct{ name, in, want string }{
		{"a word of each polarity", "A reckless plan, a welcome change",
			"a reckless ~neg ~neg plan a welcome ~pos ~pos change"},
		{"swapped in a negation's scope, which ends at clause punctuation", "It was not fair. Fair enough",
			"it was not not_fair ~neg ~neg fair ~pos ~pos enough"},
		{"no polarity word", "The vote is on Tuesday", "the vote is on tuesday"},
	} {
		if got := features(o, tt.in); got != tt.want {
			t.Errorf("%s: %q\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
	// Without negation marking the polarity is the word's own; the
	// feature takes no part in word pairs.
	o = FeatureOptions{NGrams: 2, Weighting: WeightCount, Polarity: 1}
	if got, want := features(o, "not fair today"), "not fair not+fair ~pos today fair+today"; got != want {
		t.Errorf("bigrams: got %q, want %q", got, want)
	}
	// Off, the features are the plain scan's.
	o.Polarity = 0
	if got, want := features(o, "not fair today"), "not fair not+fair today fair+today"; got != want {
		t.Errorf("off: got %q, want %q", got, want)
	}
	if err := (FeatureOptions{NGrams: 1, Weighting: WeightCount, Polarity: -1}).Validate(); err == nil {
		t.Error("polarity -1 validates")
	}
	if err := (FeatureOptions{NGrams: 1, Weighting: WeightCount, Polarity: maxPolarity + 1}).Validate(); err == nil {
		t.Error("polarity above the bound validates")
	}
}

// TestPolarityModel checks that a model with polarity features
// generalises to evaluative words it never saw, keeps doing so after a
// round trip through a model file (format version 4, with the lexicon's
// id), and that a file naming another lexicon or an older version is
// refused.
func TestPolarityModel(t *testing.T) {
	ex := []Example{
		{Text: "a wonderful result for the town", Label: "support"},
		{Text: "excellent work by the council", Label: "support"},
		{Text: "a dreadful decision for the town", Label: "oppose"},
		{Text: "shameful work by the council", Label: "oppose"},
	}
	o := TrainOptions{Method: MethodMultinomial, Alpha: 1, Features: FeatureOptions{NGrams: 1, Negation: true, Weighting: WeightCount}}
	plain := mustTrain(t, ex, o)
	o.Features.Polarity = 3
	c := mustTrain(t, ex, o)
	m := c.Meta()
	if m.FormatVersion != 4 || m.Features.PolarityLexicon != PolarityLexiconID {
		t.Fatalf("meta: version %d, lexicon %q", m.FormatVersion, m.Features.PolarityLexicon)
	}
	if plain.Meta().Features.PolarityLexicon != "" || plain.Meta().FormatVersion != 1 {
		t.Fatalf("without polarity: %+v, version %d", plain.Meta().Features, plain.Meta().FormatVersion)
	}
	var buf bytes.Buffer
	if err := c.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	// Words the training data never had.
	for _, tt := range []struct{ text, want string }{
		{"a superb and brilliant effort", "support"},
		{"a reckless, corrupt and disastrous effort", "oppose"},
		{"this was not brilliant", "oppose"},
	} {
		for _, cl := range []*Classifier{c, back} {
			if got := cl.Predict(tt.text).Label; got != tt.want {
				t.Errorf("Predict(%q) = %s, want %s", tt.text, got, tt.want)
			}
		}
	}

	b := editMeta(t, buf.Bytes(), true, func(m map[string]any) {
		m["features"].(map[string]any)["polarity_lexicon"] = "000000000000"
	})
	if _, err := ReadModel(bytes.NewReader(b)); !errors.Is(err, ErrPolarityLexicon) {
		t.Errorf("another lexicon: ReadModel = %v", err)
	}
	b = editMeta(t, buf.Bytes(), true, func(m map[string]any) { m["format_version"] = 3.0 })
	if _, err := ReadModel(bytes.NewReader(b)); !errors.Is(err, ErrModelFormat) {
		t.Errorf("polarity in a version 3 file: ReadModel = %v", err)
	}
	b = editMeta(t, buf.Bytes(), true, func(m map[string]any) { delete(m["features"].(map[string]any), "polarity_lexicon") })
	if _, err := ReadModel(bytes.NewReader(b)); !errors.Is(err, ErrModelFormat) {
		t.Errorf("polarity without its lexicon: ReadModel = %v", err)
	}
}

// FuzzPolarity checks that polarity features only add: without them the
// features are the plain scan's, in order, and each added one follows a
// word of the lexicon, Polarity times.
func FuzzPolarity(f *testing.F) {
	for _, s := range []string{"A reckless, corrupt plan. Not fair!", "never welcome; hardly a success", "not_fair ~pos ~neg"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, neg bool) {
		o := FeatureOptions{NGrams: 2, Negation: neg, Weighting: WeightCount}
		plain := strings.Fields(features(o, text))
		o.Polarity = 2
		var kept []string
		run := 0
		for _, w := range strings.Fields(features(o, text)) {
			if w == positiveFeature || w == negativeFeature {
				run++
				continue
			}
			if run != 0 && run != o.Polarity {
				t.Fatalf("%q: %d polarity features in a row", text, run)
			}
			run = 0
			kept = append(kept, w)
		}
		if strings.Join(kept, " ") != strings.Join(plain, " ") {
			t.Errorf("%q: without polarity %q, want %q", text, kept, plain)
		}
	})
}
