package nb

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"strings"
	"sync"
)

// polarityText is data/polarity.txt: English words that signal a positive
// (+) or negative (-) evaluation, attitude or outcome in most news uses
// ("applauded", "thriving"; "reckless", "collapse", "liar"), with their
// inflected forms, one "word<TAB>+" or "word<TAB>-" per line. It was
// written for this project from the writers' own knowledge of English,
// not taken from a published sentiment lexicon; topic words whose
// polarity depends on the context ("tax", "police", "vote") are left out
// on purpose (data/README.md of this package says how it was made).
//
//go:embed data/polarity.txt
var polarityText string

// polarityLexicon maps a lower-case word to +1 or -1.
var polarityLexicon = sync.OnceValue(func() map[string]int8 {
	m := make(map[string]int8, 6000)
	for line := range strings.SplitSeq(polarityLines, "\n") {
		w, p, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		switch p {
		case "+":
			m[w] = 1
		case "-":
			m[w] = -1
		}
	}
	return m
})

// PolarityLexiconID identifies the polarity lexicon this program holds:
// the first 12 hex digits of the SHA-256 of data/polarity.txt (with Unix
// line endings). A model trained with polarity features records it, and
// ReadModel refuses a model whose lexicon differs, since its polarity
// features would mean something else.
var PolarityLexiconID = func() string {
	h := sha256.Sum256([]byte(polarityLines))
	return hex.EncodeToString(h[:6])
}()

// polarityLines is polarityText with any carriage returns dropped, so that
// a checkout with Windows line endings holds the same lexicon and id.
var polarityLines = strings.ReplaceAll(polarityText, "\r", "")

// Polarity reports the evaluative polarity of a lower-case word: +1,
// -1, or 0 for a word not in the lexicon.
func Polarity(word string) int { return int(polarityLexicon()[word]) }

// The features that stand for a word of the polarity lexicon. A tokenizer
// word never holds "~", so they cannot collide with a word.
const (
	positiveFeature = "~pos"
	negativeFeature = "~neg"
)
