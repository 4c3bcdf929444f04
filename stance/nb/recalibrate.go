package nb

// Calibration on held-out labeled data: a temperature and, optionally, a
// bias per label fitted to the scores a trained classifier gives texts it
// was not trained on, for when the texts it will meet differ from its
// training data (real news for a model trained on sentences written for
// it).

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// Scores writes the class scores of text under the shared model, in the
// order of Labels, into dst (reused when it has room) and returns it:
// log-probabilities up to a constant for multinomial NB, complement NB
// scores otherwise, before any calibration. Posterior is the softmax of
// Scores divided by the temperature, plus the biases.
func (c *Classifier) Scores(text string, dst []float64) []float64 {
	s := c.getScratch()
	defer c.pool.Put(s)
	t := c.shared
	c.bagOf(s, text)
	sc := c.scoresOf(s, t)
	if cap(dst) < len(c.labels) {
		dst = make([]float64, len(c.labels))
	}
	dst = dst[:len(c.labels)]
	for j := range dst {
		dst[j] = math.Inf(-1)
	}
	for j, x := range sc {
		dst[t.classes[j]] = x
	}
	return dst
}

// FromScores returns the prediction for class scores as Scores returns
// them (in the order of Labels, -Inf for a class the model lacks), with
// the classifier's calibration: Predict(text) is
// FromScores(Scores(text, nil)). Scores of several texts can be combined
// before: the sum of a statement's scores and w times its article's is
// the statement's topic in context (what stance.TopicInContext computes
// from the two predictions).
func (c *Classifier) FromScores(scores []float64) Prediction {
	if len(scores) != len(c.labels) {
		panic(fmt.Sprintf("nb: FromScores with %d scores for %d labels", len(scores), len(c.labels)))
	}
	return c.prediction(c.shared, scores) // the shared model has every label, in order
}

// WithCalibration returns a copy of the classifier that turns scores into
// probabilities with cal instead of its own calibration; nil means none
// (T = 1, no biases). The copy shares the trained tables, and its
// metadata records cal. It fails if cal's temperature is outside [1e-3,
// 1e4], a bias is for a label the classifier lacks or is outside [-50,
// 50], or its Set is inconsistent.
func (c *Classifier) WithCalibration(cal *Calibration) (*Classifier, error) {
	out := &Classifier{meta: c.meta.clone(), labels: c.labels, feat: c.feat, vocab: c.vocab, shared: c.shared, targets: c.targets, temp: 1}
	out.meta.Calibration = nil
	if cal != nil {
		if err := cal.validate(c.labels); err != nil {
			return nil, fmt.Errorf("nb: %v", err)
		}
		out.meta.Calibration = cal.clone()
		out.temp = cal.Temperature
		out.bias = cal.biasVector(c.labels)
	}
	out.meta.FormatVersion = out.meta.formatVersion()
	return out, nil
}

// CalibrationOptions are the settings of FitCalibration.
type CalibrationOptions struct {
	// Bias fits a bias per label besides the temperature (see
	// Calibration.Bias).
	Bias bool
	// Ridge is the L2 penalty on the biases, added to the mean log loss
	// as Ridge/2 · Σ b²; it keeps the bias of a label that the data
	// never or rarely has finite. ≥ 0; DefaultCalibrationOptions has
	// 0.01. Needed (> 0) when Bias is set.
	Ridge float64
}

// DefaultCalibrationOptions fits a temperature and per-label biases.
var DefaultCalibrationOptions = CalibrationOptions{Bias: true, Ridge: 0.01}

// ErrCalibrationData is returned by FitCalibration for scores it cannot
// fit on: mismatched lengths, a gold index out of range, no row whose
// gold class has a finite score.
var ErrCalibrationData = errors.New("nb: bad calibration data")

// FitCalibration fits a calibration to held-out class scores: scores is
// n × len(labels), row-major, each row the Scores of one text the
// classifier was not trained on (-Inf for a class its model lacks); y
// holds each row's gold label index. It returns the temperature T, and
// with opts.Bias the biases b (summing to 0, by the ridge), that minimise
// the mean log loss of softmax(s/T + b) over the rows plus the ridge
// penalty: a multinomial logistic regression of the gold label on the
// scores with one shared slope 1/T and an intercept per label, which is
// convex in (1/T, b). Rows whose gold class has score -Inf are left out.
// LogLossBefore is the mean log loss at T = 1 without biases, and
// LogLossAfter at the fit, penalty excluded. Folds and Set are left for
// the caller to fill.
//
// Like TrainCalibrated it refuses a temperature at a bound of [1e-3, 1e4]
// with a *CalibrationError: the scores then carry no usable signal, or
// separate the rows perfectly.
//
// The temperature alone comes from the search of TrainCalibrated; with
// biases, Newton's method starts from it.
func FitCalibration(scores []float64, y []int32, labels []string, opts CalibrationOptions) (Calibration, error) {
	k := len(labels)
	if k < 2 || len(scores) != len(y)*k {
		return Calibration{}, fmt.Errorf("%w: %d scores for %d rows of %d labels", ErrCalibrationData, len(scores), len(y), k)
	}
	if opts.Ridge < 0 || math.IsNaN(opts.Ridge) || opts.Bias && opts.Ridge == 0 {
		return Calibration{}, fmt.Errorf("%w: ridge %v (want > 0 with biases)", ErrCalibrationData, opts.Ridge)
	}
	var rows []int
	for i, g := range y {
		if g < 0 || int(g) >= k {
			return Calibration{}, fmt.Errorf("%w: row %d: gold label index %d of %d labels", ErrCalibrationData, i, g, k)
		}
		if !math.IsInf(scores[i*k+int(g)], -1) {
			rows = append(rows, i)
		}
	}
	if len(rows) == 0 {
		return Calibration{}, fmt.Errorf("%w: no row with a finite gold score", ErrCalibrationData)
	}
	T, before, after, bound := fitTemperature(scores, y, k, rows)
	if bound != 0 {
		return Calibration{}, &CalibrationError{Temperature: T, Upper: bound > 0, Labels: k, LogLossBefore: before, LogLossAfter: after}
	}
	cal := Calibration{Temperature: T, LogLossBefore: before, LogLossAfter: after}
	if !opts.Bias {
		return cal, nil
	}
	beta, b := fitBiases(scores, y, k, rows, 1/T, opts.Ridge)
	if T = 1 / beta; !(T > minTemperature && T < maxTemperature) {
		return Calibration{}, &CalibrationError{Temperature: min(max(T, minTemperature), maxTemperature), Upper: !(T <= maxTemperature), Labels: k, LogLossBefore: before}
	}
	cal.Temperature = T
	cal.LogLossAfter, _, _ = biasedLoss(scores, y, k, rows, beta, b, 0, false)
	cal.Bias = make(map[string]float64, k)
	for j, l := range labels {
		cal.Bias[l] = min(max(b[j], -maxBias), maxBias)
	}
	return cal, nil
}

// fitBiases minimises biasedLoss over (beta, b) by Newton's method with
// backtracking, from (beta0, 0). The objective is convex and, with
// ridge > 0, strictly so in b; beta is kept positive.
func fitBiases(scores []float64, y []int32, k int, rows []int, beta0, ridge float64) (float64, []float64) {
	beta, b := beta0, make([]float64, k)
	f, g, h := biasedLoss(scores, y, k, rows, beta, b, ridge, true)
	nb := make([]float64, k)
	for range 100 {
		d, ok := solve(h, g, k+1)
		if !ok {
			break
		}
		// Newton decrement: stop when the predicted decrease is tiny.
		dec := 0.0
		for i := range d {
			dec -= g[i] * d[i]
		}
		if dec < 1e-14 {
			break
		}
		step := 1.0
		var fn float64
		for ; step > 1e-10; step /= 2 {
			nbeta := beta + step*d[0]
			if nbeta <= 0 {
				continue
			}
			for j := range b {
				nb[j] = b[j] + step*d[j+1]
			}
			fn, _, _ = biasedLoss(scores, y, k, rows, nbeta, nb, ridge, false)
			if fn <= f-0.25*step*dec {
				break
			}
		}
		if step <= 1e-10 {
			break
		}
		beta += step * d[0]
		copy(b, nb)
		f, g, h = biasedLoss(scores, y, k, rows, beta, b, ridge, true)
	}
	return beta, b
}

// biasedLoss returns the mean over rows of -log softmax(beta·s + b)[gold]
// plus ridge/2 · Σ b², and with derivs its gradient and Hessian in the
// parameters (beta, b_0 ... b_{k-1}): a vector of k+1 and a row-major
// (k+1)² matrix. Classes with score -Inf have probability 0.
func biasedLoss(scores []float64, y []int32, k int, rows []int, beta float64, b []float64, ridge float64, derivs bool) (f float64, g, h []float64) {
	m := k + 1
	if derivs {
		g, h = make([]float64, m), make([]float64, m*m)
	}
	p := make([]float64, k)
	x := make([]float64, k) // each class's score minus the row's top
	mu := make([]float64, m)
	for _, i := range rows {
		s := scores[i*k : i*k+k]
		top := math.Inf(-1)
		for _, v := range s {
			top = max(top, v)
		}
		zmax := math.Inf(-1)
		for j, v := range s {
			x[j] = v - top
			if math.IsInf(v, -1) {
				p[j] = math.Inf(-1)
				continue
			}
			p[j] = beta*x[j] + b[j]
			zmax = max(zmax, p[j])
		}
		sum := 0.0
		for j := range p {
			p[j] = math.Exp(p[j] - zmax)
			sum += p[j]
		}
		gold := int(y[i])
		f += zmax + math.Log(sum) - (beta*x[gold] + b[gold])
		if !derivs {
			continue
		}
		// Features of class j: (x_j, e_j). Gradient: E_p[feature] minus
		// the gold class's; Hessian: the covariance of the features.
		clear(mu)
		for j := range p {
			p[j] /= sum
			if p[j] == 0 {
				continue
			}
			mu[0] += p[j] * x[j]
			mu[j+1] += p[j]
		}
		g[0] += mu[0] - x[gold]
		g[gold+1]--
		for j := range p {
			if p[j] == 0 {
				continue
			}
			g[j+1] += p[j]
			h[0] += p[j] * x[j] * x[j]
			h[0*m+j+1] += p[j] * x[j]
			h[(j+1)*m+j+1] += p[j]
		}
		for a := range m {
			for c := range m {
				h[a*m+c] -= mu[a] * mu[c]
			}
		}
	}
	n := float64(len(rows))
	f /= n
	for _, v := range b {
		f += ridge / 2 * v * v
	}
	if !derivs {
		return f, nil, nil
	}
	for j := range g {
		g[j] /= n
	}
	for j := range b {
		g[j+1] += ridge * b[j]
	}
	// The (beta, b_j) cells were summed above the diagonal only.
	for j := 1; j < m; j++ {
		h[j*m] = h[j]
	}
	for a := range m {
		for c := range m {
			h[a*m+c] /= n
		}
	}
	for j := 1; j < m; j++ {
		h[j*m+j] += ridge
	}
	return f, g, h
}

// solve returns d with h·d = -g for the m × m symmetric matrix h, by
// Gaussian elimination with partial pivoting; false if h is singular.
func solve(h, g []float64, m int) ([]float64, bool) {
	a := slices.Clone(h)
	d := make([]float64, m)
	for i := range d {
		d[i] = -g[i]
	}
	for col := range m {
		piv := col
		for r := col + 1; r < m; r++ {
			if math.Abs(a[r*m+col]) > math.Abs(a[piv*m+col]) {
				piv = r
			}
		}
		if !(math.Abs(a[piv*m+col]) > 1e-300) {
			return nil, false
		}
		if piv != col {
			for c := range m {
				a[col*m+c], a[piv*m+c] = a[piv*m+c], a[col*m+c]
			}
			d[col], d[piv] = d[piv], d[col]
		}
		for r := col + 1; r < m; r++ {
			q := a[r*m+col] / a[col*m+col]
			for c := col; c < m; c++ {
				a[r*m+c] -= q * a[col*m+c]
			}
			d[r] -= q * d[col]
		}
	}
	for r := m - 1; r >= 0; r-- {
		for c := r + 1; c < m; c++ {
			d[r] -= a[r*m+c] * d[c]
		}
		d[r] /= a[r*m+r]
	}
	return d, true
}
