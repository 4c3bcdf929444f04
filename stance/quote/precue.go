package quote

// Pre-cue attributions: X said (that) CONTENT, According to X, CONTENT,
// X plans to CONTENT, naming cues (called X "Y").

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// innerSpeaker reports whether the words from w0 open with a speaker and
// a speech cue of their own ("spokesman Jesse Lehrich said ..."), within
// a few words.
func (x *extractor) innerSpeaker(w0, hi int) bool {
	for t := w0 + 1; t < hi && t < w0+8; t++ {
		if x.words[t].quote >= 0 || x.isPunct(t, ',') && t > w0+1 {
			return false
		}
		e, _, ok := x.cueAt(t, hi)
		if !ok || !e.Past || e.Participle || e.Class != lexicon.CueSpeech && e.Class != lexicon.CueTell {
			continue
		}
		subj, ok := x.subjectBefore(t, w0)
		return ok && subj.span.w0 == w0 && x.nameLike(subj.np)
	}
	return false
}

// accordingAfter handles "CONTENT, according to X." with the cue at c.
func (x *extractor) accordingAfter(ui, c int) (int, bool) {
	u := x.units[ui]
	if c-1 <= u.w0 || !x.isPunct(c-1, ',') {
		return 0, false
	}
	np := x.npRight(c+2, u.w1)
	if !np.ok() {
		return 0, false
	}
	// The source runs to the end of the sentence or to a continuation:
	// "according to early results of the exit poll conducted by ...".
	span := np
	if author, ok := x.authorOfWork(c+2, u.w1); ok {
		np = author // "according to a speech Mrs. Clinton delivered at ...": she speaks
	}
	cont := u.w1
	for k := np.w1; k < u.w1 && k < c+40; k++ {
		if x.words[k].quote >= 0 || x.isPunct(k, ';') {
			return 0, false
		}
		if x.isPunct(k, ',') {
			if next, ok := x.restAfter(k, u.w1); ok && next == k {
				cont = k
				break
			}
			if k+1 < u.w1 && x.in(comparativeAmounts, k+1) {
				break // "according to the Tax Foundation, more than twice what it projected ...": the writer's comparison
			}
		}
		if x.words[k].kind == wordText {
			span.w1 = k + 1
		}
	}
	if x.addAttribution(ui, u.w0, c-1, subject{np: np, span: span}, true, c, c+2) {
		return x.continuation(ui, cont), true
	}
	return 0, false
}

// prePatterns finds attributions whose content follows the cue, scanning
// unit ui from word from. before is len(x.attrs) when the unit began.
func (x *extractor) prePatterns(ui, from, before int) {
	u := x.units[ui]
	for i := from; i < u.w1; i++ {
		e, n, ok := x.cueAt(i, u.w1)
		if !ok {
			continue
		}
		lw := x.wordText(i)
		if x.in(speakForms, i) && i+n < u.w1 && x.in(speakPlaces, i+n) && !(x.wordIs(i+n, "to") && i+n+1 < u.w1 && isVerbLike(x.wordText(i+n+1))) &&
			!x.quotedBefore(i+n, min(u.w1, i+n+8)) && !x.speaksOfAfter(i+n, u.w1) {
			continue // "speaking outside the ministry", "spoke at a rally": where, not what
		}
		if x.speaksOnFor(i, n, u.w1) {
			continue // "Iwan ap Gruffydd, who speaks on transport for Plaid Cymru, said": a brief, not a content
		}
		if x.inWorkRelative(i, u.w0) {
			continue
		}
		if lexicon.EqualFold(lw, "according") {
			np := x.npRight(i+2, u.w1)
			if !np.ok() {
				continue
			}
			k := np.w1
			for k < u.w1 && k-np.w1 < 25 && !x.isPunct(k, ',') && x.words[k].quote < 0 {
				k++
			}
			if k >= u.w1 || !x.isPunct(k, ',') {
				continue
			}
			var appos npSpan
			if k == np.w1 {
				// "According to Ana Ruiz, an analyst at ..., the gap ...":
				// the appositive belongs to the source.
				k2 := k + 1
				for k2 < u.w1 && k2-k < 20 && !x.isPunct(k2, ',') && x.words[k2].quote < 0 {
					k2++
				}
				if k2+3 < u.w1 && x.isPunct(k2, ',') && x.apposLike(npSpan{k + 1, k2}) &&
					(x.hasTitleWord(k+1, k2) || x.is(lexicon.CArticles, k+1) && x.appositiveRoleAt(k, k2) && x.words[np.w0].upper && x.words[np.w1-1].upper && x.nameLike(np)) {
					// ("According to Ravi Shah, a researcher at Kelso
					// University, the trend is clear": a role noun after
					// an article)
					appos, k = npSpan{k + 1, k2}, k2
				} else if k2+3 < u.w1 && x.isPunct(k2, ',') && (x.wordIs(k+1, "who") || x.wordIs(k+1, "which")) {
					k = k2 // "According to C.J. Oakes, who manages a seafood plant, about 120 ...": the relative is the source's
				} else if name := x.npRight(k+1, k2); k2+3 < u.w1 && x.isPunct(k2, ',') && name.ok() && name.w0 == k+1 && name.w1 == k2 && name.w1-name.w0 >= 2 &&
					x.nameLike(name) && x.words[np.w1-1].kind == wordText && !x.words[np.w1-1].upper && lexicon.IsRoleNoun(x.wordText(np.w1-1)) &&
					x.personNameWords(name) && !x.is(lexicon.CArticles, k2+1) && !x.is(lexicon.CRelativePronouns, k2+1) {
					// (a person's name: not "According to the analyst,
					// Deutsche Bank, the country's biggest lender, will")
					// "According to the festival's artistic director,
					// Manivone Sayarath, it was accepted ...": the role,
					// then the name it belongs to
					appos, np, k = np, name, k2
				}
			}
			end := x.contentEnd(k+1, u.w1)
			if x.addAttribution(ui, k+1, end, subject{np: np, span: npSpan{np.w0, k}, appos: appos}, true, i, i+2) {
				i = end - 1
				if x.innerSpeaker(k+1, u.w1) {
					// "According to Yahoo News, spokesman Jesse Lehrich
					// said ...": the outlet carries what its source said;
					// that source's attribution is the statement.
					x.attrs[len(x.attrs)-1].channel = true
					i = k
				}
			}
			continue
		}
		if x.words[i].upper && i != u.w0 && !(x.units[ui].para == x.firstPara && e.Third) {
			continue // a capitalised cue is part of a name, except "Says" in a headline
		}
		if i == u.w0 && e.Past && !e.Participle {
			// `Said Ellis: "..."`: an inverted cue opening the sentence.
			if np := x.npRight(i+n, u.w1); np.ok() && np.w1+1 < u.w1 && (x.isPunct(np.w1, ':') || x.isPunct(np.w1, ',')) && x.words[np.w1+1].kind == wordOpen {
				end := x.contentEnd(np.w1+1, u.w1)
				if x.addAttribution(ui, np.w1+1, end, subject{np: np, span: np}, true, i, i+n) {
					i = end - 1
					continue
				}
			}
		}
		if e.Participle && i-2 >= from && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueBelief) {
			// "..., with ranchers warning it could drain the wells": the
			// people of an absolute phrase speak.
			if np := x.npLeft(i-1, from); np.ok() && np.w1 == i && np.w0-2 >= from && x.wordIs(np.w0-1, "with") && x.isPunct(np.w0-2, ',') &&
				(x.plural(np.w1-1) || x.words[np.w1-1].upper) && !x.is(lexicon.CObjectPronouns, np.w0) {
				if c0, ok := x.complement(i+n, u.w1, e.Class); ok {
					end := x.contentEnd(c0, u.w1)
					if x.addAttribution(ui, c0, end, subject{np: np, span: np}, true, i, i+n) {
						i = end - 1
					}
				}
				continue
			}
		}
		if e.Participle && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell || e.Class == lexicon.CueBelief) {
			if a, ok := x.progressiveStart(i, from); ok {
				// "Trump is arguing that ...", "Puerto Rico has been
				// warning that ...", "she kept saying that ...": a
				// progressive or an aspect verb makes the participle the
				// clause's cue
				added := false
				if subj, sok := x.subjectBefore(a, from); sok && x.subjectFits(subj, e.Class) && x.speakingSubject(subj) {
					if c0, cok := x.complement(i+n, u.w1, e.Class); cok {
						if c0, cok = x.progressiveContent(i, i+n, c0, u.w1, e.Class); cok {
							end := x.relativeSubjectEnd(i, c0, x.objectEnd(i, c0, x.modifierEnd(i, c0, x.contentEnd(c0, u.w1), from)))
							if x.addAttribution(ui, c0, end, subj, true, i, i+n) {
								i, added = end-1, true
							}
						}
					}
				}
				if added || !(i+n < u.w1 && (x.isPunct(i+n, ',') || x.isPunct(i+n, ':'))) {
					continue // (", “...”" after it goes on to the participle's own patterns below)
				}
			}
		}
		if e.Participle && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell || e.Class == lexicon.CueBelief) && i > from && x.wordIs(i-1, "as") {
			if a, ok := x.quotedAsStart(i, from); ok {
				// "Kamau was quoted by the Daily Nation as saying the tax
				// was unfair": the one quoted says it, not the paper
				if subj, sok := x.subjectBefore(a, from); sok && x.subjectFits(subj, e.Class) && x.speakingSubject(subj) {
					if c0, cok := x.complement(i+n, u.w1, e.Class); cok {
						end := x.contentEnd(c0, u.w1)
						if x.addAttribution(ui, c0, end, subj, true, i, i+n) {
							i = end - 1
						}
					}
				}
				continue
			}
		}
		if e.Participle && x.wordIs(i, "saying") && len(x.attrs) == before {
			if v, ok := x.publishedSaying(i, from); ok {
				// "The council issued a statement on Monday saying the
				// road would reopen", "she sent an email saying, “done.”":
				// who issued the statement says what it says
				if subj, sok := x.subjectBefore(v, from); sok && x.subjectFits(subj, lexicon.CueSpeech) {
					if c0, cok := x.complement(i+n, u.w1, e.Class); cok {
						end := x.contentEnd(c0, u.w1)
						if x.addAttribution(ui, c0, end, subj, true, i, i+n) {
							i = end - 1
						}
					}
				}
				continue
			}
		}
		if e.Participle && i > from && !x.isPunct(i-1, ',') && !x.wordIs(i-1, "without") && !x.wordIs(i-1, "as") && e.Class == lexicon.CueSpeech && strings.HasSuffix(x.wordText(i), "ing") &&
			i+n+1 < u.w1 && (x.isPunct(i+n, ',') || x.isPunct(i+n, ':')) && x.words[i+n+1].kind == wordOpen && len(x.attrs) == before {
			// "he began by saying, “I don't think ...”", "The senator
			// emailed supporters saying: “The struggle continues”": the
			// clause's subject speaks the quotation
			subj, ok := x.clauseSubject(u.w0, i-1)
			if b := x.capStart(i-1, u.w0); b < i && b > u.w0 && x.is(lexicon.CPrepositions, b-1) && x.nameLike(npSpan{b, i}) {
				subj, ok = subject{np: npSpan{b, i}, span: npSpan{b, i}}, true // "footage of Hillary Clinton asking, “...”": the name before the participle
			} else if b < i && b > u.w0 {
				ok = false // "Tom Hale attacked Ana Ruiz saying, “...”": whose words is unclear
			}
			for t := from; ok && t < i; t++ {
				if x.in(perceptionCues, t) || x.wordIs(t, "quoted") {
					ok = false // "Tom Hale heard a neighbour shouting, “...”", "quoted Ana Ruiz as saying"
				}
			}
			if ok && subj.np.w1-subj.np.w0 == 1 && x.sentenceInitial(subj.np.w0) && x.common(subj.np.w0) && !x.is(lexicon.CSubjectPronouns, subj.np.w0) {
				ok = false // "Small groups of protesters ... while chanting": not "Small"
			}
			if ok && x.subjectFits(subj, e.Class) {
				end := x.contentEnd(i+n+1, u.w1)
				if x.addAttribution(ui, i+n+1, end, subj, true, i, i+n) {
					i = end - 1
				}
			}
			continue
		}
		if e.Participle {
			if i > from && (x.isPunct(i-1, ',') || i-2 >= from && x.words[i-1].kind == wordClose && x.isPunct(i-2, ',')) {
				var subj subject
				ok := false
				if len(x.attrs) > before {
					subj, ok = x.attrs[len(x.attrs)-1].source, x.attrs[len(x.attrs)-1].hasSrc
				} else if e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell {
					// "Trump attacked Obama, calling him ...": the subject
					// of the clause speaks.
					subj, ok = x.clauseSubject(u.w0, i-1)
				}
				if c0, cok := x.complement(i+n, u.w1, e.Class); ok && cok {
					end := x.namingEnd(i, c0, x.modifierEnd(i, c0, x.contentEnd(c0, u.w1), from))
					if x.addAttribution(ui, c0, end, subj, true, i, i+n) {
						i = end - 1
					}
				}
			}
			continue
		}
		if i > u.w0 && x.is(lexicon.CInfinitiveMarkers, i-1) {
			continue
		}
		if i > u.w0 && x.words[i-1].kind == wordText && lexicon.IsNumber(x.wordText(i-1)) && x.nounAfter(i+n, u.w1) {
			continue // "4,051 pledged delegates": a participle between a number and a noun is an adjective ("six in 10 say they" stays)
		}
		if e.Third && i > from && !lexicon.EqualFold(x.wordText(i), "says") && (x.is(lexicon.CPossDeterminers, i-1) || x.is(lexicon.CArticles, i-1) || x.wordIs(i-1, "of") ||
			x.words[i-1].kind == wordText && !x.words[i-1].upper && len(x.wordText(i-1)) > 5 && strings.HasSuffix(x.wordText(i-1), "ing") ||
			i-1 > from && strings.IndexByte(x.wordText(i-1), '-') > 0 && !x.words[i-1].upper && !strings.HasSuffix(x.wordText(i-1), "-old") &&
				(x.is(lexicon.CPossDeterminers, i-2) || x.is(lexicon.CArticles, i-2))) {
			// "his early-morning tweets about", "the claims", "a series of
			// tweets", "began taking calls": a noun ("says" never is: "the start-up says"); "the
			// 54-year-old fears" is a person
			continue
		}
		if e.Third && !lexicon.EqualFold(x.wordText(i), "says") && i+n < u.w1 && x.in(nounPrepositions, i+n) {
			// "drew sharp questions from lawmakers": a plural noun, not a
			// verb with its content ("claims in his book that" is one)
			if c0, ok := x.complement(i+n, u.w1, e.Class); !ok || c0 < u.w1 && !x.is(lexicon.CComplementizers, c0) && x.words[c0].kind != wordOpen {
				continue
			}
		}
		if n == 1 && x.wordIs(i, "called") && !x.words[i].upper && i+1 < u.w1 && x.words[i+1].kind == wordText && x.words[i+1].upper {
			ne := i + 1
			for ne < u.w1 && ne < i+5 && x.words[ne].kind == wordText && x.words[ne].upper {
				ne++
			}
			verbNext := ne < u.w1 && x.words[ne].kind == wordText && !x.words[ne].upper &&
				(x.isCueWord(ne) || auxOrModal(x.wordText(ne)) || isPastForm(x.wordText(ne)))
			if _, _, named := x.namedRole(npSpan{i + 1, ne}, from); named && (verbNext || ne < u.w1 && x.isPunct(ne, ',')) {
				// "A rider called Ibrahim Lubega told ...": a name given,
				// not "one lawmaker called Trump “the orange prince”"
				continue
			}
			if i > from && x.words[i-1].kind == wordText && !x.words[i-1].upper && !x.is(lexicon.CSubjectPronouns, i-1) && !x.is(lexicon.CObjectPronouns, i-1) &&
				!x.is(lexicon.CAdjunctsLeft, i-1) && !x.endsLy(i-1) && x.indefiniteBefore(i-1, from) &&
				ne < u.w1 && x.words[ne].kind == wordText && !x.words[ne].upper && (x.is(lexicon.CRelativePronouns, ne) || x.wordIs(ne, "that") || x.presentVerbAfterName(ne)) {
				// "a group called Lashkar belongs on the list", "a charity
				// called Open Doors that helps refugees": a noun and the
				// name it is given, then the clause's verb or a relative
				continue
			}
		}
		subj, ok := x.subjectBefore(i, from)
		if !ok && e.Past && !e.Base && !e.Third {
			// "Carson took the stage ... and called the system rotten":
			// a coordinated verb shares the subject of its clause.
			if j := x.skipAdjunctsLeft(i-1, from); j >= from && (lexicon.EqualFold(x.wordText(j), "and") || lexicon.EqualFold(x.wordText(j), "but")) {
				if last := len(x.attrs) - 1; last >= before && x.attrs[last].unit == ui && x.attrs[last].hasSrc {
					// "X said A but noted B": the speaker of A goes on.
					subj, ok = x.attrs[last].source, true
				} else {
					subj, ok = x.clauseSubject(u.w0, j)
				}
			}
		}
		if !ok || !x.subjectFits(subj, e.Class) || e.Base && !x.agreesWithBase(i, subj, from) ||
			e.Third && !x.agreesWithThird(subj) {
			continue
		}
		if i+n+2 == u.w1 && x.wordIs(i+n, "that") && x.isPunct(i+n+1, ':') {
			n++ // "The ministry said that:" and a list: "that" leads in as the colon does
		}
		c0, ok := x.complement(i+n, u.w1, e.Class)
		if !ok {
			if e.Class == lexicon.CueTell && i+n < u.w1 {
				// "told members:", "told the inquiry:": the addressee,
				// then the lead-in.
				np := x.npRight(i+n, u.w1)
				if x.is(lexicon.CObjectPronouns, i+n) {
					np = npSpan{i + n, i + n + 1} // "The nurse told me:"
				}
				if np.ok() {
					e := np.w1
					for e < u.w1-1 && e < np.w1+5 && x.words[e].kind == wordText && x.words[e].quote < 0 {
						e++ // "told reporters in Washington:"
					}
					if e+1 == u.w1 && x.isPunct(e, ':') {
						n = e - i
					}
				}
			}
			if i+n < u.w1 && x.isPunct(i+n, ':') && i+n+1 == u.w1 {
				// "Caddell continued:" leads in to the next paragraph.
				a := attribution{source: subj, hasSrc: true, unit: ui, srcUnit: ui, cue: x.wordsSpan(i, i+n+1), hasCue: true}
				a.srcSpan = x.wordsSpan(subj.span.w0, subj.span.w1)
				x.attrs = append(x.attrs, a)
				x.pending = len(x.attrs) - 1
			}
			continue
		}
		if (lexicon.EqualFold(lw, "ruled") || lexicon.EqualFold(lw, "ruling")) && !x.wordIs(c0, "that") {
			continue // "ruled that ..." is a court's or a chair's finding; "ruled out", "ruled last July in favor of", "egalitarianism ruled" are none
		}
		if x.itemSaying(i, c0, from, u.w1) {
			continue // "posted a video saying she would stay": the item's "saying" is the cue
		}
		if c0 > i+n && x.isPunct(c0-1, ',') && x.sourceAndCueAt(c0, u.w1) {
			continue // "It was written, Brophy said, “in a fortnight”": the next cue is the attribution
		}
		end := x.relativeSubjectEnd(i, c0, x.objectEnd(i, c0, x.namingEnd(i, c0, x.modifierEnd(i, c0, x.contentEnd(c0, u.w1), from))))
		if x.addAttribution(ui, c0, end, subj, true, i, i+n) {
			x.parentheticalSubject(ui, from, subj, i+n, c0)
			i = end - 1
		}
	}
}

// nounPrepositions follow a plural noun that is also a cue's third person
// form ("questions from lawmakers", "claims by rivals"), but rarely the
// verb: not "to", "for", "on", "about", "against" or "over" ("vows to",
// "calls for", "warns against complacency", "warns over famine").
var nounPrepositions = lexicon.SetOf("from", "by", "among", "between", "since", "during", "into")

// sourceAndCueAt reports whether a capitalised name of one to three
// words, or a subject pronoun, opens at word k and is followed by a
// finite speech cue ("Brophy said", "she has said").
func (x *extractor) sourceAndCueAt(k, hi int) bool {
	if k >= hi || x.words[k].kind != wordText {
		return false
	}
	j := k
	if x.is(lexicon.CSubjectPronouns, k) && !x.is(lexicon.CRelativePronouns, k) {
		j = k + 1
	} else {
		for j < hi && j < k+3 && x.words[j].kind == wordText && x.words[j].upper {
			j++
		}
		if j == k {
			return false
		}
	}
	if j < hi && (lexicon.EqualFold(x.wordText(j), "has") || lexicon.EqualFold(x.wordText(j), "had")) {
		j++
	}
	e, _, ok := x.cueAt(j, hi)
	return ok && e.Past && !e.Participle && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell)
}

// parentheticalSubject adds to the attribution just made the subject of
// its content when the source and cue sit between commas inside the
// sentence ("The plan, she said, was doomed from the start", "The allure
// of simplicity, Mr. Furman argued, is largely a chimera"): the words
// before the first comma, when the content after the cue opens with a
// finite verb.
func (x *extractor) parentheticalSubject(ui, from int, subj subject, cueEnd, c0 int) {
	u := x.units[ui]
	comma := subj.span.w0 - 1
	s := x.afterDateline(ui)
	if from > s {
		s = from
	}
	if comma <= s || !x.isPunct(comma, ',') || cueEnd >= u.w1 || !x.isPunct(cueEnd, ',') || c0 != cueEnd+1 {
		return
	}
	if x.words[c0].kind != wordText || x.words[c0].upper || !(x.is(lexicon.CFiniteAux, c0) || isPastForm(x.wordText(c0))) {
		return
	}
	for t := s; t < comma; t++ {
		noun := t > s && (x.is(lexicon.CArticles, t-1) || x.is(lexicon.CDeterminers, t-1) || x.is(lexicon.CPossDeterminers, t-1))
		if x.words[t].quote >= 0 || x.isPunct(t, ',') || x.isCueWord(t) && !noun { // "The plan" is a noun
			return // a quotation, a list or another cue: not one subject
		}
	}
	if comma-s > 12 || x.is(lexicon.CPrepositions, s) || x.is(lexicon.CLeadConjunctions, s) && comma-s == 1 {
		return // "On Monday, she said, ...": an adjunct, no subject
	}
	a := &x.attrs[len(x.attrs)-1]
	pre, _, _, n := x.contentRange(s, comma)
	if n == 0 {
		return
	}
	a.content = append([]Span{pre}, a.content...)
}

// nounAfter reports whether word i is a lower-case noun-like word, no
// function word that would follow a verb: "delegates" after "4,051
// pledged", not "they" or "that".
func (x *extractor) nounAfter(i, hi int) bool {
	if i >= hi || x.words[i].kind != wordText || x.words[i].upper {
		return false
	}
	for _, c := range [...]lexicon.Class{lexicon.CDeterminers, lexicon.CArticles, lexicon.CPossDeterminers, lexicon.CSubjectPronouns,
		lexicon.CObjectPronouns, lexicon.CComplementizers, lexicon.CPrepositions, lexicon.CInfinitiveMarkers, lexicon.CQuestionWords} {
		if x.is(c, i) {
			return false
		}
	}
	return !x.endsLy(i) && !lexicon.InFold(contractions, x.wordText(i))
}

// relativeSubjectEnd ends the content of a cue in a restrictive relative
// clause of the sentence's subject at the main clause's verb: "Nurses who
// say the ward is full were angry", "Republicans who agree that the
// prison should be closed were irritated": a second finite verb with no
// conjunction, comma or relative before it is the main clause's.
func (x *extractor) relativeSubjectEnd(i, c0, end int) int {
	if i < 2 || !x.wordIs(i-1, "who") || x.words[i-2].kind != wordText || x.is(lexicon.CInfinitiveMarkers, c0) {
		return end
	}
	seen, article := false, false
	for t := c0; t < end; t++ {
		w := x.words[t]
		if w.quote >= 0 {
			return end
		}
		if w.kind != wordText {
			if seen {
				return end // a comma or a dash after the content's verb: too much to read
			}
			continue
		}
		if seen && (x.is(lexicon.CComplementizers, t) || x.is(lexicon.CRelativePronouns, t) || x.is(lexicon.CQuestionWords, t) ||
			x.wordIs(t, "and") || x.wordIs(t, "or") || x.wordIs(t, "but") || x.wordIs(t, "whose") || x.wordIs(t, "where") || x.in(subordinators, t)) {
			return end // a clause of its own after the content's verb
		}
		if seen && (x.is(lexicon.CArticles, t) || x.is(lexicon.CPossDeterminers, t) || x.is(lexicon.CDeterminers, t)) {
			article = true // "is so costly the city would": a clause without "that", whose verb is its own
		}
		if w.upper || !lexicon.InFold(relativeMainVerbs, x.wordText(t)) {
			continue
		}
		if !seen {
			seen = true
			continue
		}
		if prev := t - 1; !article && x.words[prev].kind == wordText && !lexicon.InFold(relativeMainVerbs, x.wordText(prev)) && !x.in(beForms, prev) &&
			!x.wordIs(prev, "been") && !x.is(lexicon.CSubjectPronouns, prev) && !x.endsLy(prev) && !x.wordIs(prev, "not") {
			return t
		}
	}
	return end
}

// relativeMainVerbs are the finite auxiliaries that mark a clause's verb.
var relativeMainVerbs = lexicon.SetOf("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
	"may", "might", "must", "do", "does", "did")

// objectEnd ends the content of an object cue at "and" or "but" before a
// finite verb: "praised the winners' spirit but was angry about ...",
// "condemned the attack and called for calm": the object, then the
// subject's next act. A that-clause after the cue goes on as contents do.
func (x *extractor) objectEnd(i, c0, end int) int {
	if !x.in(objectCues, i) || x.wordIs(c0, "that") {
		return end
	}
	for t := c0 + 1; t+1 < end; t++ {
		if x.words[t].quote >= 0 || !(x.wordIs(t, "and") || x.wordIs(t, "but")) {
			continue
		}
		if v := t + 1; x.words[v].kind == wordText && !x.words[v].upper && (x.is(lexicon.CFiniteAux, v) || x.clauseVerb(v) && !x.is(lexicon.CNpStops, v)) {
			return t
		}
	}
	return end
}

// namingEnd ends the content of a naming cue at word i after its first
// run of quotations ("a "bore" and "a fraud""): what follows is the
// speaker's next act, not what was said. Other contents end at end.
func (x *extractor) namingEnd(i, c0, end int) int {
	if !x.is(lexicon.CNamingCues, i) {
		return end
	}
	k := c0
	for k < end && x.words[k].kind != wordOpen {
		k++
	}
	if k == end {
		return end
	}
	for {
		q := x.words[k].quote
		for k < end && x.words[k].quote == q {
			k++
		}
		// `"a bore" and "a fraud"`, `"rude," "crude"`
		j := k
		for j < end && (x.isPunct(j, ',') || lexicon.EqualFold(x.wordText(j), "and") || lexicon.EqualFold(x.wordText(j), "or")) && x.words[j].quote < 0 {
			j++
		}
		if j > k && j < end && x.words[j].kind == wordOpen {
			k = j
			continue
		}
		return k
	}
}

// hasTitleWord reports whether words [w0, w1) include a word of office.
func (x *extractor) hasTitleWord(w0, w1 int) bool {
	for k := w0; k < w1; k++ {
		if x.is(lexicon.CTitleWords, k) {
			return true
		}
	}
	return false
}

// capStart returns the first word of the run of capitalised text words
// that ends at word j, no further left than lo; j+1 when word j is none.
func (x *extractor) capStart(j, lo int) int {
	b := j + 1
	for b-1 >= lo && x.words[b-1].kind == wordText && x.words[b-1].upper && x.words[b-1].quote < 0 {
		b--
	}
	return b
}

// utteredWorks name what someone said or wrote as a thing: "a speech", "an
// email", "remarks".
var utteredWorks = lexicon.SetOf("speech", "speeches", "remarks", "statement", "letter", "letters", "email", "emails",
	"e-mail", "memo", "interview", "op-ed", "column", "post", "tweet", "tweets", "essay", "note", "message", "testimony", "address")

// authorVerbs are the past forms with which someone makes a work.
var authorVerbs = lexicon.SetOf("delivered", "gave", "made", "sent", "wrote", "posted", "published", "released",
	"issued", "signed", "penned", "tweeted", "emailed", "filed")

// authorOfWork returns the author of a work named at word w ("a speech
// Mrs. Clinton delivered at New York University", "remarks Tom Hale made
// on Monday", "a letter the mayor sent to residents"): the noun phrase
// between the work's noun and the verb that made it.
func (x *extractor) authorOfWork(w, hi int) (npSpan, bool) {
	if w < hi && (x.is(lexicon.CArticles, w) || x.is(lexicon.CPossDeterminers, w)) {
		w++
	}
	if w+2 >= hi || !x.in(utteredWorks, w) {
		return npSpan{}, false
	}
	np := x.npRight(w+1, hi)
	if !np.ok() {
		return npSpan{}, false
	}
	for k := np.w0 + 1; k < np.w1; k++ {
		if x.in(authorVerbs, k) && !x.words[k].upper {
			np.w1 = k // ("Tom Hale made" read as one phrase)
			break
		}
	}
	if np.w1 >= hi || !x.in(authorVerbs, np.w1) || x.words[np.w1].upper {
		return npSpan{}, false
	}
	if !x.words[np.w0].upper && !(x.is(lexicon.CArticles, np.w0) && np.w1-np.w0 >= 2 && lexicon.IsRoleNoun(x.wordText(np.w1-1))) {
		return npSpan{}, false // a name or "the mayor"
	}
	return np, true
}

// inWorkRelative reports whether the cue at word i makes a work named
// just before its subject ("an email Ana Ruiz wrote to staff"): no
// attribution of its own.
func (x *extractor) inWorkRelative(i, lo int) bool {
	if !x.in(authorVerbs, i) {
		return false
	}
	for k := i - 2; k >= lo && k >= i-6; k-- {
		if x.in(utteredWorks, k) {
			d := k - 1
			for d >= lo && (x.is(lexicon.CArticles, d) || x.is(lexicon.CPossDeterminers, d)) {
				d--
			}
			if d >= lo && x.is(lexicon.CPrepositions, d) && !x.wordIs(d, "to") {
				return false // "In a letter Ruiz wrote that ...": the medium, then the cue's subject
			}
			a, ok := x.authorOfWork(k, i+1)
			return ok && a.w1 == i
		}
	}
	return false
}

// personNameWords reports whether no word of the name np is a common
// word, a place or a word of organisations' names: a person's name
// ("Manivone Sayarath"), not "Deutsche Bank", "Real Madrid" or "Anglian
// Water".
func (x *extractor) personNameWords(np npSpan) bool {
	for t := np.w0; t < np.w1; t++ {
		if x.words[t].kind != wordText || x.common(t) || x.is(lexicon.COrgWords, t) || x.is(lexicon.CPlaces, t) {
			return false
		}
	}
	return true
}

// publishedItems are what is issued, sent or posted and then said to say
// something: "issued a statement saying", "sent an email saying", "posted
// a video saying".
var publishedItems = lexicon.SetOf("statement", "statements", "letter", "letters", "email", "emails", "e-mail", "post", "posts",
	"video", "release", "tweet", "tweets", "message", "messages", "memo", "note", "op-ed", "ad", "advert", "advertisement",
	"leaflet", "notice", "circular", "text", "update", "report", "filing", "blog", "newsletter", "bulletin", "communique", "communiqué")

// publishedSaying reports whether "saying" at word i follows a published
// item that is the object of a past verb ("issued a statement on Monday
// saying", "put out a brief statement saying", "sent a letter to staff
// saying"), and returns that verb's word: its subject is the source.
func (x *extractor) publishedSaying(i, from int) (int, bool) {
	m := -1
	for k := i - 1; k >= from && k >= i-8; k-- {
		w := x.words[k]
		if w.kind != wordText || w.quote >= 0 {
			return 0, false
		}
		if !w.upper && lexicon.InFold(publishedItems, x.wordText(k)) {
			m = k
			break
		}
		if x.isCueWord(k) && k < i-1 {
			return 0, false // "sent a letter to staff who said": another cue between
		}
	}
	if m < 0 {
		return 0, false
	}
	for k := m + 1; k < i; k++ {
		if x.wordIs(k, "from") || x.wordIs(k, "of") || x.wordIs(k, "by") || x.wordIs(k, "featuring") || x.wordIs(k, "with") || x.wordIs(k, "showing") {
			return 0, false // "a statement from the family saying", "a video of her son saying": someone else's words
		}
	}
	d := m - 1
	for d >= from && d > m-4 && x.words[d].kind == wordText && !x.words[d].upper && !x.is(lexicon.CArticles, d) && !x.is(lexicon.CPossDeterminers, d) {
		d-- // "a brief statement", "a series of tweets": the item's modifiers
		if d >= from && x.wordIs(d, "of") {
			d--
		}
	}
	if d < from || !(x.is(lexicon.CArticles, d) || x.is(lexicon.CPossDeterminers, d)) {
		return 0, false
	}
	v := d - 1
	if v >= from && (x.wordIs(v, "out") || x.wordIs(v, "off")) {
		v-- // "put out", "fired off"
	}
	if v < from || x.words[v].kind != wordText || x.words[v].upper || !x.in(publishingVerbs, v) {
		return 0, false // "obtained a memo saying", "found a note saying", "received a letter saying": someone else's item
	}
	if v-1 >= from && (x.in(beForms, v-1) || x.wordIs(v-1, "been") || x.wordIs(v-1, "being")) {
		return 0, false // "Staff were sent an email saying": the receivers
	}
	return v, true
}

// publishingVerbs issue, send or post an item in the past: its subject is
// the item's author.
var publishingVerbs = lexicon.SetOf("issued", "released", "put", "sent", "posted", "published", "tweeted", "emailed", "fired",
	"unleashed", "shared", "wrote", "circulated", "distributed", "uploaded", "filed", "delivered", "made")

// itemSaying reports whether the object of the cue at word i, from c0, is
// a published item followed by "saying" ("posted a video saying ...",
// "wrote a letter to members saying ..."), whose "saying" leads in the
// content.
func (x *extractor) itemSaying(i, c0, from, hi int) bool {
	for k := c0; k < hi && k < c0+10; k++ {
		if x.words[k].kind != wordText || x.words[k].quote >= 0 {
			return false
		}
		if x.wordIs(k, "saying") {
			v, ok := x.publishedSaying(k, from)
			return ok && v == i
		}
	}
	return false
}

// presentVerbAfterName reports whether word k, right after a capitalised
// name, reads as a present-tense verb of that name: a lower-case word in
// -s that is no plural the lexicon knows and no possessive ("Lashkar
// belongs", "Open Doors runs"), or a finite auxiliary.
func (x *extractor) presentVerbAfterName(k int) bool {
	t := x.wordText(k)
	if x.is(lexicon.CFiniteAux, k) {
		return true
	}
	n := len(t)
	return n > 3 && t[n-1] == 's' && t[n-2] != 's' && t[n-2] != 'u' && t[n-2] != 'i' && !x.is(lexicon.CPluralNouns, k) && trimPossessive(t) == t
}

// beForms and aspectVerbs come before a cue's -ing form that is the
// clause's verb: "is arguing", "has been warning", "kept saying", "began
// telling reporters".
var (
	progressiveBe = lexicon.SetOf("is", "are", "was", "were", "been", "be", "am", "'s", "'re", "’s", "’re")
	aspectVerbs   = lexicon.SetOf("kept", "keeps", "keep", "began", "begins", "begin", "started", "starts", "start", "continued",
		"continues", "continue", "resumed", "resumes")
	progressiveAdverbs = lexicon.SetOf("also", "still", "now", "already", "even", "again", "repeatedly", "increasingly", "not", "n't", "always", "never")
)

// progressiveStart reports whether the cue's -ing form at word i is the
// verb of its clause after a form of "be" or an aspect verb, with at most
// two adverbs between, and returns the word the subject stands before
// (the aspect verb, or the participle itself after "be", which the
// subject search passes over). "was being told" is a passive, and "the
// warning" a noun: neither is.
// quotedAsStart returns the auxiliary before a passive of quoting when the
// participle cue at word i follows it and "as": "Kamau was quoted as
// saying", "was quoted by the Daily Nation as saying", "has been widely
// quoted as saying". The clause's subject, left of the auxiliary, speaks.
func (x *extractor) quotedAsStart(i, from int) (int, bool) {
	if i-3 < from || !x.wordIs(i-1, "as") {
		return 0, false
	}
	q := -1
	for k := i - 2; k >= from && k >= i-12; k-- {
		if x.words[k].quote >= 0 || x.words[k].kind != wordText && !x.isPunct(k, '.') && !x.possessive(k-1) {
			return 0, false
		}
		if x.in(quotedVerbs, k) {
			q = k
			break
		}
	}
	if q < 0 || q+1 != i-1 && !x.wordIs(q+1, "by") && !x.wordIs(q+1, "in") {
		return 0, false // "quoted as saying", "quoted by the Daily Nation as saying", "quoted in an interview as saying"
	}
	a := q - 1
	if a >= from && x.in(quotedAdverbs, a) {
		a-- // "was widely quoted" (not "was falsely quoted")
	}
	if a < from || !x.in(passiveAux, a) {
		return 0, false
	}
	if x.wordIs(a, "been") && a-1 >= from && x.in(perfectAux, a-1) {
		a-- // "has been quoted as saying"
	}
	if a-1 >= from && (x.is(lexicon.CRelativePronouns, a-1) || x.wordIs(a-1, "which")) || a-2 >= from && x.wordIs(a-2, "which") {
		return 0, false // "Kamau, who was quoted as saying ..., said": the relative clause reports nothing; "in which Kamau was quoted"
	}
	return a, true
}

// speakForms are the forms of "speak", whose content is never a phrase
// of place or time.
var speakForms = lexicon.SetOf("speak", "speaks", "spoke", "speaking", "spoken")

// speaksOfAfter reports whether "of" or "about", the complement of
// "speak", follows within six words of the phrase at k, before any
// punctuation: "spoke during his speech of a stone slaver's block".
func (x *extractor) speaksOfAfter(k, hi int) bool {
	for t := k + 1; t < hi && t < k+7 && x.words[t].kind == wordText; t++ {
		if x.wordIs(t, "of") || x.wordIs(t, "about") {
			return true
		}
	}
	return false
}

// speakPlaces open the phrases of place, time and audience after
// "speak" ("speaking outside the ministry", "spoke at a rally", "spoke to
// reporters after the vote"; not "speak in one voice, arguing that").
var speakPlaces = lexicon.SetOf("outside", "at", "to", "from", "after", "before", "during", "near", "inside", "on", "with")

// quotedVerbs report someone's words in the passive with "as saying";
// passiveAux and perfectAux are the auxiliaries before them.
var (
	quotedVerbs = lexicon.SetOf("quoted", "cited", "reported", "recorded", "heard", "filmed", "overheard")
	passiveAux  = lexicon.SetOf("was", "were", "is", "are", "been")
	// quotedAdverbs may stand before the participle; "falsely",
	// "wrongly" and "misquoted" deny the words
	quotedAdverbs = lexicon.SetOf("widely", "often", "once", "later", "also", "frequently", "repeatedly", "reportedly", "famously", "publicly", "previously")
	perfectAux    = lexicon.SetOf("has", "have", "had")
)

func (x *extractor) progressiveStart(i, from int) (int, bool) {
	j := i - 1
	for k := 0; k < 2 && j >= from && x.words[j].kind == wordText && (x.in(progressiveAdverbs, j) || x.endsLy(j)); k++ {
		j--
	}
	if j < from || x.words[j].kind != wordText || x.words[j].upper {
		return 0, false
	}
	if x.in(progressiveBe, j) {
		return i, true
	}
	if x.in(aspectVerbs, j) {
		return j, true
	}
	if (x.wordIs(j, "resist") || x.wordIs(j, "help") || x.wordIs(j, "avoid")) && j-1 >= from && (x.wordIs(j-1, "not") || x.wordIs(j-1, "n't") || x.wordIs(j-1, "never")) {
		return j, true // "they could not resist pointing out that", "she could not help noting that": they did
	}
	return 0, false
}

// progressiveContent reports whether a content starting at c0 after a
// progressive cue is a clause or a quotation, not a noun ("is warning
// signs"): a complementizer, a quotation, a colon, or a subject with a
// finite verb soon after; after "tell", an addressee and then one of
// those.
func (x *extractor) progressiveContent(i, k, c0, hi int, c lexicon.CueClass) (int, bool) {
	if c0 >= hi || k >= hi {
		return c0, false
	}
	if (x.words[c0].kind == wordOpen || x.isPunct(c0-1, ':')) && (c0 == k || c0 == k+1 && (x.isPunct(k, ',') || x.isPunct(k, ':'))) {
		return c0, true // "is warning, “This storm is dangerous.”", "kept saying: “...”"
	}
	if c0 != k && c != lexicon.CueTell && x.progressiveClause(k, hi) {
		return k, true // "are saying his vote for that plan is a signal"
	}
	if x.in(objectInfinitiveCues, i) {
		// "are urging Trump to make ...", "started asking his supporters
		// to raise ...": the object and what it is asked to do
		if np := x.npRight(k, hi); np.ok() && np.w0 == k && np.w1 < hi && x.is(lexicon.CInfinitiveMarkers, np.w1) && !x.is(lexicon.CPrepositions, k) && x.personObject(np) {
			return c0, true
		}
	}
	if c0 != k {
		// an addressee first: "is warning voters that ...", "is telling
		// a town hall in Salem that ...", not "is hoping for two
		// things", "is calling a meeting to discuss", "is telling a story
		// that has never been told"
		if c0-k > 8 || x.is(lexicon.CPrepositions, k) || x.is(lexicon.CInfinitiveMarkers, c0) || !x.wordIs(c0, "that") {
			return c0, false
		}
		np := x.npRight(k, hi)
		if !np.ok() || np.w0 != k || !x.personObject(np) {
			return c0, false
		}
		for t := k; t < c0; t++ {
			if x.words[t].kind != wordText || x.words[t].quote >= 0 || x.isCueWord(t) {
				return c0, false
			}
		}
		return c0, true
	}
	if x.is(lexicon.CComplementizers, c0) && !x.wordIs(c0, "if") && !x.wordIs(c0, "whether") {
		return c0, true
	}
	return c0, x.progressiveClause(c0, hi)
}

// personObject reports whether np names people who can be told or asked:
// a pronoun, a name, or a noun of people ("voters", "a town hall",
// "reporters", "the governor"), not a thing ("a story", "lies").
func (x *extractor) personObject(np npSpan) bool {
	h := np.w1 - 1
	if h < np.w0 || x.words[h].kind != wordText {
		return false
	}
	if x.is(lexicon.CObjectPronouns, h) || x.is(lexicon.CSubjectPronouns, h) || x.words[h].upper {
		return true
	}
	w := lexicon.Lower(x.wordText(h))
	return x.is(lexicon.CGroupHeads, h) || personPlural(w) || lexicon.IsRoleNoun(w) || lexicon.InFold(audienceNouns, w)
}

// audienceNouns are gatherings that are told things: "told a town hall".
var audienceNouns = lexicon.SetOf("hall", "audience", "crowd", "rally", "meeting", "conference", "congregation", "gathering", "group", "assembly", "committee", "panel", "court", "jury", "hearing")

// speakingSubject reports whether the subject of a progressive cue can
// speak: a pronoun, a name, or a noun of people or bodies, not "His
// mistake was telling voters ..." nor "The hardest part was telling".
func (x *extractor) speakingSubject(subj subject) bool {
	np := subj.np
	h := np.w1 - 1
	if h < np.w0 || x.words[h].kind != wordText {
		return false
	}
	if x.is(lexicon.CSubjectPronouns, h) || x.words[h].upper && !(h == np.w0 && x.sentenceInitial(h) && x.common(h) && !x.plural(h)) {
		return true
	}
	if h > np.w0 && lexicon.IsNumber(x.wordText(h)) && x.words[h-1].upper {
		return true // "Local news affiliate ABC 7 is reporting"
	}
	w := lexicon.Lower(x.wordText(h))
	return agentNoun(w) || personPlural(w) || x.is(lexicon.CGroupHeads, h) || x.is(lexicon.COrgWords, h)
}

// progressiveClause reports whether a clause opens at c0: a subject and a
// finite verb within six words ("is suggesting he beat expectations",
// "are saying his vote for that plan is a signal"), not a noun and its
// infinitive ("is stressing the need to").
func (x *extractor) progressiveClause(c0, hi int) bool {
	if !x.clauseStart(c0) {
		return false
	}
	for t := c0 + 1; t < hi && t <= c0+6 && x.words[t].kind == wordText; t++ {
		if (x.is(lexicon.CRelativePronouns, t) || x.is(lexicon.CComplementizers, t)) && !x.is(lexicon.CPrepositions, t-1) || x.in(subordinators, t) {
			return false // "the rules when the fight broke out", "things that made no sense" (not "his vote for that plan is")
		}
		if x.is(lexicon.CFiniteAux, t) || x.is(lexicon.CModals, t) && !x.is(lexicon.CInfinitiveMarkers, t) || !x.words[t].upper && isPastForm(x.wordText(t)) {
			return true
		}
	}
	return false
}

// objectInfinitiveCues take an object and an infinitive that is what was
// asked: "urging Trump to make", "asking supporters to raise".
var objectInfinitiveCues = lexicon.SetOf("urging", "asking", "encouraging", "pressing", "pushing", "imploring", "begging", "telling", "warning", "pressuring", "inviting", "challenging", "advising")

// speaksOnFor reports whether the cue at i is a finite form of "speak"
// after "who" with "on" or "for" after it and no quotation or clause in
// the rest of the unit: the brief someone holds ("who speaks on
// transport for Plaid Cymru", "who speaks for the growers"), a role.
func (x *extractor) speaksOnFor(i, n, hi int) bool {
	if i == 0 || !x.wordIs(i-1, "who") || i+n >= hi || !(x.wordIs(i+n, "on") || x.wordIs(i+n, "for")) {
		return false
	}
	if !(x.wordIs(i, "speaks") || x.wordIs(i, "speak") || x.wordIs(i, "spoke")) {
		return false
	}
	for t := i + n; t < hi && t < i+n+10; t++ {
		if x.words[t].quote >= 0 || x.is(lexicon.CComplementizers, t) || x.isPunct(t, ':') {
			return false
		}
		if x.isPunct(t, ',') {
			break
		}
	}
	return true
}

// indefiniteBefore reports whether the noun at word h opens with "a" or
// "an" within three words: "a group", "a small charity", "an app".
func (x *extractor) indefiniteBefore(h, from int) bool {
	for k := h - 1; k >= from && k >= h-3; k-- {
		if x.wordIs(k, "a") || x.wordIs(k, "an") {
			return true
		}
		if x.words[k].kind != wordText || x.words[k].upper && !x.hyphenAdjective(k) || x.is(lexicon.CNpStops, k) {
			return false // (but "a Pakistan-based group")
		}
	}
	return false
}
