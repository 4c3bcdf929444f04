package train

import (
	"context"
	"errors"
	"fmt"
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

func TestRunCalibration(t *testing.T) {
	ctx := context.Background()
	opts := nb.DefaultTrainOptions
	opts.Created = time.Unix(1e9, 0).UTC()

	c, res, err := Run(ctx, runDataset(4), RunOptions{Train: opts, Calibrate: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.TooFewToCalibrate || c.Meta().Calibration != nil || c.Meta().CV != nil {
		t.Errorf("4 examples: result %+v, calibration %+v, CV %+v; want too few, none, none", res, c.Meta().Calibration, c.Meta().CV)
	}
	if got := c.Meta().Data.Files; len(got) != 1 || !c.Meta().Created.Equal(opts.Created) {
		t.Errorf("data %v, created %v: not the dataset's and the options'", got, c.Meta().Created)
	}

	c, res, err = Run(ctx, runDataset(10), RunOptions{Train: opts, Calibrate: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.TooFewToCalibrate || res.Folds != DefaultFolds || c.Meta().Calibration == nil || c.Meta().CV == nil || c.Meta().CV.Folds != DefaultFolds {
		t.Errorf("10 examples: result %+v, calibration %+v, CV %+v", res, c.Meta().Calibration, c.Meta().CV)
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
