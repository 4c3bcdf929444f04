package train

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"

	"github.com/stancekit/stancekit/stance"
)

// ErrFolds means k-fold cross-validation cannot run with the given k.
var ErrFolds = errors.New("bad number of folds")

// Folds assigns each example to one of k folds, stratified by label: the
// examples of every label are shuffled with the seed and dealt round-robin,
// so each fold holds about 1/k of every label. It is deterministic.
func Folds(labels []string, k int, seed uint64) []int {
	byLabel := map[string][]int{}
	for i, l := range labels {
		byLabel[l] = append(byLabel[l], i)
	}
	fold := make([]int, len(labels))
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	next := 0
	for _, l := range slices.Sorted(maps.Keys(byLabel)) {
		idx := byLabel[l]
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			fold[i] = next % k
			next++
		}
	}
	return fold
}

// CrossValidate scores opts by stratified k-fold cross-validation on the
// examples (seed 1) and returns the pooled out-of-fold report.
func CrossValidate(ctx context.Context, examples []stance.Example, k int, opts stance.TrainOptions) (Report, error) {
	if k < 2 || k > len(examples) {
		return Report{}, fmt.Errorf("%w: %d folds for %d examples (want 2 to the number of examples)", ErrFolds, k, len(examples))
	}
	gold := make([]string, len(examples))
	for i, e := range examples {
		gold[i] = e.Label
	}
	pred, err := stance.CrossPredict(ctx, examples, Folds(gold, k, 1), opts)
	if err != nil {
		return Report{}, err
	}
	return Score(gold, pred, nil), nil
}
