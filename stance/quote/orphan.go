package quote

// Name-colon quotations and orphan quotations that continue the
// attribution before them.

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// colonQuote handles a name followed by a colon and a quotation, with no
// verb: `Former governor Ana Ruiz: "..."`, `New poll - Pew Research: "..."`.
// The name opens the unit or follows a dash.
func (x *extractor) colonQuote(ui int) bool {
	u := x.units[ui]
	for k := u.w0 + 1; k+1 < u.w1; k++ {
		if !x.isPunct(k, ':') || x.words[k].quote >= 0 || x.words[k+1].kind != wordOpen {
			continue
		}
		np := x.npLeft(k-1, u.w0)
		if !np.ok() || np.w1-np.w0 > 8 || !x.words[np.w1-1].upper {
			return false
		}
		for np.w0 < np.w1 && x.is(lexicon.CLeadConjunctions, np.w0) {
			np.w0++
		}
		if np.w0 > u.w0 && !(x.words[np.w0-1].kind == wordPunct && isDash(x.wordText(np.w0-1))) {
			return false
		}
		for t := np.w0; t < np.w1; t++ {
			if x.words[t].kind == wordText && !x.words[t].upper && !x.is(lexicon.CTitleWords, t) && !x.is(lexicon.CSubjectPrepositions, t) {
				return false
			}
		}
		if x.teaserQuote(k+1, u.w1) {
			return false
		}
		return x.addAttribution(ui, k+1, u.w1, subject{np: np, span: np}, true, k, k+1)
	}
	return false
}

// teaserQuote reports whether the quotation opening at word o, before hi,
// is said again word for word in the text that follows, within about two
// paragraphs: a heading that teases what the story goes on to attribute
// (`Nurses: "a start, not a fix"` over "..., said the extra positions were
// "a start, not a fix""), not a statement of its own.
func (x *extractor) teaserQuote(o, hi int) bool {
	c := -1
	for t := o + 1; t < hi; t++ {
		if x.words[t].kind == wordClose && x.words[t].quote == x.words[o].quote {
			c = t
			break
		}
	}
	if c < 0 || c-o < 3 {
		return false
	}
	inner := x.text[x.words[o].End:x.words[c].Start]
	from := x.words[c].End
	to := min(len(x.text), from+2000)
	return len(inner) >= 8 && strings.Contains(x.text[from:to], inner)
}

// colonVerbQuote handles a person, a short verb phrase that is no cue of
// the lexicon, a colon and a quotation: `But Joanne Pike, 38, hit back:
// "..."`, `The coach kept it short: "..."`. A colon that opens a
// quotation after a clause about a named person or "he", "she", "they"
// introduces what that person said. The colon is the cue.
func (x *extractor) colonVerbQuote(ui int) bool {
	u := x.units[ui]
	k := u.w0
	for k < u.w1 && !(x.isPunct(k, ':') && x.words[k].quote < 0 && k+1 < u.w1 && x.words[k+1].kind == wordOpen) {
		if x.words[k].quote >= 0 {
			return false
		}
		k++
	}
	if k >= u.w1 {
		return false
	}
	subj, ok := x.clauseSubject(u.w0, k)
	if !ok {
		return false
	}
	head := subj.np.w1 - 1
	if x.is(lexicon.CSubjectPronouns, head) {
		switch lexicon.Lower(x.wordText(head)) {
		case "he", "she", "they":
		default:
			return false
		}
	} else if !x.words[head].upper && !(lexicon.IsRoleNoun(x.wordText(head)) && x.is(lexicon.CArticles, subj.np.w0)) && !x.in(madeDocuments, head) {
		return false // (but "The coach, Hamish Fraser, was blunt:", "The statement from Kiwi Dairy read:")
	}
	t := subj.span.w1
	for a := 0; a < 3 && t < k && x.isPunct(t, ','); a++ {
		// Appositives: "Joanne Pike, 38, hit back:", "Priyanka
		// Deshmukh, 29, who commutes daily from Thane, summed it up:".
		e := t + 1
		for e < k && !x.isPunct(e, ',') && e-t <= 8 {
			e++
		}
		if e >= k || !x.isPunct(e, ',') {
			if a == 0 {
				return false
			}
			break // the verb phrase follows the last comma
		}
		if seg := (npSpan{t + 1, e}); a == 0 && !x.words[head].upper && x.words[seg.w0].upper && x.nameLike(seg) {
			// "The coach, Hamish Fraser, was blunt:": the name after the
			// role is the speaker's
			subj = subject{np: seg, span: npSpan{subj.span.w0, e}, appos: subj.np}
		}
		t = e
	}
	if t < k && x.isPunct(t, ',') {
		t++
	}
	// One to five lower-case words: the verb phrase.
	n := 0
	for ; t < k; t++ {
		w := x.words[t]
		if w.kind != wordText || w.upper && n == 0 {
			return false
		}
		n++
	}
	if n == 0 || n > 5 {
		return false
	}
	return x.addAttribution(ui, k+1, u.w1, subj, true, k, k+1)
}

// orphan attaches a unit that is all quotation, with no cue of its own, to
// the attribution just before it: `"A," he said. "B."`
func (x *extractor) orphan(ui int) {
	u := x.units[ui]
	if len(x.attrs) == 0 || x.words[u.w0].kind != wordOpen {
		return
	}
	a := &x.attrs[len(x.attrs)-1]
	if !a.quoted || a.unit != ui-1 || u.para-x.units[a.unit].para > 1 {
		return
	}
	nextPara := u.para != x.units[a.unit].para
	inq, total := 0, 0
	for k := u.w0; k < u.w1; k++ {
		if x.words[k].kind == wordText {
			total++
			if x.words[k].quote >= 0 {
				inq++
			}
		}
	}
	if total == 0 || inq*10 < total*8 {
		return
	}
	sp, _, direct, n := x.contentRange(u.w0, u.w1)
	if n == 0 {
		return
	}
	if nextPara && !x.paraQuoteOpen(a.unit) {
		// A new quoting paragraph without a cue is not part of the
		// previous statement (PolNeAR's convention); it is a statement
		// of its own by the speaker just quoted (Options.Continuations).
		if x.opts.Continuations && direct && a.direct && !x.quotedSubhead(ui) {
			x.attrs = append(x.attrs, attribution{content: []Span{sp}, unit: ui, srcUnit: ui, quoted: true, direct: true, follows: true})
		}
		return
	}
	a.content = append(a.content, sp)
	a.direct = a.direct && direct
	a.unit = ui
}

// quotedSubhead reports whether unit ui is a paragraph of its own that is
// a short quotation in title case, as a feature's subheading quotes a
// line from its story ("'All Bets Are Off.'"): no statement of the
// speaker quoted before it.
func (x *extractor) quotedSubhead(ui int) bool {
	u := x.units[ui]
	if ui+1 < len(x.units) && x.units[ui+1].para == u.para || ui > 0 && x.units[ui-1].para == u.para {
		return false
	}
	n := 0
	for k := u.w0; k < u.w1; k++ {
		if x.words[k].kind != wordText {
			continue
		}
		n++
		if !x.words[k].upper && !x.in(titleCaseSmallWords, k) {
			return false
		}
	}
	return n >= 2 && n <= 8
}

// titleCaseSmallWords stay in lower case in a title-case heading.
var titleCaseSmallWords = lexicon.SetOf("a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "as")
