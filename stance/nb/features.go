package nb

import (
	"fmt"
	"strings"
)

// Weighting says how the occurrences of a feature in one text become the
// feature's value.
type Weighting string

// The feature weightings.
const (
	// WeightCount uses raw occurrence counts (classic multinomial naive Bayes).
	WeightCount Weighting = "count"
	// WeightBinary uses 1 for a feature present in the text, whatever its count.
	WeightBinary Weighting = "binary"
	// WeightTFIDF uses log(1+count) times the smoothed inverse document
	// frequency ln((1+n)/(1+df))+1, with each text's vector scaled to unit
	// Euclidean length (Rennie et al. 2003, steps 1-3 of TWCNB).
	WeightTFIDF Weighting = "tfidf"
)

// FeatureOptions says how a text becomes classifier features. Tokens come
// from Tokenize, the tokenizer shared with quote extraction.
type FeatureOptions struct {
	// NGrams is the longest word n-gram used: 1 for single words only,
	// 2 to add pairs of adjacent words. Pairs never span clause punctuation
	// (. , ; : ! ?). Values above 2 are not supported.
	NGrams int `json:"ngrams"`
	// Negation prefixes "not_" to every word that follows a negation
	// ("not", "never", "no", "don't", ...) up to the next clause punctuation.
	Negation bool `json:"negation"`
	// StopWords drops common English function words (see IsStopWord);
	// negations are kept.
	StopWords bool `json:"stop_words"`
	// Weighting turns per-text counts into feature values.
	Weighting Weighting `json:"weighting"`
	// Contrast drops the words of the concession in a statement with a
	// contrastive connective ("but", "however", "although", "despite",
	// ...), keeping those of its main, asserted clause (see contrast.go).
	// A model with it is written in format version 3; models without it
	// omit the field, so their files are as before.
	Contrast bool `json:"contrast,omitempty"`
	// Polarity adds, for every word of the polarity lexicon (polarity.go),
	// this many occurrences of a feature that stands for its polarity:
	// "~pos" or "~neg", swapped in a negation's scope when Negation is
	// set ("not fair" counts as negative). It lets the model generalise
	// from the evaluative words it was trained on to those it was not
	// ("scapegoating", "nihilistic"). 0 is off. A model with it is written
	// in format version 4 and records the lexicon (PolarityLexicon).
	Polarity int `json:"polarity,omitempty"`
	// PolarityLexicon is PolarityLexiconID of the lexicon a model with
	// Polarity was trained with; TrainClassifier sets it.
	PolarityLexicon string `json:"polarity_lexicon,omitempty"`
}

// maxPolarity bounds FeatureOptions.Polarity.
const maxPolarity = 20

// DefaultFeatureOptions are the default features: single words with
// TF-IDF weighting, negation scope marked, no stop-word removal. They were
// chosen by cross-validation on training splits only (models/README.md).
var DefaultFeatureOptions = FeatureOptions{NGrams: 1, Negation: true, Weighting: WeightTFIDF}

// Validate reports the first invalid option.
func (o FeatureOptions) Validate() error {
	if o.NGrams < 1 || o.NGrams > 2 {
		return fmt.Errorf("n-grams must be 1 or 2, not %d", o.NGrams)
	}
	switch o.Weighting {
	case WeightCount, WeightBinary, WeightTFIDF:
	default:
		return fmt.Errorf("unknown weighting %q (want count, binary or tfidf)", o.Weighting)
	}
	if o.Polarity < 0 || o.Polarity > maxPolarity {
		return fmt.Errorf("polarity must be 0 to %d, not %d", maxPolarity, o.Polarity)
	}
	return nil
}

// negationPrefix marks words in the scope of a negation.
const negationPrefix = "not_"

// isNegation reports whether tok opens a negation scope: "not", "no",
// "never", "nor", "cannot", "nobody", "nothing", "none", "neither",
// "nowhere", "without", "hardly", or a word ending in "n't".
func isNegation(tok []byte) bool {
	n := len(tok)
	if n > 3 && tok[n-3] == 'n' && tok[n-2] == '\'' && tok[n-1] == 't' {
		return true
	}
	if n < 2 || n > 7 || tok[0] != 'n' && tok[0] != 'c' && tok[0] != 'w' && tok[0] != 'h' {
		return false
	}
	switch string(tok) {
	case "not", "no", "never", "nor", "cannot", "nobody", "nothing", "none", "neither", "nowhere", "without", "hardly":
		return true
	}
	return false
}

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if then so as of at by for from in into on onto
		to with about over under up down out off than too very can could would should will shall may
		might must do does did done be is am are was were been being have has had having i me my mine
		myself we us our ours you your yours he him his she her hers it its they them their theirs this
		that these those there here what which who whom whose when where why how all any both each few
		more most other some such own same just also only again once while during before after above
		below between through until against s t ll re ve d m o y`) {
		m[w] = true
	}
	return m
}()

// IsStopWord reports whether the token is one of the English function
// words dropped when FeatureOptions.StopWords is set.
func IsStopWord(token string) bool { return stopWords[token] }

// featureKey identifies a feature: a word (b < 0), or the pair of word
// features a and b.
type featureKey struct {
	word string
	a, b int32
}

// vocabulary maps features to dense ids 0..n-1.
type vocabulary struct {
	words map[string]int32
	pairs map[uint64]int32
	keys  []featureKey
	// pol is the polarity of each feature (wordPolarity), so that a
	// known word's polarity feature costs no second lookup.
	pol []int8
}

func newVocabulary() *vocabulary {
	return &vocabulary{words: map[string]int32{}, pairs: map[uint64]int32{}}
}

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

func (v *vocabulary) size() int { return len(v.keys) }

// add returns the id of key, adding it if new.
func (v *vocabulary) add(k featureKey) int32 {
	if k.b < 0 {
		if id, ok := v.words[k.word]; ok {
			return id
		}
		id := int32(len(v.keys))
		v.words[k.word] = id
		v.append(k)
		return id
	}
	pk := pairKey(k.a, k.b)
	if id, ok := v.pairs[pk]; ok {
		return id
	}
	id := int32(len(v.keys))
	v.pairs[pk] = id
	v.append(k)
	return id
}

// append adds the feature k, which is new, with its polarity.
func (v *vocabulary) append(k featureKey) {
	v.keys = append(v.keys, k)
	var p int8
	if k.b < 0 {
		p = wordPolarity([]byte(k.word))
	}
	v.pol = append(v.pol, p)
}

// wordPolarity is the polarity of the word feature w: the lexicon's for
// a word, the opposite for a word with the negation prefix.
func wordPolarity(w []byte) int8 {
	if len(w) > len(negationPrefix) && string(w[:len(negationPrefix)]) == negationPrefix {
		return -polarityLexicon()[string(w[len(negationPrefix):])]
	}
	return polarityLexicon()[string(w)]
}

// featureScanner turns texts into feature ids. It holds per-goroutine
// scratch space; the vocabulary it reads may be shared.
type featureScanner struct {
	opts FeatureOptions
	tk   tokenizer
	buf  []byte // the current token when the tokenizer returned a string
	neg  []byte // the current token with the negation prefix
	// With Contrast: the text's tokens and their words.
	toks  []ctoken
	words []byte
}

// scan calls emit with the id of every feature occurrence in text, in
// text order. With grow set, unseen features are added to v; otherwise
// they are skipped.
func (s *featureScanner) scan(v *vocabulary, text string, grow bool, emit func(id int32)) {
	if s.opts.Contrast {
		s.scanContrast(v, text, grow, emit)
		return
	}
	s.tk.reset(text)
	neg := false
	prev := int32(-1)
	for {
		tok, low, ok := s.tk.next()
		if !ok {
			return
		}
		if s.tk.brk {
			neg = false
			prev = -1
		}
		var w []byte
		if low != nil {
			w = low
		} else {
			s.buf = append(s.buf[:0], tok...)
			w = s.buf
		}
		s.emitToken(v, w, grow, &neg, &prev, emit)
	}
}

// emitToken emits the word w of a text: a negation opens a scope and is
// itself kept, even when stop words are dropped; a stop word is dropped
// when asked; a word in a negation's scope gets the negation prefix.
func (s *featureScanner) emitToken(v *vocabulary, w []byte, grow bool, neg *bool, prev *int32, emit func(int32)) {
	if s.opts.Negation && isNegation(w) {
		*neg = true
	} else {
		if s.opts.StopWords && stopWords[string(w)] {
			return
		}
		if *neg {
			s.neg = append(append(s.neg[:0], negationPrefix...), w...)
			w = s.neg
		}
	}
	id := s.emitWord(v, w, grow, prev, emit)
	if s.opts.Polarity > 0 {
		s.emitPolarity(v, w, id, grow, emit)
	}
}

// emitPolarity emits the polarity feature of the word feature w, whose
// id is id (-1 when not in the vocabulary), FeatureOptions.Polarity
// times, if w is in the lexicon: a word with the negation prefix has the
// opposite polarity. The feature takes no part in word pairs.
func (s *featureScanner) emitPolarity(v *vocabulary, w []byte, id int32, grow bool, emit func(int32)) {
	var p int8
	if id >= 0 {
		p = v.pol[id]
	} else {
		p = wordPolarity(w)
	}
	if p == 0 {
		return
	}
	key := positiveFeature
	if p < 0 {
		key = negativeFeature
	}
	pid, ok := v.words[key]
	if !ok {
		if !grow {
			return
		}
		pid = v.add(featureKey{word: key, b: -1})
	}
	for range s.opts.Polarity {
		emit(pid)
	}
}

// emitWord emits the word feature w and, with NGrams 2, the pair of the
// previous word and w; it returns w's id, or -1 when w is not in the
// vocabulary and grow is false.
func (s *featureScanner) emitWord(v *vocabulary, w []byte, grow bool, prev *int32, emit func(int32)) int32 {
	id, ok := v.words[string(w)]
	if !ok {
		if !grow {
			*prev = -1
			return -1
		}
		id = v.add(featureKey{word: string(w), b: -1})
	}
	emit(id)
	if s.opts.NGrams >= 2 && *prev >= 0 {
		pk := pairKey(*prev, id)
		pid, ok := v.pairs[pk]
		if !ok && grow {
			pid, ok = v.add(featureKey{a: *prev, b: id}), true
		}
		if ok {
			emit(pid)
		}
	}
	*prev = id
	return id
}
