package train

import (
	"context"
	"fmt"

	"github.com/stancekit/stancekit/stance"
)

// Describe is a one-line summary of training options, e.g.
// "complement a=0.1 tfidf 1g neg".
func Describe(o stance.TrainOptions) string {
	s := fmt.Sprintf("%s a=%g %s %dg", o.Method, o.Alpha, o.Features.Weighting, o.Features.NGrams)
	if o.Features.Negation {
		s += " neg"
	}
	if o.Features.StopWords {
		s += " stop"
	}
	return s
}

// Grid returns the settings searched by Select: both methods, count and
// TF-IDF weighting, several smoothing strengths, with and without negation
// and bigrams.
func Grid() []stance.TrainOptions {
	var out []stance.TrainOptions
	for _, m := range []stance.Method{stance.MethodMultinomial, stance.MethodComplement} {
		for _, w := range []stance.Weighting{stance.WeightCount, stance.WeightTFIDF} {
			alphas := []float64{1, 0.3, 0.1}
			if w == stance.WeightTFIDF {
				alphas = []float64{0.3, 0.1, 0.03, 0.01}
			}
			for _, a := range alphas {
				for _, ng := range []int{1, 2} {
					for _, neg := range []bool{false, true} {
						o := stance.DefaultTrainOptions()
						o.Method, o.Alpha = m, a
						o.Features = stance.FeatureOptions{NGrams: ng, Negation: neg, Weighting: w}
						out = append(out, o)
					}
				}
			}
		}
	}
	return out
}

// A Candidate is one setting scored by cross-validation.
type Candidate struct {
	Options stance.TrainOptions
	Report  Report
}

// Select scores every candidate by cross-validation with the given folds
// on the examples and returns the one with the best macro-F1 (the first on ties)
// and all the scores.
func Select(ctx context.Context, examples []stance.Example, fold []int, candidates []stance.TrainOptions) (stance.TrainOptions, []Candidate, error) {
	var all []Candidate
	best := -1
	for _, o := range candidates {
		r, err := CrossValidate(ctx, examples, fold, o)
		if err != nil {
			return stance.TrainOptions{}, nil, err
		}
		all = append(all, Candidate{o, r})
		if best < 0 || r.MacroF1 > all[best].Report.MacroF1 {
			best = len(all) - 1
		}
	}
	if best < 0 {
		return stance.TrainOptions{}, nil, fmt.Errorf("select: no candidates")
	}
	return all[best].Options, all, nil
}
