package nb

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

// features returns the features scan emits for text, pairs as "a+b".
func features(o FeatureOptions, text string) string {
	v := newVocabulary()
	s := featureScanner{opts: o}
	var got []string
	s.scan(v, text, true, func(id int32) {
		k := v.keys[id]
		if k.b < 0 {
			got = append(got, k.word)
		} else {
			got = append(got, v.keys[k.a].word+"+"+v.keys[k.b].word)
		}
	})
	return strings.Join(got, " ")
}

func TestContrastFeatures(t *testing.T) {
	o := FeatureOptions{NGrams: 1, Negation: true, Contrast: true, Weighting: WeightCount}
	for _, tt := range []struct{ name, in, want string }{
		{"but: the concession before it is dropped",
			"It was a disappointing season, but this squad showed real character, and the manager deserves another year.",
			"but this squad showed real character and the manager deserves another year"},
		{"but opening a sentence: the previous sentence is the concession",
			"The figures look weak. But we back the board. Results follow.",
			"but we back the board results follow"},
		{"however opening a sentence",
			"We respect the court. However, we will appeal the ruling.",
			"however we will appeal the ruling"},
		{"however mid-sentence: from the sentence's start",
			"Sales rose; the margins, however, are a disaster.",
			"sales rose however are a disaster"},
		{"although first: up to the comma",
			"Although the plan has merits, it will cost jobs.",
			"although it will cost jobs"},
		{"although last: to the end",
			"The plan will cost jobs, although it has merits.",
			"the plan will cost jobs although"},
		{"even though", "Even though the price is high, we welcome the deal.",
			"even though we welcome the deal"},
		{"despite", "Despite the rain, the concert was a triumph.",
			"despite the concert was a triumph"},
		{"while opening a sentence", "While we welcome the talks, the plan is flawed.",
			"while the plan is flawed"},
		{"while after a comma sets two sides side by side",
			"Supporters say it will help, while critics fear it will hurt.",
			"supporters say it will help while critics fear it will hurt"},
		{"yet and still opening a clause",
			"Nobody expected much. Still, the team won, and yet nobody cheered.",
			"still yet nobody not_cheered"},
		{"yet and still inside a clause are adverbs",
			"We have not yet decided and we still hope.",
			"we have not not_yet not_decided not_and not_we not_still not_hope"},
		{"a negation in the asserted clause", "The merger has critics, but it will not put a single job at risk.",
			"but it will not not_put not_a not_single not_job not_at not_risk"},
		{"not a contrast", "Not only cheap but also good; all but certain; nothing but praise; as though it were over.",
			"not not_only not_cheap not_but not_also not_good all but certain nothing not_but not_praise as though it were over"},
		{"no connective", "We welcome the ceasefire.", "we welcome the ceasefire"},
		{"empty", "", ""},
	} {
		if got := features(o, tt.in); got != tt.want {
			t.Errorf("%s: %q\n got %s\nwant %s", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestContrastOffUnchanged checks that without Contrast the features are
// those of the plain scan, and with it those of a text without a
// connective too, for every other setting.
func TestContrastOffUnchanged(t *testing.T) {
	texts := []string{"It is not good, but the plan isn't fair. However, we agree.", "Although it rained, we won 3-1!",
		"The committee will meet on Tuesday; details follow.", "Prices rose 4% to £120m, the highest since 2019."}
	for _, ng := range []int{1, 2} {
		for _, neg := range []bool{false, true} {
			for _, stop := range []bool{false, true} {
				o := FeatureOptions{NGrams: ng, Negation: neg, StopWords: stop, Weighting: WeightCount}
				c := o
				c.Contrast = true
				for i, text := range texts {
					plain := features(o, text)
					if i < 2 {
						if features(c, text) == plain {
							t.Errorf("%+v: contrast changes nothing in %q", c, text)
						}
						continue
					}
					if got := features(c, text); got != plain {
						t.Errorf("%+v: %q\n got %s\nwant %s", c, text, got, plain)
					}
				}
			}
		}
	}
}

// TestContrastBigramsAndStopWords checks that a word pair never spans a
// dropped concession, and that stop words go as without contrast.
func TestContrastBigramsAndStopWords(t *testing.T) {
	o := FeatureOptions{NGrams: 2, Negation: true, StopWords: true, Contrast: true, Weighting: WeightCount}
	got := features(o, "Good ideas, great people. But costs will not fall")
	want := "costs not costs+not not_fall not+not_fall" // "but" is a stop word
	if got != want {
		t.Errorf("features\n got %s\nwant %s", got, want)
	}
}

func TestMarkConcessions(t *testing.T) {
	var tk tokenizer
	tk.reset("Yes, fine. But no; although late, ok")
	var toks []ctoken
	var words []byte
	for {
		tok, low, ok := tk.next()
		if !ok {
			break
		}
		lo := len(words)
		if low != nil {
			words = append(words, low...)
		} else {
			words = append(words, tok...)
		}
		toks = append(toks, ctoken{lo: int32(lo), hi: int32(len(words)), brk: tk.brk, stop: tk.stop, cand: mayConnect(words[lo:])})
	}
	if !markConcessions(toks, words) {
		t.Fatal("no concession found")
	}
	var conn []int8
	var conc []bool
	for _, tok := range toks {
		conn, conc = append(conn, tok.conn), append(conc, tok.conc)
	}
	// yes fine but no although late ok
	if want := []int8{0, 0, connBefore, 0, connAfter, 0, 0}; !slices.Equal(conn, want) {
		t.Errorf("connectives %v, want %v", conn, want)
	}
	if want := []bool{true, true, false, false, false, true, false}; !slices.Equal(conc, want) {
		t.Errorf("concession %v, want %v", conc, want)
	}
	if markConcessions(toks[:2], words) {
		t.Error("a concession without a connective")
	}
}

func TestMayConnect(t *testing.T) {
	for _, w := range []string{"but", "however", "nevertheless", "nonetheless", "yet", "still", "although", "despite", "though", "while", "whilst"} {
		if !mayConnect([]byte(w)) {
			t.Errorf("mayConnect(%q) = false", w)
		}
	}
	for _, w := range []string{"", "a", "and", "not", "good", "<num>", "#but", "évident", "nevertheless-ish"} {
		if mayConnect([]byte(w)) {
			t.Errorf("mayConnect(%q) = true", w)
		}
	}
}

func TestTokenizerStops(t *testing.T) {
	var tk tokenizer
	tk.reset("a, b. c; d: e! f? g 3.5 h")
	var brk, stop []bool
	for {
		_, _, ok := tk.next()
		if !ok {
			break
		}
		brk, stop = append(brk, tk.brk), append(stop, tk.stop)
	}
	if want := []bool{false, true, true, true, true, true, true, false, false}; !slices.Equal(brk, want) {
		t.Errorf("breaks %v, want %v", brk, want)
	}
	if want := []bool{false, false, true, true, false, true, true, false, false}; !slices.Equal(stop, want) {
		t.Errorf("stops %v, want %v", stop, want)
	}
}

// TestContrastModel checks that a model trained with contrast reads its
// concessions the same way when it predicts, also after a round trip
// through a model file, which is in format version 3; and that the same
// data without contrast reads them as any other words.
func TestContrastModel(t *testing.T) {
	ex := []Example{
		{Text: "a wonderful, excellent result", Label: "support"},
		{Text: "wonderful work, excellent", Label: "support"},
		{Text: "a dreadful, shameful decision", Label: "oppose"},
		{Text: "dreadful and shameful", Label: "oppose"},
	}
	o := TrainOptions{Method: MethodMultinomial, Alpha: 1, Features: FeatureOptions{NGrams: 1, Weighting: WeightCount}}
	plain := mustTrain(t, ex, o)
	o.Features.Contrast = true
	c := mustTrain(t, ex, o)
	if m := c.Meta(); !m.Features.Contrast || m.FormatVersion != 3 {
		t.Fatalf("meta: contrast %v, version %d", m.Features.Contrast, m.FormatVersion)
	}
	if m := plain.Meta(); m.FormatVersion != 1 {
		t.Fatalf("without contrast: version %d", m.FormatVersion)
	}
	var buf bytes.Buffer
	if err := c.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !back.Meta().Features.Contrast {
		t.Fatal("contrast lost in the model file")
	}
	for _, tt := range []struct{ text, contrast, plain string }{
		{"Wonderful, excellent, wonderful, but dreadful", "oppose", "support"},
		{"Although it was dreadful and shameful and dreadful, it was wonderful", "support", "oppose"},
	} {
		for _, m := range []*Classifier{c, back} {
			if got := m.Predict(tt.text).Label; got != tt.contrast {
				t.Errorf("contrast: Predict(%q) = %s, want %s", tt.text, got, tt.contrast)
			}
		}
		if got := plain.Predict(tt.text).Label; got != tt.plain {
			t.Errorf("plain: Predict(%q) = %s, want %s", tt.text, got, tt.plain)
		}
	}

	// A contrast model claiming an older version, which a program
	// reading that version would featurize without contrast, fails.
	for _, v := range []float64{1, 2} {
		b := editMeta(t, buf.Bytes(), true, func(m map[string]any) { m["format_version"] = v })
		if _, err := ReadModel(bytes.NewReader(b)); !errors.Is(err, ErrModelFormat) {
			t.Errorf("contrast in a version %v file: ReadModel = %v", v, err)
		}
	}
	// A version 3 file without contrast fails as well.
	b := editMeta(t, buf.Bytes(), true, func(m map[string]any) { delete(m["features"].(map[string]any), "contrast") })
	if _, err := ReadModel(bytes.NewReader(b)); !errors.Is(err, ErrModelFormat) || !strings.Contains(err.Error(), "format version 3 for a model that version 1 holds") {
		t.Errorf("version 3 without contrast: ReadModel = %v", err)
	}
}

// FuzzContrast checks that contrast only drops words: without negation,
// the words it keeps are the plain scan's, in order, less some.
func FuzzContrast(f *testing.F) {
	for _, s := range []string{"It was bad, but good.", "But. However, yet still; although", "While x, y. Though z despite w, v"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		o := FeatureOptions{NGrams: 1, Weighting: WeightCount}
		plain := strings.Fields(features(o, text))
		o.Contrast = true
		kept := strings.Fields(features(o, text))
		i := 0
		for _, w := range plain {
			if i < len(kept) && kept[i] == w {
				i++
			}
		}
		if i != len(kept) {
			t.Errorf("%q: contrast features %q are not a subsequence of %q", text, kept, plain)
		}
	})
}
