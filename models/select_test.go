package models_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/train"
)

// stanceData are the files the embedded stance model is trained on, in
// the order the Makefile's model target gives them (the data hash in the
// model covers their bytes in this order).
var stanceData = []string{"../data/labeled/quotes.jsonl", "../data/labeled/stance_only.jsonl"}

// realNewsSelectionFloor bounds the nested real-news macro-F1 of the
// stance settings' selection from below: what was measured when the
// settings were chosen (models/README.md), with a margin for changes to
// the data.
const realNewsSelectionFloor = 0.54

// TestRealNewsSelection chooses the stance model's settings on the
// real-news set and scores that choice honestly, by nested
// cross-validation: every setting of train.PolarityGrid(realNewsPolarity...)
// (the 56 of train.Grid, which stance train --select searches, each
// without and with contrast, and each of those without and with polarity
// features) is trained on the labeled data (stanceData; the
// real-news statements are never trained on) and predicts the set's
// statements. The candidates are the 112 within the cost bound
// (withinCost: no contrast); the choice among all 224 is logged beside
// it. The statements are split into
// the 10 folds of TestRealNewsCalibration, all statements of an article
// in one fold; for each fold the setting with the best macro-F1 on the
// other nine is chosen (the first on ties) and predicts it. The pooled
// held-out predictions give the nested macro-F1, the estimate for news
// the choice did not see; since one split of 523 statements is a noisy
// draw, the mean over 20 random splits is reported beside it. The
// setting with the best macro-F1 on all the statements is what the
// Makefile's model target trains the embedded model with, and the test
// checks that it does; its score on the same statements is in-sample
// (optimistic). With more than one file in stanceData, the same is
// reported for the first file alone: what the others buy.
//
// It trains 224 models per data set (about 20 seconds):
//
//	go test ./models -run TestRealNewsSelection -v
func TestRealNewsSelection(t *testing.T) {
	if testing.Short() {
		t.Skip("trains 448 models; not with -short")
	}
	gold, groups, all, allPreds := realNewsGrid(t, stanceData)
	fold := train.TargetFolds(groups, realNewsFolds, 1)
	allHeld, _ := nestedChoice(gold, allPreds, fold, realNewsFolds)
	grid, preds := withinCost(all, allPreds)
	held, chosen := nestedChoice(gold, preds, fold, realNewsFolds)
	choices := map[string]int{}
	for _, s := range chosen {
		choices[train.Describe(grid[s])]++
	}
	nested := train.Score(gold, held, nil)
	s, in := bestSetting(gold, preds, func(int) bool { return true })
	inSample := train.Score(gold, preds[s], nil)
	ranked := make([]float64, len(grid))
	for k := range grid {
		ranked[k] = train.Score(gold, preds[k], nil).MacroF1
	}
	t.Logf("trained on %v", stanceData)
	t.Logf("choices over the %d folds: %v", realNewsFolds, choices)
	t.Logf("nested (held out, the estimate): macro-F1 %.4f  accuracy %.4f  (%d statements, %d settings); mean over %d splits %.4f",
		nested.MacroF1, nested.Accuracy, nested.N, len(grid), realNewsSplits, meanNested(gold, groups, preds))
	t.Logf("chosen on all statements: %s, in-sample (optimistic): macro-F1 %.4f  accuracy %.4f", train.Describe(grid[s]), in, inSample.Accuracy)
	t.Logf("every setting on all statements: %s", spread(ranked))
	t.Logf("choosing among all %d settings, contrast's too: nested macro-F1 %.4f, mean over %d splits %.4f",
		len(all), train.Score(gold, allHeld, nil).MacroF1, realNewsSplits, meanNested(gold, groups, allPreds))
	if len(stanceData) > 1 {
		_, _, _, alone := realNewsGrid(t, stanceData[:1])
		_, alone = withinCost(all, alone)
		h, _ := nestedChoice(gold, alone, fold, realNewsFolds)
		a, ain := bestSetting(gold, alone, func(int) bool { return true })
		for k := range grid {
			ranked[k] = train.Score(gold, alone[k], nil).MacroF1
		}
		t.Logf("%s alone: nested macro-F1 %.4f, mean over %d splits %.4f; chosen on all statements %s, in-sample %.4f; %s (with the setting chosen above %.4f)",
			stanceData[0], train.Score(gold, h, nil).MacroF1, realNewsSplits, meanNested(gold, groups, alone), train.Describe(grid[a]), ain, spread(ranked), ranked[s])
	}

	if nested.MacroF1 < realNewsSelectionFloor {
		t.Errorf("nested real-news stance macro-F1 %.4f, want at least %.2f", nested.MacroF1, realNewsSelectionFloor)
	}
	c, err := models.DefaultStance()
	if err != nil {
		t.Fatal(err)
	}
	m := c.Meta()
	got := nb.TrainOptions{Method: m.Method, Alpha: m.Alpha, Features: m.Features}
	got.Features.PolarityLexicon = "" // what training records, not a setting
	if want := grid[s]; got.Method != want.Method || got.Alpha != want.Alpha || got.Features != want.Features {
		t.Errorf("the embedded stance model has settings %s; the real-news selection chooses %s: train it with them (Makefile, model target)", train.Describe(got), train.Describe(want))
	}
}

// withinCost keeps the settings of grid (and their predictions) whose
// per-statement cost stays within issue 11's bound of 10% over the
// stance model's before it: not contrast (stance train --contrast),
// which costs 16% more per statement (BenchmarkContrastStancePredict,
// models/README.md). TestRealNewsSelection still reports the choice among
// all of them.
func withinCost(grid []nb.TrainOptions, preds [][]string) ([]nb.TrainOptions, [][]string) {
	var g []nb.TrainOptions
	var p [][]string
	for k, o := range grid {
		if !o.Features.Contrast {
			g, p = append(g, o), append(p, preds[k])
		}
	}
	return g, p
}

// realNewsSplits is the number of random article-grouped splits whose
// nested macro-F1 meanNested averages.
const realNewsSplits = 20

// meanNested is the mean nested macro-F1 over realNewsSplits splits of
// the statements into realNewsFolds folds grouped by article (seeds 1, 2,
// ...; the first is the split of TestRealNewsCalibration).
func meanNested(gold, groups []string, preds [][]string) float64 {
	sum := 0.0
	for seed := range uint64(realNewsSplits) {
		held, _ := nestedChoice(gold, preds, train.TargetFolds(groups, realNewsFolds, seed+1), realNewsFolds)
		sum += train.Score(gold, held, nil).MacroF1
	}
	return sum / realNewsSplits
}

// realNewsGrid trains every setting of train.PolarityGrid on the labeled files
// and predicts the real-news set's statements with each: preds[s][i] is
// setting s's label for statement i, gold[i] its label, groups[i] its
// article.
func realNewsGrid(t *testing.T, files []string) (gold, groups []string, grid []nb.TrainOptions, preds [][]string) {
	t.Helper()
	items := readRealNews(t)
	var texts []string
	for _, it := range items {
		if it.Statement {
			texts = append(texts, it.Text)
			gold = append(gold, it.Stance)
			groups = append(groups, it.Doc)
		}
	}
	ds, err := train.ReadFiles(files, nil, train.Fields{Text: "text", Label: "stance"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Problems) > 0 {
		t.Fatal(ds.Problems[0])
	}
	grid = train.PolarityGrid(realNewsPolarity...)
	preds = make([][]string, len(grid))
	for s, o := range grid {
		o.PerTarget = false // Predict, which classify uses, reads no target sub-model
		c, err := nb.TrainClassifier(ds.Examples, o)
		if err != nil {
			t.Fatalf("%s: %v", train.Describe(o), err)
		}
		p, err := c.PredictAll(context.Background(), texts, nil)
		if err != nil {
			t.Fatal(err)
		}
		preds[s] = make([]string, len(texts))
		for i := range p {
			preds[s][i] = p[i].Label
		}
	}
	return gold, groups, grid, preds
}

// bestSetting is the setting with the best macro-F1 on the statements
// keep admits (the first on ties), and that score.
func bestSetting(gold []string, preds [][]string, keep func(i int) bool) (int, float64) {
	b, bf := -1, 0.0
	for s := range preds {
		var g, p []string
		for i := range gold {
			if keep(i) {
				g, p = append(g, gold[i]), append(p, preds[s][i])
			}
		}
		if f := train.Score(g, p, nil).MacroF1; b < 0 || f > bf {
			b, bf = s, f
		}
	}
	return b, bf
}

// nestedChoice is the held-out label of every statement when each fold
// is predicted by the setting bestSetting chooses on the other folds, and
// the choices.
func nestedChoice(gold []string, preds [][]string, fold []int, k int) (held []string, chosen []int) {
	held = make([]string, len(gold))
	for f := range k {
		s, _ := bestSetting(gold, preds, func(i int) bool { return fold[i] != f })
		chosen = append(chosen, s)
		for i := range gold {
			if fold[i] == f {
				held[i] = preds[s][i]
			}
		}
	}
	return held, chosen
}

// spread is "min - max (median)" of scores.
func spread(v []float64) string {
	s := slices.Sorted(slices.Values(v))
	return fmt.Sprintf("macro-F1 %.3f - %.3f (median %.3f)", s[0], s[len(s)-1], s[len(s)/2])
}

// realNewsPolarity are the polarity feature weights (nb.FeatureOptions.Polarity)
// the real-news selection searches beside none: 3 only, the weight that
// did best on this set with a first, throwaway lexicon, fixed before the
// shipped lexicon (stance/nb/data/polarity.txt) was written, so that the
// nested figure does not also choose the weight (models/README.md).
var realNewsPolarity = []int{3}
