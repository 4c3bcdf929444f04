package quote

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// Finding the source mention next to a cue: a pronoun, a name with its
// titles ("Chinese Foreign Minister Wang Yi"), a noun phrase ("the Trump
// campaign", "a new poll"), extended over appositives ("Bushra Khalidi,
// policy lead at Oxfam,").

// npSpan is a noun phrase as a word range [w0, w1).
type npSpan struct{ w0, w1 int }

func (n npSpan) ok() bool { return n.w1 > n.w0 }

// isWordText reports whether word i is a text word equal (in any case) to
// one of the set's keys.
func (x *extractor) in(set map[string]bool, i int) bool {
	w := x.words[i]
	if w.kind != wordText {
		return false
	}
	return lexicon.InFold(set, x.text[w.Start:w.End])
}

// is reports whether word i is a text word in one of the lists of c, as
// x.in does for one list, hashing the word once for all lists.
func (x *extractor) is(c lexicon.Class, i int) bool {
	w := &x.words[i]
	if w.cls&classKnown == 0 {
		if w.kind != wordText {
			return false
		}
		w.cls |= classKnown | lexicon.ClassOf(x.text[w.Start:w.End])
		if w.cls&lexicon.CTitleWords != 0 && x.abbrevInName(i) {
			w.cls &^= lexicon.CTitleWords
		}
	}
	return w.cls&c != 0
}

// common reports whether word i is a text word that lexicon.CommonWord
// knows, looking the word up once.
func (x *extractor) common(i int) bool {
	w := &x.words[i]
	if w.kind != wordText {
		return false
	}
	if w.cls&commonKnown == 0 {
		w.cls |= commonKnown
		if t := x.text[w.Start:w.End]; lexicon.CommonWord(t) || x.hyphenAdjective(i) && lexicon.CommonWord(t[strings.LastIndexByte(t, '-')+1:]) {
			// ("Red-faced", "Long-serving", "Pune-based": a compound
			// adjective names no one; "Chee-ying" is a given name)
			w.cls |= lexicon.CCommon
		}
	}
	return w.cls&lexicon.CCommon != 0
}

func (x *extractor) isPunct(i int, c byte) bool {
	w := x.words[i]
	return w.kind == wordPunct && w.End-w.Start == 1 && x.text[w.Start] == c
}

func (x *extractor) wordText(i int) string { return x.text[x.words[i].Start:x.words[i].End] }

// hyphenAdjective reports whether word i is a capitalised compound
// adjective, a name joined to a lower-case participle or adjective
// ("Pune-based", "Kremlin-backed", "London-listed", "Labour-run"): it
// describes, and names no one.
func (x *extractor) hyphenAdjective(i int) bool {
	w := x.wordText(i)
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h >= len(w)-2 || !x.words[i].upper {
		return false
	}
	tail := w[h+1:]
	for _, c := range []byte(tail) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	// A participle or one of the few adjectives such compounds end in;
	// not the second part of a given name ("Ban Ki-moon", "Jean-luc").
	return strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ing") || hyphenTails[tail]
}

// hyphenTails end compound adjectives without a participle suffix.
var hyphenTails = map[string]bool{"run": true, "born": true, "made": true, "built": true,
	"wide": true, "like": true, "style": true, "bound": true, "held": true, "grown": true}

// endsLy reports whether word i is an adverb in -ly ("bluntly said").
func (x *extractor) endsLy(i int) bool {
	w := x.wordText(i)
	return x.words[i].kind == wordText && !x.words[i].upper && len(w) > 4 && w[len(w)-2:] == "ly" && lyAdverb(w)
}

// capitalLy reports whether word i is an adverb in -ly capitalised by its
// place ("Privately Mayor Bill Jones said"): a common English word, and
// no given name ("Kelly", "Emily").
func (x *extractor) capitalLy(i int) bool {
	w := x.wordText(i)
	if x.words[i].kind != wordText || !x.words[i].upper || len(w) <= 4 || w[len(w)-2:] != "ly" || lexicon.GivenNameGender(w) != 0 {
		return false
	}
	l := lexicon.Lower(w)
	return lyAdverb(l) && lexicon.CommonWord(l)
}

// lyAdverb reports whether w, in -ly, is an adverb ("quickly",
// "separately", "shortly"), not one of the nouns of the same shape
// (lyNouns: "family", "assembly", "rally"), which can head a subject.
func lyAdverb(w string) bool {
	return !lexicon.InFold(lyNouns, w)
}

// lyNouns are the English nouns in -ly, a small closed class: "The family
// said" has a subject, "Separately said" none.
var lyNouns = lexicon.SetOf("family", "assembly", "supply", "rally", "ally", "bully", "monopoly", "oligopoly",
	"anomaly", "reply", "tally", "panoply", "homily", "lily", "jelly", "belly", "folly", "holly", "butterfly",
	"dragonfly", "firefly", "doily", "filly", "gully", "dolly", "melancholy", "duopoly")

// npLeft returns the noun phrase ending at word j, reaching no further left
// than lo.
func (x *extractor) npLeft(j, lo int) npSpan {
	if j > lo && x.isPunct(j, '%') && x.words[j-1].End == x.words[j].Start && lexicon.IsNumber(x.wordText(j-1)) {
		// "47% say", "Some 61% of voters": the number leads the phrase.
		np := x.npLeft(j-1, lo)
		if np.ok() {
			np.w1 = j + 1
		}
		return np
	}
	if j < lo || x.words[j].kind != wordText {
		return npSpan{}
	}
	if j > lo && x.is(lexicon.CRespondents, j) && (x.is(lexicon.CDeterminers, j-1) || x.plural(j-1)) {
		// "those surveyed", "voters polled"
		np := x.npLeft(j-1, lo)
		if !np.ok() {
			np = npSpan{j - 1, j}
		}
		np.w1 = j + 1
		return np
	}
	if x.is(lexicon.CSubjectPronouns, j) {
		return npSpan{j, j + 1}
	}
	if (x.is(lexicon.CNpStops, j) || x.is(lexicon.CDeterminers, j)) && !x.surnameAfterTitle(j, lo) {
		return npSpan{}
	}
	if t := x.wordText(j); !x.words[j].upper && len(t) > 3 && t[len(t)-2:] == "ed" {
		return npSpan{} // "Clinton restricted comments": a verb, not a head
	}
	k := j
	n := 0
	for k >= lo && n < 10 {
		w := x.words[k]
		if w.quote >= 0 {
			break
		}
		if w.kind == wordPunct {
			if sp := x.nicknameClosedAt(k, j+1); sp > 0 && k-sp >= lo && k+1 <= j {
				k -= sp // the closing mark of `Marcia "Cia" Price`
				continue
			}
			// "Sen." "Robert C. Scott": a period after an abbreviation or initial.
			if x.isPunct(k, '.') && k-1 >= lo && x.words[k-1].upper && k+1 <= j {
				k--
				continue
			}
			// "The European Farmers' Alliance"
			if k-1 >= lo && k+1 <= j && x.words[k-1].upper && x.words[k+1].upper && x.possessive(k-1) {
				k--
				continue
			}
			// "Marks & Spencer", "Corrie & Webb": a firm's name
			if x.isPunct(k, '&') && k-1 >= lo && k+1 <= j && x.words[k-1].upper && x.words[k-1].kind == wordText && x.words[k+1].upper {
				k--
				continue
			}
			break
		}
		if w.kind != wordText {
			break
		}
		if x.is(lexicon.CDeterminers, k) {
			k--
			break
		}
		if x.is(lexicon.CNpStops, k) && !x.surnameAfterTitle(k, lo) {
			// "Secretary of State John Kerry", "Department of Justice".
			lw := x.wordText(k)
			if (lw == "of" || lw == "for") && k-1 >= lo && x.words[k-1].upper && k+1 <= j && x.words[k+1].upper {
				k--
				continue
			}
			break
		}
		if !w.upper && k < j && !x.words[k+1].upper && n >= 3 {
			break
		}
		if !w.upper && k < j && x.in(placeAdverbPreps, k) && (x.words[k+1].upper || x.is(lexicon.CArticles, k+1)) {
			break // "Protesters outside Leeds Town Hall": a preposition of place and its object ("outside experts" is a phrase)
		}
		if !w.upper && k < j && x.words[k+1].upper && !x.is(lexicon.CPrepositions, k) && x.ownerAfter(k+1, j) {
			break // "The message Clinton's forces expect ...": a name's possessive opens its phrase
		}
		k--
		n++
	}
	s := k + 1
	// do not start on a lone period
	for s <= j && x.words[s].kind != wordText {
		s++
	}
	return npSpan{s, j + 1}
}

// ownerAfter reports whether the capitalised words from k, at most
// three, end in a possessive that a lower-case word up to j follows: a
// name owning a common noun ("Clinton's forces", "Harbour Party's
// leaders"), not a possessive inside a name ("Taxpayers' Watch").
func (x *extractor) ownerAfter(k, j int) bool {
	for t := k; t < j && t < k+3 && x.words[t].kind == wordText && x.words[t].upper; t++ {
		if x.possessive(t) {
			return x.words[t+1].kind == wordText && !x.words[t+1].upper
		}
	}
	return false
}

// modifiedPlural reports whether word i, the sentence's first, modifies
// the plural noun of people k after it: "Small groups of protesters",
// "Clinton supporters", not "Later officials" nor "Still voters" (an
// adverb of the sentence).
func (x *extractor) modifiedPlural(i, k int) bool {
	people := func(k int) bool {
		return k < len(x.words) && x.words[k].kind == wordText && x.plural(k) && (x.is(lexicon.CGroupHeads, k) || personPlural(x.wordText(k)))
	}
	return x.plural(k) && (people(k) || k+2 < len(x.words) && x.wordIs(k+1, "of") && people(k+2)) &&
		!x.is(lexicon.CAdjunctsLeft, i) && !x.in(lexicon.SentenceAdverbs, i) && !x.is(lexicon.CTimeWords, i) &&
		!x.is(lexicon.CLeadConjunctions, i) && !x.is(lexicon.CNpStops, i) && !x.isCueWord(i)
}

// npRight returns the noun phrase starting at word i (after an inverted
// cue: "said Khalidi", "said the official"), ending before hi.
func (x *extractor) npRight(i, hi int) npSpan {
	if i >= hi || x.words[i].kind != wordText || x.words[i].quote >= 0 {
		return npSpan{}
	}
	if x.is(lexicon.CSubjectPronouns, i) {
		return npSpan{i, i + 1}
	}
	k := i
	if x.is(lexicon.CDeterminers, k) {
		k++
	}
	n := 0
	for k < hi && n < 10 {
		w := x.words[k]
		if w.quote >= 0 {
			break
		}
		if k > i && w.kind == wordText && w.upper && strings.HasSuffix(x.wordText(k), ".") && isNameSuffix(x.wordText(k)) {
			k++ // "said Donald Trump Jr. He added ...": the generation's period ends the name
			break
		}
		if w.kind == wordPunct {
			if sp := x.nicknameSpan(k, hi); k > i && sp > 0 {
				k += sp // `said Marcia "Cia" Price`
				continue
			}
			if x.isPunct(k, '.') && k > i && x.words[k-1].upper && k+1 < hi && (x.words[k+1].upper || x.nicknameAt(k+1, hi)) && len(x.wordText(k-1)) <= 4 {
				k++
				continue
			}
			if k > i && x.words[k-1].upper && k+1 < hi && x.words[k+1].upper && x.possessive(k-1) {
				k++ // "the European Farmers' Alliance"
				continue
			}
			if x.isPunct(k, '&') && k > i && x.words[k-1].upper && x.words[k-1].kind == wordText && k+1 < hi && x.words[k+1].upper && x.words[k+1].kind == wordText {
				k++ // "a lawyer for Smith & Jones"
				continue
			}
			break
		}
		if x.wordIs(k, "and") && k > i && !x.words[k-1].upper && lexicon.IsRoleNoun(x.wordText(k-1)) && k+1 < hi &&
			x.words[k+1].kind == wordText && !x.words[k+1].upper && (lexicon.IsRoleNoun(x.wordText(k+1)) || x.is(lexicon.CTitleWords, k+1)) {
			k++ // "said co-founder and chief executive Marcus Teo": two titles
			continue
		}
		if w.kind != wordText || x.is(lexicon.CNpStops, k) && !(x.wordText(k) == "of" || x.wordText(k) == "for") {
			break
		}
		if p := x.particlesEnd(k, hi); p > k && k > i && x.words[k-1].upper && x.words[k-1].kind == wordText && lexicon.GivenNameGender(x.wordText(k-1)) != 0 {
			k, n = p, n+p-k // "said Pieter van der Linde": the particles and the surname after them
			continue
		}
		if !w.upper && !x.is(lexicon.CTitleWords, k) && !(x.wordIs(i, "the") && k == i+2 && lexicon.IsRoleNoun(x.wordText(k))) && k > i && x.words[k-1].upper && !x.is(lexicon.CDeterminers, k-1) &&
			!(k-1 == i && x.sentenceInitial(i) && lexicon.CommonWord(x.wordText(i)) && lexicon.IsRoleNoun(x.wordText(k))) &&
			!(k-1 == i && x.partyOrNationality(i) && x.lowerToName(k, hi)) && !x.roleAfterProper(i, k, hi) {
			// "said Trump supporters" is fine, "said Trump yesterday" is
			// not; "Veteran opener Anil Boodram hit 87" opens with a
			// word capitalised only by its place, before a role noun.
			if k-1 == i && x.sentenceInitial(i) && x.modifiedPlural(i, k) {
				// "Small groups of protesters looped the streets": the
				// people are the phrase
				if k+3 <= hi && x.wordIs(k+1, "of") {
					return npSpan{i, k + 3}
				}
				return npSpan{i, k + 1}
			}
			break
		}
		if x.is(lexicon.CAdjunctsLeft, k) && !w.upper {
			break
		}
		if n > 0 && !w.upper && lexicon.InFold(lexicon.IrregularPast, x.wordText(k)) {
			break // "said the fire spread fast": a finite verb ends the phrase
		}
		if k > i && x.is(lexicon.CPostnominalAdjectives, k) && k+1 < hi && x.is(lexicon.CPrepositions, k+1) {
			break // "people familiar with the matter": the head ends the phrase
		}
		k++
		n++
	}
	for k > i && (x.is(lexicon.CNpStops, k-1) || x.words[k-1].kind != wordText) {
		k--
	}
	if k == i || (k == i+1 && x.is(lexicon.CDeterminers, i)) {
		return npSpan{}
	}
	return npSpan{i, k}
}

// lowerToName reports whether the lower-case words from k, at most
// four, end in a role noun before a capitalised word: "presidential
// nominee Hillary Clinton" after "Democratic".
func (x *extractor) lowerToName(k, hi int) bool {
	for t := k; t < hi && t < k+4; t++ {
		if x.words[t].kind != wordText || x.words[t].quote >= 0 {
			return false
		}
		if !x.words[t].upper {
			continue
		}
		return t > k && lexicon.IsRoleNoun(x.wordText(t-1))
	}
	return false
}

// roleAfterProper reports whether the capitalised words before k, a
// team's, a firm's or a place's name, modify a role phrase of lower-case
// words from k that ends in a role noun before the person's name: "said
// Rovers striker Tom Kaufana", "said Harbourline Bank economist Sophie
// Tran", and after "the" also before a comma and the name ("said the
// Kestrels goal shooter, Ella Kaufana").
func (x *extractor) roleAfterProper(i, k, hi int) bool {
	art := x.is(lexicon.CArticles, i)
	for t := k; t < hi && t < k+4 && x.words[t].kind == wordText && !x.words[t].upper; t++ {
		if isPastForm(x.wordText(t)) || x.isCueWord(t) || x.is(lexicon.CFiniteAux, t) || lexicon.InFold(lexicon.IrregularPast, x.wordText(t)) {
			return false // "Police arrested taxi driver Tom Lee and said": a verb and its object
		}
	}
	if x.lowerToName(k, hi) {
		return true
	}
	if !art {
		return false
	}
	for t := k; t < hi && t < k+4; t++ {
		if x.words[t].kind != wordText || x.words[t].upper || x.words[t].quote >= 0 {
			return t > k && x.isPunct(t, ',') && t+1 < hi && x.words[t+1].kind == wordText && x.words[t+1].upper &&
				lexicon.IsRoleNoun(x.wordText(t-1))
		}
	}
	return false
}

// definiteNominal reports whether np is "the" and at most two words more,
// the last a noun of an organisation or a role: "The company, a joint
// venture of two firms, says", "the minister, a former judge, said".
func (x *extractor) definiteNominal(np npSpan) bool {
	if np.w1-np.w0 < 2 || np.w1-np.w0 > 3 || !x.wordIs(np.w0, "the") {
		return false
	}
	h := lexicon.Lower(x.wordText(np.w1 - 1))
	_, org := lexicon.OrgNominals[h]
	return x.words[np.w1-1].kind == wordText && !x.words[np.w1-1].upper && (org || lexicon.IsRoleNoun(h))
}

// isYear reports whether w is a year of four digits from 1800 to 2199.
func isYear(w string) bool {
	return len(w) == 4 && (w[0] == '1' && w[1] >= '8' || w[0] == '2' && w[1] <= '1') &&
		w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' && w[1] >= '0' && w[1] <= '9'
}

// titledTail reports whether np ends in a capitalised name of two or three
// words after a role noun or title ("Veteran critic Ossian Brell",
// "chief executive Tan Mei Ling"): a person, named by their role.
func (x *extractor) titledTail(np npSpan) bool {
	t := np.w1
	for t > np.w0 && x.words[t-1].kind == wordText && x.words[t-1].upper && !x.is(lexicon.COrgWords, t-1) {
		t--
	}
	if t == np.w0 && x.sentenceInitial(t) && lexicon.IsRoleNoun(x.wordText(t)) {
		t++ // "Critic Ann Lee of the Harbour Ledger said", "Forecaster Ian Dowd of the centre said"
	}
	if n := np.w1 - t; n < 2 || n > 3 || t == np.w0 {
		return false
	}
	return lexicon.IsRoleNoun(x.wordText(t-1)) || x.is(lexicon.CTitleWords, t-1)
}

// personLike reports whether np reads as a person's name: an honorific
// and a surname ("Mr. Morgan"), or two to four capitalised words none of
// which marks an organisation, the first a given name ("Peter Morgan").
func (x *extractor) personLike(np npSpan) bool {
	if np.w1-np.w0 < 2 || np.w1-np.w0 > 5 || !x.words[np.w1-1].upper || x.words[np.w1-1].kind != wordText {
		return false
	}
	for k := np.w0; k < np.w1; k++ {
		if x.words[k].kind == wordText && (!x.words[k].upper || x.is(lexicon.COrgWords, k)) {
			return false
		}
	}
	return x.is(lexicon.CHonorificWords, np.w0) || lexicon.GivenNameGender(x.wordText(np.w0)) != 0
}

// beforeParen returns j, or, when word j closes a short parenthesis
// ("Rep. Jim Jordan (R-Ohio)"), the word before it opens, no further left
// than lo.
func (x *extractor) beforeParen(j, lo int) int {
	if j < lo || !x.isPunct(j, ')') {
		return j
	}
	for k := j - 1; k >= lo && j-k < 12; k-- {
		if x.isPunct(k, '(') {
			return k - 1
		}
	}
	return j
}

// afterDateline returns the first word of unit ui after the dateline that
// opens it ("PUNE:", "WASHINGTON (Wire) —", "LEEDS, England, 4 March —"),
// or the unit's first word when there is none. A dateline is a place in
// capitals, then capitalised words, numbers and punctuation only.
func (x *extractor) afterDateline(ui int) int {
	u := x.units[ui]
	return x.datelineEnd(u.w0, u.w1)
}

// datelineEnd returns the first word after a dateline that opens the
// words [w0, hi) ("WASHINGTON (Wire) —", "GABORONE - ", "LONDON:"), or w0.
func (x *extractor) datelineEnd(w0, hi int) int {
	if w0+3 < hi && x.isPunct(w0, '(') {
		// "(AP) — A school bus driver ...": the agency's part of a
		// dateline whose state's abbreviation ("BARRE, Vt.") ended the
		// sentence before
		for t := w0 + 1; t+1 < hi && t < w0+4; t++ {
			if x.isPunct(t, ')') {
				if w := x.wordText(t + 1); w == "—" || w == "–" || w == "--" || w == "-" {
					return t + 2
				}
				break
			}
		}
	}
	if w0 >= hi || x.words[w0].kind != wordText {
		return w0
	}
	if w := x.wordText(w0); len(w) < 2 || !isAllCaps(w) || lexicon.IsNumber(w) {
		return w0
	}
	for t := w0 + 1; t < hi && t < w0+10; t++ {
		if w := x.wordText(t); x.isPunct(t, ':') || w == "—" || w == "–" || w == "--" ||
			w == "-" && x.words[t].Start > 0 && x.text[x.words[t].Start-1] == ' ' && x.words[t].End < len(x.text) && x.text[x.words[t].End] == ' ' {
			return t + 1
		}
		if x.words[t].kind == wordText && !x.words[t].upper && !lexicon.IsNumber(x.wordText(t)) {
			return w0
		}
	}
	return w0
}

// skipAdjunctsLeft returns the first word left of j that is not an adverb
// or auxiliary between a subject and its cue.
func (x *extractor) skipAdjunctsLeft(j, lo int) int {
	if j > lo && (x.wordIs(j, "there") || x.wordIs(j, "here")) && x.words[j].quote < 0 && x.words[j-1].kind == wordText && !x.is(lexicon.CFiniteAux, j-1) {
		j-- // "Officials there said", "Commuters here say": a place adverb right before the cue
	}
	for j >= lo && x.words[j].quote < 0 {
		if (x.is(lexicon.CAdjunctsLeft, j) && !x.is(lexicon.CSubjectPronouns, j) && !x.surnameAfterTitle(j, lo) || x.endsLy(j)) &&
			!(x.words[j].upper && j-1 >= lo && x.words[j-1].kind == wordText && x.words[j-1].upper && x.words[j-1].quote < 0 && !x.sentenceInitial(j) &&
				!lexicon.IsWeekdayOrMonth(x.wordText(j))) {
			// (not a name's last word: "Bui Van Long said")
			j--
			continue
		}
		// "Wells Fargo just this month announced", "the Supreme Court
		// this week rejected": a time of "this", "last" or "next"
		if j-1 > lo && x.words[j].kind == wordText && !x.words[j].upper && lexicon.InFold(periodNouns, x.wordText(j)) &&
			(x.wordIs(j-1, "this") || x.wordIs(j-1, "last") || x.wordIs(j-1, "next") || x.wordIs(j-1, "earlier") || x.wordIs(j-1, "later")) {
			j -= 2
			continue
		}
		// "The State Department less than two weeks ago said": a time
		// that ends in "ago"
		if x.wordIs(j, "ago") {
			t := j - 1
			for t > lo && j-t <= 5 && x.words[t].kind == wordText && !x.words[t].upper &&
				(lexicon.IsNumber(x.wordText(t)) || lexicon.IsNumeral(x.wordText(t)) || lexicon.InFold(periodNouns, singular(lexicon.Lower(x.wordText(t)))) ||
					x.wordIs(t, "a") || x.wordIs(t, "an") || x.wordIs(t, "few") || x.wordIs(t, "than") || x.wordIs(t, "less") || x.wordIs(t, "more") ||
					x.wordIs(t, "day") || x.wordIs(t, "days") || x.wordIs(t, "just")) {
				t--
			}
			if t < j-1 {
				j = t
				continue
			}
		}
		// "Trump at the time said", "who has in the past described",
		// "allies have in recent weeks said": a prepositional phrase of
		// time
		if t := x.lowerWord(j); t != "" && (t == "time" || t == "past" || lexicon.InFold(periodNouns, singular(t)) || t == "days") {
			p := j - 1
			for p > lo && j-p <= 3 && x.words[p].kind == wordText && !x.words[p].upper && !x.is(lexicon.CPrepositions, p) {
				p--
			}
			if p > lo && j-p <= 3 && (x.wordIs(p, "at") || x.wordIs(p, "in") || x.wordIs(p, "over") || x.wordIs(p, "during") || x.wordIs(p, "for")) &&
				(x.wordIs(p+1, "the") || x.wordIs(p+1, "recent") || x.wordIs(p+1, "years")) {
				j = p - 1
				continue
			}
		}
		// "who in 2010 said", "Smith on Monday said": a time in a
		// prepositional phrase.
		if j-1 > lo && x.words[j].kind == wordText && (isYear(x.wordText(j)) || lexicon.IsWeekdayOrMonth(x.wordText(j))) &&
			x.is(lexicon.CPrepositions, j-1) && !x.words[j-1].upper {
			j -= 2
			continue
		}
		break
	}
	return x.beforeParen(j, lo) // "(R-Texas)" after a name
}

// surnameAfterTitle reports whether the capitalised word j, which is also
// a modal or an adverb ("May", "Will"), is a surname: it follows a
// courtesy title, a title of office or a given name ("Mrs May said",
// "Prime Minister May said", "Theresa May said"). A capitalised modal
// after any other name is still the modal of a title-case headline
// ("Obama Will Say").
func (x *extractor) surnameAfterTitle(j, lo int) bool {
	if j-1 < lo || !x.words[j].upper || !titleCase(x.wordText(j)) ||
		lexicon.IsWeekdayOrMonth(x.wordText(j)) && !lexicon.InFold(monthSurnames, x.wordText(j)) {
		return false // "Prince Harold Monday said": the day
	}
	p := j - 1
	if x.isPunct(p, '.') && p-1 >= lo {
		p-- // "Mr. May"
	}
	if x.words[p].kind != wordText || !x.words[p].upper || x.words[p].quote >= 0 {
		return false
	}
	w := strings.TrimSuffix(x.wordText(p), ".")
	return x.is(lexicon.CTitleWords|lexicon.CHonorificWords, p) || lexicon.InFold(lexicon.TitleWords, w) || lexicon.GivenNameGender(w) != 0
}

// A subject is the source found left of a cue, with the appositives that
// follow the name.
type subject struct {
	np    npSpan // the mention proper: "Bushra Khalidi"
	span  npSpan // mention with appositives: "Bushra Khalidi, policy lead at Oxfam,"
	appos npSpan // the first appositive, if any: "policy lead at Oxfam"
	// rel is the word "who" of a relative clause inside span, after the
	// mention and its prepositional phrase ("Nurses who spoke to us"), or
	// the participle of a participle phrase ("Drivers waiting at the
	// roadblock"), or 0.
	rel int
}

// subjectBefore finds the subject of the cue at word c, looking no further
// left than lo.
func (x *extractor) subjectBefore(c, lo int) (subject, bool) {
	j := x.skipAdjunctsLeft(c-1, lo)
	if j < lo {
		return subject{}, false
	}
	if x.isPunct(j, ',') {
		return x.appositiveSubject(j, lo)
	}
	if x.words[j].kind == wordPunct && isDash(x.wordText(j)) {
		return x.dashAppositiveSubject(j, lo)
	}
	np := x.npLeft(j, lo)
	if !np.ok() && j == c-1 && x.in(partitivePronouns, j) && (j == lo || x.sentenceInitial(j)) {
		// "Several said", "Others say": some of a group named before
		np = npSpan{j, j + 1}
	}
	if !np.ok() {
		return subject{}, false
	}
	if x.wordIs(np.w0, "something") || np.w0-1 >= lo && x.wordIs(np.w0-1, "something") {
		// "..., something she has repeatedly asked of her rival", "—
		// something Sanders aides say is possible": the writer's aside,
		// whose object is the clause before
		return subject{}, false
	}
	if ext := np; x.wordIs(np.w0, "of") && np.w0-1 >= lo {
		// "Commercial fishermen in the town of Kashelik Bay said": the
		// noun phrase goes on left of its "of", when what it names is
		// where the people who speak are
		if prev := x.npLeft(np.w0-1, lo); prev.ok() && prev.w1 == np.w0 {
			ext.w0 = prev.w0
		}
		if p := ext.w0 - 1; p-1 >= lo && ext.w0 != np.w0 && x.is(lexicon.CSubjectPrepositions, p) && x.plural(p-1) &&
			(x.is(lexicon.CGroupHeads, p-1) || personPlural(x.wordText(p-1))) {
			np = ext
		}
	}
	if name, role, ok := x.namedRole(np, lo); ok {
		return subject{np: name, span: npSpan{role.w0, np.w1}, appos: role}, true
	}
	if both, ok := x.conjoinedGroups(np, lo); ok {
		// "Regulators and environmental groups said", "The New York Times
		// and the Gannett newspaper chain said": both speak
		return subject{np: both, span: both}, true
	}
	if head, who, ok := x.relativeHead(np, lo); ok {
		return subject{np: head, span: npSpan{head.w0, np.w1}, rel: who}, true
	}
	if head, ok := x.participleHead(np, lo); ok {
		// The group is named without the phrase ("audience members",
		// "Aysén residents"), but for an -ed one after lower case, which
		// says who the anonymous are ("people briefed on the talks").
		rel := head.w1
		if !strings.HasSuffix(x.wordText(head.w1), "ing") && !x.words[head.w0].upper {
			rel = 0
		}
		return subject{np: head, span: npSpan{head.w0, np.w1}, rel: rel}, true
	}
	if name, ok := x.nameBeforePlaces(np, lo); ok {
		// "Lena Ostby of Grace Chapel in Rye said": the person speaks,
		// not the town of the church.
		return subject{np: name, span: npSpan{name.w0, np.w1}, appos: npSpan{name.w1, np.w1}}, true
	}
	// "Aides to Clinton", "a spokesman for the campaign", "About 4 in 10":
	// a noun phrase with its prepositional phrase.
	if p := np.w0 - 1; p-1 >= lo && x.is(lexicon.CSubjectPrepositions, p) && !x.is(lexicon.CSubjectPronouns, np.w0) ||
		p-1 >= lo && (x.words[np.w0].upper || x.wordIs(np.w0, "the") && np.w0+1 < np.w1 && x.words[np.w0+1].upper) && lexicon.EqualFold(x.wordText(p), "and") {
		// "Farm groups in North Dakota and Montana", "Grape growers in
		// Vayots Dzor and the Ararat valley": the object of the
		// preposition may be two names joined by "and".
		if lexicon.EqualFold(x.wordText(p), "and") {
			first := x.npLeft(p-1, lo)
			if !first.ok() || !x.words[first.w0].upper && !(x.wordIs(first.w0, "the") && first.w0+1 < first.w1 && x.words[first.w0+1].upper && first.w0-2 >= lo && x.plural(first.w0-2)) ||
				first.w0-1 < lo || !x.is(lexicon.CSubjectPrepositions, first.w0-1) {
				return subject{np: np, span: np}, true
			}
			p = first.w0 - 1
		}
		if p-1 < lo {
			return subject{np: np, span: np}, true // "In Montana and Ohio said ...": no head before the preposition
		}
		h := p - 1
		if x.is(lexicon.CPostnominalAdjectives, h) && h-1 >= lo && x.plural(h-1) {
			h-- // "Sources familiar with the plan"
		}
		if head := x.npLeft(h, lo); head.ok() && !x.is(lexicon.CSubjectPronouns, h) && (x.plural(h) || x.is(lexicon.CSourceNouns, h) || x.is(lexicon.CTitleWords, h) || x.is(lexicon.CDeterminers, head.w0)) {
			if q := head.w0 - 1; !x.plural(h) && !x.is(lexicon.CSourceNouns, h) && q-1 >= lo && x.is(lexicon.CSubjectPrepositions, q) && !x.words[h].upper {
				// "Residents in the older part of Kamishiro told",
				// "Drinkers at the pub at the bottom of the steps said": the
				// people before the place's phrases, not "the older part"
				for n := 0; n < 3 && q-1 >= lo && x.is(lexicon.CSubjectPrepositions, q); n++ {
					g := x.npLeft(q-1, lo)
					if !g.ok() || g.w1 != q {
						break
					}
					opens := g.w0 == lo || x.words[g.w0-1].kind != wordText || x.is(lexicon.CLeadConjunctions, g.w0-1)
					if x.plural(q-1) && (x.is(lexicon.CGroupHeads, q-1) || personPlural(x.wordText(q-1))) && (n == 0 || opens) {
						// (past the first phrase, only a group that opens
						// its clause: not "to reach out to black voters at
						// Monday's debate in her response to ...")
						np.w0 = g.w0
						return subject{np: g, span: np}, true
					}
					if x.plural(q-1) || x.words[q-1].upper {
						break
					}
					q = g.w0 - 1
				}
			}
			np.w0 = head.w0
			return subject{np: npSpan{head.w0, head.w1}, span: np}, true
		}
		if head := x.npLeft(h, lo); head.ok() && (x.personLike(head) || x.titledTail(head)) && (lexicon.EqualFold(x.wordText(p), "of") || lexicon.EqualFold(x.wordText(p), "from") || lexicon.EqualFold(x.wordText(p), "at")) {
			// "Mr. Morgan of the Sierra Club said", "Ana Ruiz of Acme
			// said": the person speaks, the organisation is theirs; of
			// "Ryan Keough of the centre" only the person is named.
			np.w0 = head.w0
			appos := npSpan{p, np.w1}
			if !x.words[np.w1-1].upper {
				appos = npSpan{}
			}
			return subject{np: npSpan{head.w0, head.w1}, span: np, appos: appos}, true
		}
	}
	return subject{np: np, span: np}, true
}

// relativeReach is how many words a restrictive relative clause between a
// subject and its cue may hold ("Nurses who spoke to us for this piece
// said").
const relativeReach = 14

// relativeHead finds the subject that a relative clause ending at np
// belongs to, when the cue follows the clause: "Several residents who
// packed the gallery said" (np is "the gallery", the clause's object) or
// "residents in the Sandgate estate, who say" (np is "who", after a
// group's plural noun: a named person's "who" is a pronoun). The head of
// the clause is the noun phrase before "who", with its prepositional
// phrase; the speaker is never the clause's object nor a person met
// earlier. Only "who" opens such a clause here: "that" is as often a
// complementizer ("believes that voters said").
func (x *extractor) relativeHead(np npSpan, lo int) (head npSpan, who int, ok bool) {
	w := np.w0
	if np.w1-np.w0 == 1 && lexicon.EqualFold(x.wordText(w), "who") {
		if w-2 < lo || !x.isPunct(w-1, ',') {
			return npSpan{}, 0, false
		}
		w-- // the comma of "..., who say"
	} else {
		for w--; w >= lo && np.w0-w <= relativeReach; w-- {
			if x.words[w].kind != wordText || x.words[w].quote >= 0 {
				return npSpan{}, 0, false
			}
			if lexicon.EqualFold(x.wordText(w), "who") {
				break
			}
		}
		if w < lo || np.w0-w > relativeReach || w == np.w0-1 && !x.clauseVerb(np.w0) {
			return npSpan{}, 0, false // but "drivers who tested early versions said": np opens with the clause's verb
		}
	}
	who = w
	if x.isPunct(w, ',') {
		who = w + 1
	}
	head = x.npLeft(w-1, lo)
	if !head.ok() || head.w1 != w || x.is(lexicon.CSubjectPronouns, head.w0) && head.w1-head.w0 == 1 {
		return npSpan{}, 0, false
	}
	if head.w1-head.w0 == 1 && lexicon.IsNumber(x.wordText(head.w0)) && head.w0 > lo && x.isPunct(head.w0-1, ',') {
		return npSpan{}, 0, false // "Tom Hale, 79, who said": an age, and "who" is the person's
	}
	// "residents in the low-lying Sandgate estate, who": the head noun
	// before its prepositional phrase.
	if p := head.w0 - 1; p-1 >= lo && x.is(lexicon.CSubjectPrepositions, p) {
		if h := x.npLeft(p-1, lo); h.ok() && h.w1 == p && (x.plural(p-1) || x.is(lexicon.CSourceNouns, p-1)) {
			head = h
			if x.partyPlural(p - 1) {
				head.w0 = p - 1 // "to placate nervous Democrats on Capitol Hill, who": the party's members
			}
		}
	}
	if s := head.w0; who > w && s-2 >= lo && x.wordIs(s-1, "of") && x.wordIs(s-2, "one") {
		// "Hazel Joy, 11, one of four students at the school, who told
		// lawmakers": one person, the name the partitive describes
		return npSpan{}, 0, false
	}
	if h := head.w1 - 1; who > w && (x.words[h].upper && !x.partyPlural(h) || !x.plural(h)) {
		// "Stevie Wonder, who said": a person's "who" finds its name
		// through the pronoun's antecedent; the rule is for groups.
		return npSpan{}, 0, false
	}
	return head, who, true
}

// partyPlural reports whether word h is the plural of a party's member
// ("Democrats", "Republicans", "Tories"): a group, though capitalised.
func (x *extractor) partyPlural(h int) bool {
	return x.plural(h) && lexicon.InFold(lexicon.PartyMembers, singular(lexicon.Lower(x.wordText(h))))
}

// participleHead finds the people a participle phrase ending at np
// describes, when the cue follows it: "Audience members leaving the
// cinema said", "Truck drivers waiting at the roadblock said",
// "Residents surveyed by the council said" (np is the phrase's object).
// The head is a plural noun of people (a group head or the plural of a
// role or agent noun, in lower case but for a common word opening the
// sentence) right before a lower-case participle, at most relativeReach
// words left of np: one in -ing, or one in -ed before a preposition
// ("surveyed by", "briefed on"), which is no past tense of a clause of
// its own ("supporters roared when Texas"). The phrase holds no subject
// pronoun, auxiliary, subordinator or relative word ("aides cheered as
// she was announced").
func (x *extractor) participleHead(np npSpan, lo int) (head npSpan, ok bool) {
	if x.is(lexicon.CPrepositions, np.w1-1) || x.is(lexicon.CDeterminers, np.w1-1) {
		return npSpan{}, false // "seized on glimmers of hope": the cue is a noun
	}
	for p := np.w0 - 1; p-1 >= lo && np.w0-p <= relativeReach; p-- {
		w := x.words[p]
		if w.kind != wordText || w.quote >= 0 {
			return npSpan{}, false
		}
		t := x.wordText(p)
		if w.upper || len(t) < 5 {
			continue
		}
		if !strings.HasSuffix(t, "ing") && !(strings.HasSuffix(t, "ed") && p+1 < np.w1 && x.is(lexicon.CPrepositions, p+1)) {
			continue
		}
		for k := p + 1; k < np.w1; k++ {
			if x.is(lexicon.CSubjectPronouns, k) || x.is(lexicon.CFiniteAux, k) || x.is(lexicon.CRelativePronouns, k) ||
				x.in(subordinators, k) && !(k+1 < np.w1 && (x.is(lexicon.CArticles, k+1) || x.is(lexicon.CPossDeterminers, k+1))) ||
				x.wordIs(k, "as") || x.wordIs(k, "what") || x.wordIs(k, "and") || x.wordIs(k, "but") {
				// (a subordinator before an article is a preposition:
				// "Workers leaving the plant after the morning shift said")
				return npSpan{}, false
			}
		}
		h := p - 1
		document := x.words[h].kind == wordText && x.in(documentNouns, h) && strings.HasSuffix(t, "ed") && x.wordIs(p+1, "by") &&
			(!x.words[h].upper || x.sentenceInitial(h))
		if !document && (x.words[h].kind != wordText || !x.plural(h) || !(x.is(lexicon.CGroupHeads, h) || personPlural(x.wordText(h))) ||
			x.words[h].upper && !x.sentenceInitial(h)) {
			// (a document made by someone speaks for its maker: "Figures
			// compiled by the Fenland Growers' Association show")
			return npSpan{}, false
		}
		head = x.npLeft(h, lo)
		if !head.ok() || head.w1 != p {
			return npSpan{}, false
		}
		return head, true
	}
	return npSpan{}, false
}

// clauseVerb reports whether word i is a lower-case verb in the past
// tense: "tested", "ran".
func (x *extractor) clauseVerb(i int) bool {
	w := x.words[i]
	if w.kind != wordText || w.upper {
		return false
	}
	return isPastForm(x.wordText(i)) // irregular pasts included ("ran")
}

// agedDescription reports whether np is "the 63-year-old", which refers to
// a person named before (resolver.agedPerson), with an appositive or a
// relative clause of its own ("The 19-year-old, who trains with ...,
// said").
func (x *extractor) agedDescription(np npSpan) bool {
	if np.w1-np.w0 != 2 || !lexicon.EqualFold(x.wordText(np.w0), "the") {
		return false
	}
	age, ok := strings.CutSuffix(lexicon.Lower(x.wordText(np.w0+1)), "-year-old")
	return ok && age != "" && strings.Trim(age, "0123456789") == ""
}

// appositiveSubject handles "NAME, APPOSITIVE, [APPOSITIVE,] cue": comma is
// the word index of the comma before the cue.
func (x *extractor) appositiveSubject(comma, lo int) (subject, bool) {
	if subj, ok := x.whoseSubject(comma, lo); ok {
		return subj, true
	}
	var segs [5]npSpan // segs[0] is nearest the cue
	var fallback subject
	found := false
	end := comma
	for n := 0; n < len(segs); n++ {
		s := end - 1
		for s >= lo && end-s <= 30 && !x.isPunct(s, ',') && x.words[s].quote < 0 {
			s--
		}
		// `"This is a big year!" Scott's niece, state Del. Marcia Price,
		// shouted`: a quotation closing before the first segment starts
		// the subject as the sentence's start would
		quoteEdge := n > 0 && s >= lo && x.words[s].kind == wordClose
		if end-s > 30 || (s >= lo && !x.isPunct(s, ',') && !quoteEdge) {
			return subject{}, false
		}
		segs[n] = npSpan{s + 1, end}
		for segs[n].w0 < end-1 && x.is(lexicon.CLeadConjunctions, segs[n].w0) && !x.words[segs[n].w0].upper {
			segs[n].w0++ // ", and its artistic director, Nina Calleja, said": the conjunction joins clauses
		}
		if n == 1 && s < lo {
			// "Mrs Lee was silent but her husband, Dan Lee, said": a
			// clause before, joined with no comma; the title opens after
			// its conjunction, at a determiner
			for t := end - 3; t > segs[1].w0; t-- {
				if x.words[t].kind != wordText || x.words[t].quote >= 0 {
					break
				}
				if x.in(clauseJoiners, t) && (x.is(lexicon.CPossDeterminers, t+1) || x.wordIs(t+1, "the")) {
					segs[1].w0 = t + 1
					break
				}
			}
		}
		if n == 1 && s < lo && (x.is(lexicon.CPrepositions, segs[1].w0) || x.is(lexicon.CTimeWords, segs[1].w0)) {
			// "On Monday the mayor, Tom Hale, said", "After the match the
			// coach, Ana Ruiz, said": a fronted phrase with no comma before
			// the title; the title opens at its last article
			for t := end - 2; t > segs[1].w0+1; t-- {
				if x.wordIs(t, "the") || x.words[t].kind != wordText {
					if x.wordIs(t, "the") {
						segs[1].w0 = t
					}
					break
				}
			}
		}
		// "Jane Hall, 52, from Seaham, Co Durham, said": an appositive of
		// where someone is from, with more before it, goes on with the
		// place next to the cue; no name follows a role there
		fromPlace := n == 1 && s >= lo && x.isPunct(s, ',') && placePrep(x.wordText(segs[1].w0)) && !x.words[segs[1].w0].upper
		// "a nurse from Leeds, West Yorkshire, said": the place next to
		// the cue goes on with the place the role ends in
		fromPlace = fromPlace || n == 1 && segs[0].ok() && x.placeGoesOn(segs[0], segs[0].w0-1)
		if !fromPlace && n == 1 && segs[1].ok() && segs[0].ok() && segs[1].w1-segs[1].w0 >= 2 && segs[1].w1-segs[1].w0 <= 4 &&
			(x.is(lexicon.CPossDeterminers, segs[1].w0) || x.wordIs(segs[1].w0, "the")) && x.lowerRunNoVerb(segs[1].w0+1, segs[1].w1) && x.titledPersonRun(segs[0]) {
			// "Her opponent, Conservative group leader Tom Hale, said", "His
			// rival, party chairman Ben Cole, said": a description, then
			// a title and the name; the title is the role
			return subject{np: segs[0], span: npSpan{segs[1].w0, comma}}, true
		}
		if !fromPlace && (n == 1 && segs[1].ok() && segs[0].ok() && (x.apposLike(segs[1]) && (!x.words[segs[1].w0].upper || x.possessiveRun(segs[1])) || x.titleOfPlace(segs[1])) || n == 1 && x.is(lexicon.CDeterminers, segs[1].w0)) {
			// "The council's treasurer, Tomas Berg, warned": the title
			// comes first and the name sits next to the cue.
			np := x.npLeft(x.beforeParen(segs[0].w1-1, segs[0].w0), segs[0].w0)
			if np.ok() && np.w0 != segs[0].w0 {
				np = x.nameWithPlaces(segs[0]) // "One pastor, Darran Whiting of Liberty Baptist Church in Marion, said"
			}
			if np.ok() && np.w0 == segs[0].w0 && x.words[np.w1-1].upper && (!x.titled(np) || x.titledName(np)) && (np.w1-np.w0 >= 2 || x.ownedRoleGivenName(segs[1], np)) &&
				!x.is(lexicon.CPrepositions, np.w0) && !(segs[1].w1-segs[1].w0 == 1 && lexicon.IsNumber(x.wordText(segs[1].w0))) {
				// (not "Liam Crowley, 23, of Cork, claimed": an age, then
				// where the person is from)
				return subject{np: np, span: npSpan{segs[1].w0, comma}, appos: segs[1]}, true
			}
		}
		if n >= 1 && segs[n].ok() && x.allApposLike(segs[:n]) {
			if np := x.npLeft(x.beforeParen(end-1, segs[n].w0), segs[n].w0); np.ok() {
				if name, role, ok := x.namedRole(np, segs[n].w0); ok && role.w0 == segs[n].w0 {
					// "A rider called Ibrahim Lubega, the very first one, told"
					return subject{np: name, span: npSpan{role.w0, comma}, appos: role}, true
				}
			}
		}
		if n == 1 && s < lo && segs[1].ok() && segs[0].ok() && x.placeGoesOn(segs[0], segs[0].w0-1) {
			// "A farmer from Weslaco, Texas, said": the person's noun and
			// a place that goes on past the comma open the sentence
			if head, ok := x.personBeforePlace(npSpan{segs[1].w0, segs[0].w1}); ok {
				return subject{np: head, span: npSpan{segs[1].w0, comma}}, true
			}
		}
		if n == 1 && s < lo && segs[1].ok() && x.is(lexicon.CRelativePronouns, segs[0].w0) && !lexicon.EqualFold(x.wordText(segs[0].w0), "that") {
			// "A nurse at the clinic, who asked not to be named, said":
			// a person's noun and its phrase of place, then a relative
			// clause, open the sentence
			if head, ok := x.personBeforePlace(segs[1]); ok {
				return subject{np: head, span: npSpan{segs[1].w0, comma}, rel: segs[0].w0}, true
			}
		}
		if n >= 1 && segs[n].ok() {
			placePP := false
			np := x.npLeft(x.beforeParen(end-1, segs[n].w0), segs[n].w0)
			if np.ok() && np.w0 == segs[n].w0+1 && x.is(lexicon.CLeadConjunctions, segs[n].w0) {
				segs[n].w0++ // "But Megan Hester, senior associate ..., said"
			}
			if s < lo && np.ok() && np.w0 != segs[n].w0 && segs[n].w1-segs[n].w0 <= 8 && x.nameLike(np) {
				np = segs[n] // "Officials at Homeland Security Investigations, a division of ..., said"
				h := np.w0
				if h+2 < np.w1 && !x.plural(h) && (x.sentenceInitial(h) && x.common(h) || !x.words[h].upper) && x.plural(h+1) && !x.words[h+1].upper {
					h++ // "Hunting outfitters in Sublette County, whose ..., said": a modifier before the plural
				}
				if h+1 < np.w1 && x.plural(h) && x.is(lexicon.CSubjectPrepositions, h+1) && !x.is(lexicon.COrgWords, h) &&
					(!x.words[h].upper || x.sentenceInitial(h) && x.common(h)) && (!x.is(lexicon.CGroupHeads, h) && !x.is(lexicon.CSourceNouns, h) || x.placeDescription(segs[n-1]) || x.orgAppositive(segs[n-1])) {
					// "Shopkeepers on the Quai Marchant, the narrow street ...,
					// said": the people of a place, not the place.
					np = npSpan{np.w0, h + 1}
					placePP = true
				}
			}
			nameFirst := false // "Declan Mulholland, an independent MLA, whose seat ..., said": the name before the role
			if s > lo && x.isPunct(s, ',') {
				if before := x.npLeft(s-1, lo); before.ok() && before.w1 == s && x.nameLike(before) && x.words[before.w0].upper {
					nameFirst = true
				}
			}
			if np.w0 == segs[n].w0 && np.ok() && !(x.is(lexicon.CPrepositions, np.w0) && !x.wordIs(np.w0, "as")) && !x.placeGoesOn(segs[n], s) &&

				(x.nameLike(np) && !(nameFirst && x.is(lexicon.CArticles, np.w0)) || x.agedDescription(np) || placePP ||
					n == 1 && !nameFirst && (x.nounHead(np.w1-1) || lexicon.IsRoleNoun(x.wordText(np.w1-1))) && x.modifierClause(segs[0]) ||
					n == 1 && !nameFirst && x.definiteNominal(np) && x.apposLike(segs[0])) {
				for k := 0; k < n; k++ {
					if !x.apposLike(segs[k]) && !(k == 0 && x.is(lexicon.CRelativePronouns, segs[k].w0) && !lexicon.EqualFold(x.wordText(segs[k].w0), "that")) {
						return subject{}, false // a relative clause may close the run: "X, an MLA, whose seat includes the island, told"
					}
				}
				// Role: the appositive next to the name, with any
				// capitalised continuation ("for Equality, Preparedness and ...").
				ap := segs[n-1]
				for k := n - 2; k >= 0; k-- {
					if x.words[segs[k].w0].upper {
						ap.w1 = segs[k].w1
						continue
					}
					break
				}
				if placePP || x.partyTag(segs[n-1]) || x.quantRelative(segs[n-1]) {
					ap = npSpan{} // the appositive describes the place; "D-Vt." is a party and a state, no role; "some of whom ..." is none
				}
				subj := subject{np: np, span: npSpan{np.w0, comma}, appos: ap}
				if !x.titled(np) || n >= 2 && x.is(lexicon.CHonorificWords, np.w0) && np.w1-np.w0 >= 2 {
					// ("Mr Ravindra Kulkarni, Managing Director, Deccan
					// Polymers Ltd, said": an honorific makes a person's
					// name of the segment before the title)
					return subj, true
				}
				// "European Commissioner for Equality" is a title, not the
				// name: look further left, and keep it in case.
				if !found {
					fallback, found = subj, true
				}
			}
		}
		if s < lo || quoteEdge {
			break
		}
		end = s
	}
	return fallback, found
}

// whoseSubject handles "NAME, whose ... VERB ..., cue": a relative clause
// of "whose" with a verb of its own closes before the cue, and the name
// before it is the cue's subject, not a name inside the clause ("Gagnon,
// whose road agent, Paula Roy, sat beside her, said").
func (x *extractor) whoseSubject(comma, lo int) (subject, bool) {
	for t := comma - 1; t-2 >= lo && comma-t <= 30; t-- {
		if x.words[t].quote >= 0 || x.isPunct(t, '.') || x.isPunct(t, ';') {
			return subject{}, false
		}
		if !x.wordIs(t, "whose") || !x.isPunct(t-1, ',') {
			continue
		}
		np := x.npLeft(t-2, lo)
		if !np.ok() || np.w1 != t-1 || !x.nameLike(np) || !(np.w0 == lo || np.w0 == lo+1 && x.is(lexicon.CLeadConjunctions, lo)) || x.common(np.w0) {
			// (the subject opens its sentence: not "Hogan Gidley, a former
			// director of the Republican Party, whose roots ...", where
			// the relative follows an appositive, nor "Praising Smith,
			// whose goal won the game, the manager, Tom Reed, said")
			return subject{}, false
		}
		for v := t + 2; v < comma; v++ {
			if x.words[v].kind == wordText && !x.words[v].upper && (x.clauseVerb(v) || x.is(lexicon.CFiniteAux, v)) {
				return subject{np: np, span: npSpan{np.w0, comma}, rel: t}, true
			}
		}
		return subject{}, false
	}
	return subject{}, false
}

// namedRole splits np, or the words before it, into a person's role and
// the name a naming participle gives it: "A farmer named John Smith", "a
// rider called Ibrahim Lubega". The role is an indefinite noun phrase
// headed by a role noun or a noun of a person; the name is capitalised.
func (x *extractor) namedRole(np npSpan, lo int) (name, role npSpan, ok bool) {
	n := np.w0
	for t := np.w0; t < np.w1-1 && t < np.w0+6; t++ {
		if !x.words[t].upper && (x.wordIs(t, "named") || x.wordIs(t, "called")) {
			n = t + 1
			break
		}
	}
	c := n - 1
	if c < lo || !(x.wordIs(c, "named") || x.wordIs(c, "called")) || x.words[c].upper || !x.words[n].upper || np.w1-n > 4 {
		return npSpan{}, npSpan{}, false
	}
	h := c - 1
	if h < lo || x.words[h].kind != wordText || x.words[h].upper {
		return npSpan{}, npSpan{}, false
	}
	if _, person := personNouns[lexicon.Lower(x.wordText(h))]; !person && !lexicon.IsRoleNoun(x.wordText(h)) {
		return npSpan{}, npSpan{}, false
	}
	s := h
	for s-1 >= lo && h-s < 4 && x.words[s-1].kind == wordText && !x.words[s-1].upper && !x.is(lexicon.CArticles, s-1) && !x.wordIs(s-1, "one") &&
		!x.isCueWord(s-1) && !x.is(lexicon.CPrepositions, s-1) {
		s--
	}
	if s-1 < lo || !(x.is(lexicon.CArticles, s-1) || x.wordIs(s-1, "one")) || lexicon.EqualFold(x.wordText(s-1), "the") {
		return npSpan{}, npSpan{}, false
	}
	return npSpan{n, np.w1}, npSpan{s - 1, c}, true
}

// conjoinedGroups returns np with the noun phrase "and" joins to it on its
// left when both name groups or bodies, not people by name: plural
// common nouns ("Regulators and environmental groups") or organisations
// ("The New York Times and the Gannett newspaper chain"). Two people
// ("Tom Hale and Ann Lee said") stay the one next to the cue: a
// statement has one speaker.
func (x *extractor) conjoinedGroups(np npSpan, lo int) (npSpan, bool) {
	a := np.w0 - 1
	if a-1 < lo || !x.wordIs(a, "and") || x.words[a].upper {
		return npSpan{}, false
	}
	first := x.npLeft(a-1, lo)
	if !first.ok() || first.w1 != a || first.w1-first.w0 > 4 || x.is(lexicon.CPrepositions, first.w0) {
		return npSpan{}, false
	}
	if b := first.w0 - 1; b >= lo && x.words[b].kind == wordText && !x.is(lexicon.CPrepositions, b) && !x.is(lexicon.CConnectives, b) &&
		!x.is(lexicon.CLeadConjunctions, b) && !x.isCueWord(b) {
		return npSpan{}, false // "One reason Democrats and civil rights groups": the first conjunct opens a clause or follows a comma
	}
	if !x.groupish(first) || !x.groupish(np) {
		return npSpan{}, false
	}
	if h := first.w1 - 1; x.words[h].upper {
		for k := first.w0; k < h; k++ {
			if !x.words[k].upper && !x.is(lexicon.CDeterminers, k) {
				return npSpan{}, false // "One reason Democrats and civil rights groups": no name's words
			}
		}
	}
	return npSpan{first.w0, np.w1}, true
}

// groupish reports whether np names a group of people or a body: its
// head a plural common noun of people or bodies, or a word of an
// organisation's name or description.
func (x *extractor) groupish(np npSpan) bool {
	h := np.w1 - 1
	if x.words[h].kind != wordText {
		return false
	}
	w := x.wordText(h)
	if !x.words[h].upper || x.sentenceInitial(h) && h == np.w0 {
		return x.plural(h) && (x.is(lexicon.CGroupHeads, h) || personPlural(w) || x.is(lexicon.COrgPlurals, h))
	}
	var buf [32]byte
	_, org := lexicon.OrgNameKinds[string(lowerKey(&buf, w))]
	return org || x.is(lexicon.COrgWords, h)
}

// clauseJoiners join a clause to the one before it: what follows them
// opens a new clause, and its subject.
var clauseJoiners = lexicon.SetOf("but", "while", "whereas", "although", "though", "yet")

// comparativeAmounts open a phrase of an amount compared with another,
// which an appositive never is.
var comparativeAmounts = lexicon.SetOf("more", "less", "fewer", "twice", "thrice", "double", "triple")

// allApposLike reports whether every segment reads as an appositive.
func (x *extractor) allApposLike(segs []npSpan) bool {
	for _, s := range segs {
		if !x.apposLike(s) {
			return false
		}
	}
	return true
}

// ownedRoleGivenName reports whether np, one capitalised word after the
// appositive title, is a person's given name because the title is a role
// someone holds of its owner: "His wife, Ana, said", "The club's
// captain, Ola, said", "Gelashvili's daughter, Ketevan,". A name of one
// word is otherwise not known to be a person's.
func (x *extractor) ownedRoleGivenName(title, np npSpan) bool {
	if np.w1-np.w0 != 1 || x.common(np.w0) || x.possessive(np.w0) || title.w1-title.w0 < 2 || title.w1-title.w0 > 5 {
		return false
	}
	h := title.w1 - 1
	if x.words[h].kind != wordText || x.words[h].upper || !lexicon.IsRoleNoun(x.wordText(h)) || lexicon.InFold(orgCapableRoles, x.wordText(h)) {
		return false // (not "The firm's biggest customer, Walmart, said")
	}
	for k := title.w0; k < h; k++ {
		if x.wordIs(k, "its") {
			return false // "Its largest shareholder, Blackrock, said": a body's
		}
		if x.is(lexicon.CPossDeterminers, k) || x.possessive(k) {
			return true
		}
	}
	return false
}

// possessiveRun reports whether the segment s is a capitalised name in
// the possessive and a role: "Acme's chief officer", "Lantern Pay's chief
// technology officer".
func (x *extractor) possessiveRun(s npSpan) bool {
	for k := s.w0; k < s.w1 && k < s.w0+4; k++ {
		if x.words[k].kind != wordText || !x.words[k].upper {
			return false
		}
		if x.possessive(k) {
			// a person's role after it, not a work ("Lidia Sarren's new
			// opera, The Bells Under Ferrow, tells the story")
			h := s.w1 - 1
			for t := k + 2; t < s.w1; t++ {
				if x.is(lexicon.CPrepositions, t) {
					h = t - 1 // "Tallinn's deputy mayor for transport"
					break
				}
			}
			return k+1 < s.w1 && h > k && x.words[h].kind == wordText && (lexicon.IsRoleNoun(x.wordText(h)) || x.is(lexicon.CTitleWords, h))
		}
	}
	return false
}

// placeDescription reports whether the appositive s describes a place:
// an article and, within three words, a noun of places ("the village
// nearest the site", "a fishing town of 3,000").
func (x *extractor) placeDescription(s npSpan) bool {
	if !s.ok() || !x.is(lexicon.CArticles, s.w0) {
		return false
	}
	for k := s.w0 + 1; k < s.w1 && k <= s.w0+3; k++ {
		if x.words[k].kind != wordText || x.words[k].upper {
			return false
		}
		if x.in(placeNouns, k) || x.in(placeHeads, k) {
			return true
		}
	}
	return false
}

// orgAppositive reports whether the appositive s describes an
// organisation: an indefinite article and, as its last word within
// five, a noun that heads organisations' descriptions ("a Kolkata
// brokerage", "a state-owned bank").
func (x *extractor) orgAppositive(s npSpan) bool {
	if !s.ok() || s.w1-s.w0 > 6 || !(x.wordIs(s.w0, "a") || x.wordIs(s.w0, "an")) {
		return false
	}
	h := s.w1 - 1
	return x.words[h].kind == wordText && !x.words[h].upper && lexicon.InFold(orgDescriptionNouns, x.wordText(h))
}

// nameBeforePlaces finds the person's name that opens the clause before
// np, a capitalised name after a preposition, when only prepositional
// phrases of capitalised names lie between ("Lena Ostby of Grace Chapel
// in Rye"), with an affiliation ("of", "from", "at", "for"): a name of
// two to four capitalised words, none of which marks an organisation or
// a title or is a possessive, the first no common word unless a given
// name. The phrases are the affiliation, as an appositive is a role.
func (x *extractor) nameBeforePlaces(np npSpan, lo int) (npSpan, bool) {
	if np.w0-1 < lo || !x.words[np.w0].upper || !x.is(lexicon.CPrepositions, np.w0-1) {
		return npSpan{}, false
	}
	s := np.w0
	for s-1 >= lo && x.words[s-1].quote < 0 && (x.words[s-1].kind == wordText && (x.words[s-1].upper != (x.is(lexicon.CPrepositions, s-1) || x.is(lexicon.CArticles, s-1))) || x.isPunct(s-1, '.')) {
		// capitalised names, and lower-case prepositions and articles
		// between them: a headline capitalises them all ("U.S. Flexes
		// Muscles As Asia Worries")
		s--
	}
	if s == np.w0 || !(s == lo || x.sentenceInitial(s) || x.isPunct(s-1, ',')) {
		return npSpan{}, false
	}
	name := x.nameWithPlaces(npSpan{s, np.w1})
	if !name.ok() || name.w0 != s || name.w1-name.w0 < 2 || name.w1-name.w0 > 4 || x.common(s) && lexicon.GivenNameGender(x.wordText(s)) == 0 && !x.is(lexicon.CHonorificWords, s) {
		return npSpan{}, false
	}
	if !x.is(lexicon.CSpeaksForPreps, name.w1) {
		return npSpan{}, false // "Chad's Ambassador to France" is a title
	}
	for k := name.w0; k < name.w1; k++ {
		if x.words[k].kind == wordText && (!x.words[k].upper || x.is(lexicon.COrgWords, k) || x.is(lexicon.CNonNameCaps, k) || x.is(lexicon.CTitleWords, k) || x.possessive(k)) {
			return npSpan{}, false
		}
	}
	return name, true
}

// nameWithPlaces returns the name that opens the segment s when the rest
// of s is prepositional phrases of capitalised names ("Darran Whiting of
// Liberty Baptist Church in Marion": a person, their church and its
// town), with the phrases up to the last "of" or "for" between capitals
// kept for the name resolver to split; else no phrase.
func (x *extractor) nameWithPlaces(s npSpan) npSpan {
	np := x.npRight(s.w0, s.w1)
	if !np.ok() || np.w1 >= s.w1 || !x.words[np.w1-1].upper || !x.is(lexicon.CPrepositions, np.w1) {
		return npSpan{}
	}
	for k := np.w1; k < s.w1; k++ {
		if x.words[k].kind != wordText && !x.isPunct(k, '.') || !x.words[k].upper && !x.is(lexicon.CPrepositions, k) && !x.is(lexicon.CArticles, k) {
			return npSpan{}
		}
	}
	return np
}

// partyTag reports whether the segment is a US party-and-state tag
// after a legislator's name: "D-Vt.", "R-Texas".
func (x *extractor) partyTag(s npSpan) bool {
	if !s.ok() || x.words[s.w0].kind != wordText {
		return false
	}
	t := x.text[x.words[s.w0].Start:x.words[s.w1-1].End]
	return len(t) >= 3 && len(t) <= 12 && (t[0] == 'D' || t[0] == 'R' || t[0] == 'I') && t[1] == '-' && isUpperASCII(t[2]) &&
		!strings.ContainsAny(t, " ,")
}

// modifierClause reports whether a comma-separated segment is a relative
// or participle clause that describes the subject before it: "who asked
// not to be named", "speaking on condition of anonymity". A group's
// subject with one ("Two senior officials, who ..., said") is a subject
// though it is no name.
func (x *extractor) modifierClause(s npSpan) bool {
	if !s.ok() || x.words[s.w0].kind != wordText {
		return false
	}
	if lexicon.EqualFold(x.wordText(s.w0), "who") || lexicon.EqualFold(x.wordText(s.w0), "which") || x.quantRelative(s) {
		return true
	}
	e, _, ok := x.cueAt(s.w0, s.w1)
	return ok && e.Participle
}

// quantRelative reports whether s opens a relative clause with a share of
// its antecedent: "many of whom had made the trip", "some of which".
func (x *extractor) quantRelative(s npSpan) bool {
	if s.w1-s.w0 < 4 || x.words[s.w0].kind != wordText {
		return false
	}
	w := lexicon.Lower(x.wordText(s.w0))
	q := lexicon.InFold(lexicon.Quantifiers, w) || lexicon.IsNumber(w) || lexicon.IsNumeral(w) || w == "most" || w == "half" || w == "none"
	return q && x.wordIs(s.w0+1, "of") && (x.wordIs(s.w0+2, "whom") || x.wordIs(s.w0+2, "which"))
}

// titled reports whether np contains a title or organisation word.
func (x *extractor) titled(np npSpan) bool {
	for k := np.w0; k < np.w1; k++ {
		if x.is(lexicon.CTitleWords, k) || x.is(lexicon.COrgWords, k) {
			return true
		}
	}
	return false
}

// abbrevInName reports whether word i, "Sen" with no period, is a
// name's word: the Bengali surname of "Anirban Sen Gupta", between a
// capitalised word that is no title, party, nationality, place, acronym,
// possessive or common word and another capitalised word of the same
// sentence. "Sen. Jon Tester", "Republican Sen Ted Cruz", "GOP Sen Ted
// Cruz", "Minnesota's Sen Amy Klobuchar" keep their title. Only the
// words next to it in the text are read, so that a window, which may
// have dropped the sentence before, reads the same.
func (x *extractor) abbrevInName(i int) bool {
	if i < 1 || i+1 >= len(x.words) || !lexicon.EqualFold(x.wordText(i), "sen") || x.words[i-1].kind != wordText || x.words[i+1].kind != wordText ||
		!x.words[i-1].upper || !x.words[i+1].upper || x.sentenceInitial(i) {
		return false
	}
	if gap := x.text[x.words[i-1].End:x.words[i].Start]; gap != " " {
		return false // not the word just before it in the text
	}
	prev := x.text[x.words[i-1].Start:x.words[i-1].End]
	if isAllCaps(prev) || strings.ContainsAny(prev, ".'’") || lexicon.ClassOf(prev)&(lexicon.CTitleWords|lexicon.CHonorificWords|lexicon.CPlaces) != 0 {
		return false
	}
	return lexicon.GivenNameGender(prev) != 0 || !lexicon.CommonWord(prev) && !lexicon.IsDemonym(prev) && !lexicon.InFold(lexicon.PartyMembers, prev) && !lexicon.InFold(lexicon.Places, prev)
}

// titledName reports whether np is a title and then a person's name of
// two or more words: "Cllr Brian Tate", "Sen. Marla Quist".
func (x *extractor) titledName(np npSpan) bool {
	t := np.w1
	for t > np.w0 {
		if t < np.w1 {
			if sp := x.nicknameClosedAt(t-1, np.w1+1); sp > 0 && t-sp >= np.w0 {
				t -= sp // `Marcia "Cia" Price`
				continue
			}
		}
		if !(x.words[t-1].kind == wordText && x.words[t-1].upper &&
			!x.is(lexicon.CTitleWords, t-1) && !x.is(lexicon.COrgWords, t-1) && !x.is(lexicon.CHonorificWords, t-1)) {
			break
		}
		t--
	}
	if np.w1-t < 2 || t == np.w0 {
		return false
	}
	for k := np.w0; k < t; k++ {
		if x.words[k].kind == wordText && !x.is(lexicon.CTitleWords, k) && !x.is(lexicon.CHonorificWords, k) {
			return false
		}
	}
	return true
}

// possessive reports whether word i is a possessive: "Trump's", "Sanders'".
func (x *extractor) possessive(i int) bool {
	if x.words[i].kind != wordText {
		return false
	}
	t := x.wordText(i)
	if trimPossessive(t) != t {
		return true
	}
	if i+1 < len(x.words) && x.words[i+1].Start == x.words[i].End && x.words[i+1].kind == wordPunct && t[len(t)-1] == 's' {
		p := x.wordText(i + 1)
		return p == "'" || p == "’"
	}
	return false
}

// nameLike reports whether np can be a named or pronominal speaker: it ends
// in a capitalised word or is a pronoun.
func (x *extractor) nameLike(np npSpan) bool {
	last := np.w1 - 1
	return x.words[last].upper || x.is(lexicon.CSubjectPronouns, last)
}

// apposLike reports whether a comma-separated segment reads as an
// appositive: "policy lead at Oxfam", "a global organization ...",
// "also a member of ...", or a capitalised title "European Commissioner".
func (x *extractor) apposLike(s npSpan) bool {
	if !s.ok() || s.w1-s.w0 > 25 {
		return false
	}
	first := s.w0
	if x.words[first].kind != wordText || x.in(comparativeAmounts, first) {
		return false // "according to the Tax Foundation, more than twice what it projected": an amount, no description
	}
	poss := x.possessive(first)
	for k := first + 1; !poss && k < s.w1 && k < first+4 && x.words[k].kind == wordText && x.words[k].upper; k++ {
		poss = x.possessive(k) // "American Samoa's nonvoting member of Congress"
	}
	if !x.words[first].upper || poss {
		// "policy lead at Oxfam", "Sanders' senior adviser"; after a
		// possessive not a clause with its own finite verb ("Trump's
		// skepticism has hurt the party"), unless a relative clause holds
		// it ("Sanders' aide who has worked ...")
		for k := s.w0 + 1; poss && k < s.w1; k++ {
			if x.is(lexicon.CRelativePronouns, k) {
				break
			}
			if x.is(lexicon.CFiniteAux, k) && x.words[k].kind == wordText && !x.words[k].upper {
				return false
			}
		}
		for k := s.w0; k < s.w1; k++ {
			if e, ok := lexicon.LookupCue(x.wordText(k)); ok && e.Past && x.words[k].kind == wordText && k > s.w0 && !x.is(lexicon.CNpStops, k-1) && !x.is(lexicon.CDeterminers, k-1) {
				lw := x.wordText(k)
				if lw == "said" || lw == "says" || lw == "told" {
					return false
				}
			}
		}
		return true
	}
	if s.w1-s.w0 >= 3 && lexicon.InFold(lexicon.PartyMembers, x.wordText(first)) && (x.wordIs(first+1, "of") || x.wordIs(first+1, "from")) {
		return true // "Senator Mark Kirk, Republican of Illinois, said": a party and a state
	}
	if x.capitalTitle(s) {
		return true
	}
	for k := s.w0; k < s.w1; k++ {
		w := x.words[k]
		if w.kind == wordText && !w.upper && !x.is(lexicon.CNpStops, k) && !x.is(lexicon.CDeterminers, k) && !x.is(lexicon.CTitleWords, k) &&
			!(x.is(lexicon.COrgJoiners, k) && k > s.w0 && x.words[k-1].upper && k+1 < s.w1 && x.words[k+1].upper) {
			// (a body's name joins its words with "of" or "for": "Enugu
			// State Ministry of Infrastructure")
			return false
		}
	}
	return true
}

// capitalTitle reports whether s is a title written with capitals, as
// formal titles and many presses write them, with its complement in any
// case: "Director of Finance", "Head of Corporate Affairs at Rift Bank",
// "Director-General of the agency", "Minister of State (Finance)". A
// title word or role noun is among its first three words, the word after
// it is a preposition, and no word is a verb of saying or an auxiliary.
func (x *extractor) capitalTitle(s npSpan) bool {
	h := -1
	for k := s.w0; k < s.w1 && k < s.w0+3 && x.words[k].kind == wordText && x.words[k].upper; k++ {
		if x.is(lexicon.CTitleWords, k) || lexicon.IsRoleNoun(x.wordText(k)) {
			h = k
		}
	}
	if h < 0 || h+2 >= s.w1 || !x.is(lexicon.CPrepositions, h+1) || x.words[h+1].upper {
		return false
	}
	for k := h + 1; k < s.w1; k++ {
		if x.words[k].kind != wordText || x.words[k].upper {
			continue
		}
		if x.isCueWord(k) || x.is(lexicon.CFiniteAux, k) || x.is(lexicon.CRelativePronouns, k) || isPastForm(x.wordText(k)) {
			return false
		}
	}
	return true
}

// partitivePronouns stand for some of a group named before when they open
// a clause as its subject: "Residents told Oman TV ... Several said they
// had spent the afternoon on their roofs."
var partitivePronouns = lexicon.SetOf("several", "some", "many", "most", "others", "few", "both") // not "all": "All said and done"

// periodNouns are the spans of time of the time phrases that may stand
// between a subject and its cue: after "this", "last", "next", "earlier"
// or "later" ("the court this week rejected"), before "ago" ("two weeks
// ago said") and in a prepositional phrase ("in recent weeks said").
var periodNouns = lexicon.SetOf("week", "month", "year", "morning", "afternoon", "evening", "weekend", "spring",
	"summer", "autumn", "fall", "winter", "season", "quarter", "term")

// lowerWord returns word i when it is a text word in lower case outside
// quotations, or "".
func (x *extractor) lowerWord(i int) string {
	if i < 0 || i >= len(x.words) || x.words[i].kind != wordText || x.words[i].upper || x.words[i].quote >= 0 {
		return ""
	}
	return x.wordText(i)
}

// personPlace returns the mention that opens seg when seg is a person's or
// a group's noun in lower case and a phrase of place after it ("A nurse
// at the clinic", "One café owner on the front", "Nurses on the night
// shift"): the noun phrase up to the first preposition.
func (x *extractor) personBeforePlace(seg npSpan) (npSpan, bool) {
	for p := seg.w0 + 1; p < seg.w1-1; p++ {
		if x.words[p].kind != wordText {
			return npSpan{}, false
		}
		if !x.is(lexicon.CSubjectPrepositions, p) {
			continue
		}
		h := p - 1
		head := x.npLeft(h, seg.w0)
		t := x.wordText(h)
		if !head.ok() || head.w0 != seg.w0 || x.words[h].upper && !(x.sentenceInitial(h) && x.common(h)) ||
			!lexicon.IsRoleNoun(t) && !personPlural(t) && !lexicon.InFold(lexicon.PeopleNouns, t) {
			return npSpan{}, false
		}
		return head, true
	}
	return npSpan{}, false
}

// dashAppositiveSubject handles "NAME — APPOSITIVE — cue": dash is the
// word index of the dash before the cue. The name opens its clause, and
// what the dashes enclose describes it ("Mia Vos — a former president
// of the club — said", "Tom Hale – who farms at Rye – said").
func (x *extractor) dashAppositiveSubject(dash, lo int) (subject, bool) {
	open := dash - 1
	for open >= lo && dash-open <= 25 && x.words[open].quote < 0 && !(x.words[open].kind == wordPunct && isDash(x.wordText(open))) {
		open--
	}
	if open < lo || dash-open > 25 || x.words[open].quote >= 0 || open+1 >= dash || x.wordText(open) != x.wordText(dash) {
		return subject{}, false
	}
	np := x.npLeft(open-1, lo)
	opens := np.ok() && (np.w0 == lo || x.is(lexicon.CLeadConjunctions, np.w0-1) && np.w0-1 == lo || x.isPunct(np.w0-1, ','))
	if !opens || np.w1 != open || !x.nameLike(np) && !x.agedDescription(np) && !x.definiteNominal(np) {
		return subject{}, false
	}
	ap := npSpan{open + 1, dash}
	if !x.apposLike(ap) && !(x.is(lexicon.CRelativePronouns, ap.w0) && !lexicon.EqualFold(x.wordText(ap.w0), "that")) {
		return subject{}, false
	}
	if x.wordIs(ap.w0, "not") || x.endsLy(ap.w0) {
		return subject{np: np, span: np}, true // "Ruiz — not for the first time — said": an aside, no role
	}
	for t := ap.w0; t < ap.w1; t++ {
		if x.wordIs(t, "according") || x.words[t].kind == wordText && lexicon.IsNumber(x.wordText(t)) && !x.is(lexicon.CRelativePronouns, ap.w0) {
			// "most Americans - 63 percent in 2014, according to the
			// report -": a share or a source, no description
			return subject{np: np, span: np}, true
		}
	}
	return subject{np: np, span: npSpan{np.w0, dash}, appos: ap}, true
}

// placeGoesOn reports whether seg, which follows the comma at word c, is
// a state, a county or a country that goes on with the town before the
// comma ("a picker from Weslaco, Texas, who ...", "from Seaham, Co
// Durham,"): part of where someone is from, no one's name.
func (x *extractor) placeGoesOn(seg npSpan, c int) bool {
	first, last := strings.TrimSuffix(x.wordText(seg.w0), "."), x.wordText(seg.w1-1)
	co := lexicon.EqualFold(first, "co")
	county := countyWords(first, last) // ("Co" is a word of its own kind: a legal form)
	if c < 1 || seg.w1-seg.w0 > 3 || !x.isPunct(c, ',') || !x.is(lexicon.CPlaces, seg.w1-1) && !county {
		return false
	}
	for t := seg.w0; t < seg.w1; t++ {
		if t == seg.w0+1 && co && x.isPunct(t, '.') {
			continue // "Co. Durham"
		}
		if x.words[t].kind != wordText || !x.words[t].upper {
			return false
		}
	}
	t := c - 1
	for t >= 0 && c-t <= 3 && x.words[t].kind == wordText && x.words[t].upper {
		t--
	}
	return t >= 0 && t < c-1 && (x.wordIs(t, "from") || x.wordIs(t, "in") || x.wordIs(t, "near") || x.wordIs(t, "of"))
}

// placeAdverbPreps are prepositions of place that are also adjectives or
// adverbs, and so no noun-phrase stop of their own: before a name or an
// article they open a phrase of place ("outside City Hall", "near the
// plant"), before a noun they modify it ("outside experts").
var placeAdverbPreps = lexicon.SetOf("outside", "near", "inside", "around", "across", "beyond", "behind", "along", "opposite")

// particlesEnd returns the word after one or two lower-case name
// particles at k that a capitalised surname follows ("van der Linde",
// "de Blasio", "ap Gruffydd"), or k.
func (x *extractor) particlesEnd(k, hi int) int {
	p := k
	for p < hi && p < k+2 && x.words[p].kind == wordText && !x.words[p].upper && x.is(lexicon.CNameParticles, p) {
		p++
	}
	if p == k || p >= hi || x.words[p].kind != wordText || !x.words[p].upper || x.plural(p) && (x.common(p) || x.partyPlural(p)) || lexicon.IsDemonym(x.wordText(p)) {
		return k // "told Reuters ten Afghan soldiers", "said Tom Hale ten Democrats later": a number and a noun phrase
	}
	return p
}

// titleOfPlace reports whether the words of seg, opening the sentence,
// are a title and the place or body it is of or for: "Labour MP for Leeds
// North", "Mayor of Tallinn", "Chief Constable of Kent Police"; a title
// word, then "for" or "of" and a capitalised name.
func (x *extractor) titleOfPlace(seg npSpan) bool {
	for k := seg.w0; k+1 < seg.w1; k++ {
		if !x.wordIs(k, "for") && !x.wordIs(k, "of") {
			continue
		}
		if k == seg.w0 || !(x.is(lexicon.CTitleWords, k-1) || lexicon.IsRoleNoun(x.wordText(k-1))) || !x.words[k+1].upper {
			return false
		}
		for t := seg.w0; t < k; t++ {
			if x.words[t].kind != wordText || x.words[t].quote >= 0 {
				return false
			}
		}
		return true
	}
	return false
}

// titledPersonRun reports whether seg is a title of lower-case role words
// (and the capitalised words of a party or body among them) ending in a
// role noun, then a person's name of two or more capitalised words:
// "Conservative group leader Tom Hale", "party chairman Ben Cole".
func (x *extractor) titledPersonRun(seg npSpan) bool {
	n := seg.w1
	for n > seg.w0 && x.words[n-1].kind == wordText && x.words[n-1].upper {
		n--
	}
	if seg.w1-n < 2 || n == seg.w0 || !x.personNameWords(npSpan{n, seg.w1}) {
		return false
	}
	if !lexicon.IsRoleNoun(x.wordText(n-1)) || x.words[n-1].upper && !x.is(lexicon.CTitleWords, n-1) {
		return false
	}
	for k := seg.w0; k < n; k++ {
		if x.words[k].kind != wordText || x.words[k].quote >= 0 || x.is(lexicon.CNpStops, k) || x.isCueWord(k) {
			return false
		}
	}
	return true
}

// lowerRunNoVerb reports whether words [w0, w1) are lower-case text words
// with no cue, auxiliary or stop among them: the noun of a description
// ("opponent", "long-time rival").
func (x *extractor) lowerRunNoVerb(w0, w1 int) bool {
	for k := w0; k < w1; k++ {
		if x.words[k].kind != wordText || x.words[k].upper || x.words[k].quote >= 0 || x.isCueWord(k) || x.is(lexicon.CNpStops, k) {
			return false
		}
	}
	return w1 > w0
}
