package nb

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sync"
	"time"
)

// An Example is one labeled text for training or evaluation.
type Example struct {
	Text   string
	Label  string
	Target string // what the text takes a stance on; "" if none
}

// TrainOptions configures TrainClassifier.
type TrainOptions struct {
	// Method is the naive Bayes variant.
	Method Method `json:"method"`
	// Alpha is the additive smoothing added to every feature total
	// (0 < Alpha; 1 is Laplace smoothing). Smaller values trust the
	// training counts more; with WeightTFIDF, whose values are fractions,
	// it should be well below 1.
	Alpha float64 `json:"alpha"`
	// Features says how texts become features.
	Features FeatureOptions `json:"features"`
	// PerTarget trains, besides the shared model, one sub-model for every
	// target with at least MinTargetExamples examples of two or more labels.
	PerTarget bool `json:"per_target"`
	// MinTargetExamples is the smallest target that gets a sub-model.
	MinTargetExamples int `json:"min_target_examples"`
	// Unlabeled are texts without labels, such as statements extracted
	// from the user's own articles. When there are any, the shared model
	// is trained by EM over them (see EMOptions) and the model's
	// vocabulary takes in their words; per-target sub-models, which
	// unlabeled texts have no target for, are trained on their labeled
	// examples as before. Empty texts are ignored. It needs method
	// multinomial or complement.
	Unlabeled []string `json:"-"`
	// EM configures the EM over Unlabeled; it is ignored without them.
	EM EMOptions `json:"em"`

	// Family names the label family ("stance", "topic"); recorded only.
	Family string `json:"-"`
	// Data describes the training data; recorded only.
	Data DataInfo `json:"-"`
	// CV holds cross-validation scores measured before training; recorded only.
	CV *CVScores `json:"-"`
	// Created is the creation time recorded in the model; zero means now.
	Created time.Time `json:"-"`
}

// DefaultTrainOptions are the defaults: complement naive Bayes on
// DefaultFeatureOptions with Alpha 0.3 and per-target sub-models for
// targets with 50 examples or more, and DefaultEMOptions for unlabeled
// texts if any are given. The method, weighting, negation and
// smoothing were chosen by cross-validation on training data only;
// models/README.md gives the figures. Its Data.Files and Unlabeled are
// nil and its CV pointer nil, so a copy shares nothing with it: copy it
// and change the copy's fields.
var DefaultTrainOptions = TrainOptions{
	Method:            MethodComplement,
	Alpha:             0.3,
	Features:          DefaultFeatureOptions,
	PerTarget:         true,
	MinTargetExamples: 50,
	EM:                DefaultEMOptions,
}

// Validate reports the first invalid option, naming it.
func (o TrainOptions) Validate() error {
	if err := o.Features.Validate(); err != nil {
		return err
	}
	switch o.Method {
	case MethodMultinomial, MethodComplement:
	case MethodLibrary:
		if o.Alpha != 1 || o.Features.Weighting != WeightCount {
			return fmt.Errorf("method %s needs alpha 1 and count weighting", o.Method)
		}
	default:
		return fmt.Errorf("unknown method %q (want multinomial, complement or jbrukh)", o.Method)
	}
	if !(o.Alpha > 0) || o.Alpha > 1e6 {
		return fmt.Errorf("alpha must be positive, not %v", o.Alpha)
	}
	if o.PerTarget && o.MinTargetExamples < 2 {
		return fmt.Errorf("min target examples must be at least 2, not %d", o.MinTargetExamples)
	}
	if len(o.Unlabeled) > 0 {
		if o.Method == MethodLibrary {
			return fmt.Errorf("method %s cannot learn from unlabeled texts (want multinomial or complement)", o.Method)
		}
		if err := o.EM.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Errors of TrainClassifier.
var (
	// ErrNoExamples means there was nothing to train on.
	ErrNoExamples = errors.New("no training examples")
	// ErrOneClass means every example has the same label.
	ErrOneClass = errors.New("need at least two labels")
)

// TrainClassifier trains a classifier on examples. Examples with an empty
// text or label are skipped. Tokenization runs on all cores; the result
// does not depend on their number. Its probabilities are the raw,
// uncalibrated naive Bayes posteriors (temperature 1), typically far too
// confident; TrainCalibrated fits a temperature as well. With
// opts.Unlabeled the shared model is trained by EM (see EMOptions) and
// the model's metadata says so (ModelMeta.EM).
func TrainClassifier(examples []Example, opts TrainOptions) (*Classifier, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	ex := usable(examples)
	if len(ex) == 0 {
		return nil, ErrNoExamples
	}
	labels, y := labelIndex(ex)
	if len(labels) < 2 {
		return nil, fmt.Errorf("%w: every example is labeled %q", ErrOneClass, labels[0])
	}
	vocab, bags, unl := featurizeWith(ex, opts.Unlabeled, opts.Features)
	return trainOn(ex, labels, y, vocab, bags, unl, opts)
}

// trainOn fits the shared model (by EM over the unlabeled bags unl, if
// any) and the per-target sub-models on the featurized usable examples
// ex with label indices y. The classifier is uncalibrated (T = 1).
func trainOn(ex []Example, labels []string, y []int32, vocab *vocabulary, bags, unl []bagOfFeatures, opts TrainOptions) (*Classifier, error) {
	opts.Features.PolarityLexicon = ""
	if opts.Features.Polarity > 0 {
		opts.Features.PolarityLexicon = PolarityLexiconID
	}
	c := &Classifier{labels: labels, feat: opts.Features, vocab: vocab, temp: 1}
	all := make([]int, len(ex))
	for i := range all {
		all[i] = i
	}
	var err error
	var em *EMInfo
	if len(unl) > 0 {
		var info EMInfo
		c.shared, info, err = fitEM(bags, y, all, unl, len(labels), vocab.size(), paramsOf(opts, false), opts.EM)
		em = &info
	} else {
		c.shared, err = fitFor(ex, bags, y, all, len(labels), vocab, opts, false, nil)
	}
	if err != nil {
		return nil, err
	}
	if opts.PerTarget {
		c.targets = map[string]*table{}
		for key, idx := range targetGroups(ex, y, opts.MinTargetExamples) {
			t, err := fitSub(ex, bags, y, idx, len(labels), vocab, opts, false, nil)
			if err != nil {
				return nil, err
			}
			c.targets[key] = t
		}
	}
	c.meta = newMeta(c, ex, opts)
	c.meta.EM = em
	return c, nil
}

// fitSub fits a table on a subset whose labels may be fewer than the
// classifier's: columns are only the labels present. noLibrary is
// fitParams.noLibrary; unl, if not empty, are the unlabeled bags of EM.
func fitSub(ex []Example, bags []bagOfFeatures, y []int32, idx []int, k int, vocab *vocabulary, opts TrainOptions, noLibrary bool, unl []bagOfFeatures) (*table, error) {
	present := make([]int32, 0, k)
	col := make([]int32, k)
	for j := range col {
		col[j] = -1
	}
	for _, i := range idx {
		if col[y[i]] < 0 {
			col[y[i]] = 0
		}
	}
	for j := range col {
		if col[j] == 0 {
			col[j] = int32(len(present))
			present = append(present, int32(j))
		}
	}
	sy := make([]int32, len(y))
	for _, i := range idx {
		sy[i] = col[y[i]]
	}
	t, err := fitFor(ex, bags, sy, idx, len(present), vocab, opts, noLibrary, unl)
	if err != nil {
		return nil, err
	}
	t.classes = present
	return t, nil
}

// fitFor fits a table on the examples idx with columns y; by EM over the
// unlabeled bags unl if there are any.
func fitFor(ex []Example, bags []bagOfFeatures, y []int32, idx []int, k int, vocab *vocabulary, opts TrainOptions, noLibrary bool, unl []bagOfFeatures) (*table, error) {
	if opts.Method == MethodLibrary {
		return fitLibrary(bags, y, idx, k, vocab)
	}
	if len(unl) > 0 {
		t, _, err := fitEM(bags, y, idx, unl, k, vocab.size(), paramsOf(opts, noLibrary), opts.EM)
		return t, err
	}
	return fitTable(bags, y, idx, k, vocab.size(), paramsOf(opts, noLibrary))
}

// paramsOf returns the estimator settings of opts.
func paramsOf(opts TrainOptions, noLibrary bool) fitParams {
	return fitParams{opts.Method, opts.Alpha, opts.Features.Weighting, noLibrary}
}

// targetGroups returns the example indices of every target large and
// varied enough for a sub-model, by normalized target.
func targetGroups(ex []Example, y []int32, minN int) map[string][]int {
	groups := map[string][]int{}
	for i, e := range ex {
		if e.Target != "" {
			key := normalizeTarget(e.Target)
			groups[key] = append(groups[key], i)
		}
	}
	for key, idx := range groups {
		varied := false
		for _, i := range idx {
			if y[i] != y[idx[0]] {
				varied = true
				break
			}
		}
		if len(idx) < minN || !varied {
			delete(groups, key)
		}
	}
	return groups
}

func usable(examples []Example) []Example {
	ex := make([]Example, 0, len(examples))
	for _, e := range examples {
		if e.Text != "" && e.Label != "" {
			ex = append(ex, e)
		}
	}
	return ex
}

// labelIndex returns the sorted distinct labels and each example's index.
func labelIndex(ex []Example) ([]string, []int32) {
	set := map[string]int32{}
	for _, e := range ex {
		set[e.Label] = 0
	}
	labels := slices.Sorted(maps.Keys(set))
	for j, l := range labels {
		set[l] = int32(j)
	}
	y := make([]int32, len(ex))
	for i, e := range ex {
		y[i] = set[e.Label]
	}
	return labels, y
}

// featurizeWith is featurize over the examples and then the unlabeled
// texts, whose bags it returns apart, those with no feature left out.
// The examples' features are numbered first, so without unlabeled
// texts everything is as featurize gives it.
func featurizeWith(ex []Example, unlabeled []string, fo FeatureOptions) (*vocabulary, []bagOfFeatures, []bagOfFeatures) {
	if len(unlabeled) == 0 {
		vocab, bags := featurize(ex, fo)
		return vocab, bags, nil
	}
	all := make([]Example, len(ex), len(ex)+len(unlabeled))
	copy(all, ex)
	for _, t := range unlabeled {
		all = append(all, Example{Text: t})
	}
	vocab, bags := featurize(all, fo)
	var unl []bagOfFeatures
	for _, b := range bags[len(ex):] {
		if len(b.ids) > 0 {
			unl = append(unl, b)
		}
	}
	return vocab, bags[:len(ex):len(ex)], unl
}

// featurize builds the vocabulary of the examples and each one's bag of
// features. Work is split into chunks of consecutive examples tokenized in
// parallel, each with its own vocabulary; merging the chunk vocabularies in
// order numbers features by first occurrence, whatever the parallelism.
func featurize(ex []Example, fo FeatureOptions) (*vocabulary, []bagOfFeatures) {
	type chunk struct {
		lo, hi int
		vocab  *vocabulary
		ids    []int32
		tf     []float32
		off    []int
	}
	// Chunks of about equal text size.
	total := 0
	for _, e := range ex {
		total += len(e.Text)
	}
	nchunks := min(len(ex), 4*runtime.GOMAXPROCS(0))
	var chunks []*chunk
	per := total/max(1, nchunks) + 1
	lo, size := 0, 0
	for i, e := range ex {
		size += len(e.Text)
		if size >= per || i == len(ex)-1 {
			chunks = append(chunks, &chunk{lo: lo, hi: i + 1})
			lo, size = i+1, 0
		}
	}
	var wg sync.WaitGroup
	work := make(chan *chunk)
	for range min(runtime.GOMAXPROCS(0), len(chunks)) {
		wg.Go(func() {
			fs := featureScanner{opts: fo}
			var seen []int32 // per local id: position in ch.ids of its latest occurrence
			for ch := range work {
				v := newVocabulary()
				ch.off = append(ch.off, 0)
				for _, e := range ex[ch.lo:ch.hi] {
					base := int32(len(ch.ids))
					fs.scan(v, e.Text, true, func(id int32) {
						for int(id) >= len(seen) {
							seen = append(seen, -1)
						}
						if s := seen[id]; s >= base && s < int32(len(ch.ids)) && ch.ids[s] == id {
							ch.tf[s]++
							return
						}
						seen[id] = int32(len(ch.ids))
						ch.ids = append(ch.ids, id)
						ch.tf = append(ch.tf, 1)
					})
					ch.off = append(ch.off, len(ch.ids))
				}
				ch.vocab = v
				clear(seen)
			}
		})
	}
	for _, ch := range chunks {
		work <- ch
	}
	close(work)
	wg.Wait()

	// Merge vocabularies in chunk order and renumber.
	vocab := newVocabulary()
	bags := make([]bagOfFeatures, len(ex))
	var remap []int32
	for _, ch := range chunks {
		remap = remap[:0]
		for _, k := range ch.vocab.keys {
			if k.b >= 0 {
				k = featureKey{a: remap[k.a], b: remap[k.b]}
			}
			remap = append(remap, vocab.add(k))
		}
		for i := range ch.ids {
			ch.ids[i] = remap[ch.ids[i]]
		}
		for d := 0; d < ch.hi-ch.lo; d++ {
			a, b := ch.off[d], ch.off[d+1]
			bags[ch.lo+d] = bagOfFeatures{ids: ch.ids[a:b:b], tf: ch.tf[a:b:b]}
		}
	}
	return vocab, bags
}

// CrossPredict returns, for every example, the label predicted by a model
// trained with opts on the examples of the other folds: fold[i] in
// 0..k-1 is example i's fold. Features are extracted once; each fold's
// model sees only its own training examples' vocabulary and statistics.
// Folds run in parallel; the result does not depend on their order.
// Examples with an empty text or label get "" and are not trained on.
func CrossPredict(ctx context.Context, examples []Example, fold []int, opts TrainOptions) ([]string, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	cv, err := newCrossData(examples, fold, opts)
	if err != nil {
		return nil, err
	}
	cv.viaLibrary = true
	scores, scored, err := cv.scores(ctx, nil)
	if err != nil {
		return nil, err
	}
	return cv.labelsOf(scores, scored), nil
}
