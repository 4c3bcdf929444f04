package quote

import (
	"strings"
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
	openEnd bool // ends inside a quotation continued in the next paragraph
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
	quote int32 // number of the quotation the word lies in, or -1
	// cls holds the word lists a text word is in (lexicon.ClassOf) once
	// classKnown is set, and lexicon.CCommon once commonKnown is. Both are
	// looked up on the first question about the word: most words are
	// never asked about.
	cls lexicon.Class
}

// classKnown and commonKnown mark what a word's cls holds.
const (
	classKnown  lexicon.Class = 1 << 62
	commonKnown lexicon.Class = 1 << 63
)

// A splitter walks the sentence units of a document in order, one at a
// time, so that only the units and words still in use are kept (see
// window.go). Its zero value starts at the first paragraph.
type splitter struct {
	pi      int  // paragraph being split
	started bool // the quotations of paragraph pi are in x.quotes
	i       int  // scan position in paragraph pi
	start   int  // where the next unit of paragraph pi begins
	qi      int  // next quotation of paragraph pi for the scan, in x.quotes
	tokQ    int  // quotation cursor of tokenize, in x.quotes
}

// nextUnit appends the next sentence unit of the document to x.units,
// with its words, and reports whether there was one.
func (x *extractor) nextUnit() bool {
	for x.split.pi < len(x.paras) {
		if x.nextUnitInPara() {
			return true
		}
		x.split.pi++
		x.split.started = false
	}
	return false
}

// nextUnitInPara appends the next unit of paragraph x.split.pi, with its
// words, and reports whether the paragraph had one more.
func (x *extractor) nextUnitInPara() bool {
	sp := &x.split
	p := &x.paras[sp.pi]
	text := x.text
	if !sp.started {
		if p.residue {
			return false
		}
		x.startParagraph(sp.pi)
	}
	if sp.start >= p.End {
		return false // the paragraph is done
	}
	emit := func(end int) bool {
		for end > sp.start && isSpaceByte(text[end-1]) {
			end--
		}
		if end <= sp.start {
			return false
		}
		x.units = append(x.units, unit{Span: Span{sp.start, end}, para: sp.pi})
		if x.firstPara < 0 {
			x.firstPara = sp.pi
		}
		x.tokenize(len(x.units) - 1)
		return true
	}
	for i := sp.i; i < p.End; {
		if sp.qi < len(x.quotes) && i >= x.quotes[sp.qi].Start {
			q := x.quotes[sp.qi]
			sp.qi++
			if i == q.Start {
				i = q.End
				if q.End-q.Start >= 2 && endsWithStop(text, q.Start, q.End) && x.startsSentence(q.End, p.End) && !x.cueFollows(q.End, p.End) {
					ok := emit(i)
					sp.start, sp.i = skipSpace(text, i, p.End), i
					if ok {
						return true
					}
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
				ok := emit(j)
				sp.start, sp.i = skipSpace(text, j, p.End), j
				if ok {
					return true
				}
			}
			i = j
			continue
		}
		i++
	}
	ok := emit(p.End)
	sp.start, sp.i = p.End, p.End
	return ok
}

// startParagraph finds the quotations of paragraph pi, which the scan and
// tokenize follow.
func (x *extractor) startParagraph(pi int) {
	p := &x.paras[pi]
	next := pi + 1
	for next < len(x.paras) && x.paras[next].residue {
		next++
	}
	nextOpens := next < len(x.paras) && isQuoteOpenAt(x.text, x.paras[next].Start)
	x.qbase += len(x.quotes)
	x.quotes = appendQuotations(x.quotes[:0], x.text, p.Start, p.End, nextOpens)
	p.openEnd = len(x.quotes) > 0 && x.quotes[len(x.quotes)-1].open
	start := skipSpace(x.text, p.Start, p.End)
	x.split = splitter{pi: pi, started: true, i: start, start: start}
}

// cueFollows reports whether a speech cue comes within a few words after
// byte i, before any punctuation: `"Why?" Clinton asked.` is one sentence.
func (x *extractor) cueFollows(i, end int) bool {
	text := x.text
	// commas, parentheses and quotation marks passed, after a possessive
	// that opens a description of the source ("Scott's niece, ...")
	marks, owner := 0, false
	for n := 0; n < 24 && (n < 5 || marks > 0); n++ {
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
			if j < end && n > 0 && owner && marks < 6 && (text[j] == ',' || text[j] == '(' || text[j] == ')' || text[j] == '"') {
				// `"...!" Scott's niece, state Del. Marcia "Cia" Price
				// (D-Newport News), shouted`: a source with its
				// appositives before the cue; but `"..." Perhaps, he
				// said` is a new sentence whose subject follows the comma
				k := skipSpace(text, j+1, end)
				m := k
				for m < end && ('a' <= text[m] && text[m] <= 'z' || 'A' <= text[m] && text[m] <= 'Z') {
					m++
				}
				if text[j] == ',' && lexicon.InFold(lexicon.SubjectPronouns, text[k:m]) {
					return false
				}
				i = j + 1
				marks++
				continue
			}
			return false
		}
		if n == 0 && lexicon.InFold(lexicon.SubjectPronouns, text[i:j]) && text[i] >= 'A' && text[i] <= 'Z' {
			return false // `"... change." She adds,` starts a sentence
		}
		if n == 0 {
			owner = strings.HasSuffix(text[i:j], "'s") && text[i] >= 'A' && text[i] <= 'Z'
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
			if lexicon.EqualFold(next, "to") {
				// `"...!" Price shouted to the crowd.`: whom it was said to
				k2 := skipSpace(text, m, end)
				m2 := k2
				for m2 < end && ('a' <= text[m2] && text[m2] <= 'z' || 'A' <= text[m2] && text[m2] <= 'Z') {
					m2++
				}
				if lexicon.InFold(lexicon.Articles, text[k2:m2]) || lexicon.InFold(lexicon.PossDeterminers, text[k2:m2]) {
					return true
				}
			}
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
		// "G.K. Butterfield", "J.K. Rowling": initials before a name; not
		// a state after a town ("Fort Mill, S.C.") nor before a quotation.
		j := skipSpace(text, next, end)
		if !initials(w) || strings.HasSuffix(strings.TrimRight(text[:s], " "), ",") || j >= end || text[j] < 'A' || text[j] > 'Z' {
			return false
		}
		// A name follows initials; a common word starts a sentence: "held
		// at the U.N. The talks failed", "Washington D.C. He recalled".
		k := j
		for k < end && k-j < 16 && ('A' <= text[k] && text[k] <= 'Z' || 'a' <= text[k] && text[k] <= 'z') {
			k++
		}
		next := text[j:k]
		return !lexicon.CommonWord(next) && !lexicon.InFold(lexicon.SubjectPronouns, next) || lexicon.InFold(lexicon.TitleWords, next) ||
			lexicon.IsRoleNoun(next) // "U.N. Ambassador John Bolton"
	}
	if lw == "no" {
		// "No. 10", "no. 3 seed"; but "said no. Ohio's senator ...": the
		// number sign is an abbreviation only before its number.
		j := skipSpace(text, next, end)
		return j < end && '0' <= text[j] && text[j] <= '9'
	}
	if lw == "u.s" || lw == "a.m" || lw == "p.m" || lw == "inc" || lw == "co" || lw == "etc" || lw == "jr" || lw == "sr" {
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

// tokenize appends the words of unit ui, the latest unit of the paragraph
// being split, to x.words.
func (x *extractor) tokenize(ui int) {
	u := &x.units[ui]
	text := x.text
	u.w0 = len(x.words)
	// Units are tokenized in order, so the quotation cursor only moves on.
	qi := x.split.tokQ
	q1 := len(x.quotes)
	for qi < q1 && x.quotes[qi].End <= u.Start {
		qi++
	}
	x.split.tokQ = qi
	id := func(qi int) int32 { return int32(x.qbase + qi) }
	inQuote := func(i int) int32 {
		for qi < q1 && x.quotes[qi].End <= i {
			qi++
		}
		if qi < q1 && x.quotes[qi].Start <= i {
			return id(qi)
		}
		return -1
	}
	for i := u.Start; i < u.End; {
		if qi < q1 && i == x.quotes[qi].Start {
			_, size, _ := markAt(text, i)
			if size == 0 {
				size = 1
			}
			x.words = append(x.words, word{Span: Span{i, i + size}, kind: wordOpen, quote: id(qi)})
			i += size
			continue
		}
		if qi < q1 && !x.quotes[qi].open && i < x.quotes[qi].End && x.quotes[qi].Start < i {
			if _, size, _ := markAt(text, i); size > 0 && i+size == x.quotes[qi].End {
				x.words = append(x.words, word{Span: Span{i, i + size}, kind: wordClose, quote: id(qi)})
				i += size
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:u.End])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '<' && tagEnd(text, i, u.End) > i:
			i = tagEnd(text, i, u.End) // "<p>", "</li>": markup of an HTML page read as text, no word
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWordDots(text, i, u.End)
			x.words = append(x.words, word{Span: Span{i, j}, kind: wordText, upper: unicode.IsUpper(r) || (r == 'a' || r == 'e' || r == 'u') && articleName(text[i:j]), quote: inQuote(i)})
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
		if j > i && r == '&' && j+1 < end && unicode.IsUpper(rune(text[j-1])) && unicode.IsUpper(rune(text[j+1])) {
			j++ // AT&T, S&P, R&D: one word
			continue
		}
		if j > i && (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == '/') && j+size < end {
			next, _ := utf8.DecodeRuneInString(text[j+size : end])
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				if (r == ',' || r == '/') && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
					break // (a slash between digits is in the word: "9/11", "24/7")
				}
				if r == '.' && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) && !(j+size+1 < end && text[j+size+1] == '.') && !(j-i == 1) &&
					!domainEnd(text[j+size:end]) {
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
	if j-i == 2 && j < end && text[j] == '.' && (strings.EqualFold(text[i:j], "jr") || strings.EqualFold(text[i:j], "sr")) {
		j++ // "Jr.", "Sr.": a name's generation keeps its period, which ends no sentence
	} else if j-i >= 2 && j-i <= 4 && j+1 < end && text[j] == '.' && legalFormWord(text[i:j]) {
		if k := skipSpace(text, j+1, end); k < end && (text[k] == ',' || 'a' <= text[k] && text[k] <= 'z') {
			j++ // "Old Carrick Distilling Co. said": a company's legal form keeps its period inside a sentence
		}
	}
	return j
}

// legalFormWord reports whether w is a company's abbreviated legal form
// that is written with a period: "Co.", "Inc.", "Ltd.", "Corp.".
func legalFormWord(w string) bool {
	return strings.EqualFold(w, "co") || strings.EqualFold(w, "inc") || strings.EqualFold(w, "ltd") || strings.EqualFold(w, "corp")
}

// domainEnd reports whether s opens with a top-level domain that ends
// its word: the "com" of "Gawker.com writer", "Amazon.com said".
func domainEnd(s string) bool {
	for _, tld := range [...]string{"com", "org", "net", "gov", "edu", "io"} {
		if len(s) >= len(tld) && strings.EqualFold(s[:len(tld)], tld) {
			if len(s) == len(tld) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(s[len(tld):])
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}
	}
	return false
}

// tagEnd returns the offset after an HTML tag that starts at text[i]
// ("<p>", "</p>", `<div class="entry">`), or i when none does: "<" and a
// letter, "/" or "!", then ">" within 300 bytes of the same line and with
// no "<" between ("a < b" is no tag).
func tagEnd(text string, i, end int) int {
	if i+2 >= end || text[i] != '<' {
		return i
	}
	c := text[i+1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!') {
		return i
	}
	for j := i + 1; j < end && j < i+300; j++ {
		switch text[j] {
		case '>':
			return j + 1
		case '<', '\n':
			return i
		}
	}
	return i
}

// initials reports whether w is two or more capital letters joined by
// periods, a name's initials before its last period ("G.K", "J.R.R").
func initials(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 0 && !('A' <= w[i] && w[i] <= 'Z') || i%2 == 1 && w[i] != '.' {
			return false
		}
	}
	return true
}

// articleName reports whether w is a name after the lower-case article
// of Arabic names as English news transliterates it ("al-Hinai",
// "el-Sisi", "ash-Shami", "ud-Din"): the article, a hyphen and a
// capital. Such a word is a name's, as a capitalised one is.
func articleName(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 2 || i > 3 || i+1 >= len(w) || !isUpperASCII(w[i+1]) {
		return false
	}
	switch w[:i] {
	case "al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ud", "ul", "ed", "es", "er":
		return true
	}
	return false
}
