package nb

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// toyExamples is a small, clearly separable stance corpus.
func toyExamples() []Example {
	return []Example{
		{Text: "We strongly support the new climate plan, it is good", Label: "support", Target: "climate plan"},
		{Text: "I back this plan and welcome the investment", Label: "support", Target: "climate plan"},
		{Text: "A great step forward, we welcome it", Label: "support"},
		{Text: "This is a good and fair deal, we support it", Label: "support"},
		{Text: "We oppose the plan; it is a disaster", Label: "oppose", Target: "climate plan"},
		{Text: "I reject this deal, it is bad and unfair", Label: "oppose"},
		{Text: "The plan is not good and we will fight it", Label: "oppose"},
		{Text: "A disastrous, reckless bill that we reject", Label: "oppose"},
		{Text: "The committee will meet on Tuesday to review it", Label: "neutral"},
		{Text: "Details of the schedule will be published next week", Label: "neutral"},
		{Text: "The report will be reviewed by the committee", Label: "neutral"},
	}
}

func mustTrain(t testing.TB, ex []Example, opts TrainOptions) *Classifier {
	t.Helper()
	c, err := TrainClassifier(ex, opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestTrainPredict(t *testing.T) {
	methods := []TrainOptions{DefaultTrainOptions}
	mnb := DefaultTrainOptions
	mnb.Method, mnb.Alpha, mnb.Features.Weighting = MethodMultinomial, 1, WeightCount
	lib := mnb
	lib.Method = MethodLibrary
	bi := DefaultTrainOptions
	bi.Features.NGrams, bi.Features.StopWords = 2, true
	methods = append(methods, mnb, lib, bi)
	tests := []struct {
		name, text, want string
	}{
		{"support", "we welcome and support this good plan", "support"},
		{"oppose", "we reject this disaster", "oppose"},
		{"neutral", "the committee will review the schedule", "neutral"},
	}
	for _, o := range methods {
		c := mustTrain(t, toyExamples(), o)
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/%s/%dg", o.Method, tt.name, o.Features.NGrams), func(t *testing.T) {
				p := c.Predict(tt.text)
				if p.Label != tt.want {
					t.Errorf("Predict(%q) = %q (%v), want %q", tt.text, p.Label, p.Probs, tt.want)
				}
				sum := 0.0
				for _, x := range p.Probs {
					sum += x
				}
				if math.Abs(sum-1) > 1e-9 || p.Prob != p.Probs[p.Label] || len(p.Probs) != 3 {
					t.Errorf("Probs %v (sum %v), Prob %v", p.Probs, sum, p.Prob)
				}
			})
		}
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name string
		ex   []Example
		opts func(*TrainOptions)
		want string
	}{
		{"no examples", nil, nil, "no training examples"},
		{"empty texts", []Example{{Label: "a"}, {Text: " x", Label: ""}}, nil, "no training examples"},
		{"one class", []Example{{Text: "a", Label: "x"}, {Text: "b", Label: "x"}}, nil, `need at least two labels: every example is labeled "x"`},
		{"bad alpha", toyExamples(), func(o *TrainOptions) { o.Alpha = 0 }, "alpha must be positive, not 0"},
		{"bad ngrams", toyExamples(), func(o *TrainOptions) { o.Features.NGrams = 3 }, "n-grams must be 1 or 2, not 3"},
		{"bad method", toyExamples(), func(o *TrainOptions) { o.Method = "svm" }, `unknown method "svm" (want multinomial, complement or jbrukh)`},
		{"library alpha", toyExamples(), func(o *TrainOptions) { o.Method = MethodLibrary }, "method jbrukh needs alpha 1 and count weighting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := DefaultTrainOptions
			if tt.opts != nil {
				tt.opts(&o)
			}
			_, err := TrainClassifier(tt.ex, o)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

// randomCorpus returns n random texts over a Zipf-like vocabulary, with
// labels that shift word frequencies.
func randomCorpus(n, vocab, labels int, seed uint64) []Example {
	rng := rand.New(rand.NewPCG(seed, 1))
	ex := make([]Example, n)
	for i := range ex {
		l := rng.IntN(labels)
		var b strings.Builder
		for range 5 + rng.IntN(30) {
			w := int(math.Pow(float64(vocab), rng.Float64()))
			if rng.IntN(2) == 0 {
				w = (w + l*7) % vocab
			}
			fmt.Fprintf(&b, "w%d ", w)
		}
		ex[i] = Example{Text: b.String(), Label: fmt.Sprint("c", l), Target: fmt.Sprint("t", rng.IntN(3))}
	}
	return ex
}

// TestMultinomialMatchesLibrary checks that our multinomial naive Bayes
// with Laplace smoothing and counts predicts what the jbrukh/bayesian
// library does once corrected (MethodLibrary), with the same posteriors.
func TestMultinomialMatchesLibrary(t *testing.T) {
	train, test := randomCorpus(400, 300, 4, 1), randomCorpus(200, 400, 4, 2)
	o := TrainOptions{Method: MethodMultinomial, Alpha: 1, Features: FeatureOptions{NGrams: 1, Weighting: WeightCount}}
	ours := mustTrain(t, train, o)
	o.Method = MethodLibrary
	lib := mustTrain(t, train, o)
	for _, e := range test {
		a, b := ours.Predict(e.Text), lib.Predict(e.Text)
		if a.Label != b.Label || math.Abs(a.Prob-b.Prob) > 1e-9 {
			t.Fatalf("Predict(%q): ours %s %.12f, library %s %.12f", e.Text, a.Label, a.Prob, b.Label, b.Prob)
		}
	}
}

func TestPerTarget(t *testing.T) {
	// The same words mean support for one target and opposition for another.
	var ex []Example
	for range 30 {
		ex = append(ex, Example{"raise the tax", "support", "tax"}, Example{"cut the tax", "oppose", "tax"},
			Example{"raise the limit", "oppose", "speed limit"}, Example{"cut the limit", "support", "speed limit"})
	}
	o := DefaultTrainOptions
	o.MinTargetExamples = 20
	c := mustTrain(t, ex, o)
	if got := c.Meta().Targets; len(got) != 2 {
		t.Fatalf("targets %v, want 2", got)
	}
	for _, tt := range []struct{ text, target, want string }{
		{"raise it", "Tax", "support"}, {"raise it", " speed  LIMIT", "oppose"},
		{"cut it", "tax", "oppose"}, {"cut it", "speed limit", "support"},
	} {
		if got := c.PredictTarget(tt.text, tt.target).Label; got != tt.want {
			t.Errorf("PredictTarget(%q, %q) = %q, want %q", tt.text, tt.target, got, tt.want)
		}
	}
}

func TestNegationFeatures(t *testing.T) {
	v := newVocabulary()
	s := featureScanner{opts: FeatureOptions{NGrams: 2, Negation: true, StopWords: true, Weighting: WeightCount}}
	var got []string
	s.scan(v, "It is not good, and the plan isn't fair. Good.", true, func(id int32) {
		k := v.keys[id]
		if k.b < 0 {
			got = append(got, k.word)
		} else {
			got = append(got, v.keys[k.a].word+"+"+v.keys[k.b].word)
		}
	})
	want := "not not_good not+not_good plan isn't plan+isn't not_fair isn't+not_fair good"
	if strings.Join(got, " ") != want {
		t.Errorf("features\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestModelRoundTrip(t *testing.T) {
	for _, o := range []TrainOptions{DefaultTrainOptions, {Method: MethodMultinomial, Alpha: 0.5, PerTarget: true, MinTargetExamples: 2,
		Features: FeatureOptions{NGrams: 2, Weighting: WeightBinary}}} {
		o.Family = "stance"
		o.Data = DataInfo{Files: []string{"toy.jsonl"}, SHA256: "ab", Bytes: 12}
		o.CV = &CVScores{Folds: 3, Accuracy: 0.5, MacroF1: 0.25}
		o.Created = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		c := mustTrain(t, toyExamples(), o)
		var buf bytes.Buffer
		if err := c.WriteModel(&buf); err != nil {
			t.Fatal(err)
		}
		c2, err := ReadModel(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		m1, _ := json.Marshal(c.Meta())
		m2, _ := json.Marshal(c2.Meta())
		if !bytes.Equal(m1, m2) {
			t.Errorf("meta after round trip\n got %s\nwant %s", m2, m1)
		}
		h, err := ModelHeader(bytes.NewReader(buf.Bytes()))
		if err != nil || h.VocabSize != c.Meta().VocabSize {
			t.Errorf("ModelHeader = %+v, %v", h, err)
		}
		for _, e := range append(toyExamples(), Example{Text: "unknown words only"}) {
			a, b := c.PredictTarget(e.Text, e.Target), c2.PredictTarget(e.Text, e.Target)
			if a.Label != b.Label || a.Prob != b.Prob {
				t.Errorf("%q: before %v, after %v", e.Text, a, b)
			}
		}
		var again bytes.Buffer
		c2.WriteModel(&again)
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Error("rewriting a read model changed its bytes")
		}
	}
}

func validModel(t testing.TB) []byte {
	o := DefaultTrainOptions
	o.MinTargetExamples = 2
	o.Created = time.Unix(0, 0)
	c := mustTrain(t, toyExamples(), o)
	var buf bytes.Buffer
	if err := c.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// withCRC replaces the trailing checksum of a model so that the decoder,
// not the checksum, judges the rest.
func withCRC(b []byte) []byte {
	if len(b) < 4 {
		return b
	}
	out := append([]byte(nil), b...)
	binary.LittleEndian.PutUint32(out[len(out)-4:], crc32.ChecksumIEEE(out[:len(out)-4]))
	return out
}

func TestReadModelErrors(t *testing.T) {
	good := validModel(t)
	version5 := append([]byte(modelMagic), 5)
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0xff
	tests := []struct {
		name string
		in   []byte
		want error
		msg  string
	}{
		{"empty", nil, ErrModelFormat, `read model: not a valid stance model file: it does not start with "stancekit-model"`},
		{"foreign", []byte(`{"text": "not a model"}` + "\n"), ErrModelFormat, `read model: not a valid stance model file: it does not start with "stancekit-model"`},
		{"version", version5, ErrModelVersion, "read model: unsupported model format version 5 (this program reads versions 1 to 4; retrain the model, or update the program)"},
		{"truncated", good[:len(good)-100], ErrModelFormat, "read model: not a valid stance model file: checksum mismatch (truncated, corrupt or edited file)"},
		{"flipped byte", flipped, ErrModelFormat, "read model: not a valid stance model file: checksum mismatch (truncated, corrupt or edited file)"},
		{"trailing data", withCRC(append(append([]byte(nil), good[:len(good)-4]...), 0, 0, 0, 0, 0)), ErrModelFormat, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ReadModel(bytes.NewReader(tt.in))
			if !errors.Is(err, tt.want) || c != nil {
				t.Fatalf("ReadModel = %v, %v; want error %v", c, err, tt.want)
			}
			if tt.msg != "" && err.Error() != tt.msg {
				t.Errorf("error\n got %q\nwant %q", err, tt.msg)
			}
		})
	}
}

func FuzzReadModel(f *testing.F) {
	good := validModel(f)
	f.Add(good)
	f.Add(calibratedModel(f))
	f.Add(biasedModel(f))
	f.Add(good[:40])
	f.Add([]byte(modelMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, in := range [][]byte{b, withCRC(b)} {
			c, err := ReadModel(bytes.NewReader(in))
			if err != nil {
				if !errors.Is(err, ErrModelFormat) && !errors.Is(err, ErrModelVersion) {
					t.Fatalf("error %v wraps neither sentinel", err)
				}
				continue
			}
			// A model that reads must predict without panicking.
			p := c.PredictTarget("we support the plan but not the tax", "climate plan")
			if _, ok := p.Probs[p.Label]; !ok {
				t.Fatalf("prediction %v", p)
			}
		}
	})
}

func TestCrossPredict(t *testing.T) {
	ex := randomCorpus(300, 200, 3, 7)
	fold := make([]int, len(ex))
	for i := range fold {
		fold[i] = i % 5
	}
	pred, err := CrossPredict(context.Background(), ex, fold, DefaultTrainOptions)
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for i, p := range pred {
		if p == ex[i].Label {
			right++
		}
	}
	if acc := float64(right) / float64(len(ex)); acc < 0.4 {
		t.Errorf("cross-validated accuracy %.3f on a learnable corpus, want > 0.4 (chance is 0.33)", acc)
	}
	// Fold 0's predictions must equal a model trained without fold 0.
	var trainEx []Example
	for i, e := range ex {
		if fold[i] != 0 {
			trainEx = append(trainEx, e)
		}
	}
	o := DefaultTrainOptions
	o.PerTarget = false
	pred, _ = CrossPredict(context.Background(), ex, fold, o)
	c := mustTrain(t, trainEx, o)
	for i, e := range ex {
		if fold[i] == 0 && c.Predict(e.Text).Label != pred[i] {
			t.Fatalf("example %d: CrossPredict %q, model without its fold %q", i, pred[i], c.Predict(e.Text).Label)
		}
	}
}

func TestPredictConcurrent(t *testing.T) {
	ex := randomCorpus(200, 100, 3, 3)
	c := mustTrain(t, ex, DefaultTrainOptions)
	want := make([]string, len(ex))
	texts := make([]string, len(ex))
	for i, e := range ex {
		want[i], texts[i] = c.Predict(e.Text).Label, e.Text
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			got, err := c.PredictAll(context.Background(), texts, nil)
			if err != nil {
				t.Error(err)
				return
			}
			for i := range got {
				if got[i].Label != want[i] {
					t.Errorf("text %d: %q, want %q", i, got[i].Label, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestTrainDeterministic checks that parallel featurization gives the
// same model bytes as a single chunk would, run after run.
func TestTrainDeterministic(t *testing.T) {
	ex := randomCorpus(500, 300, 3, 9)
	o := DefaultTrainOptions
	o.Created = time.Unix(0, 0)
	var first []byte
	for i := range 3 {
		var buf bytes.Buffer
		mustTrain(t, ex, o).WriteModel(&buf)
		if i == 0 {
			first = buf.Bytes()
		} else if !bytes.Equal(first, buf.Bytes()) {
			t.Fatal("training twice gave different model files")
		}
	}
}

// benchExamples reads the project's labeled quotes, or makes a random
// corpus of the same size when they are absent.
func benchExamples(b *testing.B) []Example {
	f, err := os.Open("../data/labeled/quotes.jsonl")
	if err != nil {
		return randomCorpus(750, 3000, 3, 1)
	}
	defer f.Close()
	var ex []Example
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r struct{ Text, Stance, Target string }
		if json.Unmarshal(sc.Bytes(), &r) == nil {
			ex = append(ex, Example{r.Text, r.Stance, r.Target})
		}
	}
	return ex
}

func BenchmarkTrain(b *testing.B) {
	ex := benchExamples(b)
	b.ReportAllocs()
	for b.Loop() {
		mustTrain(b, ex, DefaultTrainOptions)
	}
	b.ReportMetric(float64(len(ex))*float64(b.N)/b.Elapsed().Seconds(), "examples/s")
}

func BenchmarkPredict(b *testing.B) {
	ex := benchExamples(b)
	c := mustTrain(b, ex, DefaultTrainOptions)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c.Predict(ex[i%len(ex)].Text)
		i++
	}
}

func BenchmarkPredictAll(b *testing.B) {
	ex := benchExamples(b)
	c := mustTrain(b, ex, DefaultTrainOptions)
	texts := make([]string, len(ex))
	for i, e := range ex {
		texts[i] = e.Text
	}
	b.ReportAllocs()
	for b.Loop() {
		c.PredictAll(context.Background(), texts, nil)
	}
	b.ReportMetric(float64(len(ex))*float64(b.N)/b.Elapsed().Seconds(), "texts/s")
}

func BenchmarkReadModel(b *testing.B) {
	var buf bytes.Buffer
	mustTrain(b, benchExamples(b), DefaultTrainOptions).WriteModel(&buf)
	b.ReportAllocs()
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if _, err := ReadModel(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}

// The library-stored class totals equal the directly summed ones: exactly
// for count and binary weighting, within 1/tfidfScale for tf-idf.
func TestLibraryCounts(t *testing.T) {
	ex := randomCorpus(300, 200, 3, 7)
	for _, w := range []Weighting{WeightCount, WeightBinary, WeightTFIDF} {
		fo := FeatureOptions{NGrams: 2, Weighting: w}
		vocab, bags := featurize(ex, fo)
		_, y := labelIndex(ex)
		subset := make([]int, 0, len(ex))
		for i := range ex {
			if i%5 != 0 {
				subset = append(subset, i)
			}
		}
		nfeat := vocab.size()
		row := make([]int32, nfeat)
		for i := range row {
			row[i] = -1
		}
		nrows := 0
		for _, i := range subset {
			for _, id := range bags[i].ids {
				if row[id] < 0 {
					row[id] = int32(nrows)
					nrows++
				}
			}
		}
		idf := make([]float64, nrows)
		for r := range idf {
			idf[r] = 1 + float64(r%7)/3
		}
		const k = 3
		direct, _ := classTotals(bags, y, subset, k, nrows, row, idf, w)
		stored := slices.Clone(direct)
		libraryCounts(stored, nrows, k, countScale(w))
		// storedCounts is the same round trip without the library.
		rounded := slices.Clone(direct)
		storedCounts(rounded, countScale(w))
		for i := range rounded {
			if math.Float64bits(rounded[i]) != math.Float64bits(stored[i]) {
				t.Fatalf("%s: cell %d: library %v, storedCounts %v", w, i, stored[i], rounded[i])
			}
		}
		tol := 0.0
		if w == WeightTFIDF {
			tol = 1.0 / tfidfScale
		}
		nonzero := 0
		for i := range direct {
			if d := math.Abs(stored[i] - direct[i]); d > tol || (direct[i] == 0) != (stored[i] == 0) {
				t.Fatalf("%s: cell %d: library %v, direct %v", w, i, stored[i], direct[i])
			}
			if direct[i] != 0 {
				nonzero++
			}
		}
		if nonzero == 0 {
			t.Fatalf("%s: no counts", w)
		}
	}
}

// TestPosteriorMatchesPredict checks that Posterior gives Predict's
// answer by label index.
func TestPosteriorMatchesPredict(t *testing.T) {
	c := mustTrain(t, toyExamples(), DefaultTrainOptions)
	var post []float64
	for _, text := range []string{"", "we support the plan", "a reckless disaster we reject", "unknown words only", "the committee will meet but we reject it"} {
		p := c.Predict(text)
		var li int
		post, li = c.Posterior(text, post)
		labels := c.Labels()
		if labels[li] != p.Label || post[li] != p.Prob {
			t.Errorf("%q: Posterior %s %v, Predict %s %v", text, labels[li], post[li], p.Label, p.Prob)
		}
		for i, l := range labels {
			if post[i] != p.Probs[l] {
				t.Errorf("%q: Posterior[%s] = %v, Predict %v", text, l, post[i], p.Probs[l])
			}
		}
	}
}
