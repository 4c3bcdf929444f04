package train

import (
	"context"
	"fmt"

	"github.com/stancekit/stancekit/stance/nb"
)

// DefaultLambdas are the candidates for EM's λ (nb.EMOptions.Lambda)
// that "stance train --unlabeled" chooses among by cross-validation,
// from 0.001 to 1 by factors of about 3.
var DefaultLambdas = []float64{0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1}

// A LambdaChoice is Run's choice of EM's λ by cross-validation.
type LambdaChoice struct {
	Lambda float64 // the chosen λ
	// Candidates are the λ tried, in the order given, each with the
	// cross-validation report of EM with it (Options.EM.Lambda).
	Candidates []Candidate
	Folds      int // k of the cross-validation
}

// ChooseLambda scores EM over unlabeled with every λ of lambdas (each in
// (0, 1]) by cross-validation with the given folds, every fold model
// learning from the unlabeled texts, and returns the λ with the best
// macro-F1 (the first on ties: list them from the smallest for the most
// cautious choice) and every candidate's scores. The unlabeled texts are
// not in the folds: they only ever train.
func ChooseLambda(ctx context.Context, examples []nb.Example, fold []int, opts nb.TrainOptions, unlabeled []string, lambdas []float64) (float64, []Candidate, error) {
	return chooseLambdaStep(ctx, examples, fold, opts, unlabeled, lambdas, nil)
}

// chooseLambdaStep is ChooseLambda, calling step, if not nil, after each
// candidate.
func chooseLambdaStep(ctx context.Context, examples []nb.Example, fold []int, opts nb.TrainOptions, unlabeled []string, lambdas []float64, step func()) (float64, []Candidate, error) {
	if len(lambdas) == 0 {
		return 0, nil, fmt.Errorf("choose lambda: no candidates")
	}
	cands := make([]nb.TrainOptions, len(lambdas))
	for i, l := range lambdas {
		if !(l > 0 && l <= 1) {
			return 0, nil, fmt.Errorf("choose lambda: candidate %v outside (0, 1]", l)
		}
		cands[i] = opts
		cands[i].Unlabeled, cands[i].EM.Lambda = unlabeled, l
	}
	best, all, err := selectStep(ctx, examples, fold, cands, step)
	if err != nil {
		return 0, nil, err
	}
	return best.EM.Lambda, all, nil
}
