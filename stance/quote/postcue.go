package quote

// Post-cue attributions: CONTENT, X said. / CONTENT, according to X.

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// postPattern looks for a cue at the end of unit ui whose content comes
// first: `CONTENT, X said.`, `"CONTENT," said X.`, `CONTENT, according to X.`
// It returns the word where the unit continues after the attribution.
func (x *extractor) postPattern(ui int) (int, bool) {
	u := x.units[ui]
	for c := u.w1 - 1; c > u.w0; c-- {
		e, n, ok := x.cueAt(c, u.w1)
		if !ok || x.words[c].upper && !lexicon.EqualFold(x.wordText(c), "according") || x.inWorkRelative(c, u.w0) {
			continue
		}
		if e.Participle && x.isPunct(c-1, ',') {
			continue
		}
		if e.Past && strings.HasSuffix(x.wordText(c), "ed") && x.is(lexicon.CArticles, c-1) && c+1 < u.w1 && x.words[c+1].kind == wordText && !x.words[c+1].upper {
			continue // "over the proposed transfer", "the reported deal": an adjective before its noun
		}
		if lexicon.EqualFold(x.wordText(c), "according") {
			return x.accordingAfter(ui, c)
		}
		if a, ok := x.quotedAsStart(c, u.w0); ok && e.Participle && e.Class == lexicon.CueSpeech {
			// `"...," Braynard is quoted as saying.`
			if subj, ok := x.subjectBefore(a, u.w0); ok && x.speakingSubject(subj) {
				cont, ok := x.restAfter(c+n, u.w1)
				if !ok && c+n+1 < u.w1 && x.wordIs(c+n, "by") {
					cont, ok = u.w1, true // "... was quoted as saying by Reuters."
				}
				if ok {
					if b := subj.span.w0 - 1; b > u.w0 && x.contentBoundary(b) && (cont == u.w1 || x.quotedBefore(u.w0, b)) {
						c1 := b
						if x.words[b].kind == wordClose {
							c1 = b + 1
						}
						if x.addAttribution(ui, u.w0, c1, subj, true, c, c+n) {
							return x.continuation(ui, cont), true
						}
					}
				}
			}
			return 0, false
		}
		if !e.Past || e.Class != lexicon.CueSpeech && e.Class != lexicon.CueTell && e.Class != lexicon.CueBelief {
			return 0, false
		}
		end := c + n
		if end+1 == u.w1 && x.isPunct(end, ':') {
			return 0, false // "Of the one time an alarm went off, he said:" leads in to the next paragraph
		}
		if end+1 < u.w1 && x.wordIs(end, "to") && x.words[end+1].kind == wordText && isVerbLike(x.wordText(end+1)) &&
			(!lexicon.InFold(addresseeCues, x.wordText(c)) || lexicon.InFold(raisingCues, x.wordText(c)) &&
				c-1 > u.w0 && x.words[c-1].kind == wordText && !x.words[c-1].upper && !x.is(lexicon.CSubjectPronouns, c-1) && !x.is(lexicon.CArticles, c-2)) {
			// "..., Germany pledged to bolster its military": the content is
			// the infinitive after the cue; "..., a project now estimated to
			// cost $46 million": a participle, no one's word (not "..., the
			// senator said to cheers")
			continue
		}
		// Normal order: ", X said."
		if subj, ok := x.subjectBefore(c, u.w0); ok && (!e.Base || x.agreesWithBase(c, subj, u.w0)) &&
			(!e.Third || x.agreesWithThird(subj)) &&
			// "It was a reversal for the senator, who had pledged to
			// support ...": a relative clause, which reports nothing of
			// the clause before it
			!(subj.np.w1-subj.np.w0 == 1 && x.is(lexicon.CRelativePronouns, subj.np.w0)) {
			rest := end
			if e.Class == lexicon.CueTell && rest < u.w1 {
				// "..., Graham told The Huffington Post on Thursday.": the
				// one told, then the rest
				if x.is(lexicon.CObjectPronouns, rest) {
					rest++
				} else if np := x.npRight(rest, u.w1); np.ok() {
					rest = x.ofNameEnd(np.w1, u.w1) // "the House of Lords"
				}
			}
			if cont, ok := x.restAfter(rest, u.w1); ok {
				b := subj.span.w0 - 1
				if b > u.w0 && x.contentBoundary(b) && (cont == u.w1 || x.quotedBefore(u.w0, b) || x.participleCueAt(cont, u.w1) && x.clauseBefore(u.w0, b)) {
					c1 := b
					if x.words[b].kind == wordClose {
						c1 = b + 1
					}
					if x.addAttribution(ui, u.w0, c1, subj, true, c, end) {
						return x.continuation(ui, cont), true
					}
				}
			}
		}
		// Inverted: `"...," said X.` A tell cue is never inverted: what
		// follows it is whom it was told ("..., told members:").
		if x.contentBoundary(c-1) && !e.Base && e.Class != lexicon.CueTell && !x.is(lexicon.CNamingCues, c) && !lexicon.InFold(objectCues, x.wordText(c)) &&
			!(x.in(writingCues, c) && !strings.HasPrefix(lexicon.Lower(x.wordText(c)), "wr") && !x.quotedBefore(u.w0, c) && end < u.w1 &&
				(x.wordIs(end, "a") || x.wordIs(end, "an") || lexicon.IsNumber(x.wordText(end)))) {
			// (not "ACCRA — Densu Cocoa Processing, Ghana's largest cocoa
			// grinder, posted a pre-tax loss": a verb of writing by its
			// medium, unlike "wrote", does not invert before its object)
			// Nor is a cue that takes an object: "..., called a strike".
			np := x.npRight(end, u.w1)
			if np.ok() && x.words[np.w0].kind == wordText && lexicon.IsNumber(x.wordText(np.w0)) &&
				(np.w1-np.w0 == 1 || x.is(lexicon.CPrepositions, np.w0+1) && !x.wordIs(np.w0+1, "of")) {
				// "..., Jerome St Hill, 36, added 96 for the fourth wicket": a
				// bare number is no source ("wrote 300 scientists" and
				// "predicted 12 of the 15 analysts" are)
				return 0, false
			}
			if !np.ok() || lexicon.InFold(objectControl, x.wordText(c)) && x.wordIs(np.w1, "to") || e.Class == lexicon.CueBelief && x.infinitiveAfter(np.w0, u.w1) {
				// nor one with an object and an infinitive: "..., urged the
				// agency to hold back a loan", "..., expects sales in China
				// and the Gulf to double"
				return 0, false
			}
			if np.w1-np.w0 == 1 && !x.words[np.w0].upper && !x.is(lexicon.CSubjectPronouns, np.w0) && !x.plural(np.w0) && !lexicon.IsRoleNoun(x.wordText(np.w0)) &&
				np.w1 < u.w1 && x.words[np.w1].kind == wordText {
				// "..., said work at the site would be paused": a bare common
				// noun that the clause goes on from opens the content, no
				// source ("..., said management." is one)
				return 0, false
			}
			if subj, ok := x.subjectBefore(c, u.w0); ok && (x.properPhrase(subj.np) || x.titledPersonRun(subj.np)) && !x.quotedBefore(u.w0, c) &&
				(x.opensClause(u.w0, subj.np.w0, c) || x.opensClause(u.w0, subj.span.w0, c)) {
				// "Ana Ruiz, of Toledo, said the exhibit moved her", "A
				// spokesman for Greyfield, Matt Ennis, said work ...": all
				// that comes before the cue is its subject, so the cue
				// opens its content and is not inverted; so too after an
				// opening phrase ("Opening a short debate in the House of
				// Lords, Lord Errington, who farmed near Bellingham, said
				// nobody in the valley had been consulted")
				return 0, false
			}
			if last := np.w1 - 1; last > np.w0 && !x.words[last].upper && isPastForm(x.wordText(last)) && x.is(lexicon.CArticles, np.w0) {
				// "..., said the visit mattered": a clause after the cue,
				// whose subject comes before the comma, not an inverted
				// source ("said the retired official")
				return 0, false
			}
			subj := subject{np: np, span: np}
			after := np.w1
			if after < u.w1 && x.isPunct(after, '(') {
				// "said Rep. Jim Jordan (R-Ohio)": a party and state
				for k := after + 1; k < u.w1 && k-after < 12 && x.words[k].quote < 0; k++ {
					if x.isPunct(k, ')') {
						subj.span.w1, after = k+1, k+1
						break
					}
				}
			}
			if after < u.w1 && x.isPunct(after, ',') && after+1 < u.w1 && x.words[after+1].kind == wordText {
				if _, _, isCue := x.cueAt(after+1, u.w1); !isCue {
					k := after + 1
					for k < u.w1 && !x.isPunct(k, ',') && x.words[k].quote < 0 {
						k++
					}
					ap := npSpan{after + 1, k}
					if x.apposLike(ap) && x.words[k-1].kind == wordText || k == u.w1 {
						subj.appos = npSpan{after + 1, trimPunctEnd(x, after+1, k)}
						subj.span.w1 = subj.appos.w1
						after = k
					}
				}
			}
			cont, ok := x.restAfter(after, u.w1)
			if (!ok || cont < u.w1) && after+1 < u.w1 && x.isPunct(after, ',') && x.in(speakingParticiples, after+1) && !x.quotedBefore(after+1, u.w1) {
				// "Talks would continue, said Magnus Lindqvist, speaking
				// outside the ministry.": where the words were spoken
				cont, ok = u.w1, true
			}
			if !ok || cont < u.w1 && !x.quotedBefore(u.w0, c) {
				return 0, false
			}
			c1 := c - 1
			if x.words[c1].kind == wordClose {
				c1 = c
			}
			if x.addAttribution(ui, u.w0, c1, subj, true, c, end) {
				return x.continuation(ui, cont), true
			}
		}
		return 0, false
	}
	return 0, false
}

// opensClause reports whether the subject starting at word w opens the
// clause of words [w0, hi): right at its start (or after one word), or
// after an opening phrase that clauseSubject skips ("In a speech on
// Monday, Ana Ruiz ...").
func (x *extractor) opensClause(w0, w, hi int) bool {
	if w <= w0+1 {
		return true
	}
	subj, ok := x.clauseSubject(w0, hi)
	return ok && subj.np.w0 == w
}

// properPhrase reports whether np is a name: capitalised words, with the
// periods of initials and the joiners of names ("Ms. Epstein", "Bank of
// America").
func (x *extractor) properPhrase(np npSpan) bool {
	for k := np.w0; k < np.w1; k++ {
		if !x.words[k].upper && !x.isPunct(k, '.') && !x.is(lexicon.COrgJoiners, k) {
			return false
		}
	}
	return np.ok() && x.words[np.w0].upper
}

func trimPunctEnd(x *extractor, w0, w1 int) int {
	for w1 > w0 && x.words[w1-1].kind == wordPunct {
		w1--
	}
	return w1
}

// quotedBefore reports whether words [w0, w1) include a quotation.
func (x *extractor) quotedBefore(w0, w1 int) bool {
	for k := w0; k < w1; k++ {
		if x.words[k].quote >= 0 {
			return true
		}
	}
	return false
}

// contentBoundary reports whether word b ends a content before its source:
// a comma, or the closing mark of a quotation.
func (x *extractor) contentBoundary(b int) bool {
	return x.isPunct(b, ',') || x.words[b].kind == wordClose
}

// continuation handles what follows a post-pattern attribution at word
// cont: `, "B."` adds a second range to it. It returns where the pre
// patterns resume.
func (x *extractor) continuation(ui, cont int) int {
	u := x.units[ui]
	if cont >= u.w1 {
		return u.w1
	}
	if cont+1 < u.w1 && x.words[cont+1].kind == wordOpen {
		q := x.words[cont+1].quote
		k := cont + 1
		for k < u.w1 && (x.words[k].quote == q || x.words[k].kind == wordPunct && x.words[k].quote < 0) {
			k++
		}
		if sp, _, _, n := x.contentRange(cont+1, k); n > 0 {
			a := &x.attrs[len(x.attrs)-1]
			a.content = append(a.content, sp)
			a.quoted = true
		}
		return k
	}
	return cont
}

// ofNameEnd returns where a name that goes on past word w1 with "of" or
// "for" and capitalised words ends ("the House | of Lords", "the Bank |
// of England"), or w1 when it does not.
func (x *extractor) ofNameEnd(w1, hi int) int {
	if w1 < 1 || w1+1 >= hi || !x.words[w1-1].upper || !(x.wordIs(w1, "of") || x.wordIs(w1, "for")) || x.words[w1].upper {
		return w1
	}
	k := w1 + 1
	if x.wordIs(k, "the") && !x.words[k].upper {
		k++
	}
	e := k
	for e < hi && x.words[e].kind == wordText && x.words[e].upper && x.words[e].quote < 0 {
		e++
	}
	if e == k {
		return w1
	}
	return e
}

// auxBases are the auxiliaries' base forms.
var auxBases = lexicon.SetOf("be", "have", "do")

// infinitiveAfter reports whether a to-infinitive follows the noun phrase
// that opens at word k within eight words and before any punctuation
// ("expects sales in China and the Gulf to double"): after a cue of
// belief, the phrase is an object, not an inverted source.
func (x *extractor) infinitiveAfter(k, hi int) bool {
	for t := k + 1; t+1 < hi && t-k <= 8; t++ {
		if x.words[t].kind != wordText || x.words[t].quote >= 0 {
			return false
		}
		if x.wordIs(t, "to") {
			v := x.wordText(t + 1)
			if x.words[t+1].kind != wordText || x.words[t+1].upper || !isVerbLike(v) || strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") ||
				x.is(lexicon.CLeadConjunctions|lexicon.CPrepositions|lexicon.CDeterminers|lexicon.CSubjectPronouns|lexicon.CObjectPronouns, t+1) {
				return false // "wants it to but ...": no verb
			}
			// an auxiliary alone ends an ellipsis: "Everyone wants it to be."
			return !(lexicon.InFold(auxBases, v) && (t+2 >= hi || x.words[t+2].kind != wordText))
		}
	}
	return false
}

// participleCueAt reports whether a comma at word k opens a participle
// cue that goes on with the attribution before it: "The deal is off,
// the minister said, adding that talks would resume", "..., Reuters
// reported, citing two people familiar with the talks". What came before
// the cue is then its content, as it is when the cue ends the sentence.
func (x *extractor) participleCueAt(k, hi int) bool {
	if k+1 >= hi || !x.isPunct(k, ',') {
		return false
	}
	e, _, ok := x.cueAt(k+1, hi)
	return ok && e.Participle
}

// clauseBefore reports whether words w0 to b make a clause that opens
// with its subject, not with an adjunct ("On Thursday, however, Trump
// spoke to ...", "Weighing in on the discussion, Huckabee agreed").
func (x *extractor) clauseBefore(w0, b int) bool {
	if b <= w0 || x.is(lexicon.CPrepositions, w0) || x.in(subordinators, w0) || x.words[w0].kind != wordText {
		return false
	}
	return isClause(x.text[x.words[w0].Start:x.words[b-1].End], "")
}

// speakingParticiples open a phrase that says where or to whom a source
// spoke: ", speaking outside the ministry", ", talking to reporters".
var speakingParticiples = lexicon.SetOf("speaking", "talking", "addressing", "writing")
