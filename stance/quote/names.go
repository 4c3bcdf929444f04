package quote

// Names: how a mention becomes an actor's name and role. A capitalised run
// is split into its titles and the name ("Chinese Foreign Minister Wang
// Yi"), possessives and lower-case modifiers are trimmed, appositives give
// roles, and descriptions ("the ministry") get no name at all.

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// titleFirst reports whether the name at word k follows a lower-case
// title phrase opening its unit: "The losing candidate, Grace Adeyemi, ...".
func (r *resolver) titleFirst(w0, k int) bool {
	x := r.x
	if k-w0 < 2 || k-w0 > 8 || !x.isPunct(k-1, ',') {
		return false
	}
	for t := w0 + 1; t < k-1; t++ {
		if x.words[t].kind != wordText || x.words[t].upper && !x.in(lexicon.TitleWords, t) {
			return false
		}
	}
	return true
}

// capRun returns the end of the run of capitalised words starting at k
// (with the periods of "Sen." and initials), or k when there is none.
func (r *resolver) capRun(k, hi int) int {
	x := r.x
	if k >= hi || x.words[k].kind != wordText || !x.words[k].upper {
		return k
	}
	j := k
	for j < hi {
		w := x.words[j]
		if w.kind == wordText && w.upper {
			j++
			continue
		}
		if x.isPunct(j, '.') && j > k && len(x.wordText(j-1)) <= 4 && j+1 < hi && x.words[j+1].upper && x.words[j+1].kind == wordText {
			j++
			continue
		}
		break
	}
	return j
}

// splitTitle splits a capitalised run [k, end) into title words and the
// name: "Russian Foreign Minister Sergey Lavrov" -> "Russian Foreign
// Minister", "Sergey Lavrov". It returns the first word of the name, past
// any common word glued in front of it (see dropCommon).
func (r *resolver) splitTitle(k, end int) int {
	return r.dropCommon(r.titleEnd(k, end), end)
}

// dropCommon returns the first word of the name [n, end) once a common
// English word in front of it is dropped: a word capitalised only by its
// place, at a sentence start or in a title phrase ("Despite Ted Cruz's
// loss", "Rival Hillary Clinton", "Liar of the Year Barack Obama"). The
// word is dropped only when it is a common word and never a given name
// (lexicon.CommonWord: "Bill", "Mark" and "Rich" stay), and what remains
// is two or three capitalised words none of which is a common word: a
// name, not a headline ("Old Hands Help Russia Navigate U.S. Media").
func (r *resolver) dropCommon(n, end int) int {
	x := r.x
	if end-n < 3 || x.words[n].kind != wordText || !lexicon.CommonWord(x.wordText(n)) ||
		x.in(lexicon.FemaleNames, n) || x.in(lexicon.MaleNames, n) {
		return n
	}
	words := 0
	for t := n + 1; t < end; t++ {
		if x.isPunct(t, '.') {
			continue
		}
		w := trimPossessive(x.wordText(t))
		if x.words[t].kind != wordText || !x.words[t].upper || lexicon.CommonWord(w) {
			return n
		}
		words++
	}
	if words < 2 || words > 3 {
		return n
	}
	return n + 1
}

// titleEnd returns the end of the title words of the capitalised run
// [k, end): the first word of the name, before dropCommon. Words between k
// and titleEnd are the role a title gives ("Chinese Foreign Minister").
func (r *resolver) titleEnd(k, end int) int {
	x := r.x
	n := k
	for t := k; t < end; t++ {
		if x.in(lexicon.TitleWords, t) || x.in(lexicon.HonorificWords, t) {
			n = t + 1
			if n < end && x.isPunct(n, '.') {
				n++ // "Sen."
			}
		}
	}
	for n < end && (x.in(lexicon.NonNameCaps, n) || x.words[n].kind != wordText) {
		n++
	}
	if n == k && end-k >= 3 && lexicon.IsDemonym(x.wordText(k)) {
		n = k + 1
	}
	return n
}

// placePrefix reports whether word i is "New" opening a place name inside
// [i, end): "New Jersey Gov.", "New York Mayor". Elsewhere a capitalised
// "New" is no name ("New polls show").
func (x *extractor) placePrefix(i, end int) bool {
	return i+1 < end && lexicon.EqualFold(x.wordText(i), "new") && x.words[i+1].kind == wordText && x.words[i+1].upper
}

// personName reports whether words [k, end) look like a person's name.
func (r *resolver) personName(k, end int) bool {
	x := r.x
	if end-k < 1 || end-k > 4 {
		return false
	}
	for t := k; t < end; t++ {
		w := x.wordText(t)
		if x.words[t].kind != wordText {
			if x.isPunct(t, '.') {
				continue
			}
			return false
		}
		if x.in(lexicon.NonNameCaps, t) || x.in(lexicon.OrgWords, t) || x.in(lexicon.TitleWords, t) {
			return false
		}
		if len(w) > 1 && strings.ToUpper(w) == w {
			return false // CGTN, BRICS
		}
		for _, c := range w {
			if c >= '0' && c <= '9' {
				return false
			}
		}
	}
	return true
}

// trimPossessive removes a final 's or ’s: "Trump’s" names Trump.
func trimPossessive(s string) string {
	if t, ok := strings.CutSuffix(s, "’s"); ok {
		return t
	}
	if t, ok := strings.CutSuffix(s, "'s"); ok {
		return t
	}
	return s
}

// plain is the speaker name of a mention that is no known person (see
// actorName), and records it as the antecedent of a later "it" or "they".
func (r *resolver) plain(np npSpan) string {
	x := r.x
	name := r.actorName(np)
	head := np.w1 - 1
	r.group.name, r.group.end, r.group.ok = name, x.words[head].End, true
	r.group.plural = x.plural(head) && !x.in(lexicon.OrgWords, head) || x.in(lexicon.OrgPlurals, head)
	r.group.thing = !r.group.plural && (x.in(lexicon.OrgWords, head) || x.in(lexicon.ArtifactNouns, head))
	return name
}

// appositiveRole cleans an appositive into a role: "also a member of ..."
// becomes "a member of ...".
func (r *resolver) appositiveRole(ap npSpan) string {
	x := r.x
	w0 := ap.w0
	for w0 < ap.w1 && (lexicon.EqualFold(x.wordText(w0), "also") || lexicon.EqualFold(x.wordText(w0), "now")) {
		w0++
	}
	if w0 >= ap.w1 || x.in(lexicon.RelativePronouns, w0) {
		return "" // "who chairs the association" describes, it is no role
	}
	if !r.nounPhraseStart(w0, ap.w1) {
		return "" // "however", "it turned out", "during an interview", "speaking with reporters"
	}
	if ap.w1-w0 == 1 && lexicon.IsNumber(x.wordText(w0)) {
		return "" // "Tom Reed, 58," gives an age, not a role
	}
	return strings.TrimSpace(x.text[x.words[w0].Start:x.words[ap.w1-1].End])
}

// nounPhraseStart reports whether the appositive [w0, w1) can be a role,
// which is a noun phrase ("a Democrat", "the former governor of Florida",
// "acting mayor", "of the Riverside Trust"). It is not when it opens with
// a preposition other than "of", a connective, a subject pronoun (a
// clause: "it turned out") or a participle followed by a preposition, an
// article or a pronoun ("speaking with the editorial board", "surrounded
// by his siblings").
func (r *resolver) nounPhraseStart(w0, w1 int) bool {
	x := r.x
	if x.words[w0].kind != wordText {
		return false
	}
	if x.in(lexicon.Prepositions, w0) && !lexicon.EqualFold(x.wordText(w0), "of") ||
		x.in(lexicon.Connectives, w0) || x.in(lexicon.SubjectPronouns, w0) {
		return false // "of" gives an affiliation: "Ann Ruiz, of the Riverside Trust"
	}
	w := lexicon.Lower(x.wordText(w0))
	if len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		if w0+1 >= w1 || x.words[w0+1].kind != wordText {
			return false
		}
		next := w0 + 1
		if x.in(lexicon.Prepositions, next) || x.in(lexicon.Determiners, next) ||
			x.in(lexicon.PossDeterminers, next) || x.in(lexicon.ObjectPronouns, next) {
			return false
		}
	}
	return true
}

// Speaker names of mentions that are no person. A speaker is a name a
// reader would file quotes under across articles: "Agrarian Party", "Trump
// campaign", "Centre for Public Opinion". Descriptions are not: "the
// ministry", "Rights groups", "two sides", "Their mission chief" name no
// one outside their article and would merge unrelated speakers, so their
// speaker is empty (the source mention keeps the words).
//
//   - A mention without a proper name is a description. A capitalised word
//     that opens its sentence counts as proper only when it is not a
//     common source noun ("Police", "Prosecutors") and no lower-case word
//     follows it ("Environmental groups").
//   - A possessive description ("Meridia's interior ministry") is named
//     after its owner when its head is an organisation word ("Meridia
//     interior ministry", like "the Trump campaign"), and is empty
//     otherwise ("Ghana's envoy").
//   - Lower-case words before a name are dropped: "opposition Agrarian
//     Party" is "Agrarian Party".
//   - A description followed by "from/of/for/at" and an organisation's
//     name speaks for it: "observers from the Regional Democracy Network".

// properWord reports whether word k of a mention is part of a name: it is
// capitalised and, when it opens a sentence, is no common noun.
func (r *resolver) properWord(k, w1 int) bool {
	x := r.x
	w := x.words[k]
	if w.kind != wordText || !w.upper {
		return false
	}
	if !x.sentenceInitial(k) {
		return true
	}
	lw := strings.ToLower(trimPossessive(x.wordText(k)))
	if lexicon.SourceNouns[lw] || lexicon.OrgPlurals[lw] || lexicon.DescNouns[lw] || lexicon.PossDeterminers[lw] || lexicon.Quantifiers[lw] || lexicon.Articles[lw] {
		return false
	}
	// "Environmental groups": a capital followed by lower-case words, but
	// "Veldoria's transport ministry".
	return x.possessive(k) || !(k+1 < w1 && x.words[k+1].kind == wordText && !x.words[k+1].upper && !x.in(lexicon.OrgJoiners, k+1))
}

// sentenceInitial reports whether word k opens a sentence, a paragraph or
// a quotation, where any word is capitalised.
func (x *extractor) sentenceInitial(k int) bool {
	i := x.words[k].Start
	for i > 0 && (x.text[i-1] == ' ' || x.text[i-1] == '\t') {
		i--
	}
	if i == 0 {
		return true
	}
	switch x.text[i-1] {
	case '\n', '\r', '.', '!', '?', ':', '"', '(':
		return true
	}
	return strings.HasSuffix(x.text[:i], "“") || strings.HasSuffix(x.text[:i], "—")
}

// description reports whether a mention names no one: it has no proper
// word, or it opens with a possessive pronoun.
func (r *resolver) description(np npSpan) bool {
	x := r.x
	if x.in(lexicon.PossDeterminers, np.w0) {
		return true
	}
	for k := np.w0; k < np.w1; k++ {
		if r.properWord(k, np.w1) {
			return false
		}
	}
	return true
}

// actorName returns the speaker name of a mention that is no known person,
// following the rules above.
func (r *resolver) actorName(np npSpan) string {
	x := r.x
	if r.description(np) {
		return r.groupName(np)
	}
	w0, w1 := np.w0, np.w1
	for w0 < w1-1 && (x.in(lexicon.Articles, w0) || x.in(lexicon.Quantifiers, w0)) {
		w0++
	}
	// A possessive: "Meridia's interior ministry", "Clinton's campaign".
	for k := w0; k < w1-1; k++ {
		if !x.possessive(k) || !x.words[k].upper {
			continue
		}
		if x.words[w1-1].upper {
			break // "Meridia's Interior Ministry" is a name
		}
		if !x.in(lexicon.OrgWords, w1-1) {
			return ""
		}
		owner := trimPossessive(x.text[x.words[w0].Start:x.words[k].End])
		rest := k + 1
		if rest < w1 && x.words[rest].kind == wordPunct {
			rest++ // the apostrophe of "Farmers'"
		}
		return strings.TrimRight(owner, "'’") + " " + x.text[x.words[rest].Start:x.words[w1-1].End]
	}
	// "Residents of Brackwater", "Observers from the Regional Democracy
	// Network": a description before a preposition.
	for k := w0; k < w1; k++ {
		if r.properWord(k, w1) {
			break
		}
		if x.in(lexicon.SpeaksForPreps, k) && k > w0 {
			return r.speaksFor(k, w1)
		}
	}
	// Lower-case words before a name: "opposition Agrarian Party".
	if x.words[w1-1].upper {
		for w0 < w1-1 && x.words[w0].kind == wordText && !x.words[w0].upper {
			w0++
		}
	}
	return strings.TrimSpace(x.text[x.words[w0].Start:x.words[w1-1].End])
}

// groupName returns the group a plural description names ("analysts",
// "defence lawyers", "some critics" -> "critics"), or "" for any other
// description.
func (r *resolver) groupName(np npSpan) string {
	x := r.x
	head := np.w1 - 1
	if head < np.w0 || !x.in(lexicon.GroupHeads, head) {
		return ""
	}
	w0 := np.w0
	for w0 < head && (x.in(lexicon.Articles, w0) || x.in(lexicon.Quantifiers, w0) || x.in(lexicon.PossDeterminers, w0) ||
		x.in(lexicon.Determiners, w0) || lexicon.IsNumber(x.wordText(w0))) {
		w0++
	}
	for k := w0; k <= head; k++ {
		if x.words[k].kind != wordText {
			return ""
		}
	}
	name := x.text[x.words[w0].Start:x.words[head].End]
	if first := x.wordText(w0); x.words[w0].upper && x.sentenceInitial(w0) {
		// "Harbour pilots said": the description has no proper word, so
		// a capital that opens the sentence is the sentence's.
		name = lexicon.Lower(first) + name[len(first):]
	}
	return name
}

// speaksFor returns the organisation a description speaks for, named in
// the phrase [p, end) after it ("from the Regional Democracy Network"), or
// "".
func (r *resolver) speaksFor(p, end int) string {
	x := r.x
	if p+1 >= end || !(x.in(lexicon.SpeaksForPreps, p)) {
		return ""
	}
	w0 := p + 1
	if x.in(lexicon.Articles, w0) && !x.words[w0].upper {
		w0++
	}
	org := false
	for k := w0; k < end; k++ {
		switch {
		case x.words[k].upper:
			org = org || x.in(lexicon.OrgWords, k)
		case x.in(lexicon.OrgJoiners, k) && k > w0:
		default:
			return ""
		}
	}
	if !org || w0 >= end || !x.words[end-1].upper {
		return ""
	}
	return x.text[x.words[w0].Start:x.words[end-1].End]
}
