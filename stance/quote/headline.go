package quote

// Headlines, rubrics, transcripts and question-and-answer interviews.

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// interview handles a transcript paragraph "WALLACE: text" or "Mr. Trump:
// text": the speaker's name in capitals before a colon at the paragraph
// start. The content is the rest of the paragraph.
func (x *extractor) interview(ui int) bool {
	u := x.units[ui]
	if u.Start != x.paras[u.para].Start {
		return false
	}
	colon := -1
	for k := u.w0; k < u.w1 && k < u.w0+4; k++ {
		if x.isPunct(k, ':') {
			colon = k
			break
		}
		w := x.words[k]
		if w.kind == wordText && !isAllCaps(x.wordText(k)) && !((x.qa || x.turns) && w.upper && u.para > 0) || w.kind != wordText && !x.isPunct(k, '.') {
			return false
		}
	}
	if colon <= u.w0 || colon+1 >= u.w1 || u.para == x.dateline {
		return false
	}
	if !x.qa && !x.turns && x.captionLabel(u.w0, colon) {
		return false // a tabloid's picture caption ("KIOSK KING: Wayne pulls a pint ..."), no speaker
	}
	// In an interview, an answer: "A: ...", or a mixed-case name where
	// interviewer and interviewee take turns ("Skaar: Because ..."). Like
	// a continuation, PolNeAR leaves these unannotated, so they come with
	// Options.Continuations, and the rules below still read the first
	// sentence for the attributions inside it.
	answer, turn := false, false
	if colon == u.w0+1 && (x.is(lexicon.CRubrics, u.w0) || len(x.wordText(u.w0)) == 1) {
		if !x.qa || x.wordText(u.w0) != "A" {
			return false // "INTERVIEW: ...", and the questions of "Q: ..."
		}
		answer = true
	}
	if !answer && x.turns {
		for k := u.w0; k < colon; k++ {
			turn = turn || x.words[k].kind == wordText && !isAllCaps(x.wordText(k))
		}
		turn = turn && !x.qa // with "Q:" lines, "Brandt: ..." is a transcript line as before
	}
	if (answer || turn) && !x.opts.Continuations {
		return false
	}
	c, last := x.paraContent(ui, colon+1)
	if c.n < x.opts.MinContentWords {
		return false
	}
	if (answer || turn) && !c.quoted && c.span.End > c.span.Start && x.text[c.span.End-1] == '?' {
		return false // the interviewer's question ("Gazette: Why the lido?")
	}
	np := npSpan{u.w0, colon}
	x.attrs = append(x.attrs, attribution{
		content: []Span{c.span}, source: subject{np: np, span: np}, hasSrc: !answer,
		cue: x.wordsSpan(colon, colon+1), hasCue: true, unit: last, srcUnit: ui,
		quoted: c.quoted, direct: c.direct, srcSpan: x.wordsSpan(u.w0, colon),
		transcript: answer || turn || x.qa, interviewee: answer,
	})
	x.answers = append(x.answers, x.paras[u.para].Span)
	if answer || turn || x.qa && !c.quoted {
		// an answer's own reports ("The Fisheries Division said the ice
		// plant would be fixed by Easter") are read as any sentence is
		return false
	}
	x.skipPara = u.para
	return true
}

// captionLabel reports whether the capitals [w0, colon) are a caption's
// label of two or more common words ("KIOSK KING", "SADDLE SORE"), not a
// name or a transcript's speaker ("WALLACE", "MR. TRUMP", "SEN.
// SANDERS", "HOST", "GUEST").
func (x *extractor) captionLabel(w0, colon int) bool {
	n := 0
	for k := w0; k < colon; k++ {
		if x.words[k].kind != wordText {
			continue
		}
		w := x.wordText(k)
		if !isAllCaps(w) || !lexicon.CommonWord(strings.ToLower(w)) || x.is(lexicon.CTitleWords, k) || x.is(lexicon.CHonorificWords, k) ||
			lexicon.GivenNameGender(w) != 0 || x.is(lexicon.CRubrics, k) || lexicon.IsRoleNoun(w) {
			return false
		}
		n++
	}
	return n >= 2 // one word is a transcript's speaker ("HOST:", "GUEST:")
}

// isInterview reports whether the document is an interview printed as
// questions and answers: qa is true when a paragraph opens with "Q:" or
// "Q.", turns when two labels ("Gazette:", "Skaar:"), each of one to
// three capitalised words, open two paragraphs each, as interviewer and
// interviewee take turns, or when one label opens two answers and two
// unlabelled paragraphs are questions.
//
// dateline is the paragraph, among the first two, that opens with the
// article's only label, in capitals ("PUNE: Sahyadri Forgings on Tuesday
// reported ..."): the place the story was filed from, not a speaker; -1
// when there is none.
func (x *extractor) isInterview() (qa, turns bool, dateline int) {
	var labels [4]string
	var counts [4]int
	n, labelled := 0, 0
	dateline = -1
	questions := 0 // unlabelled paragraphs that are one question
	for pi, p := range x.paras {
		t := x.text[p.Start:p.End]
		if strings.HasPrefix(t, "Q:") || strings.HasPrefix(t, "Q.") {
			qa = true
		}
		label, ok := turnLabel(t)
		if !ok {
			if t = strings.TrimRight(t, " \t\r\n*"); strings.HasSuffix(t, "?") && len(t) < 400 && pi > 0 {
				questions++
			}
			continue
		}
		if labelled++; pi <= 1 && len(label) > 1 && isAllCaps(label) {
			dateline = pi
		}
		i := 0
		for i < n && labels[i] != label {
			i++
		}
		if i == n {
			if n == len(labels) {
				continue
			}
			labels[n] = label
			n++
		}
		counts[i]++
	}
	taking := 0
	for _, c := range counts[:n] {
		if c >= 2 {
			taking++
		}
	}
	if taking == 1 && questions >= 2 {
		// The questions printed bold without a label, the answers after
		// the interviewee's name: "Why the caravan?" / "Harrow: It was free".
		taking = 2
	}
	if labelled != 1 || qa {
		dateline = -1
	}
	return qa, taking >= 2, dateline
}

// turnLabel returns the label of a paragraph that opens with one to three
// capitalised words and a colon followed by a space ("Skaar: Because
// ..."), and whether it has one.
func turnLabel(t string) (string, bool) {
	colon := strings.IndexByte(t, ':')
	if colon < 1 || colon > 30 || colon+1 >= len(t) || t[colon+1] != ' ' || t[0] < 'A' || t[0] > 'Z' {
		return "", false
	}
	words := 1
	for i := 0; i < colon; i++ {
		switch c := t[i]; {
		case c == ' ':
			if i+1 >= colon || t[i+1] < 'A' || t[i+1] > 'Z' {
				return "", false
			}
			words++
		case c == '.' || c == '-' || c == '\'' || c >= 0x80:
		case c < 'A' || c > 'z' || c > 'Z' && c < 'a':
			return "", false
		}
	}
	if words > 3 {
		return "", false
	}
	return t[:colon], true
}

// A contentScan is contentRange computed word by word, for a content too
// long to keep the words of: it has seen words up to some point, and
// holds the content the words so far make.
type contentScan struct {
	started          bool
	span             Span
	quoted, direct   bool // of the content so far
	n                int
	sQuoted, sDirect bool // of the words seen, trailing punctuation included
	sN               int
}

// add takes in word k.
func (c *contentScan) add(x *extractor, k int) {
	w := x.words[k]
	if !c.started {
		if w.kind == wordPunct && w.quote < 0 {
			return // leading punctuation
		}
		c.started = true
		c.span.Start = w.Start
		c.sDirect = w.kind == wordOpen
	}
	if w.quote >= 0 {
		c.sQuoted = true
	} else {
		c.sDirect = false
	}
	if w.kind == wordText {
		c.sN++
	}
	if !(w.kind == wordPunct && w.quote < 0 && trailingPunct(x.wordText(k))) {
		c.span.End = w.End
		c.quoted, c.direct, c.n = c.sQuoted, c.sDirect, c.sN
	}
}

// paraContent returns the content that runs from word w0 of unit ui, the
// first of its paragraph, to the paragraph end, and the index of the
// paragraph's last unit. In a window (see window.go) it splits the rest
// of the paragraph; once the content is long enough to be reported, the
// units between the first and the last are dropped as they are read: the
// paragraph is a single statement, and those units need only their
// mentions, which are taken here.
func (x *extractor) paraContent(ui, w0 int) (contentScan, int) {
	var c contentScan
	for k := w0; k < x.units[ui].w1; k++ {
		c.add(x, k)
	}
	para := x.units[ui].para
	last := ui
	for {
		next := last + 1
		if next == len(x.units) && (x.whole || !x.nextUnitInPara()) {
			break
		}
		if x.units[next].para != para {
			break
		}
		for k := x.units[next].w0; k < x.units[next].w1; k++ {
			c.add(x, k)
		}
		last = next
		if x.whole || c.n < x.opts.MinContentWords {
			continue // the whole document is kept, or the statement may yet be too short
		}
		for x.mentioned <= last {
			x.r.addMentions(x.mentioned)
			x.mentioned++
		}
		if last > ui+1 {
			x.dropUnit(last - 1)
			last--
		}
	}
	return c, last
}

func isAllCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// paraQuoteOpen reports whether the paragraph of unit ui ends inside a
// quotation continued in the next paragraph.
func (x *extractor) paraQuoteOpen(ui int) bool {
	return x.paras[x.units[ui].para].openEnd
}

// headline handles "Speaker: claim" and "Speaker to Audience: claim" in
// the first paragraph.
func (x *extractor) headline(ui int) bool {
	u := x.units[ui]
	colon := -1
	for k := u.w0; k < u.w1 && k < u.w0+8; k++ {
		if x.isPunct(k, ':') && x.words[k].quote < 0 {
			colon = k
			break
		}
	}
	if colon <= u.w0 {
		return false
	}
	srcEnd := colon
	for k := u.w0; k < colon; k++ {
		w := x.words[k]
		if w.kind != wordText {
			if x.isPunct(k, '.') || x.isPunct(k, '\'') {
				continue
			}
			return false
		}
		if !w.upper {
			lw := x.wordText(k)
			if (lw == "to" || lw == "on" || lw == "at") && k > u.w0 {
				if srcEnd == colon {
					srcEnd = k
				}
				continue
			}
			if lw != "of" && lw != "for" && lw != "and" {
				return false
			}
		}
	}
	if !x.words[srcEnd-1].upper {
		return false
	}
	if srcEnd == u.w0+1 && len(x.wordText(u.w0)) == 1 {
		return false // "Q: ..."
	}
	if srcEnd == u.w0+1 && x.is(lexicon.CRubrics, u.w0) {
		// "INTERVIEW: "A" - Mayor Jane Roe on ...": a rubric, no speaker.
		x.rubricQuote(ui, colon+1)
		return true
	}
	np := npSpan{u.w0, srcEnd}
	return x.addAttribution(ui, colon+1, u.w1, subject{np: np, span: np}, true, colon, colon+1)
}

// rubricQuote handles the rest of a rubric headline from word w0: a
// quotation signed by a dash and a capitalised name, `"A" - Mayor Jane
// Roe on dikes and rents`.
func (x *extractor) rubricQuote(ui, w0 int) {
	u := x.units[ui]
	if w0 >= u.w1 || x.words[w0].kind != wordOpen {
		return
	}
	qc := w0 + 1
	for qc < u.w1 && !(x.words[qc].kind == wordClose && x.words[qc].quote == x.words[w0].quote) {
		qc++
	}
	if qc+2 >= u.w1 || !isDash(x.wordText(qc+1)) || !x.words[qc+2].upper {
		return
	}
	e := qc + 2
	for e < u.w1 && (x.words[e].kind == wordText && x.words[e].upper || x.isPunct(e, '.')) {
		e++
	}
	np := npSpan{qc + 2, e}
	x.addAttribution(ui, w0, qc+1, subject{np: np, span: np}, true, qc+1, qc+2)
}
