package quote

// Headlines, rubrics, transcripts and question-and-answer interviews.

import (
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
		if w.kind == wordText && !isAllCaps(x.wordText(k)) && !(x.qa && w.upper) || w.kind != wordText && !x.isPunct(k, '.') {
			return false
		}
	}
	if colon <= u.w0 || colon+1 >= u.w1 {
		return false
	}
	if colon == u.w0+1 && (x.is(lexicon.CRubrics, u.w0) || len(x.wordText(u.w0)) == 1) {
		return false // "INTERVIEW: ...", and the questions of "Q: ..."
	}
	c, last := x.paraContent(ui, colon+1)
	if c.n < x.opts.MinContentWords {
		return false
	}
	np := npSpan{u.w0, colon}
	x.attrs = append(x.attrs, attribution{
		content: []Span{c.span}, source: subject{np: np, span: np}, hasSrc: true,
		cue: x.wordsSpan(colon, colon+1), hasCue: true, unit: last, srcUnit: ui,
		quoted: c.quoted, direct: c.direct, srcSpan: x.wordsSpan(u.w0, colon),
	})
	x.skipPara = u.para
	return true
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
