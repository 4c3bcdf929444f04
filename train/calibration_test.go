package train

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/stancekit/stancekit/stance/nb"
)

// TestCalibrationStudy measures what temperature scaling does to held-out
// probabilities: log loss, Brier score and ECE before (T = 1) and after,
// with accuracy and macro-F1, which must not change. On each shared
// dataset the default options are trained on train.jsonl, calibrated on 5
// stratified folds of it (what "stance train" does) and, for data with
// targets, on 5 folds grouped by target (--cv-by-target), and scored on
// test.jsonl. For the default models, with their settings, the figures
// come from 5-fold cross-validation on data/labeled/quotes.jsonl, the
// temperature of each outer fold being fitted on inner folds of its
// training part only. It runs only with STANCE_CALIBRATION_STUDY=1.
func TestCalibrationStudy(t *testing.T) {
	if os.Getenv("STANCE_CALIBRATION_STUDY") == "" {
		t.Skip("set STANCE_CALIBRATION_STUDY=1 to run the calibration study")
	}
	ctx := context.Background()
	report := func(name string, T float64, raw, cal Report) {
		t.Helper()
		t.Logf("%-30s T %-7.4g acc %.4f/%.4f macro-F1 %.4f/%.4f log loss %.4f -> %.4f Brier %.4f -> %.4f ECE %.4f -> %.4f",
			name, T, raw.Accuracy, cal.Accuracy, raw.MacroF1, cal.MacroF1, raw.LogLoss, cal.LogLoss, raw.Brier, cal.Brier, raw.ECE, cal.ECE)
		if raw.Accuracy != cal.Accuracy || raw.MacroF1 != cal.MacroF1 {
			t.Errorf("%s: calibration changed accuracy or macro-F1", name)
		}
	}
	if _, err := os.Stat(sharedClassify); err == nil {
		for _, a := range anchors {
			tr := readSplit(t, a.name, "train", a.label)
			te := readSplit(t, a.name, "test", a.label)
			raw, err := nb.TrainClassifier(tr.Examples, nb.DefaultTrainOptions)
			if err != nil {
				t.Fatal(err)
			}
			for _, byTarget := range []bool{false, true} {
				if byTarget && !tr.HasTargets() {
					continue
				}
				fold, err := CVFolds(tr.Examples, 5, byTarget)
				if err != nil {
					t.Fatal(err)
				}
				cal, _, err := nb.TrainCalibrated(ctx, tr.Examples, fold, nb.DefaultTrainOptions)
				if err != nil {
					t.Fatal(err)
				}
				r, c := scoreBoth(t, raw, cal, te.Examples)
				name := a.name
				if byTarget {
					name += " by-target"
				}
				report(name, cal.Temperature(), r, c)
			}
		}
	}
	for _, m := range []struct{ family, target string }{{"stance", "target"}, {"topic", ""}} {
		model, err := LoadModel("../models/" + m.family + ".model")
		if err != nil {
			t.Fatal(err)
		}
		meta := model.Meta()
		opts := nb.DefaultTrainOptions
		opts.Method, opts.Alpha, opts.Features = meta.Method, meta.Alpha, meta.Features
		opts.PerTarget = m.target != ""
		ds, err := ReadFiles([]string{"../data/labeled/quotes.jsonl"}, nil, Fields{Label: m.family, Text: "text", Target: m.target})
		if err != nil {
			t.Fatal(err)
		}
		ex := ds.Examples
		outer, err := CVFolds(ex, 5, false)
		if err != nil {
			t.Fatal(err)
		}
		var gold []nb.Example
		var rawP, calP []nb.Prediction
		Ts := ""
		for f := range 5 {
			var trn, tst []nb.Example
			for i, e := range ex {
				if outer[i] == f {
					tst = append(tst, e)
				} else {
					trn = append(trn, e)
				}
			}
			inner, err := CVFolds(trn, 5, false)
			if err != nil {
				t.Fatal(err)
			}
			cal, _, err := nb.TrainCalibrated(ctx, trn, inner, opts)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := nb.TrainClassifier(trn, opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range tst {
				rawP = append(rawP, raw.PredictTarget(e.Text, e.Target))
				calP = append(calP, cal.PredictTarget(e.Text, e.Target))
			}
			gold = append(gold, tst...)
			Ts += " " + formatT(cal.Temperature())
		}
		labels := make([]string, len(gold))
		for i, e := range gold {
			labels[i] = e.Label
		}
		t.Logf("%s model (%d examples): outer-fold temperatures%s; the embedded model's %.4g", m.family, len(ex), Ts, model.Temperature())
		report(m.family+" model", model.Temperature(), ScoreProbs(labels, rawP, model.Labels()), ScoreProbs(labels, calP, model.Labels()))
	}
}

func formatT(T float64) string { return strconv.FormatFloat(T, 'g', 4, 64) }

// scoreBoth predicts the test examples with both classifiers and scores them.
func scoreBoth(t *testing.T, raw, cal *nb.Classifier, test []nb.Example) (Report, Report) {
	t.Helper()
	texts := make([]string, len(test))
	targets := make([]string, len(test))
	gold := make([]string, len(test))
	for i, e := range test {
		texts[i], targets[i], gold[i] = e.Text, e.Target, e.Label
	}
	pr, err := raw.PredictAll(context.Background(), texts, targets)
	if err != nil {
		t.Fatal(err)
	}
	pc, err := cal.PredictAll(context.Background(), texts, targets)
	if err != nil {
		t.Fatal(err)
	}
	return ScoreProbs(gold, pr, raw.Labels()), ScoreProbs(gold, pc, cal.Labels())
}
