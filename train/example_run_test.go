package train_test

import (
	"context"
	"fmt"
	"time"

	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/train"
)

// Run with Select chooses among candidate settings by cross-validation,
// scores the choice by nested cross-validation and trains on all the
// data with the chosen settings. Here marking negation scope wins.
func ExampleRun() {
	var ds train.Dataset
	for _, e := range []struct{ text, label string }{
		{"we strongly support the new bill", "support"},
		{"a great plan that we back fully", "support"},
		{"this bill deserves our support", "support"},
		{"we back the plan and praise it", "support"},
		{"the plan is great and we support it", "support"},
		{"good news, we fully back this", "support"},
		{"we oppose the bill, it is a disaster", "oppose"},
		{"a terrible plan that we reject", "oppose"},
		{"this bill is bad and we fight it", "oppose"},
		{"we reject the plan, a disaster", "oppose"},
		{"the plan is terrible and we oppose it", "oppose"},
		{"bad news, we fight this to the end", "oppose"},
		{"we do not support the bill", "oppose"},
		{"we do not oppose the plan", "support"},
		{"it is not bad at all", "support"},
		{"it is not great", "oppose"},
	} {
		ds.Examples = append(ds.Examples, nb.Example{Text: e.text, Label: e.label})
	}
	opts := nb.DefaultTrainOptions
	opts.Created = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) // else $SOURCE_DATE_EPOCH or now

	var grid []nb.TrainOptions
	for _, ngrams := range []int{1, 2} {
		for _, neg := range []bool{false, true} {
			o := opts
			o.Features.NGrams, o.Features.Negation = ngrams, neg
			grid = append(grid, o)
		}
	}
	c, res, err := train.Run(context.Background(), &ds, train.RunOptions{
		Train:  opts,
		Folds:  4,
		Select: true,
		Grid:   grid,
		OnSelect: func(s train.Selection) {
			fmt.Printf("chose %s among %d settings: macro-F1 %.3f on %d folds\n",
				train.Describe(s.Options), s.Candidates, s.Report.MacroF1, s.Folds)
		},
		Calibrate: true,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	cv := c.Meta().CV
	fmt.Printf("nested cross-validation: macro-F1 %.3f (%d folds)\n", cv.MacroF1, res.Folds)
	fmt.Println(c.Predict("we do not support this plan").Label)
	// Output:
	// chose complement a=0.3 tfidf 1g neg among 4 settings: macro-F1 0.812 on 4 folds
	// nested cross-validation: macro-F1 0.750 (4 folds)
	// oppose
}
