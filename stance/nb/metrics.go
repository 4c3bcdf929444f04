package nb

import (
	"maps"
	"slices"
)

// LabelScores score predicted labels against gold labels.
type LabelScores struct {
	N        int     // pairs scored
	Accuracy float64 // in [0,1]
	MacroF1  float64 // unweighted mean of the per-label F1, in [0,1]
	// Labels are the labels scored, sorted.
	Labels  []string
	Classes map[string]ClassScore
	// Confusion counts [gold][predicted] pairs; only non-zero cells.
	Confusion map[string]map[string]int
}

// ClassScore is precision, recall and F1 of one label (each in [0,1];
// 0 when undefined) and its number of gold examples.
type ClassScore struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// ScoreLabels compares predicted labels with gold labels, pair by pair.
// The labels scored are those in labels, gold and pred together; macro-F1
// averages over all of them, as scikit-learn's f1_score(average="macro")
// does with the union of training and test labels. Pairs with an empty
// gold label are skipped; an empty prediction counts as wrong.
func ScoreLabels(gold, pred, labels []string) LabelScores {
	set := map[string]bool{}
	for _, l := range labels {
		set[l] = true
	}
	s := LabelScores{Classes: map[string]ClassScore{}, Confusion: map[string]map[string]int{}}
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
		s.N++
		if s.Confusion[g] == nil {
			s.Confusion[g] = map[string]int{}
		}
		s.Confusion[g][p]++
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
	s.Labels = slices.Sorted(maps.Keys(set))
	if s.N > 0 {
		s.Accuracy = float64(correct) / float64(s.N)
	}
	for _, l := range s.Labels {
		var cs ClassScore
		cs.Support = tp[l] + fn[l]
		if d := tp[l] + fp[l]; d > 0 {
			cs.Precision = float64(tp[l]) / float64(d)
		}
		if cs.Support > 0 {
			cs.Recall = float64(tp[l]) / float64(cs.Support)
		}
		if sum := cs.Precision + cs.Recall; sum > 0 {
			cs.F1 = 2 * cs.Precision * cs.Recall / sum
		}
		s.Classes[l] = cs
		s.MacroF1 += cs.F1
	}
	if len(s.Labels) > 0 {
		s.MacroF1 /= float64(len(s.Labels))
	}
	return s
}
