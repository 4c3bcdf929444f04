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
	p := x.paras[u.para]
	if u.Start != p.Start {
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
	if colon == u.w0+1 && (x.in(lexicon.Rubrics, u.w0) || len(x.wordText(u.w0)) == 1) {
		return false // "INTERVIEW: ...", and the questions of "Q: ..."
	}
	last := x.units[p.u1-1]
	end := last.w1
	sp, quoted, direct, n := x.contentRange(colon+1, end)
	if n < x.opts.MinContentWords {
		return false
	}
	np := npSpan{u.w0, colon}
	x.attrs = append(x.attrs, attribution{
		content: []Span{sp}, source: subject{np: np, span: np}, hasSrc: true,
		cue: x.wordsSpan(colon, colon+1), hasCue: true, unit: p.u1 - 1,
		quoted: quoted, direct: direct, srcSpan: x.wordsSpan(u.w0, colon),
	})
	x.skipPara = u.para
	return true
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
	p := x.paras[x.units[ui].para]
	return p.q1 > p.q0 && x.quotes[p.q1-1].open
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
	if srcEnd == u.w0+1 && x.in(lexicon.Rubrics, u.w0) {
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
