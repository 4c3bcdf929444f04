package quote

// Where a reported content starts (that, to, whether, a bare clause) and
// where it ends.

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// complement returns the first word of the content after a cue ending at
// word k, or false when none follows.
func (x *extractor) complement(k, hi int, c lexicon.CueClass) (int, bool) {
	if k < hi && (x.isPunct(k, ':') || x.isPunct(k, ',')) {
		k++
		if k < hi && x.words[k].kind == wordOpen {
			return k, true
		}
	}
	if k >= hi {
		return 0, false
	}
	// `says of Clinton, "..."`: a short phrase, then the quotation.
	for t := k; t < hi && t < k+8; t++ {
		if x.words[t].quote >= 0 || x.isPunct(t, '.') || x.isPunct(t, ';') {
			break
		}
		if (x.isPunct(t, ',') || x.isPunct(t, ':')) && t+1 < hi && x.words[t+1].kind == wordOpen && t > k &&
			x.is(lexicon.CAdjunctStarts, k) && !x.is(lexicon.CDeterminers, k) {
			return t + 1, true
		}
	}
	// A complementizer within a few words: "said in a statement that",
	// "expressed his confidence that", "told reporters on Tuesday that".
	for t := k; t < hi && t < k+10; t++ {
		w := x.words[t]
		if w.quote >= 0 || w.kind != wordText && !x.isPunct(t, '.') {
			break
		}
		if x.is(lexicon.CComplementizers, t) || c == lexicon.CueTell && t > k && x.is(lexicon.CQuestionWords, t) {
			return t, true
		}
		if t > k && !x.words[t].upper && x.subjectVerb(k, t) {
			break // "said Obama hopes that his successor ...": a clause of its own, whose subject opens the content
		}
		if x.is(lexicon.CNpStops, t) && !x.is(lexicon.CAdjunctStarts, t) && !x.is(lexicon.CTimeWords, t) {
			break
		}
		if t+1 < hi && x.is(lexicon.CInfinitiveMarkers, t) && x.words[t+1].kind == wordText && x.words[t+1].quote < 0 && x.infinitiveStop(k, t) {
			if n := x.wordText(t + 1); isVerbLike(n) && (!strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ss")) {
				break // "agreed to hear cases that groups hoped ...": the infinitive's object, not what was agreed
			}
		}
	}
	switch c {
	case lexicon.CuePlan:
		if x.is(lexicon.CInfinitiveMarkers, k) {
			return k, true
		}
		if lexicon.EqualFold(x.wordText(k), "not") && k+1 < hi && x.is(lexicon.CInfinitiveMarkers, k+1) {
			return k, true
		}
		if x.in(wantForms, k-1) && !x.relativeBefore(k-1) && x.words[k].kind == wordText && !x.words[k].upper &&
			(x.is(lexicon.CDeterminers, k) && !x.wordIs(k, "a") && !x.wordIs(k, "an") || x.is(lexicon.CPossDeterminers, k) || x.is(lexicon.CObjectPronouns, k)) &&
			x.infinitiveAfter(k, hi) && !x.infinitiveNoun(k, hi) {
			// "wants the council to reopen the library": what the source
			// wants of others, a position; not "wanted a car to get to
			// work" (a purpose) nor "wants the chance to prove himself"
			// (the noun's own infinitive)
			return k, true
		}
		return 0, false
	case lexicon.CueTell:
		np := x.npRight(k, hi)
		if x.is(lexicon.CObjectPronouns, k) && !x.possessiveHer(k, hi) {
			np = npSpan{k, k + 1} // "told them their policy did not cover it"
		}
		if !np.ok() {
			return 0, false
		}
		for t := np.w0 + 1; t < np.w1; t++ {
			if (x.is(lexicon.CArticles, t) || x.is(lexicon.CPossDeterminers, t) || x.is(lexicon.CSubjectPronouns, t) && !x.is(lexicon.CRelativePronouns, t)) &&
				!x.is(lexicon.CPrepositions, t-1) { // "one of his protégés" is one phrase
				np.w1 = t // "told reporters the plan would fail": the addressee ends where the clause's subject begins
				break
			}
		}
		k = np.w1
		if k+1 < hi && (x.isPunct(k, ':') || x.isPunct(k, ',')) && x.words[k+1].kind == wordOpen {
			return k + 1, true // `told the players: "Run."`
		}
		e := k
		for e < hi-1 && e < k+5 && x.words[e].kind == wordText && x.words[e].quote < 0 {
			e++
		}
		if e+1 == hi && x.isPunct(e, ':') {
			return 0, false // "told reporters in Washington:" leads in to the next paragraph
		}
	}
	for k < hi && x.is(lexicon.CTimeWords, k) && !(x.wordIs(k, "too") && k+1 < hi && x.in(tooDegree, k+1)) &&
		!((x.wordIs(k, "this") || x.wordIs(k, "last")) && k+1 < hi && (!x.is(lexicon.CTimeWords, k+1) && !x.in(thisTimeNouns, k+1) ||
			k+2 < hi && x.is(lexicon.CFiniteAux, k+2))) { // ("said last year was hard": the subject)
		if (x.wordIs(k, "this") || x.wordIs(k, "last")) && k+2 < hi && x.in(thisTimeNouns, k+1) && !x.is(lexicon.CFiniteAux, k+2) {
			k++ // "said last spring the plan was dead": the phrase of time whole (not "said last year was hard")
		}
		k++ // (not "says too much is made of the tweets": "too" is the content's; nor "said this policy works")
	}
	if k+1 < hi && k > 0 && x.isPunct(k, ',') && x.is(lexicon.CTimeWords, k-1) && x.is(lexicon.CComplementizers, k+1) {
		k++ // "said, too, that taxes would not rise", "said, again, that": an adverb between commas
	}
	if k < hi && x.is(lexicon.CAdjunctStarts, k) && !x.is(lexicon.CDeterminers, k) && k+1 < hi && x.is(lexicon.CTimeWords, k+1) {
		k += 2 // "on Tuesday"
	}
	if j := x.mediumPhraseEnd(k, hi); j > k {
		k = j // "said in a statement the app had been downloaded", "told reporters in Malé the app ..."
		for k < hi && (x.is(lexicon.CTimeWords, k) || x.in(dayParts, k) && k > 0 && x.is(lexicon.CTimeWords, k-1)) {
			k++ // "in a statement Thursday night they ..."
		}
		if k+1 < hi && x.isPunct(k, ',') && x.words[k+1].kind == wordText {
			k++ // "said in an op-ed Thursday, the leading GOP candidate ..."
		}
	}
	if k >= hi {
		return 0, false
	}
	if x.words[k].kind == wordPunct && !x.isPunct(k, '(') {
		if x.isPunct(k, ',') && k+1 < hi && x.words[k+1].kind == wordOpen {
			return k + 1, true
		}
		return 0, false
	}
	if c == lexicon.CueSpeech && x.wordIs(k, "to") && k+1 < hi && (x.is(lexicon.CArticles, k+1) || x.is(lexicon.CPossDeterminers, k+1) || x.is(lexicon.CObjectPronouns, k+1)) &&
		!x.quotedBefore(k, hi) {
		return 0, false // "shouted to the crowd.": whom it was said to, and no content
	}
	if x.is(lexicon.CInfinitiveMarkers, k) && (k+1 >= hi || x.words[k+1].kind == wordPunct) {
		return 0, false // "as soon as the radio told them to, while ...": the verb is left out, and nothing is said
	}
	return k, true
}

// mediumPhraseEnd returns the word after a phrase of where or how
// something was said that opens word k, when a clause's subject follows
// it with no "that": "in a statement", "in an interview", "on social
// media", "in Malé"; or k.
func (x *extractor) mediumPhraseEnd(k, hi int) int {
	if k+2 >= hi || !x.wordIs(k, "in") && !x.wordIs(k, "on") {
		return k
	}
	j := k + 1
	if x.words[j].kind == wordText && x.words[j].upper && !x.is(lexicon.CArticles, j) {
		h := j + 1 // "in Malé the app": a place's name
		for h < hi && h < j+3 && x.words[h].kind == wordText && x.words[h].upper {
			h++
		}
		if h < hi && x.is(lexicon.CArticles, h) && !x.words[h].upper {
			return h
		}
		return k
	}
	if x.is(lexicon.CArticles, j) || x.is(lexicon.CPossDeterminers, j) {
		j++
	}
	h := j
	for h < hi && h < j+3 && x.words[h].kind == wordText && !x.words[h].upper && x.words[h].quote < 0 && !x.is(lexicon.CArticles, h) && !x.is(lexicon.CNpStops, h) {
		h++
		if lexicon.InFold(mediumNouns, x.wordText(h-1)) && !(h < hi && lexicon.InFold(mediumNouns, x.wordText(h))) {
			break // ("in a statement nobody had ...": the medium ends at its noun)
		}
	}
	if h == j || h >= hi || !lexicon.InFold(mediumNouns, x.wordText(h-1)) {
		return k
	}
	for t := h; t < hi && t < h+14 && x.words[t].quote < 0; t++ {
		if x.wordIs(t, "that") && t > h {
			return k // "said in a letter she sent to parents on Friday that the school would close": the letter's clause
		}
	}
	if x.is(lexicon.CArticles, h) || x.is(lexicon.CPossDeterminers, h) || x.is(lexicon.CSubjectPronouns, h) && !x.is(lexicon.CRelativePronouns, h) ||
		x.words[h].upper && x.words[h].kind == wordText {
		return h
	}
	if x.clauseSubjectAt(h, hi) {
		return h // "said in a statement nobody had been hurt", "... most residents would"
	}
	if x.wordIs(h, "to") || x.wordIs(h, "with") || x.wordIs(h, "from") || x.wordIs(h, "for") {
		// "said in a letter to residents the road would reopen": whom
		// the medium went to, then the clause
		for t := h + 2; t < hi && t < h+8 && x.words[t].kind == wordText && x.words[t].quote < 0; t++ {
			if (x.is(lexicon.CArticles, t) || x.is(lexicon.CPossDeterminers, t) || x.is(lexicon.CSubjectPronouns, t) && !x.is(lexicon.CRelativePronouns, t) ||
				x.clauseSubjectAt(t, hi)) && x.finiteSoon(t, hi) && !x.is(lexicon.CPrepositions, t-1) {
				return t // (not "to the chairman of the committee the plan was": an article after "of" is the phrase's)
			}
		}
	}
	return k
}

// clauseSubjectAt reports whether word h opens a clause with a subject
// that is no article nor pronoun: an indefinite pronoun or a quantifier
// ("nobody", "most residents"), with a finite verb within a few words.
func (x *extractor) clauseSubjectAt(h, hi int) bool {
	if h >= hi || x.words[h].kind != wordText || x.words[h].upper {
		return false
	}
	switch lexicon.Lower(x.wordText(h)) {
	case "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "nothing", "everything", "something", "none":
	default:
		if !x.is(lexicon.CQuantifiers, h) && !lexicon.IsNumber(x.wordText(h)) {
			return false
		}
	}
	return x.finiteSoon(h, hi)
}

// finiteSoon reports whether a finite auxiliary or modal follows word h
// within four words, before any punctuation: the verb of a clause whose
// subject h opens.
func (x *extractor) finiteSoon(h, hi int) bool {
	for t := h + 1; t < hi && t <= h+4 && x.words[t].kind == wordText; t++ {
		if x.is(lexicon.CFiniteAux, t) || x.is(lexicon.CModals, t) {
			return true
		}
	}
	return false
}

// thisTimeNouns follow "this" or "last" in a phrase of time after a cue ("said
// this weekend", "said last spring"); before another noun "this" opens the
// content ("said this policy works").
var thisTimeNouns = lexicon.SetOf("week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "spring",
	"summer", "autumn", "fall", "winter", "season", "term", "session", "quarter", "time", "fortnight", "decade", "century",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// tooDegree follow "too" of degree, which opens a content ("says too much
// is made of ..."), not "too" of addition ("said too the council should").
var tooDegree = lexicon.SetOf("much", "many", "few", "little", "late", "early", "long", "far", "often", "soon", "costly",
	"expensive", "high", "low", "slow", "fast", "big", "small", "close", "hard", "weak", "strong", "young", "old", "busy")

// dayParts follow a day's name: "Thursday night".
var dayParts = lexicon.SetOf("morning", "afternoon", "evening", "night")

// mediumNouns are where or how something is said: "in a statement", "in
// an interview", "on social media".
var mediumNouns = lexicon.SetOf("statement", "interview", "letter", "email", "e-mail", "post", "posting", "video", "speech", "release",
	"tweet", "message", "filing", "broadcast", "podcast", "briefing", "conference", "media", "radio", "television", "op-ed", "blog",
	"memo", "report", "note", "text", "call", "appearance", "address", "remarks", "court", "documents", "response", "reply")

// contentEnd returns where a content starting at c0 ends: the unit end, or
// the comma before a participle cue that continues the attribution.
func (x *extractor) contentEnd(c0, hi int) int {
	for t := c0 + 1; t+1 < hi; t++ {
		if x.words[t].quote >= 0 {
			continue
		}
		if t > c0+2 && (x.isPunct(t-1, ',') || x.words[t-1].kind == wordPunct && isDash(x.wordText(t-1))) && x.wordIs(t, "something") && t+1 < hi &&
			(x.is(lexicon.CArticles, t+1) || x.is(lexicon.CSubjectPronouns, t+1) || x.is(lexicon.CPossDeterminers, t+1) || x.words[t+1].upper && x.words[t+1].kind == wordText) {
			// "she suspected he was on drugs — something a 911 caller also
			// told a dispatcher", "..., something the council denies": the
			// writer's aside on what was said
			return t - 1
		}
		if t > c0+2 && (x.isPunct(t-1, ',') || x.words[t-1].kind == wordPunct && isDash(x.wordText(t-1)) && !x.dashCloses(t, hi)) && x.summativeAt(t, hi) {
			// "asked the candidates to refrain from attacks, a request not
			// always honored", "standing on principle - ideologically pure
			// stances that could be imperiled": the writer's summing up of
			// what was said
			return t - 1
		}
		if x.words[c0].kind == wordOpen && x.words[t-1].kind == wordClose && x.words[t-1].quote == x.words[c0].quote && t-2 > c0 &&
			(x.isPunct(t-2, '!') || x.isPunct(t-2, '?') || x.isPunct(t-2, '.') || x.isPunct(t-2, ',') && x.words[c0+1].upper) && x.in(quoteAdjunctPreps, t) && x.words[t].kind == wordText && !x.words[t].upper {
			// 'chanted “Lock her up!” for most of the afternoon', 'said
			// “let's not get ahead of ourselves,” before predicting':
			// a whole sentence quoted, then the writer's phrase of time
			// or place ('told “Morning Joe” on Friday that' goes on)
			return t
		}
		if x.words[c0].kind == wordOpen && x.words[t-1].kind == wordClose && (x.wordIs(t, "and") || x.wordIs(t, "but")) &&
			x.words[t+1].kind == wordText && !x.words[t+1].upper && isPastForm(x.wordText(t+1)) {
			// 'chanted "What curfew?" and kept going until 2 a.m.': the
			// quotation, then the subject's next act
			return t
		}
		if t > c0+2 && x.isPunct(t-1, ',') && (x.wordIs(t, "but") || x.wordIs(t, "and")) && t+1 < hi && lexicon.InFold(writerCoda, x.wordText(t+1)) {
			// "said the vote was rigged, but offered no proof", "..., but
			// declined to say how": the writer's report of what the
			// speaker did not do, the main clause's own verb
			return t - 1
		}
		if t > c0+2 && x.isPunct(t-1, ',') && (x.wordIs(t, "though") || x.wordIs(t, "although")) && t+2 < hi && x.is(lexicon.CSubjectPronouns, t+1) && !x.is(lexicon.CRelativePronouns, t+1) &&
			!x.wordIs(t+1, "it") && !x.wordIs(t+1, "this") && !x.wordIs(t+1, "that") {
			// "denied that the deal would cut jobs, though he conceded the
			// point was ...": the speaker's own concession, a cue of its own
			if e, _, ok := x.cueAt(t+2, hi); ok && e.Past && !e.Base && !e.Participle && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) {
				return t - 1
			}
		}
		if t > c0+2 && x.isPunct(t-1, ',') && (x.wordIs(t, "while") || x.wordIs(t, "whereas") || x.wordIs(t, "though") || x.wordIs(t, "although")) && t+2 < hi {
			// "..., while worker advocates said the changes were overdue",
			// "..., though analysts said": a contrasting source and its cue
			p := t + 1
			if x.is(lexicon.CArticles, p) && !x.words[p].upper {
				p++
			}
			q := p
			for q < hi && q < p+4 && x.words[q].kind == wordText && !x.isCueWord(q) && (x.words[q].upper || !x.is(lexicon.CFiniteAux, q)) {
				q++
			}
			if q > p && q < hi && (x.plural(q-1) || x.words[q-1].upper) {
				if e, _, ok := x.cueAt(q, hi); ok && e.Past && !e.Base && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) {
					return t - 1
				}
			}
		}
		if t > c0 && (lexicon.EqualFold(x.wordText(t), "and") || lexicon.EqualFold(x.wordText(t), "but")) {
			// "He said A and said that B", "She said A but warned that
			// B", "praised the plan and said that it would work", "describes
			// himself as a moderate and has said that ...": a coordinated
			// cue starts anew.
			v := t + 1
			if x.wordIs(v, "has") || x.wordIs(v, "have") || x.wordIs(v, "had") {
				v++
			}
			if e, _, ok := x.cueAt(v, hi); ok && e.Past && !e.Base && !e.Third && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) &&
				(t > c0+2 && v == t+1 || v+1 < hi && (x.wordIs(v+1, "that") || x.words[v+1].kind == wordOpen || x.isPunct(v+1, ','))) {
				// (after a short object, or with "has", only with what
				// opens a content: "said the governor was watching and
				// had asked agencies to ..." goes on with the governor)
				return t
			}
		}
		if t > c0+2 && (lexicon.EqualFold(x.wordText(t), "and") || lexicon.EqualFold(x.wordText(t), "but")) {
			p := t + 1
			q := p + 1 // the word after the subject: "he", "Ms. Berg", "Tom Hale"
			if p < hi && x.words[p].kind == wordText && x.words[p].upper && !x.is(lexicon.CSubjectPronouns, p) {
				for q < hi && q < p+4 && (x.words[q].kind == wordText && x.words[q].upper || x.isPunct(q, '.')) {
					q++
				}
			}
			if p+1 < hi && x.wordIs(p, "the") && !x.words[p].upper && x.words[p+1].kind == wordText && x.words[p+1].upper {
				// "..., and the Yukon Department of Highways says it has no
				// plans": a body's name after "the", joiners included
				n := p + 1
				for n < hi && n < p+8 && (x.words[n].kind == wordText && x.words[n].upper || (x.wordIs(n, "of") || x.wordIs(n, "and") || x.wordIs(n, "for")) && n+1 < hi && x.words[n+1].upper) {
					n++
				}
				if e, _, ok := x.cueAt(n, hi); ok && e.Past && !e.Base && !e.Participle && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) && x.words[n-1].upper {
					if x.isPunct(t-1, ',') {
						return t - 1
					}
					return t
				}
			}
			if x.groupCueAt(p, hi) {
				// "said the reforms were not complete, and human rights
				// groups warned that ...", "..., but engineers say the
				// steel has not come": a plural source and its own cue
				if x.isPunct(t-1, ',') {
					return t - 1
				}
				return t
			}
			if p < hi && (x.is(lexicon.CPossDeterminers, p) || x.is(lexicon.CArticles, p)) && !x.words[p].upper {
				// "announced a spring run, and its artistic director,
				// Clive Mercieca, said ...": a described subject, with
				// its name in apposition, and its own cue
				if c := x.describedSubjectEnd(p, hi); c > 0 {
					if x.isPunct(t-1, ',') {
						return t - 1
					}
					return t
				}
			}
			if q < hi && (x.is(lexicon.CSubjectPronouns, p) && !x.is(lexicon.CRelativePronouns, p) && !lexicon.EqualFold(x.wordText(p), "it") ||
				x.words[p].upper && x.words[p].kind == wordText && !x.is(lexicon.CSubjectPronouns, p)) {
				// "praised the supporters, and he said the club would
				// appeal", "..., and Ms. Berg said": a new subject and cue
				// start a new attribution.
				_, _, adj := x.beliefAdjective(q, hi) // "..., and Ms Greve is convinced the run will sell out"
				if q+1 < hi && (x.wordIs(q, "has") || x.wordIs(q, "have") || x.wordIs(q, "had")) {
					if e, n, ok := x.cueAt(q+1, hi); (ok && e.Past && e.Class == lexicon.CueSpeech || ok && e.Class == lexicon.CueTell) && q+2+n < hi &&
						(x.is(lexicon.CComplementizers, q+1+n) && x.clauseStart(q+2+n) || x.words[q+1+n].kind == wordOpen) {
						q++ // "..., but Environment Canada has warned that ...": a perfect and its clause ("Russia and China have maintained close coordination" is none)
					}
				}
				if e, _, ok := x.cueAt(q, hi); ok && e.Past && !e.Base && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell || adj) {
					if x.isPunct(t-1, ',') {
						return t - 1
					}
					return t
				}
			}
		}
		if !x.isPunct(t, ',') {
			continue
		}
		if e, _, ok := x.cueAt(t+1, hi); ok && e.Participle && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) {
			return t
		}
		// `..., he said, "I hope not."`: a new attribution begins.
		for k := t + 2; k <= t+4 && k+2 < hi; k++ {
			if e, _, ok := x.cueAt(k, hi); ok && e.Past && !e.Base && e.Class == lexicon.CueSpeech {
				if (x.isPunct(k+1, ',') || x.isPunct(k+1, ':')) && x.words[k+2].kind == wordOpen {
					if np := x.npLeft(k-1, t+1); np.ok() && np.w0 == t+1 && x.nameLike(np) {
						return t
					}
				}
				break
			}
		}
	}
	return hi
}

// dashCloses reports whether a dash closes, before the sentence ends, the
// aside that opens at word t after a dash: "Trump's call to ban all
// Muslim immigrants -- a position he has since modified -- and his
// statements bear some of the responsibility" goes on past it.
func (x *extractor) dashCloses(t, hi int) bool {
	for k := t; k < hi && k < t+40; k++ {
		if x.words[k].kind == wordPunct && isDash(x.wordText(k)) {
			return true
		}
		if x.isPunct(k, '.') || x.isPunct(k, ';') {
			return false
		}
	}
	return false
}

// summativeAt reports whether a summative appositive opens at word t: an
// indefinite noun phrase, or a plural one, headed by a noun that names a
// kind of statement ("a request not always honored", "a claim the
// campaign denies", "ideologically pure stances that ..."), followed by
// lower-case words of the writer or by the sentence's end.
func (x *extractor) summativeAt(t, hi int) bool {
	j := t
	article := x.wordIs(j, "a") || x.wordIs(j, "an")
	if article {
		j++
	}
	for n := 0; n < 2 && j+1 < hi && x.words[j].kind == wordText && !x.words[j].upper && !x.in(summativeNouns, j) && !x.isCueWord(j) &&
		!x.is(lexicon.CFiniteAux, j) && !x.is(lexicon.CPrepositions, j) && !x.is(lexicon.CSubjectPronouns, j) && !x.is(lexicon.CDeterminers, j) &&
		!x.is(lexicon.CPossDeterminers, j) && !x.is(lexicon.CConnectives, j) && !x.wordIs(j, "and") && !x.wordIs(j, "but") && !x.wordIs(j, "or") &&
		!strings.HasSuffix(x.wordText(j), "ing"); n++ {
		j++ // "ideologically pure", "familiar"
	}
	if j >= hi || x.words[j].kind != wordText || x.words[j].upper || !x.in(summativeNouns, j) || !article && (!x.plural(j) || x.isCueWord(j)) {
		return false // (not "..., claims that Univision takes ...", "— promises to stop ...": a verb)
	}
	if j+1 < hi && x.words[j+1].kind == wordText && (x.is(lexicon.CFiniteAux, j+1) || x.isCueWord(j+1)) {
		return false // "..., requests were made": the subject of a clause of its own
	}
	return j+1 >= hi || x.words[j+1].kind != wordText || !x.words[j+1].upper || x.isPunct(j+1, '.')
}

// summativeNouns name a kind of statement, with which a writer sums up
// what the source said in an appositive after it.
var summativeNouns = lexicon.SetOf("request", "requests", "claim", "claims", "assertion", "assertions", "accusation", "accusations",
	"allegation", "allegations", "charge", "charges", "promise", "promises", "pledge", "pledges", "suggestion", "suggestions",
	"stance", "stances", "position", "positions", "refrain", "argument", "arguments", "prediction", "predictions", "demand", "demands",
	"complaint", "complaints", "boast", "boasts", "sentiment", "sentiments")

// writerCoda are the past verbs with which a writer, after ", but", says
// what the speaker did not back a claim with: "offered no evidence",
// "provided no details", "declined to elaborate", "gave no timeline".
var writerCoda = lexicon.SetOf("offered", "provided", "gave", "declined", "refused", "presented", "produced", "cited")

// describedSubjectEnd returns the word of a finite past speech cue after
// a lower-case noun phrase opening at p, headed by a role noun or a noun
// of nationality and followed by a name in apposition or nothing ("its
// artistic director, Clive Mercieca, said", "the club's chairman said",
// "the Moroccan told"), or 0.
func (x *extractor) describedSubjectEnd(p, hi int) int {
	k := p + 1
	for k < hi && k < p+6 && x.words[k].kind == wordText && !x.words[k].upper && x.words[k].quote < 0 && !x.isCueWord(k) {
		k++
	}
	if k == p+1 && k < hi && x.wordIs(p, "the") && lexicon.IsNationalityNoun(x.wordText(k)) {
		k++ // "and the Moroccan told the magazine ..."
	} else if k == p+1 || !lexicon.IsRoleNoun(x.wordText(k-1)) {
		return 0
	}
	if k+1 < hi && x.isPunct(k, ',') && x.words[k+1].upper {
		e := k + 1
		for e < hi && e < k+6 && (x.words[e].kind == wordText && x.words[e].upper || x.isPunct(e, '.')) {
			e++
		}
		if e >= hi || !x.isPunct(e, ',') {
			return 0
		}
		k = e + 1
	}
	if e, _, ok := x.cueAt(k, hi); ok && e.Past && !e.Base && !e.Participle && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) {
		return k
	}
	return 0
}

// modifierEnd returns where the content [c0, end) of the cue at word i
// ends when the cue sits in a clause that describes the subject of a
// later cue: a relative clause after a comma ("Teachers, who feared
// retaliation, said ...", "Barkley, who said he votes Democratic, said
// ...") or a participle after a comma ("Biden, recalling their
// breakfasts, described ..."). It ends at the comma before that later cue
// (mainCueAfter), or at the dash that closes a clause a dash opened
// ("Clinton — who has called for tax hikes — attacked ..."); any other
// content keeps end.
func (x *extractor) modifierEnd(i, c0, end, lo int) int {
	s := i - 1
	for s >= lo && i-s <= relativeReach && !x.isPunct(s, ',') && !isDash(x.wordText(s)) && x.words[s].quote < 0 {
		s--
	}
	dash := s >= lo && isDash(x.wordText(s))
	if s < lo || !x.isPunct(s, ',') && !dash || s+1 >= end || !x.modifierClause(npSpan{s + 1, end}) {
		return end
	}
	for t := c0 + 1; t < end; t++ {
		if x.words[t].quote >= 0 {
			return end
		}
		if dash && isDash(x.wordText(t)) {
			return t // "Hillary Clinton — who has called for big tax hikes on the rich — lambasting ...": the dash closes the clause
		}
		if x.isPunct(t, ',') && (x.mainCueAfter(t, end) || t+1 < end && !x.words[t+1].upper && x.words[t+1].kind == wordText &&
			(x.is(lexicon.CFiniteAux, t+1) || isPastForm(x.wordText(t+1)))) {
			// ", said the bill was unfair", ", has refused to comment": the
			// main clause's verb, after the relative clause
			if x.is(lexicon.CInfinitiveMarkers, c0) || lexicon.EqualFold(x.wordText(c0), "not") {
				// "who asked not to be named", "who declined to be
				// identified": how the source may be named, no statement.
				return c0
			}
			return t
		}
	}
	return end
}

// mainCueAfter reports whether the comma at word t closes a clause that
// sits between a subject and its cue: ", said the chair had not signed"
// after "Two officials, who asked not to be named" or "Teachers, who
// spoke ... because they feared retaliation". The cue after the comma is a
// finite past speech cue followed by its content, not by its own subject
// ("..., said Ms Berg." is an inverted cue, whose content is before it).
func (x *extractor) mainCueAfter(t, hi int) bool {
	e, n, ok := x.cueAt(t+1, hi)
	if !ok || !e.Past && !e.Base || e.Participle || e.Class != lexicon.CueSpeech && e.Class != lexicon.CueTell {
		return false
	}
	c := t + 1 + n
	if e.Class == lexicon.CueTell {
		// "told The Lantern: ...", "told reporters that ...": the
		// addressee, then the content.
		np := x.npRight(c, hi)
		return np.ok() && np.w1 < hi && (x.isPunct(np.w1, ':') || x.is(lexicon.CComplementizers, np.w1))
	}
	if c < hi && (x.isPunct(c, ':') || x.words[c].kind == wordOpen) {
		return true // "One woman, who asked not to be named, said: ..."
	}
	if c+1 < hi && x.is(lexicon.CSubjectPronouns, c) && !x.is(lexicon.CRelativePronouns, c) && x.words[c+1].kind == wordText && !x.words[c+1].upper &&
		(auxOrModal(x.wordText(c+1)) || isPastForm(x.wordText(c+1))) {
		return true // "says it was safe": the content's subject and its verb
	}
	if c >= hi || x.words[c].kind != wordText || x.words[c].upper || x.is(lexicon.CInfinitiveMarkers, c) || x.is(lexicon.CSubjectPronouns, c) {
		return false // "said Ms Berg", "said to be", "said he"
	}
	if np := x.npRight(c, hi); np.ok() && (np.w1 >= hi || x.words[np.w1].kind != wordText) {
		for k := np.w0 + 1; k < np.w1; k++ {
			if !x.words[k].upper && auxOrModal(x.wordText(k)) && !lexicon.EqualFold(x.wordText(k), "not") {
				return true // "says the trust cannot pump.": its subject and a verb
			}
		}
		return false // "said the mayor." or "said the mayor, who ..."
	}
	return true
}

// infinitiveStop reports whether "to" at word t, after a cue ending
// before word k, opens the cue's infinitive rather than a phrase of place
// or addressee: right after a cue that takes an infinitive ("agreed to
// hear", "decided to"), or after the cue's object with no preposition
// between ("called on the United States to attack"); not in "said in a
// memo to staff that" nor "said to reporters".
func (x *extractor) infinitiveStop(k, t int) bool {
	if k < 1 {
		return false
	}
	cue := x.wordText(k - 1)
	if t == k {
		// most cues take an infinitive ("agreed to hear cases that ...",
		// "pledged to bolster", "hopes to make a statement in a contest
		// that ..."); a verb of saying takes its addressee after "to"
		// ("said to reporters that", "admitted to police that")
		return !lexicon.InFold(addresseeCues, cue)
	}
	for j := k; j < t; j++ {
		if x.is(lexicon.CPrepositions, j) && !(j == k && (x.wordIs(j, "on") || x.wordIs(j, "upon"))) {
			return false
		}
	}
	return true
}

// addresseeCues take the one spoken to after "to": "said to reporters",
// "admitted to police", "confirmed to local radio".
var addresseeCues = lexicon.VerbSet(`say/said,saying,says tell/told,telling,tells write/wrote,writing,writes
	admit/admitted,admitting confirm explain complain respond reply/replied,replying,replies
	speak/spoke,speaking,speaks add note state declare announce suggest insist argue report reveal mention appeal
	describe testify/testified,testifying,testifies apologize apologise boast lament whisper shout recount concede
	acknowledge`)

// possessiveHer reports whether "her" at word k owns the noun of people
// after it, the addressee of a cue of telling ("told her staff the plan
// was doomed", "told her son that ..."), rather than being that
// addressee ("told her the plan was doomed").
func (x *extractor) possessiveHer(k, hi int) bool {
	n := k + 1
	if !x.wordIs(k, "her") || n >= hi || x.words[n].kind != wordText || x.words[n].upper || x.is(lexicon.CNpStops, n) || x.is(lexicon.CDeterminers, n) {
		return false
	}
	w := x.wordText(n)
	if !(x.is(lexicon.CGroupHeads, n) || personPlural(w) || lexicon.IsRoleNoun(w) || lexicon.InFold(lexicon.PluralNouns, w) && x.plural(n)) {
		return false
	}
	// and the clause's subject opens after the noun: "told her staff the
	// plan was doomed", "told her son that ..."; not "told her patients
	// often recover", "told her officials had lied"
	c := n + 1
	if c+1 < hi && (x.isPunct(c, ',') || x.isPunct(c, ':')) && x.words[c+1].kind == wordOpen {
		return true // "told her supporters, “I still love New Hampshire”"
	}
	return c < hi && x.words[c].kind == wordText && (x.is(lexicon.CDeterminers, c) || x.is(lexicon.CComplementizers, c) ||
		x.is(lexicon.CSubjectPronouns, c) && !x.is(lexicon.CRelativePronouns, c) || x.words[c].upper)
}

// subjectVerb reports whether word t is a cue's finite form after its
// subject, which opens at k: a name, a pronoun or a role noun ("Obama
// hopes", "she thinks", "the governor believes").
func (x *extractor) subjectVerb(k, t int) bool {
	e, ok := lexicon.LookupCue(x.wordText(t))
	if !ok || !e.Third && !(e.Past && !e.Base) || e.Participle || t-1 < k {
		return false
	}
	p := t - 1
	if p-1 >= k && (x.is(lexicon.CArticles, p-1) || x.is(lexicon.CPrepositions, p-1)) && x.words[p].upper {
		return false // "in a Facebook post that": a noun after its modifier
	}
	return x.words[p].upper && x.words[p].kind == wordText && !x.is(lexicon.CPrepositions, p) ||
		x.is(lexicon.CSubjectPronouns, p) && !x.is(lexicon.CRelativePronouns, p) ||
		lexicon.IsRoleNoun(x.wordText(p)) && p-1 >= k && x.is(lexicon.CArticles, p-1)
}

// relativeBefore reports whether a relative pronoun stands before the cue
// at word c, past adverbs and auxiliaries ("Fans who never wanted the
// club to move", "Hale, who also wants the council to ...").
func (x *extractor) relativeBefore(c int) bool {
	for p := c - 1; p >= 0 && p >= c-4; p-- {
		if x.words[p].kind != wordText {
			return false
		}
		if x.is(lexicon.CRelativePronouns, p) {
			return true
		}
		if !x.endsLy(p) && !x.in(midAdverbs, p) && !x.is(lexicon.CFiniteAux, p) && !x.wordIs(p, "never") && !x.wordIs(p, "long") && !x.wordIs(p, "also") && !x.wordIs(p, "always") {
			return false
		}
	}
	return false
}

// infinitiveNouns take a to-infinitive of their own: "the chance to
// prove himself", "the right to strike".
var infinitiveNouns = lexicon.SetOf("chance", "opportunity", "right", "time", "money", "power", "means", "way", "ability",
	"freedom", "authority", "permission", "help", "support", "resources", "funds", "tools", "courage", "space", "room")

// infinitiveNoun reports whether the noun before the first "to" after
// word k takes that infinitive itself.
func (x *extractor) infinitiveNoun(k, hi int) bool {
	for t := k + 1; t < hi && t <= k+9; t++ {
		if x.wordIs(t, "to") {
			return x.in(infinitiveNouns, t-1)
		}
	}
	return false
}

// clauseStart reports whether word i can open a clause's subject: an
// article, a determiner, a subject pronoun, a number or a capitalised
// word (not "that many times", "that too").
func (x *extractor) clauseStart(i int) bool {
	w := x.words[i]
	if w.kind != wordText {
		return false
	}
	return w.upper || x.is(lexicon.CArticles, i) || x.is(lexicon.CPossDeterminers, i) || x.is(lexicon.CSubjectPronouns, i) && !x.is(lexicon.CRelativePronouns, i) ||
		lexicon.IsNumber(x.wordText(i)) || x.is(lexicon.CDeterminers, i) && !x.wordIs(i, "many") && !x.wordIs(i, "much")
}

// groupCueAt reports whether a lower-case plural noun phrase of at most
// four words opens at p ("engineers", "human rights groups", "the
// unions", "many local residents") and is the subject of a finite cue
// that agrees with it and opens a content right after ("warned that",
// "say the steel", "told reporters that"): a new source and its own
// attribution inside what another source said.
func (x *extractor) groupCueAt(p, hi int) bool {
	if p >= hi || x.words[p].kind != wordText || x.words[p].upper || x.wordIs(p, "how") || x.wordIs(p, "why") {
		return false // "and how experts say it would work": a question's clause
	}
	q := p
	if x.is(lexicon.CArticles, q) || x.is(lexicon.CPossDeterminers, q) {
		q++
	}
	h := q
	for q < hi && q < h+4 && x.words[q].kind == wordText && !x.words[q].upper && !x.isCueWord(q) &&
		!x.is(lexicon.CNpStops, q) && !x.is(lexicon.CSubjectPronouns, q) && !isPastForm(x.wordText(q)) {
		q++
	}
	if q == h || q >= hi || !x.plural(q-1) {
		return false
	}
	for k := p; k < q; k++ {
		if lexicon.InFold(lexicon.FractionWords, x.wordText(k)) || lexicon.IsNumber(x.wordText(k)) || k == q-1 && x.is(lexicon.CQuantifiers, k) {
			return false // "and almost a third said", "and most said": a share of the sources before ("many nurses say" is a source)
		}
		if k >= h && k < q-1 && (x.is(lexicon.CAdjunctsLeft, k) || x.endsLy(k) || x.is(lexicon.CTimeWords, k) || x.in(lexicon.SentenceAdverbs, k) ||
			x.in(baseVerbs, k) || x.wordIs(k, "this") || x.wordIs(k, "that")) {
			return false // "and privately officials admit", "and today fans believe", "and this means workers fear", "and make sure voters know"
		}
	}
	if hd := lexicon.Lower(x.wordText(q - 1)); !x.is(lexicon.CGroupHeads, q-1) && !personPlural(hd) && !x.is(lexicon.COrgPlurals, q-1) {
		return false // the people who speak, not "prices" or "shares"
	}
	e, n, ok := x.cueAt(q, hi)
	if !ok || e.Participle || e.Third || !e.Past && !e.Base || e.Class != lexicon.CueSpeech && e.Class != lexicon.CueTell && e.Class != lexicon.CueBelief {
		return false
	}
	c := q + n
	if c >= hi {
		return false
	}
	if e.Class == lexicon.CueTell {
		np := x.npRight(c, hi)
		return np.ok() && np.w1 < hi && (x.is(lexicon.CComplementizers, np.w1) || x.isPunct(np.w1, ':'))
	}
	return x.is(lexicon.CComplementizers, c) || x.words[c].kind == wordOpen || x.isPunct(c, ':') ||
		x.clauseStart(c) && c+1 < hi && x.finiteSoon(c, hi)
}

// quoteAdjunctPreps open the writer's phrase of time, place or manner
// right after a quotation that is the whole content: "chanted “...” for
// most of the afternoon", "wrote “...” in a post on Monday".
var quoteAdjunctPreps = lexicon.SetOf("for", "during", "throughout", "in", "on", "at", "outside", "until", "before", "after", "as", "while", "from", "into", "over", "across")

// baseVerbs are verbs in the base form that a coordinated clause may open
// with before its object: "and make sure voters know", "and ensure
// shareholders believe", "and let residents say".
var baseVerbs = lexicon.SetOf("make", "ensure", "let", "help", "see", "tell", "ask", "urge", "get", "have", "keep", "remind", "show", "hear", "warn", "assure",
	"means", "makes", "lets", "helps", "shows", "leaves", "forces", "gives")
