package train

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance/nb"
)

func pred(label string, probs map[string]float64) nb.Prediction {
	return nb.Prediction{Label: label, Prob: probs[label], Probs: probs}
}

// TestScoreProbs checks the probability scores against values computed by
// hand.
func TestScoreProbs(t *testing.T) {
	tests := []struct {
		name              string
		gold              []string
		preds             []nb.Prediction
		logLoss, brier, e float64
	}{
		{
			// Confidences 0.85 (right; bin [0.8,0.9)), 0.62 (wrong) and
			// 0.68 (right) sharing bin [0.6,0.7).
			name: "three",
			gold: []string{"a", "b", "b"},
			preds: []nb.Prediction{
				pred("a", map[string]float64{"a": 0.85, "b": 0.15}),
				pred("a", map[string]float64{"a": 0.62, "b": 0.38}),
				pred("b", map[string]float64{"a": 0.32, "b": 0.68}),
			},
			logLoss: -(math.Log(0.85) + math.Log(0.38) + math.Log(0.68)) / 3,
			brier:   (2*0.15*0.15 + 2*0.62*0.62 + 2*0.32*0.32) / 3,
			e:       (math.Abs(1-0.85) + math.Abs(1-(0.62+0.68))) / 3,
		},
		{
			// A gold label the model lacks has probability 0, clipped to
			// 1e-15 for the log loss; a probability of 1 goes in the last bin.
			name: "unknown gold",
			gold: []string{"c", "a", ""},
			preds: []nb.Prediction{
				pred("a", map[string]float64{"a": 1, "b": 0}),
				pred("a", map[string]float64{"a": 1, "b": 0}),
				pred("b", map[string]float64{"a": 0, "b": 1}),
			},
			logLoss: -math.Log(1e-15) / 2,
			brier:   (1 + 1) / 2.0,
			e:       math.Abs(1-2) / 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ScoreProbs(tt.gold, tt.preds, nil)
			for _, c := range []struct {
				what      string
				got, want float64
			}{{"log loss", r.LogLoss, tt.logLoss}, {"Brier", r.Brier, tt.brier}, {"ECE", r.ECE, tt.e}} {
				if math.Abs(c.got-c.want) > 1e-12 {
					t.Errorf("%s = %.15f, want %.15f", c.what, c.got, c.want)
				}
			}
			labels := make([]string, len(tt.preds))
			for i, p := range tt.preds {
				labels[i] = p.Label
			}
			if s := Score(tt.gold, labels, nil); s.Accuracy != r.Accuracy || s.MacroF1 != r.MacroF1 || s.N != r.N {
				t.Errorf("ScoreProbs accuracy %v, macro-F1 %v, n %d; Score %v, %v, %d", r.Accuracy, r.MacroF1, r.N, s.Accuracy, s.MacroF1, s.N)
			}
		})
	}
}

// TestCalibratedCVScores checks that the cross-validation scores
// TrainCalibrated records are those CrossValidate reports for the same
// folds, and that calibration leaves accuracy and macro-F1 exactly as they
// were on held-out data while lowering the log loss.
func TestCalibratedCVScores(t *testing.T) {
	ex := toyCorpus(600, 3)
	train, test := ex[:450], ex[450:]
	fold, err := CVFolds(train, 5, false)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	opts := nb.DefaultTrainOptions
	want, err := CrossValidate(ctx, train, fold, opts)
	if err != nil {
		t.Fatal(err)
	}
	cal, _, err := nb.TrainCalibrated(ctx, train, fold, opts)
	if err != nil {
		t.Fatal(err)
	}
	if cv := cal.Meta().CV; cv == nil || cv.Accuracy != want.Accuracy || cv.MacroF1 != want.MacroF1 || cv.Folds != 5 {
		t.Errorf("recorded CV %+v, CrossValidate accuracy %v macro-F1 %v", cv, want.Accuracy, want.MacroF1)
	}
	raw, err := nb.TrainClassifier(train, opts)
	if err != nil {
		t.Fatal(err)
	}
	gold := make([]string, len(test))
	texts := make([]string, len(test))
	for i, e := range test {
		gold[i], texts[i] = e.Label, e.Text
	}
	pr, _ := raw.PredictAll(ctx, texts, nil)
	pc, _ := cal.PredictAll(ctx, texts, nil)
	r, c := ScoreProbs(gold, pr, raw.Labels()), ScoreProbs(gold, pc, cal.Labels())
	if r.Accuracy != c.Accuracy || r.MacroF1 != c.MacroF1 {
		t.Errorf("calibration changed accuracy %v -> %v, macro-F1 %v -> %v", r.Accuracy, c.Accuracy, r.MacroF1, c.MacroF1)
	}
	if !(c.LogLoss < r.LogLoss) {
		t.Errorf("log loss %v uncalibrated, %v calibrated; want lower", r.LogLoss, c.LogLoss)
	}
	t.Logf("T %.3f: log loss %.4f -> %.4f, Brier %.4f -> %.4f, ECE %.4f -> %.4f",
		cal.Temperature(), r.LogLoss, c.LogLoss, r.Brier, c.Brier, r.ECE, c.ECE)
}

// toyCorpus returns n short texts of the given number of labels whose
// words lean towards their label.
func toyCorpus(n, labels int) []nb.Example {
	rng := rand.New(rand.NewPCG(5, 1))
	ex := make([]nb.Example, n)
	for i := range ex {
		l := rng.IntN(labels)
		var b strings.Builder
		for range 4 + rng.IntN(12) {
			w := rng.IntN(60)
			if rng.IntN(3) == 0 {
				w = l*10 + rng.IntN(10)
			}
			fmt.Fprintf(&b, "w%d ", w)
		}
		ex[i] = nb.Example{Text: b.String(), Label: fmt.Sprint("c", l)}
	}
	return ex
}
