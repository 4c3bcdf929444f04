package quote

// Names: how a mention becomes an actor's name and role. A capitalised run
// is split into its titles and the name ("Chinese Foreign Minister Wang
// Yi"), possessives and lower-case modifiers are trimmed, appositives give
// roles, and descriptions ("the ministry") get no name at all.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
		if x.words[t].kind != wordText || x.words[t].upper && !x.is(lexicon.CTitleWords, t) {
			return false
		}
	}
	return true
}

// nameSuffixes follow a full name and say which of a family's
// generations it is: "Joseph R. Biden Jr.", "John Smith III".
var nameSuffixes = lexicon.SetOf("jr", "sr", "ii", "iii", "iv")

// suffixAt returns the generation that follows a name ending before word
// end ("Jr." of "Donald Trump Jr."), or "": the capitalised run leaves it
// out, so that the surname is the word before it ("Mr. Biden"), and the
// canonical name keeps it, so that the son is not the father.
func (x *extractor) suffixAt(end int) string {
	if end > 0 && end < len(x.words) && x.words[end].kind == wordText && x.words[end].upper && isNameSuffix(x.wordText(end)) &&
		x.text[x.words[end-1].End:x.words[end].Start] == " " { // in the name's sentence: not "Tom Hale\n\nIV drug use"
		w := strings.TrimSuffix(x.wordText(end), ".")
		if lexicon.EqualFold(w, "jr") || lexicon.EqualFold(w, "sr") {
			return w + "." // an abbreviation, with its period or without
		}
		return w
	}
	return ""
}

// isNameSuffix reports whether w is a generation's suffix, with or
// without a period.
func isNameSuffix(w string) bool {
	return len(w) >= 2 && len(w) <= 4 && (w[0]|0x20 == 'j' || w[0]|0x20 == 's' || w[0]|0x20 == 'i') &&
		lexicon.InFold(nameSuffixes, strings.TrimSuffix(w, "."))
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
		if j >= k+2 && w.kind == wordText && isNameSuffix(x.wordText(j)) {
			break // "Joseph R. Biden Jr.": the generation follows the name (suffixAt)
		}
		if w.kind == wordText && w.upper {
			j++
			continue
		}
		if x.isPunct(j, '.') && j > k && abbreviatedWord(x.wordText(j-1)) && j+1 < hi && (x.words[j+1].upper && x.words[j+1].kind == wordText || x.nicknameAt(j+1, hi)) {
			j++
			continue
		}
		if j > k && x.isPunct(j, '&') && j+1 < hi && x.words[j+1].kind == wordText && x.words[j+1].upper {
			j++ // "Marks & Spencer", "Procter & Gamble": a firm's name
			continue
		}
		if j > k && w.kind == wordText && x.is(lexicon.CNameParticles, j) {
			// "Bill de Blasio", "Ursula von der Leyen", "Pieter van der
			// Linde", "Iwan ap Gruffydd": one or two particles, then the
			// surname
			p := j + 1
			if p < hi && x.words[p].kind == wordText && x.is(lexicon.CNameParticles, p) && (lexicon.GivenNameGender(x.wordText(j-1)) != 0 || j-1 == k && !isAllCaps(x.wordText(k)) && !x.is(lexicon.COrgWords, k)) {
				p++ // two particles only after a given name: "Pieter van der Linde", "Wikus van den Heever"
			}
			if p < hi && x.words[p].kind == wordText && x.words[p].upper && !(x.plural(p) && (x.common(p) || x.partyPlural(p))) && !lexicon.IsDemonym(x.wordText(p)) {
				j = p
				continue
			}
		}
		if sp := x.nicknameSpan(j, hi); j > k && sp > 0 {
			j += sp // `Robert C. "Bobby" Scott`, "Donal 'Bucket' Moriarty"
			continue
		}
		if j == k+2 && x.wordIs(j, "of") && x.is(lexicon.CPeerTitles, k) && x.words[k+1].kind == wordText && !lexicon.IsRoleNoun(x.wordText(k+1)) &&
			!x.is(lexicon.CTitleWords, k+1) && j+1 < hi && x.words[j+1].kind == wordText && x.words[j+1].upper && !x.is(lexicon.COrgWords, j+1) &&
			(j+2 >= hi || !x.words[j+2].upper || x.words[j+2].kind != wordText) {
			// "Lord Renwick of Minto", "Baroness Hale of Richmond": a
			// peer's territorial designation, one place's word, is in the
			// name (not "Lord Coe of World Athletics")
			return j + 2
		}
		break
	}
	if j-k >= 2 && j < hi && x.words[j].kind != wordText && x.sentenceInitial(k) && x.headlineVerb(j-1) {
		return j - 1 // "Obama Sees 'Personal Insult' ...", "Ann Lee Says: ...": a headline's verb
	}
	return j
}

// abbreviatedWord reports whether w, before a full stop, is an initial or
// an abbreviation ("John F. Kennedy", "Gov. Chris Christie", "St.
// Louis"), so that the stop is no sentence's end inside a name: "people
// of Iowa. We're country folk" is two sentences.
func abbreviatedWord(w string) bool {
	if utf8.RuneCountInString(w) == 1 || initials(w) {
		return true
	}
	return len(w) <= 5 && lexicon.Abbreviations[lexicon.Lower(w)]
}

// nicknameAt reports whether a nickname inside a name opens at word j
// (see nicknameSpan).
func (x *extractor) nicknameAt(j, hi int) bool { return x.nicknameSpan(j, hi) > 0 }

// nicknameSpan returns how many words, its quotation marks included, the
// nickname inside a name at word j takes: a quotation mark, one or two
// capitalised words and a quotation mark, with a capitalised word after
// (`Robert C. "Bobby" Scott`, `Tommy "The Hammer" Reid`; see nickname),
// which the name runs past; 0 when there is none.
func (x *extractor) nicknameSpan(j, hi int) int {
	if j+3 >= hi || x.words[j].kind != wordPunct || x.words[j].quote >= 0 || !isQuoteMark(x.wordText(j)) {
		return 0
	}
	c := j + 2 // the closing mark
	if x.words[c].kind == wordText && c+2 < hi && x.words[c].upper && x.words[c].Start == x.words[c-1].End+1 {
		c++ // two words
	}
	if x.words[c].kind != wordPunct || !isQuoteMark(x.wordText(c)) || c+1 >= hi {
		return 0
	}
	for t := j + 1; t < c; t++ {
		if x.words[t].kind != wordText || !x.words[t].upper {
			return 0
		}
	}
	if x.words[c+1].kind != wordText || !x.words[c+1].upper || x.words[j+1].Start != x.words[j].End || x.words[c].Start != x.words[c-1].End {
		return 0
	}
	return c - j + 1
}

// nicknameClosedAt returns the span of the nickname inside a name whose
// closing quotation mark is word c (see nicknameSpan), or 0.
func (x *extractor) nicknameClosedAt(c, hi int) int {
	for sp := 3; sp <= 4; sp++ {
		if j := c - sp + 1; j >= 0 && x.nicknameSpan(j, hi) == sp {
			return sp
		}
	}
	return 0
}

// isQuoteMark reports whether s is a quotation mark or an apostrophe.
func isQuoteMark(s string) bool {
	switch s {
	case "\"", "'", "“", "”", "‘", "’":
		return true
	}
	return false
}

// runName returns the text of the name words [n, end) without a nickname
// inside them ("Donal Moriarty" of "Donal 'Bucket' Moriarty").
func (x *extractor) runName(n, end int) string {
	for t := n + 1; t+3 < end+1; t++ {
		if sp := x.nicknameSpan(t, end); sp > 0 {
			return x.text[x.words[n].Start:x.words[t-1].End] + " " + x.text[x.words[t+sp].Start:x.words[end-1].End]
		}
	}
	return x.text[x.words[n].Start:x.words[end-1].End]
}

// headlineVerb reports whether word i is the third person form of a cue
// or perception verb ("Says", "Tells", "Sees"), which ends no name.
func (x *extractor) headlineVerb(i int) bool {
	w := x.wordText(i)
	if lexicon.InFold(perceptionCues, w) {
		return strings.HasSuffix(w, "s")
	}
	e, ok := lexicon.LookupCue(w)
	return ok && e.Third
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
// name, not a headline ("Old Hands Help Russia Navigate U.S. Media"); or,
// at the start of a sentence, one such word ("Afterwards Ferrante").
func (r *resolver) dropCommon(n, end int) int {
	x := r.x
	if end-n < 2 || x.words[n].kind != wordText || !x.common(n) ||
		x.is(lexicon.CFemaleNames, n) || x.is(lexicon.CMaleNames, n) {
		return n
	}
	if p := n - 1; p >= 0 && x.words[p].kind == wordText && x.is(lexicon.CHonorificWords, p) || p >= 1 && x.isPunct(p, '.') && x.is(lexicon.CHonorificWords, p-1) {
		return n // after an honorific a name begins: "Mdm Tan Siew Lian", "Mr. Long"
	}
	if end-n == 3 && lexicon.GivenNameGender(x.wordText(n)) != 0 && !x.is(lexicon.COrgWords|lexicon.CTitleWords, n) && !lexicon.IsRoleNoun(x.wordText(n)) &&
		(n == 0 || x.words[n-1].kind != wordText || !x.words[n-1].upper) && x.words[n+1].kind == wordText && x.words[n+2].kind == wordText &&
		!x.common(n+1) && !x.common(n+2) && !x.is(lexicon.CFemaleNames|lexicon.CMaleNames, n+1) {
		return n // "Tan Wei Ming": a family name first, then a given name of two words no English list has
	}
	if end-n == 2 {
		// "Afterwards Ferrante said": at the start of a sentence, a common
		// word before one capitalised word that is no common word; a title
		// stays ("Baroness Whitlow").
		// Inside a sentence, a tabloid's epithet before the first name of
		// a person named in full before ("Stan Pickering, 81, ...", then
		// "Undeterred, Scooter Stan has vowed"): the first name alone;
		// "Ash Carter" is a name of its own.
		epithet := false
		if given := trimPossessive(x.wordText(n + 1)); n > 0 && x.words[n-1].quote < 0 && x.words[n+1].kind == wordText && lexicon.GivenNameGender(given) != 0 && !lexicon.CommonWord(given) {
			e, ok := r.byFirst[strings.ToLower(given)]
			epithet = ok && strings.HasPrefix(r.ents[e].name, given+" ")
		}
		if !x.sentenceInitial(n) && !epithet || x.is(lexicon.CTitleWords, n) || x.is(lexicon.CHonorificWords, n) ||
			x.is(lexicon.CPeerTitles, n) || lexicon.IsRoleNoun(x.wordText(n)) || x.words[n+1].kind != wordText || lexicon.CommonWord(trimPossessive(x.wordText(n+1))) ||
			r.loneName(n) {
			return n
		}
		return n + 1
	}
	if n > 0 && x.words[n-1].quote < 0 && (x.isPunct(n-1, ',') || x.words[n-1].kind == wordText && !x.words[n-1].upper && x.isCueWord(n-1)) &&
		(lexicon.GivenNameGender(x.wordText(n)) != 0 || lexicon.GivenNameGender(x.wordText(n+1)) == 0) {
		// Inside a sentence, after a comma or a cue, a capital marks a
		// name ("A spokeswoman for Lantern Pay, Tan Mei Ling, said"),
		// unless a first name follows a word that is none: a title
		// ("said Pastor Joseph Brown").
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

// loneName reports whether the common word n, opening a sentence, is
// used as a name on its own elsewhere in the document: capitalised inside
// a sentence, after a lower-case word, a comma, a quotation closed by a
// comma or an honorific ("Mr. Ban's record"), and before no other
// capitalised word ("Ban Ki-moon sat ..." then
// "without Ban's persistence", "..., " Ban recalled"; "Moon Jae-in" then
// "Moon said"). A word capitalised only by its place ("Afterwards") never
// is. The names walk has not split the rest of the document into words
// yet, so the text is searched.
func (r *resolver) loneName(n int) bool {
	x := r.x
	w := trimPossessive(x.wordText(n))
	if v, ok := r.lone[w]; ok {
		return v
	}
	if r.lone == nil {
		r.lone = map[string]bool{}
	}
	if r.lonely >= maxLoneScans {
		return false // enough scans of this text: a text of nothing but such names costs no quadratic time
	}
	r.lonely++
	found := false
	text, skip := x.text, x.words[n].Start
	for i := 0; !found; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			break
		}
		p, e := i+j, i+j+len(w)
		i = e
		if p == skip || p > 0 && isWordByte(text[p-1]) || e < len(text) && isWordByte(text[e]) && !strings.HasPrefix(text[e:], "'s") && !strings.HasPrefix(text[e:], "’s") {
			continue
		}
		if strings.HasPrefix(text[e:], "'s") || strings.HasPrefix(text[e:], "’s") {
			e += strings.IndexByte(text[e:], 's') + 1
		}
		next := strings.TrimLeft(text[e:], " ")
		if c, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(c) {
			continue // part of a longer run: "Ban Ki-moon", "Travel Ban Order"
		}
		before := strings.TrimRight(text[:p], " ")
		switch {
		case strings.HasSuffix(before, ","), strings.HasSuffix(before, ",\""), strings.HasSuffix(before, ",”"):
			found = true
		case honorificBefore(before):
			found = true // "under Mr. Ban's watch"
		case len(before) > 0 && isWordByte(before[len(before)-1]):
			k := len(before)
			for k > 0 && isWordByte(before[k-1]) {
				k--
			}
			c, _ := utf8.DecodeRuneInString(before[k:])
			found = unicode.IsLower(c)
		}
	}
	r.lone[w] = found
	return found
}

// maxLoneScans bounds the text scans loneName makes in one document.
const maxLoneScans = 64

// honorificBefore reports whether text ends with an honorific: "Mr.",
// "Ms", "Dr.".
func honorificBefore(text string) bool {
	i := strings.LastIndexByte(text, ' ') + 1
	w := strings.TrimSuffix(text[i:], ".")
	var buf [32]byte
	return w != "" && lexicon.Honorifics[string(lowerKey(&buf, w))] != 0 || lexicon.EqualFold(w, "dr")
}

// isCueWord reports whether word i is a cue verb ("said", "told").
func (x *extractor) isCueWord(i int) bool {
	if i < 0 || i >= len(x.words) {
		return false // past the text: a name may end it
	}
	_, ok := lexicon.LookupCue(x.wordText(i))
	return ok
}

// titleEnd returns the end of the title words of the capitalised run
// [k, end): the first word of the name, before dropCommon. Words between k
// and titleEnd are the role a title gives ("Chinese Foreign Minister").
func (r *resolver) titleEnd(k, end int) int {
	n := r.titleWordsEnd(k, end)
	for t := end - 2; t >= n; t-- {
		if r.x.words[t].kind == wordText && lexicon.OriginCompound(r.x.wordText(t)) {
			return t + 1 // "South Korean-born Monte Haines": the name follows where the person is from
		}
	}
	return n
}

// titleWordsEnd is titleEnd but for where the person is from.
func (r *resolver) titleWordsEnd(k, end int) int {
	x := r.x
	n := k
	for t := k; t < end-1; t++ {
		// (a title's word ending the run is a surname: "Senator Peter
		// King", "Judge Ann Bishop")
		if x.is(lexicon.CTitleWords, t) || x.is(lexicon.CHonorificWords, t) {
			n = t + 1
			if n < end && x.isPunct(n, '.') {
				n++ // "Sen."
			}
		}
	}
	for n < end && (x.is(lexicon.CNonNameCaps, n) && !r.monthGivenName(n, end) && !(n > k && lexicon.InFold(monthSurnames, x.wordText(n)) && x.titleSurname(n, k, end)) || x.words[n].kind != wordText) {
		n++
	}
	if n > k && n < end && x.is(lexicon.CPeerTitles, n-1) {
		n-- // a peer's title is part of the name: "Lord Penhallow"
	}
	if end-n >= 3 && x.words[n].kind == wordText && r.roleBeforeName(n, n == k) {
		// "American Joe Smith", "(House) Democrat Hillary Clinton",
		// "Vermonter Bernie Sanders": a nationality, a party or a place's
		// resident before a first name is a role; but not "Tan Mei Ling"
		// nor "Duncan Ian Smith": a first name of the long lists is none.
		n++
	}
	// "Halvard's Ida Morvik", "Pellham Review's Dario Munte": the name
	// follows its owner's possessive.
	for t := end - 2; t >= n; t-- {
		if x.possessive(t) {
			n = t + 1
			for n < end && x.words[n].kind != wordText {
				n++ // the apostrophe of "Farmers'"
			}
			break
		}
	}
	// "Cabbie Steve Naylor", "Striker Tomas Reyes": a role noun opening a
	// run of three words or more is a title, and so is the word that
	// completes a title before "of" or "for" ("Chancellor of the
	// Exchequer Edmund Sayer").
	for n < end-2 && x.words[n].kind == wordText && lexicon.IsRoleNoun(x.wordText(n)) && !x.is(lexicon.CFemaleNames, n) && !x.is(lexicon.CMaleNames, n) &&
		!(x.is(lexicon.CPeerTitles, n) && x.wordIs(n+2, "of")) { // "Lord Renwick of Minto": the peer's title is the name's
		n++
	}
	if n == k && end-n == 2 && (strings.Contains(x.wordText(n), "-of-") || strings.Contains(x.wordText(n), "-Of-") || strings.Contains(x.wordText(n), "-OF-")) &&
		lexicon.IsRoleNoun(x.wordText(n)) {
		n++ // "Mum-of-two Gwen, 54, fumed": a tabloid's description before a first name
	}
	if n == k && k >= 2 && end-k >= 3 && (x.wordIs(k-1, "of") || x.wordIs(k-1, "for")) && (x.is(lexicon.CTitleWords, k-2) || lexicon.IsRoleNoun(x.wordText(k-2))) && x.words[k-2].upper {
		// "Leader of Opposition Vinayak Rao Deshmukh": the run after the
		// title's "of" opens with the title's complement, common words,
		// then the name
		t := k
		for t < end-2 && x.words[t].kind == wordText && (x.common(t) || x.is(lexicon.CPlaces, t)) && lexicon.GivenNameGender(x.wordText(t)) == 0 {
			t++
		}
		if t > k {
			n = t
		}
	}
	if n == k && end-k >= 3 && r.titleComplement(k) {
		n = end - 2
		// "Leader of Opposition Vinayak Rao Deshmukh", "Senior Minister of
		// State for Digital Services Rahayu Mohamed Salleh": the name
		// begins at the first word after the joiner that is no common
		// word, place or joiner, or is a first name of the lists, when
		// two or more words are left for it
		for t := k + 1; t < end-1; t++ {
			if !x.wordIs(t-1, "of") && !x.wordIs(t-1, "for") && t == k+1 {
				continue
			}
			if x.words[t].kind != wordText || x.is(lexicon.COrgJoiners, t) || x.is(lexicon.CArticles, t) {
				continue
			}
			if t > k+1 && (lexicon.GivenNameGender(x.wordText(t)) != 0 || !x.common(t) && !x.is(lexicon.CPlaces, t) && !lexicon.IsDemonym(x.wordText(t))) {
				if x.wordIs(t-1, "of") || x.wordIs(t-1, "for") || x.wordIs(t-1, "the") {
					continue // the complement's own first word: "of the Exchequer", "for Europe"
				}
				n = t
				break
			}
		}
	}
	if g := x.officeHolder(k, end); g > n {
		return g
	}
	if n == k {
		if h := x.holderAfterBody(k, end); h > 0 {
			return h
		}
	}
	return n
}

// holderAfterBody returns where a person's name begins in the
// capitalised run [k, end) after a title's preposition, when the run names
// the body the title is held at and then its holder: "Professor of
// economics at Leeds University Mark Yates", "Chief economist at Harbour
// Bank Sophie Tran". The name follows the body's head word and opens with
// a first name of the lists or a word that is no common word; -1 when
// there is none.
func (x *extractor) holderAfterBody(k, end int) int {
	p := k - 1
	if p > 0 && x.wordIs(p, "the") {
		p-- // "at the Lahore Institute of Policy Studies Zainab Haider"
	}
	if k == 0 || end-k < 3 || !x.in(bodyPreps, p) || x.is(lexicon.COrgWords, end-1) {
		return -1
	}
	for t := end - 3; t > k; t-- {
		if (x.is(lexicon.COrgWords, t) || x.in(bodyHeads, t)) && x.words[t].upper && x.words[t+1].kind == wordText && x.words[t+1].upper &&
			(lexicon.GivenNameGender(x.wordText(t+1)) != 0 || !x.common(t+1)) && !x.is(lexicon.COrgWords, t+1) &&
			!x.is(lexicon.CPlaces, t+1) && !lexicon.InFold(lexicon.Places, x.text[x.words[t+1].Start:x.words[end-1].End]) &&
			(lexicon.GivenNameGender(x.wordText(t+1)) != 0 || !x.in(placeOpeners, t+1)) {
			return t + 1 // (not "HSBC Bank Hong Kong", "California State University Los Angeles": a place)
		}
	}
	return -1
}

// placeOpeners open the names of places of two or three words ("Hong
// Kong", "Los Angeles", "Sri Lanka", "Kuala Lumpur", "Abu Dhabi"), which
// follow a body's name ("HSBC Bank Hong Kong") as no person does.
var placeOpeners = lexicon.SetOf("hong", "los", "las", "san", "santa", "sao", "são", "new", "kuala", "sri", "abu", "south", "north",
	"east", "west", "saint", "st", "el", "port", "cape", "buenos", "rio", "tel", "ho", "phnom", "addis", "dar", "puerto", "costa")

// bodyHeads end the names of bodies a title is held at, beside
// lexicon.OrgWords: "Andes Capital", "Lahore Institute of Policy Studies",
// "Wellington City Gallery", "Pacific Asset Management".
var bodyHeads = lexicon.SetOf("capital", "studies", "gallery", "management", "partners", "museum", "hospital", "school",
	"college", "academy", "laboratory", "laboratories", "clinic", "observatory", "securities", "holdings", "ventures",
	"consulting", "consultancy", "associates", "investments", "markets", "analytics", "economics", "research", "advisers",
	"advisors", "bank", "exchange", "library", "theatre", "theater", "orchestra", "institute", "university", "council")

// bodyPreps join a title to the body it is held at: "professor of
// economics at Leeds University", "chief economist with Harbour Bank".
var bodyPreps = lexicon.SetOf("at", "with", "of", "for")

// officeHolder returns where the person's name begins in a long
// capitalised run [n, end) that names an office and then its holder,
// "Palm Beach County Supervisor of Elections Susan Bucher": a role's
// word in the run, then a first name of the lists and a surname or two;
// or -1.
func (x *extractor) officeHolder(n, end int) int {
	if end-n < 4 {
		return -1
	}
	for g := end - 2; g >= n+2 && g >= end-3; g-- {
		if x.words[g].kind != wordText || lexicon.GivenNameGender(x.wordText(g)) == 0 || x.common(g) || x.possessive(g) {
			continue
		}
		if p := g - 1; x.words[p].kind != wordText || len(x.wordText(p)) < 2 || lexicon.GivenNameGender(x.wordText(p)) != 0 || x.nicknameAt(p, end) ||
			!(x.common(p) || lexicon.IsRoleNoun(x.wordText(p)) || x.is(lexicon.CTitleWords, p) || x.partyOrNationality(p)) {
			continue // "Senator Shelley Moore Capito", "W. Neil Eggleston": the name began before ("Elections", "Advocate", "Democrat" end an office)
		}
		for t := n; t < g; t++ {
			if x.words[t].upper && x.is(lexicon.CNpStops, t) {
				return -1 // "... Bad News After Separation From Huma Abedin": a headline's capitals
			}
		}
		for t := max(n, g-4); t < g; t++ {
			if x.words[t].kind == wordText && (lexicon.IsRoleNoun(x.wordText(t)) || x.is(lexicon.CTitleWords, t)) {
				return g
			}
		}
	}
	return -1
}

// roleBeforeName reports whether word n, before at least two more words
// of a capitalised run, states a role: a party ("Democrat") or a place's
// resident ("Vermonter") before a first name, or, opening the run, a
// nationality ("American"); never a first name of the long lists.
func (r *resolver) roleBeforeName(n int, opens bool) bool {
	x := r.x
	w := x.wordText(n)
	if lexicon.GivenNameGender(w) != 0 || lexicon.InFold(compassWords, w) {
		return false // (nor "Eastern Highlands Cassowaries": a compass word opens a place's or a body's name)
	}
	if opens && (lexicon.IsDemonym(w) || lexicon.InFold(lexicon.PartyMembers, w)) && !(lexicon.CommonWord(w) && !lexicon.Nationalities[lexicon.Lower(w)] && !lexicon.InFold(lexicon.PartyMembers, w)) {
		return true // "American Joe Smith", "Republican Tom Hale"; the common word "Meridian" of "Meridian Star Lines" is no demonym
	}
	return (lexicon.InFold(lexicon.PartyMembers, w) || len(w) > 4 && strings.HasSuffix(w, "er") && !x.is(lexicon.CSentenceAdverbs, n) && !lexicon.InFold(erAdverbs, w)) &&
		lexicon.GivenNameGender(x.wordText(n+1)) != 0 // "Republican National Convention" is a name; "Later Ian Dowd" no resident
}

// compassWords open the names of regions, and of the bodies named after
// them, not a person's description.
var compassWords = lexicon.SetOf("eastern", "western", "northern", "southern", "central", "north", "south", "east", "west")

// erAdverbs end in -er but name no one's residence or trade: "Together
// Ann Lee said".
var erAdverbs = lexicon.SetOf("together", "rather", "further", "never", "either", "neither", "whether", "other",
	"however", "whenever", "wherever", "over", "under", "after", "sooner", "better", "greater") // ("later", "earlier": CSentenceAdverbs)

// titleComplement reports whether the run at word k completes a title
// before it: "Chancellor of the Exchequer", "Minister for Europe".
func (r *resolver) titleComplement(k int) bool {
	x := r.x
	j := k - 1
	if j > 0 && lexicon.EqualFold(x.wordText(j), "the") {
		j--
	}
	if j < 1 || !x.is(lexicon.CSpeaksForPreps, j) || lexicon.EqualFold(x.wordText(j), "from") {
		return false
	}
	return x.words[j-1].upper && (x.is(lexicon.CTitleWords, j-1) || lexicon.IsRoleNoun(x.wordText(j-1)))
}

// placePrefix reports whether word i is "New" opening a place name inside
// [i, end): "New Jersey Gov.", "New York Mayor". Elsewhere a capitalised
// "New" is no name ("New polls show").
func (x *extractor) placePrefix(i, end int) bool {
	return i+1 < end && lexicon.EqualFold(x.wordText(i), "new") && x.words[i+1].kind == wordText && x.words[i+1].upper
}

// monthGivenName reports whether word t, a month that is a given name too
// (April, May, June, August), is the first name of the capitalised run
// ending at end: a surname follows ("June Harrow", "April Ryan"), not a
// number, and no preposition of time comes before it ("in June Harrow
// Council ...").
func (r *resolver) monthGivenName(t, end int) bool {
	x := r.x
	jan := lexicon.EqualFold(x.wordText(t), "jan") // given to both sexes, so on neither list
	if t+1 >= end || x.words[t+1].kind != wordText || !x.words[t+1].upper || x.is(lexicon.CNonNameCaps, t+1) ||
		lexicon.IsNumber(x.wordText(t+1)) || lexicon.GivenNameGender(x.wordText(t)) == 0 && !jan {
		return false
	}
	if t > 0 && (x.is(lexicon.CPrepositions, t-1) || x.is(lexicon.CNonNameCaps, t-1) || lexicon.IsNumber(x.wordText(t-1))) {
		return false // "in June", "last May", "5 June"
	}
	switch lexicon.Lower(x.wordText(t)) {
	case "april", "may", "june", "august", "jan": // "Jan Brewer"; "Jan." is the month, and no name
		return true
	}
	return false
}

// personName reports whether words [k, end) look like a person's name.
func (r *resolver) personName(k, end int) bool {
	x := r.x
	for t := k + 1; t+3 < end; t++ {
		if sp := x.nicknameSpan(t, end); sp > 0 {
			// `Robert C. "Bobby" Scott`: the name around the nickname
			return end-k-sp <= 5 && r.personName(k, t) && r.personName(t+sp, end)
		}
	}
	if end-k < 1 || end-k > 4 {
		return false
	}
	if last := x.wordText(end - 1); x.plural(end-1) && (lexicon.InFold(properGroups, last) || lexicon.IsNationalityNoun(singular(last))) {
		return false // "Young Latinos", "Young Americans": a people, not a person
	}
	if end-k >= 2 && x.plural(end-1) && lexicon.GivenNameGender(x.wordText(k)) == 0 &&
		(lexicon.IsRoleNoun(singular(trimPossessive(x.wordText(end-1)))) || lexicon.InFold(lexicon.PeopleNouns, singular(trimPossessive(x.wordText(end-1))))) {
		return false // "Jackfield Residents' Association": people of a place, no person's name
	}
	if end-k >= 2 && lexicon.InFold(placeHeads, trimPossessive(x.wordText(end-1))) {
		return false // "Little Brimstone Island", "Outer Battery Road": a place
	}
	if lexicon.InFold(lexicon.PartyMembers, trimPossessive(x.wordText(end-1))) {
		return false // "Ohio Democrat", "Kent County Republican headquarters": a party's member or office, no name
	}
	for t := k; t < end; t++ {
		w := x.wordText(t)
		if x.words[t].kind != wordText {
			if x.isPunct(t, '.') {
				continue
			}
			return false
		}
		if t == k+2 && t < end-1 && x.wordIs(t, "of") && x.is(lexicon.CPeerTitles, k) {
			continue // "Lord Renwick of Minto": a peer's territorial designation
		}
		if x.is(lexicon.CNonNameCaps, t) && !r.monthGivenName(t, end) && !(lexicon.InFold(monthSurnames, x.wordText(t)) && x.titleSurname(t, k, end)) || x.is(lexicon.COrgWords, t) || x.is(lexicon.CTitleWords, t) && !x.titleSurname(t, k, end) && !(t == k && x.is(lexicon.CPeerTitles, t)) ||
			t < end-1 && x.is(lexicon.CPrepositions, t) && !x.is(lexicon.CNameParticles, t) && (t > k || lexicon.GivenNameGender(w) == 0) {
			// "Railing Against Trump", "About Trump" in a headline; "Mamie
			// Till" and "Will Sanders" are names
			return false
		}
		if utf8.RuneCountInString(w) > 1 && !hasLower(w) && !(initials(w) && t+1 < end-1 && !lexicon.Abbreviations[lexicon.Lower(w)]) {
			return false // CGTN, BRICS; but the Irish particle Ó is one letter, and "G.K." of G.K. Butterfield are initials
		}
		for _, c := range w {
			if c >= '0' && c <= '9' {
				return false
			}
		}
	}
	return true
}

// monthSurnames are the months that are surnames too ("Theresa May",
// "Brian May"); a weekday after a name is the day ("Pope Francis Sunday
// said").
var monthSurnames = lexicon.SetOf("may", "june", "april", "august")

// titleSurname reports whether the title's or month's word t ends the
// run [k, end) after a given name or an initial, as a surname: "Peter
// King", "Peter T. King", "Ann Bishop", "Theresa May"; not "Burger King".
func (x *extractor) titleSurname(t, k, end int) bool {
	if t != end-1 || t == k {
		return false
	}
	p := t - 1
	if x.isPunct(p, '.') && p > k {
		p-- // "Peter T. King"
	}
	if x.words[p].kind != wordText {
		return false
	}
	w := x.wordText(p)
	if utf8.RuneCountInString(w) == 1 || x.is(lexicon.CHonorificWords, p) || x.is(lexicon.CTitleWords, p) && x.words[p].upper {
		return true // "Mrs May", "Prime Minister May"
	}
	l := lexicon.Lower(w)
	return lexicon.GivenNameGender(l) != 0 || lexicon.FemaleNames[l] || lexicon.MaleNames[l]
}

// placeHeads end the names of places, which are no people: "Little
// Brimstone Island", "Perfume River", "Outer Battery Road".
// Words that are surnames as often ("Ward", "Bay", "Lake", "Street") are
// not among them.
var placeHeads = lexicon.SetOf("island", "islands", "isle", "river", "mountain", "mountains", "valley",
	"county", "road", "avenue", "harbour", "harbor", "peninsula", "creek", "reef", "canyon", "desert", "airport",
	"province")

// hasLower reports whether w has a lower-case letter, as strings.ToUpper(w)
// != w would, without building the upper-case copy.
func hasLower(w string) bool {
	for _, c := range w {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
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
	r.group.plural = x.plural(head) && (!x.is(lexicon.COrgWords, head) || x.is(lexicon.CGroupHeads, head)) || x.is(lexicon.COrgPlurals, head) // "Democrats noted ... They noted"
	// A capitalised name with a word of an organisation before its last
	// word is one body, whatever that word: "The Harbour Power
	// Cooperative said ... It warned", "the Coopérative d'électricité des
	// Cantons", "the Department for Transport".
	body := false
	for k := np.w0; k < head && x.words[np.w1-1].upper; k++ {
		var buf [32]byte
		_, kind := lexicon.OrgNameKinds[string(lowerKey(&buf, x.wordText(k)))]
		body = body || x.words[k].upper && (kind || x.is(lexicon.COrgWords, k))
	}
	var buf [32]byte
	_, kind := lexicon.OrgNameKinds[string(lowerKey(&buf, x.wordText(head)))]
	if body && !x.is(lexicon.COrgPlurals, head) {
		r.group.plural = false
	}
	r.group.thing = !r.group.plural && (x.is(lexicon.COrgWords, head) || x.is(lexicon.CArtifactNouns, head) || kind || body)
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
	if w0 >= ap.w1 || x.is(lexicon.CRelativePronouns, w0) || x.quantRelative(npSpan{w0, ap.w1}) {
		return "" // "who chairs the association" describes, it is no role; nor "many of whom ..."
	}
	if x.partyTag(npSpan{w0, w0 + 1}) {
		return "" // "Sen. Corinne Maddox, D-Vt.,": a party and a state; the title is the role
	}
	if !r.nounPhraseStart(w0, ap.w1) {
		return "" // "however", "it turned out", "during an interview", "speaking with reporters"
	}
	if ap.w1-w0 == 1 && lexicon.IsNumber(x.wordText(w0)) {
		return "" // "Tom Reed, 58," gives an age, not a role
	}
	if x.wordIs(w0, "of") && r.hometown(w0+1, ap.w1) {
		return "" // "Johnnie Wilson, of Springfield, Va.,": where the person lives, no role
	}
	for w0 < ap.w1-1 && x.is(lexicon.CArticles, w0) {
		w0++ // a role is written without its article
	}
	if w0+1 < ap.w1 && lexicon.InFold(timeNouns, x.wordText(w0)) {
		return "" // "Tom Hale, a day after the vote, said": a time, not a role
	}
	w1 := ap.w1
	for t := w0 + 1; t < w1; t++ {
		if x.is(lexicon.CRelativePronouns, t) && !lexicon.EqualFold(x.wordText(t), "that") {
			if c := r.partyRelative(w0, t, min(ap.w1+1, len(x.words))); c > t && c <= ap.w1 {
				break // "a Republican who represents Tillamook": whom the member represents is the role
			}
			w1 = t // "a hydrologist who advised the city" is a hydrologist
		}
	}
	return strings.TrimSpace(x.text[x.words[w0].Start:x.words[w1-1].End])
}

// countyName reports whether name is a county's: "Co Durham", "County
// Kerry", "Lake County", "West Yorkshire".
func countyName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return countyWords(first, lastWord(name))
}

// countyWords reports whether a name that opens with first and ends with
// last is a county's ("Co", "County", "... County", "...shire").
func countyWords(first, last string) bool {
	return lexicon.EqualFold(strings.TrimSuffix(first, "."), "co") || lexicon.EqualFold(first, "county") || lexicon.EqualFold(last, "county") ||
		len(last) > 5 && lexicon.EqualFold(last[len(last)-5:], "shire")
}

// hometown reports whether words [s, e) are a place: a name the place
// lexicon knows, or a capitalised town and then a state or a country
// ("Springfield, Va.", "Dayton, Ohio").
func (r *resolver) hometown(s, e int) bool {
	x := r.x
	if s >= e || !x.words[s].upper {
		return false
	}
	t := s
	for t < e && x.words[t].kind == wordText && x.words[t].upper {
		t++
	}
	if t == e && lexicon.InFold(lexicon.Places, x.text[x.words[s].Start:x.words[e-1].End]) {
		return true
	}
	if t < e && x.isPunct(t, ',') && t+1 < e && x.words[t+1].upper {
		rest := strings.TrimSuffix(strings.TrimSpace(x.text[x.words[t+1].Start:x.words[e-1].End]), ".")
		last := lastWord(rest)
		// (and "Halifax, Nova Scotia", "Seaham, Co Durham", "Leeds, West
		// Yorkshire": a region of two words, a county)
		return lexicon.InFold(lexicon.Places, rest) || lexicon.InFold(lexicon.Places, rest+".") || isStateAbbrev(rest) ||
			e-t <= 4 && x.words[e-1].upper && (lexicon.InFold(lexicon.Places, last) || countyName(rest))
	}
	return false
}

// isStateAbbrev reports whether s is a U.S. state's abbreviation in AP
// style without its last period ("Va", "Calif", "N.H").
func isStateAbbrev(s string) bool {
	return len(s) <= 6 && lexicon.InFold(stateAbbrevs, s)
}

// stateAbbrevs are the AP style abbreviations of U.S. states, without
// the last period.
var stateAbbrevs = lexicon.SetOf("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
	"kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m",
	"n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c")

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
	if x.is(lexicon.CPrepositions, w0) && !lexicon.EqualFold(x.wordText(w0), "of") ||
		x.is(lexicon.CConnectives, w0) || x.is(lexicon.CSubjectPronouns, w0) {
		return false // "of" gives an affiliation: "Ann Ruiz, of the Riverside Trust"
	}
	w := lexicon.Lower(x.wordText(w0))
	if e, ok := lexicon.LookupCue(w); !x.words[w0].upper && (ok && (e.Past || e.Third || e.Participle) && !lexicon.IsRoleNoun(w) || lexicon.InFold(lexicon.IrregularPast, w)) {
		return false // ", told the Copperbelt Star that ...", ", citing data from ...": a verb, no role; "a Fed governor" stays
	}
	if len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || lexicon.IrregularParticiples[w] {
		// ("known to regulars as Kersh": a participle phrase)
		if w0+1 >= w1 || x.words[w0+1].kind != wordText {
			return false
		}
		next := w0 + 1
		if x.is(lexicon.CPrepositions, next) || x.is(lexicon.CDeterminers, next) ||
			x.is(lexicon.CPossDeterminers, next) || x.is(lexicon.CObjectPronouns, next) || x.endsLy(next) {
			return false // ("leading narrowly in Iowa polls")
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
	if x.is(lexicon.CNonNameCaps, k) && lexicon.IsWeekdayOrMonth(x.wordText(k)) {
		return false // "a study published Thursday by ..."
	}
	if !x.sentenceInitial(k) {
		return true
	}
	lw := strings.ToLower(trimPossessive(x.wordText(k)))
	if lexicon.SourceNouns[lw] || lexicon.OrgPlurals[lw] || lexicon.DescNouns[lw] || lexicon.PossDeterminers[lw] || lexicon.Quantifiers[lw] || lexicon.Articles[lw] {
		return false
	}
	if strings.Contains(lw, "-") && lexicon.IsRoleNoun(lw) && !r.knownProper(x.wordText(k)) && !r.loneName(k) {
		return false // "Ex-chairman calls for ...", "Co-founder says": a role, capitalised by its place
	}
	if x.plural(k) && !lexicon.InFold(properGroups, lw) && !lexicon.IsNationalityNoun(singular(lw)) && (lexicon.GroupHeads[lw] || personPlural(lw)) &&
		!r.knownProper(x.wordText(k)) && // "Waters said" of Maxine Waters
		!r.loneName(k) && // "Sanders said ... said Sanders": a surname, not sanders
		!(k+2 < len(x.words) && x.is(lexicon.COrgJoiners, k+1) && !x.words[k+1].upper && x.words[k+2].upper) { // "Commuters for Coastline" is a name
		return false // "Stallholders at the Tanjong Kiri centre": people, named by no proper word
	}
	// "Environmental groups": a capital followed by lower-case words, but
	// "Veldoria's transport ministry".
	return x.possessive(k) || !(k+1 < w1 && x.words[k+1].kind == wordText && !x.words[k+1].upper && !x.is(lexicon.COrgJoiners, k+1))
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
	case '>':
		return true // after an HTML tag: "<p>Avalon Hydro says"
	}
	return strings.HasSuffix(x.text[:i], "“") || strings.HasSuffix(x.text[:i], "—")
}

// description reports whether a mention names no one: it has no proper
// word, or it opens with a possessive pronoun.
func (r *resolver) description(np npSpan) bool {
	x := r.x
	if x.is(lexicon.CPossDeterminers, np.w0) {
		return true
	}
	if h := np.w1 - 1; h > np.w0 && x.words[h].kind == wordText && !x.words[h].upper && lexicon.IsRoleNoun(x.wordText(h)) && !x.possessive(h-1) {
		// "the former secretary of state and current Democratic
		// presidential nominee", "The former first lady and U.S.
		// senator": roles, however capitalised inside
		return true
	}
	if r.roleDescription(np) {
		return true // "a Conservative peer", "a Labour MP": one of a kind, named by its role
	}
	for k := np.w0; k < np.w1; k++ {
		if r.properWord(k, np.w1) {
			return false
		}
	}
	return true
}

// roleDescription reports whether np is an indefinite description of a
// person by a role or a party: "a Conservative peer", "a Labour MP", "an
// official", "a New Hampshire Republican".
func (r *resolver) roleDescription(np npSpan) bool {
	x := r.x
	h := np.w1 - 1
	return h > np.w0 && (x.wordIs(np.w0, "a") || x.wordIs(np.w0, "an")) && x.words[h].kind == wordText &&
		(lexicon.IsRoleNoun(x.wordText(h)) || x.is(lexicon.CTitleWords, h) || lexicon.InFold(lexicon.PartyMembers, x.wordText(h)))
}

// actorName returns the speaker name of a mention that is no known person,
// following the rules above.
func (r *resolver) actorName(np npSpan) string {
	x := r.x
	if r.description(np) {
		if g := r.groupName(np); g != "" {
			return g
		}
		if g := r.bodyDescription(np); g != "" {
			return g
		}
		// "three people familiar with the matter" after "according to":
		// the group head inside the phrase, with what follows it.
		for k := np.w0; k+2 < np.w1; k++ {
			if x.is(lexicon.CGroupHeads, k) {
				return r.groupWithPhrase(npSpan{np.w0, k + 1}, np.w1)
			}
		}
		return ""
	}
	w0, w1 := np.w0, np.w1
	for w0 < w1-1 && (x.is(lexicon.CArticles, w0) || x.is(lexicon.CQuantifiers, w0) ||
		x.words[w0].kind == wordText && (lexicon.IsNumber(x.wordText(w0)) || lexicon.IsNumeral(x.wordText(w0)) && x.wordIs(w0+1, "of")) ||
		w0 > np.w0 && x.wordIs(w0, "of") || w0+2 < w1 && x.in(quantityNouns, w0) && x.plural(w0) && x.wordIs(w0+1, "of")) {
		w0++ // "10 Democratic voters" of "eight in 10 Democratic voters", "many of Mr. Sanders's supporters", "Dozens of e-residents"
	}
	// A possessive: "Meridia's interior ministry", "Clinton's campaign".
	for k := w0; k < w1-1; k++ {
		if !x.possessive(k) || !x.words[k].upper {
			continue
		}
		if x.words[w1-1].upper {
			// "Sanders's hometown Burlington Free Press": lower-case words
			// between the possessive and a name make the name the body's
			t := w1 - 1
			for t > k+1 && x.words[t-1].kind == wordText && x.words[t-1].upper {
				t--
			}
			if t > k+1 && w1-t >= 2 && x.words[t-1].kind == wordText && !x.words[t-1].upper && x.words[k+1].kind == wordText && !x.words[k+1].upper {
				return x.text[x.words[t].Start:x.words[w1-1].End]
			}
			break // "Meridia's Interior Ministry" is a name
		}
		if k == w1-2 && x.in(madeDocuments, w1-1) && x.words[w0].upper && !x.words[w1-1].upper {
			// "Kaito Suzuki's statement said", "the ministry's letter
			// said": who made the document speaks
			o := w0
			for o < k && (x.is(lexicon.CHonorificWords, o) || x.isPunct(o, '.')) {
				o++ // "Mr Suzuki's letter": Suzuki
			}
			return trimPossessive(x.text[x.words[o].Start:x.words[k].End])
		}
		people := x.plural(w1-1) && (x.is(lexicon.CGroupHeads, w1-1) || personPlural(x.wordText(w1-1))) ||
			x.wordIs(w1-1, "family") // "Scott's family" is the Scott family
		if !x.is(lexicon.COrgWords, w1-1) && !people {
			return ""
		}
		for w0 < k && (x.is(lexicon.CHonorificWords, w0) || x.is(lexicon.CTitleWords, w0) && x.words[w0].upper) {
			w0++ // "Mrs. Clinton's advisers", "Senator Lund's backers" are Clinton advisers, Lund backers
			if w0 < k && x.isPunct(w0, '.') {
				w0++
			}
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
		if x.is(lexicon.CSpeaksForPreps, k) && k > w0 {
			if org := r.speaksFor(k, w1); org != "" {
				return org
			}
			// "Residents of Oak Hill": the people of a place
			return r.groupWithPhrase(npSpan{w0, k}, w1)
		}
	}
	if w1-w0 == 1 && x.words[w0].upper && x.sentenceInitial(w0) && x.common(w0) && !r.knownProper(x.wordText(w0)) && !r.loneName(w0) &&
		!lexicon.InFold(lexicon.CommonWordOutlets, x.wordText(w0)) && (!x.beforeCue(w0) || x.notName(w0)) {
		// One common word capitalised only by its place, and nowhere in
		// the document a name: "Hastily", "Chastened", "Revealed" were
		// speakers' names, and are no one. A plural is a group, named in
		// lower case when it is of people or bodies ("Economists say",
		// "Companies argue"), and as written otherwise ("Regulars say").
		if !x.plural(w0) {
			return ""
		}
		if !lexicon.InFold(properGroups, x.wordText(w0)) && (personPlural(x.wordText(w0)) || x.is(lexicon.CGroupHeads, w0) || x.is(lexicon.COrgPlurals, w0)) {
			return lexicon.Lower(x.wordText(w0))
		}
	}
	if h := w1 - 1; h > w0 && !x.words[h].upper && (x.in(documentNouns, h) || x.in(madeDocuments, h)) {
		// "A Heritage Foundation report said", "Federal Election
		// Commission filings show": the document of a named maker speaks
		// for the maker
		t := h
		for t > w0 && (x.words[t-1].kind == wordText && x.words[t-1].upper || t-2 >= w0 && x.is(lexicon.COrgJoiners, t-1) && x.words[t-2].upper) {
			t--
		}
		maker := x.text[x.words[w0].Start:x.words[h-1].End]
		if t == w0 && !x.isPunct(h-1, '.') && !lexicon.Places[lexicon.Lower(x.wordText(h-1))] && !lexicon.IsNumeral(maker) &&
			!(h-1 == w0 && (x.sentenceInitial(w0) && x.common(w0) || lexicon.IsDemonym(maker) || x.is(lexicon.CNonNameCaps, w0) || lexicon.InFold(lexicon.Nationalities, maker) ||
				lexicon.InFold(holidays, maker))) {
			return maker // not "New Hampshire polls", "One poll", "A French report", "A Christmas letter"
		}
	}
	// Lower-case words before a name: "opposition Agrarian Party".
	if x.words[w1-1].upper {
		for w0 < w1-1 && x.words[w0].kind == wordText && (!x.words[w0].upper ||
			x.sentenceInitial(w0) && x.common(w0) && x.words[w0+1].kind == wordText && (!x.words[w0+1].upper || x.in(lexicon.SentenceAdverbs, w0))) {
			w0++ // "Campaign group Taxpayers' Watch", "Even China"
		}
		if h := x.holderAfterBody(w0, w1); h > 0 {
			w0 = h // "professor of economics at Leeds University Mark Yates"
		}
	}
	return strings.TrimSpace(x.text[x.words[w0].Start:x.words[w1-1].End])
}

// holidays name days, not makers: "A Christmas letter said".
var holidays = lexicon.SetOf("christmas", "easter", "thanksgiving", "halloween", "ramadan", "diwali", "hanukkah",
	"passover", "eid", "advent", "lent", "hogmanay")

// madeDocuments are the documents besides documentNouns that a named
// maker issues and that speak for it: "a Heritage Foundation website",
// "the Associated Press article".
var madeDocuments = lexicon.SetOf("filing", "filings", "article", "website", "ad", "ads", "memo", "letter", "editorial",
	"lawsuit", "complaint", "release", "statement")

// groupName returns the group a plural description names ("analysts",
// "defence lawyers", "some critics" -> "critics", "booksellers": a group
// head or the plural of a role noun), or "" for any other description.
func (r *resolver) groupName(np npSpan) string {
	x := r.x
	np = x.beforeAgent(np)
	head := np.w1 - 1
	if head < np.w0 || !x.is(lexicon.CGroupHeads, head) && !(x.plural(head) && personPlural(x.wordText(head))) {
		return ""
	}
	return r.groupPhrase(np)
}

// beforeAgent returns np cut before a participle and its agent: "ten
// Karachi residents surveyed by the Civic Pulse group" is the residents,
// "voters polled by the group" the voters.
func (x *extractor) beforeAgent(np npSpan) npSpan {
	for k := np.w0 + 1; k+1 < np.w1; k++ {
		if x.words[k].kind == wordText && !x.words[k].upper && (isPastForm(x.wordText(k)) || x.in(lexicon.IrregularParticiples, k)) && x.wordIs(k+1, "by") {
			return npSpan{np.w0, k}
		}
	}
	return np
}

// beforeCue reports whether word k is followed by a cue in the past or
// "says", perhaps after an auxiliary: "Labour said", "Unite has warned",
// "Arsenal says"; not a noun a cue's form can take ("Health worries have
// dogged", "Initial estimates put") nor a headline's present ("Lawmaker
// urges retaliation").
func (x *extractor) beforeCue(k int) bool {
	j := k + 1
	if j < len(x.words) && x.is(lexicon.CFiniteAux, j) {
		j++
	}
	if j >= len(x.words) || x.words[j].kind != wordText || x.words[j].upper {
		return false
	}
	e, ok := lexicon.LookupCue(x.wordText(j))
	return ok && (e.Past && !e.Third && !e.Base || x.wordIs(j, "says"))
}

// notName reports whether word k, capitalised, has the form of no name: an
// adverb in -ly, a sentence adverb, a participle in -ed or a label in
// capitals ("Hastily", "Meanwhile", "Chastened", "BYLINE").
func (x *extractor) notName(k int) bool {
	w := x.wordText(k)
	l := lexicon.Lower(w)
	return len(l) > 4 && strings.HasSuffix(l, "ly") && lyAdverb(l) || x.in(lexicon.SentenceAdverbs, k) || lexicon.InFold(notNames, l) ||
		len(l) > 4 && strings.HasSuffix(l, "ed") || len(w) > 2 && isAllCaps(w)
}

// notNames are pronouns and subordinators that open a sentence capitalised
// and are never a speaker's name: "Whenever asked", "None of them said".
var notNames = lexicon.SetOf("whenever", "whatever", "whoever", "wherever", "none", "nobody", "nothing", "everyone",
	"everybody", "someone", "somebody", "anyone")

// bodyDescription names an organisation the article describes by its
// kind alone, with no name to resolve to: a kind after a modifier ("the
// provincial government promised", "the finance ministry said") or bodies
// of a kind ("The aid agencies promised"), as a group is named, without
// its article. A bare kind ("the company", "the government") and a
// possessive's ("its parent company") name no one.
func (r *resolver) bodyDescription(np npSpan) string {
	x := r.x
	head := np.w1 - 1
	w0 := np.w0
	if x.is(lexicon.CArticles, w0) {
		w0++
	}
	if head <= w0 && !x.plural(head) || head < w0 || x.words[head].upper || x.is(lexicon.CPossDeterminers, np.w0) {
		return ""
	}
	for k := w0; k <= head; k++ {
		if x.words[k].kind != wordText || x.possessive(k) || x.words[k].quote >= 0 || x.is(lexicon.CRelativePronouns, k) ||
			x.is(lexicon.CQuantifiers, k) || x.is(lexicon.CDeterminers, k) || lexicon.IsNumeral(x.wordText(k)) || lexicon.IsNumber(x.wordText(k)) ||
			x.wordIs(k, "no") || x.wordIs(k, "let") || x.wordIs(k, "each") || x.wordIs(k, "both") {
			return "" // "one research firm", "those chains", "both sides": which ones, the article does not say
		}
	}
	one := lexicon.Lower(x.wordText(head))
	if x.plural(head) {
		one = singular(one)
	}
	if !lexicon.InFold(bodyKinds, one) {
		return ""
	}
	text := x.text[x.words[w0].Start:x.words[head].End]
	if x.sentenceInitial(w0) && x.common(w0) {
		text = lexicon.Lower(text[:1]) + text[1:]
	}
	return text
}

// bodyInPlace returns the body a definite description names by its place
// ("The gendarmerie in Antalaha" is the Antalaha gendarmerie, "the
// council in Leeds" Leeds council), or "": a noun of a body's kind, "in"
// or "at", and a capitalised place ending the phrase.
func (r *resolver) bodyInPlace(np npSpan) string {
	x := r.x
	if np.w1-np.w0 < 4 || np.w1-np.w0 > 6 || !x.wordIs(np.w0, "the") {
		return ""
	}
	h := np.w0 + 1
	one := lexicon.Lower(x.wordText(h))
	if x.words[h].upper || x.words[h].kind != wordText || !lexicon.InFold(bodyKinds, one) && !lexicon.InFold(localBodies, one) || !(x.wordIs(h+1, "in") || x.wordIs(h+1, "at")) {
		return ""
	}
	for k := h + 2; k < np.w1; k++ {
		if x.words[k].kind != wordText || !x.words[k].upper || x.possessive(k) {
			return ""
		}
	}
	return x.text[x.words[h+2].Start:x.words[np.w1-1].End] + " " + one
}

// localBodies are the bodies of a town or district that news names by
// their place: "the gendarmerie in Antalaha", "the prefecture in Nagano".
var localBodies = lexicon.SetOf("gendarmerie", "constabulary", "prefecture", "municipality", "mayoralty", "hospital", "coastguard")

// bodyKinds are the kinds of organisation that speak as bodies: not the
// heads that are as often a person or a thing ("developer", "maker",
// "side", "paper", "website").
var bodyKinds = lexicon.SetOf("government", "administration", "ministry", "department", "agency", "authority",
	"commission", "council", "committee", "board", "bank", "company", "firm", "group", "union", "association",
	"organisation", "organization", "party", "campaign", "regulator", "watchdog", "charity", "trust", "club", "institute",
	"foundation", "court", "army", "police", "military", "embassy", "outlet", "newspaper", "broadcaster", "network",
	"insurer", "lender", "airline", "retailer", "supermarket", "business", "corporation", "coalition", "alliance")

// personPlural reports whether the plural noun w names people: the plural
// of a role noun ("booksellers"), of a noun of people (lexicon.PeopleNouns:
// "guests", "employees", "allies"), or of a noun with a suffix of agents
// (-er, -or, -ist, -ian, -ant, -ent, not -ment: "marketers", "forecasters",
// "participants"), but no thing or document ("letters", "papers",
// "numbers", "others").
func personPlural(w string) bool {
	if lexicon.InFold(lexicon.FractionWords, w) || lexicon.InFold(lexicon.PercentWords, w) {
		return false // "three-quarters" of the voters is a share (share.go)
	}
	one := singular(w)
	if lexicon.IsRoleNoun(one) || lexicon.InFold(lexicon.PeopleNouns, one) || lexicon.InFold(pluralPeople, w) {
		return true // ("women", "children": plurals without an -s)
	}
	if lexicon.InFold(lexicon.ArtifactNouns, one) || lexicon.InFold(lexicon.NotPeople, one) || lexicon.InFold(documentNouns, w) {
		return false
	}
	if w != "" && isUpperASCII(w[0]) {
		one = lexicon.Lower(one) // a capital opening a sentence; the suffixes are lower-case
	}
	return agentSuffix(one, 2)
}

// groupPhrase returns a plural description without its determiners,
// quantifiers and numbers ("Two senior officials" -> "senior officials"),
// with the capital that opens its sentence lowered, or "".
// knownProper reports whether w, capitalised at the start of a sentence,
// is a proper word the document has shown to be one: a person's surname
// or an organisation's first word ("Clinton aides", "Fed officials"), or
// a place ("Florida election officials").
func (r *resolver) knownProper(w string) bool {
	l := lexicon.Lower(trimPossessive(w))
	if lexicon.Places[l] {
		return true
	}
	if _, ok := r.byLast[l]; ok {
		return true
	}
	if lexicon.CommonWord(l) {
		return false // "Party leaders", "Campaign aides"
	}
	for i := range r.orgs {
		if f, _, _ := strings.Cut(r.orgs[i].name, " "); strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// properGroups are plurals of proper names that keep their capital at
// the start of a sentence: "Republicans said" names Republicans.
var properGroups = lexicon.SetOf("republicans", "democrats", "tories", "americans", "conservatives", "liberals")

func (r *resolver) groupPhrase(np npSpan) string {
	x := r.x
	np = x.beforeAgent(np)
	head := np.w1 - 1
	if head < np.w0 {
		return ""
	}
	w0 := np.w0
	for w0 < head && (x.is(lexicon.CArticles, w0) || x.is(lexicon.CQuantifiers, w0) || x.is(lexicon.CPossDeterminers, w0) ||
		x.is(lexicon.CDeterminers, w0) || lexicon.IsNumeral(x.wordText(w0)) || lexicon.EqualFold(x.wordText(w0), "of") ||
		x.sentenceInitial(w0) && x.in(lexicon.SentenceAdverbs, w0)) {
		w0++ // "Meanwhile privacy campaigners", "of factory owners" after a share
	}
	if j, ok := x.shareAt(w0, head); ok && j < head && x.wordIs(j, "of") {
		w0 = j + 1 // "almost half of respondents"
		for w0 < head && (x.is(lexicon.CArticles, w0) || x.is(lexicon.CDeterminers, w0)) {
			w0++
		}
	}
	if w0+1 < head && (x.in(lexicon.PercentWords, w0) || x.wordIs(w0, "cent") || x.in(lexicon.FractionWords, w0) || x.in(quantityNouns, w0)) && x.wordIs(w0+1, "of") {
		// "percent of voters", "per cent of readers", "half of the
		// respondents": the population the share measures (share.go)
		w0 += 2
		for w0 < head && (x.is(lexicon.CArticles, w0) || x.is(lexicon.CDeterminers, w0)) {
			w0++
		}
	}
	for k := w0; k <= head; k++ {
		if x.words[k].kind != wordText {
			return ""
		}
	}
	name := x.text[x.words[w0].Start:x.words[head].End]
	if first := x.wordText(w0); x.words[w0].upper && x.sentenceInitial(w0) && !lexicon.InFold(properGroups, first) &&
		!lexicon.InFold(lexicon.Nationalities, first) && !r.knownProper(first) && (lexicon.CommonWord(first) || w0 == head) {
		// ("Cleveland police", "Brazilian police", "Clinton aides",
		// "Aysén residents" keep the capital of a proper word, one that
		// is no common English word)
		// "Harbour pilots said": the description has no proper word, so
		// a capital that opens the sentence is the sentence's.
		name = lexicon.Lower(first) + name[len(first):]
	}
	return name
}

// quantityNouns count a group: "a number of readers", "dozens of
// parents" are readers and parents.
var quantityNouns = lexicon.SetOf("number", "handful", "couple", "lot", "lots", "dozens", "hundreds", "thousands",
	"scores", "group", "majority", "minority", "plenty", "host", "series", "range", "variety", "array")

// singular returns the singular of a regular English plural noun:
// "booksellers" -> "bookseller", "lobbyists" -> "lobbyist".
func singular(w string) string {
	if t, ok := strings.CutSuffix(w, "ies"); ok && len(t) > 2 {
		return t + "y"
	}
	if t, ok := strings.CutSuffix(w, "men"); ok && len(t) > 2 {
		return t + "man" // "fishermen"
	}
	for _, suf := range [...]string{"sses", "shes", "ches", "xes"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return w[:len(w)-2] // "bosses", "coaches", "witnesses"
		}
	}
	if t, ok := strings.CutSuffix(w, "s"); ok {
		return t
	}
	return w
}

// speaksFor returns the organisation a description speaks for, named in
// the phrase [p, end) after it ("from the Regional Democracy Network"), or
// "".
func (r *resolver) speaksFor(p, end int) string {
	x := r.x
	if p+1 >= end || !(x.is(lexicon.CSpeaksForPreps, p)) {
		return ""
	}
	w0 := p + 1
	if x.is(lexicon.CArticles, w0) && !x.words[w0].upper {
		w0++
	}
	org := false
	for k := w0; k < end; k++ {
		switch {
		case x.words[k].upper:
			org = org || x.is(lexicon.COrgWords, k)
		case x.is(lexicon.COrgJoiners, k) && k > w0:
		default:
			return ""
		}
	}
	if !org || w0 >= end || !x.words[end-1].upper {
		return ""
	}
	return x.text[x.words[w0].Start:x.words[end-1].End]
}

// figuresFrom returns the organisation that "the" and a noun after the
// preposition at word p refer to, for a source whose head is a document
// or its figures: "Figures from the festival show", "Data from the
// company show". ("A spokesman for the company", "a man from the
// ministry" and "analysts at the bank" are people, whose description is
// their role.)
func (r *resolver) figuresFrom(head, p, end int) string {
	x := r.x
	if end-p-2 < 1 || end-p-2 > 2 || !x.is(lexicon.CSpeaksForPreps, p) || !lexicon.EqualFold(x.wordText(p+1), "the") ||
		!r.lowerRun(p+2, end) {
		return ""
	}
	if !lexicon.InFold(documentNouns, x.wordText(head)) {
		return "" // "A man from the ministry told us": a person, whose description is the role
	}
	return r.orgNominal(npSpan{p + 1, end}, x.words[p+1].Start)
}

// Roles stated anywhere. The names walk reads, at every mention of a known
// person, the role the article states there, and keeps the first one on
// the person (a one-word title such as "Sen." gives way to a fuller role
// stated later):
//
//   - title words before the name, capitalised or not: "Chancellor of the
//     Exchequer Edmund Sayer", "Harbour Athletic manager Callum Orr",
//     "head coach Mia Lund", "Joanne's lawyer Mark Dyce";
//   - an appositive after the name, past an age: "Viktor Salo, Aranmore
//     chief executive,", "Signe Haug, 23, his apprentice,";
//   - a copula after the name: "Helen Marsh is a data protection lawyer
//     at Crane Whitby", "Kemppe, who is a pastry baker", and after "He" or
//     "She" opening a sentence, for the person named last;
//   - a description before the name and a comma: "A spokesman for
//     Greyfield, Matt Ennis, said", "said the mayor, Dagny Ruud".
//
// Each is a noun phrase whose head (the word before its first preposition)
// is a role noun (lexicon.IsRoleNoun); articles and possessive pronouns
// in front are dropped.

// coordinatedName returns the person named by the capitalised run that
// ends just before "and" at word k-1 of unit ui ("Kiri Mahuika and Sophie
// Drummond" for the run at Sophie), or -1.
func (r *resolver) coordinatedName(ui, k int) int {
	x := r.x
	u := x.units[ui]
	if k-2 < u.w0 || !x.wordIs(k-1, "and") {
		return -1
	}
	b := k - 1
	for b > u.w0 && x.words[b-1].kind == wordText && x.words[b-1].upper {
		b--
	}
	if b == k-1 {
		return -1
	}
	e, _, _ := r.lookup(b, k-1, len(r.ents))
	return e
}

// noteRoles records the roles stated at the capitalised run [k, end) of
// unit ui, when it names a known person.
func (r *resolver) noteRoles(ui, k, end int) {
	x := r.x
	if x.words[k].quote >= 0 {
		return // a name inside a quotation is the speaker's words
	}
	if u := x.units[ui]; end-k <= 2 && k > u.w0 && x.wordIs(k-1, "the") && !x.words[k-1].upper && end < u.w1 && x.words[end].kind == wordText &&
		!x.words[end].upper && !x.isCueWord(end) && !x.is(lexicon.CTitleWords, k) && !lexicon.IsRoleNoun(x.wordText(k)) {
		return // "a spokesman for the Clinton campaign": the name modifies a noun; no role is the person's
	}
	if u := x.units[ui]; end < u.w1 && x.words[end].kind == wordText && !x.words[end].upper &&
		(lexicon.InFold(placeNouns, x.wordText(end)) || lexicon.InFold(placeNouns, singular(x.wordText(end)))) {
		return // "the Eastern and Western North regions": a place's name, no one a later "she" means
	}
	e, _, me := r.lookup(k, end, len(r.ents))
	if e < 0 {
		return
	}
	if me < end && r.orgHead(end-1) {
		return // "the Muhammad Ali Center, a downtown museum": a body named after the person
	}
	r.recent = e
	if en := &r.ents[e]; !en.thing && !(k > 0 && x.is(lexicon.CPrepositions, k-1)) && !x.placeAppositive(end) {
		// (not "the drowned streets of Port Royal, the buccaneer town":
		// a name after a preposition is seldom the one a sentence goes on
		// to describe)
		g := en.gender
		if g == 0 {
			g = en.nameGender
		}
		switch g {
		case 'm':
			r.recentMan = e
		case 'f':
			r.recentWoman = e
		}
	}
	if x.suffixAt(end) != "" {
		end++ // "Brent Bozell III, founder of ...": what follows the generation
	}
	r.noteAlias(ui, end, e)
	if u := x.units[ui]; k-1 >= u.w0 && end+1 < u.w1 && x.wordIs(end, "as") && x.in(appointVerbs, k-1) && r.ents[e].role == "" {
		// "Thamesmead Building Society has appointed Richard Okafor as
		// its new chief executive": the post he was given
		if role := cutTime(r.roleSegment(end+1, u.w1)); role != "" {
			r.keepRole(e, role)
		}
	}
	if u := x.units[ui]; k-2 >= u.w0 && x.wordIs(k-1, "by") && byAgents[lexicon.Lower(x.wordText(k-2))] != "" && r.ents[e].role == "" {
		r.keepRole(e, byAgents[lexicon.Lower(x.wordText(k-2))]) // "Skok, directed by Lejla Kurtović": its director
	}
	if u := x.units[ui]; end+1 < u.w1 && x.isPunct(end, ',') {
		// ("said coach Tonći Grgić, 51." ends its sentence with the age;
		// "Naja Berthelsen, also 31," and "Kiri Mahuika and Sophie
		// Drummond, both 33," give it too, the last to both)
		j, both := end+1, x.wordIs(end+1, "both")
		if both || x.wordIs(j, "also") {
			j++
		}
		if j < u.w1 && (j+1 < u.w1 && x.isPunct(j+1, ',') || j+1 == u.w1 || j+1 < u.w1 && x.isPunct(j+1, '.') && j+2 == u.w1) {
			if n, err := strconv.Atoi(x.wordText(j)); err == nil && n > 0 && n < 120 {
				if r.ents[e].age == 0 {
					r.ents[e].age = n       // "Martin Osgood, 57, testified"
					r.ents[e].thing = false // an age is a person's
				}
				if both {
					if o := r.coordinatedName(ui, k); o >= 0 && o != e && r.ents[o].age == 0 {
						r.ents[o].age, r.ents[o].thing = n, false
					}
				}
			}
		}
	}
	if u := x.units[ui]; end+2 < u.w1 && lexicon.EqualFold(x.wordText(end), "of") && !x.words[end].upper {
		// "Battalion Chief Rosa Delgado of Tamarack County Fire": the
		// title holds in the organisation after the name.
		j := end + 1
		if lexicon.EqualFold(x.wordText(j), "the") {
			j++
		}
		if oe := r.capRun(j, u.w1); oe > j && !x.possessive(oe-1) {
			if p, _, _ := r.lookup(j, oe, len(r.ents)); p < 0 {
				if title := r.titleRole(ui, k, end); title != "" && (r.ents[e].role == "" || r.ents[e].role == title) &&
					!(x.in(lexicon.Places, oe-1) && ownedTitle(title)) {
					// (not "CBC Chairman G.K. Butterfield of North Carolina":
					// the member's state, not the caucus's; "Prime Minister
					// Benjamin Netanyahu of Israel" is Israel's)
					r.ents[e].role = title + " " + x.text[x.words[end].Start:x.words[oe-1].End]
				}
			}
		}
	}
	p := k - 1
	for t := k; t < end-1; t++ {
		if x.words[t].kind == wordText && x.possessive(t) {
			p = t // the run opens with the owner: "Jamaica's Shanice Whyte"
			break
		}
	}
	if r.ents[e].nation == "" && p >= x.units[ui].w0 && x.words[p].kind == wordText && x.words[p].upper && x.possessive(p) {
		// "Jamaica's Shanice Whyte", "England's Beth Morley": where the
		// person is from, which "the Jamaican" or "the Englishwoman"
		// later names
		if owner := strings.TrimRight(trimPossessive(x.wordText(p)), "'’"); placeNoRole(owner) == "" {
			r.ents[e].nation = lexicon.Lower(owner)
		}
	}
	if r.ents[e].nation == "" && k-2 >= x.units[ui].w0 && x.words[k-1].kind == wordText && !x.words[k-1].upper && lexicon.IsRoleNoun(x.wordText(k-1)) &&
		x.words[k-2].kind == wordText && x.words[k-2].upper && lexicon.InFold(lexicon.Places, x.wordText(k-2)) && placeNoRole(x.wordText(k-2)) == "" &&
		(k-3 < x.units[ui].w0 || x.words[k-3].kind != wordText || !x.words[k-3].upper) {
		// "Wales flanker Rhodri Pugh", "Kenya striker Ann Wanjiru": the
		// country a player plays for, which "the Welshman" names again
		r.ents[e].nation = lexicon.Lower(x.wordText(k - 2))
	}
	if !roleWeak(r.ents[e].role) {
		u := x.units[ui]
		p := k - 1
		if p-1 >= u.w0 && x.wordIs(p, "the") && !x.words[p].upper {
			p-- // "Governor of the Kagera Reserve Bank Motlatsi Ramoeletsi"
		}
		if p-1 >= u.w0 && (x.wordIs(p, "of") || x.wordIs(p, "for")) && !x.words[p].upper && x.words[p-1].upper {
			// "Minister for Digital Services Rahayu Salleh": the run's
			// capitalised title is the end of the office the words
			// before it name; (not "called Wednesday for Supreme Court
			// Justice Ruth Bader Ginsburg to resign": the words before
			// must hold a title)
			if l, n := r.roleLeft(ui, k, true), r.splitTitle(k, end); l < p && n > k && n < end && holdsTitle(x.text[x.words[l].Start:x.words[p].Start]) {
				if t, had := r.roleText(l, n), r.ents[e].role; len(t) > len(had) && strings.HasPrefix(strings.ToLower(r.roleText(k, n)), strings.ToLower(had)) {
					r.ents[e].role = t
				}
			}
		}
		return
	}
	role := r.titleRole(ui, k, end)
	if hypotheticalTitle(x, k) {
		role = "" // "a President Clinton would ..."
	}
	if w := r.whoseRole(ui, k); role == "" && w != "" {
		role = w
	}
	if h := roleHead(role); role != "" && r.ents[e].thing && lexicon.IsRoleNoun(h) && (h == lexicon.Lower(h) || lexicon.InFold(lexicon.TitleWords, h)) && !hasOrgWord(r.ents[e].name) && plainTitle(role) {
		// "Social Democrat candidate Yana Brisk": a person's title before
		// the name makes a person of a name whose surname is an English
		// word
		r.ents[e].thing = false
	}
	// "... show that Trump is essentially a fascist": what a clause of
	// reported speech says the person is, is a claim, not a role.
	u := x.units[ui]
	claimed := k > u.w0 && (x.wordIs(k-1, "that") && !(k-2 >= u.w0 && (x.wordIs(k-2, "now") || x.wordIs(k-2, "so"))) ||
		x.wordIs(k-1, "whether")) && end < u.w1 && !x.isPunct(end, ',')
	if roleWeak(role) || affiliationOnly(role) {
		s := r.roleAfter(ui, end)
		if u := x.units[ui]; s != "" && descriptiveRole(s) && r.segEnd+1 < u.w1 && x.isPunct(r.segEnd, ',') {
			// "Marnie Kowalchuk, Dale's wife of 34 years, is the farm's
			// bookkeeper": what the person is, after the kin the
			// appositive gives
			if v := r.copula(r.segEnd+1, u.w1); v > 0 {
				if s2 := r.roleSegment(v, u.w1); s2 != "" && !descriptiveRole(s2) && lexicon.IsRoleNoun(roleHead(s2)) {
					s = s2
				}
			}
		}
		if s != "" && !claimed && !(role != "" && superlativeRole(s)) {
			// (but "playwright Yuki Hasegawa, 38, the youngest writer to
			// have a work staged there": a superlative describes, the
			// title before the name is the role)
			if r.ents[e].thing && (lexicon.IsRoleNoun(roleHead(s)) || r.describedLast) && !hasOrgWord(r.ents[e].name) {
				// "Sjúrður Dam, a 71-year-old retired trawlerman": a role
				// after the name makes a person of a name whose surname is
				// an English word
				r.ents[e].thing = false
			}
			if role != "" && partyMember(s) {
				// "Rep. Elena Ruiz, a Missoula Democrat,": the office, then
				// the party, which replaces no title
				s = normalizeRole(role) + ", " + s
			}
			role = s
			if b := r.roleBeforeComma(ui, k, end); (r.describedLast || r.copulaLast) && b != "" {
				// "The film's director, Ndapewa Shikongo, is a 38-year-old
				// former schoolteacher", "The director, Meera Pillai, 41,
				// is a former dancer": the role the story gives, not the
				// past the predicate tells
				role = b
			}
		} else if s := r.roleBeforeComma(ui, k, end); s != "" {
			role = s
		}
	}
	if roleWeak(role) || affiliationOnly(role) {
		if s := r.asRoleSegment(ui, end); s != "" {
			role = s // "Morobe's Michael Yawa, in his last game as coach, said": the role the phrase names
		}
	}
	if roleWeak(role) {
		if t := r.sharedTitle(ui, k); t != "" {
			role = t // "Sens. Jon Tester (D-Mont.) and David Vitter (R-La.)": Vitter is a senator too
		}
	}
	if role == "" && r.ents[e].role == "" {
		// What the person does, in a relative clause, says less than a
		// role noun: only when no other role is known.
		role = r.relativeClauseRole(ui, end)
	}
	if org := r.itsOrg(ui, k, role); org != "" {
		role += " of " + org // "Norvik Foods cut its dividend. Its finance director Bob Hale said", "Its chief executive, Bob Hale, said"
	}
	r.keepRole(e, role)
}

// itsOrg returns the organisation that "Its" opening unit ui means when
// the role before the name at word k follows it, with or without commas
// ("Its finance director Bob Hale", "Its chief executive, Bob Hale,"), or
// "": the body that opened the sentence before (subjectOrgBefore).
func (r *resolver) itsOrg(ui, k int, role string) string {
	x := r.x
	u := x.units[ui]
	if role == "" || strings.Contains(role, " of ") || !x.wordIs(u.w0, "its") || k-1 <= u.w0+1 {
		return ""
	}
	e := k
	if x.isPunct(k-1, ',') {
		e = k - 1
	}
	if !strings.EqualFold(r.roleText(u.w0+1, e), role) {
		return ""
	}
	return r.subjectOrgBefore(ui)
}

// whoseRole returns the role a relative clause of "whose" gives the name
// at word k as its complement: "the Tanzania Railways Corporation, whose
// director general is Emmanuel Mushi" -> "director general of the
// Tanzania Railways Corporation"; or "".
func (r *resolver) whoseRole(ui, k int) string {
	x := r.x
	u := x.units[ui]
	if k-3 < u.w0 || !(x.wordIs(k-1, "is") || x.wordIs(k-1, "was")) {
		return ""
	}
	w := k - 2
	for w > u.w0 && k-w <= 5 && x.words[w].kind == wordText && !x.words[w].upper && !x.wordIs(w, "whose") {
		w--
	}
	if !x.wordIs(w, "whose") || w+1 >= k-1 || !lexicon.IsRoleNoun(x.wordText(k-2)) || w-1 < u.w0 || !x.isPunct(w-1, ',') {
		return ""
	}
	role := x.text[x.words[w+1].Start:x.words[k-2].End]
	if o := w - 2; o >= u.w0 && x.words[o].kind == wordText && x.words[o].upper {
		s := o
		for s-1 >= u.w0 && (x.words[s-1].kind == wordText && x.words[s-1].upper || x.is(lexicon.COrgJoiners, s-1) && s-2 >= u.w0 && x.words[s-2].upper) {
			s--
		}
		if s-1 >= u.w0 && x.wordIs(s-1, "the") {
			s--
		}
		role += " of " + x.text[x.words[s].Start:x.words[o].End]
	}
	return role
}

// superlativeRole reports whether role opens with a superlative or an
// ordinal ("youngest writer to ...", "first woman to ...", "only
// surgeon in ..."): a description of the person's distinction.
func superlativeRole(role string) bool {
	first, _, _ := strings.Cut(role, " ")
	first = lexicon.Lower(first)
	switch first {
	case "first", "only", "last", "second", "third", "latest", "best", "worst", "most", "least":
		return true
	}
	return len(first) > 5 && strings.HasSuffix(first, "est") && !lexicon.IsRoleNoun(first) && first != "honest" && first != "modest" && first != "interest"
}

// holdsTitle reports whether the words of s hold a role noun or a title
// word.
func holdsTitle(s string) bool {
	for _, w := range strings.Fields(s) {
		if lexicon.IsRoleNoun(w) || lexicon.ClassOf(w)&lexicon.CTitleWords != 0 {
			return true
		}
	}
	return false
}

// asRoleSegment returns the role an adjunct after the name at word end
// states with "as": "Michael Yawa, in his last game as coach,", "Ana
// Ruiz, in her first season as captain,", "Tom Hale, now in his third
// year as mayor,"; "" when there is none. The adjunct opens with a
// preposition or a time adverb and ends at a comma.
func (r *resolver) asRoleSegment(ui, end int) string {
	x := r.x
	u := x.units[ui]
	j := end
	if j >= u.w1 || !x.isPunct(j, ',') {
		return ""
	}
	j++
	if j+1 < u.w1 && lexicon.IsNumber(x.wordText(j)) && x.isPunct(j+1, ',') {
		j += 2 // an age
	}
	if j >= u.w1 || !(x.is(lexicon.CPrepositions, j) || x.wordIs(j, "now") || x.wordIs(j, "still")) {
		return ""
	}
	as, c := -1, j
	for ; c < u.w1 && c-j <= 12 && !x.isPunct(c, ','); c++ {
		if x.words[c].quote >= 0 || x.words[c].kind != wordText {
			return ""
		}
		if x.wordIs(c, "as") {
			as = c
		}
	}
	if as < 0 || c >= u.w1 || !x.isPunct(c, ',') || c-as < 2 {
		return ""
	}
	s := as + 1
	for s < c && (x.is(lexicon.CArticles, s) || x.is(lexicon.CPossDeterminers, s)) {
		s++
	}
	if s >= c {
		return ""
	}
	role := cutTime(x.text[x.words[s].Start:x.words[c-1].End])
	if !lexicon.IsRoleNoun(roleHead(role)) {
		return ""
	}
	return role
}

// sharedTitle returns the role a plural title gives a later name of its
// list: the name at word k follows "and" or a comma, past the names
// before it and their party tags, back to a plural title ("Sens.",
// "Reps.", "Governors") before the first; "" otherwise.
func (r *resolver) sharedTitle(ui, k int) string {
	x := r.x
	w0 := x.units[ui].w0
	j := k - 1
	if j < w0 || !(x.wordIs(j, "and") || x.isPunct(j, ',')) {
		return ""
	}
	for n := 0; j >= w0 && n < 6; n++ {
		for j >= w0 && (x.wordIs(j, "and") || x.isPunct(j, ',')) {
			j--
		}
		if j >= w0 && x.isPunct(j, ')') {
			for j >= w0 && !x.isPunct(j, '(') && k-j < 40 {
				j-- // "(D-Mont.)"
			}
			j--
		}
		for j >= w0 && x.isPunct(j, '.') {
			j--
		}
		if j < w0 || x.words[j].kind != wordText || !x.words[j].upper {
			return ""
		}
		s := j
		for s-1 >= w0 && (x.words[s-1].kind == wordText && x.words[s-1].upper || x.isPunct(s-1, '.')) {
			s--
		}
		// [s, j] is a capitalised run: a name, with the plural title in
		// front of the first one.
		for t := s; t <= j; t++ {
			if x.words[t].kind != wordText {
				continue
			}
			var buf [32]byte
			key := string(lowerKey(&buf, x.wordText(t)))
			if full := lexicon.TitleAbbrevs[key]; full != "" && lexicon.InFold(pluralAbbrevs, key) {
				return full
			}
			if lexicon.InFold(lexicon.TitleWords, key) && strings.HasSuffix(key, "s") && lexicon.IsRoleNoun(singular(key)) && t < j {
				return singular(key) // "Governors Ann Lee and Tom Hale"
			}
		}
		j = s - 1
	}
	return ""
}

// pluralAbbrevs are the abbreviated titles of several people ("Sens.
// Tester and Vitter"); "Pres." is one president.
var pluralAbbrevs = lexicon.SetOf("sens", "reps", "govs", "gens", "drs", "cllrs")

// noteAlias records the name a person is known by when the article gives
// it after their name ("Gareth, known to regulars as Gaz the Batter",
// "Ann Lee, known as Nan,"): a later "Gaz" is Gareth Probert.
func (r *resolver) noteAlias(ui, end, e int) {
	x := r.x
	u := x.units[ui]
	k := end
	if k < u.w1 && x.isPunct(k, ',') {
		k++
	}
	if k >= u.w1 || !lexicon.EqualFold(x.wordText(k), "known") {
		return
	}
	k++
	for t := k; t < u.w1 && t < k+5; t++ {
		if !lexicon.EqualFold(x.wordText(t), "as") {
			continue
		}
		a := t + 1
		b := r.capRun(a, u.w1)
		if b == a || b-a > 4 {
			return
		}
		index(r.byName, trimPossessive(x.text[x.words[a].Start:x.words[b-1].End]), e)
		first := strings.ToLower(x.wordText(a))
		index(r.byFirst, first, e)
		if b-a == 1 {
			index(r.byLast, first, e)
		}
		return
	}
}

// noteRoleOfPronoun records the role of a sentence that opens with "He" or
// "She" and a copula ("She is the last shepherd on the marsh") for the
// person named last, when the gender fits.
func (r *resolver) noteRoleOfPronoun(ui int) {
	x := r.x
	u := x.units[ui]
	if r.recent < 0 || u.w1-u.w0 < 4 || x.words[u.w0].quote >= 0 {
		return
	}
	p := u.w0
	for p < u.w1 && p < u.w0+6 && pronounGender(x.wordText(p)) == 0 {
		// a fronted time phrase: "Forty-seven years later he is ...",
		// "These days, she works ..."
		if x.words[p].kind == wordText && (p > u.w0 && x.words[p].upper || x.in(subordinators, p) || x.is(lexicon.CPrepositions, p) && !x.wordIs(p, "later")) {
			return
		}
		p++
	}
	if p >= u.w1 {
		return
	}
	g := pronounGender(x.wordText(p))
	if g == 0 {
		return
	}
	if p > u.w0 || r.copula(p+1, u.w1) == 0 {
		// "he is still going down, these days as a diving guide", "She
		// spent thirty years as a midwife": a role after "as" in the
		// clause of the person named last, when the gender fits
		e := r.recentOf(g)
		if e < 0 || !roleWeak(r.ents[e].role) {
			return
		}
		if role := r.asRole(p+1, u.w1); role != "" && (r.ents[e].role == "" || !officeTitle(r.ents[e].role)) {
			r.keepRole(e, role)
		}
		return
	}
	e := r.recent
	if o := r.recentOf(g); r.ents[e].thing && r.ents[e].gender == 0 && o >= 0 {
		e = o // "Ana Lee has worked the farms of the Western North for years. She is ...": no place is "she"
	}
	if eg := r.ents[e].gender; eg != 0 && eg != g || !roleWeak(r.ents[e].role) {
		return
	}
	if s := r.copula(u.w0+1, u.w1); s > 0 {
		seg := r.roleSegment
		if r.afterAge(s) {
			seg = r.describedSegment // "She is 46, a former seamstress"
		}
		if role := seg(s, u.w1); !officeTitle(r.ents[e].role) || holdsOffice(role) {
			// A title ("President Obama") stands against what a later
			// "He was ..." says of the person ("a central broker of the
			// climate agreement"), unless that is an office too.
			r.keepRole(e, role)
		}
	}
}

// asRole returns the role after "as a" or "as an" in the words [j, hi)
// of a clause whose subject is a pronoun, before anything
// else could be the one the role is said of: another name, an object
// ("hired him as a consultant", "saw the keeper as a leader", "remembers
// her father as a fisherman"), a new clause or a quotation.
func (r *resolver) asRole(j, hi int) string {
	x := r.x
	for t := j; t+2 < hi && t < j+12; t++ {
		if x.words[t].quote >= 0 {
			return ""
		}
		if x.words[t].kind != wordText {
			continue
		}
		w := x.wordText(t)
		switch {
		case x.words[t].upper, x.in(subordinators, t), x.is(lexicon.CArticles, t),
			x.is(lexicon.CObjectPronouns, t), lexicon.InFold(reflexives, w), x.wordIs(t, "that"), x.wordIs(t, "who"), x.wordIs(t, "which"):
			return ""
		case x.is(lexicon.CPossDeterminers, t):
			return "" // "She remembers her father as a fisherman", "He sees his son as a future baker": the role is another's
		case x.wordIs(t, "as") && (x.wordIs(t+1, "a") || x.wordIs(t+1, "an")):
			if _, _, ok := x.roleHeadAt(t+2, hi, false); !ok {
				return ""
			}
			return cutTime(r.roleSegment(t+1, hi))
		}
	}
	return ""
}

// reflexives stand for an object as lexicon.ObjectPronouns do: "she saw
// herself as a leader".
var reflexives = lexicon.SetOf("himself", "herself", "themselves", "yourself")

// noteDescription records the role of a definite description that opens
// unit ui as its subject, "The chief executive of Brackmoor Water
// apologised", "The composer, 52, spoke to us", past a dateline. News
// names such a subject in the next paragraph ("Helen Strachan, 58, ...")
// when no one is named yet, and otherwise it is the one person named so
// far.
func (r *resolver) noteDescription(ui int) {
	x := r.x
	u := x.units[ui]
	s := x.afterDateline(ui) // "WASHINGTON (Wire) — The chief executive ..."
	if s+2 >= u.w1 || r.headlineSubject(ui) || x.words[s].quote >= 0 {
		return
	}
	if len(r.ents) == 0 && u.para <= 2 && r.lede == "" {
		if d, e, ok := r.invertedLede(s, u.w1); ok {
			// "A plan ... would treat Northumberland as “the spare tap”,
			// a Conservative peer warned last night": the lede's source
			// is described after its content.
			if role := r.roleNP(d+1, e); role != "" {
				r.lede, r.ledePara, r.ledePos = role, u.para, x.words[d].Start
			}
			return
		}
	}
	if r.placeRoleLede(ui, s) {
		return
	}
	s = x.afterFrontedTime(s, u.w1) // "Forty-one years later the pearl farmer still works the lagoon"
	indefinite := lexicon.EqualFold(x.wordText(s), "a") || lexicon.EqualFold(x.wordText(s), "an")
	if !lexicon.EqualFold(x.wordText(s), "the") && !indefinite {
		return
	}
	if indefinite && (r.storyNamed() || u.para > 2) {
		// "A BRIT mum-of-three has blasted a hotel ...": a lede that
		// describes the person the next paragraph names; later in the
		// story, "a" introduces someone new.
		return
	}
	h := s + 1
	for h < u.w1 && x.words[h].kind == wordText && isAllCaps(x.wordText(h)) && len(x.wordText(h)) > 1 && !lexicon.IsRoleNoun(x.wordText(h)) {
		h++ // a tabloid's capitals: "A BRIT mum-of-three"
	}
	article := s
	s = h - 1
	h0, man := h, false
	h, e, ok := x.roleHeadAt(h, u.w1, indefinite) // "A senior peer", "A Conservative peer", "The chief executive"
	if !ok && indefinite {
		h, e, ok = x.manHeadAt(h0, u.w1) // "AN ice cream man has been ordered"
		man = ok
	}
	if !ok && indefinite && h0+1 < u.w1 && x.words[h0].kind == wordText && x.words[h0].upper && !lexicon.IsRoleNoun(x.wordText(h0)) && !x.is(lexicon.CTitleWords, h0) {
		// "A Cumbrian hill farmer", "A Canterbury dairy farmer": a place
		// before the role noun
		if h2, e2, ok2 := x.roleHeadAt(h0+1, u.w1, false); ok2 && !x.words[h2].upper {
			h, e, ok = h2, e2, true
		}
	}
	if !ok || x.words[h].upper {
		return
	}
	if _, org := lexicon.OrgNominals[lexicon.Lower(x.wordText(h))]; org {
		return // "The operator decided ...": a company, as "the company" is
	}
	if e+1 < u.w1 && (lexicon.EqualFold(x.wordText(e), "of") || lexicon.EqualFold(x.wordText(e), "for") || lexicon.EqualFold(x.wordText(e), "at")) {
		j := e + 1
		if lexicon.EqualFold(x.wordText(j), "the") {
			j++
		}
		if end := r.capRun(j, u.w1); end > j {
			e = end // "of Brackmoor Water"
		}
	}
	v := e
	if indefinite && v+2 < u.w1 && (x.wordIs(v, "in") || x.wordIs(v, "from")) {
		// "A former municipal manager in the Eastern Cape has been found
		// guilty": where the person is, before the verb
		j := v + 1
		if x.wordIs(j, "the") {
			j++
		}
		for a := 0; a < 2 && j+1 < u.w1 && x.words[j].kind == wordText && !x.words[j].upper && x.words[j+1].kind == wordText && !x.isCueWord(j) && !x.is(lexicon.CFiniteAux, j) && lexicon.CommonWord(x.wordText(j)); a++ {
			j++ // "in rural Vermont", "from northern Ontario"
		}
		if end := r.capRun(j, u.w1); end > j && end < u.w1 && x.words[end].kind == wordText && !x.words[end].upper {
			v = end
		}
	}
	for v+1 < u.w1 && x.words[v].kind == wordText && !x.words[v].upper && x.is(lexicon.CAdjunctsLeft, v) && !x.is(lexicon.CFiniteAux, v) && !x.wordIs(v, "who") {
		v++ // "the pearl farmer still works": an adverb before the verb
	}
	if v+1 < u.w1 && x.wordIs(v, "and") && x.is(lexicon.CPossDeterminers, v+1) && !x.words[v+1].upper {
		v = e + 1 // "the 47-year-old widow and her son, Fidy, take turns": a subject with a relative of theirs
	}
	if v >= u.w1 || !(x.isPunct(v, ',') && v == e || x.words[v].kind == wordText && !x.words[v].upper &&
		(!x.is(lexicon.CNpStops, v) || x.is(lexicon.CFiniteAux, v) || x.wordIs(v, "who") || indefinite && x.isCueWord(v))) {
		return // the description's verb follows: "apologised", "has blasted", "who grew ... has won"
	}
	if x.isPunct(e, ',') && e+1 < u.w1 && x.words[e+1].upper && !lexicon.IsNumber(x.wordText(e+1)) {
		return // "The losing candidate, Ada Mensah, ...": the name follows
	}
	role := r.roleNP(s+1, e)
	if man {
		role = x.text[x.words[h0].Start:x.words[h].End]
	}
	if role == "" {
		return
	}
	person := -1
	for i := range r.ents {
		if en := r.ents[i]; en.writer || hasOrgWord(en.name) || en.gender == 0 && en.nameGender == 0 && en.role == "" || en.thing && en.gender == 0 && en.role == "" {
			continue // an organisation, or no sign of a person ("The Bells Under Ferrow", "the Denver Nuggets")
		}
		if person >= 0 {
			return // two people: the description may mean either
		}
		person = i
	}
	if person < 0 && !indefinite {
		// No sign of sex or office: a name of two words or more that is
		// no organisation's, place's or title's ("Vaine Tutai was 22 when
		// ... Forty-one years later the pearl farmer still works"), when
		// there is one. (It misreads a new person's description: "Tolu
		// Adeyemi sued the city. The judge ruled against it" makes
		// Adeyemi a judge; restricting it to descriptions after a time
		// phrase lost more roles than it saved on the gold articles.)
		for i, en := range r.ents {
			if en.thing || en.writer || hasOrgWord(en.name) || !strings.Contains(en.name, " ") || lexicon.Places[lexicon.Lower(en.name)] {
				continue
			}
			if person >= 0 {
				person = -1
				break
			}
			person = i
		}
	}
	if person >= 0 {
		if r.ents[person].role == "" {
			r.ents[person].role, r.ents[person].descRole = role, true
		}
		return
	}
	r.lede, r.ledePara = role, u.para
	if indefinite {
		r.ledePos = x.words[article].Start
	}
}

// headlineSubject records the lede of an interview's headline that
// describes its subject after a colon, "‘Every vine has its own hole’: a
// Lanzarote grower on farming the ash": an indefinite role noun phrase
// that ends the headline or a preposition opens what the subject talks
// about. It is the role of the person the story names first (the
// resolver's lede).
func (r *resolver) headlineSubject(ui int) bool {
	x := r.x
	u := x.units[ui]
	if u.para != x.firstPara || r.storyNamed() || !x.headlineUnit(ui, "") {
		return false
	}
	for c := u.w0 + 1; c+2 < u.w1; c++ {
		if !x.isPunct(c, ':') {
			continue
		}
		a := c + 1
		if !lexicon.EqualFold(x.wordText(a), "a") && !lexicon.EqualFold(x.wordText(a), "an") {
			return false
		}
		h, e, ok := x.roleHeadAt(a+1, u.w1, true)
		if !ok || x.words[h].upper {
			return false
		}
		if e < u.w1 && !(x.words[e].kind == wordText && x.is(lexicon.CPrepositions, e) && !x.wordIs(e, "of")) && x.words[e].kind == wordText {
			return false // "...: a farmer says ...": a clause, the headline's own cue
		}
		role := r.roleNP(a+1, e)
		if role == "" {
			return false
		}
		r.lede, r.ledePara, r.ledePos, r.ledeWeak = role, u.para, -1, true
		return true
	}
	return false
}

// afterFrontedTime returns the word "the" after a time adjunct that opens
// the words [s, hi) ("Forty-one years later the pearl farmer ...", "On
// Monday, the minister ...", "Two decades ago the engineer ..."), or s:
// at most six words before it, the last a word of time ("later", "ago",
// "today") or a comma after a phrase that opens with a preposition or
// a word of time, and none a cue or an auxiliary.
func (x *extractor) afterFrontedTime(s, hi int) int {
	phrase := x.is(lexicon.CPrepositions, s) || x.is(lexicon.CTimeWords, s)
	limit := s + 6
	if phrase {
		limit = s + 12
	}
	for t := s + 1; t < hi && t <= limit; t++ {
		if x.words[t].kind != wordText && !x.isPunct(t, ',') || x.words[t].quote >= 0 {
			return s
		}
		if x.text[x.words[t].Start:x.words[t].End] != "the" {
			continue
		}
		last := t - 1
		ok := false
		if x.isPunct(last, ',') {
			ok = phrase
			last--
		}
		ok = ok || t <= s+6 && last >= s && x.words[last].kind == wordText && lexicon.InFold(frontedTimeEnds, x.wordText(last))
		if !ok && !phrase {
			return s
		}
		if !ok {
			// "At half past five, before the heat arrives, the foreman
			// walks": a phrase that opens with a preposition runs on to
			// its comma
			continue
		}
		for v := s + 1; v < t; v++ {
			if x.is(lexicon.CCue, v) || x.is(lexicon.CFiniteAux, v) {
				return s
			}
		}
		return t
	}
	return s
}

// frontedTimeEnds end a time adjunct that opens a sentence: "Forty-one
// years later", "A decade ago", "Today".
var frontedTimeEnds = lexicon.SetOf("later", "ago", "earlier", "today", "now", "yesterday", "tonight", "afterwards", "since")

// placeRoleLede records the lede of a paragraph whose subject is a
// place's officeholder, named in the next paragraph, as news wires write
// their running stories: "Connecticut's tax commissioner says an internal
// review shows ... / Kevin Sullivan says he instructed staff". The place
// is a known one (lexicon.Places) in the possessive, then a role of up to
// three lower-case words and a cue or a verb, opening the paragraph.
func (r *resolver) placeRoleLede(ui, s int) bool {
	x := r.x
	u := x.units[ui]
	start := s
	if lexicon.EqualFold(x.wordText(s), "the") && s+1 < u.w1 && x.words[s+1].upper {
		// "The Isle of Man's infrastructure minister": a place of several
		// words, capitalised but for "of", ending in the possessive
		p := s + 1
		for p < u.w1 && p < s+5 && !x.possessive(p) && (x.words[p].upper || x.wordIs(p, "of")) {
			p++
		}
		if p >= u.w1 || p >= s+5 || !x.possessive(p) || !x.words[p].upper {
			return false
		}
		s = p
	} else if s+3 >= u.w1 || !x.words[s].upper || !x.possessive(s) || !lexicon.Places[lexicon.Lower(trimPossessive(x.wordText(s)))] {
		return false
	}
	k := s + 1
	if k < u.w1 && x.words[k].kind == wordPunct {
		k++ // the apostrophe of "Texas'"
	}
	h, e, ok := x.roleHeadAt(k, u.w1, false)
	if !ok || e >= u.w1 || h-k > 3 || x.words[e].kind != wordText || x.words[e].upper || !(x.isCueWord(e) || x.clauseVerb(e) || x.is(lexicon.CFiniteAux, e)) {
		return false
	}
	if strings.TrimSpace(x.text[x.paras[u.para].Start:u.Start]) != "" {
		return false // the paragraph's first sentence only (read from the offsets: a window may not hold the unit before)
	}
	w := start
	if w < s {
		w++ // the role is "Isle of Man's infrastructure minister", without "The"
	}
	r.lede, r.ledePara, r.ledePos = x.text[x.words[w].Start:x.words[e-1].End], u.para, x.words[start].Start
	return true
}

// invertedLede finds, in the sentence of words [s, hi), an indefinite
// description of a person after the content, as its source: ", a
// Conservative peer warned", ", a senior official said". It returns the
// description's article d and the end e of its role words.
func (r *resolver) invertedLede(s, hi int) (d, e int, ok bool) {
	x := r.x
	for c := s + 3; c+2 < hi; c++ {
		if !x.isPunct(c, ',') || !(x.wordIs(c+1, "a") || x.wordIs(c+1, "an")) {
			continue
		}
		h, e, ok := x.roleHeadAt(c+2, hi, true)
		if !ok || lexicon.InFold(anonymousSources, x.wordText(h)) {
			continue // (", a senior official said" is someone the story need never name)
		}
		k := e
		for k < hi && x.endsLy(k) {
			k++
		}
		if k < hi && x.isCueWord(k) {
			return c + 1, e, true
		}
	}
	return 0, 0, false
}

// roleHeadAt walks from word s over at most three modifiers (words in
// lower case, or with caps set capitalised adjectives of party or nation)
// to a singular role noun h, and on over the role nouns compounded with
// it to e: "senior peer", "Conservative peer", "chief executive".
func (x *extractor) roleHeadAt(s, hi int, caps bool) (h, e int, ok bool) {
	h = s
	for h < hi && h < s+3 && x.words[h].kind == wordText && (!x.words[h].upper || caps && x.partyOrNationality(h)) && !lexicon.IsRoleNoun(x.wordText(h)) {
		h++
	}
	if caps && h < hi && x.words[h].kind == wordText && x.words[h].upper && !lexicon.IsRoleNoun(x.wordText(h)) {
		// "A former Democratic National Committee chairman says": the
		// name of the body the role is in, before its head
		t := h
		for t < hi && t < s+7 && x.words[t].kind == wordText && x.words[t].upper && !lexicon.IsRoleNoun(x.wordText(t)) {
			t++
		}
		if t < hi && t > h && x.words[t].kind == wordText && !x.words[t].upper && lexicon.IsRoleNoun(x.wordText(t)) {
			h = t
		}
	}
	if h >= hi || x.words[h].kind != wordText || !lexicon.IsRoleNoun(x.wordText(h)) || x.plural(h) {
		return 0, 0, false
	}
	e = h + 1
	for e < hi && x.words[e].kind == wordText && !x.words[e].upper && lexicon.IsRoleNoun(x.wordText(e)) && !x.plural(e) {
		e++
	}
	for t := s; t < h; t++ {
		if w := x.wordText(t); lexicon.IsNumber(w) && w[len(w)-1] >= '0' && w[len(w)-1] <= '9' || lexicon.IsNumeral(w) {
			return 0, 0, false // "the two chief antagonists": a number says the head is plural (not "the 45th president")
		}
	}
	return h, e, true
}

// manHeadAt finds, from word s, a lede's description headed by "man" or
// "woman" after one to three lower-case words that say what the person
// does or is ("an ice cream man", "a chip shop woman", "a local man"):
// the role a tabloid gives the person its next paragraph names.
func (x *extractor) manHeadAt(s, hi int) (h, e int, ok bool) {
	for h = s; h < hi && h < s+4 && x.words[h].kind == wordText && !x.words[h].upper; h++ {
		if w := x.wordText(h); (w == "man" || w == "woman") && h > s {
			return h, h + 1, true
		}
		if x.is(lexicon.CDeterminers, h) || x.is(lexicon.CFiniteAux, h) || x.is(lexicon.CPrepositions, h) {
			break
		}
	}
	return 0, 0, false
}

// anonymousSources head the descriptions of sources that news leaves
// unnamed on purpose: "a senior official", "a source close to", "an aide".
var anonymousSources = lexicon.SetOf("official", "source", "aide", "insider", "spokesman", "spokeswoman",
	"spokesperson", "person", "diplomat", "adviser", "advisor", "staffer")

// partyOrNationality reports whether word k is a capitalised adjective of
// party or nation before a role noun: "Conservative", "Labour",
// "Democratic", "French".
func (x *extractor) partyOrNationality(k int) bool {
	t := x.wordText(k)
	return x.words[k].upper && (lexicon.InFold(lexicon.PartyMembers, t) || lexicon.InFold(partyAdjectives, t) || lexicon.IsDemonym(t))
}

// partyAdjectives are the adjectives of parties that lexicon.PartyMembers,
// which holds the nouns of their members, does not: "a Democratic
// senator", "a Labour MP".
var partyAdjectives = lexicon.SetOf("democratic", "labour", "green")

// keepRole gives entity e the role, unless it already has one that says
// more.
func (r *resolver) keepRole(e int, role string) {
	if role == "" {
		return
	}

	if old := r.ents[e].role; old == "" || roleWeak(old) && !roleWeak(role) && (lexicon.IsRoleNoun(roleHead(role)) || !lexicon.IsRoleNoun(roleHead(old))) ||
		affiliationOnly(old) && lexicon.IsRoleNoun(roleHead(role)) ||
		descriptiveRole(old) && !descriptiveRole(role) && lexicon.IsRoleNoun(roleHead(role)) {
		// (what a person does replaces what a description called them:
		// "Veteran Ella Kaufana ... Kaufana is the Kestrels captain",
		// "Dale's wife of 34 years ... is the farm's bookkeeper")
		// (a role noun stays against what a clause says the person does:
		// "Ex-soldier Callum Baird, 41, has played on the pier every
		// summer")
		r.ents[e].role = role // (a role noun replaces a body's bare name: "Morobe's Michael Yawa, in his last game as coach")
	}
}

// appointVerbs give a person a post with "as" after the name: "appointed
// Richard Okafor as its chief executive", "named Ana Ruiz as captain".
var appointVerbs = lexicon.SetOf("appointed", "appoints", "appoint", "named", "names", "hired", "hires", "picked", "chose",
	"chosen", "elected", "installed", "confirmed", "unveiled", "recruited", "promoted", "nominated")

// byAgents name the part a person played in a work by the participle
// before "by" and the name: "directed by Lejla Kurtović" is its director.
var byAgents = map[string]string{"directed": "director", "written": "writer", "choreographed": "choreographer",
	"composed": "composer", "produced": "producer", "designed": "designer", "illustrated": "illustrator",
	"translated": "translator", "edited": "editor", "curated": "curator", "conducted": "conductor", "painted": "painter",
	"photographed": "photographer", "founded": "founder", "coached": "coach", "captained": "captain",
	"trained": "trainer", "managed": "manager", "chaired": "chair", "hosted": "host", "presented": "presenter"}

// roleHead returns the head noun of a role: its last word before a
// preposition ("trawlerman" of "retired trawlerman from Eidi").
func roleHead(role string) string {
	f := strings.Fields(role)
	for i, w := range f {
		if i > 0 && lexicon.InFold(lexicon.Prepositions, w) {
			return strings.Trim(f[i-1], ",.")
		}
	}
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",.")
}

// officeTitle reports whether the one-word role is a word of office
// ("President", "Sen.", "Mayor").
func officeTitle(role string) bool {
	return lexicon.InFold(lexicon.TitleWords, strings.Trim(role, ".,")) && lexicon.IsRoleNoun(spellOutTitles(strings.Trim(role, ",")))
}

// holdsOffice reports whether the role has a word of office: a fuller
// role that "He was ..." states replaces a one-word title ("Mayor" ->
// "mayor of Brackwater"), a description does not ("President" stays
// against "a central broker of the climate agreement").
func holdsOffice(role string) bool {
	for w := range strings.FieldsSeq(role) {
		if lexicon.InFold(lexicon.TitleWords, strings.Trim(w, ".,;:")) {
			return true
		}
	}
	return false
}

// roleWeak reports whether a role says little: none, or one word ("Sen.",
// "Mayor"), which a fuller role stated later replaces.
func roleWeak(role string) bool { return !strings.Contains(role, " ") }

// titleRole returns the title before the name in the run [k, end): the
// title words of the run with the lower-case role words
// before it ("Harbour Athletic manager", "shadow chancellor", "Chancellor
// of the Exchequer").
func (r *resolver) titleRole(ui, k, end int) string {
	x := r.x
	m := r.titleEnd(k, end)
	rs := k
	for rs < m && (x.is(lexicon.CNonNameCaps, rs) && !x.placePrefix(rs, m) || x.in(lexicon.SentenceAdverbs, rs) || x.capitalLy(rs)) {
		rs++ // ("Later Lord Renwick said", "Privately Mayor Bill Jones said": an adverb, no role)
	}
	for t := rs; t < m; t++ {
		if x.is(lexicon.CHonorificWords, t) && !x.is(lexicon.CPeerTitles, t) && (t == m-1 || t == m-2) {
			// "Mr." is no role, nor "the Manhattan-made Mr. Trump"; in
			// "Health Minister Dr Kavita Sharma" the title before it is
			title := false
			for v := rs; v < t; v++ {
				title = title || x.words[v].kind == wordText && (x.is(lexicon.CTitleWords, v) || lexicon.IsRoleNoun(x.wordText(v)))
			}
			if title {
				m = t
			} else {
				m = rs
			}
			break
		}
	}
	start, last := rs, m-1
	if rs == k {
		if l := r.roleLeft(ui, k, m > rs); l < k {
			start = l
			if m == rs {
				last = k - 1
			}
		} else if m == rs && k-2 >= x.units[ui].w0 && x.wordIs(k-1, "the") && x.is(lexicon.CHonorificWords, k) {
			// "Vatican spokesman the Rev. Federico Lombardi": the role
			// before the article of a cleric's style
			if l := r.roleLeft(ui, k-1, false); l < k-1 {
				start, last = l, k-2
			}
		}
	}
	for last >= start && x.words[last].kind != wordText {
		last-- // the apostrophe of "Farmers'"
	}
	if last < start {
		return ""
	}
	role := r.roleText(start, last+1)
	if (last == m-1 || m == rs) && x.possessive(last) {
		// "Halvard's Ida Morvik" rides for Halvard.
		role = placeNoRole(strings.TrimRight(trimPossessive(role), "'’"))
	}
	return role
}

// placeNoRole returns the owner of a possessive before a name as a role,
// or "" when it is a country or region: "Halvard's Ida Morvik" rides for
// Halvard, "Fiji's Savenaca Nakau" and "Norway's Eva Dahl" are only from
// there.
func placeNoRole(owner string) string {
	if lexicon.InFold(lexicon.Places, owner) {
		return ""
	}
	if first, rest, ok := strings.Cut(owner, " "); ok && placeName(owner) && lexicon.InFold(compassFirst, first) &&
		(lexicon.InFold(lexicon.Places, rest) || lexicon.InFold(placeSeconds, rest)) {
		return "" // "New Jersey's Steve Lonegan", "South Carolina's"
	}
	return owner
}

// compassFirst open a place's name of two words whose second is a place
// (lexicon.Places) or one of placeSeconds.
var compassFirst = lexicon.SetOf("north", "south", "east", "west", "new")

// placeSeconds end a place's name after "New": "New York", "New Zealand".
var placeSeconds = lexicon.SetOf("york", "zealand", "orleans", "delhi", "england")

// roleText is the role of words [s, e): abbreviated titles spelled out
// ("Sen." is a senator) and a capital that only opens the sentence
// lowered ("Chief executive Alan Brophy" is a chief executive).
func (r *resolver) roleText(s, e int) string {
	x := r.x
	for s < e && x.words[s].kind != wordText {
		s++
	}
	for e > s && x.words[e-1].kind == wordPunct && !x.isPunct(e-1, '.') {
		e--
	}
	if e <= s || x.words[e-1].kind == wordText && lexicon.OriginCompound(x.wordText(e-1)) {
		return "" // "South Korean-born": where the person is from, no role
	}
	var buf [32]byte
	if full := lexicon.TitleAbbrevs[string(lowerKey(&buf, strings.TrimSuffix(x.wordText(s), ".")))]; e-s <= 2 && full != "" && (e-s == 1 || x.isPunct(s+1, '.')) {
		return full
	}
	role := x.text[x.words[s].Start:x.words[e-1].End]
	later := false // a capital after the first word: "Chancellor of the Exchequer" keeps its own
	for t := s + 1; t < e; t++ {
		later = later || x.words[t].kind == wordText && x.words[t].upper
	}
	// A capital that only opens the sentence is lowered: "Chief
	// executive ...", and "Former Hewlett-Packard CEO" even before a
	// proper noun, unless the first word is itself a title, an
	// institution or the start of a place, or opens a title or a name
	// ("Chancellor of the Exchequer", "House Speaker", "New Jersey",
	// "North Carolina", "Battalion Chief", "Harbour Athletic manager").
	first := x.wordText(s)
	owner := false // "Planned Parenthood's president": the first word of a possessive name is the name's
	for t := s + 1; t < e && x.words[t].kind == wordText && x.words[t].upper && !owner; t++ {
		owner = x.possessive(t)
	}
	if x.words[s].upper && x.sentenceInitial(s) && (lexicon.CommonWord(first) || strings.Contains(first, "-") && lexicon.IsRoleNoun(first)) && !owner &&
		(!later || x.in(timeModifiers, s) ||
			!x.is(lexicon.CTitleWords, s) && !x.is(lexicon.COrgWords, s) && !x.placePrefix(s, e) &&
				!(s+1 < e && (x.is(lexicon.CTitleWords, s+1) || x.is(lexicon.CPlaces, s+1) || x.words[s+1].upper && !isPastForm(first) && !lexicon.EqualFold(first, "presumptive")))) {
		role = lexicon.Lower(role[:1]) + role[1:]
	}
	return spellOutTitles(role)
}

// timeModifiers say when a title held; news style writes them in lower
// case before a capitalised title ("former President", "acting Attorney
// General"), so their capital opening a sentence is the sentence's.
var timeModifiers = lexicon.SetOf("former", "then", "late", "onetime", "one-time", "erstwhile",
	"outgoing", "incoming", "acting", "interim", "ex")

// normalizeRole cleans the front and the abbreviations of a role:
//   - words that open no noun phrase are dropped from its front: a
//     preposition, a conjunction, a subordinator, an auxiliary ("Since
//     President", "Is President", "see Ohio Gov."), which a headline or a
//     sentence start glues to a title;
//   - abbreviated titles are spelled out, with or without their period
//     ("Texas Sen" is a Texas senator, as "Texas Sen." is);
//   - function words that end it are dropped ("spokesman for the",
//     "best candidate but"), and a photo credit glued to its front
//     (unglue);
//   - a role that is only a time modifier ("former") is no role.
//
// A title is written in lower case, as after a name ("Vice President"
// is "vice president": lowerTitles); names, places and organisations
// keep their capitals, and the tally counts roles that differ only in
// case as one.
// partyWord spells a party's nickname in a role as its name ("GOP
// presidential candidate" is a Republican presidential candidate), so
// that one role written two ways counts once in a summary.
func partyWord(role string) string {
	if !strings.Contains(role, "GOP") {
		return role
	}
	f := strings.Fields(role)
	for i, w := range f {
		if w == "GOP" && i+1 < len(f) {
			f[i] = "Republican" // (not "chairwoman of the Hillsborough County GOP", the party itself)
		}
	}
	return strings.Join(f, " ")
}

func normalizeRole(role string) string {
	first0, _, _ := strings.Cut(role, " ")
	verbal := lexicon.RoleVerbs[first0] || isPastForm(first0) || lexicon.InFold(lexicon.FiniteAux, first0) // what someone does ("has run the committee since 2011")
	if first, rest, ok := strings.Cut(role, " "); ok && strings.HasSuffix(first, "-year-old") && rest != "" {
		role = rest // "a 34-year-old nurse" is a nurse
		if w, _, _ := strings.Cut(rest, " "); lexicon.InFold(lexicon.Prepositions, w) {
			return "" // "59-year-old from Hilton Head": an age and a place, no role
		}
	}
	for role != "" {
		first, rest, _ := strings.Cut(role, " ")
		w := strings.Trim(first, ",;:")
		if !lexicon.InFold(lexicon.Prepositions, w) && !lexicon.InFold(lexicon.LeadConjunctions, w) &&
			!lexicon.InFold(subordinators, w) && !lexicon.InFold(lexicon.FiniteAux, w) &&
			!lexicon.EqualFold(w, "see") && !lexicon.EqualFold(w, "and") && !((lexicon.InFold(lexicon.Articles, w) || lexicon.EqualFold(w, "another")) && rest != "") &&
			!(titleCase(w) && rest != "" && lexicon.InFold(lexicon.SentenceAdverbs, w)) {
			break
		}
		role = strings.TrimLeft(rest, " ")
	}
	for role != "" {
		i := strings.LastIndexByte(role, ' ')
		w := strings.Trim(role[i+1:], ",;:")
		if !lexicon.InFold(lexicon.Articles, w) && !lexicon.InFold(lexicon.Prepositions, w) &&
			!lexicon.InFold(lexicon.PossDeterminers, w) && !lexicon.InFold(lexicon.LeadConjunctions, w) &&
			!lexicon.EqualFold(w, "and") {
			break
		}
		role = strings.TrimRight(role[:max(i, 0)], " ")
	}
	role = cutClause(role)
	role = unglue(role)
	role = partyWord(role)
	if words := strings.Fields(role); len(words) > 1 {
		// "Republican presidential candidates Sen. Marco Rubio (R-Fla.),
		// Donald Trump and ...": a lower-case plural right before the
		// title names the list the person is in; the title is the role
		w, title := words[len(words)-2], words[len(words)-1]
		if len(w) > 3 && isLowerASCII(w[0]) && w[len(w)-1] == 's' && w[len(w)-2] != 's' && personPlural(w) &&
			lexicon.InFold(lexicon.TitleWords, strings.TrimSuffix(title, ".")) {
			role = title
		} else if len(words) >= 3 && len(w) > 3 && isLowerASCII(w[0]) && w[len(w)-1] != 's' && lexicon.IsRoleNoun(w) && !lexicon.InFold(titleWords, w) &&
			lexicon.InFold(seatTitles, strings.TrimSuffix(title, ".")) {
			// "Democratic presidential candidate Sen. Bernie Sanders": a
			// description, then the title of the seat before the name;
			// the description is the role, not "candidate senator"
			role = strings.Join(words[:len(words)-1], " ")
		}
	}
	for _, ex := range [...]string{" such as ", " including "} {
		if i := strings.Index(role, ex); i > 0 {
			role = strings.TrimRight(role[:i], " ,") // "staff member for Maryland Republicans such as former Gov."
		}
	}
	if lexicon.InFold(timeModifiers, role) || nameList(role) {
		return ""
	}
	role = partitiveRole(role)
	if first, _, _ := strings.Cut(role, " "); mayHoldTime(role) && !verbal && !lexicon.RoleVerbs[first] && !isPastForm(first) && !lexicon.InFold(lexicon.FiniteAux, first) {
		// "the town's mayor since 2019", "the club's captain for six
		// seasons": how long, no part of a noun's role (what someone
		// does, "has run the committee since 2011", keeps it)
		role = cutTime(role)
	}
	return lowerTitles(spellOutTitles(role))
}

// mayHoldTime reports, without allocating, whether role has a word cutTime
// cuts at.
func mayHoldTime(role string) bool {
	return strings.Contains(role, " since ") || strings.Contains(role, " for ") || strings.Contains(role, " from ") ||
		strings.Contains(role, " until ") || strings.Contains(role, " between ") || strings.Contains(role, " in ") || strings.Contains(role, " during ")
}

// ownedTitle reports whether a title names the body it is held in before
// its role noun, as an acronym ("CBC chairman", "NRA president"): a place
// after the name is then the person's, not the title's.
func ownedTitle(title string) bool {
	f := strings.Fields(title)
	return len(f) >= 2 && len(f[0]) >= 2 && isAllCaps(f[0])
}

// partitiveRole returns a role that opens with "one" as the role of one
// person: "One of his advisers" is an adviser (the pronoun names no one
// a reader of the role can see), "One pastor supporting Mr. Cruz" a pastor
// supporting Mr. Cruz; "one of the stars of the play" keeps its phrase.
func partitiveRole(role string) string {
	first, rest, ok := strings.Cut(role, " ")
	if !ok || !lexicon.EqualFold(first, "one") {
		return role
	}
	if of, tail, ok := strings.Cut(rest, " "); ok && lexicon.EqualFold(of, "of") {
		if det, noun, ok := strings.Cut(tail, " "); ok && lexicon.InFold(lexicon.PossDeterminers, det) && !strings.Contains(noun, " ") {
			return singular(lexicon.Lower(noun)) // "One of his advisers"
		}
		return "one " + rest
	}
	return rest // "One pastor supporting Mr. Cruz"
}

// nameList reports whether role is other people's names joined by "and"
// ("Robyn Dawes and Nathanial Peterson", from "wrote Jason Dana, Robyn
// Dawes and Nathanial Peterson"): co-authors, no role. Titles joined so
// ("Chairman and CEO") stay.
func nameList(role string) bool {
	and := false
	for w := range strings.FieldsSeq(role) {
		w = strings.Trim(w, ",")
		switch {
		case w == "and":
			and = true
		case w == "" || !isUpperASCII(w[0]) || lexicon.IsRoleNoun(w) || lexicon.InFold(lexicon.TitleWords, strings.TrimSuffix(w, ".")) ||
			lexicon.InFold(lexicon.OrgWords, w):
			return false
		}
	}
	return and
}

// seatTitles are the titles of elected seats that stand before a name
// ("Sen.", "Gov.", "Rep.", "Mayor").
var seatTitles = lexicon.SetOf("senator", "sen", "governor", "gov", "representative", "rep", "congressman",
	"congresswoman", "mayor", "councillor", "councilman", "councilwoman", "assemblyman", "assemblywoman")

// titleWords are the words that, capitalised, make a title with a role
// noun ("Vice President", "Foreign Minister", "Senate Majority Leader"),
// and the portfolios a title holds after "of" or "for" ("Secretary of
// State", "Minister for Health").
var titleWords = lexicon.SetOf("vice", "deputy", "assistant", "associate", "chief", "senior", "prime", "acting",
	"interim", "former", "executive", "lieutenant", "first", "principal", "managing", "majority", "minority",
	"foreign", "home", "interior", "defence", "defense", "finance", "health", "education", "transport",
	"environment", "energy", "trade", "economy", "agriculture", "culture", "justice", "state", "shadow", "junior", "housing",
	"staff", "cabinet")

// ambiguousOffices are office words that also end names of places and
// bodies ("Hilton Head", "Center for Justice", "General Motors"): they
// end a title only after another title word ("Chief Justice", "Attorney
// General", "department head").
var ambiguousOffices = lexicon.SetOf("head", "lead", "justice", "general", "major", "private", "house", "senate", "state")

// officeNoun reports whether last, the last word of the capitalised run,
// is a word of office that ends a title.
func officeNoun(last string, run []string) bool {
	if !lexicon.InFold(lexicon.TitleWords, last) || !lexicon.IsRoleNoun(last) {
		return false
	}
	if !lexicon.InFold(ambiguousOffices, last) {
		return true
	}
	if len(run) < 2 {
		return false
	}
	prev := strings.TrimRight(run[len(run)-2], ",;:")
	return lexicon.InFold(lexicon.TitleWords, prev) || lexicon.InFold(titleWords, prev)
}

// lowerTitles writes a role's title in lower case, as a role is written
// after a name: "Vice President" is "vice president", "Valdoran Foreign
// Minister" "Valdoran foreign minister", "Secretary of State for Health"
// "secretary of state for health". English capitalises a title before a
// name ("Vice President Joe Biden"), so the same role would otherwise be
// counted under two spellings. Only the capitalised words at the end of
// a run that ends in a role noun are titles, and a portfolio after "of"
// or "for" one: a name, a place or an organisation keeps its capitals
// ("House speaker", "General Motors", "Humanitarian Aid").
func lowerTitles(role string) string {
	if role == "" {
		return role
	}
	has := false
	for w := range strings.FieldsSeq(role) {
		if titleCase(w) && lexicon.InFold(lexicon.TitleWords, strings.Trim(w, ",;:")) {
			has = true
			break
		}
	}
	if !has {
		return role
	}
	words := strings.Fields(role)
	title := func(w string) bool { return titleCase(w) && (lexicon.IsRoleNoun(w) || lexicon.InFold(titleWords, w)) }
	lowered := false
	for i := 0; i < len(words); {
		if !titleCase(words[i]) {
			i++
			continue
		}
		j := i // the run of capitalised words [i, j)
		for j < len(words) && titleCase(strings.TrimRight(words[j], ",;:")) {
			j++
		}
		last := strings.TrimRight(words[j-1], ",;:")
		inName := i >= 2 && (words[i-1] == "of" || words[i-1] == "for" || words[i-1] == "and") && titleCase(words[i-2]) ||
			i >= 1 && words[i-1] == "the" && j < len(words) && !titleCase(words[j]) && !lexicon.InFold(lexicon.Prepositions, words[j]) // "owner of the Anchor pub": a name before its noun
		switch {
		case inName:
			// "Brennan Center for Justice": a name's words after its "for"
		case officeNoun(last, words[i:j]) && (j == len(words) || !titleCase(words[j])):
			for k := j - 1; k >= i && title(strings.TrimRight(words[k], ",;:")); k-- {
				words[k] = lexicon.Lower(words[k])
				lowered = true
			}
		case lowered && i > 0 && (words[i-1] == "of" || words[i-1] == "for"):
			all := true
			for k := i; k < j; k++ {
				all = all && lexicon.InFold(titleWords, strings.TrimRight(words[k], ",;:")) && !lexicon.IsRoleNoun(words[k])
			}
			if all {
				for k := i; k < j; k++ {
					words[k] = lexicon.Lower(words[k])
				}
			}
		}
		i = j
	}
	if !lowered {
		return role
	}
	return strings.Join(words, " ")
}

// mayHoldClause reports, without allocating, whether role has what
// cutClause looks for: a lower-case word after "and" or one that is an
// auxiliary or an irregular past, or an -ly word first.
func mayHoldClause(role string) bool {
	first := true
	for rest := role; rest != ""; first = false {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		w = strings.Trim(w, ",;:")
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if first && strings.HasSuffix(w, "ly") || w == "and" || w == "yet" || w == "but" || lexicon.InFold(lexicon.FiniteAux, w) || lexicon.InFold(lexicon.IrregularPast, w) {
			return true
		}
	}
	return false
}

// cutClause returns a role without the clause a writer ran on into it: a
// role is a noun phrase, and a finite verb in lower case ends it. Before
// "and" the role ends there ("governor of Vermont from 1985 to 1991 and
// speaks from experience"); else it ends before the last preposition
// ahead of the verb ("agent for President Bill Clinton has written a
// book", "minister of finance at the time the tax was introduced"), and
// without one there is no role ("House hopeful Donald Trump threw ...").
// A sentence adverb before an article goes ("unquestionably the star").
func cutClause(role string) string {
	if !mayHoldClause(role) {
		return role
	}
	words := strings.Fields(role)
	for len(words) > 2 && len(words[0]) > 4 && words[0][0] >= 'a' && words[0][0] <= 'z' && strings.HasSuffix(words[0], "ly") &&
		(lexicon.InFold(lexicon.Articles, words[1]) || lexicon.InFold(lexicon.Determiners, words[1]) || words[1] == "not") {
		words = words[1:] // "unquestionably the star", not "family spokesman"
	}
	for i := 1; i < len(words); i++ {
		w := strings.Trim(words[i], ",;:")
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		prev := strings.Trim(words[i-1], ",;:")
		if i >= 2 && (lexicon.InFold(lexicon.SentenceAdverbs, prev) || strings.HasSuffix(prev, "ly")) && isClauseJoin(words[i-2]) {
			prev = "and" // "and later worked at ...": the adverb after the conjunction
		}
		finite := lexicon.InFold(lexicon.FiniteAux, w) || lexicon.InFold(lexicon.IrregularPast, w) && !isNominalContext(prev)
		if isClauseJoin(prev) {
			prev = "and" // "yet endorsed", "but left"
		}
		if !finite && lexicon.EqualFold(prev, "and") {
			e, ok := lexicon.LookupCue(w)
			finite = ok && (e.Third || e.Past) || len(w) > 4 && strings.HasSuffix(w, "ed") || isPresentThird(w, "x") && !lexicon.IsRoleNoun(singular(w))
		}
		if !finite {
			continue
		}
		if i >= 2 && lexicon.EqualFold(prev, "and") {
			j := i - 1
			for j > 1 && !isClauseJoin(words[j]) {
				j-- // back over the adverb to the conjunction
			}
			return strings.Join(words[:j], " ")
		}
		for k := i - 1; k >= 1; k-- {
			if lexicon.InFold(lexicon.Prepositions, strings.Trim(words[k], ",;:")) {
				return strings.Join(words[:k], " ")
			}
		}
		return ""
	}
	return strings.Join(words, " ")
}

// isClauseJoin reports whether w joins a clause to a role: "and", "yet",
// "but".
func isClauseJoin(w string) bool {
	w = strings.Trim(w, ",;:")
	return lexicon.EqualFold(w, "and") || lexicon.EqualFold(w, "yet") || lexicon.EqualFold(w, "but")
}

// unglue drops what a scraped page glued to the front of a role: a photo
// credit or a rubric run into the next word without a space ("Getty
// ImagesRepublican candidate", "AP PHOTOOhio governor"). The glued word
// is not the role's last, and it splits where a capital follows at least
// five capitals ("PHOTOOhio") or, after a capitalised word of the credit,
// five letters ending in lower case ("Getty ImagesRepublican"); the role
// starts at the capital. Names such as MacArthur, DeSantis, LinkedIn or a
// firm's "StrideLoop" stay whole.
func unglue(role string) string {
	prevCap := false // the word before is capitalised
	for start := 0; start < len(role); {
		end := strings.IndexByte(role[start:], ' ')
		if end < 0 {
			return role // the last word: a name, not a credit
		}
		end += start
		w := role[start:end]
		for i := 5; i+3 <= len(w); i++ {
			if !isUpperASCII(w[i]) || !isLowerASCII(w[i+1]) || !isLowerASCII(w[i+2]) {
				continue
			}
			left := w[:i]
			caps := strings.ToUpper(left) == left
			if caps || prevCap && isUpperASCII(left[0]) && isLowerASCII(left[len(left)-1]) {
				return role[start+i:]
			}
		}
		prevCap = w != "" && isUpperASCII(w[0])
		start = end + 1
	}
	return role
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// titleCase reports whether w is capitalised and not in capitals
// throughout ("Senator", not "CEO" or "senator").
func titleCase(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// spellOutTitles writes the abbreviated titles of a role in full, with
// or without their period: "Ohio Gov." is "Ohio governor", "Lt. Gov."
// "lieutenant governor", "Texas Sen" a Texas senator.
func spellOutTitles(role string) string {
	abbreviated := false
	for w := range strings.FieldsSeq(role) {
		var buf [32]byte
		ab := strings.TrimSuffix(w, ".")
		if (ab != w || titleCase(w)) && lexicon.TitleAbbrevs[string(lowerKey(&buf, ab))] != "" {
			abbreviated = true
			break
		}
	}
	if !abbreviated {
		return role
	}
	words := strings.Fields(role)
	changed := false
	for i, w := range words {
		ab := strings.TrimSuffix(w, ".")
		if ab == w && !titleCase(w) {
			continue // "sales rep": only a capitalised "Sen" or a "Sen." is a title
		}
		var buf [32]byte
		if full := lexicon.TitleAbbrevs[string(lowerKey(&buf, ab))]; full != "" {
			words[i], changed = full, true
			if i > 0 && !strings.HasSuffix(words[i-1], ",") && titleCase(words[i-1]) && lexicon.IsRoleNoun(words[i-1]) && !lexicon.InFold(titleModifiers, words[i-1]) {
				words[i-1] += "," // "panel Chairman Rep. Jason Chaffetz": two offices, "panel Chairman, representative"
			}
		}
	}
	if !changed {
		return role
	}
	return strings.Join(words, " ")
}

// titleModifiers are the capitalised words that make one title with the
// office after them ("Lieutenant Gov.", "Deputy Sen."), where two
// offices in a row are two roles ("panel Chairman Rep.").
var titleModifiers = lexicon.SetOf("lieutenant", "deputy", "vice", "assistant", "associate", "acting", "former",
	"fellow", "lead", "state", "junior", "senior", "chief", "detective", "major", "brigadier", "staff", "master",
	"sergeant", "petty", "rear", "lance", "first", "second", "police", "army", "air", "navy", "marine")

// roleLeft returns the first word of the role words left of the name at
// word k, or k when there are none. Without a title in the name's run the
// words must end in a role noun ("union deputy leader") or hold one before
// "of" or "for" ("Chair of judges").
func (r *resolver) roleLeft(ui, k int, titled bool) int {
	x := r.x
	w0 := x.units[ui].w0
	start, joined := k, false
	for j := k - 1; j >= w0 && k-j <= 8; j-- {
		w := x.words[j]
		if w.quote >= 0 {
			break
		}
		if w.kind == wordPunct {
			if t := x.wordText(j); (t == "'" || t == "’") && j > w0 && x.possessive(j-1) && (x.words[j+1].upper || start == j+1 && start < k) {
				continue // "Taxpayers' Watch boss", "Goldman Sachs' chief economist"
			}
			break
		}
		if w.kind != wordText {
			break
		}
		t := x.wordText(j)
		lw := t
		if w.upper {
			lw = "" // "of", "for", "the" and suffixes below are lower-case
		}
		if (lw == "of" || lw == "for") && j > w0 && j+1 < k && (lexicon.IsRoleNoun(x.wordText(j-1)) || x.is(lexicon.CTitleWords, j-1)) {
			start, joined = j, true // "Chair of judges", "director of rugby"
			continue
		}
		if (lw == "of" || lw == "for") && j > w0 && x.words[j-1].upper && x.words[j+1].upper {
			start = j // "Kestrelford Chamber of Commerce's Neil Bastable"
			continue
		}
		if lw == "the" && j > w0 && x.is(lexicon.CSpeaksForPreps, j-1) {
			continue // "Chancellor of the Exchequer": kept if "of" joins
		}
		if lexicon.EqualFold(t, "and") && j > w0 && start == j+1 && (start < k || titled) && x.words[j-1].kind == wordText &&
			(lexicon.IsRoleNoun(x.wordText(j-1)) || x.is(lexicon.CTitleWords, j-1)) && !(j-2 >= w0 && (x.is(lexicon.CPossDeterminers, j-2) || x.is(lexicon.CInfinitiveMarkers, j-2))) {
			// "Managing director and CEO Anand Kulkarni": two titles; but
			// "widened her lead and Senator Bernie Sanders", "fitness to
			// lead and Senator Bernie Sanders".
			continue
		}
		if x.possessive(j) {
			// "Joanne's lawyer", "Goldman Sachs's chief economist"; and
			// "Imena Securities' Eric Mugisha", "the Lions' Jo Banda": a
			// plural owner's name, which the apostrophe cut from the
			// name's run, is the role as "Halvard's Ida Morvik" is.
			if owner := start == k; !owner || w.upper && x.words[j+1].kind == wordPunct {
				for start = j; w.upper && start > w0 && x.words[start-1].kind == wordText && x.words[start-1].upper && x.words[start-1].quote < 0 &&
					!x.is(lexicon.CNonNameCaps, start-1); start-- {
				}
				if owner {
					return start
				}
			}
			break
		}
		if lexicon.IsNumber(t) && !isYear(t) && start == j+1 && j+1 < k && j > w0 && x.words[j-1].kind == wordText && x.words[j-1].upper && !x.is(lexicon.CNonNameCaps, j-1) &&
			!(x.sentenceInitial(j-1) && x.common(j-1)) && !x.is(lexicon.CPrepositions, j-1) &&
			lexicon.IsRoleNoun(x.wordText(k-1)) && !x.possessive(j-1) && !(j-2 >= w0 && (x.is(lexicon.CPrepositions, j-2) || lexicon.IsNumber(x.wordText(j-2)))) {
			start = j - 1 // "Ward 5 councillor Gurleen Dhaliwal", "District 9 supervisor": the seat's number
			j--
			continue
		}
		if x.is(lexicon.CDeterminers, j) || x.is(lexicon.CPrepositions, j) || x.is(lexicon.CNpStops, j) ||
			x.is(lexicon.CConnectives, j) || x.is(lexicon.CSentenceAdverbs, j) || x.is(lexicon.CSubjectPronouns, j) ||
			x.is(lexicon.CObjectPronouns, j) || lexicon.IsNumber(t) || x.endsLy(j) {
			break
		}
		if _, ok := lexicon.LookupCue(t); ok && !lexicon.IsRoleNoun(t) {
			break // "said head coach Mia Lund"
		}
		if !w.upper && lexicon.InFold(titleParticiples, lw) && j-2 >= w0 && (x.wordIs(j-1, "of") || x.wordIs(j-1, "for")) && !x.words[j-1].upper &&
			(lexicon.IsRoleNoun(x.wordText(j-2)) || x.is(lexicon.CTitleWords, j-2)) {
			// "head of housing Martin Okonjo", "director of coaching": the
			// field the office covers; not "advocate for stopping Trump"
			start, joined = j, true
			continue
		}
		if !w.upper && lexicon.InFold(disciplineGerunds, lw) && j+1 < k && x.in(coachNouns, j+1) {
			start = j // "Pune Falcons bowling coach Shane Rutherford"
			continue
		}
		if !w.upper && len(lw) > 4 && strings.HasSuffix(lw, "ing") && (!lexicon.IsRoleNoun(x.wordText(j+1)) ||
			!lexicon.InFold(titleParticiples, lw) && !strings.Contains(lw, "-") && j > w0 && x.words[j-1].kind == wordText && !x.is(lexicon.CDeterminers, j-1)) {
			break // "beating top seed Sofia Lind", "nominating billionaire Donald Trump"; but "managing director", "best-selling author"
		}
		if !w.upper && j > w0 && !lexicon.IsRoleNoun(lw) && !x.is(lexicon.CTitleWords, j) && !x.words[j-1].upper &&
			x.is(lexicon.CFiniteAux, j-1) {
			break // "will face challenger Paul Nehlen", "would assail Senator Bernie Sanders": a verb
		}
		if !w.upper && j+1 < k && lexicon.PositionCompound(lw, x.wordText(j+1)) {
			start = j // "from left back Aviaja Lennert": a position, not a verb
			continue
		}
		if !w.upper && lexicon.InFold(lexicon.IrregularPast, lw) {
			break // "led Sens. Jon Tester ... to invoke"
		}
		if !w.upper && len(lw) > 3 && strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "eed") { // "used", not "seed"
			// "the retired pharmacist", but "signed winger Jonas Kragh"
			if j == w0 || x.words[j-1].kind != wordText || x.is(lexicon.CDeterminers, j-1) {
				start = j
			}
			break
		}
		start = j
	}
	if start == k || titled {
		return start
	}
	if lexicon.IsRoleNoun(x.wordText(k-1)) && x.words[k-1].kind == wordText || k-2 >= start && lexicon.PositionCompound(x.wordText(k-2), x.wordText(k-1)) {
		return start
	}
	if _, person := personNouns[lexicon.Lower(x.wordText(k-1))]; person && k-2 >= start && !x.words[k-1].upper && (!x.words[k-2].upper || x.sentenceInitial(k-2)) && x.words[k-2].kind == wordText {
		return start // "retired dinner lady Maureen Gedge", "local man Tom Hale": a tabloid's title of a noun of a person
	}
	if h := x.wordText(k - 1); k-2 >= start && !x.words[k-1].upper && x.words[k-1].kind == wordText && agentSuffix(h, 2) &&
		!lexicon.InFold(lexicon.ArtifactNouns, h) && !lexicon.InFold(lexicon.NotPeople, h) && !lexicon.InFold(timeNouns, h) && // ("Last winter Gareth Pugh said") (!x.words[k-2].upper || x.sentenceInitial(k-2)) && x.words[k-2].kind == wordText &&
		!x.plural(k-2) && (start == w0 || !x.is(lexicon.CDeterminers, start-1) && !x.is(lexicon.CInfinitiveMarkers, start-1) && !x.is(lexicon.CPrepositions, start-1)) {
		// "Dog walker Gareth Pugh", "cancer sufferer Ann Lee": a title
		// without an article, of an agent noun no lexicon lists; not "the
		// private email server Hillary Clinton used", "young voters
		// prefer Sanders" nor "to overthrow Libyan dictator Moammar
		// Gadhafi"
		return start
	}
	if joined {
		for t := start; t < k; t++ {
			if lexicon.IsRoleNoun(x.wordText(t)) {
				return start
			}
		}
	}
	return k
}

// roleLinks join a role noun to the body or place it serves: "a
// spokesman for Greyfield", "ambassador to Burma", "correspondent in
// Paris"; not "her lead over her rival".
var roleLinks = lexicon.SetOf("of", "for", "at", "from", "to", "in", "with", "on")

// titleParticiples are the participles that belong to a title before a
// name after a verb ("said managing director Anand Kulkarni"); other
// words in -ing there are verbs ("nominating billionaire Donald Trump").
// With them, the gerunds of a trade before a role noun ("organizing
// director", "marketing chief", "nursing assistant").
var titleParticiples = lexicon.SetOf("managing", "acting", "presiding", "founding", "outgoing", "incoming", "ruling",
	"sitting", "reigning", "governing", "retiring", "consulting", "supervising", "ranking", "commanding", "visiting",
	"leading", "serving", "winning", "defending", "returning", "touring", "practising", "practicing", "performing",
	"organizing", "organising", "marketing", "polling", "nursing", "teaching", "training", "engineering", "accounting",
	"banking", "planning", "publishing", "fundraising", "recruiting", "casting", "programming", "lending", "editing",
	"housing", "shipping", "trading", "mining", "farming", "fishing", "racing", "boxing", "coaching", "scouting",
	"advertising", "broadcasting", "manufacturing", "purchasing", "operating", "reporting")

// disciplineGerunds name the disciplines a team's specialist coaches take
// their titles from ("bowling coach", "goalkeeping coach", "kicking
// coach"); before another noun they are verbs ("for hitting pitcher Tom
// Hale", "tackling goalkeeper Ana Ruiz").
var disciplineGerunds = lexicon.SetOf("bowling", "batting", "fielding", "goalkeeping", "kicking", "pitching", "hitting",
	"skating", "conditioning", "swimming", "running", "rowing", "sailing", "climbing", "cycling", "jumping", "throwing",
	"tackling", "skiing", "attacking")

// coachNouns are the titles of a specialist coach that a discipline opens.
var coachNouns = lexicon.SetOf("coach", "coaches", "instructor", "consultant", "specialist", "analyst")

// copula returns the word after a copula at word j ("is", "was",
// "became", "has been"), or 0 when there is none.
func (r *resolver) copula(j, hi int) int {
	x := r.x
	if j >= hi || x.words[j].kind != wordText {
		return 0
	}
	if a, left := x.asRolePhrase(j, hi); a > 0 {
		if left {
			return 0 // "Vale retired as head teacher": no longer
		}
		return a // "Reid took over as manager in May", "was named as captain"
	}
	s := 0
	switch x.wordText(j) {
	case "is", "was", "became", "becomes", "remains", "remained":
		s = j + 1
	case "has", "had":
		if j+1 < hi && lexicon.EqualFold(x.wordText(j+1), "been") {
			s = j + 2
		}
	default:
		if lexicon.InFold(asRoleVerbs, x.wordText(j)) && j+1 < hi && x.wordIs(j+1, "as") {
			s = j + 2 // "Kinross works as an ice monitor for the highways department"
		}
	}
	if s > 0 && s+2 < hi && lexicon.IsNumber(x.wordText(s)) && x.isPunct(s+1, ',') {
		s += 2 // "She is 46, a former seamstress"
	}
	if s > 0 && s < hi && (x.wordIs(s, "not") || x.wordIs(s, "never") || x.wordIs(s, "no")) {
		return 0 // "King is not an employee of RT": what someone is not is no role
	}
	return s
}

// roleAfter returns the role stated right after a name ending at word
// end: an appositive or a copula, past an age ("Karsh, 39, is its head
// teacher") and "who" ("Kemppe, who is a pastry baker").
func (r *resolver) roleAfter(ui, end int) string {
	x := r.x
	w1 := x.units[ui].w1
	j := end
	r.copulaLast = false
	if j < w1 && x.isPunct(j, '(') {
		return r.parenRole(j, w1) // "said Tom Hale (the club's top scorer)"
	}
	if j < w1 && x.isPunct(j, ',') {
		j++
		if j+1 < w1 && lexicon.IsNumber(x.wordText(j)) && x.isPunct(j+1, ',') {
			j += 2 // an age
		}
		if a := r.pastHome(j, w1, j > end+1); a > j {
			j = a // "Eilidh MacKay, 41, of Portree, a primary school teacher,": the home, then the role
		}
		if j < w1 && lexicon.EqualFold(x.wordText(j), "who") {
			c := j + 1
			for c < w1 && c < j+3 && (x.in(midAdverbs, c) || x.wordIs(c, "only") || x.wordIs(c, "recently") || x.wordIs(c, "later")) {
				c++ // "who only became", "who recently became"
			}
			if s := r.copula(c, w1); s > 0 && !x.wordIs(s-1, "as") {
				return cutTime(r.roleSegment(s, w1))
			}
			return "" // "who served as U.S. ambassador ... from 2012" is relativeClauseRole's
		}
		if s := r.copula(j, w1); s > 0 {
			r.copulaLast = true
			if r.afterAge(s) {
				return r.describedSegment(s, w1)
			}
			if j > end+1 && x.wordIs(j, "is") {
				// "Stavros Kambouris, 68, is a sponge diver on Kalymnos":
				// a name, an age and a copula introduce the person, as an
				// age before an appositive does; "a desperate man" is a
				// judgement
				role := r.describedSegment(s, w1)
				if _, plain := personNouns[lexicon.Lower(roleHead(role))]; plain {
					return r.roleSegment(s, w1) // "is a desperate man": no role; "is the father of the victim" a role noun's
				}
				return role
			}
			return r.roleSegment(s, w1)
		}
		if j > end+1 && x.isPunct(j-1, ',') && lexicon.IsNumber(x.wordText(j-2)) {
			if role := r.relativeRole(j, w1); role != "" {
				return role // "Marie Tokon, 49, chairs the Pentecost Kava Growers' Cooperative"
			}
			if s := r.coordinatedCopula(j, w1); s > 0 {
				return r.roleSegment(s, w1) // "Margaret Hine, 67, has lived on the road for forty years and is chair of ..."
			}
		}
		return r.describedSegment(j, w1)
	}
	if s := r.copula(j, w1); s > 0 {
		if r.afterAge(s) {
			return r.describedSegment(s, w1)
		}
		return r.roleSegment(s, w1)
	}
	if s := r.coordinatedCopula(j, w1); s > 0 {
		return r.roleSegment(s, w1)
	}
	return ""
}

// pastHome returns the word after the appositive of a person's home at
// word j ("from Athlone, ", "of Halifax, Nova Scotia, ") when an
// appositive with an indefinite article follows it, or j. "of" says home
// only after an age (aged) or of a known place: "Tom Bell, of Greenpeace,
// a campaign group," is a member of the body the rest describes.
func (r *resolver) pastHome(j, hi int, aged bool) int {
	x := r.x
	if j+3 >= hi || x.words[j].upper || !(x.wordIs(j, "from") || x.wordIs(j, "of")) {
		return j
	}
	t := j + 1
	for t < hi && t-j <= 3 && x.words[t].kind == wordText && x.words[t].upper && !x.is(lexicon.COrgWords, t) {
		t++
	}
	if t == j+1 || t >= hi || !x.isPunct(t, ',') {
		return j
	}
	if u := t + 1; u < hi && x.words[u].upper && !x.is(lexicon.CArticles, u) {
		v := u
		for v < hi && v-u < 3 && x.words[v].kind == wordText && x.words[v].upper && !x.is(lexicon.COrgWords, v) {
			v++
		}
		if v < hi && x.isPunct(v, ',') {
			t = v // "Halifax, Nova Scotia,"
		}
	}
	if x.wordIs(j, "of") && !aged && !r.hometown(j+1, t) {
		return j
	}
	if a := t + 1; a+1 < hi && (x.wordIs(a, "a") || x.wordIs(a, "an")) {
		// the appositive describes a person, not the body the home may be
		// ("Ana Ruiz, from Acme, a major employer in the town,"): its head
		// noun, before a comma or a preposition, is a role's and no body's
		h := a + 1
		for h+1 < hi && x.words[h+1].kind == wordText && !x.is(lexicon.CPrepositions, h+1) && !x.is(lexicon.CRelativePronouns, h+1) {
			h++
		}
		if w := x.wordText(h); lexicon.IsRoleNoun(w) && !lexicon.InFold(orgDescriptionNouns, w) && !lexicon.InFold(institutionNouns, w) {
			return a
		}
	}
	return j
}

// coordinatedCopula returns the word after "and is" or "and was" that
// joins a second predicate to the clause of the name's verb at word j
// ("has lived on the road for forty years and is chair of the residents'
// association"), within twelve words that hold no comma, quotation or
// other clause; or 0.
func (r *resolver) coordinatedCopula(j, hi int) int {
	x := r.x
	if j >= hi || x.words[j].kind != wordText || x.words[j].upper || !x.is(lexicon.CFiniteAux, j) && !strings.HasSuffix(x.wordText(j), "s") && !strings.HasSuffix(x.wordText(j), "ed") {
		return 0
	}
	if _, cue := lexicon.LookupCue(x.wordText(j)); cue {
		return 0 // "said ... and was": what someone says is no role
	}
	for k := j + 1; k+1 < hi && k-j <= 12; k++ {
		if x.words[k].kind != wordText || x.words[k].quote >= 0 || x.is(lexicon.CRelativePronouns, k) || x.in(subordinators, k) || x.isCueWord(k) {
			return 0
		}
		if x.wordIs(k, "and") && (x.wordIs(k+1, "is") || x.wordIs(k+1, "was")) {
			return k + 2
		}
	}
	return 0
}

// relativeClauseRole returns the role a relative clause right after a
// name ending at word end states (relativeRole), past an age: "Rosa
// Diaz, 41, who runs the bakery,".
func (r *resolver) relativeClauseRole(ui, end int) string {
	x := r.x
	w1 := x.units[ui].w1
	j := end
	if j >= w1 || !x.isPunct(j, ',') && !(x.words[j].kind == wordPunct && isDash(x.wordText(j))) {
		return "" // (", who runs the bakery," or "– who runs the bakery –")
	}
	j++
	if j+1 < w1 && lexicon.IsNumber(x.wordText(j)) && x.isPunct(j+1, ',') {
		j += 2
	}
	if j >= w1 || !lexicon.EqualFold(x.wordText(j), "who") {
		return ""
	}
	return r.relativeRole(j+1, w1)
}

// relativeRole returns the role a relative clause after a name states
// with a verb of occupation or residence in the present tense
// (lexicon.RoleVerbs), from word s ("Dwayne Pruitt, who lives above the
// hardware store next door, said"; "who also chairs the growers'
// association"): what the person does or where they live, not what they
// did ("who founded the firm"), said ("who says") or feel ("who relishes
// a fight").
// The clause must end at a comma or the end of the unit hi and hold no
// quotation; it is at most ten words.
func (r *resolver) relativeRole(s, hi int) string {
	x := r.x
	for s < hi && (lexicon.EqualFold(x.wordText(s), "also") || lexicon.EqualFold(x.wordText(s), "now") ||
		lexicon.EqualFold(x.wordText(s), "still") || x.endsLy(s)) {
		s++
	}
	if s >= hi || x.words[s].kind != wordText || x.words[s].upper || x.words[s].quote >= 0 {
		return ""
	}
	if lexicon.InFold(asRoleVerbs, x.wordText(s)) && x.wordIs(s+1, "as") {
		// "who served as U.S. ambassador to Burma from 2012", "who works
		// as a guide": the role the clause names
		return cutTime(r.roleSegment(s+2, hi))
	}
	if a, former := x.asRolePhrase(s, hi); a > 0 {
		// "who took over as manager in May", "who retired as head
		// teacher in 2019": a former one
		role := cutTime(r.roleSegment(a, hi))
		if role != "" && former && !strings.HasPrefix(lexicon.Lower(role), "former ") {
			return "former " + role
		}
		return role
	}
	speaksOn := x.wordIs(s, "speaks") && s+1 < hi && (x.wordIs(s+1, "on") || x.wordIs(s+1, "for")) && x.forBody(s+1, hi) // "who speaks on transport for Plaid Cymru": a brief
	if !lexicon.RoleVerbs[x.wordText(s)] && !x.longActivity(s, hi) && !x.leadsBody(s, hi) && !speaksOn && !x.ledWork(s, hi) {
		return "" // "who says", "who relishes a fight"
	}
	if (x.wordIs(s, "keeps") || x.wordIs(s, "lets")) && s+1 < hi && !lexicon.IsNumber(x.wordText(s+1)) && !lexicon.IsNumeral(x.wordText(s+1)) &&
		!(x.plural(s+1) && !strings.HasSuffix(x.wordText(s+1), "ing")) {
		return "" // "who keeps 220 dairy cows", "who lets two cottages", "who keeps bees"; not "who keeps a close eye on", "who keeps saying"
	}
	e, limit := s+1, 12
	for e < hi && e-s <= limit {
		w := x.words[e]
		if w.quote >= 0 {
			return ""
		}
		if x.wordIs(e, "and") && e+1 < hi && x.words[e+1].kind == wordText && !x.words[e+1].upper && e-s >= 2 {
			if lexicon.RoleVerbs[x.wordText(e+1)] {
				limit = 16 // "who fishes out of Port Ardle and chairs the harbour authority": both
			} else if isPastForm(x.wordText(e+1)) || lexicon.InFold(lexicon.IrregularParticiples, x.wordText(e+1)) {
				// "who chairs the committee and sat in on the hearing": the
				// role ends where the clause goes on to what the person did
				return x.text[x.words[s].Start:x.words[e-1].End]
			}
		}
		if w.kind == wordPunct {
			if t := x.wordText(e); (t == "'" || t == "’") && x.possessive(e-1) {
				e++
				continue // "the growers' association"
			}
			break
		}
		e++
	}
	if e-s < 2 || e-s > limit || e < hi && !x.isPunct(e, ',') && !x.isPunct(e, '.') && !isDash(x.wordText(e)) || x.is(lexicon.CHonorificWords, e-1) {
		return "" // "who works on Mr. Sanders's ..." is cut at "Mr"
	}
	return x.text[x.words[s].Start:x.words[e-1].End]
}

// ledWork reports whether the relative clause from word s says that the
// person led or wrote the work the story is about: "who led the study",
// "who wrote the council's report", "who chaired the inquiry": the part
// they play in it, though past.
func (x *extractor) ledWork(s, hi int) bool {
	if !x.in(workLeadVerbs, s) || s+2 >= hi || !x.is(lexicon.CArticles, s+1) && !x.is(lexicon.CPossDeterminers, s+1) && !x.possessive(s+1) {
		return false
	}
	for k := s + 2; k < hi && k < s+6 && x.words[k].kind == wordText; k++ {
		if x.in(leadWorks, k) {
			return k+1 >= hi || x.words[k+1].kind != wordText || x.is(lexicon.CPrepositions, k+1) || x.wordIs(k+1, "and")
		}
	}
	return false
}

// workLeadVerbs lead or write a work; leadWorks are the works: studies,
// inquiries, missions and productions (not "the team" or "the poll",
// which a player or a candidate leads).
var (
	workLeadVerbs = lexicon.SetOf("led", "co-led", "headed", "chaired", "directed", "wrote", "co-wrote", "authored", "co-authored",
		"conducted", "oversaw", "coordinated", "compiled", "ran")
	leadWorks = lexicon.SetOf("study", "report", "research", "survey", "review", "inquiry", "investigation", "project",
		"expedition", "excavation", "dig", "trial", "analysis", "paper", "audit", "evaluation", "assessment", "experiment",
		"mission", "panel", "committee", "delegation", "negotiations", "talks", "rescue", "search", "operation", "campaign",
		"restoration", "prosecution", "programme", "program", "book", "film", "documentary", "production", "exhibition")
)

// leadsBody reports whether word s is "leads" with a determiner or
// possessive after it: "who leads the quartet", "who leads the
// company's speech team", "who leads Wayra's engineering team"; "who
// leads in the polls" states no role.
func (x *extractor) leadsBody(s, hi int) bool {
	if !x.wordIs(s, "leads") || s+2 >= hi || !x.is(lexicon.CArticles, s+1) && !x.is(lexicon.CPossDeterminers, s+1) && !x.possessive(s+1) {
		return false
	}
	for k := s + 2; k < hi && k < s+6 && x.words[k].kind == wordText; k++ {
		if x.in(standings, k) {
			return false // "who leads the polls", "who leads the race": a standing
		}
	}
	return true
}

// standings are what a candidate or a team leads without holding an office
// in it: "the polls", "the race", "the league".
var standings = lexicon.SetOf("polls", "poll", "race", "field", "pack", "standings", "table", "league", "count",
	"tally", "series", "charge", "way", "primary", "nomination", "voting")

// longActivity reports whether the relative clause from word s, to a
// comma or hi, is a present perfect with a duration: "who has taught
// Kathakali for more than half a century", "who has trimmed tuna loins
// on the line for 19 years": what someone has long done for a living.
func (x *extractor) longActivity(s, hi int) bool {
	if !x.wordIs(s, "has") && !x.wordIs(s, "have") || s+1 >= hi || !isPastForm(x.wordText(s+1)) && !lexicon.InFold(lexicon.IrregularParticiples, x.wordText(s+1)) && !x.in(plainParticiples, s+1) {
		return false
	}
	if _, cue := lexicon.LookupCue(x.wordText(s + 1)); cue {
		return false // "who has complained for years": what someone says, no living
	}
	for k := s + 2; k+1 < hi && k < s+12 && !x.isPunct(k, ','); k++ {
		if (x.wordIs(k, "for") || x.wordIs(k, "since")) && x.words[k+1].kind == wordText &&
			(lexicon.IsNumeral(x.wordText(k+1)) || x.wordIs(k+1, "more") || x.wordIs(k+1, "decades") || x.wordIs(k+1, "years") || x.wordIs(k+1, "over")) {
			return true
		}
	}
	return false
}

// plainParticiples are the past participles that are also the verb's
// base form: "who has run the committee since 2011".
var plainParticiples = lexicon.SetOf("run", "become", "come", "overcome")

// asRolePhrase returns the word after "as" when the words from s are a
// verb of taking up or leaving a post and "as" ("took over as manager",
// "was appointed as coach", "retired as head teacher", "stepped down as
// chairman"), and whether the post was left; 0 otherwise.
func (x *extractor) asRolePhrase(s, hi int) (int, bool) {
	if s+2 >= hi || x.words[s].kind != wordText {
		return 0, false
	}
	v := lexicon.Lower(x.wordText(s))
	k := s + 1
	if (v == "was" || v == "is" || v == "has" || v == "had") && k < hi {
		if v == "has" || v == "had" {
			if !x.wordIs(k, "been") {
				return 0, false
			}
			k++
		}
		if k >= hi || !x.in(appointedAs, k) {
			return 0, false
		}
		v, k = lexicon.Lower(x.wordText(k)), k+1
	} else if lexicon.InFold(succeedsAs, v) {
		for k < hi && k < s+6 && x.words[k].kind == wordText && (x.words[k].upper || x.is(lexicon.CHonorificWords, k)) {
			k++ // "who replaced Lukas Novak as finance minister"
		}
		if k == s+1 {
			return 0, false
		}
	} else if !lexicon.InFold(takesUpAs, v) && !lexicon.InFold(leavesAs, v) {
		return 0, false
	}
	left := lexicon.InFold(leavesAs, v)
	if k < hi && x.in(asParticles, k) {
		left = left || x.wordIs(k, "down") || x.wordIs(k, "aside")
		k++ // "took over as", "stepped down as"
	}
	if k+1 >= hi || !x.wordIs(k, "as") || x.words[k+1].kind != wordText || x.words[k+1].quote >= 0 {
		return 0, false
	}
	if x.words[k+1].upper && !x.is(lexicon.CTitleWords, k+1) && !lexicon.IsRoleNoun(x.wordText(k+1)) {
		return 0, false // "returned as Smith's deputy" is a role; "joined as Labour gained" no
	}
	return k + 1, left
}

// asRoleEnd returns where the post that "as" names at word s ends,
// before what the clause goes on to say: its time ("coach on Monday",
// "minister last year"), a circumstance ("manager despite the defeat",
// "chairman amid a row") and a second predicate ("a cleaner and now owns
// the company"); hi when nothing follows it.
func (x *extractor) asRoleEnd(s, hi int) int {
	for i := s + 1; i < hi && x.words[i].kind == wordText; i++ {
		next := ""
		if i+1 < hi && x.words[i+1].kind == wordText {
			next = x.wordText(i + 1)
		}
		switch {
		case x.in(asRoleStops, i) && !x.words[i].upper,
			x.wordIs(i, "on") && (lexicon.IsWeekdayOrMonth(next) || lexicon.IsNumber(next)),
			(x.wordIs(i, "last") || x.wordIs(i, "this") || x.wordIs(i, "next") || x.wordIs(i, "earlier") || x.wordIs(i, "later")) && (timeUnitWord(next) || lexicon.IsWeekdayOrMonth(next)),
			x.wordIs(i, "and") && (lexicon.EqualFold(next, "now") || lexicon.EqualFold(next, "then") || isPastForm(next)),
			x.wordIs(i, "at") && lexicon.EqualFold(next, "the") && i+2 < hi && x.wordIs(i+2, "age"):
			return i
		}
	}
	return hi
}

// asRoleStops open what a clause says after the post: "despite", "amid".
var asRoleStops = lexicon.SetOf("despite", "amid", "after", "following", "before", "when", "because", "until", "since", "from")

// takesUpAs and leavesAs are the verbs with which a post is taken up or
// left, before "as" and the post ("who joined as finance director", "who
// quit as coach"); appointedAs the participles after "was" ("was named
// as captain").
var (
	takesUpAs   = lexicon.SetOf("took", "takes", "joined", "joins", "returned", "returns", "continues", "continued", "remains", "remained", "stayed", "stays", "doubles", "doubled", "stepped", "steps")
	leavesAs    = lexicon.SetOf("retired", "retires", "resigned", "resigns", "quit", "quits", "left", "leaves", "started", "began") // ("who started as a cleaner": no longer one)
	appointedAs = lexicon.SetOf("appointed", "named", "elected", "installed", "hired", "chosen", "confirmed", "reappointed", "re-elected", "sworn")
	succeedsAs  = lexicon.SetOf("replaced", "replaces", "succeeded", "succeeds")
	asParticles = lexicon.SetOf("over", "down", "in", "up", "out", "on", "back", "aside")
)

// asRoleVerbs name a role with "as" in a relative clause: "who served as
// ambassador", "who works as a guide" (the copula's "who is a nurse" is
// roleAfter's).
var asRoleVerbs = lexicon.SetOf("serves", "served", "works", "worked", "acts", "acted")

// cutTime drops the dates from a role: "ambassador to Burma from 2012
// until early 2016" is "ambassador to Burma", "first-choice goalkeeper in
// June" a goalkeeper.
func cutTime(role string) string {
	words := strings.Fields(role)
	for i := 1; i+1 < len(words); i++ {
		switch strings.ToLower(words[i]) {
		case "from", "since", "until", "between", "in", "during", "for":
			if n := strings.Trim(words[i+1], ",."); isYear(n) || (lexicon.IsNumber(n) || lexicon.IsNumeral(n)) && i+2 < len(words) && timeUnitWord(words[i+2]) ||
				lexicon.EqualFold(n, "early") || lexicon.EqualFold(n, "late") ||
				!lexicon.EqualFold(words[i], "for") && (lexicon.IsWeekdayOrMonth(n) || lexicon.EqualFold(n, "last") || lexicon.EqualFold(n, "this")) {
				// the time phrase goes; a phrase after it stays ("a
				// candidate in 2024 for the Senate")
				j := i + 2
				if j < len(words) && timeUnitWord(words[j]) {
					j++
				}
				if j+1 < len(words) && (words[j] == "to" || words[j] == "and") && isYear(strings.Trim(words[j+1], ",.")) {
					j += 2
				}
				if j < len(words) && lexicon.InFold(lexicon.Prepositions, words[j]) &&
					!(lexicon.InFold(timePreps, words[j]) && j+1 < len(words) && lexicon.IsNumber(strings.Trim(words[j+1], ",."))) {
					return strings.Join(append(words[:i:i], words[j:]...), " ")
				}
				return strings.Join(words[:i], " ")
			}
		}
	}
	return role
}

// timePreps open a time phrase.
var timePreps = lexicon.SetOf("from", "since", "until", "between", "in", "during", "for")

// timeUnitWord reports whether w counts time: "six seasons", "three terms".
func timeUnitWord(w string) bool {
	w = strings.Trim(lexicon.Lower(w), ",.")
	return lexicon.InFold(timeUnits, w) || w == "seasons" || w == "terms" || w == "season" || w == "term" || w == "year" || w == "decade"
}

// roleSegment returns the role that the noun phrase opening at word s
// states, up to a comma, a relative pronoun or the end of the unit hi, or
// "" when its head is no role noun.
func (r *resolver) roleSegment(s, hi int) string {
	x := r.x
	if s > 0 && x.wordIs(s-1, "as") {
		hi = x.asRoleEnd(s, hi) // "took over as coach on Monday"
	}
	for s < hi && (x.is(lexicon.CArticles, s) || x.is(lexicon.CPossDeterminers, s) ||
		lexicon.EqualFold(x.wordText(s), "also") || lexicon.EqualFold(x.wordText(s), "now")) {
		s++
	}
	e := s
	for e < hi && e-s < 16 && x.words[e].quote < 0 {
		if x.words[e].kind == wordPunct {
			if t := x.wordText(e); (t == "'" || t == "’") && e > s && x.possessive(e-1) ||
				t == "." && e > s && x.words[e-1].upper && (len(x.wordText(e-1)) == 1 || strings.Contains(x.wordText(e-1), ".") ||
					x.is(lexicon.CHonorificWords, e-1)) && e+1 < hi && x.words[e+1].kind == wordText {
				e++ // "the growers' association", "U.S. ambassador"
				continue
			}
			break
		}
		if x.words[e].kind != wordText || x.is(lexicon.CRelativePronouns, e) || e > s && x.in(subordinators, e) {
			break // "secretary of state when the decision was made": the role ends at the clause
		}
		if e > s && strings.HasSuffix(x.wordText(e), "ing") && !x.words[e].upper && lexicon.IsRoleNoun(x.wordText(e-1)) {
			break // "a left-arm wrist spinner playing only his fourth match"
		}
		e++
	}
	for e-1 > s && (x.wordIs(e-1, "and") || x.wordIs(e-1, "or") || x.wordIs(e-1, "but")) {
		e-- // "the Kestrels captain and, at 33, the oldest player": the role before the conjunction
	}
	r.describedLast = false
	r.segEnd = e
	role := r.roleNP(s, e)
	if c := r.partyRelative(s, e, hi); c > e && role != "" {
		r.segEnd = c
		role += " " + x.text[x.words[e].Start:x.words[c-1].End]
	}
	return role
}

// partyRelative returns the end of a relative clause after a party's
// member at words [s, e) that says whom the member represents: "a
// Republican who represents Tillamook", "a Democrat whose district
// includes Yuma"; or e. A party alone says no office: the clause is the
// role.
func (r *resolver) partyRelative(s, e, hi int) int {
	x := r.x
	hi = min(hi, len(x.words))
	if e <= s || e+2 >= hi || !lexicon.InFold(lexicon.PartyMembers, x.wordText(e-1)) {
		return e
	}
	v := e + 1
	switch {
	case x.wordIs(e, "who") && lexicon.InFold(representVerbs, x.wordText(v)):
	case x.wordIs(e, "whose") && lexicon.InFold(seatNouns, x.wordText(v)) && v+1 < hi && lexicon.InFold(includeVerbs, x.wordText(v+1)):
	default:
		return e
	}
	c := v + 1
	for c < hi && c-e < 10 && x.words[c].kind == wordText && x.words[c].quote < 0 {
		c++
	}
	if c < hi && !x.isPunct(c, ',') && !x.isPunct(c, '.') {
		return e
	}
	return c
}

var (
	representVerbs = lexicon.SetOf("represents", "represented")
	seatNouns      = lexicon.SetOf("district", "constituency", "seat", "ward", "riding")
	includeVerbs   = lexicon.SetOf("includes", "included", "covers", "covered", "spans", "takes")
)

// partyMember reports whether role names a member of a party ("Missoula
// Democrat", "a Republican"), which says no office.
func partyMember(role string) bool {
	return lexicon.InFold(lexicon.PartyMembers, strings.Trim(lastField(role), ",."))
}

// partyClause reports whether a role is a party's member and whom the
// member represents ("Republican who represents Tillamook", "Houma
// Republican whose district includes the parish").
func partyClause(role string) bool {
	f := strings.Fields(role)
	for i, w := range f {
		if w == "who" || w == "whose" {
			return i > 0 && i < len(f)-1 && lexicon.InFold(lexicon.PartyMembers, f[i-1])
		}
	}
	return false
}

// partyHead reports whether a role is a party's member and where from: its
// word before a preposition is one ("Democrat from Coos Bay", "Republican
// of Tillamook").
func partyHead(role string) bool {
	f := strings.Fields(role)
	for i := 1; i < len(f); i++ {
		if lexicon.InFold(lexicon.Prepositions, f[i]) {
			return lexicon.InFold(lexicon.PartyMembers, strings.Trim(f[i-1], ",.")) && i <= 2
		}
	}
	return false
}

// describedSegment is roleSegment from word s, or, when it finds no role
// noun, the description an indefinite article opens there
// (describedRole): for an appositive right after a name, past any age
// ("Ray Tallman, 61, a gillnetter who ..."), and a copula after an age
// ("She is 46, a former seamstress"), where news describes who a person
// is. After a bare copula a description is as often a judgement ("Trump
// is a desperate man"), which is no role.
func (r *resolver) describedSegment(s, hi int) string {
	x := r.x
	if role := r.roleSegment(s, hi); role != "" {
		return role
	}
	for s < hi && x.is(lexicon.CArticles, s) {
		s++
	}
	if s > 0 && x.wordIs(s-1, "the") {
		if s >= 4 && x.isPunct(s-2, ',') && lexicon.IsNumber(x.wordText(s-3)) && x.isPunct(s-4, ',') {
			// "Aurelio Cárcamo, 71, the last full-time shingle maker in
			// Achao,": after an age, a definite description ending in a
			// noun of a person is who the person is
			if role := r.describedRole(s, r.segEnd); role != "" {
				return role
			}
		}
		// "Bachisio Sanna, 81, the bassu of Tenore Santu Juanne": a
		// definite description of one in a named body is a role, whatever
		// its noun
		for t := s + 1; t+1 < r.segEnd && t <= s+3; t++ {
			if x.words[t-1].kind != wordText || x.words[t-1].upper || lexicon.InFold(timeNouns, x.wordText(t-1)) ||
				x.wordIs(t, "of") && (x.plural(t-1) || lexicon.InFold(pluralPeople, x.wordText(t-1))) {
				break // "Mr. Rubio and Mr. Cruz, the children of Cuban immigrants": of two people
			}
			if x.wordIs(t, "of") && x.words[t+1].kind == wordText && x.words[t+1].upper {
				return strings.TrimSpace(x.text[x.words[s].Start:x.words[r.segEnd-1].End])
			}
		}
		return ""
	}
	if s == 0 || !(x.wordIs(s-1, "a") || x.wordIs(s-1, "an")) {
		return ""
	}
	role := r.describedRole(s, r.segEnd)
	r.describedLast = role != ""
	return role
}

// storyNamed reports whether a name has been found outside the headline
// (whose names, "Big Nutty" of "... order Big Nutty off his roof", are
// no one the story has introduced yet).
func (r *resolver) storyNamed() bool {
	for i := range r.ents {
		if !r.ents[i].headline {
			return true
		}
	}
	return false
}

// pluralPeople are plurals of people without the -s the plural test
// reads: "the children of Cuban immigrants".
var pluralPeople = lexicon.SetOf("children", "people", "men", "women", "folk", "brethren")

// afterAge reports whether word s follows an age between commas or after
// a copula ("Ray Tallman, 61, a ...", "She is 46, a ..."), or the "as" of
// a verb of occupation ("Kinross works as an ice monitor"): where a
// description says what a person is or does.
func (r *resolver) afterAge(s int) bool {
	x := r.x
	return s >= 2 && x.isPunct(s-1, ',') && lexicon.IsNumber(x.wordText(s-2)) || s >= 1 && x.wordIs(s-1, "as")
}

// describedRole returns the words [s, e) after "a" or "an" as the
// description of a person when they are lower-case words ending in a
// noun of a person that no role lexicon lists, by its agent suffix (-er,
// -or, -ist, -ian, -ant, -ent, -ess, -ee, -man: "Ray Tallman, 61, a gillnetter
// who", "She is 46, a former seamstress", "works as an ice monitor"), up
// to a preposition's phrase; "" for other nouns ("a downtown museum", "a
// day after the vote"), a number or a pronoun.
func (r *resolver) describedRole(s, e int) string {
	x := r.x
	head := e - 1
	for t := s; t < e; t++ {
		if x.is(lexicon.CPrepositions, t) || x.is(lexicon.CConnectives, t) {
			head = t - 1
			break
		}
	}
	for t := head + 7; e-head > 7 && t > head+1; t-- {
		if x.is(lexicon.CPrepositions, t) {
			e = t // "a basket weaver in the Kalinago Territory on Dominica's Atlantic coast": up to its last phrase that fits
		}
	}
	if head < s || head-s > 3 || e-head > 7 {
		return ""
	}
	for t := s; t <= head; t++ {
		w := x.wordText(t)
		if x.words[t].upper || x.possessive(t) || lexicon.IsNumber(w) || x.is(lexicon.CSubjectPronouns, t) || x.is(lexicon.CDeterminers, t) {
			return ""
		}
	}
	h := lexicon.Lower(x.wordText(head))
	for t := s; t <= head; t++ {
		if lexicon.InFold(timeNouns, x.wordText(t)) || lexicon.IsWeekdayOrMonth(x.wordText(t)) {
			return "" // "a quarter century after the strike", "a summer after the flood"
		}
	}
	if _, person := personNouns[h]; !person && !agentSuffix(h, 2) && !strings.HasSuffix(h, "ess") && !strings.HasSuffix(h, "ee") &&
		!(len(h) > 6 && (strings.HasSuffix(h, "man") || strings.HasSuffix(h, "woman"))) { // "trawlerman", not "human"
		return "" // "a downtown museum", "a majority of likely voters": no noun of a person
	}
	return r.roleText(s, e)
}

// timeNouns head appositives that say when, not who: "a day after the
// vote", "a week later".
var timeNouns = lexicon.SetOf("day", "week", "month", "year", "decade", "moment", "minute", "hour", "night", "morning", "evening", "time",
	"quarter", "century", "summer", "winter", "spring", "autumn", "fall", "number", "couple", "lot", "handful", "dozen", "fraction")

// roleNP returns the text of words [s, e) as a role when they are a noun
// phrase headed by a role noun, or "".
func (r *resolver) roleNP(s, e int) string {
	x := r.x
	if e <= s || !r.nounPhraseStart(s, e) || x.is(lexicon.CPrepositions, s) {
		return ""
	}
	head := e - 1
	for t := s; t < e; t++ {
		if x.is(lexicon.CPrepositions, t) || x.is(lexicon.CConnectives, t) {
			head = t - 1
			break
		}
	}
	if head < s || x.possessive(head) || !lexicon.IsRoleNoun(x.wordText(head)) {
		return ""
	}
	for t := s; t < head; t++ {
		if x.is(lexicon.CFiniteAux, t) && !x.words[t].upper {
			return "" // "climate change has severely hurt the GOP nominee": a clause, no noun phrase
		}
	}
	if x.words[s].upper {
		// "Tom Hale and Mia Lund" lists people; "Aranmore chief
		// executive" and "Kragh's agent" name roles.
		if end := r.capRun(s, e); end > s && !x.possessive(end-1) {
			if p, _, _ := r.lookup(s, end, len(r.ents)); p >= 0 &&
				!(end < e && lexicon.IsRoleNoun(x.wordText(end)) && r.ents[p].gender == 0 && (r.ents[p].nameGender == 0 || x.common(s))) {
				// A person named before a role noun is that person's
				// (Kragh's agent is above); a name of no known person
				// before it is the team or firm ("the Port Nicholson
				// midfielder").
				return ""
			}
		}
	}
	return r.roleText(s, e)
}

// roleBeforeComma returns the role a description states before a name at
// word k that stands between commas: "A spokesman for Greyfield, Matt
// Ennis, said", "said the mayor, Dagny Ruud."
// frontedRoleAdverbs may open a description fronted before a name: "Now
// the highest-ranking prosecutor in the country, Lynch ...".
var frontedRoleAdverbs = lexicon.SetOf("now", "once", "formerly", "still", "then", "long")

func (r *resolver) roleBeforeComma(ui, k, end int) string {
	x := r.x
	u := x.units[ui]
	if k-2 < u.w0 || !x.isPunct(k-1, ',') {
		return ""
	}
	if k-2 > u.w0 && k-1-u.w0 <= 9 && lexicon.EqualFold(x.wordText(u.w0), "as") && x.words[u.w0].quote < 0 {
		// "As secretary of state, Hillary Clinton used ...", "As the
		// club's captain, Ruiz ...": a role in a fronted "as" phrase,
		// whatever the clause does; no verb in it ("As the mayor spoke").
		s := u.w0 + 1
		for s < k-1 && (x.is(lexicon.CArticles, s) || x.is(lexicon.CPossDeterminers, s)) {
			s++
		}
		for t := s; t < k-1; t++ {
			if w := x.wordText(t); x.words[t].kind != wordText && !(w == "'" || w == "’") || x.isCueWord(t) || x.is(lexicon.CFiniteAux, t) ||
				strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
				return ""
			}
		}
		return r.roleNP(s, k-1)
	}
	if f := u.w0; k-1-f <= 12 && x.words[f].quote < 0 && (x.in(frontedRoleAdverbs, f) && f+1 < k-1 && x.is(lexicon.CArticles, f+1) || x.is(lexicon.CArticles, f)) &&
		end < u.w1 && x.words[end].kind == wordText && !x.words[end].upper {
		// "Now the highest-ranking prosecutor in the United States, Lynch
		// rose to prominence", "A former teacher, Ana Ruiz now runs the
		// shop": a description fronted before the subject it describes
		s := f
		if x.in(frontedRoleAdverbs, s) {
			s++
		}
		s++ // the article
		for t := s; t < k-1; t++ {
			if w := x.wordText(t); x.words[t].kind != wordText && !(w == "'" || w == "’") && !x.isPunct(t, '-') || x.isCueWord(t) && !x.words[t].upper || x.is(lexicon.CFiniteAux, t) ||
				(strings.HasSuffix(w, "ed") && !x.is(lexicon.CPrepositions, t-1) || strings.HasSuffix(w, "ing")) && !strings.Contains(w, "-") && !x.words[t].upper {
				return "" // ("the highest-ranking prosecutor" is one)
			}
		}
		return r.roleNP(s, k-1)
	}
	closed := end >= u.w1 || x.isPunct(end, ',') || x.isPunct(end, '.') || x.isPunct(end, ':') || x.isPunct(end, ';')
	if !closed {
		if _, ok := lexicon.LookupCue(x.wordText(end)); !ok {
			return ""
		}
	}
	s := k - 1
	for s > u.w0 && k-1-s <= 12 && x.words[s-1].quote < 0 {
		if x.words[s-1].kind == wordPunct {
			if t := x.wordText(s - 1); (t == "'" || t == "’") && s-2 >= u.w0 && x.possessive(s-2) {
				s--
				continue
			}
			break
		}
		if e, ok := lexicon.LookupCue(x.wordText(s - 1)); ok && e.Past && !lexicon.IsRoleNoun(x.wordText(s-1)) {
			break // "said the mayor, Dagny Ruud"
		}
		if x.is(lexicon.CPrepositions, s-1) && (s-2 < u.w0 || !lexicon.IsRoleNoun(x.wordText(s-2)) && !x.is(lexicon.CTitleWords, s-2) ||
			!lexicon.InFold(roleLinks, x.wordText(s-1))) {
			break // "written by its director, Ines Harku", but "a spokesman for Greyfield, Matt Ennis"
		}
		if s < k-1 && (x.is(lexicon.CArticles, s) || x.is(lexicon.CPossDeterminers, s)) && !x.words[s-1].upper &&
			!x.is(lexicon.CPrepositions, s-1) && !lexicon.IsRoleNoun(x.wordText(s-1)) {
			// "Obama summoned his senior climate adviser, Brian Deese,": a
			// verb before the determiner, and its object in apposition;
			// but in "... has hurt the nominee with young voters, Graham
			// said" the name opens a clause of its own.
			if !closed {
				return ""
			}
			break
		}
		s--
	}
	for s < k-1 && (lexicon.IsNumber(x.wordText(s)) || x.is(lexicon.CLeadConjunctions, s)) {
		s++ // "10:31 A spokesman for ...", "But the mayor, ..."
	}
	for t := s + 1; t < k-1; t++ {
		if x.possessive(t) && x.words[t].upper {
			// The owner of a role is a name, or a noun after an article
			// ("the council's chief executive"): in "misstated the year
			// Pershing Square's founder, William A. Ackman," the role
			// opens at the name.
			o := t
			for o > s && x.words[o-1].kind == wordText && x.words[o-1].upper {
				o--
			}
			if o > s && !x.is(lexicon.CArticles, o-1) && !x.is(lexicon.CPossDeterminers, o-1) {
				s = o
			}
			break
		}
	}
	if s >= k-1 || x.is(lexicon.CConnectives, s) || x.is(lexicon.CSentenceAdverbs, s) || x.is(lexicon.CNpStops, s) && !x.is(lexicon.CArticles, s) {
		return ""
	}
	for t := s; t < k-1; t++ {
		if e, ok := lexicon.LookupCue(x.wordText(t)); ok && e.Past && !lexicon.IsRoleNoun(x.wordText(t)) {
			return ""
		}
	}
	for t := s + 1; t < k-1; t++ {
		if x.wordIs(t, "the") && x.words[t-1].kind == wordText && !x.is(lexicon.CPrepositions, t-1) && !x.is(lexicon.CArticles, t-1) &&
			!x.is(lexicon.CPossDeterminers, t-1) && !x.possessive(t-1) {
			s = t // "On Monday the mayor, Tom Hale,", "After the match the coach, Ana Ruiz,": a fronted phrase with no comma
		}
	}
	for s < k-1 && (x.is(lexicon.CArticles, s) || x.is(lexicon.CPossDeterminers, s)) {
		s++
	}
	return r.roleNP(s, k-1)
}

// plainTitle reports whether role is a title of a few words with no
// preposition, article or possessive ("Social Democrat candidate",
// "shadow chancellor"), not a description that names a body ("executive
// director of the Latino Partnership").
func plainTitle(role string) bool {
	n := 0
	for w := range strings.FieldsSeq(role) {
		n++
		if lexicon.InFold(lexicon.NpStops, w) || lexicon.InFold(lexicon.Articles, w) || strings.ContainsAny(w, "'’") {
			return false
		}
	}
	return n <= 4
}

// parenRole returns the role a parenthesis opening at word j right after
// a name states: a noun phrase of at most eight words headed by a role
// noun, without its article ("Tom Hale (the club's top scorer)" -> "club's
// top scorer"); not a party and state ("(R-Ohio)"), an age or a clause.
func (r *resolver) parenRole(j, hi int) string {
	x := r.x
	c := -1
	for k := j + 1; k < hi && k <= j+9; k++ {
		if x.isPunct(k, ')') {
			c = k
			break
		}
		if x.words[k].quote >= 0 || x.words[k].kind == wordPunct && !(x.words[k].kind == wordPunct && (x.wordText(k) == "'" || x.wordText(k) == "’") && x.possessive(k-1)) {
			return ""
		}
	}
	if c < 0 || c-j < 2 {
		return ""
	}
	s := j + 1
	if x.is(lexicon.CArticles, s) {
		s++
	}
	h := c - 1
	if s > h || x.words[h].kind != wordText || x.words[h].upper && !x.is(lexicon.CTitleWords, h) || !lexicon.IsRoleNoun(x.wordText(h)) {
		return ""
	}
	for k := s; k <= h; k++ {
		if x.isCueWord(k) || x.is(lexicon.CFiniteAux, k) || x.is(lexicon.CRelativePronouns, k) {
			return ""
		}
	}
	return x.text[x.words[s].Start:x.words[h].End]
}

// forBody reports whether "for" and a capitalised name (a party or a body)
// come within six words from k before a comma: "on transport for Plaid
// Cymru", "for the Greens"; not "for many in the town" nor "on Radio 4
// every morning".
func (x *extractor) forBody(k, hi int) bool {
	for t := k; t+1 < hi && t < k+6 && x.words[t].kind == wordText; t++ {
		if x.wordIs(t, "for") {
			n := t + 1
			if x.wordIs(n, "the") && n+1 < hi {
				n++
			}
			return x.words[n].kind == wordText && x.words[n].upper
		}
	}
	return false
}

// descriptiveRole reports whether a role only says how old, how
// experienced or whose relative someone is ("veteran", "teenager",
// "Dale's wife of 34 years", "son"), which a stated occupation replaces.
func descriptiveRole(role string) bool {
	h := lexicon.Lower(strings.Trim(roleHead(role), ",.;:"))
	if i := strings.LastIndexAny(h, "'’"); i >= 0 && i+1 < len(h) && h[i+1] != 's' {
		h = h[i+1:]
	}
	return lexicon.InFold(kinNouns, h) || lexicon.InFold(informalKin, h) || kinEpithet(h) || lexicon.InFold(ageEpithets, h)
}

// ageEpithets describe someone by age or experience, not by what they do.
var ageEpithets = lexicon.SetOf("veteran", "youngster", "teenager", "rookie", "debutant", "newcomer", "teen", "pensioner", "octogenarian", "nonagenarian")
