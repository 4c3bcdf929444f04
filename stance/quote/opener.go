package quote

// Openers beside a main clause: Asked whether CONTENT, X said ... and
// In a new poll, CONTENT.

import (
	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// leadClause handles two sentence openers that attribute something besides
// the main clause, and inserts their attribution before those of the
// clause (at index before) so that attributions stay in text order:
//
//   - `(When) asked whether CONTENT, X said ...`: a question put to the
//     speaker, with no source (or the asker: "asked by a reporter").
//   - `In a new Tidewater poll, CONTENT.`: the poll is the source and the
//     main clause its content.
func (x *extractor) leadClause(ui, before int) {
	u := x.units[ui]
	k := u.w0
	if k < u.w1 && (lexicon.EqualFold(x.wordText(k), "when") || lexicon.EqualFold(x.wordText(k), "after")) {
		k++
	}
	if k+2 >= u.w1 || x.words[k].kind != wordText {
		return
	}
	comma := -1
	for c := k + 1; c < u.w1 && c < k+30; c++ {
		if x.words[c].quote >= 0 || x.words[c].kind == wordOpen {
			return
		}
		if x.isPunct(c, ',') {
			comma = c
			break
		}
	}
	if comma < 0 || comma+3 >= u.w1 {
		return
	}
	var a attribution
	switch lw := x.wordText(k); {
	case lexicon.EqualFold(lw, "asked"):
		c0 := k + 1
		var subj subject
		if lexicon.EqualFold(x.wordText(c0), "by") {
			// "asked by a reporter whether ..."
			e := c0 + 1
			for e < comma && !x.is(lexicon.CAskWords, e) {
				e++
			}
			if e == comma || e-c0 > 6 {
				return
			}
			subj = subject{np: npSpan{c0 + 1, e}, span: npSpan{c0 + 1, e}}
			c0 = e
		}
		if !x.is(lexicon.CAskWords, c0) || comma-c0 < 3 {
			return
		}
		a = attribution{content: []Span{x.wordsSpan(c0, comma)}, cue: x.wordsSpan(k, k+1), hasCue: true, unit: ui, srcUnit: ui}
		if subj.np.ok() {
			a.source, a.hasSrc, a.srcSpan = subj, true, x.wordsSpan(subj.span.w0, subj.span.w1)
		}
	case lexicon.EqualFold(lw, "in") && k == u.w0:
		// The poll ends at its head or at adjuncts of time ("last month").
		head := -1
		for h := k + 1; h < comma; h++ {
			if x.is(lexicon.CPollNouns, h) {
				head = h
				break
			}
		}
		if head < 0 || !x.is(lexicon.CDeterminers, k+1) || head-k > 8 {
			return
		}
		sp, quoted, _, n := x.contentRange(comma+1, u.w1)
		if quoted || n < 3 || x.ownCueAfter(comma+1, u.w1) {
			return // ("In a survey of 1,100 residents, almost one in three respondents said ...": the share's own cue says what the poll found)
		}
		np := npSpan{k + 1, head + 1}
		a = attribution{content: []Span{sp}, source: subject{np: np, span: np}, hasSrc: true,
			cue: x.wordsSpan(k, k+1), hasCue: true, unit: ui, srcUnit: ui, srcSpan: x.wordsSpan(k+1, head+1)}
	default:
		return
	}
	if !x.opts.Indirect {
		return
	}
	x.attrs = append(x.attrs, attribution{})
	copy(x.attrs[before+1:], x.attrs[before:])
	x.attrs[before] = a
	if x.pending >= before {
		x.pending++ // "Asked about the next version, Sivakumar said:" and a list: the list is Sivakumar's
	}
}

// ownCueAfter reports whether the clause from w0 has a subject of its own
// and a cue of speech or belief within a few words: what follows a
// fronted phrase is then an attribution of its own.
func (x *extractor) ownCueAfter(w0, hi int) bool {
	for t := w0 + 1; t < hi && t < w0+12; t++ {
		if x.words[t].quote >= 0 || x.isPunct(t, ',') {
			return false
		}
		e, _, ok := x.cueAt(t, hi)
		if !ok || e.Participle || e.Class != lexicon.CueSpeech && e.Class != lexicon.CueTell && e.Class != lexicon.CueBelief {
			continue
		}
		subj, ok := x.subjectBefore(t, w0)
		return ok && subj.np.w0 >= w0
	}
	return false
}
