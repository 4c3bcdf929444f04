package train

import (
	"math"

	"github.com/stancekit/stancekit/stance/nb"
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

	// Probability scores, set by ScoreProbs only: nil after Score, and
	// then absent from the JSON form. Their fields are promoted, so after
	// ScoreProbs r.LogLoss, r.Brier and r.ECE read them.
	*ProbScores
}

// ProbScores score predicted probabilities against gold labels. Lower is
// better for all three.
type ProbScores struct {
	// LogLoss is the mean of -ln p(gold label), natural log, with p
	// clipped to [1e-15, 1] as scikit-learn's log_loss does; ≥ 0.
	LogLoss float64 `json:"log_loss"`
	// Brier is the multi-class Brier score: the mean over examples of
	// Σ_labels (p(label) - [label is gold])², in [0, 2].
	Brier float64 `json:"brier"`
	// ECE is the expected calibration error over ECEBins equal-width bins
	// of the predicted label's probability (bin b holds probabilities in
	// [b/10, (b+1)/10), the last bin also 1): the mean over examples of
	// |accuracy - mean probability| of their bin, in [0, 1].
	ECE float64 `json:"ece"`
}

// ECEBins is the number of confidence bins of Report.ECE.
const ECEBins = 10

// minProb is where ScoreProbs clips probabilities for the log loss.
const minProb = 1e-15

// ScoreProbs scores predictions like Score and also their probabilities:
// log loss, Brier score and expected calibration error. Pairs with an
// empty gold label are skipped.
func ScoreProbs(gold []string, preds []nb.Prediction, labels []string) Report {
	pred := make([]string, len(preds))
	for i, p := range preds {
		pred[i] = p.Label
	}
	r := Score(gold, pred, labels)
	r.ProbScores = &ProbScores{}
	if r.N == 0 {
		return r
	}
	var binN [ECEBins]int
	var binConf, binRight [ECEBins]float64
	for i, g := range gold {
		if g == "" || i >= len(preds) {
			continue
		}
		p := preds[i]
		r.LogLoss -= math.Log(min(1, max(minProb, p.Probs[g])))
		sq := 0.0
		for l, q := range p.Probs {
			if l == g {
				q--
			}
			sq += q * q
		}
		if _, ok := p.Probs[g]; !ok {
			sq++
		}
		r.Brier += sq
		b := min(ECEBins-1, max(0, int(p.Prob*ECEBins)))
		binN[b]++
		binConf[b] += p.Prob
		if p.Label == g {
			binRight[b]++
		}
	}
	n := float64(r.N)
	r.LogLoss /= n
	r.Brier /= n
	for b := range binN {
		if binN[b] > 0 {
			r.ECE += math.Abs(binRight[b]-binConf[b]) / n
		}
	}
	return r
}

// ClassScore is precision, recall and F1 of one label (each in [0,1];
// 0 when undefined) and its number of gold examples.
type ClassScore = nb.ClassScore

// Score compares predictions with gold labels (see nb.ScoreLabels). The
// labels scored are those in labels, gold and pred together; macro-F1
// averages over all of them, as scikit-learn's f1_score(average="macro")
// does with the union of training and test labels. Pairs with an empty
// gold label are skipped.
func Score(gold, pred []string, labels []string) Report {
	s := nb.ScoreLabels(gold, pred, labels)
	return Report{N: s.N, Accuracy: s.Accuracy, MacroF1: s.MacroF1, Classes: s.Classes, Confusion: s.Confusion, Labels: s.Labels}
}
