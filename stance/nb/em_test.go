package nb

import (
	"bytes"
	"context"
	"errors"
	"math"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// refEM is EM-λ for multinomial naive Bayes with count weighting written
// out from Nigam et al. (2000), equations 1 to 3 and 8: a check of fitEM
// that shares nothing with it but the tokenizer. It returns the log prior
// and log word probabilities of every class after iterations iterations.
func refEM(labeled []Example, unlabeled []string, alpha, lambda float64, iterations int) (labels []string, logPrior []float64, logWord []map[string]float64) {
	for _, e := range labeled {
		if !slices.Contains(labels, e.Label) {
			labels = append(labels, e.Label)
		}
	}
	slices.Sort(labels)
	k := len(labels)
	counts := func(text string) map[string]float64 {
		m := map[string]float64{}
		for _, w := range Tokenize(text) {
			m[w]++
		}
		return m
	}
	// fit estimates the model from documents with class weights.
	fit := func(docs []map[string]float64, weights [][]float64) {
		vocab := map[string]bool{}
		for d, doc := range docs {
			if slices.Max(weights[d]) == 0 {
				continue
			}
			for w := range doc {
				vocab[w] = true
			}
		}
		logPrior, logWord = make([]float64, k), make([]map[string]float64, k)
		ndocs := 0.0
		for _, wd := range weights {
			for _, x := range wd {
				ndocs += x
			}
		}
		for c := range k {
			nc, total := 0.0, 0.0
			n := map[string]float64{}
			for d, doc := range docs {
				nc += weights[d][c]
				for w, x := range doc {
					n[w] += weights[d][c] * x
					total += weights[d][c] * x
				}
			}
			logPrior[c] = math.Log(nc / ndocs)
			logWord[c] = map[string]float64{}
			for w := range vocab {
				logWord[c][w] = math.Log((n[w] + alpha) / (total + alpha*float64(len(vocab))))
			}
		}
	}
	var docs []map[string]float64
	var weights [][]float64
	for _, e := range labeled {
		docs = append(docs, counts(e.Text))
		wd := make([]float64, k)
		wd[slices.Index(labels, e.Label)] = 1
		weights = append(weights, wd)
	}
	for _, u := range unlabeled {
		docs = append(docs, counts(u))
		weights = append(weights, make([]float64, k)) // not in the first fit
	}
	fit(docs, weights)
	for range iterations {
		for n := range unlabeled {
			d := len(labeled) + n
			s := make([]float64, k)
			for c := range k {
				s[c] = logPrior[c]
				for w, x := range docs[d] {
					if lw, ok := logWord[c][w]; ok {
						s[c] += x * lw
					}
				}
			}
			post := make([]float64, k)
			softmax(s, post)
			for c := range k {
				weights[d][c] = lambda * post[c]
			}
		}
		fit(docs, weights)
	}
	return labels, logPrior, logWord
}

// emExamples are labeled examples whose unlabeled companions (emUnlabeled)
// tie new words to the labeled ones.
func emExamples() ([]Example, []string) {
	labeled := []Example{
		{Text: "we welcome the plan", Label: "support"},
		{Text: "a good plan and we welcome it", Label: "support"},
		{Text: "we reject the plan", Label: "oppose"},
		{Text: "a bad plan and we reject it", Label: "oppose"},
		{Text: "the committee meets on tuesday", Label: "neutral"},
		{Text: "the schedule is published next week", Label: "neutral"},
	}
	unlabeled := []string{
		"we welcome this splendid marvellous plan",
		"welcome news, splendid and marvellous",
		"a good and splendid step we welcome",
		"we reject this dreadful awful plan",
		"reject it, dreadful and awful",
		"a bad and dreadful step we reject",
		"the committee publishes the schedule on tuesday",
		"",
	}
	return labeled, unlabeled
}

// TestEMByHand checks the model EM trains against refEM: every posterior
// of multinomial naive Bayes with counts, after one, two and five
// iterations, within the count store's precision (2^-16 on every count).
func TestEMByHand(t *testing.T) {
	labeled, unlabeled := emExamples()
	for _, tt := range []struct {
		name       string
		lambda     float64
		iterations int
	}{
		{"lambda 1, one iteration", 1, 1},
		{"lambda 0.1, two iterations", 0.1, 2},
		{"lambda 0.5, five iterations", 0.5, 5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o := TrainOptions{Method: MethodMultinomial, Alpha: 0.5, Features: FeatureOptions{NGrams: 1, Weighting: WeightCount},
				Unlabeled: unlabeled, EM: EMOptions{Lambda: tt.lambda, Iterations: tt.iterations}}
			c := mustTrain(t, labeled, o)
			// Texts of no word are left out (EMInfo.Unlabeled).
			labels, logPrior, logWord := refEM(labeled, unlabeled[:7], o.Alpha, tt.lambda, tt.iterations)
			if got := c.Labels(); !slices.Equal(got, labels) {
				t.Fatalf("labels %q, want %q", got, labels)
			}
			em := c.Meta().EM
			if em == nil || em.Iterations != tt.iterations || em.Unlabeled != 7 || em.Lambda != tt.lambda || em.Converged {
				t.Fatalf("EM metadata %+v, want %d iterations over 7 texts with lambda %v", em, tt.iterations, tt.lambda)
			}
			for _, text := range []string{"splendid", "dreadful awful plan", "we welcome the schedule", "tuesday", "unheard of"} {
				s := make([]float64, len(labels))
				for j := range labels {
					s[j] = logPrior[j]
					for _, w := range Tokenize(text) {
						if lw, ok := logWord[j][w]; ok {
							s[j] += lw
						}
					}
				}
				want := make([]float64, len(labels))
				softmax(s, want)
				got := c.Predict(text)
				for j, l := range labels {
					if math.Abs(got.Probs[l]-want[j]) > 1e-5 {
						t.Errorf("P(%s | %q) = %.6f, by hand %.6f", l, text, got.Probs[l], want[j])
					}
				}
			}
		})
	}
}

// TestEMLearnsUnlabeledWords checks that words seen only in unlabeled
// texts are learned from the company they keep, for each method and
// weighting, and that they mean nothing without EM.
func TestEMLearnsUnlabeledWords(t *testing.T) {
	labeled, unlabeled := emExamples()
	tests := []struct {
		name string
		opts TrainOptions
	}{
		{"default (complement, tf-idf)", DefaultTrainOptions},
		{"multinomial counts", TrainOptions{Method: MethodMultinomial, Alpha: 1, Features: FeatureOptions{NGrams: 1, Weighting: WeightCount}, EM: DefaultEMOptions}},
		{"multinomial tf-idf bigrams", TrainOptions{Method: MethodMultinomial, Alpha: 0.1, Features: FeatureOptions{NGrams: 2, Negation: true, Weighting: WeightTFIDF}, EM: DefaultEMOptions}},
		{"complement binary", TrainOptions{Method: MethodComplement, Alpha: 0.3, Features: FeatureOptions{NGrams: 1, Weighting: WeightBinary}, EM: DefaultEMOptions}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.opts
			o.EM.Lambda = 1
			before := mustTrain(t, labeled, o)
			o.Unlabeled = unlabeled
			after := mustTrain(t, labeled, o)
			for text, want := range map[string]string{"splendid marvellous": "support", "dreadful awful": "oppose"} {
				if p := before.Predict(text); p.Prob > 0.5 {
					t.Errorf("without unlabeled texts: Predict(%q) = %s %.3f; its words are unknown", text, p.Label, p.Prob)
				}
				if p := after.Predict(text); p.Label != want {
					t.Errorf("with unlabeled texts: Predict(%q) = %s (%v), want %s", text, p.Label, p.Probs, want)
				}
			}
			if before.Meta().EM != nil || after.Meta().EM == nil {
				t.Errorf("EM metadata %v without unlabeled texts, %v with", before.Meta().EM, after.Meta().EM)
			}
			if b, a := before.Meta().VocabSize, after.Meta().VocabSize; a <= b {
				t.Errorf("vocabulary %d with unlabeled texts, %d without: their words were not added", a, b)
			}
		})
	}
}

// TestEMNoUnlabeled checks that no unlabeled texts, or only empty ones,
// give exactly the model trained without them.
func TestEMNoUnlabeled(t *testing.T) {
	labeled, _ := emExamples()
	o := DefaultTrainOptions
	o.Created = time.Unix(0, 0)
	want := modelBytes(t, mustTrain(t, labeled, o))
	for _, unl := range [][]string{nil, {}, {"", ""}, {"...", " !"}} {
		o.Unlabeled = unl
		if got := modelBytes(t, mustTrain(t, labeled, o)); !bytes.Equal(got, want) {
			t.Errorf("unlabeled %q: the model differs from the one trained without", unl)
		}
	}
}

func modelBytes(t testing.TB, c *Classifier) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := c.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestEMDeterministic checks that EM gives the same model bytes whatever
// the number of cores, run after run, and that the model reads back with
// its EM metadata.
func TestEMDeterministic(t *testing.T) {
	ex := randomCorpus(300, 300, 3, 21)
	var unl []string
	for _, e := range randomCorpus(700, 400, 3, 22) {
		unl = append(unl, e.Text)
	}
	o := DefaultTrainOptions
	o.Created = time.Unix(0, 0)
	o.Unlabeled = unl
	o.EM.Tolerance = 0
	o.EM.Iterations = 4
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first []byte
	for _, procs := range []int{1, 4, 2} {
		runtime.GOMAXPROCS(procs)
		got := modelBytes(t, mustTrain(t, ex, o))
		if first == nil {
			first = got
		} else if !bytes.Equal(got, first) {
			t.Fatalf("GOMAXPROCS %d: the model differs from the one trained with 1", procs)
		}
	}
	c, err := ReadModel(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	want := EMInfo{Unlabeled: 700, Lambda: 0.01, Iterations: 4}
	got := *c.Meta().EM
	if got.Change <= 0 || got.Change >= 1 {
		t.Errorf("EM change %v, want in (0, 1)", got.Change)
	}
	got.Change = 0
	if got != want {
		t.Errorf("EM metadata read back %+v, want %+v", got, want)
	}
}

// TestEMConvergence checks when EM stops.
func TestEMConvergence(t *testing.T) {
	labeled, unlabeled := emExamples()
	tests := []struct {
		name          string
		em            EMOptions
		wantIter      int
		wantConverged bool
	}{
		{"no tolerance runs every iteration", EMOptions{Lambda: 0.5, Iterations: 7, Tolerance: 0}, 7, false},
		{"one iteration", EMOptions{Lambda: 0.5, Iterations: 1, Tolerance: 0.5}, 1, false},
		{"a loose tolerance stops at the second E-step", EMOptions{Lambda: 0.5, Iterations: 7, Tolerance: 0.9}, 2, true},
		{"the default settles", DefaultEMOptions, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := DefaultTrainOptions
			o.Unlabeled, o.EM = unlabeled, tt.em
			em := mustTrain(t, labeled, o).Meta().EM
			if tt.wantIter > 0 && em.Iterations != tt.wantIter || em.Converged != tt.wantConverged {
				t.Errorf("EM %+v, want %d iterations, converged %v", *em, tt.wantIter, tt.wantConverged)
			}
			if em.Converged && !(em.Change < tt.em.Tolerance) {
				t.Errorf("converged with change %v, tolerance %v", em.Change, tt.em.Tolerance)
			}
		})
	}
}

// TestEMCrossValidation checks that the fold models of TrainCalibrated
// and CrossPredict learn from the unlabeled texts too, and agree.
func TestEMCrossValidation(t *testing.T) {
	ex := randomCorpus(300, 300, 3, 31)
	var unl []string
	for _, e := range randomCorpus(600, 300, 3, 32) {
		unl = append(unl, e.Text)
	}
	fold := make([]int, len(ex))
	for i := range fold {
		fold[i] = i % 5
	}
	o := DefaultTrainOptions
	o.Method, o.Alpha = MethodMultinomial, 0.1
	o.PerTarget = false // sub-models learn from labeled examples only
	o.EM.Lambda = 1
	without, err := CrossPredict(context.Background(), ex, fold, o)
	if err != nil {
		t.Fatal(err)
	}
	o.Unlabeled = unl
	with, err := CrossPredict(context.Background(), ex, fold, o)
	if err != nil {
		t.Fatal(err)
	}
	c, oof, err := TrainCalibrated(context.Background(), ex, fold, o)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(oof, with) {
		t.Error("TrainCalibrated's out-of-fold labels differ from CrossPredict's with the same unlabeled texts")
	}
	if slices.Equal(with, without) {
		t.Error("the unlabeled texts changed no out-of-fold label")
	}
	if c.Meta().EM == nil || c.Meta().CV == nil {
		t.Errorf("calibrated EM model metadata: EM %v, CV %v", c.Meta().EM, c.Meta().CV)
	}
}

func TestEMOptionsErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(o *TrainOptions)
		want string
	}{
		{"zero lambda", func(o *TrainOptions) { o.EM.Lambda = 0 }, "unlabeled weight (EM lambda) must be in (0, 1], not 0"},
		{"lambda above 1", func(o *TrainOptions) { o.EM.Lambda = 1.5 }, "unlabeled weight (EM lambda) must be in (0, 1], not 1.5"},
		{"NaN lambda", func(o *TrainOptions) { o.EM.Lambda = math.NaN() }, "unlabeled weight (EM lambda) must be in (0, 1], not NaN"},
		{"no iterations", func(o *TrainOptions) { o.EM.Iterations = 0 }, "EM iterations must be 1 to 1000, not 0"},
		{"tolerance 1", func(o *TrainOptions) { o.EM.Tolerance = 1 }, "EM tolerance must be in [0, 1), not 1"},
		{"library method", func(o *TrainOptions) { o.Method, o.Alpha, o.Features.Weighting = MethodLibrary, 1, WeightCount },
			"method jbrukh cannot learn from unlabeled texts (want multinomial or complement)"},
	}
	labeled, unlabeled := emExamples()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := DefaultTrainOptions
			o.Unlabeled = unlabeled
			tt.edit(&o)
			_, err := TrainClassifier(labeled, o)
			if err == nil || err.Error() != tt.want {
				t.Errorf("TrainClassifier error %v, want %q", err, tt.want)
			}
			// Without unlabeled texts the EM options are not used.
			o.Unlabeled = nil
			if err := o.Validate(); err != nil {
				t.Errorf("without unlabeled texts: %v", err)
			}
		})
	}
}

// TestReadModelEditedEM checks that EM metadata no training could write
// is refused.
func TestReadModelEditedEM(t *testing.T) {
	labeled, unlabeled := emExamples()
	o := DefaultTrainOptions
	o.Unlabeled = unlabeled
	o.Created = time.Unix(0, 0)
	good := modelBytes(t, mustTrain(t, labeled, o))
	tests := []struct {
		name  string
		field string
		value any
		want  string
	}{
		{"no unlabeled texts", "unlabeled", 0, "read model: not a valid stance model file: EM over 0 unlabeled texts"},
		{"lambda", "lambda", 2, "read model: not a valid stance model file: EM lambda 2 outside (0, 1]"},
		{"iterations", "iterations", -1, "read model: not a valid stance model file: -1 EM iterations"},
		{"change", "change", 1.5, "read model: not a valid stance model file: EM change 1.5 outside [0, 1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := editMeta(t, good, true, func(m map[string]any) { m["em"].(map[string]any)[tt.field] = tt.value })
			c, err := ReadModel(bytes.NewReader(in))
			if c != nil || !errors.Is(err, ErrModelFormat) || err.Error() != tt.want {
				t.Errorf("ReadModel = %v, %v; want %q", c, err, tt.want)
			}
		})
	}
	if !strings.Contains(string(good), `"em":{"unlabeled":7,"lambda":0.01,`) {
		t.Errorf("the model's metadata does not record EM: %.400q", good)
	}
}

func BenchmarkTrainEM(b *testing.B) {
	ex := benchExamples(b)
	var unl []string
	for _, e := range randomCorpus(5000, 3000, 3, 41) {
		unl = append(unl, e.Text)
	}
	o := DefaultTrainOptions
	o.Unlabeled = unl
	b.ReportAllocs()
	for b.Loop() {
		if _, err := TrainClassifier(ex, o); err != nil {
			b.Fatal(err)
		}
	}
}
