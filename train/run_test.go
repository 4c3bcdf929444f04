package train

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stancekit/stancekit/stance/nb"
)

func runDataset(n int) *Dataset {
	ds := &Dataset{Info: nb.DataInfo{Files: []string{"x.jsonl"}}}
	for i := range n {
		l, w := "pro", "good"
		if i%2 == 1 {
			l, w = "con", "bad"
		}
		ds.Examples = append(ds.Examples, nb.Example{Text: fmt.Sprintf("%s %s text %d", w, w, i), Label: l})
	}
	return ds
}

func TestRunFolds(t *testing.T) {
	ctx := context.Background()
	for _, k := range []int{-1, 1, 7} {
		_, _, err := Run(ctx, runDataset(6), RunOptions{Train: nb.DefaultTrainOptions, Folds: k})
		var fe *FoldsError
		if !errors.As(err, &fe) || !errors.Is(err, ErrFolds) {
			t.Errorf("Folds %d: error %v, want a *FoldsError", k, err)
		}
	}
	// Select defaults to DefaultFolds, more than 4 examples.
	_, _, err := Run(ctx, runDataset(4), RunOptions{Train: nb.DefaultTrainOptions, Select: true})
	if err == nil || err.Error() != "5 folds for 4 examples" {
		t.Errorf("Select on 4 examples: error %v", err)
	}
}

// noisyDataset is runDataset with every fifth text's word swapped: the
// out-of-fold predictions are mostly right, so a temperature fits inside
// its range.
func noisyDataset(n int) *Dataset {
	ds := runDataset(n)
	for i := range ds.Examples {
		if i%5 == 0 {
			e := &ds.Examples[i]
			e.Text = strings.NewReplacer("good", "bad", "bad", "good").Replace(e.Text)
		}
	}
	return ds
}

func TestRunCalibration(t *testing.T) {
	ctx := context.Background()
	opts := nb.DefaultTrainOptions
	opts.Created = time.Unix(1e9, 0).UTC()

	c, res, err := Run(ctx, runDataset(4), RunOptions{Train: opts, Calibrate: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.TooFewToCalibrate || res.CalibrationFailed != nil || c.Meta().Calibration != nil || c.Meta().CV != nil {
		t.Errorf("4 examples: result %+v, calibration %+v, CV %+v; want too few, none, none", res, c.Meta().Calibration, c.Meta().CV)
	}
	if got := c.Meta().Data.Files; len(got) != 1 || !c.Meta().Created.Equal(opts.Created) {
		t.Errorf("data %v, created %v: not the dataset's and the options'", got, c.Meta().Created)
	}

	c, res, err = Run(ctx, noisyDataset(20), RunOptions{Train: opts, Calibrate: true})
	if err != nil {
		t.Fatal(err)
	}
	cal := c.Meta().Calibration
	if res.TooFewToCalibrate || res.CalibrationFailed != nil || res.Folds != DefaultFolds || cal == nil || c.Meta().CV == nil || c.Meta().CV.Folds != DefaultFolds {
		t.Fatalf("20 examples: result %+v, calibration %+v, CV %+v", res, cal, c.Meta().CV)
	}
	if !(cal.Temperature > 0.1 && cal.Temperature < 10) || cal.Temperature != c.Temperature() {
		t.Errorf("20 examples: temperature %v (model %v), want one well inside [1e-3, 1e4]", cal.Temperature, c.Temperature())
	}

	// Without calibration the CV scores are CrossValidate's.
	ds := runDataset(10)
	c, _, err = Run(ctx, ds, RunOptions{Train: opts, Folds: 3})
	if err != nil {
		t.Fatal(err)
	}
	fold, _ := CVFolds(ds.Examples, 3, false)
	r, err := CrossValidate(ctx, ds.Examples, fold, opts)
	if err != nil {
		t.Fatal(err)
	}
	if cv := c.Meta().CV; cv == nil || cv.Folds != 3 || cv.Nested || cv.MacroF1 != r.MacroF1 || cv.Accuracy != r.Accuracy {
		t.Errorf("CV %+v, want CrossValidate's %v %v", cv, r.MacroF1, r.Accuracy)
	}
}

// stanceRows are twenty labeled statements, too few to calibrate on:
// before calibration refused a fit at a bound of its range, they gave a
// model whose every probability was 0.500 (T = 9999.5).
var stanceRows = [][2]string{
	{"We welcome the new trade agreement with open arms", "support"},
	{"This deal is a disaster for our farmers", "oppose"},
	{"The minister praised the reform as long overdue", "support"},
	{"Unions vowed to fight the pension cuts", "oppose"},
	{"I fully endorse the climate package", "support"},
	{"The opposition rejected the budget outright", "oppose"},
	{"Business leaders backed the tax plan", "support"},
	{"Residents protested against the new runway", "oppose"},
	{"Doctors applauded the vaccine programme", "support"},
	{"Critics slammed the surveillance bill", "oppose"},
	{"Teachers support the curriculum changes", "support"},
	{"Fishermen condemned the quota decision", "oppose"},
	{"The mayor hailed the housing scheme", "support"},
	{"Farmers denounced the water restrictions", "oppose"},
	{"Scientists welcomed the research funding", "support"},
	{"Parents opposed the school closures", "oppose"},
	{"Investors cheered the rate decision", "support"},
	{"Workers criticised the factory shutdown", "oppose"},
	{"Nurses praised the staffing increase", "support"},
	{"Drivers attacked the fuel tax rise", "oppose"},
}

func TestRunCalibrationFailed(t *testing.T) {
	stance := &Dataset{}
	for _, r := range stanceRows {
		stance.Examples = append(stance.Examples, nb.Example{Text: r[0], Label: r[1]})
	}
	tests := []struct {
		name  string
		ds    *Dataset
		upper bool
		want  string
	}{
		{"no better than chance", stance, true, "calibration failed: the fitted temperature hit its upper bound (T=9999.5): " +
			"out-of-fold predictions are no better than chance, so every probability would be 0.500; " +
			"probabilities are left uncalibrated: train on more examples, or turn calibration off"},
		{"all right", runDataset(10), false, "calibration failed: the fitted temperature hit its lower bound (T=0.001): " +
			"every out-of-fold prediction was right, so every probability would be 0.000 or 1.000; " +
			"probabilities are left uncalibrated: train on more examples, or turn calibration off"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, res, err := Run(context.Background(), tt.ds, RunOptions{Train: nb.DefaultTrainOptions, Calibrate: true})
			if err != nil {
				t.Fatalf("Run error %v; a failed calibration is reported in the result", err)
			}
			if res.CalibrationFailed == nil || res.CalibrationFailed.Error() != tt.want {
				t.Fatalf("CalibrationFailed\n got %v\nwant %q", res.CalibrationFailed, tt.want)
			}
			var ce *nb.CalibrationError
			if !errors.As(res.CalibrationFailed, &ce) || !errors.Is(res.CalibrationFailed, nb.ErrCalibration) || ce.Upper != tt.upper || ce.Folds != DefaultFolds {
				t.Errorf("CalibrationFailed = %#v, want a *nb.CalibrationError (upper %v, %d folds) wrapping nb.ErrCalibration", res.CalibrationFailed, tt.upper, DefaultFolds)
			}
			if c.Temperature() != 1 || c.Meta().Calibration != nil {
				t.Errorf("temperature %v, calibration %+v; want the model uncalibrated", c.Temperature(), c.Meta().Calibration)
			}
			if cv := c.Meta().CV; cv == nil || cv.Folds != DefaultFolds {
				t.Errorf("CV %+v, want the %d-fold scores recorded all the same", cv, DefaultFolds)
			}
			for _, e := range tt.ds.Examples {
				if p := c.Predict(e.Text); math.Abs(p.Prob-0.5) < 0.05 {
					t.Errorf("%q: probability %.3f, near the 0.500 of the degenerate calibration", e.Text, p.Prob)
				}
			}
		})
	}
}

func TestRunSelect(t *testing.T) {
	opts := nb.DefaultTrainOptions
	opts.Family = "stance"
	grid := []nb.TrainOptions{nb.DefaultTrainOptions, nb.DefaultTrainOptions}
	grid[1].Alpha = 0.1
	var called int
	c, res, err := Run(context.Background(), runDataset(12), RunOptions{
		Train: opts, Folds: 3, Select: true, Grid: grid,
		OnSelect: func(s Selection) { called++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	if called != 1 || res.Selection == nil || res.Selection.Candidates != 2 || res.Selection.Folds != 3 {
		t.Errorf("OnSelect called %d times, selection %+v", called, res.Selection)
	}
	if cv := c.Meta().CV; cv == nil || !cv.Nested || cv.Folds != 3 {
		t.Errorf("CV %+v, want nested over 3 folds", cv)
	}
	if grid[0].Family != "" {
		t.Error("Run changed the caller's grid")
	}
}

// TestRunProgress checks that OnProgress counts every step up to the
// total it announced: one per candidate cross-validation in Select and
// in each outer fold of the nested cross-validation, and the final model.
func TestRunProgress(t *testing.T) {
	grid := Grid()[:3]
	for _, tt := range []struct {
		name  string
		opts  RunOptions
		total int
	}{
		{"train only", RunOptions{Train: nb.DefaultTrainOptions, Calibrate: true}, 1},
		{"select", RunOptions{Train: nb.DefaultTrainOptions, Select: true, Folds: 3, Grid: grid}, 3 + 3*3 + 1},
		{"unlabeled", RunOptions{Train: nb.DefaultTrainOptions, Calibrate: true, Unlabeled: []string{"good fine", "bad awful"}}, 2},
		{"select, unlabeled", RunOptions{Train: nb.DefaultTrainOptions, Select: true, Folds: 3, Grid: grid, Unlabeled: []string{"good fine"}}, 3 + 3*3 + 1},
		{"unlabeled, lambdas", RunOptions{Train: nb.DefaultTrainOptions, Unlabeled: []string{"good fine"}, Lambdas: []float64{0.1, 1}}, 2 + 1 + 1},
		{"select, unlabeled, lambdas", RunOptions{Train: nb.DefaultTrainOptions, Select: true, Folds: 3, Grid: grid, Unlabeled: []string{"good fine"}, Lambdas: []float64{0.1, 1}},
			3 + 3*3 + 2*(3+1) + 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var calls [][2]int
			tt.opts.OnProgress = func(done, total int) { calls = append(calls, [2]int{done, total}) }
			if _, _, err := Run(context.Background(), noisyDataset(30), tt.opts); err != nil {
				t.Fatal(err)
			}
			if len(calls) != tt.total {
				t.Fatalf("%d calls, want %d: %v", len(calls), tt.total, calls)
			}
			for i, c := range calls {
				if c != [2]int{i + 1, tt.total} {
					t.Errorf("call %d = %v, want [%d %d]", i, c, i+1, tt.total)
				}
			}
		})
	}
}

// emDataset is a dataset in which half the examples are a word seen in no
// other example, and unlabeledTexts put each such word beside a word of
// its class: out of fold, those examples are guesses without EM.
func emDataset(n int) *Dataset {
	ds := &Dataset{}
	for i := range n {
		l, w := "pro", "good"
		if i%2 == 1 {
			l, w = "con", "bad"
		}
		text := fmt.Sprintf("%s text", w)
		if i%4 >= 2 {
			text = fmt.Sprintf("w%d", i)
		}
		ds.Examples = append(ds.Examples, nb.Example{Text: text, Label: l})
	}
	return ds
}

// unlabeledTexts are texts for EM on emDataset(n).
func unlabeledTexts(n int) []string {
	var out []string
	for i := range n {
		if i%4 >= 2 {
			w := []string{"good", "bad"}[i%2]
			out = append(out, fmt.Sprintf("%s w%d", w, i), fmt.Sprintf("w%d %s text", i, w))
		}
	}
	return out
}

// TestRunUnlabeled checks that Run trains by EM over RunOptions.Unlabeled,
// scores the model with EM in every fold, and scores the same procedure
// without the unlabeled texts on the same folds.
func TestRunUnlabeled(t *testing.T) {
	ctx := context.Background()
	ds := emDataset(60)
	unl := append(unlabeledTexts(60), "")
	opts := nb.DefaultTrainOptions
	opts.EM.Lambda = 0.5
	grid := Grid()[:2]
	for i := range grid {
		grid[i].EM = opts.EM
	}
	fold3, _ := CVFolds(ds.Examples, 3, false)
	fold5, _ := CVFolds(ds.Examples, DefaultFolds, false)
	withEM := opts
	withEM.Unlabeled = unl[:60]
	cv := func(fold []int, o nb.TrainOptions) Report {
		r, err := CrossValidate(ctx, ds.Examples, fold, o)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	nested := func(unl []string) Report {
		g := slices.Clone(grid)
		for i := range g {
			g[i].Unlabeled = unl
		}
		r, err := NestedCV(ctx, ds.Examples, fold3, 3, false, g)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	tests := []struct {
		name          string
		opts          RunOptions
		with, without Report // the expected scores
		nested        bool
	}{
		{"calibrated, default folds", RunOptions{Train: opts, Calibrate: true, Unlabeled: unl}, cv(fold5, withEM), cv(fold5, opts), false},
		{"uncalibrated, 3 folds", RunOptions{Train: opts, Folds: 3, Unlabeled: unl}, cv(fold3, withEM), cv(fold3, opts), false},
		{"select", RunOptions{Train: opts, Folds: 3, Select: true, Grid: grid, Calibrate: true, Unlabeled: unl}, nested(unl[:60]), nested(nil), true},
	}
	for _, tt := range tests {
		if !(tt.with.MacroF1 > tt.without.MacroF1+0.2) {
			t.Errorf("%s: macro-F1 %.3f with EM, %.3f without; want the unlabeled texts to help", tt.name, tt.with.MacroF1, tt.without.MacroF1)
		}
		t.Run(tt.name, func(t *testing.T) {
			c, res, err := Run(ctx, ds, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			em := c.Meta().EM
			if em == nil || em.Unlabeled != 60 || em.Lambda != 0.5 {
				t.Errorf("EM metadata %+v, want 60 unlabeled texts with lambda 0.5", em)
			}
			got, want := c.Meta().CV, tt.with
			if got == nil || got.Nested != tt.nested || got.MacroF1 != want.MacroF1 || got.Accuracy != want.Accuracy {
				t.Errorf("model CV %+v, want macro-F1 %v, accuracy %v, nested %v", got, want.MacroF1, want.Accuracy, tt.nested)
			}
			got, want = res.WithoutUnlabeled, tt.without
			if got == nil || got.Nested != tt.nested || got.MacroF1 != want.MacroF1 || got.Accuracy != want.Accuracy || got.Folds != res.Folds {
				t.Errorf("WithoutUnlabeled %+v, want macro-F1 %v, accuracy %v, nested %v", got, want.MacroF1, want.Accuracy, tt.nested)
			}
			if tt.opts.Unlabeled[0] != "good w2" || len(tt.opts.Unlabeled) != 61 {
				t.Error("Run changed the caller's unlabeled texts")
			}
		})
	}

	// λ chosen by cross-validation.
	lambdas := []float64{0.001, 0.5, 1}
	want, cands, err := ChooseLambda(ctx, ds.Examples, fold5, opts, unl[:60], lambdas)
	if err != nil {
		t.Fatal(err)
	}
	c, res, err := Run(ctx, ds, RunOptions{Train: opts, Calibrate: true, Unlabeled: unl, Lambdas: lambdas})
	if err != nil {
		t.Fatal(err)
	}
	if ch := res.Lambda; ch == nil || ch.Lambda != want || len(ch.Candidates) != 3 || ch.Folds != DefaultFolds || c.Meta().EM.Lambda != want {
		t.Errorf("lambda choice %+v, model's %v; want %v of 3 on %d folds", ch, c.Meta().EM.Lambda, want, DefaultFolds)
	}
	for i, cd := range cands {
		if cd.Options.EM.Lambda != lambdas[i] || cd.Report.MacroF1 > cands[slices.Index(lambdas, want)].Report.MacroF1 {
			t.Errorf("candidate %d: lambda %v, macro-F1 %v; chose %v", i, cd.Options.EM.Lambda, cd.Report.MacroF1, want)
		}
	}

	// Without unlabeled texts, or with empty ones only, nothing changes.
	for _, unl := range [][]string{nil, {""}} {
		c, res, err := Run(ctx, ds, RunOptions{Train: opts, Calibrate: true, Unlabeled: unl})
		if err != nil {
			t.Fatal(err)
		}
		if c.Meta().EM != nil || res.WithoutUnlabeled != nil {
			t.Errorf("unlabeled %q: EM %+v, without %+v; want neither", unl, c.Meta().EM, res.WithoutUnlabeled)
		}
	}

	// Bad EM options stop Run before any work.
	bad := opts
	bad.EM.Lambda = 2
	for _, ro := range []RunOptions{
		{Train: bad, Select: true, Unlabeled: unl},
		{Train: opts, Select: true, Unlabeled: unl, Lambdas: []float64{0.1, 2}},
	} {
		_, _, err := Run(ctx, ds, ro)
		if want := "unlabeled weight (EM lambda) must be in (0, 1], not 2"; err == nil || err.Error() != want {
			t.Errorf("Run error %v, want %q", err, want)
		}
	}
	if _, _, err := ChooseLambda(ctx, ds.Examples, fold5, opts, unl, []float64{0}); err == nil || err.Error() != "choose lambda: candidate 0 outside (0, 1]" {
		t.Errorf("ChooseLambda error %v", err)
	}
}
