package nb

import (
	"math"
	"runtime"
	"strconv"
	"sync"

	"github.com/jbrukh/bayesian"
)

// fitLibrary fits a table with github.com/jbrukh/bayesian v1.1.0
// (MethodLibrary): here the library is both the count store (Learn on
// each document's tokens) and the scoring rule. The library scores words
// with per-class add-one
// smoothing (count+1)/(total_c+V_c), where V_c is the number of distinct
// words seen in class c, takes class priors from word counts and scores
// unseen words. Three corrections, all made from outside the library, turn
// it into textbook multinomial naive Bayes:
//
//   - every vocabulary word is observed with count 0 in every class, so
//     V_c is the shared vocabulary size;
//   - priors are log(documents of c / documents), computed here;
//   - unseen words have no row, so prediction skips them.
//
// The library's probabilities are read once per word and class and
// stored as logarithms: prediction never calls the library.
func fitLibrary(docs []bagOfFeatures, y []int32, subset []int, k int, vocab *vocabulary) (*table, error) {
	if k < 2 {
		// The library needs two classes; with one, its estimate is plain
		// add-one multinomial naive Bayes anyway.
		return fitTable(docs, y, subset, k, vocab.size(), fitParams{method: MethodMultinomial, alpha: 1, weighting: WeightCount})
	}
	classes := make([]bayesian.Class, k)
	for j := range classes {
		classes[j] = bayesian.Class(strconv.Itoa(j))
	}
	lib := bayesian.NewClassifier(classes...)
	// Feature names for the library: the word, or the pair's ids (words
	// never contain spaces, so "a b" cannot clash with a word).
	name := func(id int32) string {
		k := vocab.keys[id]
		if k.b < 0 {
			return k.word
		}
		return strconv.Itoa(int(k.a)) + " " + strconv.Itoa(int(k.b))
	}
	nfeat := vocab.size()
	row := make([]int32, nfeat)
	for i := range row {
		row[i] = -1
	}
	var words []string
	docsPer := make([]float64, k)
	var doc []string
	for _, i := range subset {
		doc = doc[:0]
		for n, id := range docs[i].ids {
			if row[id] < 0 {
				row[id] = int32(len(words))
				words = append(words, name(id))
			}
			for range int(docs[i].tf[n]) {
				doc = append(doc, words[row[id]])
			}
		}
		lib.Learn(doc, classes[y[i]])
		docsPer[y[i]]++
	}
	for _, w := range words {
		for _, c := range classes {
			lib.Observe(w, 0, c)
		}
	}
	freq := lib.WordFrequencies(words) // [class][word] = P(word | class)
	t := &table{classes: make([]int32, k), bias: make([]float64, k), w: make([]float64, len(words)*k)}
	for j := range t.classes {
		t.classes[j] = int32(j)
	}
	t.row = row
	for r := range words {
		for j := 0; j < k; j++ {
			t.w[r*k+j] = math.Log(freq[j][r])
		}
	}
	// The probability of a word unseen in a class is the same for every
	// such word: the table's base value.
	t.rowBase, t.colBase = make([]float64, len(words)), make([]float64, k)
	for j, p := range lib.WordFrequencies([]string{" unseen"}) {
		t.colBase[j] = math.Log(p[0])
	}
	n := float64(len(subset))
	for j, d := range docsPer {
		t.bias[j] = math.Log(d / n)
	}
	return t, nil
}

// tfidfScale is the fixed scale of the library's integer counts for
// tf-idf weighting: a class's summed tf-idf value x is stored as the count
// round(x·tfidfScale), at least 1 if x > 0, so it reads back within
// 1/tfidfScale of x. Count and binary weighting sum to integers and are
// stored unscaled (scale 1), exactly.
const tfidfScale = 1 << 16

// countScale is the scale of the library's counts for a weighting.
func countScale(w Weighting) float64 {
	if w == WeightTFIDF {
		return tfidfScale
	}
	return 1
}

// storedCounts rounds cnt in place exactly as a round trip through the
// library's count store does (libraryCounts): every nonzero total x
// becomes max(1, round(x·scale))/scale, zeros stay zero. It is that round
// trip without the library's maps, bit for bit (TestLibraryCounts checks),
// for the throwaway fold models of TrainCalibrated, where the round trip
// would cost more than the rest of the fit.
func storedCounts(cnt []float64, scale float64) {
	for i, x := range cnt {
		if x != 0 {
			cnt[i] = float64(max(1, int(math.Round(x*scale)))) / scale
		}
	}
}

// libraryCounts makes github.com/jbrukh/bayesian the count store of a
// fit. cnt holds the per-class feature totals, rows × k, row-major. Each
// nonzero total is observed in a library classifier (features named by
// row index, classes by column index) as the integer count
// round(total·scale); zeros are not observed. cnt is then overwritten with
// the counts read back from the library: for class c, WordsByClass gives
// count/Total_c per feature and WordCount gives Total_c, so the total is
// ratio·Total_c (rounded to the integer it is) / scale.
//
// Only the counts come from the library: its scoring rule (per-class
// vocabulary, word-count priors, unseen words scored) is not used here.
func libraryCounts(cnt []float64, nrows, k int, scale float64) {
	// The library needs two classes; a one-class fit gets an empty second.
	classes := make([]bayesian.Class, max(k, 2))
	for j := range classes {
		classes[j] = bayesian.Class(strconv.Itoa(j))
	}
	lib := bayesian.NewClassifier(classes...)
	// Feature names: the row index in decimal, all cut from one string.
	var buf []byte
	off := make([]int, nrows+1)
	for r := range nrows {
		buf = strconv.AppendInt(buf, int64(r), 10)
		off[r+1] = len(buf)
	}
	all := string(buf)
	// Class by class, so one of the library's maps grows at a time.
	for j := range k {
		for r := range nrows {
			if x := cnt[r*k+j]; x != 0 {
				lib.Observe(all[off[r]:off[r+1]], max(1, int(math.Round(x*scale))), classes[j])
			}
		}
	}
	clear(cnt)
	totals := lib.WordCount()
	// Each class is read back on its own goroutine: the library's reads
	// share its lock, and every class fills its own column of cnt.
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(k, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for j := range next {
				total := float64(totals[j])
				for name, ratio := range lib.WordsByClass(classes[j]) {
					r, err := strconv.Atoi(name)
					if err != nil || r < 0 || r >= nrows {
						panic("nb: internal error: library feature " + strconv.Quote(name))
					}
					cnt[r*k+j] = math.Round(ratio*total) / scale
				}
			}
		})
	}
	for j := range k {
		next <- j
	}
	close(next)
	wg.Wait()
}
