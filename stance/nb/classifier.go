package nb

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"
)

// A Prediction is a classifier's answer for one text.
type Prediction struct {
	Label string  // the most probable label
	Prob  float64 // posterior of Label, in [0,1]
	// Probs holds the posterior of every label of the classifier, summing
	// to 1: the softmax of the class scores divided by the model's
	// temperature T, plus the calibration's per-label biases if it has
	// any (see Calibration; T = 1 and no biases for an uncalibrated
	// model). For
	// multinomial naive Bayes the scores are log-probabilities up to a
	// constant; for complement naive Bayes they are its class scores.
	// Labels that a per-target sub-model never saw get 0.
	Probs map[string]float64
}

// A Classifier assigns one label family (stance, topic) to texts with naive
// Bayes. It may hold per-target sub-models, used by PredictTarget for
// targets seen in training. It is immutable once trained or read and safe
// for concurrent use.
type Classifier struct {
	meta    ModelMeta
	labels  []string
	feat    FeatureOptions
	vocab   *vocabulary
	shared  *table
	targets map[string]*table // by normalized target
	temp    float64           // calibration temperature T > 0; 1 if uncalibrated
	bias    []float64         // calibration bias by label index; nil if none

	pool     sync.Pool // *scratch
	hashOnce sync.Once
	hash     string // see Hash; set by ReadModel, else on first use
}

// scratch is per-goroutine working space for prediction.
type scratch struct {
	fs     featureScanner
	seen   []uint32 // generation stamp per feature id
	slot   []int32  // index in bag of a feature seen this generation
	gen    uint32
	bag    bagOfFeatures
	scores []float64
	vals   []float64
}

// Labels returns the classifier's labels in sorted order.
func (c *Classifier) Labels() []string { return append([]string(nil), c.labels...) }

// Hash identifies the model: the hex SHA-256 of its model file. For a
// classifier read by ReadModel it is the hash of the bytes read (what
// sha256sum prints for the file); for a trained one, of the bytes
// WriteModel writes, which are those SaveModel stores. Models that differ
// in anything their file records, metadata and creation time included,
// have different hashes. It is "" only if the model cannot be written
// (a non-finite number in metadata set by the caller, as TrainOptions.CV).
func (c *Classifier) Hash() string {
	c.hashOnce.Do(func() {
		if c.hash != "" {
			return
		}
		h := sha256.New()
		if err := c.WriteModel(h); err == nil {
			c.hash = hex.EncodeToString(h.Sum(nil))
		}
	})
	return c.hash
}

// Meta returns the model's description.
func (c *Classifier) Meta() ModelMeta { return c.meta.clone() }

// Predict classifies text with the classifier's shared model.
func (c *Classifier) Predict(text string) Prediction {
	return c.PredictTarget(text, "")
}

// PredictTarget classifies text as a statement about target, using the
// target's own sub-model when training produced one and the shared model
// otherwise (always for an empty target).
func (c *Classifier) PredictTarget(text, target string) Prediction {
	s := c.getScratch()
	defer c.pool.Put(s)
	t := c.tableFor(target)
	c.bagOf(s, text)
	return c.predictBag(s, t)
}

func (c *Classifier) tableFor(target string) *table {
	if target != "" && len(c.targets) > 0 {
		if t, ok := c.targets[normalizeTarget(target)]; ok {
			return t
		}
	}
	return c.shared
}

// normalizeTarget is the key under which per-target sub-models are found:
// trimmed, lower case, inner space collapsed.
func normalizeTarget(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

func (c *Classifier) getScratch() *scratch {
	if s, ok := c.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{
		fs:     featureScanner{opts: c.feat},
		seen:   make([]uint32, c.vocab.size()),
		slot:   make([]int32, c.vocab.size()),
		scores: make([]float64, len(c.labels)),
	}
}

// bagOf fills s.bag with the distinct known features of text.
func (c *Classifier) bagOf(s *scratch, text string) {
	s.gen++
	if s.gen == 0 { // wrapped: clear stamps
		clear(s.seen)
		s.gen = 1
	}
	s.bag.ids, s.bag.tf = s.bag.ids[:0], s.bag.tf[:0]
	s.fs.scan(c.vocab, text, false, func(id int32) {
		if s.seen[id] == s.gen {
			s.bag.tf[s.slot[id]]++
			return
		}
		s.seen[id] = s.gen
		s.slot[id] = int32(len(s.bag.ids))
		s.bag.ids = append(s.bag.ids, id)
		s.bag.tf = append(s.bag.tf, 1)
	})
}

func (c *Classifier) predictBag(s *scratch, t *table) Prediction {
	return c.prediction(t, c.scoresOf(s, t))
}

// scoresOf returns the class scores of table t for the bag in s, in t's
// column order, in s's scratch space.
func (c *Classifier) scoresOf(s *scratch, t *table) []float64 {
	sc := s.scores[:t.k()]
	s.vals = t.addScores(s.bag, c.feat.Weighting, sc, s.vals)
	return sc
}

// Temperature returns the calibration temperature T > 0 by which class
// scores are divided before the softmax: 1 for an uncalibrated model
// (trained by TrainClassifier, or read from a file written before
// calibration existed).
func (c *Classifier) Temperature() float64 { return c.temp }

// prediction turns class scores into posteriors by a softmax of the
// scores divided by the temperature, plus the biases. Without biases the
// label is the argmax of the raw scores, so the temperature never
// changes it; with biases it is the most probable label.
func (c *Classifier) prediction(t *table, sc []float64) Prediction {
	var buf [32]float64
	post, best := c.posterior(t, sc, buf[:0])
	probs := make(map[string]float64, len(c.labels))
	for i, l := range c.labels {
		probs[l] = post[i]
	}
	label := c.labels[best]
	return Prediction{Label: label, Prob: post[best], Probs: probs}
}

// posterior writes the softmax of the class scores sc of t, divided by the
// temperature, into dst by label index (labels t never saw get 0), and
// returns it with the index of the label of the highest score.
func (c *Classifier) posterior(t *table, sc []float64, dst []float64) ([]float64, int) {
	if cap(dst) < len(c.labels) {
		dst = make([]float64, len(c.labels))
	}
	dst = dst[:len(c.labels)]
	clear(dst)
	best := 0
	for j := range sc {
		if sc[j] > sc[best] {
			best = j
		}
	}
	top := sc[best]
	if c.bias != nil {
		return c.biasedPosterior(t, sc, top, dst)
	}
	sum := 0.0
	for j, x := range sc {
		e := math.Exp((x - top) / c.temp)
		if math.IsNaN(e) {
			e = 0
		}
		dst[t.classes[j]] = e
		sum += e
	}
	for j := range sc {
		dst[t.classes[j]] /= sum
	}
	return dst, int(t.classes[best])
}

// biasedPosterior is posterior for a calibration with biases: the softmax
// of (sc-top)/T + b, whose argmax is the label.
func (c *Classifier) biasedPosterior(t *table, sc []float64, top float64, dst []float64) ([]float64, int) {
	best, zbest := -1, math.Inf(-1)
	for j, x := range sc {
		z := (x-top)/c.temp + c.bias[t.classes[j]]
		if math.IsNaN(z) {
			z = math.Inf(-1)
		}
		dst[t.classes[j]] = z
		if best < 0 || z > zbest {
			best, zbest = j, z
		}
	}
	sum := 0.0
	for j := range sc {
		e := math.Exp(dst[t.classes[j]] - zbest)
		dst[t.classes[j]] = e
		sum += e
	}
	for j := range sc {
		dst[t.classes[j]] /= sum
	}
	return dst, int(t.classes[best])
}

// Posterior classifies text as Predict does, without building a map: it
// writes the posterior of every label, in the order of Labels, into dst
// (reused when it has room) and returns it with the index of the
// predicted label. Predict(text).Probs[Labels()[i]] == post[i].
func (c *Classifier) Posterior(text string, dst []float64) (post []float64, label int) {
	s := c.getScratch()
	defer c.pool.Put(s)
	c.bagOf(s, text)
	return c.posterior(c.shared, c.scoresOf(s, c.shared), dst)
}

// PredictAll classifies texts[i] about targets[i] on all cores and
// returns the predictions in input order. targets is nil (no targets) or
// as long as texts. It stops early, returning ctx.Err(), when ctx is
// cancelled.
func (c *Classifier) PredictAll(ctx context.Context, texts, targets []string) ([]Prediction, error) {
	if targets != nil && len(targets) != len(texts) {
		return nil, fmt.Errorf("PredictAll: %d targets for %d texts", len(targets), len(texts))
	}
	out := make([]Prediction, len(texts))
	err := parallelRange(ctx, len(texts), func(lo, hi int) {
		s := c.getScratch()
		defer c.pool.Put(s)
		for i := lo; i < hi; i++ {
			target := ""
			if targets != nil {
				target = targets[i]
			}
			c.bagOf(s, texts[i])
			out[i] = c.predictBag(s, c.tableFor(target))
		}
	})
	return out, err
}

// parallelRange runs fn over consecutive blocks of [0,n) on GOMAXPROCS
// goroutines.
func parallelRange(ctx context.Context, n int, fn func(lo, hi int)) error {
	const block = 64
	workers := min(runtime.GOMAXPROCS(0), (n+block-1)/block)
	if workers <= 1 {
		for lo := 0; lo < n; lo += block {
			if err := ctx.Err(); err != nil {
				return err
			}
			fn(lo, min(n, lo+block))
		}
		return ctx.Err()
	}
	var next int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				mu.Lock()
				lo := int(next)
				next += block
				mu.Unlock()
				if lo >= n {
					return
				}
				fn(lo, min(n, lo+block))
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}
