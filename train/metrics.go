package train

import (
	"maps"
	"slices"
)

// A Report scores predictions against gold labels.
type Report struct {
	N        int                   `json:"n"`
	Accuracy float64               `json:"accuracy"` // in [0,1]
	MacroF1  float64               `json:"macro_f1"` // unweighted mean of the per-label F1, in [0,1]
	Classes  map[string]ClassScore `json:"classes"`
	// Confusion counts [gold][predicted] pairs; only non-zero cells.
	Confusion map[string]map[string]int `json:"confusion"`
	Labels    []string                  `json:"-"` // sorted labels scored
}

// ClassScore is precision, recall and F1 of one label (each in [0,1];
// 0 when undefined) and its number of gold examples.
type ClassScore struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// Score compares predictions with gold labels. The labels scored are
// those in labels, gold and pred together; macro-F1 averages over all of
// them, as scikit-learn's f1_score(average="macro") does with the union
// of training and test labels. Pairs with an empty gold label are skipped.
func Score(gold, pred []string, labels []string) Report {
	set := map[string]bool{}
	for _, l := range labels {
		set[l] = true
	}
	r := Report{Classes: map[string]ClassScore{}, Confusion: map[string]map[string]int{}}
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	correct := 0
	for i, g := range gold {
		if g == "" || i >= len(pred) {
			continue
		}
		p := pred[i]
		set[g] = true
		if p != "" {
			set[p] = true
		}
		r.N++
		if r.Confusion[g] == nil {
			r.Confusion[g] = map[string]int{}
		}
		r.Confusion[g][p]++
		if g == p {
			correct++
			tp[g]++
		} else {
			fn[g]++
			if p != "" {
				fp[p]++
			}
		}
	}
	r.Labels = slices.Sorted(maps.Keys(set))
	if r.N > 0 {
		r.Accuracy = float64(correct) / float64(r.N)
	}
	for _, l := range r.Labels {
		var cs ClassScore
		cs.Support = tp[l] + fn[l]
		if d := tp[l] + fp[l]; d > 0 {
			cs.Precision = float64(tp[l]) / float64(d)
		}
		if cs.Support > 0 {
			cs.Recall = float64(tp[l]) / float64(cs.Support)
		}
		if s := cs.Precision + cs.Recall; s > 0 {
			cs.F1 = 2 * cs.Precision * cs.Recall / s
		}
		r.Classes[l] = cs
		r.MacroF1 += cs.F1
	}
	if len(r.Labels) > 0 {
		r.MacroF1 /= float64(len(r.Labels))
	}
	return r
}
