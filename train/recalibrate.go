package train

import (
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/stance/nb"
)

// A Recalibration is the outcome of Recalibrate: the calibration fitted
// on all the held-out examples and three scorings of the examples.
type Recalibration struct {
	Calibration nb.Calibration // fitted on every example; Set filled in
	// Before scores the classifier's probabilities as they were.
	Before Report
	// CrossFitted scores every example with a calibration fitted on the
	// other folds: the honest estimate of the calibrated classifier on
	// new data like the examples.
	CrossFitted Report
	// InSample scores every example with the calibration fitted on all
	// of them, itself included: optimistic, not an estimate.
	InSample Report
	// Fold is each example's fold of the cross-fitting.
	Fold []int
}

// Recalibrate fits the calibration of c (a temperature, and with
// opts.Bias a bias per label; see nb.FitCalibration) on labeled examples
// c was not trained on, and returns c with it. scores[i] are example i's
// class scores (c.Scores of its text, or a combination of such rows, as
// a statement's with its article's), gold[i] its label.
//
// It first cross-fits: the examples are split into k folds with all the
// examples of a group (groups[i], e.g. the article a statement comes
// from; "" for an example of its own) in one fold, and every fold is
// scored by a calibration fitted on the others. The pooled scores are
// the CrossFitted report and go into the calibration's Set, with set's
// Name and SHA256. Only aggregate numbers enter the model: the
// temperature, the biases and the scores.
func Recalibrate(c *nb.Classifier, scores [][]float64, gold, groups []string, k int, opts nb.CalibrationOptions, set nb.CalibrationSet) (*nb.Classifier, *Recalibration, error) {
	n := len(scores)
	if len(gold) != n || len(groups) != n {
		return nil, nil, fmt.Errorf("recalibrate: %d score rows, %d labels, %d groups", n, len(gold), len(groups))
	}
	if k < 2 || k > n {
		return nil, nil, fmt.Errorf("recalibrate: %w: %d folds for %d examples", ErrFolds, k, n)
	}
	labels := c.Labels()
	nl := len(labels)
	flat := make([]float64, 0, n*nl)
	y := make([]int32, n)
	for i, row := range scores {
		j := slices.Index(labels, gold[i])
		if j < 0 {
			return nil, nil, fmt.Errorf("recalibrate: example %d: label %q is not one of the classifier's %q", i+1, gold[i], labels)
		}
		if len(row) != nl {
			return nil, nil, fmt.Errorf("recalibrate: example %d: %d scores for %d labels", i+1, len(row), nl)
		}
		y[i] = int32(j)
		flat = append(flat, row...)
	}
	predict := func(c *nb.Classifier, keep func(i int) bool, out []nb.Prediction) {
		for i, row := range scores {
			if keep(i) {
				out[i] = c.FromScores(row)
			}
		}
	}
	all := func(int) bool { return true }
	before := make([]nb.Prediction, n)
	predict(c, all, before)
	fold := TargetFolds(groups, k, 1)
	crossed := make([]nb.Prediction, n)
	for f := range k {
		var fitScores []float64
		var fitY []int32
		for i := range n {
			if fold[i] != f {
				fitScores = append(fitScores, flat[i*nl:i*nl+nl]...)
				fitY = append(fitY, y[i])
			}
		}
		cal, err := nb.FitCalibration(fitScores, fitY, labels, opts)
		if err != nil {
			return nil, nil, fmt.Errorf("recalibrate: fold %d: %w", f+1, err)
		}
		cf, err := c.WithCalibration(&cal)
		if err != nil {
			return nil, nil, fmt.Errorf("recalibrate: fold %d: %w", f+1, err)
		}
		predict(cf, func(i int) bool { return fold[i] == f }, crossed)
	}
	cal, err := nb.FitCalibration(flat, y, labels, opts)
	if err != nil {
		return nil, nil, fmt.Errorf("recalibrate: %w", err)
	}
	r := &Recalibration{
		Before:      ScoreProbs(gold, before, labels),
		CrossFitted: ScoreProbs(gold, crossed, labels),
		Fold:        fold,
	}
	set.Examples, set.Folds = n, k
	set.Accuracy, set.MacroF1 = r.CrossFitted.Accuracy, r.CrossFitted.MacroF1
	set.LogLoss, set.ECE = r.CrossFitted.LogLoss, r.CrossFitted.ECE
	cal.Set = &set
	out, err := c.WithCalibration(&cal)
	if err != nil {
		return nil, nil, fmt.Errorf("recalibrate: %w", err)
	}
	in := make([]nb.Prediction, n)
	predict(out, all, in)
	r.InSample = ScoreProbs(gold, in, labels)
	r.Calibration = cal
	return out, r, nil
}
