package quote

// Subject-verb agreement and the subjects a cue class accepts.

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// subjectFits reports whether subj can hold a cue of class c: any noun
// phrase can say something, but only people, groups and artifacts believe,
// plan or show.
func (x *extractor) subjectFits(subj subject, c lexicon.CueClass) bool {
	head := subj.np.w1 - 1
	switch c {
	case lexicon.CueSpeech, lexicon.CueTell:
		return !x.is(lexicon.CDeterminers, head) || subj.np.w1-subj.np.w0 == 1 && x.in(partitivePronouns, head) // "Several said"
	case lexicon.CueEvidence:
		return x.is(lexicon.CSourceNouns, head) || x.words[head].upper && !x.is(lexicon.CSubjectPronouns, head)
	default:
		if x.is(lexicon.CSourceNouns, head) || x.is(lexicon.CTitleWords, head) || x.words[head].upper && trimPossessive(x.wordText(head)) == x.wordText(head) ||
			x.is(lexicon.CSubjectPronouns, head) && !lexicon.EqualFold(x.wordText(head), "it") || x.plural(head) {
			return true
		}
		// "The studio still expects ...", "the coach believes ...", "The
		// 54-year-old fears ...", "the woman thinks": an organisation's
		// description, a role noun, a person's age or a noun of a person.
		l := lexicon.Lower(x.wordText(head))
		_, org := lexicon.OrgNominals[l]
		_, person := personNouns[l]
		return x.words[head].kind == wordText && (org || person || lexicon.IsRoleNoun(l) || x.agedDescription(subj.np))
	}
}

// agreesWithThird reports whether a third-person cue ("says", "remarks")
// can have subj as its subject: a singular name, pronoun or noun.
// "crude remarks" is a noun phrase.
func (x *extractor) agreesWithThird(subj subject) bool {
	head := subj.np.w1 - 1
	if x.is(lexicon.CSubjectPronouns, head) {
		t := lexicon.Lower(x.wordText(head))
		return t == "he" || t == "she" || t == "it" || t == "who" || t == "which"
	}
	if x.words[head].upper || x.is(lexicon.CSourceNouns, head) || x.is(lexicon.CTitleWords, head) {
		return true
	}
	if x.agedDescription(subj.np) {
		return true // "The 54-year-old fears"
	}
	// "the New York businessman says": a determiner and a singular head.
	t := x.wordText(head)
	return x.is(lexicon.CDeterminers, subj.np.w0) && !x.plural(head) && !strings.HasSuffix(t, "ed") && !strings.HasSuffix(t, "ly")
}

// clauseSubject returns the subject that opens the clause of words
// [w0, hi): a name, pronoun or noun phrase at its start, after an opening
// phrase such as "In a press conference,".
func (x *extractor) clauseSubject(w0, hi int) (subject, bool) {
	k := x.datelineEnd(w0, hi) // "GABORONE - Lesedi Diamond Works ... said"
	for k+1 < hi && x.is(lexicon.CLeadConjunctions, k) && x.npRight(k+1, hi).ok() {
		k++ // "Then he cut into ..."
	}
	if k+2 < hi && (x.is(lexicon.CLeadConjunctions, k) || x.in(lexicon.SentenceAdverbs, k)) && x.isPunct(k+1, ',') {
		k += 2 // "Meanwhile, it attacked Trump, saying"
	}
	for n := 0; n < 3 && (k < hi && x.is(lexicon.CNpStops, k) && !x.is(lexicon.CSubjectPronouns, k) || k < hi && !x.npRight(k, hi).ok() || k < hi && x.openingParticiple(k, hi)); n++ {
		// "In a press conference, Trump ...", "Asked about it, Clinton ...",
		// "On Thursday, after a long wait, Warren ..."
		for k < hi && !x.isPunct(k, ',') {
			k++
		}
		k++
	}
	if k >= hi {
		return subject{}, false
	}
	np := x.npRight(k, hi)
	if np.ok() && k >= w0+2 && x.isPunct(k-1, ',') && x.words[k-2].upper && np.w1+1 < hi && x.isPunct(np.w1, ',') &&
		np.w1-np.w0 <= 2 && x.is(lexicon.CPlaces, np.w1-1) {
		// "Speaking at a town hall in Salem, New Hampshire, Trump went
		// after Bush": the state of the place that ended the phrase.
		np = x.npRight(np.w1+1, hi)
	}
	if np.ok() && np.w1 < hi && x.in(timeAfterwords, np.w1-1) && x.isPunct(np.w1, ',') {
		np = x.npRight(np.w1+1, hi) // "A year ago, Trump ...": the phrase took "ago" in
	} else if np.ok() && np.w1+1 < hi && x.in(timeAfterwords, np.w1) && x.isPunct(np.w1+1, ',') {
		// "Hours later, Trump returned the compliment, telling ...": a
		// time before the subject
		np = x.npRight(np.w1+2, hi)
	}
	if np.ok() && x.possessive(np.w1-1) && np.w1 < hi && x.words[np.w1].kind == wordText {
		// "France's far-right National Front party leader, Marine Le Pen,
		// voiced support ..., saying": the possessive opens a title, and
		// the name between commas after it is the subject
		c := np.w1
		for c < hi && c < np.w1+10 && !x.isPunct(c, ',') && x.words[c].quote < 0 {
			c++
		}
		if c+1 < hi && x.isPunct(c, ',') {
			if name := x.npRight(c+1, hi); name.ok() && x.nameLike(name) && name.w1 < hi && x.isPunct(name.w1, ',') {
				np = name
			}
		}
	}
	if !np.ok() || !(x.nameLike(np) || x.is(lexicon.CSourceNouns, np.w1-1) || x.is(lexicon.CTitleWords, np.w1-1) || x.is(lexicon.CGroupHeads, np.w1-1)) {
		return subject{}, false // (or people: "Small groups of protesters looped the streets while chanting")
	}
	if np.w1 < hi && x.words[np.w1].kind == wordText {
		if e, _, ok := x.cueAt(np.w1, hi); ok && e.Participle {
			return subject{}, false
		}
	}
	return subject{np: np, span: np}, true
}

// openingParticiple reports whether word k opens its sentence with the
// participle of an adjunct phrase, capitalised only by its place
// ("Opening a short debate in the Lords, Lord Errington ...", "Speaking
// after the match, the coach ..."), and a comma before hi ends the
// phrase.
func (x *extractor) openingParticiple(k, hi int) bool {
	t := x.wordText(k)
	if len(t) < 6 || !strings.HasSuffix(t, "ing") || !lexicon.CommonWord(t) {
		return false
	}
	if d := x.wordText(max(k-1, 0)); !x.sentenceInitial(k) && !(k > 0 && (d == "-" || d == "—" || d == "–")) { // or after a dateline
		return false
	}
	for j := k + 1; j < hi && j-k <= 25; j++ {
		if x.isPunct(j, ',') {
			return true
		}
		if x.words[j].kind != wordText || x.words[j].quote >= 0 {
			return false
		}
	}
	return false
}

// timeAfterwords follow a span of time that opens a sentence as an
// adjunct: "Hours later,", "Two days earlier,", "A year ago,".
var timeAfterwords = lexicon.SetOf("later", "earlier", "ago", "afterwards", "afterward", "before")

// agreesWithBase reports whether the bare cue form at word c ("say",
// "question", "show") can have subj as its subject: after a modal or "to",
// or with a plural subject or I, we, you, they. "the bank question" and
// "a similar question" are noun phrases, not attributions.
func (x *extractor) agreesWithBase(c int, subj subject, lo int) bool {
	for k := c - 1; k >= lo && k >= subj.span.w1; k-- {
		if x.is(lexicon.CModals, k) {
			return true
		}
	}
	head := subj.np.w1 - 1
	if x.is(lexicon.CSubjectPronouns, head) {
		t := lexicon.Lower(x.wordText(head))
		return t != "he" && t != "she" && t != "it"
	}
	for k := subj.np.w0 + 1; k < subj.np.w1-1; k++ {
		if x.wordIs(k, "of") && !x.words[k].upper && (!x.words[k-1].upper || x.sentenceInitial(k-1) && x.common(k-1)) {
			if x.plural(k-1) && !x.in(quantityNouns, k-1) && !x.in(lexicon.FractionWords, k-1) && !x.in(lexicon.PercentWords, k-1) && !x.wordIs(k-1, "cent") && !lexicon.IsNumber(x.wordText(k-1)) {
				// "Residents of Feydhoo say": the plural before its 'of'
				// phrase; not "a wide array of economists say", nor a
				// collective, which news writes with a plural verb ("A
				// team of researchers say")
				head = k - 1
			}
			break
		}
	}
	t := x.wordText(head)
	for k := subj.np.w0 + 1; k < subj.np.w1-1; k++ {
		if x.wordIs(k, "and") && !x.words[k].upper && x.groupish(npSpan{subj.np.w0, k}) && x.groupish(npSpan{k + 1, subj.np.w1}) {
			return true // "Farmers and ranchers say": two groups make a plural (conjoinedGroups)
		}
	}
	if subj.np.w1-subj.np.w0 > 1 && x.is(lexicon.CNpStops, subj.np.w1-2) || trimPossessive(t) != t {
		return false
	}
	if lexicon.EqualFold(t, "data") {
		return true // "Data from the Alpine Weather Service show": a plural without its -s
	}
	if a := subj.span.w0 - 1; a-1 >= lo && x.words[head].upper && x.wordIs(a, "and") && x.words[a-1].kind == wordText && x.words[a-1].upper &&
		!x.possessive(a-1) && !(x.sentenceInitial(a-1) && x.common(a-1)) {
		return true // "Mr. Grassley and Mr. Leahy say": two people by name make a plural (the one next to the cue speaks)
	}
	return x.plural(head)
}

// plural reports whether word i looks like a plural noun ("farmers").
func (x *extractor) plural(i int) bool {
	t := x.wordText(i)
	n := len(t)
	if trimPossessive(t) != t || x.is(lexicon.CNpStops, i) {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' && strings.IndexByte(t, '/') < 0 || t == "%" {
		return true // "About 4 in 10 say", "47% say"; not "The 9/11 comment came"
	}
	if lexicon.InFold(lexicon.Respondents, t) {
		return true // "those surveyed say"
	}
	if n > 5 && t[n-3:] == "men" && (!x.words[i].upper || x.sentenceInitial(i) && lexicon.GivenNameGender(t) == 0) {
		return true // "fishermen", "businessmen", "congressmen"; "Fishermen say", but not "Carmen"
	}
	return n > 2 && t[n-1] == 's' && t[n-2] != 's' && t[n-2] != 'u' && t[n-2] != 'i' || x.is(lexicon.CPluralNouns, i)
}

// nounHead reports whether word i can head a source mention: a pronoun, a
// capitalised word, a known source noun or title, or a plural noun.
// "a similar question" is not a speaker.
func (x *extractor) nounHead(i int) bool {
	w := x.words[i]
	if w.upper || x.is(lexicon.CSubjectPronouns, i) || x.is(lexicon.CSourceNouns, i) || x.is(lexicon.CTitleWords, i) {
		return true
	}
	t := x.wordText(i)
	n := len(t)
	return n > 3 && t[n-1] == 's' && t[n-2] != 's' && t[n-2] != 'u' && t[n-2] != 'i' ||
		n > 4 && (strings.HasSuffix(t, "er") || strings.HasSuffix(t, "or") || strings.HasSuffix(t, "ist") || strings.HasSuffix(t, "ian"))
}
