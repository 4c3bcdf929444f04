package nb

import (
	"fmt"
	"math"
	"slices"
	"sync"
)

// Method is the naive Bayes variant a classifier is trained with.
type Method string

// The training methods. For every method github.com/jbrukh/bayesian
// v1.1.0 is the count store of training: each class's (weighted) feature
// totals are observed in a library classifier and read back from it (see
// libraryCounts). What is computed from those counts differs:
// MethodLibrary takes the library's own scoring rule (its add-one word
// probabilities) with three outside corrections; the other methods make
// their own estimates (smoothing strength, shared vocabulary, document
// priors, complement NB, unseen words dropped). Either way the result is
// precomputed as log weights, and prediction never calls the library.
const (
	// MethodMultinomial is multinomial naive Bayes with document-count
	// class priors and additive smoothing over the shared vocabulary;
	// words never seen in training are ignored. With Alpha 1 and count
	// weighting it predicts exactly what scikit-learn's MultinomialNB does
	// on the same tokens.
	MethodMultinomial Method = "multinomial"
	// MethodComplement is complement naive Bayes (Rennie et al. 2003):
	// each class is scored against the word distribution of all the other
	// classes, which copes better with skewed classes. Like scikit-learn's
	// ComplementNB it uses no class prior.
	MethodComplement Method = "complement"
	// MethodLibrary trains github.com/jbrukh/bayesian v1.1.0 and takes its
	// word probabilities as they are, corrected only as far as the library
	// allows from outside: documents (not words) for priors, every word
	// observed in every class so smoothing divides by the shared
	// vocabulary, and unseen words dropped. It needs Alpha 1 and count
	// weighting, and is the floor the other methods are measured against.
	MethodLibrary Method = "jbrukh"
)

// table is one trained naive Bayes model: per-class biases and a weight
// row per feature. A text's class scores are bias + sum of value(f)*row(f)
// over its features f.
type table struct {
	classes []int32   // classifier label index of each column, len k
	bias    []float64 // len k; log priors, or zero
	// row maps a feature id of the classifier's vocabulary to a row of w,
	// or -1 for a feature the model does not use. nil means the identity
	// (every feature has the row of its id).
	row []int32
	w   []float64 // rows × k, row-major
	idf []float64 // per row, for WeightTFIDF; nil otherwise
	// Most cells are a feature's weight in a class without it, which is
	// rowBase[r] + colBase[j]; model files store only the other cells.
	rowBase []float64 // per row
	colBase []float64 // per class
}

// sparseCell reports whether cell (r, j) differs from its base value.
func (t *table) sparseCell(r, j int) bool {
	return t.w[r*t.k()+j] != t.rowBase[r]+t.colBase[j]
}

func (t *table) k() int    { return len(t.classes) }
func (t *table) rows() int { return len(t.w) / max(1, len(t.classes)) }

// rowOf returns the row of feature id, or -1.
func (t *table) rowOf(id int32) int32 {
	if t.row == nil {
		return id
	}
	if int(id) >= len(t.row) {
		return -1
	}
	return t.row[id]
}

// bagOfFeatures is one text's distinct features with their counts.
type bagOfFeatures struct {
	ids []int32
	tf  []float32
}

// addScores adds the class scores of the bag to out (len k).
// Features outside the table are ignored.
func (t *table) addScores(bag bagOfFeatures, weighting Weighting, out []float64, vals []float64) []float64 {
	k := t.k()
	copy(out, t.bias)
	vals = vals[:0]
	norm := 0.0
	for i, id := range bag.ids {
		r := t.rowOf(id)
		if r < 0 {
			vals = append(vals, 0)
			continue
		}
		var x float64
		switch weighting {
		case WeightBinary:
			x = 1
		case WeightTFIDF:
			x = log1pTF(bag.tf[i]) * t.idf[r]
			norm += x * x
		default:
			x = float64(bag.tf[i])
		}
		vals = append(vals, x)
	}
	scale := 1.0
	if weighting == WeightTFIDF && norm > 0 {
		scale = 1 / math.Sqrt(norm)
	}
	for i, id := range bag.ids {
		x := vals[i] * scale
		if x == 0 {
			continue
		}
		r := int(t.rowOf(id))
		row := t.w[r*k : r*k+k]
		for j := range row {
			out[j] += x * row[j]
		}
	}
	return vals
}

// fitParams are the estimator settings of one fit.
type fitParams struct {
	method    Method
	alpha     float64
	weighting Weighting
	// noLibrary replaces the round trip through the library's count
	// store by its exact in-process equivalent (storedCounts); the
	// table is the same to the bit. Only TrainCalibrated's fold models
	// set it.
	noLibrary bool
}

// fitTable estimates a table from the documents docs[i] for i in subset,
// with class y[i] (a column in 0..k-1). nfeat is the vocabulary size.
// Features absent from every document of the subset get no row.
//
// The per-class feature totals are summed here (weighting applied), stored
// in and read back from a github.com/jbrukh/bayesian classifier
// (libraryCounts: exact for count and binary weighting, within
// 1/tfidfScale for tf-idf), and turned into log weights by estimate.
func fitTable(docs []bagOfFeatures, y []int32, subset []int, k, nfeat int, p fitParams) (*table, error) {
	return fitSoft(docs, y, subset, nil, k, nfeat, p)
}

// softDocs are documents counted in every class with a weight, as EM's
// unlabeled documents are (see fitEM): document idx[n] of the fit adds
// weight[n*k+j] times its feature values to class j's feature totals and
// weight[n*k+j] to its document count.
type softDocs struct {
	idx    []int
	weight []float64 // len(idx) × k, each ≥ 0
}

// fitSoft is fitTable with soft documents besides the labeled ones (soft
// may be nil). The soft documents count in the document frequencies of
// tf-idf as labeled ones do, and give rows to the features they hold.
// Their totals are fractions, so with soft documents the count store
// keeps every weighting at the fixed scale of tf-idf (tfidfScale).
func fitSoft(docs []bagOfFeatures, y []int32, subset []int, soft *softDocs, k, nfeat int, p fitParams) (*table, error) {
	if p.method == MethodLibrary {
		return nil, fmt.Errorf("internal error: fitTable called for %s", p.method)
	}
	var softIdx []int
	if soft != nil {
		softIdx = soft.idx
	}
	df := make([]float64, nfeat)
	for _, idx := range [][]int{subset, softIdx} {
		for _, i := range idx {
			for _, id := range docs[i].ids {
				df[id]++
			}
		}
	}
	// Compact rows: only features seen in the subset.
	row := make([]int32, nfeat)
	nrows := 0
	for id, d := range df {
		if d > 0 {
			row[id] = int32(nrows)
			nrows++
		} else {
			row[id] = -1
		}
	}
	t := &table{bias: make([]float64, k), classes: make([]int32, k)}
	for j := range t.classes {
		t.classes[j] = int32(j)
	}
	if nrows == nfeat {
		t.row = nil
	} else {
		t.row = row
	}
	if p.weighting == WeightTFIDF {
		t.idf = make([]float64, nrows)
		n := float64(len(subset) + len(softIdx))
		for id, d := range df {
			if d > 0 {
				t.idf[row[id]] = math.Log((1+n)/(1+d)) + 1
			}
		}
	}
	// Per-class feature totals, rows × k, summed here and then stored in
	// and read back from the library.
	cnt, docsPer := classTotals(docs, y, subset, k, nrows, row, t.idf, p.weighting)
	scale := countScale(p.weighting)
	if soft != nil {
		softTotals(cnt, docsPer, docs, soft, k, row, t.idf, p.weighting)
		scale = tfidfScale
	}
	if p.noLibrary {
		storedCounts(cnt, scale)
	} else {
		libraryCounts(cnt, nrows, k, scale)
	}
	t.w = cnt
	estimate(t, docsPer, nrows, p)
	return t, nil
}

// classTotals sums the weighted feature values of the documents of each
// class: the result is rows × k, row-major, with the row of feature id
// row[id]. It also returns the number of documents of each class.
//
// The sums are accumulated class by class in a column-major array, so
// the writes of one class stay within one column (rows × 8 bytes, which
// fits in cache where the whole table does not), and transposed at the
// end. Within a class documents are added in subset order, as a
// row-major pass would add them, so the sums are the same to the bit.
func classTotals(docs []bagOfFeatures, y []int32, subset []int, k, nrows int, row []int32, idf []float64, weighting Weighting) (cnt, docsPer []float64) {
	docsPer = make([]float64, k)
	for _, i := range subset {
		docsPer[y[i]]++
	}
	// Counting sort of subset by class, stable.
	start := make([]int, k+1)
	for c := range k {
		start[c+1] = start[c] + int(docsPer[c])
	}
	order := make([]int, len(subset))
	next := slices.Clone(start[:k])
	for _, i := range subset {
		order[next[y[i]]] = i
		next[y[i]]++
	}
	// k × rows, column-major, from a pool: fresh pages of a large array
	// cost more to fault in than to clear.
	colp := colPool.Get().(*[]float64)
	if cap(*colp) < nrows*k {
		*colp = make([]float64, nrows*k)
	}
	col := (*colp)[:nrows*k]
	clear(col)
	defer colPool.Put(colp)
	var vals []float64
	for c := range k {
		colC := col[c*nrows : (c+1)*nrows]
		for _, i := range order[start[c]:start[c+1]] {
			bag := docs[i]
			var scale float64
			vals, scale = featureValues(bag, row, idf, weighting, vals)
			for j, id := range bag.ids {
				colC[row[id]] += vals[j] * scale
			}
		}
	}
	cnt = make([]float64, nrows*k)
	for r := range nrows {
		out := cnt[r*k : r*k+k]
		for c := range out {
			out[c] = col[c*nrows+r]
		}
	}
	return cnt, docsPer
}

// featureValues returns the weighted values of the features of bag, in
// its order, before the scale that gives a tf-idf vector unit length,
// and that scale (1 for the other weightings). vals is reused.
func featureValues(bag bagOfFeatures, row []int32, idf []float64, weighting Weighting, vals []float64) ([]float64, float64) {
	vals = vals[:0]
	norm := 0.0
	for j, id := range bag.ids {
		var x float64
		switch weighting {
		case WeightBinary:
			x = 1
		case WeightTFIDF:
			x = log1pTF(bag.tf[j]) * idf[row[id]]
			norm += x * x
		default:
			x = float64(bag.tf[j])
		}
		vals = append(vals, x)
	}
	scale := 1.0
	if weighting == WeightTFIDF && norm > 0 {
		scale = 1 / math.Sqrt(norm)
	}
	return vals, scale
}

// softTotals adds the weighted feature values of the soft documents to
// cnt (rows × k, row-major) and their weights to docsPer, document after
// document in soft.idx order.
func softTotals(cnt, docsPer []float64, docs []bagOfFeatures, soft *softDocs, k int, row []int32, idf []float64, weighting Weighting) {
	var vals []float64
	for n, i := range soft.idx {
		w := soft.weight[n*k : n*k+k]
		for j, x := range w {
			docsPer[j] += x
		}
		bag := docs[i]
		var scale float64
		vals, scale = featureValues(bag, row, idf, weighting, vals)
		for f, id := range bag.ids {
			v := vals[f] * scale
			out := cnt[int(row[id])*k : int(row[id])*k+k]
			for j, x := range w {
				out[j] += x * v
			}
		}
	}
}

// colPool holds classTotals' column-major scratch arrays.
var colPool = sync.Pool{New: func() any { return new([]float64) }}

// log1pTable holds log(1+n) for small term counts n.
var log1pTable = func() (t [64]float64) {
	for n := range t {
		t[n] = math.Log1p(float64(n))
	}
	return t
}()

// log1pTF is math.Log1p(float64(tf)), from a table for small counts.
func log1pTF(tf float32) float64 {
	if n := int(tf); float32(n) == tf && n >= 0 && n < len(log1pTable) {
		return log1pTable[n]
	}
	return math.Log1p(float64(tf))
}

// estimate turns the per-class feature totals in t.w into log weights, in
// place, and sets the biases.
func estimate(t *table, docsPer []float64, nrows int, p fitParams) {
	k := len(docsPer)
	alpha := p.alpha
	total := make([]float64, k) // per-class sum of feature values
	for r := 0; r < nrows; r++ {
		for j, x := range t.w[r*k : r*k+k] {
			total[j] += x
		}
	}
	ndocs := 0.0
	for _, d := range docsPer {
		ndocs += d
	}
	v := float64(nrows)
	switch p.method {
	case MethodComplement:
		// θ̃_cw = (A_w - N_cw + α) / Σ_w (A_w - N_cw + α); weight = -log θ̃.
		all := 0.0
		for _, x := range total {
			all += x
		}
		logDen := make([]float64, k)
		for j := range logDen {
			logDen[j] = math.Log(all - total[j] + alpha*v)
		}
		t.rowBase, t.colBase = make([]float64, nrows), logDen
		for r := 0; r < nrows; r++ {
			row := t.w[r*k : r*k+k]
			a := 0.0
			for _, x := range row {
				a += x
			}
			// The weight in classes without the feature.
			t.rowBase[r] = -math.Log(a + alpha)
			for j, x := range row {
				if x == 0 {
					row[j] = t.rowBase[r] + logDen[j]
				} else {
					row[j] = logDen[j] - math.Log(a-x+alpha)
				}
			}
		}
		for j := range t.bias {
			t.bias[j] = 0
		}
	default: // MethodMultinomial
		logDen := make([]float64, k)
		for j := range logDen {
			logDen[j] = math.Log(total[j] + alpha*v)
		}
		la := math.Log(alpha)
		t.rowBase, t.colBase = make([]float64, nrows), make([]float64, k)
		for j := range logDen {
			t.colBase[j] = -logDen[j]
		}
		for r := 0; r < nrows; r++ {
			t.rowBase[r] = la
			row := t.w[r*k : r*k+k]
			for j, x := range row {
				if x == 0 {
					row[j] = la + t.colBase[j]
				} else {
					row[j] = math.Log(x+alpha) - logDen[j]
				}
			}
		}
		for j, d := range docsPer {
			t.bias[j] = math.Log(d / ndocs)
		}
	}
}
