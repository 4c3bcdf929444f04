package quote

import (
	"github.com/stancekit/stancekit/stance/internal/lexicon"

	"sort"
	"strings"
)

// Coreference: every source mention resolves to one canonical actor per
// document. Full names are collected first ("Chinese Foreign Minister Wang
// Yi" gives the person "Wang Yi" with the role "Chinese Foreign Minister");
// short names map to them ("Wang", "Lavrov"); pronouns go to the nearest
// preceding compatible subject or speaker; organisations and other noun
// phrases are kept as themselves.

type entity struct {
	name   string
	role   string
	gender byte // 'm', 'f' or 0
}

type mention struct {
	pos     int // byte offset
	ent     int
	subject bool // first noun phrase of its unit, or a resolved source
}

type resolver struct {
	x        *extractor
	ents     []entity
	byName   map[string]int
	byLast   map[string]int
	byFirst  map[string]int
	mentions []mention // names in the text, in order
	speakers []mention // resolved sources, in order
	// group is the latest source that is no person ("the ministry",
	// "Rights groups"), the antecedent of a later "it" or "they" when no
	// person has spoken since.
	group struct {
		name   string
		end    int // byte offset where its mention ends
		plural bool
		thing  bool // an organisation or artifact, which "it" may name
		ok     bool
	}
}

// clauseInitial reports whether word k opens a clause of unit ui: the
// unit's first word, or after a comma or a leading conjunction ("But they
// said", ", it added,").
func (r *resolver) clauseInitial(ui, k int) bool {
	x := r.x
	if ui < 0 || ui >= len(x.units) {
		return false
	}
	w0 := x.units[ui].w0
	if k == w0 {
		return true
	}
	if k <= w0 {
		return false
	}
	if x.isPunct(k-1, ',') {
		return true
	}
	return k-1 == w0 && x.in(lexicon.LeadConjunctions, k-1)
}

// groupReach is how far back, in bytes, "it" or "they" may find their
// organisation antecedent: about two short paragraphs.
const groupReach = 600

func newResolver(x *extractor) *resolver {
	r := &resolver{x: x, byName: map[string]int{}, byLast: map[string]int{}, byFirst: map[string]int{}}
	for ui := range x.units {
		u := x.units[ui]
		for k := u.w0; k < u.w1; {
			end := r.capRun(k, u.w1)
			if end > k {
				r.addName(k, end, k == u.w0)
				k = end
				continue
			}
			k++
		}
	}
	// Short mentions, now that every full name is known.
	for ui := range x.units {
		u := x.units[ui]
		for k := u.w0; k < u.w1; {
			end := r.capRun(k, u.w1)
			if end > k {
				if e, _, _ := r.lookup(k, end); e >= 0 {
					r.mentions = append(r.mentions, mention{pos: x.words[k].Start, ent: e, subject: k == u.w0 || k == u.w0+1 && !x.words[u.w0].upper || r.titleFirst(u.w0, k)})
				}
				k = end
				continue
			}
			k++
		}
	}
	return r
}

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
	if k >= hi || x.words[k].kind != wordText || !x.words[k].upper || x.words[k].quote >= 0 && false {
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
// Minister", "Sergey Lavrov". It returns the first word of the name.
func (r *resolver) splitTitle(k, end int) int {
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

func (r *resolver) addName(k, end int, unitStart bool) {
	x := r.x
	n := r.splitTitle(k, end)
	if !r.personName(n, end) {
		return
	}
	single := end-n == 1
	if single {
		titled := false
		for t := k; t < n; t++ {
			titled = titled || x.in(lexicon.TitleWords, t) || x.in(lexicon.HonorificWords, t)
		}
		if !titled {
			return // a lone capitalised word is not known to be a person
		}
	}
	name := trimPossessive(x.text[x.words[n].Start:x.words[end-1].End])
	if _, ok := r.byName[name]; ok {
		return
	}
	if single {
		if _, ok := r.byLast[strings.ToLower(name)]; ok {
			return
		}
	}
	e := entity{name: name}
	rs := k
	for rs < n && x.in(lexicon.NonNameCaps, rs) {
		rs++ // "The", "On Tuesday": no part of a title
	}
	if n > rs {
		e.role = strings.TrimSpace(x.text[x.words[rs].Start:x.words[n-1].End])
		for t := k; t < n; t++ {
			if g, ok := lexicon.Honorifics[strings.ToLower(x.wordText(t))]; ok && g != 0 {
				e.gender = g
			}
			if x.in(lexicon.HonorificWords, t) && t == n-1 || x.in(lexicon.HonorificWords, t) && t == n-2 {
				e.role = "" // "Mr." is no role
			}
		}
	}
	if e.gender == 0 && !single {
		first := strings.ToLower(x.wordText(n))
		switch {
		case lexicon.FemaleNames[first]:
			e.gender = 'f'
		case lexicon.MaleNames[first]:
			e.gender = 'm'
		}
	}
	idx := len(r.ents)
	r.ents = append(r.ents, e)
	r.byName[name] = idx
	last := strings.ToLower(trimPossessive(x.wordText(end - 1)))
	if _, ok := r.byLast[last]; !ok {
		r.byLast[last] = idx
	}
	if !single {
		first := strings.ToLower(x.wordText(n))
		if _, ok := r.byFirst[first]; !ok {
			r.byFirst[first] = idx
		}
	}
}

// lookup resolves the capitalised words [k, end) to an entity, returning
// its index (or -1) and the name words found.
func (r *resolver) lookup(k, end int) (int, int, int) {
	x := r.x
	n := r.splitTitle(k, end)
	if n >= end {
		return -1, n, end
	}
	if end-n > 6 {
		return -1, n, end // no name is that long
	}
	for e := end; e > n; e-- {
		name := trimPossessive(x.text[x.words[n].Start:x.words[e-1].End])
		if i, ok := r.byName[name]; ok {
			return i, n, e
		}
	}
	// "Lavrov", "Trump's": the last word of the name.
	last := strings.ToLower(trimPossessive(x.wordText(end - 1)))
	if i, ok := r.byLast[last]; ok {
		return i, n, end
	}
	if end-n == 1 {
		if i, ok := r.byFirst[last]; ok {
			return i, n, end
		}
	}
	return -1, n, end
}

// resolve returns the canonical speaker and role of an attribution, and
// records the speaker for later pronouns.
func (r *resolver) resolve(a *attribution) (string, string) {
	before := r.group
	name, role := r.resolveSource(a)
	if sp := strings.IndexByte(role, ' '); sp > 0 && lexicon.InFold(lexicon.PossDeterminers, role[:sp]) {
		role = role[sp+1:] // "Their mission chief" is a "mission chief"
	}
	if r.group != before && r.group.ok && !r.clauseInitial(a.unit, a.source.span.w0) {
		// Only a source that opens its clause ("The report said", ", the
		// groups say") is the clear antecedent of a later "it" or "they".
		r.group.ok = false
	}
	return name, role
}

func (r *resolver) resolveSource(a *attribution) (string, string) {
	if !a.hasSrc {
		return "", ""
	}
	x := r.x
	np := a.source.np
	if !a.source.appos.ok() && a.source.span.w0 == np.w0 && a.source.span.w1 > np.w1 {
		// "Aides to Clinton", "The report from The Times": the whole phrase,
		// or the organisation a description speaks for.
		if r.description(np) {
			name := r.speaksFor(np.w1, a.source.span.w1)
			r.plain(np)
			r.group.name = name
			return name, ""
		}
		return r.plain(a.source.span), ""
	}
	head := np.w1 - 1
	pos := x.words[np.w0].Start
	role := ""
	if a.source.appos.ok() {
		role = r.appositiveRole(a.source.appos)
	}
	if np.w1-np.w0 == 1 && x.in(lexicon.SubjectPronouns, head) {
		var g byte
		switch strings.ToLower(x.wordText(head)) {
		case "he":
			g = 'm'
		case "she":
			g = 'f'
		case "who":
			g = 1 // any person
		case "it", "they":
			// "The ministry said ... It added": the latest source, when it
			// is an organisation of the right number and no person has
			// spoken since.
			plural := strings.EqualFold(x.wordText(head), "they")
			if gr := r.group; gr.ok && gr.plural == plural && (plural || gr.thing) && pos > gr.end &&
				pos-gr.end <= groupReach && r.clauseInitial(a.unit, head) {
				return gr.name, ""
			}
			return "", ""
		default:
			return "", ""
		}
		e := r.antecedent(pos, g)
		if e < 0 {
			return "", ""
		}
		if r.ents[e].gender == 0 && g > 1 {
			r.ents[e].gender = g
		}
		r.note(pos, e)
		return r.ents[e].name, r.ents[e].role
	}
	// The last capitalised run of the mention is its name.
	k := np.w1
	for k > np.w0 && !(x.words[k-1].kind == wordText && x.words[k-1].upper) {
		k--
	}
	if k == np.w0 {
		// A common noun phrase: "the campaign", "a new poll".
		return r.plain(np), role
	}
	s := k
	for s > np.w0 && (x.words[s-1].kind == wordText && x.words[s-1].upper || x.isPunct(s-1, '.') ||
		s-2 >= np.w0 && x.words[s-2].upper && (x.in(lexicon.OrgJoiners, s-1) || x.possessive(s-2))) {
		s-- // "Centre for Public Opinion", "European Farmers' Alliance"
	}
	for t := s; t < k; t++ {
		if x.in(lexicon.OrgJoiners, t) || x.isPunct(t, '\'') || x.words[t].kind == wordPunct && x.wordText(t) == "’" {
			return r.plain(np), role // an organisation's name, not a person's
		}
	}
	if k < np.w1 && x.words[np.w1-1].kind == wordText {
		// "the Trump campaign": the head is a common noun.
		return r.plain(np), role
	}
	e, _, _ := r.lookup(s, k)
	if e < 0 {
		n := r.splitTitle(s, k)
		if n < k && r.personName(n, k) && k-n >= 2 {
			r.addName(s, k, false)
			e, _, _ = r.lookup(s, k)
		}
	}
	if e < 0 {
		return r.plain(np), role
	}
	if role != "" && !strings.Contains(r.ents[e].role, " ") {
		// An appositive says more than a one-word title ("Mayor").
		r.ents[e].role = role
	}
	r.note(pos, e)
	return r.ents[e].name, r.ents[e].role
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
	if ap.w1-w0 == 1 && lexicon.IsNumber(x.wordText(w0)) {
		return "" // "Tom Reed, 58," gives an age, not a role
	}
	return strings.TrimSpace(x.text[x.words[w0].Start:x.words[ap.w1-1].End])
}

// note records that entity e is a speaker at byte pos. Attributions are
// resolved in document order, so speakers are appended in order.
func (r *resolver) note(pos, e int) {
	r.group.ok = false
	r.speakers = append(r.speakers, mention{pos: pos, ent: e, subject: true})
}

// antecedent returns the nearest subject or speaker before pos whose
// gender is compatible with g ('m', 'f', or 1 for any), or -1.
func (r *resolver) antecedent(pos int, g byte) int {
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].pos >= pos })
	j := sort.Search(len(r.speakers), func(i int) bool { return r.speakers[i].pos >= pos })
	fallback := -1
	// Walk both lists backwards, nearest first.
	for n := 0; n < 60 && (i > 0 || j > 0); n++ {
		var m mention
		if j > 0 && (i == 0 || r.speakers[j-1].pos >= r.mentions[i-1].pos) {
			j--
			m = r.speakers[j]
		} else {
			i--
			m = r.mentions[i]
		}
		eg := r.ents[m.ent].gender
		if g > 1 && eg != 0 && eg != g {
			continue
		}
		if m.subject || g == 1 {
			return m.ent
		}
		if fallback < 0 {
			fallback = m.ent
		}
	}
	return fallback
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
		return ""
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
