package train

import (
	"math"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance/nb"
)

// TestRecalibrate checks the cross-fitting on a classifier whose scores
// on held-out texts are too confident: the folds keep each group whole,
// the cross-fitted and in-sample reports cover every example, the
// calibration softens the probabilities and lowers the log loss, and
// the returned classifier carries it with the set's description.
func TestRecalibrate(t *testing.T) {
	ex := []nb.Example{
		{Text: "we support the plan and welcome it", Label: "support"},
		{Text: "a good plan that we back", Label: "support"},
		{Text: "we oppose the plan, a disaster", Label: "oppose"},
		{Text: "a bad plan that we reject", Label: "oppose"},
	}
	opts := nb.DefaultTrainOptions
	opts.Method, opts.Features.Weighting, opts.Alpha = nb.MethodMultinomial, nb.WeightCount, 0.1
	c, err := nb.TrainClassifier(ex, opts)
	if err != nil {
		t.Fatal(err)
	}
	// Held-out texts: mostly right, some wrong, in groups of two.
	var rows [][]float64
	var gold, groups []string
	words := []string{"support welcome good back", "oppose disaster bad reject"}
	for i := range 40 {
		g := i % 2 // the words' side
		label := []string{"support", "oppose"}[g]
		if i%5 == 0 {
			label = []string{"oppose", "support"}[g]
		}
		rows = append(rows, c.Scores(strings.Repeat(words[g]+" ", 1+i%3), nil))
		gold = append(gold, label)
		groups = append(groups, string(rune('a'+i/2)))
	}
	set := nb.CalibrationSet{Name: "test set", SHA256: "abc"}
	out, r, err := Recalibrate(c, rows, gold, groups, 4, nb.CalibrationOptions{}, set)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(groups); i += 2 {
		if r.Fold[i] != r.Fold[i+1] {
			t.Errorf("group %s split over folds %d and %d", groups[i], r.Fold[i], r.Fold[i+1])
		}
	}
	if r.CrossFitted.N != 40 || r.InSample.N != 40 || r.Before.N != 40 {
		t.Errorf("reports of %d, %d, %d examples, want 40", r.Before.N, r.CrossFitted.N, r.InSample.N)
	}
	if !(r.Calibration.Temperature > 1) || !(r.CrossFitted.LogLoss < r.Before.LogLoss) || !(r.InSample.LogLoss <= r.CrossFitted.LogLoss) {
		t.Errorf("T %v; log loss before %v, cross-fitted %v, in-sample %v", r.Calibration.Temperature, r.Before.LogLoss, r.CrossFitted.LogLoss, r.InSample.LogLoss)
	}
	if r.CrossFitted.MacroF1 != r.Before.MacroF1 {
		t.Errorf("a temperature changed macro-F1: %v -> %v", r.Before.MacroF1, r.CrossFitted.MacroF1)
	}
	cal := out.Meta().Calibration
	want := nb.CalibrationSet{Name: "test set", SHA256: "abc", Examples: 40, Folds: 4, Accuracy: r.CrossFitted.Accuracy, MacroF1: r.CrossFitted.MacroF1, LogLoss: r.CrossFitted.LogLoss, ECE: r.CrossFitted.ECE}
	if cal == nil || cal.Set == nil || *cal.Set != want || math.Abs(out.Temperature()-r.Calibration.Temperature) > 0 {
		t.Errorf("calibration %+v, set %+v; want T %v, set %+v", cal, cal.Set, r.Calibration.Temperature, want)
	}

	if _, _, err := Recalibrate(c, rows, append(gold[:39:39], "neutral"), groups, 4, nb.CalibrationOptions{}, set); err == nil || !strings.Contains(err.Error(), `example 40: label "neutral" is not one of the classifier's`) {
		t.Errorf("unknown label: %v", err)
	}
	if _, _, err := Recalibrate(c, rows, gold, groups, 1, nb.CalibrationOptions{}, set); err == nil {
		t.Errorf("one fold: no error")
	}
}
