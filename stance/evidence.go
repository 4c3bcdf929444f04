package stance

import (
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/stance/tally"
)

// Evidence: a statement with the sentence it was found in, for a reader
// to check a figure against the text. The context runs from the start of
// the sentence the statement (with its source and cue) begins in to the
// end of the sentence it ends in, at most contextReach bytes beyond the
// statement on either side (cut at a space), and at most maxContext bytes
// in all: a longer statement is cut, and its content ranges with it.

const (
	contextReach = 300
	maxContext   = 4000
)

// evidenceOf returns q as evidence: its document, context and ranges.
// Context is a substring of doc.Text (the Partial copies what it keeps).
func evidenceOf(doc *corpus.Document, q quote.Quote) *tally.Evidence {
	text := doc.Text
	lo, hi := len(text), 0
	spans := append([]quote.Span(nil), q.Content...)
	if q.Source != nil {
		spans = append(spans, *q.Source)
	}
	if q.Cue != nil {
		spans = append(spans, *q.Cue)
	}
	for _, s := range spans {
		lo, hi = min(lo, s.Start), max(hi, s.End)
	}
	if lo >= hi || hi > len(text) {
		return nil
	}
	start, end := sentenceStart(text, lo), sentenceEnd(text, hi)
	if end-start > maxContext {
		end = runeStart(text, start+maxContext)
	}
	e := &tally.Evidence{Doc: doc.ID, Path: doc.Path, Line: doc.Line, Title: doc.Title, Date: doc.Date, URL: doc.URL,
		Context: text[start:end], Start: start}
	clip := func(s quote.Span) ([2]int, bool) {
		a, b := max(s.Start, start), min(s.End, end)
		return [2]int{a, b}, a < b
	}
	for _, c := range q.Content {
		if r, ok := clip(c); ok {
			e.Content = append(e.Content, r)
		}
	}
	if len(e.Content) == 0 {
		return nil
	}
	if q.Source != nil {
		if r, ok := clip(*q.Source); ok {
			e.Source = r
		}
	}
	return e
}

// sentenceStart returns where the sentence holding byte i of text
// begins: after the last line break, or the last sentence end (., ! or ?,
// closing quotation marks, white space), before i; no more than
// contextReach bytes back, where it starts after a space.
func sentenceStart(text string, i int) int {
	limit := max(0, i-contextReach)
	for j := i - 1; j >= limit; j-- {
		switch text[j] {
		case '\n':
			return j + 1
		case ' ', '\t':
			if sentenceEndsBefore(text, j) {
				return j + 1
			}
		}
	}
	if limit == 0 {
		return 0
	}
	for j := limit; j < i; j++ { // a word boundary past the limit
		if text[j] == ' ' {
			return j + 1
		}
	}
	return runeStart(text, limit)
}

// sentenceEnd returns where the sentence holding byte i-1 of text ends:
// after its ., ! or ? and closing quotation marks, or at a line break; no
// more than contextReach bytes on, where it ends at a space.
func sentenceEnd(text string, i int) int {
	limit := min(len(text), i+contextReach)
	for j := i; j < limit; j++ {
		switch text[j] {
		case '\n':
			return j
		case ' ', '\t':
			if j > i && sentenceEndsBefore(text, j) {
				return j
			}
		}
	}
	if limit == len(text) {
		return len(text)
	}
	for j := limit; j > i; j-- {
		if text[j] == ' ' {
			return j
		}
	}
	return runeStart(text, limit)
}

// sentenceEndsBefore reports whether the text before the space at j ends
// a sentence: ., ! or ?, then any closing quotation marks or brackets.
func sentenceEndsBefore(text string, j int) bool {
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		switch r {
		case '"', '\'', ')', ']', '\u201d', '\u2019', '\u00bb':
			j -= n
			continue
		case '.', '!', '?':
			return true
		}
		return false
	}
	return false
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}
