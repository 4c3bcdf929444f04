package train

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"

	"github.com/stancekit/stancekit/stance/nb"
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

// TargetFolds assigns each example to one of k folds so that all examples
// of a target share a fold: cross-validation then measures how a model does
// on targets it has never seen, as on a cross-target test split. Targets are
// shuffled with the seed and each goes to the fold with the fewest examples
// so far; examples without a target are spread like singleton targets.
func TargetFolds(targets []string, k int, seed uint64) []int {
	groups := map[string][]int{}
	var keys []string
	for i, t := range targets {
		key := t
		if t == "" {
			key = fmt.Sprintf("\x00%d", i)
		}
		if _, ok := groups[key]; !ok {
			keys = append(keys, key)
		}
		groups[key] = append(groups[key], i)
	}
	slices.Sort(keys)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	size := make([]int, k)
	fold := make([]int, len(targets))
	for _, key := range keys {
		f := 0
		for j := range size {
			if size[j] < size[f] {
				f = j
			}
		}
		for _, i := range groups[key] {
			fold[i] = f
		}
		size[f] += len(groups[key])
	}
	return fold
}

// CVFolds returns the folds CrossValidate uses: stratified by label, or
// grouped by target when byTarget is set (seed 1 either way).
func CVFolds(examples []nb.Example, k int, byTarget bool) ([]int, error) {
	if k < 2 || k > len(examples) {
		return nil, fmt.Errorf("%w: %d folds for %d examples (want 2 to the number of examples)", ErrFolds, k, len(examples))
	}
	keys := make([]string, len(examples))
	for i, e := range examples {
		keys[i] = e.Label
		if byTarget {
			keys[i] = e.Target
		}
	}
	if byTarget {
		return TargetFolds(keys, k, 1), nil
	}
	return Folds(keys, k, 1), nil
}

// CrossValidate scores opts by cross-validation with the given folds
// (see CVFolds) and returns the pooled out-of-fold report: the
// predictions of nb.CrossPredict, scored by Score.
func CrossValidate(ctx context.Context, examples []nb.Example, fold []int, opts nb.TrainOptions) (Report, error) {
	gold := make([]string, len(examples))
	for i, e := range examples {
		gold[i] = e.Label
	}
	pred, err := nb.CrossPredict(ctx, examples, fold, opts)
	if err != nil {
		return Report{}, err
	}
	return Score(gold, pred, nil), nil
}
