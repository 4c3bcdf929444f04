package nb

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
)

// Calibration records the temperature that turns a classifier's class
// scores into probabilities, and how it was fitted.
//
// Naive Bayes treats every word as independent evidence, so its posteriors
// are far too confident: nearly every prediction gets a probability above
// 0.95 whether it is right or not. Temperature scaling (Guo et al. 2017)
// divides the class scores by one constant T > 0 before the softmax;
// T > 1 softens the probabilities, T < 1 sharpens them. It never changes
// which label scores highest, so labels, accuracy and F1 are exactly those
// of the uncalibrated model. T is chosen to minimise the log loss of
// out-of-fold predictions on the training data (TrainCalibrated), or of
// predictions on held-out data more like what the model will meet
// (FitCalibration, which can fit per-label biases as well).
type Calibration struct {
	// Temperature is T, finite and > 0. The probability of class j is
	// exp(s_j/T) / Σ_i exp(s_i/T) for class scores s (log-probabilities up
	// to a constant for multinomial NB; complement NB scores otherwise).
	Temperature float64 `json:"temperature"`
	// Folds is the number of cross-validation folds of the fit.
	Folds int `json:"folds"`
	// LogLossBefore and LogLossAfter are the mean negative log-probability
	// (natural log, ≥ 0) of the gold label over the out-of-fold
	// predictions, at T = 1 and at Temperature. Examples whose gold label
	// the scoring model lacked (a per-target sub-model without it) are
	// left out: their loss does not depend on T.
	LogLossBefore float64 `json:"log_loss_before"`
	LogLossAfter  float64 `json:"log_loss_after"`
	// Bias, when not empty, holds a term per label added to the scaled
	// scores: the probability of class j is softmax(s/T + b)_j, with b_j
	// = Bias[label j] (0 for a label absent). It moves the odds between
	// classes as a change of class priors would (a prior-shift
	// correction) and, unlike the temperature, can change the predicted
	// label. Only FitCalibration fits biases, on held-out labeled data;
	// stance train never sets them. A model with biases is written in
	// file format version 2 or later (see ModelFormatVersion).
	Bias map[string]float64 `json:"bias,omitempty"`
	// Set describes the labeled data the calibration was fitted on when
	// it is not the training data's folds (FitCalibration); nil for the
	// calibration of TrainCalibrated. It holds aggregate figures only.
	Set *CalibrationSet `json:"set,omitempty"`
}

// A CalibrationSet describes held-out labeled data a calibration was
// fitted on, and how well the calibration did on it when cross-fitted:
// every example scored by a calibration fitted on the other folds. The
// cross-fitted figures are the honest ones; a calibration scored on the
// examples it was fitted on looks better than it will on new data.
type CalibrationSet struct {
	Name     string `json:"name"`             // what the data is, e.g. a path in the repository
	SHA256   string `json:"sha256,omitempty"` // hex SHA-256 of the data file, if it is one
	Examples int    `json:"examples"`         // examples fitted on, ≥ 1
	// Folds is the number of folds of the cross-fitting, ≥ 2, or 0 if
	// there was none (and the scores below are absent).
	Folds int `json:"folds,omitempty"`
	// Cross-fitted scores: accuracy and macro-F1 in [0,1]; log loss in
	// nats, ≥ 0; ECE over 10 equal-width confidence bins, in [0,1].
	Accuracy float64 `json:"accuracy,omitempty"`
	MacroF1  float64 `json:"macro_f1,omitempty"`
	LogLoss  float64 `json:"log_loss,omitempty"`
	ECE      float64 `json:"ece,omitempty"`
}

// maxBias bounds the absolute value of a calibration bias. A bias of 50
// already multiplies a class's odds by e^50.
const maxBias = 50

func (cal *Calibration) clone() *Calibration {
	c := *cal
	if cal.Bias != nil {
		c.Bias = make(map[string]float64, len(cal.Bias))
		for l, b := range cal.Bias {
			c.Bias[l] = b
		}
	}
	if cal.Set != nil {
		set := *cal.Set
		c.Set = &set
	}
	return &c
}

// validate checks a calibration of a classifier with the given labels.
func (cal *Calibration) validate(labels []string) error {
	if !(cal.Temperature >= minTemperature && cal.Temperature <= maxTemperature) {
		return fmt.Errorf("calibration temperature %v outside [%g, %g]", cal.Temperature, minTemperature, maxTemperature)
	}
	for l, b := range cal.Bias {
		if !slices.Contains(labels, l) {
			return fmt.Errorf("calibration bias for %q, which is not a label", l)
		}
		if !(math.Abs(b) <= maxBias) {
			return fmt.Errorf("calibration bias %v for %q outside [-%d, %d]", b, l, maxBias, maxBias)
		}
	}
	if set := cal.Set; set != nil && (set.Examples < 1 || set.Folds < 0 || set.Folds == 1) {
		return fmt.Errorf("calibration set of %d examples in %d folds", set.Examples, set.Folds)
	}
	return nil
}

// biasVector returns the biases by label index, or nil if there are none.
func (cal *Calibration) biasVector(labels []string) []float64 {
	if len(cal.Bias) == 0 {
		return nil
	}
	b := make([]float64, len(labels))
	for i, l := range labels {
		b[i] = cal.Bias[l]
	}
	return b
}

// The search range of the temperature fit: T in [minTemperature,
// maxTemperature], on a log scale, to a relative precision of tempTol. A
// fit that ends at either bound is refused (CalibrationError).
const (
	minTemperature = 1e-3
	maxTemperature = 1e4
	tempTol        = 1e-4
)

// ErrCalibration is wrapped by CalibrationError.
var ErrCalibration = errors.New("calibration failed")

// A CalibrationError reports a temperature fit that ended at a bound of
// its search range, [1e-3, 1e4]: a degenerate calibration that
// TrainCalibrated refuses to keep. At the upper bound the out-of-fold
// predictions are no better than chance and every probability would be
// about 1/k for k labels; at the lower bound every out-of-fold prediction
// was right and every probability would be about 0 or 1. Both happen on a
// few dozen examples, which are too few to calibrate on. It wraps
// ErrCalibration.
type CalibrationError struct {
	Temperature float64 // the fitted T, at its bound to within the search's precision
	Upper       bool    // whether T is at the upper bound, 1e4, rather than the lower, 1e-3
	Labels      int     // the classifier's number of labels, k
	Folds       int     // the number of cross-validation folds of the fit
	// LogLossBefore and LogLossAfter are as in Calibration.
	LogLossBefore, LogLossAfter float64
}

func (e *CalibrationError) Error() string {
	what := fmt.Sprintf("upper bound (T=%.5g): out-of-fold predictions are no better than chance, so every probability would be %.3f",
		e.Temperature, 1/float64(max(e.Labels, 1)))
	if !e.Upper {
		what = fmt.Sprintf("lower bound (T=%.5g): every out-of-fold prediction was right, so every probability would be 0.000 or 1.000",
			e.Temperature)
	}
	return fmt.Sprintf("%v: the fitted temperature hit its %s; probabilities are left uncalibrated: train on more examples, or turn calibration off", ErrCalibration, what)
}

// Unwrap returns ErrCalibration.
func (e *CalibrationError) Unwrap() error { return ErrCalibration }

// TrainCalibrated trains a classifier on examples like TrainClassifier and
// calibrates its probabilities: fold[i] in 0..k-1 is example i's fold;
// for every fold a model trained on the other folds scores it, and the
// temperature that minimises the log loss of those out-of-fold scores is
// stored in the model (see Calibration). Features are extracted once, and
// the fold models and the final model are fitted in parallel. The fold
// models skip the round trip through github.com/jbrukh/bayesian's count
// store and apply its exact effect instead (the tables are the same to
// the bit); the final model goes through the library as always.
//
// It also returns the out-of-fold predicted labels, aligned with examples,
// exactly those CrossPredict returns with the same folds ("" for examples
// with an empty text or label). When opts.CV is nil the model records
// their accuracy and macro-F1 (averaged over the classifier's labels) as
// its cross-validation scores, so one pass gives the model, its
// calibration and its cross-validation score. With a single fold there is
// nothing to score: the model stays uncalibrated (T = 1) and records no
// CV scores.
//
// When the fitted temperature ends at a bound of its search range the
// calibration is degenerate: TrainCalibrated returns the model
// uncalibrated (T = 1, no Calibration in its metadata) but otherwise
// complete, its out-of-fold labels, and a *CalibrationError saying why.
// That is the only error returned with a model, as strconv.ParseFloat
// returns a value with its range error.
func TrainCalibrated(ctx context.Context, examples []Example, fold []int, opts TrainOptions) (*Classifier, []string, error) {
	if err := opts.Validate(); err != nil {
		return nil, nil, err
	}
	cv, err := newCrossData(examples, fold, opts)
	if err != nil {
		return nil, nil, err
	}
	var c *Classifier
	var fitErr error
	scores, scored, err := cv.scores(ctx, func() {
		c, fitErr = trainOn(cv.ex, cv.labels, cv.y, cv.vocab, cv.bags, cv.unl, opts)
	})
	if err != nil {
		return nil, nil, err
	}
	if fitErr != nil {
		return nil, nil, fitErr
	}
	k := len(cv.labels)
	var rows []int
	for j, ok := range scored {
		if ok {
			rows = append(rows, j)
		}
	}
	var calErr error
	if len(rows) > 0 { // else a single fold: nothing to fit on, T stays 1
		T, before, after, bound := fitTemperature(scores, cv.y, k, rows)
		if bound != 0 {
			calErr = &CalibrationError{Temperature: T, Upper: bound > 0, Labels: k, Folds: cv.nfold, LogLossBefore: before, LogLossAfter: after}
		} else {
			c.meta.Calibration = &Calibration{Temperature: T, Folds: cv.nfold, LogLossBefore: before, LogLossAfter: after}
			c.temp = T
		}
	}
	oof := cv.labelsOf(scores, scored)
	if opts.CV == nil {
		c.meta.CV = cv.cvScores(oof)
	}
	return c, oof, calErr
}

// cvScores returns the accuracy and macro-F1 (averaged over the
// classifier's labels) of the out-of-fold labels, or nil if there are
// none (a single fold).
func (cv *crossData) cvScores(oof []string) *CVScores {
	var gold, pred []string
	for j, i := range cv.keep {
		if oof[i] != "" {
			gold, pred = append(gold, cv.ex[j].Label), append(pred, oof[i])
		}
	}
	if len(gold) == 0 {
		return nil
	}
	s := ScoreLabels(gold, pred, cv.labels)
	return &CVScores{Folds: cv.nfold, Accuracy: s.Accuracy, MacroF1: s.MacroF1}
}

// fitTemperature returns the temperature minimising the mean log loss of
// the score rows (scores is n × k, row-major; y the gold columns), found
// by golden-section search on log T, with the log loss at T = 1 and at
// the optimum. The log loss is convex in 1/T, so unimodal in log T.
// Without usable rows it returns 1 (and log losses 0). bound is +1 or -1
// when the search never moved its upper or lower end: the optimum is at
// that bound of the range (to the search's precision), or beyond it; 0
// otherwise.
func fitTemperature(scores []float64, y []int32, k int, rows []int) (T, before, after float64, bound int) {
	loss := func(u float64) float64 { return meanLogLoss(scores, y, k, rows, math.Exp(-u)) }
	lo0, hi0 := math.Log(minTemperature), math.Log(maxTemperature)
	lo, hi := lo0, hi0
	g := (math.Sqrt(5) - 1) / 2
	a, b := hi-g*(hi-lo), lo+g*(hi-lo)
	fa, fb := loss(a), loss(b)
	for hi-lo > tempTol {
		if fa <= fb {
			hi, b, fb = b, a, fa
			a = hi - g*(hi-lo)
			fa = loss(a)
		} else {
			lo, a, fa = a, b, fb
			b = lo + g*(hi-lo)
			fb = loss(b)
		}
	}
	u := (lo + hi) / 2
	before = loss(0)
	after = loss(u)
	if math.IsNaN(before) { // no row with a finite gold score
		return 1, 0, 0, 0
	}
	if !(after < before) { // no better than T = 1, or a flat loss
		return 1, before, before, 0
	}
	switch {
	case hi == hi0:
		bound = 1
	case lo == lo0:
		bound = -1
	}
	return math.Exp(u), before, after, bound
}

// meanLogLoss is the mean over rows of -log softmax(beta·s)[gold], rows
// whose gold class has score -Inf (absent from the scoring model) left out;
// NaN if that leaves none. The rows are summed in lossChunks fixed chunks, in parallel, and the
// chunk sums added in order, so the result does not depend on the number
// of cores (and models stay byte-identical across machines).
func meanLogLoss(scores []float64, y []int32, k int, rows []int, beta float64) float64 {
	var sums [lossChunks]float64
	var counts [lossChunks]int
	chunk := func(c int) {
		lo, hi := c*len(rows)/lossChunks, (c+1)*len(rows)/lossChunks
		for _, i := range rows[lo:hi] {
			s := scores[i*k : i*k+k]
			gold := s[y[i]]
			if math.IsInf(gold, -1) {
				continue
			}
			top := math.Inf(-1)
			for _, x := range s {
				top = max(top, x)
			}
			z := 0.0
			for _, x := range s {
				if !math.IsInf(x, -1) {
					z += math.Exp(beta * (x - top))
				}
			}
			sums[c] += beta*(top-gold) + math.Log(z)
			counts[c]++
		}
	}
	if len(rows) < 4096 {
		for c := range lossChunks {
			chunk(c)
		}
	} else {
		var wg sync.WaitGroup
		next := make(chan int)
		for range min(runtime.GOMAXPROCS(0), lossChunks) {
			wg.Go(func() {
				for c := range next {
					chunk(c)
				}
			})
		}
		for c := range lossChunks {
			next <- c
		}
		close(next)
		wg.Wait()
	}
	sum, n := 0.0, 0
	for c := range lossChunks {
		sum += sums[c]
		n += counts[c]
	}
	if n == 0 {
		return math.NaN()
	}
	return sum / float64(n)
}

// lossChunks is the number of parts meanLogLoss sums separately.
const lossChunks = 8

// crossData is the featurized usable examples of a cross-validation.
type crossData struct {
	n      int   // the caller's examples
	keep   []int // index in the caller's examples of each usable example
	ex     []Example
	labels []string
	y      []int32
	vocab  *vocabulary
	bags   []bagOfFeatures
	unl    []bagOfFeatures // of opts.Unlabeled, for EM in every fold
	fold   []int           // of each usable example
	nfold  int
	opts   TrainOptions
	// viaLibrary makes the fold models store their counts in the
	// library, as final models do; without it they use storedCounts,
	// which gives the same tables faster.
	viaLibrary bool
}

func newCrossData(examples []Example, fold []int, opts TrainOptions) (*crossData, error) {
	if len(fold) != len(examples) {
		return nil, fmt.Errorf("%d folds for %d examples", len(fold), len(examples))
	}
	cv := &crossData{n: len(examples), opts: opts}
	for i, e := range examples {
		if e.Text != "" && e.Label != "" {
			cv.keep = append(cv.keep, i)
			cv.ex = append(cv.ex, e)
			cv.fold = append(cv.fold, fold[i])
		}
	}
	if len(cv.ex) == 0 {
		return nil, ErrNoExamples
	}
	cv.labels, cv.y = labelIndex(cv.ex)
	if len(cv.labels) < 2 {
		return nil, fmt.Errorf("%w: every example is labeled %q", ErrOneClass, cv.labels[0])
	}
	for _, f := range fold {
		cv.nfold = max(cv.nfold, f+1)
	}
	cv.vocab, cv.bags, cv.unl = featurizeWith(cv.ex, opts.Unlabeled, opts.Features)
	return cv, nil
}

// scores returns the out-of-fold class scores of every usable example
// (len(ex) × k, row-major, -Inf for a class the scoring model lacks) and
// whether each was scored (false when its fold or the rest is empty).
// Folds run in parallel on GOMAXPROCS goroutines, together with also
// (if not nil), which the caller uses for the final fit.
func (cv *crossData) scores(ctx context.Context, also func()) ([]float64, []bool, error) {
	k := len(cv.labels)
	scores := make([]float64, len(cv.ex)*k)
	scored := make([]bool, len(cv.ex))
	errs := make([]error, cv.nfold)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), cv.nfold+1) {
		wg.Go(func() {
			for f := range jobs {
				if f < 0 {
					also()
					continue
				}
				if ctx.Err() == nil {
					errs[f] = cv.scoreFold(f, scores, scored)
				}
			}
		})
	}
	if also != nil {
		jobs <- -1
	}
	for f := range cv.nfold {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, nil, err
		}
	}
	return scores, scored, nil
}

// scoreFold fits a model (and per-target sub-models) on the examples
// outside fold f and writes the scores of those in it.
func (cv *crossData) scoreFold(f int, scores []float64, scored []bool) error {
	k := len(cv.labels)
	var train, test []int
	for j, fj := range cv.fold {
		if fj == f {
			test = append(test, j)
		} else {
			train = append(train, j)
		}
	}
	if len(test) == 0 || len(train) == 0 {
		return nil
	}
	opts := cv.opts
	shared, err := fitSub(cv.ex, cv.bags, cv.y, train, k, cv.vocab, opts, !cv.viaLibrary, cv.unl)
	if err != nil {
		return err
	}
	subs := map[string]*table{}
	if opts.PerTarget {
		sub := make([]Example, len(train))
		sy := make([]int32, len(train))
		for n, j := range train {
			sub[n], sy[n] = cv.ex[j], cv.y[j]
		}
		for key, idx := range targetGroups(sub, sy, opts.MinTargetExamples) {
			for n := range idx {
				idx[n] = train[idx[n]]
			}
			t, err := fitSub(cv.ex, cv.bags, cv.y, idx, k, cv.vocab, opts, !cv.viaLibrary, nil)
			if err != nil {
				return err
			}
			subs[key] = t
		}
	}
	sc := make([]float64, k)
	var vals []float64
	for _, j := range test {
		t := shared
		if st, ok := subs[normalizeTarget(cv.ex[j].Target)]; ok && cv.ex[j].Target != "" {
			t = st
		}
		vals = t.addScores(cv.bags[j], opts.Features.Weighting, sc[:t.k()], vals)
		row := scores[j*k : j*k+k]
		for c := range row {
			row[c] = math.Inf(-1)
		}
		for c, x := range sc[:t.k()] {
			row[t.classes[c]] = x
		}
		scored[j] = true
	}
	return nil
}

// labelsOf returns the argmax label of every scored row, aligned with the
// caller's examples ("" elsewhere). Ties go to the first label, as in
// prediction.
func (cv *crossData) labelsOf(scores []float64, scored []bool) []string {
	k := len(cv.labels)
	out := make([]string, cv.n)
	for j, ok := range scored {
		if !ok {
			continue
		}
		row := scores[j*k : j*k+k]
		best := 0
		for c := range row {
			if row[c] > row[best] {
				best = c
			}
		}
		out[cv.keep[j]] = cv.labels[best]
	}
	return out
}
