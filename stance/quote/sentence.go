package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// Splitting a document into paragraphs, sentences and words.
//
// A paragraph is a line of text. A sentence (a "unit") ends at '.', '!' or
// '?' followed by space and a capital, a digit or an opening quotation
// mark, except after abbreviations and initials. Quotations are never split:
// "It is late. We go," she said. is one unit, so a cue can find its quote.

type paragraph struct {
	Span
	residue bool // navigation, share buttons, repeated headline: skipped
	q0, q1  int  // quotations x.quotes[q0:q1]
	u0, u1  int  // units x.units[u0:u1]
}

type unit struct {
	Span
	para   int // index into x.paras
	w0, w1 int // words x.words[w0:w1]
}

// Word kinds.
const (
	wordText  = iota // letters and digits, with inner apostrophes, hyphens and dots
	wordPunct        // any other single character
	wordOpen         // opening quotation mark of a paired quotation
	wordClose        // closing quotation mark of a paired quotation
)

type word struct {
	Span
	kind  uint8
	upper bool  // starts with an upper-case letter
	quote int32 // index of the quotation the word lies in, or -1
}

// splitUnits appends the sentence units of paragraph pi to x.units.
func (x *extractor) splitUnits(pi int) {
	p := &x.paras[pi]
	text := x.text
	p.u0 = len(x.units)
	start := skipSpace(text, p.Start, p.End)
	qi := p.q0
	emit := func(end int) {
		for end > start && isSpaceByte(text[end-1]) {
			end--
		}
		if end > start {
			x.units = append(x.units, unit{Span: Span{start, end}, para: pi})
		}
	}
	for i := start; i < p.End; {
		if qi < p.q1 && i >= x.quotes[qi].Start {
			q := x.quotes[qi]
			qi++
			if i == q.Start {
				i = q.End
				if q.End-q.Start >= 2 && endsWithStop(text, q.Start, q.End) && x.startsSentence(q.End, p.End) && !x.cueFollows(q.End, p.End) {
					emit(i)
					start = skipSpace(text, i, p.End)
				}
				continue
			}
		}
		c := text[i]
		if c == '.' || c == '!' || c == '?' {
			j := i + 1
			for j < p.End && (text[j] == ')' || text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			if x.startsSentence(j, p.End) && (c != '.' || !x.abbreviationBefore(i, j, p.End)) {
				emit(j)
				start = skipSpace(text, j, p.End)
			}
			i = j
			continue
		}
		i++
	}
	emit(p.End)
	p.u1 = len(x.units)
}

// cueFollows reports whether a speech cue comes within a few words after
// byte i, before any punctuation: `"Why?" Clinton asked.` is one sentence.
func (x *extractor) cueFollows(i, end int) bool {
	text := x.text
	for n := 0; n < 5; n++ {
		i = skipSpace(text, i, end)
		j := i
		for j < end {
			c := text[j]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'' || c == '-') {
				break
			}
			j++
		}
		if j == i {
			if j < end && text[j] == '.' && n > 0 {
				i = j + 1 // "Sen."
				continue
			}
			return false
		}
		if n == 0 && lexicon.InFold(lexicon.SubjectPronouns, text[i:j]) && text[i] >= 'A' && text[i] <= 'Z' {
			return false // `"... change." She adds,` starts a sentence
		}
		e, ok := lexicon.LookupCue(text[i:j])
		if ok && e.Past && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) || n > 0 && lexicon.PostQuoteVerb(text[i:j]) {
			// The cue must close the clause: `"Why?" Clinton asked.`,
			// `"Why?" Clinton asked last week.`, not `"Unhinged." Sen.
			// Rubio called the statement ...`, and not `"No." Ruiz said:
			// "..."`, where a new statement begins.
			if j >= end || text[j] == ',' && !nextOpensQuote(text, j+1, end) || text[j] == '.' {
				return true
			}
			if text[j] != ' ' {
				return false
			}
			k := skipSpace(text, j, end)
			m := k
			for m < end && ('a' <= text[m] && text[m] <= 'z' || 'A' <= text[m] && text[m] <= 'Z' || text[m] == '\'') {
				m++
			}
			next := text[k:m]
			return next != "" && lexicon.InFold(lexicon.AdjunctStarts, next) && !lexicon.InFold(lexicon.Determiners, next) && !lexicon.InFold(lexicon.ObjectPronouns, next)
		}
		i = j
	}
	return false
}

// nextOpensQuote reports whether an opening quotation mark follows byte i
// after optional space.
func nextOpensQuote(text string, i, end int) bool {
	return isQuoteOpenAt(text, skipSpace(text, i, end))
}

// endsWithStop reports whether the quotation text[s:e] ends with sentence
// punctuation just inside its closing mark.
func endsWithStop(text string, s, e int) bool {
	i := e - 1
	for i > s && text[i]&0xC0 == 0x80 {
		i--
	}
	for i > s && (text[i] == '"' || text[i] == '\'' || text[i] == 0xE2 || text[i] == 0xC2) {
		i--
		for i > s && text[i]&0xC0 == 0x80 {
			i--
		}
	}
	return i > s && (text[i] == '.' || text[i] == '!' || text[i] == '?')
}

// startsSentence reports whether text[i:end] is space followed by what can
// begin a sentence.
func (x *extractor) startsSentence(i, end int) bool {
	if i >= end || !isSpaceByte(x.text[i]) {
		return false
	}
	i = skipSpace(x.text, i, end)
	if i >= end {
		return false
	}
	if isQuoteOpenAt(x.text, i) || x.text[i] == '(' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(x.text[i:end])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// abbreviationBefore reports whether the period at text[dot] closes an
// abbreviation or an initial rather than a sentence; next is where the
// following text begins.
func (x *extractor) abbreviationBefore(dot, next, end int) bool {
	text := x.text
	s := dot
	for s > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:s])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		s -= size
	}
	w := text[s:dot]
	if w == "" {
		return false
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return true // an initial: "George W. Bush"
	}
	if len(w) > 6 {
		return false
	}
	var buf [8]byte
	n := copy(buf[:], w)
	for k := 0; k < n; k++ {
		if 'A' <= buf[k] && buf[k] <= 'Z' {
			buf[k] += 'a' - 'A'
		}
	}
	lw := string(buf[:n])
	if !lexicon.Abbreviations[lw] {
		return false
	}
	if lw == "u.s" || lw == "a.m" || lw == "p.m" || lw == "inc" || lw == "co" || lw == "etc" || lw == "no" {
		// Often sentence-final: a new sentence starts if a common starter follows.
		j := skipSpace(text, next, end)
		k := j
		for k < end && k-j < 8 {
			c := text[k]
			if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
				break
			}
			k++
		}
		var b2 [8]byte
		m := copy(b2[:], text[j:k])
		for t := 0; t < m; t++ {
			if 'A' <= b2[t] && b2[t] <= 'Z' {
				b2[t] += 'a' - 'A'
			}
		}
		return !lexicon.SentenceStarters[string(b2[:m])]
	}
	return true
}

func skipSpace(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// tokenize appends the words of unit ui to x.words.
func (x *extractor) tokenize(ui int) {
	u := &x.units[ui]
	text := x.text
	u.w0 = len(x.words)
	// Units are tokenized in order, so the quotation cursor only moves on.
	if ui == 0 || x.units[ui-1].para != u.para {
		x.tokQ = x.paras[u.para].q0
	}
	qi := x.tokQ
	q1 := x.paras[u.para].q1
	for qi < q1 && x.quotes[qi].End <= u.Start {
		qi++
	}
	x.tokQ = qi
	inQuote := func(i int) int32 {
		for qi < q1 && x.quotes[qi].End <= i {
			qi++
		}
		if qi < q1 && x.quotes[qi].Start <= i {
			return int32(qi)
		}
		return -1
	}
	for i := u.Start; i < u.End; {
		if qi < q1 && i == x.quotes[qi].Start {
			_, size, _ := markAt(text, i)
			if size == 0 {
				size = 1
			}
			x.words = append(x.words, word{Span: Span{i, i + size}, kind: wordOpen, quote: int32(qi)})
			i += size
			continue
		}
		if qi < q1 && !x.quotes[qi].open && i < x.quotes[qi].End && x.quotes[qi].Start < i {
			if _, size, _ := markAt(text, i); size > 0 && i+size == x.quotes[qi].End {
				x.words = append(x.words, word{Span: Span{i, i + size}, kind: wordClose, quote: int32(qi)})
				i += size
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:u.End])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWordDots(text, i, u.End)
			x.words = append(x.words, word{Span: Span{i, j}, kind: wordText, upper: unicode.IsUpper(r), quote: inQuote(i)})
			i = j
		default:
			x.words = append(x.words, word{Span: Span{i, i + size}, kind: wordPunct, quote: inQuote(i)})
			i += size
		}
	}
	u.w1 = len(x.words)
}

// scanWordDots is scanWord that also keeps the inner dots of "U.S" and
// "a.m", so abbreviations stay one word.
func scanWordDots(text string, i, end int) int {
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += size
			continue
		}
		if j > i && (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') && j+size < end {
			next, _ := utf8.DecodeRuneInString(text[j+size : end])
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				if r == ',' && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
					break
				}
				if r == '.' && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) && !(j+size+1 < end && text[j+size+1] == '.') && !(j-i == 1) {
					break
				}
				if r == '\'' && j+size+1 < end && text[j+size] == '\'' {
					break
				}
				j += size
				continue
			}
		}
		break
	}
	return j
}
