package nb

// Semi-supervised training: EM over unlabeled texts (Nigam, McCallum,
// Thrun and Mitchell 2000, "Text Classification from Labeled and
// Unlabeled Documents using EM", sections 4 and 5.1, EM-λ).

import (
	"context"
	"fmt"
	"math"
	"slices"
)

// EMOptions configure the EM that learns from TrainOptions.Unlabeled.
//
// The model trained on the labeled examples alone starts EM. Each
// iteration then has two steps:
//
//   - E-step: every unlabeled text gets the class posteriors P(c|d) of the
//     current model, the softmax of its class scores at temperature 1
//     (as Prediction.Probs of an uncalibrated model);
//   - M-step: the model is estimated again, as TrainClassifier would,
//     from the labeled examples with weight 1 in their own class plus
//     every unlabeled text with weight λ·P(c|d) in every class c: its
//     feature values count λ·P(c|d) times in class c's feature totals,
//     and λ·P(c|d) in class c's document count (the prior of
//     multinomial naive Bayes).
//
// EM stops after Iterations iterations, or earlier when the posteriors
// settle: when the mean over unlabeled texts of the total variation
// distance ½·Σ_c |P_new(c|d) − P_old(c|d)| between two E-steps falls
// below Tolerance. Everything is deterministic: the same data and
// options give the same model, whatever the number of cores.
type EMOptions struct {
	// Lambda is λ, the weight of an unlabeled text relative to a labeled
	// one, in (0, 1]. 1 is plain EM; small values keep many unlabeled
	// texts from swamping a few labeled ones (Nigam et al.'s EM-λ).
	Lambda float64 `json:"lambda"`
	// Iterations is the most E-step and M-step pairs, 1 to 1000.
	Iterations int `json:"iterations"`
	// Tolerance, in [0, 1), stops EM when the mean change in the
	// unlabeled texts' posteriors between two iterations is below it
	// (0: run all Iterations).
	Tolerance float64 `json:"tolerance"`
}

// DefaultEMOptions are the EM defaults: λ 0.01, at most 10 iterations,
// stopping when posteriors change by less than 0.001 on average. On the
// project's stance data (1,237 labeled statements, 4,500 unlabeled ones
// from news articles, make model's settings), 5-fold cross-validation
// scored λ 0.001 to 0.03 within 0.004 macro-F1 of each other and of no
// EM, and from 0.1 up, where the unlabeled texts weigh a third as much
// as the labeled ones or more, EM drifted towards one class (0.78 and
// less, against 0.87); 0.01 is inside the safe range. Where labeled and
// unlabeled texts differ, choose λ by cross-validation
// (train.ChooseLambda, which "stance train" uses); the README has the
// figures.
var DefaultEMOptions = EMOptions{Lambda: 0.01, Iterations: 10, Tolerance: 1e-3}

// Validate reports the first invalid option, naming it.
func (o EMOptions) Validate() error {
	switch {
	case !(o.Lambda > 0 && o.Lambda <= 1):
		return fmt.Errorf("unlabeled weight (EM lambda) must be in (0, 1], not %v", o.Lambda)
	case o.Iterations < 1 || o.Iterations > 1000:
		return fmt.Errorf("EM iterations must be 1 to 1000, not %d", o.Iterations)
	case !(o.Tolerance >= 0 && o.Tolerance < 1):
		return fmt.Errorf("EM tolerance must be in [0, 1), not %v", o.Tolerance)
	}
	return nil
}

// EMInfo records in a model's metadata that EM trained its shared model.
type EMInfo struct {
	// Unlabeled is the number of unlabeled texts used: those with at least
	// one feature (TrainOptions.Unlabeled less empty texts and texts of
	// no word).
	Unlabeled int `json:"unlabeled"`
	// Lambda is the weight λ of an unlabeled text, in (0, 1].
	Lambda float64 `json:"lambda"`
	// Iterations is the number of iterations run, 1 to EMOptions.Iterations.
	Iterations int `json:"iterations"`
	// Converged reports that EM stopped because the posteriors settled
	// (a change below EMOptions.Tolerance) rather than at the limit.
	Converged bool `json:"converged"`
	// Change is the mean total variation distance, in [0, 1], between
	// the unlabeled texts' posteriors at the last two E-steps; 1 when EM
	// ran one iteration (there was no earlier E-step to compare).
	Change float64 `json:"change"`
}

// validate reports metadata that no training could have written.
func (e *EMInfo) validate() error {
	switch {
	case e.Unlabeled < 1:
		return fmt.Errorf("%w: EM over %d unlabeled texts", ErrModelFormat, e.Unlabeled)
	case !(e.Lambda > 0 && e.Lambda <= 1):
		return fmt.Errorf("%w: EM lambda %v outside (0, 1]", ErrModelFormat, e.Lambda)
	case e.Iterations < 1:
		return fmt.Errorf("%w: %d EM iterations", ErrModelFormat, e.Iterations)
	case !(e.Change >= 0 && e.Change <= 1):
		return fmt.Errorf("%w: EM change %v outside [0, 1]", ErrModelFormat, e.Change)
	}
	return nil
}

// fitEM fits a table by EM (see EMOptions) on the labeled documents
// docs[i], i in subset, of class y[i] (a column in 0..k-1), and the
// unlabeled documents unl. nfeat is the vocabulary size, which covers
// the features of both. The fits of the iterations skip the library's
// count store (storedCounts, the same to the bit); the last one goes
// through it unless p.noLibrary.
func fitEM(docs []bagOfFeatures, y []int32, subset []int, unl []bagOfFeatures, k, nfeat int, p fitParams, em EMOptions) (*table, EMInfo, error) {
	info := EMInfo{Unlabeled: len(unl), Lambda: em.Lambda, Change: 1}
	quick := p
	quick.noLibrary = true
	t, err := fitTable(docs, y, subset, k, nfeat, quick)
	if err != nil || len(unl) == 0 {
		return t, info, err
	}
	all := slices.Concat(docs, unl)
	soft := &softDocs{idx: make([]int, len(unl)), weight: make([]float64, len(unl)*k)}
	for n := range unl {
		soft.idx[n] = len(docs) + n
	}
	var post, prev []float64
	for info.Iterations < em.Iterations {
		post = posteriors(t, unl, p.weighting, post)
		info.Iterations++
		if prev != nil {
			info.Change = meanChange(prev, post, k)
			info.Converged = info.Change < em.Tolerance
		}
		last := info.Converged || info.Iterations == em.Iterations
		for i, x := range post {
			soft.weight[i] = em.Lambda * x
		}
		fp := quick
		if last {
			fp = p
		}
		if t, err = fitSoft(all, y, subset, soft, k, nfeat, fp); err != nil || last {
			return t, info, err
		}
		prev, post = post, prev
	}
	return t, info, nil // not reached: the last iteration returns
}

// posteriors returns the class posteriors under t of every document, at
// temperature 1, as len(docs) rows of t.k(), reusing post. Documents are
// scored on all cores; each row depends on its document alone.
func posteriors(t *table, docs []bagOfFeatures, w Weighting, post []float64) []float64 {
	k := t.k()
	post = slices.Grow(post[:0], len(docs)*k)[:len(docs)*k]
	parallelRange(context.Background(), len(docs), func(lo, hi int) {
		sc := make([]float64, k)
		var vals []float64
		for i := lo; i < hi; i++ {
			vals = t.addScores(docs[i], w, sc, vals)
			softmax(sc, post[i*k:i*k+k])
		}
	})
	return post
}

// softmax writes exp(s_j) / Σ_i exp(s_i) to out.
func softmax(s, out []float64) {
	top := math.Inf(-1)
	for _, x := range s {
		top = max(top, x)
	}
	sum := 0.0
	for j, x := range s {
		out[j] = math.Exp(x - top)
		sum += out[j]
	}
	for j := range out {
		out[j] /= sum
	}
}

// meanChange is the mean over rows of the total variation distance
// ½·Σ_j |a_j − b_j| between the rows of a and b (n × k), in [0, 1].
func meanChange(a, b []float64, k int) float64 {
	n := len(a) / k
	if n == 0 {
		return 0
	}
	sum := 0.0
	for i := range n {
		d := 0.0
		for j := i * k; j < i*k+k; j++ {
			d += math.Abs(a[j] - b[j])
		}
		sum += d / 2
	}
	return min(1, sum/float64(n))
}
