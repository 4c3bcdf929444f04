package train

import (
	"context"
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/stance/nb"
)

// Describe is a one-line summary of training options, e.g.
// "complement a=0.1 tfidf 1g neg".
func Describe(o nb.TrainOptions) string {
	s := fmt.Sprintf("%s a=%g %s %dg", o.Method, o.Alpha, o.Features.Weighting, o.Features.NGrams)
	if o.Features.Negation {
		s += " neg"
	}
	if o.Features.StopWords {
		s += " stop"
	}
	if o.Features.Contrast {
		s += " contrast"
	}
	if o.Features.Polarity > 0 {
		s += fmt.Sprintf(" pol%d", o.Features.Polarity)
	}
	return s
}

// Grid returns the settings searched by Select: both methods, count and
// TF-IDF weighting, several smoothing strengths, with and without negation
// and bigrams.
func Grid() []nb.TrainOptions {
	var out []nb.TrainOptions
	for _, m := range []nb.Method{nb.MethodMultinomial, nb.MethodComplement} {
		for _, w := range []nb.Weighting{nb.WeightCount, nb.WeightTFIDF} {
			alphas := []float64{1, 0.3, 0.1}
			if w == nb.WeightTFIDF {
				alphas = []float64{0.3, 0.1, 0.03, 0.01}
			}
			for _, a := range alphas {
				for _, ng := range []int{1, 2} {
					for _, neg := range []bool{false, true} {
						o := nb.DefaultTrainOptions
						o.Method, o.Alpha = m, a
						o.Features = nb.FeatureOptions{NGrams: ng, Negation: neg, Weighting: w}
						out = append(out, o)
					}
				}
			}
		}
	}
	return out
}

// ContrastGrid is Grid followed by each of its settings with contrast
// (nb.FeatureOptions.Contrast): twice as many. The settings without come
// first, so that Select, which takes the first of tied settings, prefers
// them on a tie. Select does not search it by default (stance train
// --select searches Grid); the embedded stance model's settings are
// chosen from it (models/README.md).
func ContrastGrid() []nb.TrainOptions {
	g := Grid()
	for _, o := range Grid() {
		o.Features.Contrast = true
		g = append(g, o)
	}
	return g
}

// PolarityGrid is ContrastGrid followed by each of its settings with
// polarity features (nb.FeatureOptions.Polarity) of each weight in
// weights: len(weights)+1 times as many, the settings without first. The
// embedded stance model's settings are chosen from it (models/README.md).
func PolarityGrid(weights ...int) []nb.TrainOptions {
	base := ContrastGrid()
	g := slices.Clone(base)
	for _, w := range weights {
		for _, o := range base {
			o.Features.Polarity = w
			g = append(g, o)
		}
	}
	return g
}

// A Candidate is one setting scored by cross-validation.
type Candidate struct {
	Options nb.TrainOptions
	Report  Report
}

// Select scores every candidate by cross-validation with the given folds
// on the examples and returns the one with the best macro-F1 (the first on ties)
// and all the scores.
func Select(ctx context.Context, examples []nb.Example, fold []int, candidates []nb.TrainOptions) (nb.TrainOptions, []Candidate, error) {
	return selectStep(ctx, examples, fold, candidates, nil)
}

// selectStep is Select, calling step, if not nil, after each candidate.
func selectStep(ctx context.Context, examples []nb.Example, fold []int, candidates []nb.TrainOptions, step func()) (nb.TrainOptions, []Candidate, error) {
	var all []Candidate
	best := -1
	for _, o := range candidates {
		r, err := CrossValidate(ctx, examples, fold, o)
		if err != nil {
			return nb.TrainOptions{}, nil, err
		}
		if step != nil {
			step()
		}
		all = append(all, Candidate{o, r})
		if best < 0 || r.MacroF1 > all[best].Report.MacroF1 {
			best = len(all) - 1
		}
	}
	if best < 0 {
		return nb.TrainOptions{}, nil, fmt.Errorf("select: no candidates")
	}
	return all[best].Options, all, nil
}

// NestedCV estimates, without the optimism of scoring the winner on the
// folds that chose it, how well "Select, then train" does: for each outer
// fold, Select runs on the other folds' examples (with innerK inner folds,
// grouped by target if byTarget) and the chosen settings, trained on those
// examples, predict the held-out fold.
func NestedCV(ctx context.Context, examples []nb.Example, outer []int, innerK int, byTarget bool, candidates []nb.TrainOptions) (Report, error) {
	r, _, err := nestedCVStep(ctx, examples, outer, innerK, byTarget, candidates, nil, nil, nil)
	return r, err
}

// nestedCVStep is NestedCV, calling step, if not nil, after each
// candidate of each inner selection. With unlabeled texts the chosen
// settings learn from them too (nb.TrainOptions.Unlabeled), with EM's λ
// chosen among lambdas on the inner folds if there are several, and the
// second report scores the settings without them, on the same folds and
// choices; it is nil without unlabeled texts.
func nestedCVStep(ctx context.Context, examples []nb.Example, outer []int, innerK int, byTarget bool, candidates []nb.TrainOptions, unlabeled []string, lambdas []float64, step func()) (Report, *Report, error) {
	nfold := 0
	for _, f := range outer {
		nfold = max(nfold, f+1)
	}
	gold := make([]string, len(examples))
	pred := make([]string, len(examples))
	pred0 := make([]string, len(examples)) // without the unlabeled texts
	for i, e := range examples {
		gold[i] = e.Label
	}
	for f := range nfold {
		var train, test []nb.Example
		var testIdx []int
		for i, e := range examples {
			if outer[i] == f {
				test, testIdx = append(test, e), append(testIdx, i)
			} else {
				train = append(train, e)
			}
		}
		if len(test) == 0 {
			continue
		}
		inner, err := CVFolds(train, innerK, byTarget)
		if err != nil {
			return Report{}, nil, err
		}
		best, _, err := selectStep(ctx, train, inner, candidates, step)
		if err != nil {
			return Report{}, nil, err
		}
		c, err := nb.TrainClassifier(train, best)
		if err != nil {
			return Report{}, nil, err
		}
		for n, e := range test {
			pred0[testIdx[n]] = c.PredictTarget(e.Text, e.Target).Label
		}
		if len(unlabeled) == 0 {
			continue
		}
		if len(lambdas) > 1 {
			if best.EM.Lambda, _, err = chooseLambdaStep(ctx, train, inner, best, unlabeled, lambdas, step); err != nil {
				return Report{}, nil, err
			}
		}
		best.Unlabeled = unlabeled
		if c, err = nb.TrainClassifier(train, best); err != nil {
			return Report{}, nil, err
		}
		for n, e := range test {
			pred[testIdx[n]] = c.PredictTarget(e.Text, e.Target).Label
		}
	}
	if len(unlabeled) == 0 {
		return Score(gold, pred0, nil), nil, nil
	}
	without := Score(gold, pred0, nil)
	return Score(gold, pred, nil), &without, nil
}
