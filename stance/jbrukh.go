package stance

import (
	"math"
	"strconv"

	"github.com/jbrukh/bayesian"
)

// fitLibrary fits a table with github.com/jbrukh/bayesian v1.1.0
// (MethodLibrary). The library scores words with per-class add-one
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
		return fitTable(docs, y, subset, k, vocab.size(), fitParams{MethodMultinomial, 1, WeightCount})
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
