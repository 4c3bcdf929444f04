package quote

// Quote-led attributions: "A," X said ... / "A," said X, a title ... / "A." - X

import (
	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// quoteLed handles a quotation followed at once by its source and cue,
// whatever comes after them: `"A," she said several months later, and ...`,
// `"A?" a narrator asks.`, `As for costs, "A," said Mr. Kamin, who ...`,
// `"A." ― Jane Roe` (a dash signature). The content is the quotation, or
// runs from the unit start when the quotation continues a clause.
func (x *extractor) quoteLed(ui, from int) (int, bool) {
	u := x.units[ui]
	for qc := from + 1; qc+1 < u.w1; qc++ {
		if x.words[qc].kind != wordClose {
			continue
		}
		qo := qc - 1
		for qo > u.w0 && !(x.words[qo].kind == wordOpen && x.words[qo].quote == x.words[qc].quote) {
			qo--
		}
		if x.words[qo].kind != wordOpen {
			continue
		}
		if qo < from {
			continue
		}
		c0 := qo
		if qo > from && !x.isPunct(qo-1, ',') && !x.isPunct(qo-1, ':') {
			if from > u.w0 {
				continue // a later quotation must follow a comma or colon
			}
			c0 = u.w0
		}
		if next, ok := x.quoteSource(ui, c0, qo, qc); ok {
			return next, true
		}
	}
	return 0, false
}

// quoteSource looks for the source and cue right after the closing mark at
// word qc and records the attribution of content [c0, qc].
func (x *extractor) quoteSource(ui, c0, qo, qc int) (int, bool) {
	u := x.units[ui]
	// `"A." ― Jane Roe`
	if w := x.words[qc+1]; w.kind == wordPunct && isDash(x.wordText(qc+1)) && qc+2 < u.w1 {
		end := trimPunctEnd(x, qc+2, u.w1)
		if end > qc+2 && end-qc-2 <= 5 && x.words[qc+2].upper {
			np := npSpan{qc + 2, end}
			if x.addAttribution(ui, c0, qc+1, subject{np: np, span: np}, true, qc+1, qc+2) {
				return u.w1, true
			}
		}
		return 0, false
	}
	for c := qc + 1; c < u.w1 && c <= qc+25; c++ {
		w := x.words[c]
		if w.quote >= 0 || w.kind == wordOpen || x.isPunct(c, ';') || x.isPunct(c, ':') || x.isPunct(c, '?') ||
			x.isPunct(c, '!') || x.isPunct(c, ',') && c == qc+1 {
			return 0, false
		}
		e, n, ok := x.cueAt(c, u.w1)
		postOnly := false
		if !ok && w.kind == wordText && !w.upper && lexicon.PostQuoteVerb(x.wordText(c)) {
			// `"...," the statement read.`, `"...?" Ruiz pressed.`
			e, n, ok, postOnly = lexicon.CueEntry{Class: lexicon.CueSpeech, Past: true}, 1, true, true
			if c+1 < u.w1 && x.is(lexicon.CVerbParticles, c+1) {
				n = 2 // "shot back", "chimed in"
			}
		}
		if !ok || !e.Past || e.Participle || w.upper || e.Class != lexicon.CueSpeech && e.Class != lexicon.CueTell && e.Class != lexicon.CueBelief {
			continue
		}
		if c+n+1 < u.w1 && (x.isPunct(c+n, ':') || x.isPunct(c+n, ',') && x.words[c+n+1].kind == wordOpen && x.endsWithStop(qc)) {
			// `"No." Ruiz said: "..."`: the cue opens a new statement; the
			// quotation before it continues the previous one.
			if c0 == qo && qo == u.w0 {
				x.attachPrevious(ui, qo, qc+1)
				return qc + 1, true
			}
			return 0, false
		}
		var subj subject
		end := c + n
		if c == qc+1 {
			np := x.npRight(end, u.w1)
			if !np.ok() || e.Class == lexicon.CueTell {
				continue // `"...," told the Star`: whom it was told, no speaker
			}
			subj = subject{np: np, span: np}
			end = np.w1
			// "said Leonard E. Burman, director of ..."
			if end+1 < u.w1 && x.isPunct(end, ',') && x.words[end+1].kind == wordText && !x.is(lexicon.CSubjectPronouns, end+1) {
				if _, _, isCue := x.cueAt(end+1, u.w1); !isCue {
					k := end + 1
					for k < u.w1 && !x.isPunct(k, ',') && x.words[k].quote < 0 {
						k++
					}
					if ap := (npSpan{end + 1, trimPunctEnd(x, end+1, k)}); ap.ok() && x.apposLike(ap) {
						subj.appos = ap
						subj.span.w1 = ap.w1
						end = k
					}
				}
			}
		} else {
			j := x.skipAdjunctsLeft(c-1, qc+1)
			if j <= qc {
				continue
			}
			np := x.npLeft(j, qc+1)
			if np.ok() && np.w0 != qc+1 && (x.is(lexicon.CNpStops, qc+1) || x.is(lexicon.CPrepositions, qc+1) && !x.words[qc+1].upper) ||
				!x.nounHead(j) && !x.isPunct(j, ',') && !(np.ok() && x.is(lexicon.CDeterminers, np.w0)) {
				continue // `"right" when he said`; `"I have admiration for the mechanics" of the proposals, Mr. Holtz-Eakin said`: the quotation goes on
			}
			if !np.ok() {
				if !x.isPunct(j, ',') {
					continue
				}
				np = npSpan{qc + 1, j}
			}
			subj = subject{np: np, span: npSpan{qc + 1, j + 1}}
			if as, ok := x.appositiveSubject(j, qc+1); ok && x.isPunct(j, ',') && as.np.w0 > qc+1 {
				// `"...!" Scott's niece, state Del. Marcia Price, shouted`:
				// the description first, then the name
				subj = as
				subj.span = npSpan{qc + 1, j + 1}
			} else if s2, ok := x.subjectBefore(c, qc+1); np.w0 != qc+1 && ok && s2.span.w0 == qc+1 && s2.appos.ok() && !x.isPunct(s2.np.w1, ',') {
				// `"...," Mr. Morgan of the Sierra Club said`: a name and
				// the body it is of
				subj = s2
				subj.span = npSpan{qc + 1, j + 1}
			} else if np.w0 != qc+1 {
				// "a narrator in the Clinton ad asks", "Scott Pruitt, the
				// attorney general of Oklahoma, said": everything between
				// the quotation and the cue is the source; the name is the
				// first noun phrase.
				first := qc + 1
				for first < j && !x.isPunct(first, ',') {
					first++
				}
				if first < j {
					subj.np = npSpan{qc + 1, first}
					subj.appos = npSpan{first + 1, trimPunctEnd(x, first+1, j+1)}
				} else {
					subj.np = npSpan{qc + 1, j + 1}
				}
			}
			for subj.span.w1 > subj.span.w0 && x.words[subj.span.w1-1].kind != wordText {
				subj.span.w1--
			}
			if !subj.span.ok() || !subj.np.ok() {
				continue
			}
		}
		if postOnly || c0 != qo && c != qc+1 {
			// An unusual verb attributes only when nothing but adjuncts
			// follow it; a quotation inside a clause (`Asked on "Meet the
			// Press," Ruiz said she ...`) is no content when the cue has
			// a content of its own.
			if _, ok := x.restAfter(end, u.w1); !ok {
				if postOnly {
					continue
				}
				return 0, false
			}
		}
		if !x.addAttribution(ui, c0, qc+1, subj, true, c, c+n) {
			return 0, false
		}
		for end < u.w1 && (x.is(lexicon.CTimeWords, end) || x.words[end].kind == wordText && x.words[end].upper && x.is(lexicon.CNonNameCaps, end)) {
			end++
		}
		if end < u.w1 && x.isPunct(end, ',') {
			return x.continuation(ui, end), true
		}
		return end, true
	}
	return 0, false
}

// endsWithStop reports whether the quotation closed at word qc ends with
// sentence punctuation inside its marks.
func (x *extractor) endsWithStop(qc int) bool {
	k := qc - 1
	return k >= 0 && (x.isPunct(k, '.') || x.isPunct(k, '?') || x.isPunct(k, '!'))
}

// attachPrevious adds words [w0, w1) of unit ui, a quotation with no cue of
// its own, as a further range of the attribution of the unit before, when
// that one quotes too: `"A," she said. "B." Ruiz said: "C."`
func (x *extractor) attachPrevious(ui, w0, w1 int) bool {
	if len(x.attrs) == 0 {
		return false
	}
	a := &x.attrs[len(x.attrs)-1]
	if !a.quoted || a.unit != ui-1 && a.unit != ui || x.units[a.unit].para != x.units[ui].para {
		return false
	}
	sp, _, direct, n := x.contentRange(w0, w1)
	if n == 0 {
		return false
	}
	a.content = append(a.content, sp)
	a.direct = a.direct && direct
	return true
}

func isDash(s string) bool { return s == "―" || s == "—" || s == "–" || s == "-" }
