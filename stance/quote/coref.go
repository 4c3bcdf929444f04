package quote

import (
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
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
	// byPronoun marks a gender taken from a pronoun resolved to the
	// entity, the weakest evidence: an honorific overrules it.
	// byHonorific marks one taken from an honorific before the surname
	// alone; honorConflict, honorifics of both genders on the surname.
	byPronoun, byHonorific, honorConflict bool
	age                                   int // years, from "Tom Reed, 58,"; 0 when not stated
	// nation is the country or region of a possessive before the name
	// ("Jamaica's Shanice Whyte": "jamaica"), in lower case.
	nation string
	// descRole marks a role taken from a definite description that
	// referred back ("the hapless skipper"), which a role the article
	// states beside the name later replaces.
	descRole bool
	// nameGender is the gender of the first name by the long name lists
	// (lexicon.GivenNameGender): reported for a speaker whose gender
	// nothing else gives, and, when nothing else gives one, the gender a
	// pronoun must not contradict ("she" is not David Stone).
	nameGender byte
	// thing marks a name of two or more words that looks like an
	// organisation's or a title's ("Low Water", an album), not a person's
	// (orgLike), with no honorific: "he" or "she" does not refer to it.
	thing bool
	// headline marks a name first found in the headline, which runs
	// other words into names; the story's own full name takes its
	// surname (addName).
	headline bool
	// writer marks the name of a byline ("By Hanta Rasoanaivo in
	// Antalaha"): the article's writer, no one it describes.
	writer bool
	// who marks a name a relative "who" speaking after it referred to,
	// an age one stated for it: a person's, though nothing else shows it.
	who bool
	// given marks a person known by a given name alone, from the role
	// before it ("her son, Fidy,"): a full name with that given name
	// later is the same person.
	given bool
	// lone marks a person known so far by one word that is a given name,
	// speaking (loneGivenSpeaker: `"I would," Melanie said`): a full name
	// later that begins or ends with it is the same person ("Sanders
	// said" before "Bernie Sanders").
	lone bool
	// sexRole memoises roleSex of role: sexOf is the role it was
	// computed for.
	sexOf   string
	sexRole byte
}

// An orgMention is an organisation's name in the text.
type orgMention struct {
	pos     int    // byte offset
	name    string // "Marrowby Foods"
	kind    string // a lexicon.Org* kind, or "" when only its grammar says it is one
	subject bool   // the name opens its clause ("Lumora unveiled"), not "at Lumora"
	role    string // what the article calls it there: "digital rights group", or ""
}

type mention struct {
	pos     int // byte offset
	ent     int
	subject bool // first noun phrase of its unit, or a resolved source
	quoted  bool // inside a quotation: no antecedent of a source's pronoun
	owner   bool // a possessive ("Marchetti's granddaughter"): inside a noun phrase, no head of one
	// reported marks a mention inside the content that follows the
	// source of an attribution resolved before: a name in what someone
	// said ("Clinton says the Ohio native is an advocate") is not the
	// story's focus (inFocus).
	reported bool
	// pron is the gender ('m' or 'f') of a "he" or "she" opening a
	// sentence whose person is not resolved yet (ent is -1 until before
	// resolves it); 0 for a name.
	pron byte
	// descEnd is the byte offset where a definite description of a
	// person that opens its unit at pos ends (describedSubject), whose
	// person is not resolved yet (ent is -1 until before resolves it, as
	// for pron); 0 for a name.
	descEnd int
}

type resolver struct {
	x *extractor
	// relativeAntecedent is set while the description before a relative
	// "who" is resolved (inFocus).
	relativeAntecedent bool
	ents               []entity
	byName             map[string]int
	byLast             map[string]int
	byFirst            map[string]int
	// bySecond holds the next-to-last word of names of three words or
	// more that is no given name: the first of two surnames ("Cárdenas"
	// of María José Cárdenas Oyarzún, "Vidal" of Rodrigo Vidal
	// Santibáñez), by which Spanish and Portuguese names are shortened.
	// A surname of byLast comes first.
	bySecond map[string]int
	// named is the number of entities the names walk found (see
	// extractor.run); mentions resolve to those only, as they did before
	// any source was resolved.
	named int
	// recent is the person named last in the names walk, whom a "He" or
	// "She" opening the next sentence may describe; -1 for none.
	recent int
	// recentMan and recentWoman are the man and the woman named last,
	// by the gender known at their naming; -1 for none.
	recentMan, recentWoman int
	mentions               []mention // names in the text, in order; the oldest are forgotten (forget)
	// orgs are the organisations the names walk found, in text order: the
	// antecedents of "the company", "the union" (orgNominal).
	orgs []orgMention
	// groups are the plural groups the names walk found opening a clause
	// ("House Democrats walked out"), in text order: a later "they" may
	// be them.
	groups []groupMention
	// sents are the byte offsets where the units start, in order, for
	// the distance in sentences between a pronoun and its antecedent.
	sents    []int
	orgRoles map[string]string // noteOrgRole
	lone     map[string]bool   // loneName, by word
	// byPrefix holds the people of full names by the first two letters
	// of their given name, lower case (hypocorism).
	byPrefix map[string][]int
	prefixed int // entities [0, prefixed) are in byPrefix
	// personDescs are the unnamed people sentences open by describing
	// (notePersonDescriptions), in text order.
	personDescs []personDesc
	// describedLast reports that the last roleSegment found a
	// description no role lexicon lists (describedRole).
	describedLast bool
	// copulaLast reports that the last roleAfter found its role in a
	// predicate after a copula ("..., 41, is a former dancer").
	copulaLast bool
	segEnd     int // where the last roleSegment's words end
	depth      int // sentence-opening pronouns being resolved (before)
	lonely     int // text scans loneName has made
	// content is that of the attribution being resolved (inFocus).
	content  []Span
	speakers []mention // resolved sources, in order
	// lede is the role of a description opening the story's first
	// sentence before anyone is named ("The chief executive of Brackmoor
	// Water apologised ..."), for the person whose name opens the next
	// paragraph; ledePara is that sentence's paragraph.
	lede     string
	ledePara int
	// ledePos is the byte offset of the lede's description when it is
	// indefinite and the source of the lede's statement ("A Conservative
	// peer warned ...", "..., a senior official said"), or -1; ledeEnt
	// is the person the next paragraph names for it, or -1.
	ledePos, ledeEnt int
	// ledeOrgPos is the byte offset of an indefinite description of a
	// body that opens the story's first paragraph ("A start-up from Malé
	// has launched ..."), ledeOrgPara that paragraph and ledeOrgKind the
	// kind of body it names; ledeOrgDone marks that the body the next
	// paragraph opens with has been taken as it (addOrg), or that none
	// did.
	ledeOrgPos, ledeOrgPara int
	ledeOrgKind             string
	ledeOrgDone             bool
	// namePara is the paragraph of the unit the names walk read last,
	// and paraOpens whether the unit it reads now opens its paragraph:
	// the window may not hold the unit before.
	namePara  int
	paraOpens bool
	// ledeWeak marks a lede from a headline's description ("...: a
	// Lanzarote grower on farming the ash"), a role only for a person
	// the story gives none.
	ledeWeak bool
	// group is the latest source that is no person ("the ministry",
	// "Rights groups"), the antecedent of a later "it" or "they" when no
	// person has spoken since.
	group latestGroup
	// lastNamed is the latest source found by a name that opens its
	// clause, person or not: "Vigilante Aero said ... It promised ...",
	// where only the "it" shows that the name is no person's.
	lastNamed latestGroup
	// descFrom is the index in mentions up to which the descriptions
	// that open sentences are resolved (resolveDescriptions).
	descFrom int
	// described is the latest source that is a person described, not
	// named ("one woman in the crowd"): a "she" right after is hers.
	described describedSource
}

// A latestGroup is the latest source that is no person (resolver.group).
// A groupMention is a plural group that opens its clause, as a later
// "they" would name it.
type groupMention struct {
	end  int    // byte offset where its mention ends
	name string // "House Democrats", "residents"
}

type latestGroup struct {
	name   string
	end    int // byte offset where its mention ends
	plural bool
	thing  bool // an organisation or artifact, which "it" may name
	ok     bool
}

// describedReach is how far back, in bytes, a person quoted under a
// description ("one woman in the crowd") stays the referent of "she".
const describedReach = 300

// A describedSource is the latest source that is a person named by a
// description only ("one woman", "a voter"), with the gender the
// description gives.
type describedSource struct {
	pos    int
	gender byte
}

// personNouns head an indefinite description of a person that gives no
// role or name: "one woman in the crowd", "a man outside", "another
// voter" is not among them (a role noun is often a named person's).
var personNouns = map[string]byte{"woman": 'f', "girl": 'f', "lady": 'f', "mother": 'f', "grandmother": 'f',
	"man": 'm', "boy": 'm', "gentleman": 'm', "father": 'm', "grandfather": 'm', "person": 0}

// noteDescribed records the source of a, resolved to name, when it is a
// person described and not named ("one woman in the crowd", "a voter");
// any other source clears it.
func (r *resolver) noteDescribed(a *attribution, name string) {
	x := r.x
	np := a.source.np
	pos := x.words[np.w0].Start
	if name != "" || x.is(lexicon.CSubjectPronouns, np.w1-1) {
		r.described = describedSource{} // someone named, or a pronoun, spoke since
		return
	}
	if x.words[np.w1-1].upper || x.plural(np.w1-1) {
		return
	}
	head := lexicon.Lower(x.wordText(np.w1 - 1))
	g, ok := personNouns[head]
	if !ok || np.w1-np.w0 > 3 || !(x.is(lexicon.CArticles, np.w0) || lexicon.EqualFold(x.wordText(np.w0), "one") || lexicon.EqualFold(x.wordText(np.w0), "another")) {
		return
	}
	r.described = describedSource{pos: pos, gender: g}
}

// orgNamed reports whether a word of name marks an organisation's name
// ("Brackmoor Water", "Northwind Holdings"): a company that "said he had
// resigned" speaks of someone else.
func orgNamed(name string) bool {
	for w := range strings.FieldsSeq(name) {
		var buf [32]byte
		key := lowerKey(&buf, w)
		if _, ok := lexicon.OrgNameKinds[string(key)]; ok || lexicon.OrgWords[string(key)] {
			return true
		}
	}
	return false
}

// continuationCue reports whether cue goes on with what was being said:
// "she continued", "he added", "she went on".
func continuationCue(cue string) bool {
	w, _, _ := strings.Cut(cue, " ")
	return lexicon.EqualFold(w, "continued") || lexicon.EqualFold(w, "added") || lexicon.EqualFold(w, "went")
}

// lastMention returns the byte offset of the latest mention or speaker
// of entity e before pos, or -1.
func (r *resolver) lastMention(e, pos int) int {
	for m := range r.before(pos) {
		if m.ent == e {
			return m.pos
		}
	}
	return -1
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
	if x.words[k-1].kind == wordClose && k-2 > w0 && x.isPunct(k-2, ',') && !x.words[k].upper {
		return true // `"...," it added`: the subject of a cue after a quotation
	}
	if w := x.wordText(k - 1); (w == ":" || w == "—" || w == "–" || w == "--") && k == x.afterDateline(ui) {
		return true // "PUNE: Sahyadri Forgings Ltd on Tuesday reported"
	}
	return k-1 == w0 && x.is(lexicon.CLeadConjunctions, k-1)
}

// titledRun reports whether a word of [s, k) is a title or an honorific
// ("Atlantic City Mayor Don Guardian" is the mayor, not a newspaper).
func (r *resolver) titledRun(s, k int) bool {
	for t := s; t < k; t++ {
		if r.x.is(lexicon.CTitleWords, t) || r.x.is(lexicon.CHonorificWords, t) {
			return true
		}
	}
	return false
}

// orgHead reports whether word i ends an organisation's name: an
// organisation word ("Union", "Federation") or a word of its kind.
func (r *resolver) orgHead(i int) bool {
	x := r.x
	if x.is(lexicon.COrgWords, i) {
		return true
	}
	var buf [32]byte
	_, ok := lexicon.OrgNameKinds[string(lowerKey(&buf, trimPossessive(x.wordText(i))))]
	return ok
}

// orgRunAt reports whether the capitalised run at word i (after "the"),
// inside [i, hi), ends with a word that marks an organisation's name:
// "Liberty Baptist Church", "the Sierra Club".
func (r *resolver) orgRunAt(i, hi int) bool {
	x := r.x
	if i < hi && lexicon.EqualFold(x.wordText(i), "the") {
		i++
	}
	end := r.capRun(i, hi)
	return end > i && r.orgHead(end-1)
}

// placePeople reports whether np, before the rest of its mention up to
// end, names the people of a place: a plural noun of people, in lower
// case or opening the sentence, then "in", "on", "at" or "from"
// ("Revellers in the Kaiso Blue section", "Fishermen in Anse Tamarin").
// The names in the place are no speakers.
func (r *resolver) placePeople(np npSpan, end int) bool {
	x := r.x
	h := np.w1 - 1
	if h < np.w0 || np.w1 >= end || !placePrep(x.wordText(np.w1)) || !x.plural(h) {
		return false
	}
	if x.words[h].upper && !(h == np.w0 && x.sentenceInitial(h) && x.common(h)) {
		return false
	}
	return agentNoun(lexicon.Lower(x.wordText(h)))
}

// withPlace returns a group's name with the place its phrase [p, end)
// puts it in, when the place is a proper name and the phrase short:
// "officials in Magog", "dairy farmers in the Coaticook valley",
// "fishermen in Anse Tamarin" (people of one place, not the group
// everywhere); else name.
func (r *resolver) withPlace(name string, p, end int) string {
	x := r.x
	for end > p && x.words[end-1].kind != wordText {
		end--
	}
	if name == "" || p+1 >= end || end-p > 6 || !placePrep(x.wordText(p)) {
		return name
	}
	proper := false
	for k := p + 1; k < end; k++ {
		if x.words[k].kind != wordText || x.words[k].quote >= 0 || x.is(lexicon.CRelativePronouns, k) || x.possessive(k) ||
			lexicon.IsWeekdayOrMonth(x.wordText(k)) {
			return name // "voters in Saturday's primary"
		}
		proper = proper || x.words[k].upper
	}
	// The place is a name, or a name and a noun of a place: "in Magog",
	// "in the Coaticook valley"; not "in a recent CBS News poll".
	if !proper || !x.words[end-1].upper && !lexicon.InFold(placeNouns, x.wordText(end-1)) && !lexicon.InFold(placeHeads, x.wordText(end-1)) {
		return name
	}
	return name + " " + x.text[x.words[p].Start:x.words[end-1].End]
}

// placeNouns end a place's name in lower case, besides placeHeads ("the
// Coaticook valley", "upper Swaledale ward", "the Kim Long district").
var placeNouns = lexicon.SetOf("region", "district", "town", "city", "village", "area", "coast", "state", "ward",
	"estate", "parish", "borough", "quarter", "neighbourhood", "neighborhood", "port", "suburb", "suburbs", "township",
	"municipality", "delta", "basin", "highlands", "lowlands", "hills", "bay", "cove", "lagoon", "camp", "camps")

// appositiveRoleAt reports whether a role follows the name ending before
// word end, as an appositive: ", the chancellor,", ", a lawyer for".
func (x *extractor) appositiveRoleAt(end, hi int) bool {
	if end+2 >= hi || !x.isPunct(end, ',') {
		return false
	}
	k := end + 1
	if x.is(lexicon.CArticles, k) || x.is(lexicon.CPossDeterminers, k) {
		k++
	}
	for ; k < hi && k < end+6 && x.words[k].kind == wordText; k++ {
		if lexicon.IsRoleNoun(x.wordText(k)) || x.is(lexicon.CTitleWords, k) {
			return true
		}
	}
	return false
}

// placeAppositive reports whether the name ending before word end is
// followed by an appositive that calls it a place: "Guet Ndar, the
// crowded fishermen's quarter on the strip", "Ura, a village of 300".
func (x *extractor) placeAppositive(end int) bool {
	if end+2 >= len(x.words) || !x.isPunct(end, ',') || !x.is(lexicon.CArticles, end+1) {
		return false
	}
	h := -1
	for k := end + 2; k < len(x.words) && k < end+8; k++ {
		if x.words[k].kind != wordText || x.is(lexicon.CPrepositions, k) {
			break
		}
		if x.words[k].upper {
			return false // "Murray Clark, a former state GOP chair": a role
		}
		h = k
	}
	return h >= 0 && (x.in(placeNouns, h) || x.in(placeHeads, h))
}

// placePrep reports whether w puts people in a place: "Fishermen in Anse
// Tamarin", "Shopkeepers on the Quai", "Audience members from Oruvaza",
// "Protesters outside City Hall", "Residents near the plant".
func placePrep(w string) bool {
	return lexicon.EqualFold(w, "in") || lexicon.EqualFold(w, "on") || lexicon.EqualFold(w, "at") || lexicon.EqualFold(w, "from") ||
		lexicon.EqualFold(w, "outside") || lexicon.EqualFold(w, "near")
}

// noteGroupSubject records the plural group that opens unit ui and is
// the subject of a verb: "House Democrats walked out of the hearing",
// "Local residents have complained": a party's members, a group noun of
// lexicon.GroupHeads or OrgPlurals, with up to three words before it.
func (r *resolver) noteGroupSubject(ui int) {
	x := r.x
	u := x.units[ui]
	k := u.w0
	if k < u.w1 && x.is(lexicon.CLeadConjunctions, k) {
		k++
	}
	for h := k; h < u.w1 && h < k+4; h++ {
		if x.words[h].kind != wordText || x.words[h].quote >= 0 {
			return
		}
		var buf [32]byte
		w := x.wordText(h)
		lw := lowerKey(&buf, w) // no allocation: this runs on every unit
		if x.is(lexicon.CPrepositions, h) || x.is(lexicon.CConnectives, h) || subordinators[string(lw)] || string(lw) == "as" {
			return // "As Republicans ...", "Opinions among older people": no group opens the clause
		}
		party := x.words[h].upper && len(lw) > 3 && lw[len(lw)-1] == 's' && lexicon.PartyMembers[string(lw[:len(lw)-1])]
		if !party && !(!x.words[h].upper && (x.is(lexicon.CGroupHeads, h) || x.is(lexicon.COrgPlurals, h)) && x.plural(h)) {
			continue
		}
		v := h + 1
		if v < u.w1 && x.words[v].kind == wordText && !x.words[v].upper && (x.is(lexicon.CFiniteAux, v) || isPastForm(x.wordText(v))) {
			if name := r.actorName(npSpan{k, h + 1}); name != "" {
				r.groups = append(r.groups, groupMention{end: x.words[h].End, name: name})
			}
		}
		return
	}
}

// groupThey returns the plural group that opened a clause last before
// byte pos, within groupReach, when no person has been the subject of a
// clause or spoken since; else "".
func (r *resolver) groupThey(pos int) (groupMention, bool) {
	i := sort.Search(len(r.groups), func(i int) bool { return r.groups[i].end >= pos }) - 1
	if i < 0 || pos-r.groups[i].end > groupReach {
		return groupMention{}, false
	}
	g := r.groups[i]
	for m := range r.before(pos) {
		if m.pos <= g.end {
			break
		}
		if m.subject {
			return groupMention{}, false // "Democrats walked out. Pelosi said ... They": not clear
		}
	}
	return g, true
}

// groupReach is how far back, in bytes, "it" or "they" may find their
// organisation antecedent: about two short paragraphs.
const groupReach = 600

func newResolver(x *extractor) *resolver {
	m := [3]map[string]int{{}, {}, {}}
	if x.scratch != nil {
		m = x.scratch.names
	}
	return &resolver{x: x, byName: m[0], byLast: m[1], byFirst: m[2], recent: -1, recentMan: -1, recentWoman: -1, ledePos: -1, ledeEnt: -1, namePara: -1}
}

// addNames registers the full names of unit ui and the roles the unit
// states for them. Every unit's names are known before the first mention
// is resolved.
func (r *resolver) addNames(ui int) {
	u := r.x.units[ui]
	before := [3]int{r.recent, r.recentMan, r.recentWoman}
	byline := r.x.bylineUnit(ui)
	r.noteRoleOfPronoun(ui)
	r.noteDescription(ui)
	subjAt := -2
	r.addOrgs(ui)
	r.noteGroupSubject(ui)
	r.noteKnownAsFronted(ui)
	r.notePersonDescriptions(ui)
	for k := u.w0; k < u.w1; {
		end := r.capRun(k, u.w1)
		if end > k {
			r.addName(k, end, k == u.w0)
			if byline {
				if e, _, _ := r.lookup(k, end, len(r.ents)); e >= 0 {
					r.ents[e].writer = true
				}
			}
			r.noteKnownAs(k, end, u.w1)
			if end-k >= 4 && r.x.headlineUnit(ui, "") {
				r.headlineNames(k, end)
			}
			for p := k + 1; p < end-1; p++ {
				if r.x.possessive(p) {
					if r.x.is(lexicon.CArticles, p+1) {
						// "Doreen Buttigieg's The Bobbin Room": the owner's
						// name ends at the possessive, a work's title follows
						r.addName(k, p+1, k == u.w0)
					}
					break
				}
			}
			// The lede's person opens the next paragraph, or speaks after
			// its opening quotation (`"...," fumed Keith Penhaligon`);
			// the lede's role noun comes before what a relative clause
			// at the name says the person does.
			ledeName := k == u.w0 || k > u.w0+1 && r.x.words[u.w0].kind == wordOpen && r.x.isCueWord(k-1) ||
				k == u.w0+3 && r.x.is(lexicon.CPossDeterminers, u.w0) && r.x.wordIs(u.w0+1, "name") && r.x.is(lexicon.CFiniteAux, u.w0+2) // "His name is Semu Ioapo"
			if !ledeName && r.lede != "" && u.para == r.ledePara+1 && k > u.w0+1 {
				// "Opening a debate in the Lords, Lord Errington said": the
				// subject after an opening phrase, found once per unit
				if subjAt == -2 {
					subjAt = -1
					if subj, ok := r.x.clauseSubject(u.w0, u.w1); ok {
						subjAt = subj.np.w0
					}
				}
				ledeName = k == subjAt
			}
			lede, weak, weakRole := -1, -1, ""
			// "A Cumbrian hill farmer has won a national award ... Ruth
			// Atkinson, 47, blocked ...": the indefinite lede's person may
			// open the next sentence of its paragraph
			nextSentence := r.lede != "" && u.para == r.ledePara && r.ledePos >= 0 && !r.ledeWeak && k == u.w0 && end-k >= 2 && ui > 0 &&
				r.x.units[ui-1].w0 < r.x.units[ui-1].w1 && r.x.words[r.x.units[ui-1].w0].Start <= r.ledePos && r.ledePos < r.x.words[r.x.units[ui-1].w1-1].End &&
				r.ledeNamesNext(ui, k, end)
			if r.lede != "" && ledeName && (u.para != r.ledePara || nextSentence) && !(end-k == 1 && r.x.sentenceInitial(k) && r.x.common(k)) &&
				!r.ledeWaits(k, end, u.para) {
				// (a word capitalised by its place names no one: "Opening
				// a short debate in the Lords, Lord Errington said")
				if u.para == r.ledePara+1 || nextSentence || end-k >= 2 && u.para <= r.ledePara+3 {
					// The lede's indefinite source is that person only when
					// no other role is stated for them there ("Rachel Reeves,
					// the chancellor, announced ..." is someone else).
					if e, _, _ := r.lookup(k, end, len(r.ents)); e >= 0 && (r.ledePos < 0 || !r.x.appositiveRoleAt(end, u.w1)) {
						switch {
						case r.ledeWeak:
							if end < u.w1 && r.x.isPunct(end, ',') {
								weak, weakRole = e, r.lede // "Nieves Betancort, 63, tends ...": the interview's subject introduced; not "Ana Ruiz said ..."
							}
						case u.para == r.ledePara+1 || nextSentence:
							r.keepRole(e, r.lede)
							lede = e
						case r.firstPerson(e) && !r.x.appositiveRoleAt(end, u.w1) && (k == u.w0 || !lexicon.IsRoleNoun(r.x.wordText(k-1))):
							// Past paragraphs that name no person ("The
							// Fylde Coast Licensing Board has brought in a
							// new rule"), the role only.
							r.keepRole(e, r.lede)
						}
					}
				}
				r.lede, r.ledeWeak = "", false
			}
			if lede >= 0 && r.ledePos >= 0 {
				r.ledeEnt = lede
			}
			r.noteRoles(ui, k, end)
			if weak >= 0 && r.ents[weak].role == "" {
				r.ents[weak].role = weakRole // what the story says of the person comes first
			}
			k = end
			continue
		}
		k++
	}
	r.noteCoordinatedRole(ui, before)
}

// ledeNamesNext reports whether the name [k, end) that opens unit ui, the
// sentence after an indefinite lede's, names the lede's person: a name
// with no title, then its age and home or a relative clause, then a verb
// that is no cue ("Malcolm Brierley, 54, of Mansfield, admitted", "Grant
// Hewitson, who milks 900 cows, was sentenced"), after a lede whose
// pronouns do not give the other sex and whose person is not a victim,
// whom someone else then speaks about ("A pensioner was attacked in her
// home ... Tom Hale, 45, was charged").
func (r *resolver) ledeNamesNext(ui, k, end int) bool {
	x := r.x
	u := x.units[ui]
	if r.splitTitle(k, end) != k || end+3 >= u.w1 || !x.isPunct(end, ',') {
		return false
	}
	v := -1 // the verb after the name's appositive: the person does what the lede reports
	switch {
	case lexicon.IsNumber(x.wordText(end+1)) && x.isPunct(end+2, ','):
		v = end + 3 // "Malcolm Brierley, 54, of Mansfield, admitted"
		for v < u.w1 && x.wordIs(v, "of") || v < u.w1 && x.wordIs(v, "from") {
			for v < u.w1 && !x.isPunct(v, ',') {
				v++
			}
			v++
		}
	case x.wordIs(end+1, "who"):
		for v = end + 2; v < u.w1 && !x.isPunct(v, ','); v++ { // "Grant Hewitson, who milks 900 cows near Darfield, was sentenced"
		}
		v++
	}
	if v < 0 || v >= u.w1 || x.words[v].kind != wordText || x.words[v].upper {
		return false
	}
	if x.wordIs(v, "said") || x.wordIs(v, "says") || x.wordIs(v, "told") || x.isCueWord(v) && v+1 < u.w1 && (x.isPunct(v+1, ':') || x.words[v+1].quote >= 0 || x.wordIs(v+1, "that")) {
		return false // "Tom Hale, 25, said: ...": a witness or a relative speaks after a lede; not "admitted fraud"
	}
	g := lexicon.GivenNameGender(x.wordText(k))
	p := x.units[ui-1]
	for t := p.w0; t < p.w1; t++ {
		if x.words[t].kind != wordText {
			continue
		}
		if pg := pronounGender(x.wordText(t)); pg != 0 && g != 0 && pg != g || x.in(victimVerbs, t) {
			return false
		}
	}
	return true
}

// victimVerbs tell that a lede's person suffered what the story reports,
// so that the next person named is someone else: the accused, a relative,
// a witness.
var victimVerbs = lexicon.SetOf("died", "dies", "killed", "murdered", "attacked", "stabbed", "shot", "injured", "hurt",
	"robbed", "assaulted", "drowned", "mauled", "bitten", "rescued", "missing", "kidnapped", "abducted", "scammed", "conned", "duped")

// ledeWaits reports whether the lede's description waits past the name
// [k, end) that opens paragraph para for a later one: a story names the
// person its lede describes in full, so a single word that is no given
// name nor the surname of someone named in full ("A Blackpool donkeyman
// is braying mad ... Wellington, 24, has plodded up and down the sands
// ... fumed Derek Ashworth, 66"; "In an interview with ..., Mary Kay
// Henry said") is someone or something else, within the three
// paragraphs after the lede.
func (r *resolver) ledeWaits(k, end, para int) bool {
	if end-k != 1 || para > r.ledePara+3 || lexicon.GivenNameGender(r.x.wordText(k)) != 0 {
		return false
	}
	e, _, _ := r.lookup(k, end, len(r.ents))
	return e < 0 || !strings.Contains(r.ents[e].name, " ")
}

// firstPerson reports whether e is the only person the story has named:
// a lede's person is named in the first paragraph after it that names a
// person. A person is one named with a sex, an age, a role or a
// speaking "who"; a given name alone is no sign ("the black plain of La
// Geria" is a place), nor an age on a single word ("Wellington, 24," is
// a donkey).
func (r *resolver) firstPerson(e int) bool {
	for i := range r.ents {
		en := r.ents[i]
		if i == e || en.thing || en.writer || hasOrgWord(en.name) || lexicon.Places[lexicon.Lower(en.name)] {
			continue
		}
		if en.gender != 0 || en.role != "" || en.who || en.age > 0 && strings.Contains(en.name, " ") {
			return false
		}
	}
	return true
}

// noteCoordinatedRole records the role a clause coordinated with the
// sentence gives its subject by a pronoun and a copula: "Rose-Aimée
// Aucoin was 13 when ... Sixty-five years later she is still hooking
// rugs ..., and she is president of the village's co-operative". The
// person is the name that opens the unit, or the one a pronoun opening
// it after a time phrase refers to, when no other person is named before
// the pronoun, the pronoun's gender does not contradict theirs,
// and the role's head is a role noun.
// before holds the person, man and woman named last before the unit.
func (r *resolver) noteCoordinatedRole(ui int, before [3]int) {
	x := r.x
	u := x.units[ui]
	if u.w0 >= u.w1 || x.words[u.w0].quote >= 0 {
		return
	}
	found := false // the cheap test first: "and she is", "but he was"
	for t := u.w0 + 1; t+3 < u.w1 && !found; t++ {
		if w := x.text[x.words[t].Start:x.words[t].End]; w == "and" || w == "but" {
			found = pronounGender(x.wordText(t+1)) != 0 && r.copula(t+2, u.w1) > 0
		}
	}
	if !found {
		return
	}
	e, end := -1, r.capRun(u.w0, u.w1)
	if end > u.w0 {
		e, _, _ = r.lookup(u.w0, end, len(r.ents))
	}
	if e < 0 {
		// "Sixty-five years later she is still hooking rugs ..., and she
		// is president of ...": the pronoun subject after a time phrase
		for p := u.w0; p < u.w1 && p < u.w0+6; p++ {
			if g := pronounGender(x.wordText(p)); g != 0 {
				e, end = before[1], p+1
				if g == 'f' {
					e = before[2]
				}
				if e < 0 && before[0] >= 0 && r.genderFits(before[0], g) {
					e = before[0] // no sign of sex: "Rose-Aimée Aucoin"
				}
				break
			}
			if x.words[p].kind != wordText || p > u.w0 && x.words[p].upper || x.is(lexicon.CCue, p) {
				return
			}
		}
	}
	if e < 0 || r.ents[e].thing || hasOrgWord(r.ents[e].name) || !roleWeak(r.ents[e].role) {
		return
	}
	for t := end; t+3 < u.w1; t++ {
		if x.words[t].quote >= 0 {
			return
		}
		if x.words[t].kind == wordText && x.words[t].upper && t > end {
			if c := r.capRun(t, u.w1); c > t {
				if o, _, _ := r.lookup(t, c, len(r.ents)); o >= 0 && o != e && !r.ents[o].thing && !hasOrgWord(r.ents[o].name) &&
					(r.ents[o].gender != 0 || r.ents[o].nameGender != 0 || r.ents[o].role != "") {
					return // another person: "her son, Tangi Tutai"
				}
				t = c - 1
			}
			continue
		}
		if !(x.wordIs(t, "and") || x.wordIs(t, "but")) {
			continue
		}
		g := pronounGender(x.wordText(t + 1))
		if g == 0 || !r.genderFits(e, g) {
			continue
		}
		s := r.copula(t+2, u.w1)
		if s == 0 || x.wordIs(s, "not") || x.wordIs(s, "no") || x.wordIs(s, "never") || x.wordIs(s, "neither") ||
			x.in(timeModifiers, s) || s+1 < u.w1 && x.in(timeModifiers, s+1) {
			continue // "and she is no longer president", "and he is now its former chairman"
		}
		role := r.roleSegment(s, u.w1)
		if role == "" || !lexicon.IsRoleNoun(roleHead(role)) {
			continue
		}
		r.keepRole(e, role)
		return
	}
}

// noteKnownAs records the name [k, end) as another name of the man or
// woman named last, by the clause's pronoun, when a clause after it says
// so: `"...," blasted Gaz, as he is known to three generations of kids`
// (Gaz is Gareth Prosser, named before); the headline's Gaz is then the
// same person too.
func (r *resolver) noteKnownAs(k, end, hi int) {
	x := r.x
	if end-k > 2 || end+5 > hi || !x.isPunct(end, ',') || !x.wordIs(end+1, "as") {
		return
	}
	g := pronounGender(x.wordText(end + 2))
	e := r.recentOf(g)
	if e < 0 || !(x.wordIs(end+3, "is") || x.wordIs(end+3, "was")) {
		return
	}
	j := end + 4
	if j+1 < hi && x.endsLy(j) {
		j++ // "as she is affectionately known"
	}
	if !x.wordIs(j, "known") {
		return
	}
	name := trimPossessive(x.text[x.words[k].Start:x.words[end-1].End])
	if strings.EqualFold(name, r.ents[e].name) {
		return
	}
	if o, _, _ := r.lookup(k, end, len(r.ents)); o >= 0 && o != e && strings.Count(r.ents[o].name, " ") >= end-k {
		return // "Freddy, as he was known" of Freddy Trump, named before: his own short name
	}
	r.byName[name] = e
	first := strings.ToLower(x.wordText(k))
	r.byFirst[first] = e
	if end-k == 1 {
		r.byLast[first] = e
	}
}

// noteKnownAsFronted records the name a sentence's opening "Known ... as"
// phrase gives as another name of the man or woman its subject pronoun
// means, the one named last: `Known to locals as "Piper Cal", he was once
// dubbed ...` after "Ex-soldier Callum Baird, 41, has belted out ...".
func (r *resolver) noteKnownAsFronted(ui int) {
	x := r.x
	u := x.units[ui]
	if u.w1-u.w0 < 5 || !x.wordIs(u.w0, "known") || !x.words[u.w0].upper {
		return
	}
	j := u.w0 + 1
	for j < u.w1 && j < u.w0+8 && !x.wordIs(j, "as") {
		if x.words[j].kind != wordText {
			return
		}
		j++
	}
	if j >= u.w1 || !x.wordIs(j, "as") {
		return // "Known to almost everyone who drinks at the old Anchor, he ...": no name given
	}
	j++ // "as"
	if j < u.w1 && x.words[j].kind == wordOpen {
		j++
	}
	k := j
	for j < u.w1 && j < k+3 && x.words[j].kind == wordText && x.words[j].upper {
		j++
	}
	end := j
	if end == k {
		return
	}
	if j < u.w1 && x.words[j].kind == wordClose {
		j++
	}
	if j+1 >= u.w1 || !x.isPunct(j, ',') {
		return
	}
	g := pronounGender(x.wordText(j + 1))
	e := r.recentOf(g)
	for c := len(r.ents) - 1; e < 0 && g != 0 && c >= 0; c-- {
		// the person introduced last whose gender nothing gave, known to
		// be a person by a role or an age (not "Amazing Grace", a tune)
		if en := &r.ents[c]; en.gender == 0 && en.nameGender == 0 && !en.thing && (en.role != "" || en.age != 0) {
			e = c
		}
	}
	if e < 0 {
		return
	}
	name := trimPossessive(x.text[x.words[k].Start:x.words[end-1].End])
	if _, taken := r.byName[name]; taken || strings.EqualFold(name, r.ents[e].name) {
		return
	}
	r.byName[name] = e
	if end-k == 1 {
		r.byFirst[strings.ToLower(name)] = e
	} else if rest := trimPossessive(x.text[x.words[k+1].Start:x.words[end-1].End]); lexicon.IsRoleNoun(x.wordText(k)) {
		if _, taken := r.byName[rest]; !taken {
			r.byName[rest] = e // "Piper Cal said": the title a lookup drops
		}
	}
}

// recentOf returns the man ('m') or woman ('f') named last, or -1.
func (r *resolver) recentOf(g byte) int {
	switch g {
	case 'm':
		return r.recentMan
	case 'f':
		return r.recentWoman
	}
	return -1
}

// bylineUnit reports whether unit ui is a byline: "By", then at most
// seven words, each capitalised or "and", "in", "for" or "of", and
// punctuation ("By Marin Jukić", "By Hanta Rasoanaivo in Antalaha").
func (x *extractor) bylineUnit(ui int) bool {
	u := x.units[ui]
	if u.w1-u.w0 < 2 || u.w1-u.w0 > 8 || x.wordText(u.w0) != "By" {
		return false
	}
	for k := u.w0 + 1; k < u.w1; k++ {
		if x.words[k].kind == wordText && !x.words[k].upper && !x.wordIs(k, "and") && !x.wordIs(k, "in") && !x.wordIs(k, "for") && !x.wordIs(k, "of") {
			return false
		}
	}
	return true
}

// addMentions records the short mentions of unit ui ("Wang", "Lavrov")
// of the names found by the names walk. Units come in order.
func (r *resolver) addMentions(ui int) {
	x := r.x
	u := x.units[ui]
	r.sents = append(r.sents, u.Start)
	r.pronounSubject(ui)
	r.describedSubject(ui)
	byline := x.bylineUnit(ui)
	opens := x.afterDateline(ui) // "SPLIT — Luka Matijević scored"
	for k := u.w0; k < u.w1; {
		end := r.capRun(k, u.w1)
		if end > k {
			if e, _, _ := r.lookup(k, end, r.named); e >= 0 {
				subj := k == u.w0 || k == opens || k == u.w0+1 && !x.words[u.w0].upper || r.titleFirst(u.w0, k) || r.afterFrontedAdjunct(u, k, end) ||
					k > u.w0 && r.roleLeft(ui, k, false) == u.w0 // a role opens the clause: "Hotel manager Andreas Kyriakou backed ..."
				subj = subj && !byline // "By Marin Jukić": the writer, no subject of the story
				r.mentions = append(r.mentions, mention{pos: x.words[k].Start, ent: e, subject: subj, quoted: x.words[k].quote >= 0,
					owner: x.possessive(end - 1)})
			}
			k = end
			continue
		}
		k++
	}
}

// describedSubject records a definite description of a person that opens
// unit ui before its verb as a subject mention of the person it refers to
// (nominal), so that the person stays in focus through it: "Mike Pence
// says ... The Republican vice presidential nominee was speaking Friday
// ... The Indiana governor said".
func (r *resolver) describedSubject(ui int) {
	x := r.x
	u := x.units[ui]
	k, ok := x.openingWord(ui)
	if !ok || !lexicon.EqualFold(x.wordText(k), "the") {
		return
	}
	end := k + 1
	for end < u.w1 && end-k <= 5 && x.words[end].kind == wordText && x.words[end].quote < 0 && !x.is(lexicon.CFiniteAux, end) &&
		!x.is(lexicon.CPrepositions, end) && !x.is(lexicon.CCue, end) && !x.possessive(end) {
		end++
	}
	if end >= u.w1 || end-k < 2 || !x.is(lexicon.CFiniteAux, end) && !x.isPunct(end, ',') {
		return // "The Republican vice presidential nominee was", "The retired fisherman, who"
	}
	if h := x.wordText(end - 1); x.words[end-1].upper || x.plural(end-1) || !lexicon.IsRoleNoun(h) {
		return
	}
	// Resolved when an antecedent search first reaches it (before), once
	// the speakers before it are known.
	r.mentions = append(r.mentions, mention{pos: x.words[k].Start, ent: -1, subject: true, descEnd: x.words[end-1].End})
}

// resolveDescriptions resolves the descriptions that open sentences
// before byte limit (describedSubject), in text order: before the first
// attribution after them is resolved (settle), or before their words
// leave the window (compact), so that a window and the whole document
// resolve them at the same point.
func (r *resolver) resolveDescriptions(limit int) {
	x := r.x
	for r.descFrom < len(r.mentions) && r.mentions[r.descFrom].pos < limit {
		mi := &r.mentions[r.descFrom]
		r.descFrom++
		if mi.descEnd == 0 {
			continue
		}
		end := mi.descEnd
		mi.descEnd = 0
		k := sort.Search(len(x.words), func(i int) bool { return x.words[i].Start >= mi.pos })
		e := sort.Search(len(x.words), func(i int) bool { return x.words[i].End >= end })
		if k < len(x.words) && e < len(x.words) && x.words[k].Start == mi.pos && x.words[e].End == end {
			mi.ent = r.nominal(npSpan{k, e + 1}, mi.pos)
		}
	}
}

// openingWord returns the word that opens unit ui after "And", "But" or
// "So", when it is a word outside a quotation.
func (x *extractor) openingWord(ui int) (int, bool) {
	u := x.units[ui]
	k := u.w0
	if k+1 < u.w1 && x.is(lexicon.CLeadConjunctions, k) {
		k++
	}
	return k, k < u.w1 && x.words[k].quote < 0 && x.words[k].kind == wordText
}

// pronounSubject records "he" or "she" opening unit ui (after "And",
// "But" or "So") as a subject mention of the person it refers to, so that
// a person the story goes on about stays salient through sentences that
// name no one ("Ban ... He has championed gay rights. And he said ...").
func (r *resolver) pronounSubject(ui int) {
	x := r.x
	k, ok := x.openingWord(ui)
	if !ok {
		return
	}
	g := pronounGender(x.wordText(k))
	if g == 0 {
		return
	}
	// Resolved when an antecedent search first reaches it (before), once
	// the speakers before it are known.
	r.mentions = append(r.mentions, mention{pos: x.words[k].Start, ent: -1, subject: true, pron: g})
}

// pronounGender returns 'm' for "he", 'f' for "she", in any case, and 0
// for any other word.
func pronounGender(w string) byte {
	switch {
	case lexicon.EqualFold(w, "he"):
		return 'm'
	case lexicon.EqualFold(w, "she"):
		return 'f'
	}
	return 0
}

// afterFrontedAdjunct reports whether the name [k, end) of unit u is the
// subject of its main clause after a fronted adjunct: the unit opens with
// a preposition or a time word, a comma comes before the name (with at
// most three lower-case words of title between), and a finite verb after
// it ("In a statement on Tuesday, nominee Ann Lee was more careful"); or
// the unit opens with a participle ("Asked whether ..., Ban demurred").
func (r *resolver) afterFrontedAdjunct(u unit, k, end int) bool {
	x := r.x
	if end >= u.w1 || x.words[k].quote >= 0 || !(x.is(lexicon.CPrepositions, u.w0) || x.is(lexicon.CTimeWords, u.w0) || participle(x.wordText(u.w0))) {
		return false
	}
	j := k - 1
	for n := 0; n < 3 && j > u.w0 && x.words[j].kind == wordText && !x.words[j].upper; n++ {
		if x.is(lexicon.CCue, j) {
			return false // "..., saying Mr. Blatter should": the name is an object's
		}
		j--
	}
	if j <= u.w0 || !x.isPunct(j, ',') {
		return false
	}
	if x.isPunct(end, ',') {
		// "In the Lords, Baroness Whitmore, a former chair of the Trust,
		// urged": the verb after an appositive
		c := end + 1
		for c < u.w1 && c-end <= 12 && !x.isPunct(c, ',') && x.words[c].kind == wordText && x.words[c].quote < 0 {
			c++
		}
		if c+1 < u.w1 && c-end > 1 && x.isPunct(c, ',') {
			end = c + 1
		}
	}
	if x.words[end].kind != wordText {
		return false
	}
	if x.is(lexicon.CFiniteAux, end) {
		return true
	}
	e, ok := lexicon.LookupCue(x.wordText(end))
	return ok && (e.Past || e.Third) || strings.HasSuffix(x.wordText(end), "ed") ||
		!x.words[end].upper && lexicon.InFold(lexicon.IrregularPast, x.wordText(end)) // "In an interview ..., Ham made it clear"
}

// participle reports whether w, opening a sentence, looks like a
// participle that opens a fronted clause ("Asked whether ..., Ban
// demurred", "Speaking to reporters, ...").
func participle(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// maxPronounDepth bounds how many sentence-opening pronouns one
// antecedent search resolves in a chain (before); those further back stay
// unresolved and are skipped.
const maxPronounDepth = 64

// antecedentReach is how many mentions and speakers antecedent looks at.
const antecedentReach = 60

// forget drops the mentions that no antecedent search from byte pos on
// can reach.
func (r *resolver) forget(pos int) {
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].pos >= pos })
	if i -= antecedentReach; i > 0 {
		r.mentions = r.mentions[:copy(r.mentions, r.mentions[i:])]
		r.descFrom = max(0, r.descFrom-i)
	}
}

// honorific gives entity e the gender of an honorific among words
// [k, n) before its surname ("Ms Greve" after "Sunniva Greve"), unless
// the text has given it a gender already or another entity of the
// document bears the surname ("Mr Ledger" beside Geoff and Pam Ledger).
// Honorifics of both genders on one surname ("Mr. Khan", then "Ms. Khan",
// of a couple named once as "Khizr and Ghazala Khan") are two people: the
// entity gets no gender from them.
func (r *resolver) honorific(k, n, e int) {
	g := r.honorificGender(k, n)
	en := &r.ents[e]
	switch {
	case g == 0 || en.honorConflict:
		return
	case en.byHonorific && en.gender != g:
		en.gender, en.byHonorific, en.honorConflict = 0, false, true
		return
	case en.gender != 0 && !en.byPronoun:
		return
	}
	last := lastWord(en.name)
	for i := range r.ents {
		if i != e && strings.EqualFold(lastWord(r.ents[i].name), last) {
			return
		}
	}
	en.gender, en.byHonorific, en.byPronoun = g, true, false
}

// namedBefore reports whether entity e is mentioned or speaks before pos.
func (r *resolver) namedBefore(e, pos int) bool {
	for _, ms := range [2][]mention{r.mentions, r.speakers} {
		for _, m := range ms {
			if m.ent == e && m.pos < pos {
				return true
			}
		}
	}
	return false
}

// kinOpening returns the word of kin before the one-word name at k when
// the two open their sentence, after a possessive: "Their nephew Fale,
// 24, works on the crew", "Semu's wife, Losa, runs a shop". The relative
// is then the sentence's subject, a person a later "he" or "she" may
// mean; in the middle of a sentence ("He lives with his grandson
// Reuben") the relative would compete with the person the story is
// about, and is left out.
func (r *resolver) kinOpening(k, n int) string {
	x := r.x
	if k != n || k < 2 {
		return ""
	}
	j := k - 1
	if x.isPunct(j, ',') {
		j--
	}
	if j < 1 || x.words[j].upper || x.words[j].kind != wordText {
		return ""
	}
	p := j - 1
	if !x.is(lexicon.CPossDeterminers, p) && !(x.possessive(p) && x.words[p].upper) || !x.sentenceInitial(p) ||
		!lexicon.InFold(kinNouns, x.wordText(j)) && !lexicon.IsRoleNoun(x.wordText(j)) ||
		x.wordIs(p, "its") || lexicon.InFold(orgCapableRoles, x.wordText(j)) {
		return "" // (nor "Its owner Disney said")
	}
	if x.common(k) || x.partyOrNationality(k) ||
		k+1 < len(x.words) && x.words[k+1].kind == wordText && !x.words[k+1].upper && lexicon.IsRoleNoun(x.wordText(k+1)) {
		return "" // "Clinton's chief Democratic rival"
	}
	return lexicon.Lower(x.wordText(j))
}

// ownedAppositive returns the role before the one-word name at k when a
// possessive's role stands in apposition to it: "the widow and her son,
// Fidy, who is 19,", "It was Gelashvili's daughter, Ketevan, who found",
// "with his manager, Rui, at the wheel". A relative's or a colleague's
// given name set off by commas after the role is the person's name.
func (r *resolver) ownedAppositive(k, n int) string {
	x := r.x
	if k != n || k < 3 || !x.isPunct(k-1, ',') || k+1 >= len(x.words) || !x.isPunct(k+1, ',') && !x.isPunct(k+1, '.') {
		return ""
	}
	j := k - 2
	if x.words[j].upper || x.words[j].kind != wordText || x.common(k) || !lexicon.InFold(kinNouns, x.wordText(j)) && !lexicon.IsRoleNoun(x.wordText(j)) ||
		lexicon.InFold(orgCapableRoles, x.wordText(j)) {
		return ""
	}
	for p := j - 1; p >= 0 && p >= j-3 && x.words[p].kind == wordText && x.words[p].quote < 0; p-- {
		if x.sentenceInitial(p+1) || x.text[x.words[p].End:x.words[p+1].Start] != " " {
			break // the sentence's own words only, as a window holds them
		}
		if x.wordIs(p, "its") {
			break // "Its largest shareholder, Blackrock,": a body's
		}
		if x.is(lexicon.CPossDeterminers, p) || x.possessive(p) {
			return lexicon.Lower(x.wordText(j))
		}
		if x.words[p].upper || x.is(lexicon.CDeterminers, p) {
			break
		}
	}
	return ""
}

// orgCapableRoles are role nouns an organisation holds as often as a
// person: "The firm's biggest customer, Walmart,", "Its owner Disney".
var orgCapableRoles = lexicon.SetOf("customer", "client", "shareholder", "owner", "partner", "supplier", "buyer",
	"investor", "rival", "sponsor", "backer", "lender", "parent", "subsidiary", "competitor", "insurer", "creditor",
	"stakeholder", "tenant", "distributor", "contractor", "affiliate", "operator", "bidder", "acquirer", "landlord")

// kinNouns are the words of kin that stand before a relative's given name.
var kinNouns = lexicon.SetOf("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
	"nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "grandmother", "grandfather", "widow", "widower")

// renamed reports whether the definite description np at byte pos
// describes someone met before rather than someone new: a relative "who"
// says more about them ("The retired fisherman, who was dubbed ...,
// decided"), and none of its modifiers was said in the two sentences
// before, as "the bus driver" is of "a bus hit her" ("The bus driver,
// who was not hurt, said" is someone new).
func (r *resolver) renamed(np npSpan, pos int) bool {
	x := r.x
	if np.w1+1 >= len(x.words) || !x.isPunct(np.w1, ',') || !x.wordIs(np.w1+1, "who") {
		return false
	}
	// The two sentences before, read from the text by their offsets: a
	// window may no longer hold their words.
	here := r.sentOf(pos)
	from := 0
	if here >= 2 {
		from = r.sents[here-2]
	}
	before := strings.ToLower(x.text[from:min(pos, len(x.text))])
	for k := np.w0 + 1; k < np.w1-1; k++ {
		w := singular(lexicon.Lower(x.wordText(k)))
		for i := 0; i+len(w) <= len(before); {
			j := strings.Index(before[i:], w)
			if j < 0 {
				break
			}
			j += i
			if (j == 0 || !isWordByte(before[j-1])) && (j+len(w) == len(before) || !isWordByte(before[j+len(w)]) || before[j+len(w)] == 's') {
				return false // "a bus hit her. The bus driver, who ...": someone new
			}
			i = j + 1
		}
	}
	return true
}

// otherOffice reports whether role holds an elected office other than
// office ("senator" of Sen. Ted Cruz is no governor).
func otherOffice(role, office string) bool {
	for _, w := range strings.Fields(lexicon.Lower(role)) {
		if w = strings.Trim(w, ",."); w != office && lexicon.InFold(officeNouns, w) {
			return true
		}
	}
	return false
}

// officeNouns are the elected offices of a place that news uses to name a
// politician again: "the Indiana governor", "the Vermont senator".
var officeNouns = lexicon.SetOf("governor", "senator", "congressman", "congresswoman", "representative", "mayor", "lawmaker", "legislator",
	"member", "mp", "msp", "mla", "td", "councillor", "councilor", "assemblyman", "assemblywoman", "alderman")

// placeOfficeMention reports whether np is "the", one capitalised word
// that names no one the article knows, no body and no nationality, and
// an office noun: "the Ceredigion member", "the Kerry TD".
func (r *resolver) placeOfficeMention(np npSpan) bool {
	x := r.x
	if np.w1-np.w0 != 3 || !x.wordIs(np.w0, "the") || x.words[np.w0].upper && np.w0 > 0 && !x.sentenceInitial(np.w0) {
		return false
	}
	c, h := np.w0+1, np.w0+2
	if x.words[c].kind != wordText || !x.words[c].upper || x.possessive(c) || x.words[h].kind != wordText || x.words[h].upper && !isAllCaps(x.wordText(h)) {
		return false
	}
	if !lexicon.InFold(officeNouns, x.wordText(h)) || lexicon.IsDemonym(x.wordText(c)) || x.is(lexicon.COrgWords, c) || lexicon.InFold(lexicon.PartyMembers, x.wordText(c)) ||
		isAllCaps(x.wordText(c)) || lexicon.InFold(officeOwners, x.wordText(c)) {
		return false // "the SNP MP", "the Democratic congressman", "the Cabinet member": a party's or a body's, not a place's
	}
	if e, _, _ := r.lookup(c, c+1, len(r.ents)); e >= 0 && !placeName(r.ents[e].name) {
		return false // "the Clinton aide" would be a person's; "the Hale member" is Hale's
	}
	return true
}

// familyRole reports whether a role says only how a person is related
// ("grandad", "mum-of-three", "widow"), as a tabloid's lede calls
// someone: what the person does, when a description says it ("The
// retired fisherman, who ..."), is the better role.
func familyRole(role string) bool {
	h := lexicon.Lower(lastWord(role))
	return lexicon.InFold(kinNouns, h) || lexicon.InFold(informalKin, h) || kinEpithet(h)
}

// informalKin are the words of family that news writes informally.
var informalKin = lexicon.SetOf("grandad", "granddad", "grandpa", "grandma", "gran", "granny", "nan", "nana", "mum", "mom", "dad", "mummy", "daddy")

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

func (r *resolver) addName(k, end int, unitStart bool) {
	x := r.x
	m := r.titleEnd(k, end)
	n := r.dropCommon(m, end)
	if !r.personName(n, end) {
		return
	}
	single := end-n == 1
	kin, lone := "", false
	if single {
		titled := false
		for t := k; t < n; t++ {
			titled = titled || x.is(lexicon.CTitleWords, t) || x.is(lexicon.CHonorificWords, t)
		}
		if k == n && k-2 >= 0 && x.is(lexicon.CPossDeterminers, k-2) && !x.words[k-1].upper && x.words[k-1].kind == wordText &&
			lexicon.RoleGender(x.wordText(k-1)) != 0 && x.common(k-1) && !x.common(k) && r.answerPara(k) {
			// "My daughter Awa paints", in an interview's answer: a
			// relative's given name, after the word of kin (in a story,
			// "his grandson Reuben" would compete with the person the
			// story is about for every "he")
			kin, titled = lexicon.Lower(x.wordText(k-1)), true
		}
		if w := r.kinOpening(k, n); !titled && w != "" {
			kin, titled = w, true
		}
		if w := r.ownedAppositive(k, n); !titled && w != "" {
			kin, titled = w, true
		}
		if !titled && !r.loneGivenSpeaker(k, n, end) {
			return // a lone capitalised word is not known to be a person
		}
		if e, ok := r.byFirst[strings.ToLower(trimPossessive(x.wordText(n)))]; ok && !titled && strings.Count(r.ents[e].name, " ") >= 2 && !r.ents[e].thing {
			// "Tan Wei Ming, 45, forged ... Tan said": the family name
			// that opens a name of three words, as Chinese, Korean and
			// Vietnamese names are written, is that person (lookup)
			return
		}
		lone = !titled
	}
	name := trimPossessive(x.runName(n, end))
	if sfx := x.suffixAt(end); sfx != "" && (end-n >= 2 || n > k) {
		name += " " + sfx // "Donald Trump Jr.", "Queen Elizabeth II"
	}
	if x.placeAppositive(end) {
		if e, ok := r.byName[name]; ok && r.ents[e].gender == 0 {
			r.ents[e].thing = true // named in the headline, a place in the story
		}
		return
	}
	if _, ok := r.byName[name]; ok {
		return
	}
	if end-n == 2 && lexicon.IsRoleNoun(x.wordText(n)) {
		// "Dean Amar" after "Vikram Amar, dean of the law school": the
		// role the person was given, used as a title before the surname
		if e, ok := r.byLast[strings.ToLower(trimPossessive(x.wordText(n+1)))]; ok && roleHas(r.ents[e].role, []string{lexicon.Lower(x.wordText(n))}) {
			return
		}
	}
	var lastBuf [32]byte
	lastKey := lowerKey(&lastBuf, trimPossessive(x.wordText(end-1)))
	if !single {
		// "Mr. Van Voorhis" after "Chandler Van Voorhis": the last words
		// of a known name are that person, not a new one.
		if e, ok := r.byLast[string(lastKey)]; ok {
			if en := r.ents[e].name; len(en) > len(name) && strings.EqualFold(en[len(en)-len(name):], name) && en[len(en)-len(name)-1] == ' ' &&
				r.givenNames(en[:len(en)-len(name)-1]) {
				r.honorific(k, n, e)
				index(r.byName, name, e)
				return
			}
		}
	}
	if single {
		if e, ok := r.byLast[strings.ToLower(name)]; ok {
			r.honorific(k, n, e)
			return
		}
		if e, ok := r.bySecond[strings.ToLower(name)]; ok {
			r.honorific(k, n, e)
			return // "Ms. Cárdenas" is María José Cárdenas Oyarzún
		}
		if _, ok := r.byFirst[strings.ToLower(name)]; ok {
			return // "Dame Olwen" is Dame Olwen Tregarth
		}
	}
	if !single {
		// "Francois Hollande" in a headline, "François Hollande" in the
		// story: one person, named as the story spells it.
		key := string(lastKey)
		if !isASCII(key) {
			key = foldAccents(key)
		}
		if e, ok := r.byLast[key]; ok && (!isASCII(name) || !isASCII(r.ents[e].name)) && foldAccents(r.ents[e].name) == foldAccents(name) {
			if r.ents[e].name != name && isASCII(r.ents[e].name) {
				r.ents[e].name = name
			}
			index(r.byName, name, e)
			return
		}
	}
	adopt := -1
	if !single {
		// "Gelashvili's daughter, Ketevan, found the suitcases ...
		// Ketevan Gelashvili told me": the full name is the relative
		// the appositive named by her given name alone.
		if e0, ok := r.byName[x.wordText(n)]; ok && (r.ents[e0].given || r.ents[e0].lone) && !strings.Contains(r.ents[e0].name, " ") {
			adopt = e0
		}
		if e0, ok := r.byName[trimPossessive(x.wordText(end-1))]; adopt < 0 && ok && r.ents[e0].lone && !strings.Contains(r.ents[e0].name, " ") {
			adopt = e0 // "Sanders said ..." before "Bernie Sanders"
		}
		// "Lo Bianco said ... Regional civil protection director
		// Salvatore Lo Bianco told a briefing": a name of two words or
		// more met first, the end of the full name met later, is that
		// person, who takes the full name and the role stated with it.
		if t := n + 1; adopt < 0 && t+2 <= end && x.words[t].kind == wordText && (x.words[t].upper || x.is(lexicon.CNameParticles, t)) && lexicon.GivenNameGender(x.wordText(n)) != 0 && !x.common(n) {
			suffix := trimPossessive(x.text[x.words[t].Start:x.words[end-1].End])
			e0, ok := r.byName[suffix]
			if c := suffix[0]; !ok && 'a' <= c && c <= 'z' {
				e0, ok = r.byName[string(c-'a'+'A')+suffix[1:]] // "De Blasio says" in a headline, then "Mayor Bill de Blasio"
			}
			if ok && !r.ents[e0].thing && !r.ents[e0].writer && strings.EqualFold(r.ents[e0].name, suffix) && !lexicon.InFold(lexicon.Places, suffix) {
				adopt = e0
			}
		}
	}
	e := entity{name: name, lone: lone}
	if kin != "" {
		e.role, e.gender = kin, lexicon.RoleGender(kin)
		e.given = single
	}
	rs := k
	for rs < m && (x.is(lexicon.CNonNameCaps, rs) && !x.placePrefix(rs, m) || x.in(lexicon.SentenceAdverbs, rs) || x.capitalLy(rs)) {
		rs++ // "The", "On Tuesday", "Later": no part of a title
	}
	if m > rs && !hypotheticalTitle(x, k) {
		e.role = r.roleText(rs, m)
		if x.possessive(m-1) && !x.is(lexicon.CTitleWords, m-1) {
			e.role = placeNoRole(strings.TrimRight(trimPossessive(e.role), "'’")) // "Halvard's Ida Morvik"
		}
		for t := k; t < m; t++ {
			if g, ok := lexicon.Honorifics[strings.ToLower(x.wordText(t))]; ok && g != 0 {
				e.gender = g
			}
			if x.is(lexicon.CHonorificWords, t) && t == m-1 || x.is(lexicon.CHonorificWords, t) && t == m-2 {
				e.role = "" // "Mr." is no role
			}
		}
	}
	if g, ok := lexicon.Honorifics[strings.ToLower(x.wordText(n))]; ok && x.is(lexicon.CPeerTitles, n) {
		e.gender = g // "Lord Penhallow", "Baroness Whitlow"
	}
	if e.gender == 0 && !single {
		first := strings.ToLower(x.wordText(n))
		switch {
		case lexicon.FemaleNames[first]:
			e.gender = 'f'
		case lexicon.MaleNames[first]:
			e.gender = 'm'
		default:
			e.nameGender = lexicon.GivenNameGender(first)
		}
	}
	e.thing = !single && e.gender == 0 && (e.nameGender == 0 && orgLike(name) ||
		k == n && k > 0 && x.wordIs(k-1, "the") && !x.words[k-1].upper && x.plural(end-1)) // "the Eastern Highlands Cassowaries", "the Denver Nuggets": a team, not a person, whatever first name it opens with
	e.headline = x.words[k].Start < r.headlineEnd()
	idx := len(r.ents)
	if adopt >= 0 {
		old := r.ents[adopt]
		if e.role == "" {
			e.role = old.role
		}
		if e.gender == 0 {
			e.gender = old.gender
		}
		idx, r.ents[adopt] = adopt, e
	} else {
		r.ents = append(r.ents, e)
	}
	index(r.byName, name, idx)
	lastAt := end - 1
	if end-n == 4 && x.is(lexicon.CPeerTitles, n) && x.wordIs(n+2, "of") {
		// "Lord Renwick of Minto" is "Lord Renwick" and "Renwick"
		lastAt = n + 1
		index(r.byName, x.text[x.words[n].Start:x.words[n+1].End], idx)
	}
	last := strings.ToLower(trimPossessive(x.wordText(lastAt)))
	if old, ok := r.byLast[last]; ok && !single && !e.headline && r.ents[old].headline && gluedHeadlineWord(firstWord(r.ents[old].name)) &&
		!(strings.Contains(r.ents[old].name, " ") && strings.Contains(x.text[min(len(x.text), r.headlineEnd()):], r.ents[old].name)) { // (not a name the story gives in full too: "Zoltan Varga")
		// A headline runs words into names ("Will Sanders Come Down",
		// "Wisconsin Trump Rally", "Senator Endorsed Trump"): the story's
		// own full name owns the surname ("Bernie Sanders", then
		// "Sanders said").
		r.byLast[last] = idx
	}
	index(r.byLast, last, idx)
	if !isASCII(name) {
		if last := strings.ToLower(trimPossessive(x.wordText(lastAt))); foldAccents(last) != last {
			index(r.byLast, foldAccents(last), idx) // "Cárdenas" as "Cardenas" too
		}
	}
	if p := end - 2; end-n >= 3 && x.words[p].kind == wordText && x.words[p].upper && !x.is(lexicon.CNameParticles, p) &&
		!strings.Contains(x.wordText(p), ".") && len(x.wordText(p)) > 2 && !x.common(end-1) && !x.is(lexicon.COrgWords, end-1) {
		// (not "Maddow" of "Rachel Maddow Show": a common word ends no
		// person's name)
		if w := strings.ToLower(x.wordText(p)); lexicon.GivenNameGender(w) == 0 && !lexicon.FemaleNames[w] && !lexicon.MaleNames[w] {
			if r.bySecond == nil {
				r.bySecond = map[string]int{}
			}
			index(r.bySecond, w, idx)
		}
	}
	if !single && !x.is(lexicon.CPeerTitles, n) {
		index(r.byFirst, strings.ToLower(x.wordText(n)), idx)
	}
	for t := n + 1; t+3 <= end; t++ {
		if x.nicknameAt(t, end) {
			// `Gary "Conker" Attrill ... Conker vowed`: the nickname alone
			// is the person, as a first name is.
			index(r.byFirst, strings.ToLower(x.wordText(t+1)), idx)
			break
		}
	}
	if end-n == 2 && n == k {
		r.addPartner(k, end, idx)
	}
}

// loneGivenSpeaker reports whether the one word [n, end), with nothing
// before it from k, is a given name the lists know and no common word,
// right before or after a verb of saying in the past or third person:
// `"I would," Melanie said`, "said Melanie". A feature calls ordinary
// people by their first name alone, and a "she" later is hers.
func (r *resolver) loneGivenSpeaker(k, n, end int) bool {
	x := r.x
	if k != n || x.words[n].quote >= 0 || lexicon.GivenNameGender(x.wordText(n)) == 0 || x.common(n) || x.possessive(n) ||
		x.words[n].Start < r.headlineEnd() {
		return false // (a headline's "Sanders Says ..." is the story's to name)
	}
	cue := func(i int) bool {
		if i < 0 || i >= len(x.words) || x.words[i].kind != wordText || x.words[i].upper {
			return false
		}
		e, ok := lexicon.LookupCue(x.wordText(i))
		return ok && e.Class == lexicon.CueSpeech && (e.Past || e.Third) && !e.Participle
	}
	after := end < x.units[len(x.units)-1].w1 && cue(end)
	before := n > 0 && cue(n-1)
	if !after && !before || lexicon.Places[lexicon.Lower(x.wordText(n))] {
		return false // ("Jordan said", "Georgia said": a country)
	}
	// Next to a quotation (`"I would," Melanie said`, `... ," said Bob`),
	// or speaking alone three times in the text ("Bob said he was ..."):
	// not a club or a firm named once ("Chelsea said the striker ...").
	if after && n > 0 && (x.words[n-1].kind == wordClose || x.isPunct(n-1, ',') && n > 1 && x.words[n-2].kind == wordClose) ||
		before && n > 1 && (x.words[n-2].kind == wordClose || x.isPunct(n-2, ',')) {
		return true
	}
	return loneUses(x.text, x.wordText(n)) >= 3
}

// loneUses counts the places in text where w stands as a word followed
// by a space and a lower-case word: "Bob said", "Bob provided".
func loneUses(text, w string) int {
	n := 0
	for i := 0; i < len(text) && n < 3; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			break
		}
		j += i
		e := j + len(w)
		if (j == 0 || !isWordByte(text[j-1])) && e+1 < len(text) && text[e] == ' ' && 'a' <= text[e+1] && text[e+1] <= 'z' {
			n++
		}
		i = e
	}
	return n
}

// addPartner records the partner a couple's shared surname names: "Geoff
// and Pam Ledger" are Pam Ledger and Geoff Ledger, whom "Geoff" alone
// then means. The partner's given name is one capitalised word of the
// name lists before "and", which no other capital precedes.
func (r *resolver) addPartner(k, end, idx int) {
	x := r.x
	g := k - 2
	if g < 0 || !x.wordIs(k-1, "and") || x.words[g].kind != wordText || !x.words[g].upper || x.words[g].quote >= 0 ||
		g > 0 && x.words[g-1].kind == wordText && x.words[g-1].upper && !x.sentenceInitial(g-1) {
		return
	}
	given := x.wordText(g)
	gender := lexicon.GivenNameGender(given)
	if gender == 0 || lexicon.GivenNameGender(x.wordText(k)) == 0 {
		return
	}
	surname := trimPossessive(x.wordText(end - 1))
	name := given + " " + surname
	if _, ok := r.byName[name]; ok {
		return
	}
	e := entity{name: name, nameGender: gender}
	e.headline = r.ents[idx].headline
	p := len(r.ents)
	r.ents = append(r.ents, e)
	index(r.byName, name, p)
	index(r.byFirst, strings.ToLower(given), p)
}

// gluedHeadlineWord reports whether w, opening a name found in a
// headline, is likely a word the headline ran into the name rather than
// a given name: a modal ("Will Sanders Come Down?"), a place ("Wisconsin
// Trump Rally") or a common word that is no given name ("Endorsed
// Trump", "Donor Adelson").
func gluedHeadlineWord(w string) bool {
	l := lexicon.Lower(w)
	if lexicon.InFold(lexicon.Modals, l) {
		return true
	}
	if lexicon.FemaleNames[l] || lexicon.MaleNames[l] || lexicon.GivenNameGender(l) != 0 {
		return false
	}
	// a place, a common word, or any other word no given name is
	// ("Young Sanders supporters": "young" is kept off the common words
	// as a surname)
	return true
}

// index maps key to entity e in m unless the key is taken, under both
// spellings of an apostrophe: "O’Neill" in one paragraph and "O'Neill"
// in the next are one person.
func index(m map[string]int, key string, e int) {
	if _, ok := m[key]; !ok {
		m[key] = e
	}
	var twin string
	switch {
	case strings.Contains(key, "’"):
		twin = strings.ReplaceAll(key, "’", "'")
	case strings.Contains(key, "'"):
		twin = strings.ReplaceAll(key, "'", "’")
	default:
		return
	}
	if _, ok := m[twin]; !ok {
		m[twin] = e
	}
}

// lookup resolves the capitalised words [k, end) to one of the first
// limit entities, returning its index (or -1) and the name words found.
func (r *resolver) lookup(k, end, limit int) (int, int, int) {
	x := r.x
	n := r.splitTitle(k, end)
	if n >= end {
		return -1, n, end
	}
	if end-n > 9 || end-n > 6 && !x.nicknameAt(end-4, end) && !x.nicknameAt(end-5, end) {
		return -1, n, end // no name is that long, but for a nickname's three words
	}
	sfx := x.suffixAt(end)
	if sfx == "" && (end-n >= 3 || end-n >= 2 && n > k) {
		if sfx = x.suffixAt(end - 1); sfx != "" {
			end-- // a mention that took the generation in: "His son Donald Trump Jr"
		}
	}
	if sfx != "" && (end-n >= 2 || n > k) {
		// "Donald Trump Jr.": the name with its generation, no one else
		for e := n; e < end-1; e++ {
			if i, ok := r.byName[trimPossessive(x.text[x.words[e].Start:x.words[end-1].End])+" "+sfx]; ok && i < limit {
				return i, e, end
			}
		}
		return -1, n, end
	}
	for e := end; e > n; e-- {
		if e < end && end-n >= 3 && x.is(lexicon.COrgWords, end-1) && x.words[end-1].upper {
			break // "The Prince Rupert Port Authority", "the Tom Hale Foundation": a body's name, not the person or place it begins with
		}
		name := trimPossessive(x.text[x.words[n].Start:x.words[e-1].End])
		if i, ok := r.byName[name]; ok && i < limit {
			return i, n, e
		}
	}
	// "Lavrov", "Trump's": the last word of the name.
	var buf [32]byte
	last := lowerKey(&buf, trimPossessive(x.wordText(end-1)))
	if i, ok := r.byLast[string(last)]; ok && i < limit {
		if g := r.honorificGender(k, n); g != 0 && !r.genderFits(i, g) {
			// "Mrs. Clinton" in an article that named Bill Clinton first:
			// the honorific says which bearer of the surname it is.
			i = r.bearerOf(r.ents[i].name, g, limit)
		}
		return i, n, end
	}
	if end-n == 1 {
		if i, ok := r.bySecond[string(last)]; ok && i < limit {
			return i, n, end
		}
		if i, ok := r.byFirst[string(last)]; ok && i < limit {
			return i, n, end
		}
		if t := x.wordText(end - 1); titleCase(t) && !(end < len(x.words) && x.isPunct(end, '.') && x.words[end].Start == x.words[end-1].End) {
			if i := r.hypocorism(string(last), limit); i >= 0 {
				return i, n, end // ("PAC" is an acronym, "Wis." an abbreviation)
			}
		}
	}
	return -1, n, end
}

// prefixScan is the number of people up to which hypocorism scans them
// all rather than index them.
const prefixScan = 200

// petSuffixes end English and Australian familiar forms of given names
// ("Dazza", "Robbo", "Jonno", "Macca", "Mags", "Shaz"); "-y" and "-ie"
// end as many brands and places ("Disney", "Jersey").
var petSuffixes = []string{"zza", "za", "zz", "az", "oz", "bo", "no", "cca", "gs", "gsy"}

// hypocorism returns the one person named before limit whose given name
// a familiar form may shorten, or -1: English pet forms keep the given
// name's first syllable's opening ("Dazza" of Darren, "Gaz" of Gareth,
// "Del" of Derek, "Cal" of Callum, "Mags" of Margaret). The first two
// letters must match, the form be no longer than the name, and no other
// person's given name match.
func (r *resolver) hypocorism(form string, limit int) int {
	if len(form) < 3 {
		return -1
	}
	pet := len(form) == 3 && !strings.ContainsRune("aeiouy", rune(form[2])) // "Del", "Gaz"; not "Kia"
	for _, suf := range petSuffixes {
		pet = pet || strings.HasSuffix(form, suf) && len(form) > len(suf)+1
	}
	if !pet || lexicon.CommonWord(form) || lexicon.GivenNameGender(form) != 0 || lexicon.InFold(lexicon.Places, form) {
		return -1 // "Mann" is a surname, not Mark's; "Kia" a carmaker, "Disney" a studio
	}
	if _, org := lexicon.OrgNameKinds[form]; org {
		return -1
	}
	// A document of a few hundred people is scanned; a longer one is
	// indexed when a familiar form is first met, taking in the people
	// named since at each later one, so that a transcript of thousands of
	// names does not scan them all for each form.
	cands := r.ents[:min(limit, len(r.ents))]
	var idx []int
	if len(r.ents) > prefixScan {
		if r.byPrefix == nil {
			r.byPrefix = map[string][]int{}
		}
		for ; r.prefixed < len(r.ents); r.prefixed++ {
			if name := r.ents[r.prefixed].name; len(name) >= 2 {
				var buf [32]byte
				k := string(lowerKey(&buf, name[:2]))
				r.byPrefix[k] = append(r.byPrefix[k], r.prefixed)
			}
		}
		idx, cands = r.byPrefix[form[:2]], nil
	}
	found := -1
	for i := 0; i < len(cands)+len(idx); i++ {
		e := i
		if idx != nil {
			e = idx[i]
		}
		if e >= limit {
			continue
		}
		en := &r.ents[e]
		sp := strings.IndexByte(en.name, ' ')
		if sp < 0 || en.thing || en.writer {
			continue
		}
		given := en.name[:sp]
		if len(given) < 3 || !lexicon.EqualFold(given[:2], form[:2]) || len(form) > len(given)+1 || lexicon.EqualFold(given, form) {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	if found >= 0 {
		for _, o := range r.orgs {
			if len(o.name) >= len(form) && lexicon.EqualFold(o.name[:len(form)], form) && (len(o.name) == len(form) || o.name[len(form)] == ' ') {
				return -1 // a body the text names ("Kia Motors")
			}
		}
	}
	return found
}

// tailOfKnown returns the one longer name the names walk has found whose
// last words name is ("Aung San Suu Kyi" for "Suu Kyi", "Debbie
// Wasserman Schultz" for "Wasserman Schultz"), or "" when none or two
// are.
func (r *resolver) tailOfKnown(name string) string {
	if strings.IndexByte(name, ' ') < 0 || lexicon.InFold(lexicon.Places, name) {
		return ""
	}
	found := ""
	for i := range r.ents {
		n := r.ents[i].name
		if len(n) <= len(name) || !strings.HasSuffix(n, name) || n[len(n)-len(name)-1] != ' ' {
			continue
		}
		if r.givenNames(n[:len(n)-len(name)-1]) {
			if found != "" && found != n {
				return "" // two longer names end so: neither
			}
			found = n
		}
	}
	return found
}

// givenNames reports whether the words of s, the first words of a longer
// name, are given names, not a title, a description or a person's
// surname ("McCain Challenger Kelli Ward", "Ted Cruz South Carolina",
// "Florida-based Meridian Star Lines").
func (r *resolver) givenNames(s string) bool {
	for _, w := range strings.Fields(s) {
		lw := lexicon.Lower(trimPossessive(w))
		if _, surname := r.byLast[lw]; surname || w == "" || !isUpperASCII(w[0]) || strings.ContainsAny(w, "-.0123456789") ||
			lexicon.InFold(lexicon.TitleWords, lw) || lexicon.InFold(lexicon.HonorificWords, lw) || lexicon.IsRoleNoun(lw) {
			return false
		}
	}
	return true
}

// honorificGender returns the gender of a gendered honorific among words
// [k, n) ("Mrs.", "Mr", "Lady"), or 0.
func (r *resolver) honorificGender(k, n int) byte {
	x := r.x
	for t := k; t < n; t++ {
		if x.is(lexicon.CHonorificWords, t) {
			var buf [32]byte
			if g := lexicon.Honorifics[string(lowerKey(&buf, x.wordText(t)))]; g != 0 {
				return g
			}
		}
	}
	return 0
}

// genderFits reports whether nothing known of entity e's gender, from an
// honorific or its first name, contradicts g; a gender only a pronoun gave
// it does not count.
func (r *resolver) genderFits(e int, g byte) bool {
	eg := r.ents[e].gender
	if eg == 0 || r.ents[e].byPronoun {
		eg = r.ents[e].nameGender
	}
	if rg := r.roleSexOf(e); rg != 0 && !r.ents[e].byHonorific {
		eg = rg
	}
	return eg == 0 || eg == g
}

// roleSexOf returns roleSex of person e's role, computed once per role.
func (r *resolver) roleSexOf(e int) byte {
	en := &r.ents[e]
	if en.role == "" {
		return 0
	}
	if en.sexOf != en.role {
		en.sexOf, en.sexRole = en.role, roleSex(en.role)
	}
	return en.sexRole
}

// roleSex returns the sex a role shows: a role noun of one sex ("widow",
// "son", "spokeswoman"), not a compound in -man, which news writes for
// women too ("Trump spokesman Hope Hicks").
func roleSex(role string) byte {
	g := lexicon.RoleGender(role)
	if g == 'm' && strings.HasSuffix(lexicon.Lower(roleHead(role)), "man") {
		return 0
	}
	return g
}

// sex returns what the document shows of person e's sex: an honorific's,
// else a role's of one sex ("widow Terry Strada": the role says more than
// the first name), else the gender noted (a name
// of the short lists, a pronoun), else the first name's by the long
// lists; 0 when nothing shows it.
func (r *resolver) sex(e int) byte {
	en := &r.ents[e]
	if en.byHonorific && en.gender != 0 {
		return en.gender
	}
	if rg := r.roleSexOf(e); rg != 0 {
		return rg
	}
	if en.gender != 0 {
		return en.gender
	}
	return en.nameGender
}

// bearerOf returns the one entity before limit that has the last word of
// name and whose gender fits g, or -1 when none or several do.
func (r *resolver) bearerOf(name string, g byte, limit int) int {
	last, found := lastWord(name), -1
	for e := range r.ents[:min(limit, len(r.ents))] {
		if strings.EqualFold(lastWord(r.ents[e].name), last) && r.genderFits(e, g) {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// lowerKey returns s in lower case as strings.ToLower does, written into
// buf when s is short ASCII, so that a map lookup with string(key)
// allocates nothing.
func lowerKey(buf *[32]byte, s string) []byte {
	if len(s) > len(buf) {
		return []byte(strings.ToLower(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return []byte(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

// legalForms are the abbreviated legal forms that end a company's
// registered name ("Sahyadri Forgings Ltd", "Halvard Inc."); news writing
// drops them after the first mention, and the canonical name does too.
var legalForms = lexicon.SetOf("ltd", "ltd.", "inc", "inc.", "plc", "llc", "l.l.c.", "corp", "corp.", "co", "co.", "gmbh", "pty", "pvt")

// dropLegalForm returns a company's name without the legal form that ends
// it, when a name of one or more words is left: "Sahyadri Forgings Ltd" is
// Sahyadri Forgings, "Tarnside Pty Ltd" is Tarnside.
func dropLegalForm(name string) string {
	for range 2 {
		sp := strings.LastIndexByte(name, ' ')
		if sp <= 0 || !lexicon.InFold(legalForms, name[sp+1:]) {
			break
		}
		if rest := strings.TrimRight(name[:sp], ", &"); !strings.Contains(rest, " ") && lexicon.CommonWord(lexicon.Lower(rest)) && strings.HasPrefix(lexicon.Lower(name[sp+1:]), "corp") {
			break // "Democracy Corp" (Corps) is no "Democracy"; "Alphabet Inc." is Alphabet
		}
		name = strings.TrimRight(name[:sp], ", &") // "Goldman Sachs & Co."
	}
	return name
}

// resolve returns the canonical speaker and role of an attribution, and
// records the speaker for later pronouns.
func (r *resolver) resolve(a *attribution) (string, string) {
	before := r.group
	r.content = a.content
	if a.hasSrc && a.source.span.ok() && len(a.content) > 0 && a.content[0].Start > r.x.words[a.source.span.w0].Start {
		// (what a source goes on to say, not a sentence it is added to:
		// "Donald Trump has invested in ..., according to documents")
		defer r.markReported(a.content)
	}
	name, role := r.resolveSource(a)
	if name == "" && role == "" || role == "" && lexicon.InFold(documentNouns, name) {
		if owner := r.documentOwner(a, before); owner != "" || name == "" {
			name = owner // "Figures published by the company show": the company, not "figures"
		}
	}
	if a.hasSrc && a.source.np.ok() {
		r.noteDescribed(a, name)
		if np := a.source.np; name == "" && role == "" && (r.roleDescription(np) || r.description(np) && r.x.words[np.w1-1].kind == wordText &&
			!r.x.words[np.w1-1].upper && lexicon.IsRoleNoun(r.x.wordText(np.w1-1)) && !r.x.is(lexicon.CPossDeterminers, np.w0)) {
			// "a Labour peer told the House", "a spokesperson for the
			// town hall said": no one named, but a role.
			end := np.w1
			if a.source.span.w0 == np.w0 {
				// "a spokesperson for the town hall": its prepositional
				// phrase, not a relative clause ("who was in the room")
				for end < a.source.span.w1 && (r.x.words[end].kind == wordText && !r.x.is(lexicon.CRelativePronouns, end) ||
					r.x.isPunct(end, '.') && end > np.w1 && r.x.is(lexicon.CHonorificWords|lexicon.CTitleWords, end-1)) {
					end++ // (the period of "a spokesman for Mr. Smith")
				}
			}
			s := np.w0
			if r.x.is(lexicon.CArticles, s) || r.x.wordIs(s, "one") {
				s++
			}
			if role = r.roleNP(s, end); role == "" && s < end {
				// "one Clinton aide": the words themselves, though a
				// person's name is among them
				role = r.x.text[r.x.words[s].Start:r.x.words[end-1].End]
			}
		}
	}
	if sp := strings.IndexByte(role, ' '); sp > 0 && lexicon.InFold(lexicon.PossDeterminers, role[:sp]) {
		its := lexicon.EqualFold(role[:sp], "its")
		role = role[sp+1:] // "Their mission chief" is a "mission chief"
		org := r.orgBefore(a, before)
		if its && org == "" && a.hasSrc {
			org = r.subjectOrgBefore(a.srcUnit)
		}
		if its && org != "" && !strings.Contains(role, " of ") {
			// "Figures from the Tenants' Network show ... Its director,
			// Deirdre Kinsella, said": the director of that network.
			role += " of " + org
			if e, ok := r.byName[name]; ok && r.ents[e].role == role[:len(role)-len(org)-4] {
				r.ents[e].role = role
			}
		}
	}
	if head, rest, ok := orgPossessiveRole(role); ok && a.hasSrc && r.statedIn(a.srcUnit, role) {
		// (only in the sentence that states the role: a later "Khoa
		// said" is not near the company the role meant)
		// "Tran Minh Khoa, 34, the company's founder": the founder of the
		// company the story named.
		if kind, known := lexicon.OrgNominals[head]; known && lexicon.InFold(possessiveOrgNouns, head) {
			if org := r.orgOfKind(r.x.words[a.source.span.w0].Start, kind); org != "" {
				role = rest + " of " + org
				if e, ok := r.byName[name]; ok && r.ents[e].role != "" && strings.HasSuffix(r.ents[e].role, rest) {
					r.ents[e].role = role
				}
			}
		}
	}
	if e, ok := r.byName[name]; ok && r.ents[e].thing && !a.direct && len(a.content) > 0 && pronounGender(firstWord(r.x.text[a.content[0].Start:a.content[0].End])) != 0 &&
		!orgNamed(name) {
		// "Darran Whiting ... said he had made 150 calls": a subject
		// whose reported clause opens with "he" or "she" is a person,
		// though its surname is an English word ("whiting") and its
		// first name none the lists know.
		r.ents[e].thing = false
	}
	if r.group == before && !(r.group.ok && r.group.name == name) && name != "" && a.hasSrc && a.source.np.ok() && r.knownOrg(name) {
		// "In its 8am update, the Northern Rivers Flood Command said:" and
		// a list, then "It said ...": an organisation found by its name
		// speaks as a body, the antecedent of a later "it" as a plain
		// source is
		r.group = latestGroup{name: name, end: r.x.words[a.source.np.w1-1].End, ok: true, thing: true}
	}
	if name != "" && a.hasSrc && a.source.np.ok() {
		r.lastNamed = latestGroup{name: name, end: r.x.words[a.source.np.w1-1].End,
			ok: isUpperASCII(name[0]) && r.clauseInitial(a.srcUnit, a.source.span.w0) && r.x.words[a.source.np.w1-1].upper}
	}
	if r.group != before && r.group.ok && !r.clauseInitial(a.srcUnit, a.source.span.w0) {
		// Only a source that opens its clause ("The report said", ", the
		// groups say") is the clear antecedent of a later "it" or "they".
		r.group.ok = false
	}
	if p, rest, ok := strings.Cut(name, " "); ok && leadPrepositions[p] {
		name = rest // "of Democratic primary voters", "of Trump campaign": a phrase cut after its head, no name's word
	}
	for _, rel := range [...]string{", which ", ", who ", ", whose "} {
		if i := strings.Index(name, rel); i > 0 {
			name = name[:i] // "according to the Utah Division of Wildlife Resources, which regulates it": the name without its relative clause
		}
	}
	if i := strings.Index(name, " ("); i > 0 && !strings.Contains(name[i:], ")") {
		name = name[:i] // "Alliance to Reclaim Our Schools (AROS": the acronym's bracket, cut by the sentence's end
	}
	return name, role
}

// documentOwner returns who published the document a source names with a
// possessive ("Its own figures show", "The board's report found", "the
// Cleddau Health Board's data"): the organisation in focus for "its" and
// "their", else the owner the possessive names; "" when there is none.
func (r *resolver) documentOwner(a *attribution, group latestGroup) string {
	x := r.x
	if !a.hasSrc || !a.source.np.ok() {
		return ""
	}
	np := a.source.np
	head := np.w1 - 1
	for t := np.w0; t < np.w1-1 && t < np.w0+3; t++ {
		if x.wordIs(t+1, "published") || x.wordIs(t+1, "released") || x.wordIs(t+1, "compiled") || x.wordIs(t+1, "issued") || x.wordIs(t+1, "from") || x.wordIs(t+1, "by") {
			head = t // "Figures published by the company": the document, then its publisher
			break
		}
	}
	if last := x.wordText(head); x.words[head].upper && !(head == np.w0 && x.sentenceInitial(np.w0)) || !lexicon.InFold(documentNouns, last) {
		return ""
	}
	if k := head + 1; k+1 < len(x.words) && k < a.source.span.w1+3 {
		// "Figures published by the company show", "Data from the
		// district's monitoring wells show": the publisher after the
		// document, or the owner of what it comes from
		if x.wordIs(k, "published") || x.wordIs(k, "released") || x.wordIs(k, "compiled") || x.wordIs(k, "issued") {
			k++
		}
		if (x.wordIs(k, "by") || x.wordIs(k, "from")) && k+2 < len(x.words) {
			if x.wordIs(k+1, "the") && !x.words[k+2].upper {
				// "the company", "the district's monitoring wells"; not
				// "the club's critics", people of the body
				if k+3 < len(x.words) && x.words[k+3].kind == wordText && (personPlural(x.wordText(k+3)) || lexicon.IsRoleNoun(x.wordText(k+3))) {
					return ""
				}
				noun := lexicon.Lower(trimPossessive(x.wordText(k + 2)))
				pos := x.words[k+1].Start
				if kind, ok := lexicon.OrgNominals[noun]; ok {
					if org := r.orgOfKind(pos, kind); org != "" {
						return org
					}
				}
				// the body whose name holds the noun ("the district's
				// wells" after the Buffalo Creek Natural Resources District)
				i := sort.Search(len(r.orgs), func(i int) bool { return r.orgs[i].pos >= pos })
				return r.orgBack(i, pos, possessiveReach, func(o orgMention) bool { return nameHas(o.name, noun) })
			}
			if o := x.npRight(k+1, min(len(x.words), k+12)); o.ok() && x.words[o.w0].upper {
				for t := o.w0; t < o.w1; t++ {
					if w := x.wordText(t); trimPossessive(w) != w || !x.words[t].upper {
						o.w1 = t + 1 // "Buffalo Creek's wells": the owner
						if trimPossessive(w) == w {
							o.w1 = t
						}
						break
					}
				}
				if o.ok() {
					owner := *a
					owner.source = subject{np: o, span: o}
					name, _ := r.resolveSource(&owner)
					return trimPossessive(name)
				}
			}
		}
		if head+1 < np.w1 {
			return ""
		}
	}
	for k := np.w0; k < np.w1-1; k++ {
		w := x.wordText(k)
		if lexicon.EqualFold(w, "its") || lexicon.EqualFold(w, "their") {
			if k != np.w0 {
				return ""
			}
			if org := r.orgBefore(a, group); org != "" && (lexicon.EqualFold(w, "its") || r.sentOf(x.words[np.w0].Start)-r.sentOf(group.end-1) <= 1) {
				return org // ("their" only of the sentence before: not after "Campaigners disagree.")
			}
			// the organisation that spoke last, though not at the start
			// of its clause ("In a letter to patients, the health board
			// said ... Its own figures show")
			if pos := x.words[np.w0].Start; lexicon.EqualFold(w, "its") && group.name != "" && isUpperASCII(group.name[0]) && pos >= group.end && pos-group.end <= groupReach {
				return group.name
			}
			return ""
		}
		if t := trimPossessive(w); t != w && k > np.w0 || t != w && x.words[k].upper {
			owner := *a
			owner.source = subject{np: npSpan{np.w0, k + 1}, span: npSpan{np.w0, k + 1}}
			if kind, ok := lexicon.OrgNominals[lexicon.Lower(t)]; ok && !x.words[k].upper {
				return r.orgOfKind(x.words[np.w0].Start, kind) // "The board's own figures"
			}
			name, _ := r.resolveSource(&owner)
			return trimPossessive(name)
		}
	}
	return ""
}

// impersonal reports whether nothing shows the name to be a person's: a
// word of English in it, no first name the lists know, gender, role or
// age, and no "who" or "he" or "she" that referred to it.
func (r *resolver) impersonal(name string) bool {
	if lexicon.GivenNameGender(firstWord(name)) != 0 {
		return false
	}
	common := false // "Vigilante Aero", "the Census": a word of English, as no surname alone is ("McConnell", "Joey Salceda")
	for _, w := range strings.Fields(name) {
		common = common || lexicon.CommonWord(lexicon.Lower(strings.Trim(w, ",.")))
	}
	if !common {
		return false
	}
	e, ok := r.byName[name]
	if !ok {
		return true
	}
	en := &r.ents[e]
	return en.gender == 0 && en.nameGender == 0 && en.role == "" && en.age == 0 && !en.who && !en.given
}

// leadPrepositions never open a noun phrase ("outside experts" is one).
var leadPrepositions = lexicon.SetOf("of", "for", "to", "in", "at", "on", "by", "with", "from", "about", "into", "among")

func (r *resolver) resolveSource(a *attribution) (string, string) {
	if !a.hasSrc {
		return "", ""
	}
	x := r.x
	np := a.source.np
	if name, role, ok := r.holderOfBody(a); ok {
		return name, role
	}
	if np.ok() && np.w1-np.w0 == 2 && (x.wordIs(np.w0, "a") || x.wordIs(np.w0, "the")) && lexicon.InFold(spokesNouns, x.wordText(np.w0+1)) &&
		a.source.span.w1 == np.w1 && !a.source.appos.ok() {
		// "The Scottish Government said ... A spokeswoman added:": a
		// spokesperson for no one named speaks for the body that spoke
		// just before
		pos := x.words[np.w0].Start
		if gr := r.group; gr.ok && gr.thing && !gr.plural && gr.name != "" && isUpperASCII(gr.name[0]) && pos > gr.end && pos-gr.end <= groupReach {
			return gr.name, lexicon.Lower(x.wordText(np.w0 + 1))
		}
		if ln := r.lastNamed; ln.ok && pos > ln.end && pos-ln.end <= groupReach && (r.knownOrg(ln.name) || hasOrgWord(ln.name)) {
			return ln.name, lexicon.Lower(x.wordText(np.w0 + 1))
		}
	}
	if np.ok() && np.w1-np.w0 >= 2 && (x.wordIs(np.w0, "a") || x.wordIs(np.w0, "an") || !x.wordIs(np.w0, "the") && r.lowerRun(np.w0, np.w1-1)) &&
		lexicon.InFold(lexicon.PartyMembers, x.wordText(np.w1-1)) {
		// "said a New Hampshire Republican", "a Texas Democrat", "said
		// one undecided Republican": one of a party, unnamed; the
		// description is the role (resolve)
		return "", ""
	}
	if r.ledeEnt >= 0 && np.ok() && x.words[np.w0].Start == r.ledePos {
		// "A Conservative peer warned last night ... / Lord Errington,
		// who ..., said": the lede's description is the person the next
		// paragraph names.
		r.note(r.ledePos, r.ledeEnt)
		return r.ents[r.ledeEnt].name, r.ents[r.ledeEnt].role
	}
	appos := a.source.appos
	if !appos.ok() && a.source.span.w0 == np.w0 {
		// "Graham, a former candidate, told CBS": an appositive left in
		// the mention is a role, never part of the name.
		for c := np.w0 + 1; c < a.source.span.w1 && c <= np.w1; c++ {
			if !x.isPunct(c, ',') {
				continue
			}
			end := a.source.span.w1
			for end > c+1 && x.words[end-1].kind == wordPunct {
				end--
			}
			if end > c+1 {
				np, appos = npSpan{np.w0, c}, npSpan{c + 1, end}
			}
			break
		}
	}
	if np.ok() {
		if b := x.beforeParen(np.w1-1, np.w0); b < np.w1-1 && b > np.w0 {
			np.w1 = b + 1 // "Rep. Jim Jordan (R-Ohio), an oversight panel member": the party and state are no part of the name
		}
	}
	if !appos.ok() && a.source.span.w0 == np.w0 && a.source.span.w1 > np.w1 {
		// "Aides to Clinton", "The report from The Times": the whole phrase,
		// or the organisation a description speaks for.
		people := r.placePeople(np, a.source.span.w1)
		h := np.w1 - 1
		pluralPeople := x.plural(h) && (!x.words[h].upper || x.sentenceInitial(h) && !r.knownProper(x.wordText(h)) &&
			(x.is(lexicon.CGroupHeads, h) || personPlural(x.wordText(h))))
		if e := r.personIn(a.source.span.w0, a.source.span.w1); e >= 0 && !people && !pluralPeople {
			// "Chair of judges Rosalind Achterberg"
			r.note(x.words[a.source.span.w0].Start, e)
			return r.ents[e].name, r.ents[e].role
		}
		if people || r.description(np) || a.source.rel > np.w0 && r.capitalOnlyInitial(np) {
			name, role := "", ""
			if h := np.w1 - 1; x.plural(h) && !(x.wordIs(np.w1, "at") && (x.is(lexicon.CGroupHeads, h) || personPlural(x.wordText(h)))) || !x.plural(h) && !lexicon.IsRoleNoun(x.wordText(h)) {
				// (but "A doctor at the Royal Hospital said": one person,
				// unnamed, whose description is the role; "Nurses at
				// Leeds Hospital", "analysts at the bank": people where
				// they work, named with their place below; "Observers
				// from the Network" speak for it)
				name = r.speaksFor(np.w1, a.source.span.w1)
			}
			if name == "" {
				name = r.figuresFrom(np.w1-1, np.w1, a.source.span.w1)
			}
			for h := np.w1 - 1; name == "" && h >= np.w0 && h >= np.w1-3; h-- {
				// "a study published Thursday by ...": the document noun
				// may come before a participle and a time.
				if lexicon.InFold(documentNouns, x.wordText(h)) {
					name, role = r.documentAuthor(h+1, a.source.span.w1)
					break
				}
			}
			r.plain(np)
			if end := a.source.span.w1; name == "" && a.source.rel > np.w0 {
				// "Residents in Sandgate, who say", "Nurses who spoke to
				// us said": the group, with its phrase before the clause.
				if end = a.source.rel; x.isPunct(end-1, ',') {
					end--
				}
				if name = r.groupWithPhrase(np, end); name == "" {
					name = r.groupName(np)
				}
				if h := np.w1 - 1; name == "" && x.plural(h) && (!x.words[h].upper || h == np.w0 && x.sentenceInitial(h)) {
					name = r.groupPhrase(np) // "who" says they are people: "surfers who had travelled"
				}
			} else if name == "" {
				for k := np.w1; k < end; k++ {
					if x.isPunct(k, ',') {
						e := k + 1
						for e < end && !x.isPunct(e, ',') {
							e++
						}
						if x.orgAppositive(npSpan{k + 1, e}) {
							end = k // "Analysts at Hooghly Capital, a Kolkata brokerage,": the group, without what the appositive says of the body
						}
						break
					}
				}
				if name = r.groupWithPhrase(np, end); name == "" && x.in(placePreps, np.w1) {
					name = r.withPlace(r.groupName(np), np.w1, end) // "Farm groups in North Dakota and Montana"
				}
				if name == "" && people {
					name = r.withPlace(r.groupPhrase(np), np.w1, end) // "Revellers in the Kaiso Blue section", "Fishermen in Anse Tamarin"
				}
				if name == "" {
					name = r.bodyInPlace(npSpan{np.w0, end}) // "The gendarmerie in Antalaha"
				}
			}
			r.group.name = name
			return name, role
		}
		if cut := x.beforeAgent(npSpan{np.w0, a.source.span.w1}); a.source.rel > np.w0 && x.plural(np.w1-1) ||
			cut.w1 == np.w1 && x.plural(np.w1-1) && personPlural(x.wordText(np.w1-1)) {
			// "ten Karachi residents surveyed by the Civic Pulse group":
			// the people, not the phrase that says how they were found
			if g := r.groupPhrase(np); g != "" {
				r.plain(np)
				return g, ""
			}
		}
		if h := np.w1; h+1 < a.source.span.w1 && np.w1-np.w0 >= 2 && x.words[np.w1-1].upper && (x.wordIs(h, "in") || x.wordIs(h, "near")) && x.words[h+1].upper {
			for t := np.w0; t < np.w1; t++ {
				if x.is(lexicon.COrgWords, t) && x.words[t].upper && !lexicon.InFold(lexicon.PartyMembers, singular(x.wordText(t))) {
					// "the Bonneville Institute for Saline Lakes in Salt
					// Lake City": a body's name, without where it is
					return r.plain(np), ""
				}
			}
		}
		return r.plain(a.source.span), ""
	}
	if appos.ok() && np.w1 > np.w0 && !x.words[np.w1-1].upper && (lexicon.IsRoleNoun(x.wordText(np.w1-1)) || r.roleBeforeOf(np)) {
		// "said the mayor, Dagny Ruud", "said the chair of the jury,
		// Harriet Colquhoun": a description, then the name.
		if end := r.capRun(appos.w0, appos.w1); end == appos.w1 {
			e, _, _ := r.lookup(appos.w0, end, len(r.ents))
			if n := r.splitTitle(appos.w0, end); e < 0 && end-n >= 2 && r.personName(n, end) {
				r.addName(appos.w0, end, false)
				e, _, _ = r.lookup(appos.w0, end, len(r.ents))
			}
			if e >= 0 {
				s := np.w0
				for s < np.w1-1 && (x.is(lexicon.CArticles, s) || x.is(lexicon.CPossDeterminers, s)) {
					s++
				}
				r.keepRole(e, r.roleNP(s, np.w1))
				r.note(x.words[appos.w0].Start, e)
				return r.ents[e].name, r.ents[e].role
			}
		}
	}
	head := np.w1 - 1
	pos := x.words[np.w0].Start
	role := ""
	if appos.ok() {
		role = r.appositiveRole(appos)
	}
	if np.w1-np.w0 == 1 && lexicon.EqualFold(x.wordText(head), "which") && np.w0-2 >= 0 && x.isPunct(np.w0-1, ',') {
		// "The Saudi government, which has denied ...": the noun phrase
		// before the comma.
		if ante := x.npLeft(np.w0-2, max(0, np.w0-12)); ante.ok() && ante.w1 == np.w0-1 && !x.is(lexicon.CRelativePronouns, ante.w1-1) {
			if r.description(ante) && ante.w0-2 >= 0 && x.isPunct(ante.w0-1, ',') {
				// "Lorong Robotics, a two-year-old start-up, which says":
				// the name before the appositive
				if name := x.npLeft(ante.w0-2, max(0, ante.w0-8)); name.ok() && name.w1 == ante.w0-1 && x.words[name.w1-1].upper {
					ante = name
				}
			}
			b := *a
			b.source = subject{np: ante, span: ante}
			return r.resolveSource(&b)
		}
		return "", ""
	}
	if np.w1-np.w0 == 1 && lexicon.EqualFold(x.wordText(head), "who") && np.w0-2 >= 0 && x.isPunct(np.w0-1, ',') {
		// "a reversal for the Wisconsin Republican, who had pledged":
		// the description before the comma, not the person named last
		// (but "McConnell, now the Senate majority leader, who in 2010
		// said": an appositive's "who" is the name's)
		if ante := x.npLeft(np.w0-2, max(0, np.w0-12)); ante.ok() && ante.w1 == np.w0-1 && ante.w1-ante.w0 >= 2 && x.wordIs(ante.w0, "the") &&
			(lexicon.IsRoleNoun(x.wordText(ante.w1-1)) || lexicon.InFold(lexicon.PartyMembers, x.wordText(ante.w1-1))) &&
			!(ante.w0 >= 1 && (x.isPunct(ante.w0-1, ',') || ante.w0 >= 2 && x.isPunct(ante.w0-2, ','))) {
			b := *a
			b.source = subject{np: ante, span: ante}
			r.relativeAntecedent = true
			name, role := r.resolveSource(&b)
			r.relativeAntecedent = false
			return name, role
		}
	}
	if np.w1-np.w0 == 1 && lexicon.EqualFold(x.wordText(head), "who") && np.w0-1 >= 0 && x.words[np.w0-1].kind == wordText &&
		(!x.words[np.w0-1].upper || x.sentenceInitial(np.w0-1) && x.common(np.w0-1) || lexicon.InFold(lexicon.PartyMembers, singular(lexicon.Lower(x.wordText(np.w0-1))))) &&
		x.words[np.w0-1].quote < 0 && x.plural(np.w0-1) && !r.thirdPersonCue(a) {
		// (capitalised at the sentence's start, or a party's members:
		// "Nurses who say", "Republicans who agree")
		// "some economists who argue", "farmers who say": the plural
		// noun phrase the relative clause is of, with no comma between
		ante := npSpan{np.w0 - 1, np.w0}
		lo := 0
		if a.srcUnit >= 0 && a.srcUnit < len(x.units) {
			lo = x.units[a.srcUnit].w0 // (not a headline's words: "Hospital Crisis" before "Nurses who say")
		}
		for t := ante.w0 - 1; t >= lo && ante.w1-t <= 4; t-- {
			w := x.wordText(t)
			lw := strings.ToLower(w)
			if x.words[t].kind != wordText || x.words[t].quote >= 0 || x.is(lexicon.CNpStops, t) || x.is(lexicon.CDeterminers, t) ||
				x.is(lexicon.CPossDeterminers, t) || x.is(lexicon.CCue, t) || x.is(lexicon.CPrepositions, t) ||
				!x.words[t].upper && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") || x.plural(t) || x.clauseVerb(t)) {
				// "the ire of lawmakers who", "President Obama rebuked
				// critics who", "Senator Warren meets farmers who": the
				// group alone, with the names before it ("Democratic
				// lawmakers", "North Isles residents")
				break
			}
			ante.w0 = t
		}
		b := *a
		b.source = subject{np: ante, span: ante}
		return r.resolveSource(&b)
	}
	if np.w1-np.w0 == 2 && (x.wordIs(np.w0, "my") || x.wordIs(np.w0, "our")) && lexicon.RoleGender(x.wordText(head)) != 0 &&
		!x.words[head].upper && r.inAnswer(pos) {
		// "My son says I am more stubborn than the coral", in an answer:
		// the one person the article gave that role ("her son, Tangi
		// Tutai")
		if e := r.uniqueRole(lexicon.Lower(x.wordText(head)), pos); e >= 0 {
			r.note(pos, e)
			return r.ents[e].name, r.ents[e].role
		}
	}
	if np.w1-np.w0 == 1 && x.in(partitivePronouns, head) {
		// "Several said", "Others say": the group named just before
		if g, ok := r.groupThey(pos); ok {
			return g.name, ""
		}
		if gr := r.group; gr.ok && (gr.plural || !gr.thing && gr.name != "" && !isUpperASCII(gr.name[0])) && pos > gr.end && pos-gr.end <= groupReach {
			// (a group named with its phrase is people: "residents of
			// al-Amerat"; not when a person opened a clause since)
			for m := range r.before(pos) {
				if m.pos <= gr.end {
					break
				}
				if m.subject && !m.quoted {
					return "", ""
				}
			}
			return gr.name, ""
		}
		return "", ""
	}
	if np.w1-np.w0 == 1 && x.is(lexicon.CSubjectPronouns, head) {
		var g byte
		pron := strings.ToLower(x.wordText(head))
		if i := strings.IndexAny(pron, "'’"); i > 0 {
			pron = pron[:i] // "he'd said", "she's"
		}
		switch pron {
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
			plural := pron == "they"
			if g, ok := r.groupThey(pos); plural && ok && (!r.group.ok || g.end > r.group.end) && r.clauseInitial(a.srcUnit, head) {
				return g.name, "" // "House Democrats walked out. They said ..."
			}
			if gr := r.group; gr.ok && gr.plural == plural && (plural || gr.thing) && pos > gr.end &&
				pos-gr.end <= groupReach && r.clauseInitial(a.srcUnit, head) {
				if name, at := r.orgSubjectAt(pos); !plural && name != "" && at > gr.end {
					return name, "" // "The campaign said ... Acme Corp is defending the tweets. It says": the body named since
				}
				return gr.name, ""
			}
			if !plural && (r.clauseInitial(a.srcUnit, head) || head > x.units[a.srcUnit].w0 && (x.wordIs(head-1, "that") || x.wordIs(head-1, "which"))) {
				// (and "launched Kata, a pair of earbuds that it says can
				// translate": the subject of an object's relative clause)
				if name := r.orgSubjectBefore(pos); name != "" {
					return name, "" // "Acme Corp is defending the tweets. It says ..."
				}
			}
			if ln := r.lastNamed; !plural && ln.ok && pos > ln.end && pos-ln.end <= groupReach && r.clauseInitial(a.srcUnit, head) && r.impersonal(ln.name) {
				// "Vigilante Aero said the drone stored only heat maps. It
				// promised ...": the name that spoke last, which nothing
				// shows to be a person's, is a body's
				if e, ok := r.byName[ln.name]; ok {
					r.ents[e].thing = true
				}
				return ln.name, ""
			}
			return "", ""
		default:
			return "", ""
		}
		e := r.antecedent(pos, g)
		if e < 0 {
			return "", ""
		}
		if d := r.described; g > 1 && a.hasCue && continuationCue(x.text[a.cue.Start:a.cue.End]) && d.pos > r.lastMention(e, pos) &&
			d.pos < pos && pos-d.pos <= describedReach && (d.gender == 0 || d.gender == g) {
			// `"...," said one woman in the crowd. "...," she continued.`:
			// the person just quoted, whom no name gives, not someone
			// named before her.
			return "", ""
		}
		if r.ents[e].gender == 0 && g > 1 {
			r.ents[e].gender, r.ents[e].byPronoun = g, true
		}
		if g == 1 {
			r.ents[e].who = true
			r.noteRelative(pos, e)
			return r.ents[e].name, r.ents[e].role
		}
		r.note(pos, e)
		return r.ents[e].name, r.ents[e].role
	}
	if r.titleDescription(np) {
		// "The Cabinet Secretary said", "the Chief Executive", "the
		// regional MSP": a title capitalised as a name, which describes
		// the one person with it, or no one when none or two fit.
		if e := r.nominal(np, pos); e >= 0 {
			r.note(pos, e)
			return r.ents[e].name, r.ents[e].role
		}
		if last := x.wordText(np.w1 - 1); isAllCaps(last) {
			return "", "" // "the MSP" is no one's name
		}
	}
	if r.placeOfficeMention(np) && !x.placeBefore(np.w1-1) {
		// "added the Ceredigion member", "the Kerry TD": an office of a
		// place no list knows, which names again the person in focus,
		// not a person called Ceredigion
		if e := r.nominal(np, pos); e >= 0 {
			r.note(pos, e)
			return r.ents[e].name, r.ents[e].role
		}
		return "", ""
	}
	// The last capitalised run of the mention is its name.
	k := np.w1
	if x.nationalDescription(np) {
		k = np.w0 // "the Englishman" is a description, as "the Dane" and "the New Zealander" are
	}
	for k > np.w0 && !(x.words[k-1].kind == wordText && x.words[k-1].upper && !x.hyphenAdjective(k-1)) {
		k--
	}
	if k == np.w0 || k == np.w0+1 && (lexicon.EqualFold(x.wordText(np.w0), "the") || x.is(lexicon.CPossDeterminers, np.w0)) {
		// A common noun phrase: "the minister", "the campaign", "a new
		// poll". A definite description may name a person met before.
		if e := r.nominal(np, pos); e >= 0 {
			r.note(pos, e)
			return r.ents[e].name, r.ents[e].role
		}
		if name := r.orgNominal(np, pos); name != "" {
			r.plain(np)
			r.group.name = name
			return name, ""
		}
		if name, role := r.docOwner(np, pos); name != "" {
			return name, role // "The letter said": its author (docowner.go)
		}
		if k == np.w0 && x.nationalDescription(np) {
			return "", "" // "said the Swede", with no one to refer to
		}
		if k == np.w0 {
			return r.plain(np), role
		}
	}
	s := k
	for s > np.w0 && (x.words[s-1].kind == wordText && x.words[s-1].upper || x.isPunct(s-1, '.') ||
		s-2 >= np.w0 && x.words[s-2].upper && (x.is(lexicon.COrgJoiners, s-1) || x.isPunct(s-1, '&') || x.possessive(s-2))) {
		if x.wordIs(s-1, "of") && x.measureOf(s-2, k) {
			break // "Shares of Vardhan Auto Components": the body, not its shares
		}
		if x.placePossessive(s - 1) {
			np.w0 = s // "Zambia's Food Reserve Agency": the country's body, named without the country
			break
		}
		s-- // "Centre for Public Opinion", "European Farmers' Alliance", "Marks & Spencer"
	}
	if s == np.w0 && s-2 >= 0 && k-1 >= s && lexicon.EqualFold(x.wordText(s-1), "and") && x.words[s-1].quote < 0 &&
		x.words[s-2].kind == wordText && x.words[s-2].upper && r.orgHead(k-1) && !r.orgHead(s-2) && !x.plural(s-2) {
		// "the Food and Allied Workers' Union": the subject's noun phrase
		// stopped at "and", inside the name.
		t := s - 2
		for t-1 >= 0 && x.words[t-1].kind == wordText && x.words[t-1].upper && !x.sentenceInitial(t) {
			t--
		}
		if !(x.sentenceInitial(t) && x.common(t) && t == s-2 && x.is(lexicon.CArticles, t)) {
			s, np.w0 = t, t
		}
	}
	for t := s; t < k; t++ {
		if x.is(lexicon.COrgJoiners, t) || x.isPunct(t, '\'') || x.isPunct(t, '&') || x.words[t].kind == wordPunct && x.wordText(t) == "’" {
			if e := r.personIn(s, k); e >= 0 {
				// "Battalion Chief Rosa Delgado of Tamarack County Fire",
				// "The Kestrelford Chamber of Commerce's Neil Bastable"
				r.note(pos, e)
				return r.ents[e].name, r.ents[e].role
			}
			return r.plain(np), role // an organisation's name, not a person's
		}
	}
	if k < np.w1 && x.words[np.w1-1].kind == wordText {
		if lexicon.EqualFold(x.wordText(np.w0), "the") && k-np.w0 >= 2 && k-np.w0 <= 3 && np.w1-k <= 3 && r.lowerRun(k, np.w1) && lexicon.IsRoleNoun(x.wordText(np.w1-1)) && !x.plural(np.w1-1) {
			// "the Indiana governor", "the Vermont senator", "the
			// Republican presidential nominee": a description of the one
			// person whose role fits, else no one.
			e := r.nominal(np, pos)
			if e < 0 && np.w1-2 >= np.w0+1 && lexicon.Places[lexicon.Lower(x.text[x.words[np.w0+1].Start:x.words[np.w1-2].End])] {
				// The place may be missing from the role as stated ("Sen.
				// Bernie Sanders (I-Vt.)"): the one person with the role.
				e = r.uniqueRole(lexicon.Lower(x.wordText(np.w1-1)), pos)
			}
			if e >= 0 {
				r.note(pos, e)
				return r.ents[e].name, r.ents[e].role
			}
			return "", ""
		}
		if h := lexicon.Lower(x.wordText(np.w1 - 1)); (k-s == 1 || k-s == 2 && x.is(lexicon.CArticles, s)) && lexicon.IsDemonym(x.wordText(k-1)) && !x.plural(np.w1-1) {
			if _, person := personNouns[h]; person || lexicon.IsRoleNoun(h) || lexicon.PositionHead(h) || agentSuffix(h, 2) && !lexicon.InFold(lexicon.ArtifactNouns, h) {
				// "The Serbian back insisted": a nationality and a noun of
				// a person describe someone, no name ("the French
				// government" is a body)
				return "", ""
			}
		}
		// "the Trump campaign": the head is a common noun.
		return r.plain(np), role
	}
	e, _, _ := r.lookup(s, k, len(r.ents))
	if e < 0 && (s == np.w0+1 || s == np.w0 && k-np.w0 >= 3) && k == np.w1 && lexicon.EqualFold(x.wordText(np.w0), "the") {
		// ("The" opening a sentence is in the capitalised run: "The Ohio
		// Democrat said", but "The Advocate reported" is a newspaper)
		// "the Kerry TD", "the Brazilian": a description in capitals,
		// headed by a role or a nationality, is no name.
		if h := x.wordText(k - 1); lexicon.IsRoleNoun(h) || lexicon.IsNationalityNoun(h) || k-s >= 2 && lexicon.InFold(lexicon.PartyMembers, h) && x.placeBefore(k-1) {
			// (and "the Ohio Democrat", "the Wisconsin Republican": one of
			// a party from a place; "the Independent" is a newspaper)
			if e = r.nominal(np, pos); e < 0 {
				return "", ""
			}
		}
	}
	if e < 0 && k == np.w1 && np.w1-np.w0 >= 2 && !appos.ok() && lexicon.EqualFold(x.wordText(np.w0), "the") &&
		lexicon.InFold(lexicon.PartyMembers, x.wordText(np.w1-1)) && r.plainModifiers(np) {
		// "the Republican", "the veteran Democrat": one of a party, a
		// description of the person in focus or of no one, never a name
		// (but "the Independent, a British newspaper,": an appositive
		// says what a name is)
		if e = r.nominal(np, pos); e < 0 {
			return "", ""
		}
	}
	if e < 0 {
		n := r.splitTitle(s, k)
		if n < k && r.personName(n, k) && k-n >= 2 {
			r.addName(s, k, false)
			e, _, _ = r.lookup(s, k, len(r.ents))
		}
	}
	if e >= 0 && k-s >= 3 && r.orgHead(k-1) && strings.Count(r.ents[e].name, " ")+1 < k-s && !r.titledRun(s, k) {
		// "the Port Ardle Harbour Authority" after "Port Ardle": the
		// organisation, not the place or person its name begins with.
		e = -1
	}
	if e < 0 {
		return r.plain(np), role
	}
	if old := r.ents[e].role; role != "" && old != "" && (roleWeak(old) || strings.Count(old, " ") == 1 && holdsOffice(old) && !strings.Contains(role, old)) &&
		(partyMember(role) || partyHead(role) || partyClause(role)) {
		// "said Sen. Ruth Almanza, an Oregon Democrat": "senator, Oregon
		// Democrat"; "State Sen. Dana Whitcomb, a Democrat from Coos
		// Bay": "State senator, Democrat from Coos Bay"
		role = normalizeRole(old) + ", " + role
	}
	if old := r.ents[e].role; role != "" && (roleWeak(old) || len(role) > len(old) && strings.HasPrefix(role, old) || r.ents[e].descRole) {
		// An appositive says more than a one-word title ("Mayor"), or
		// goes on past a comma ("Deputy Director for Ports, Roads and
		// Rail"), or than an epithet a description gave ("The hapless
		// skipper ... Dean, a plasterer from Dereham,").
		r.ents[e].role, r.ents[e].descRole = role, false
	}
	r.note(pos, e)
	return r.ents[e].name, r.ents[e].role
}

// lowerRun reports whether words [i, j) are all lower-case words.
func (r *resolver) lowerRun(i, j int) bool {
	for t := i; t < j; t++ {
		if r.x.words[t].kind != wordText || r.x.words[t].upper {
			return false
		}
	}
	return true
}

// capitalOnlyInitial reports whether the only capital of np is the one
// that opens its sentence ("Porters who spoke to us said").
func (r *resolver) capitalOnlyInitial(np npSpan) bool {
	x := r.x
	for k := np.w0 + 1; k < np.w1; k++ {
		if x.words[k].upper {
			return false
		}
	}
	return x.sentenceInitial(np.w0)
}

// orgBefore returns the organisation that "its" in the role of a's source
// refers to ("Figures from the Tenants' Network show ... Its director,
// Deirdre Kinsella, said"): the latest source, when it has a capitalised
// name, ends within groupReach bytes before and no person has spoken
// since (group, as it was before a), or "".
func (r *resolver) orgBefore(a *attribution, group latestGroup) string {
	if !a.hasSrc || !group.ok || group.name == "" || group.name[0] < 'A' || group.name[0] > 'Z' {
		return ""
	}
	if pos := r.x.words[a.source.span.w0].Start; pos < group.end || pos-group.end > groupReach {
		return ""
	}
	return group.name
}

// personIn returns the person named in full inside the phrase [w0, w1)
// of a title, a description or an organisation, or -1: a name of two
// words or more after its titles ("Battalion Chief Rosa Delgado of ..."),
// after a possessive ("Chamber of Commerce's Neil Bastable") or after a
// description ("Chair of judges Rosalind Achterberg"). A name right after
// a preposition or a joiner is the object of the phrase or part of an
// organisation's name ("Aides to Hillary Clinton", "Centre for Public
// Opinion"), and no such person, unless the phrase completes a title
// ("Minister for Housing Aoife Brennan": see titleComplement).
func (r *resolver) personIn(w0, w1 int) int {
	x := r.x
	for a := w0; a < w1; {
		if x.words[a].kind != wordText || !x.words[a].upper {
			a++
			continue
		}
		b := a
		for b < w1 && (x.words[b].kind == wordText && x.words[b].upper || x.isPunct(b, '.') && b > a) {
			b++
			if x.possessive(b - 1) {
				break
			}
		}
		if x.possessive(b-1) || a > w0 && (x.is(lexicon.CPrepositions, a-1) || x.is(lexicon.COrgJoiners, a-1) ||
			x.words[a-1].kind != wordText && !(a-2 >= w0 && x.possessive(a-2))) && !r.titleComplement(a) {
			a = b
			continue
		}
		n := r.splitTitle(a, b)
		titled := false
		for t := a; t < n; t++ {
			titled = titled || x.is(lexicon.CTitleWords, t) || x.is(lexicon.CHonorificWords, t) || lexicon.IsRoleNoun(x.wordText(t))
		}
		if b-n >= 2 && (titled || a > w0 || b < w1 && x.is(lexicon.CSpeaksForPreps, b) && (r.personRun(n, b) || r.orgRunAt(b+1, w1))) {
			// "Robert Gordon of Northwestern University": a given name
			// opens a name, or an organisation's name follows ("Darran
			// Whiting of Liberty Baptist Church"), and the preposition
			// gives the affiliation
			if e, ok := r.byName[trimPossessive(x.text[x.words[n].Start:x.words[b-1].End])]; ok {
				return e
			}
		}
		a = b
	}
	return -1
}

// addOrgs records the organisations named in unit ui: a capitalised name,
// across "of", "for", "and" and plural possessives ("Transport and Dock
// Workers' Union"), with a word that marks an organisation's name
// (lexicon.OrgNameKinds), or one that opens its sentence and is "it"
// after ("Lumora unveiled ... its Slate tablet", "StrideLoop, which").
func (r *resolver) addOrgs(ui int) {
	x := r.x
	u := x.units[ui]
	r.noteLedeOrg(ui)
	for k := u.w0; k < u.w1; {
		if x.words[k].kind != wordText || !x.words[k].upper || x.words[k].quote >= 0 {
			k++
			continue
		}
		end := k + 1
		for end < u.w1 {
			w := x.words[end]
			switch {
			case w.kind == wordText && w.upper:
			case w.kind == wordText && lexicon.IsNumber(x.wordText(end)) && x.words[end-1].upper:
			case end+1 < u.w1 && x.words[end+1].upper && x.words[end+1].kind == wordText && !x.is(lexicon.CNonNameCaps, end+1) &&
				(x.is(lexicon.COrgJoiners, end) && !r.personRun(k, end) || x.isPunct(end, '&') || w.kind == wordPunct && x.possessive(end-1)):
			default:
				goto done
			}
			end++
		}
	done:
		r.addOrg(ui, k, end)
		k = end
	}
}

// noteLedeOrg records an indefinite description of a body that opens the
// story's first paragraph, after any dateline: "A start-up from Malé has
// launched a network of sensors and a phone app that it says can warn
// ...", when the next paragraph opens with the body's name ("Raalhu Labs,
// founded in 2021, has ...", "Vigilante Aero's Atalaia ..."), the lede
// meant that body (addOrg).
func (r *resolver) noteLedeOrg(ui int) {
	x := r.x
	u := x.units[ui]
	r.paraOpens = u.para != r.namePara
	r.namePara = u.para
	if r.ledeOrgDone || r.ledeOrgPos > 0 {
		if r.ledeOrgPos > 0 && !r.ledeOrgDone && u.para > r.ledeOrgPara+1 {
			r.ledeOrgDone = true // the next paragraph named no body first
		}
		return
	}
	if u.para == 0 || !r.paraOpens || x.bylineUnit(ui) {
		return
	}
	r.ledeOrgDone = true // only the first paragraph of the story
	k := x.afterDateline(ui)
	if k+1 >= u.w1 || !x.wordIs(k, "a") && !x.wordIs(k, "an") && !lexicon.EqualFold(x.wordText(k), "a") && !lexicon.EqualFold(x.wordText(k), "an") {
		return
	}
	for h := k + 1; h < u.w1 && h <= k+4 && x.words[h].kind == wordText && x.words[h].quote < 0; h++ {
		kind, ok := lexicon.OrgNominals[lexicon.Lower(x.wordText(h))]
		if !ok {
			if x.is(lexicon.CPrepositions, h) || x.isCueWord(h) {
				return
			}
			continue
		}
		if kind == lexicon.OrgNamed || x.plural(h) {
			return
		}
		r.ledeOrgPos, r.ledeOrgPara, r.ledeOrgKind, r.ledeOrgDone = x.words[k].Start, u.para, kind, false
		return
	}
}

// ledeOrgNamed reports whether the capitalised run at word k opens the
// paragraph after a lede's description of a body (noteLedeOrg).
func (r *resolver) ledeOrgNamed(ui, k int) bool {
	x := r.x
	u := x.units[ui]
	return r.ledeOrgPos > 0 && !r.ledeOrgDone && u.para == r.ledeOrgPara+1 && k == x.afterDateline(ui) && r.paraOpens
}

// personRun reports whether the capitalised run [k, end) is a person's
// name: two or three words, the first a given name, none a word that
// names organisations. "Tom Fitton of Judicial Watch" is a person of an
// organisation, not one name; "Bank of America" and "Georgia Institute
// of Technology" are names.
func (r *resolver) personRun(k, end int) bool {
	x := r.x
	if end-k < 2 || end-k > 3 || lexicon.GivenNameGender(x.wordText(k)) == 0 {
		return false
	}
	for t := k; t < end; t++ {
		var buf [32]byte
		if _, ok := lexicon.OrgNameKinds[string(lowerKey(&buf, trimPossessive(x.wordText(t))))]; ok || x.words[t].kind != wordText {
			return false
		}
	}
	return true
}

// addOrg records the capitalised run [k, end) of unit ui when it names an
// organisation.
func (r *resolver) addOrg(ui, k, end int) {
	x := r.x
	for k < end && (x.is(lexicon.CNonNameCaps, k) || x.words[k].kind != wordText) {
		k++ // "The Fair Markets Commission"
	}
	measured := x.measureOf(k, end)
	if measured {
		k += 2 // "Shares of Vardhan Auto Components rose": the body after the measure, which the clause is about
	}
	if k+1 < end && x.placePossessive(k) {
		k++ // "Zambia's Food Reserve Agency": the body, named without its country
		for k < end && x.words[k].kind != wordText {
			k++
		}
	}
	for end > k && x.words[end-1].kind != wordText {
		end--
	}
	for t := k; t < end-2; t++ {
		if x.possessive(t) {
			n := t + 1
			for n < end && x.words[n].kind != wordText {
				n++
			}
			if r.personRun(n, end) {
				end = t + 1 // "Imena Securities' Eric Mugisha": the owner, not its person
			}
			break
		}
	}
	if k >= end || x.possessive(end-1) && end-k == 1 && !x.sentenceInitial(k) {
		return
	}
	if x.officeHolder(k, end) > k {
		return // "Palm Beach County Supervisor of Elections Susan Bucher": an office and its holder, no body
	}
	kind, found := "", false
	for t := k; t < end; t++ {
		if w := x.wordText(t); t > k && strings.HasSuffix(w, ".") && legalFormWord(w[:len(w)-1]) {
			kind, found = lexicon.OrgBusiness, true // "Old Carrick Distilling Co., which ..."
			continue
		}
		var buf [32]byte
		if kd, ok := lexicon.OrgNameKinds[string(lowerKey(&buf, trimPossessive(x.wordText(t))))]; ok && x.words[t].upper &&
			!((kd == lexicon.OrgMedia || kd == lexicon.OrgPolice) && x.units[ui].para == 0) {
			kind, found = kd, true // a headline's capitals name no newspaper ("... Over an Offensive Post") nor police force ("Suspect Named By Police")
		}
	}
	if !found && end-k >= 2 && end-k <= 4 && x.units[ui].para > 0 && tradePlural(trimPossessive(x.wordText(end-1))) && lexicon.GivenNameGender(x.wordText(k)) == 0 {
		// "Karoo Crest Dairies": a trade in the plural ends a company's
		// name; "Elizabeth Banks" is a person's.
		found = !(x.sentenceInitial(k) && x.common(k)) // "Shares of Sahyadri Forgings closed"
		for t := k; t < end; t++ {
			found = found && x.words[t].kind == wordText && x.words[t].upper && !x.is(lexicon.CTitleWords, t) && !lexicon.IsRoleNoun(x.wordText(t))
		}
		if found {
			kind = lexicon.OrgBusiness // a trade's name is a company's
		}
	}
	desc := r.orgDescription(ui, k, end)
	if !found && desc != "" && lexicon.GivenNameGender(x.wordText(k)) == 0 {
		found = true // "Digital rights group Suara Data", "Tinjau Insights, a research firm,"
		if kd, ok := descKind(desc); ok && kind == "" && kd != lexicon.OrgNamed {
			kind = kd // "Lorong Robotics, a two-year-old start-up": a business
			if f := strings.Fields(desc); len(f) > 1 && lexicon.EqualFold(f[len(f)-1], "group") && lexicon.InFold(causeWords, strings.Trim(f[len(f)-2], "'’")) {
				kind = lexicon.OrgCivic // "Digital rights group Kalayaang Digital" is no company
			}
		}
	}
	lede := r.ledeOrgNamed(ui, k) && lexicon.GivenNameGender(x.wordText(k)) == 0 && !x.appositiveRoleAt(end, x.units[ui].w1) && !x.isCueWord(end) &&
		!(end+1 < x.units[ui].w1 && x.isPunct(end, ',') && lexicon.IsNumber(x.wordText(end+1))) // ("Kwabena Otieno, its owner," "..., 52,": a person)
	if lede {
		r.ledeOrgDone = true
		for t := k; t < end-1; t++ {
			if x.possessive(t) {
				end = t + 1 // "Vigilante Aero's Atalaia": the owner is the body
				break
			}
		}
		if !found {
			found, kind = true, r.ledeOrgKind // "A start-up from Braga ... / Vigilante Aero's Atalaia ..."
		}
	}
	if !found {
		if !r.itAfter(ui, k, end) {
			return
		}
		if e, _, _ := r.lookup(k, end, len(r.ents)); e >= 0 && (r.ents[e].gender != 0 || r.ents[e].role != "") {
			return // a person
		}
	}
	name := trimPossessive(x.text[x.words[k].Start:x.words[end-1].End])
	subject := measured || r.clauseInitial(ui, k) || k > x.units[ui].w0 && x.is(lexicon.CArticles, k-1) && r.clauseInitial(ui, k-1)
	if w0 := x.units[ui].w0; !subject && desc != "" && k-1 >= w0 && lexicon.InFold(orgDescriptionNouns, x.wordText(k-1)) {
		// "Malaysian start-up Serindit Labs on Thursday launched Kata, ...
		// that it says ...": the description opens the clause
		s := k - 1
		for s-1 >= w0 && k-s < 5 && x.words[s-1].kind == wordText && x.words[s-1].quote < 0 && !x.isCueWord(s-1) && !x.is(lexicon.CPrepositions, s-1) &&
			!x.is(lexicon.CDeterminers, s-1) && !x.is(lexicon.CConnectives, s-1) && !x.wordIs(s-1, "and") &&
			(!x.words[s-1].upper || lexicon.IsDemonym(x.wordText(s-1)) || s-1 == w0) {
			s--
		}
		if s-1 >= w0 && x.is(lexicon.CArticles, s-1) {
			s-- // "The tiny research firm Kallo Data said"
		}
		subject = r.clauseInitial(ui, s)
	}
	if lede {
		// the lede's description is the body too: a mention at its place,
		// in text order, for an "it" or "the company" after it
		m := orgMention{pos: r.ledeOrgPos, name: strings.TrimRight(name, "'’"), kind: kind, subject: true}
		i := sort.Search(len(r.orgs), func(i int) bool { return r.orgs[i].pos >= m.pos })
		r.orgs = slices.Insert(r.orgs, i, m)
	}
	r.orgs = append(r.orgs, orgMention{pos: x.words[k].Start, name: strings.TrimRight(name, "'’"), kind: kind, subject: subject || lede, role: desc})
}

// placePossessive reports whether word t is the possessive of a place the
// place lexicon knows: "Zambia's", "Kenya's".
func (x *extractor) placePossessive(t int) bool {
	return x.words[t].kind == wordText && x.possessive(t) && lexicon.InFold(lexicon.Places, strings.TrimRight(trimPossessive(x.wordText(t)), "'’"))
}

// measureOf reports whether the run [k, end) opens with a plural common
// word at the start of its sentence and "of" before a capitalised word:
// "Shares of Vardhan Auto Components", "Sales of Lumora tablets"; the
// body's name follows it.
func (x *extractor) measureOf(k, end int) bool {
	if k+2 >= end || x.words[k].kind != wordText || !x.sentenceInitial(k) || !x.common(k) || !x.plural(k) || x.is(lexicon.COrgWords, k) {
		return false
	}
	if one := singular(lexicon.Lower(x.wordText(k))); lexicon.IsRoleNoun(one) || lexicon.InFold(lexicon.PeopleNouns, one) || x.is(lexicon.CGroupHeads, k) || x.is(lexicon.CSourceNouns, k) || agentSuffix(one, 0) {
		return false // "Residents of Oak Hill", "Supporters of Ana Ruiz": people, who are the source
	}
	return x.wordIs(k+1, "of") && !x.words[k+1].upper && x.words[k+2].kind == wordText && x.words[k+2].upper
}

// causeWords name the cause or the members of a group that campaigns,
// not a business group: "rights group", "pressure group", "residents'
// group".
var causeWords = lexicon.SetOf("rights", "campaign", "pressure", "advocacy", "lobby", "environmental", "conservation",
	"community", "residents", "action", "protest", "activist", "consumer", "consumers", "privacy", "civic", "civil",
	"green", "anti-poverty", "aid", "patients", "parents", "victims", "tenants", "volunteer", "heritage", "support")

// itAfter reports whether the name [k, end) opens its clause and is
// referred to as "it" in the unit: "Lumora unveiled the third version of
// its Slate tablet", "StrideLoop, which is estimated to have ...".
func (r *resolver) itAfter(ui, k, end int) bool {
	x := r.x
	u := x.units[ui]
	if !r.clauseInitial(ui, k) || x.sentenceInitial(k) && end-k == 1 && x.common(k) {
		return false
	}
	if end+1 < u.w1 && x.isPunct(end, ',') && lexicon.EqualFold(x.wordText(end+1), "which") {
		return true
	}
	for t := end; t < u.w1 && t < end+12; t++ {
		if x.is(lexicon.CPossDeterminers, t) || x.is(lexicon.CSubjectPronouns, t) {
			return lexicon.EqualFold(x.wordText(t), "its")
		}
	}
	return false
}

// orgDescription returns what the article calls the organisation named
// [k, end) of unit ui: a description before the name ("Digital rights
// group Suara Data", "the research firm Tinjau Insights") or an
// appositive after it ("the Kathakali Heritage Forum, a traditionalist
// group,"), headed by a noun that describes organisations
// (orgDescriptionNouns); else "".
func (r *resolver) orgDescription(ui, k, end int) string {
	x := r.x
	u := x.units[ui]
	the := end+2 < u.w1 && x.isPunct(end, ',') && x.wordIs(end+1, "the") && !(end-k == 1 && x.common(k)) && !x.is(lexicon.CHonorificWords, k) // (not "Separately, the Pune-based firm", "Mr Brennan, the developer")
	if end+2 < u.w1 && x.isPunct(end, ',') && (lexicon.EqualFold(x.wordText(end+1), "a") || lexicon.EqualFold(x.wordText(end+1), "an")) || the {
		// ", a traditionalist group,", ", an Icelandic start-up founded by
		// ...": up to the last description noun before a clause; ", the
		// Tromsø-based operator of northern lights tours,": with "the",
		// only a description noun that heads its phrase (not "the club
		// captain")
		s := end + 2
		last, stop := -1, u.w1
		for e := s; e < u.w1 && e-s < 6 && x.words[e].kind == wordText; e++ {
			w := x.wordText(e)
			if x.is(lexicon.CPrepositions, e) || x.is(lexicon.CRelativePronouns, e) || e > s && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) ||
				x.words[e].upper && !lexicon.IsDemonym(w) && !x.hyphenAdjective(e) {
				stop = e
				break
			}
			if lexicon.InFold(orgDescriptionNouns, w) || lexicon.InFold(institutionNouns, w) && e+1 < u.w1 &&
				(x.words[e+1].kind == wordPunct || x.is(lexicon.CPrepositions, e+1) || x.is(lexicon.CRelativePronouns, e+1)) {
				last = e // (an institution's noun heads its phrase: "a private hospital on Bailey Road", not "a school teacher")
			}
		}
		if last >= s && (!the || (last+1 == stop || last+1 < u.w1 && x.words[last+1].kind == wordPunct) && !lexicon.InFold(personalOrgNouns, x.wordText(last))) {
			return x.text[x.words[s].Start:x.words[last].End]
		}
	}
	if end+3 < u.w1 && x.isPunct(end, ',') && x.wordIs(end+1, "one") && x.wordIs(end+2, "of") {
		// ", one of Ecuador's largest shrimp farmers and exporters,": a
		// plural of the description nouns after "one of"
		s := end + 3
		last := -1
		for e := s; e < u.w1 && e-s < 8 && x.words[e].kind == wordText; e++ {
			w := x.wordText(e)
			if e == s && x.words[e].upper && x.possessive(e) {
				continue // "Ecuador's"
			}
			if x.is(lexicon.CPrepositions, e) || x.is(lexicon.CRelativePronouns, e) || x.words[e].upper && !lexicon.IsDemonym(w) {
				break
			}
			if lexicon.InFold(orgDescriptionNouns, singular(w)) && singular(w) != w && singular(w) != "employer" { // ("one of the region's biggest employers" may be a person)
				last = e
			}
		}
		if last >= s {
			return x.text[x.words[end+1].Start:x.words[last].End]
		}
	}
	if k-1 >= u.w0 && x.words[k-1].kind == wordText && lexicon.InFold(orgDescriptionNouns, x.wordText(k-1)) && !x.words[k-1].upper {
		s := k - 1
		for s-1 >= u.w0 && k-s < 4 && x.words[s-1].kind == wordText && !x.is(lexicon.CArticles, s-1) && !x.is(lexicon.CPrepositions, s-1) &&
			!x.is(lexicon.CPossDeterminers, s-1) && (!x.words[s-1].upper || s-1 == u.w0 && x.common(s-1)) && !x.isCueWord(s-1) {
			s--
		}
		return lexicon.Lower(x.text[x.words[s].Start:x.words[s].End]) + x.text[x.words[s].End:x.words[k-1].End]
	}
	return ""
}

// descKind is the kind of organisation a description's last noun names,
// in the singular or, after "one of", the plural ("one of Ecuador's
// largest shrimp exporters").
func descKind(desc string) (string, bool) {
	w := lexicon.Lower(lastWord(desc))
	if kd, ok := lexicon.OrgNominals[w]; ok {
		return kd, true
	}
	if strings.HasPrefix(desc, "one of ") {
		kd, ok := lexicon.OrgNominals[singular(w)]
		return kd, ok
	}
	return "", false
}

// orgDescriptionNouns head the descriptions of organisations: "a
// traditionalist group", "the research firm", "a Lusaka think tank".
var orgDescriptionNouns = lexicon.SetOf("group", "firm", "company", "charity", "union", "agency", "organisation",
	"organization", "body", "watchdog", "regulator", "tank", "lobby", "network", "coalition", "alliance",
	"association", "federation", "publisher", "broadcaster", "bank", "insurer", "lender", "retailer", "maker",
	"manufacturer", "developer", "startup", "start-up", "consultancy", "institute", "foundation", "trust",
	"society", "newspaper", "outlet", "magazine", "airline", "carrier", "operator", "miner", "chain", "club",
	"employer", "producer", "exporter", "supplier", "service", "brokerage")

// institutionNouns describe an organisation when they head the
// description ("a private hospital", "a state university"), and modify
// a person's noun otherwise ("a hospital porter").
var institutionNouns = lexicon.SetOf("hospital", "clinic", "hospice", "school", "academy", "college", "university",
	"museum", "gallery", "theatre", "theater", "library", "zoo", "airport", "port", "council", "ministry", "department",
	"cooperative", "co-operative", "collective", "brewery", "distillery", "winery", "bakery", "dairy", "mill", "factory",
	"hotel", "restaurant", "shelter", "sanctuary")

// personalOrgNouns describe organisations and people alike ("Varga, the
// publisher,", "Mr Brennan, the developer of the site,"): after "the"
// they make no organisation.
var personalOrgNouns = lexicon.SetOf("developer", "publisher", "producer", "broadcaster", "miner", "exporter", "supplier",
	"employer", "maker", "retailer", "lender", "insurer", "carrier")

// orgRole returns the description the article gives the organisation
// called name anywhere (orgDescription), else the role one of its
// statements gave it (noteOrgRole), or "".
func (r *resolver) orgRole(name string) string {
	for _, o := range r.orgs {
		if o.role != "" && o.name == name {
			return o.role
		}
	}
	return r.orgRoles[name]
}

// noteOrgRole keeps the first role a statement of the organisation called
// name gave it (an appositive of its source), for its later statements
// under a description or a pronoun ("The company said", "It added").
func (r *resolver) noteOrgRole(name, role string) {
	if r.orgRoles == nil {
		r.orgRoles = make(map[string]string)
	}
	if _, ok := r.orgRoles[name]; !ok {
		r.orgRoles[name] = role
	}
}

// expandAcronym returns the organisation the document names in full whose
// initials are the acronym name ("IMF" of the International Monetary
// Fund, "NRA" of the National Rifle Association), or "" when name is no
// acronym or no organisation, or more than one, fits.
func (r *resolver) expandAcronym(name string) string {
	if len(name) < 2 || len(name) > 6 {
		return ""
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return ""
		}
	}
	found := ""
	for _, o := range r.orgs {
		if o.name == found || !initialsAre(o.name, name) {
			continue
		}
		if found != "" {
			return "" // two fit
		}
		found = o.name
	}
	return found
}

// initialsAre reports whether the capitalised words of full, skipping
// the joiners of organisations' names, begin with the letters of acronym.
func initialsAre(full, acronym string) bool {
	n := 0
	for _, w := range strings.Fields(full) {
		if lexicon.InFold(lexicon.OrgJoiners, w) || lexicon.EqualFold(w, "the") {
			continue
		}
		if n >= len(acronym) || w[0] != acronym[n] {
			return false
		}
		n++
	}
	return n == len(acronym) && n >= 2
}

// noteOrgSpeaker records an organisation that speaks under its own name,
// at byte pos, as an organisation mention, so that "the company" or "it"
// can refer to it later: "Luano Copper said ... The company warned",
// though no word of its name says what it is.
func (r *resolver) noteOrgSpeaker(pos int, name string) {
	i := sort.Search(len(r.orgs), func(i int) bool { return r.orgs[i].pos >= pos })
	if i < len(r.orgs) && r.orgs[i].pos == pos {
		return
	}
	kind := orgKind(name)
	for _, o := range r.orgs {
		if kind == "" && o.name == name && o.kind != "" {
			kind = o.kind // "Digital rights group Kalayaang Digital said": what the names walk found it to be
			break
		}
	}
	r.orgs = slices.Insert(r.orgs, i, orgMention{pos: pos, name: name, subject: true, kind: kind})
}

// orgKind returns the kind that a word of the name marks (lexicon.OrgNameKinds:
// "National Bureau of Statistics" is a public body), or "".
func orgKind(name string) string {
	kind := ""
	for w := range strings.FieldsSeq(name) {
		var buf [32]byte
		if k, ok := lexicon.OrgNameKinds[string(lowerKey(&buf, trimPossessive(w)))]; ok {
			kind = k
		}
	}
	return kind
}

// orgReach is how many organisation names back orgNominal looks.
const orgReach = 100

// orgNominal returns the organisation a description such as "the
// company", "their union" or "the festival" refers to: the nearest
// organisation named before pos whose name holds the description's noun,
// or else whose kind the noun names (lexicon.OrgNominals), preferring one
// that was the subject of its clause to one named in passing ("an analyst
// at Tessaly Partners"). It returns "" for any other description.
func (r *resolver) orgNominal(np npSpan, pos int) string {
	x := r.x
	if np.w1-np.w0 < 2 || np.w1-np.w0 > 3 || !(lexicon.EqualFold(x.wordText(np.w0), "the") || x.is(lexicon.CPossDeterminers, np.w0)) {
		return ""
	}
	head := x.wordText(np.w1 - 1)
	kind, ok := lexicon.OrgNominals[lexicon.Lower(head)]
	if _, named := lexicon.OrgNameKinds[lexicon.Lower(head)]; !ok && named {
		kind, ok = lexicon.OrgNamed, true // "the forum", "the federation": a word that ends organisations' names
	}
	if x.words[np.w1-1].kind != wordText {
		return ""
	}
	i := sort.Search(len(r.orgs), func(i int) bool { return r.orgs[i].pos >= pos })
	described := ""
	if lexicon.EqualFold(x.wordText(np.w0), "the") {
		// "the Mahavir Institute of Medical Sciences, a private hospital
		// ... The hospital said": the body the story described with the
		// noun
		described = r.orgBack(i, pos, 0, func(o orgMention) bool {
			return o.role != "" && lexicon.EqualFold(lastWord(o.role), head)
		})
	}
	if !ok {
		if x.nounHead(np.w1 - 1) {
			return described
		}
		return ""
	}
	if lexicon.InFold(ownedOrgs, head) {
		return r.ownedOrg(np, pos, i, head)
	}
	generic := lexicon.InFold(genericOrgNouns, head) && lexicon.EqualFold(x.wordText(np.w0), "the") // not "his organization"
	named := r.orgBack(i, pos, 0, func(o orgMention) bool {
		return !strings.EqualFold(o.name, head) && nameHas(o.name, head)
	})
	if named == "" {
		// "Fenwold Dairies ... The dairy said": the plural ending the
		// name, when no body has the noun itself ("Universities UK" is
		// not "the university" of a University of Kent)
		named = r.orgBack(i, pos, 0, func(o orgMention) bool { return nameEndsPlural(o.name, head) })
	}
	if named != "" && lexicon.EqualFold(x.wordText(np.w0), "the") {
		// "the Mostar Summer Festival ... the National Theatre ... The
		// festival said": the body whose name has the noun, before a
		// nearer one of the same kind
		return named
	}
	if described != "" && kind == lexicon.OrgNamed {
		return described // (a noun of a known kind, "the company", "the group", means the nearest body of the kind)
	}
	fallback := r.orgBack(i, pos, 0, func(o orgMention) bool {
		// (not "Club president Censu Farrugia": the noun alone names no body)
		return !strings.EqualFold(o.name, head) && (kindFits(o.kind, kind) || generic || nameHas(o.name, head))
	})
	if fallback == "" && (kind == lexicon.OrgSport || kind == lexicon.OrgCivic || lexicon.InFold(genericOrgNouns, head)) && lexicon.EqualFold(x.wordText(np.w0), "the") {
		// "The Cassowaries announced a parade. The club said": the body
		// that opened the sentence before, of no known kind, when no
		// person has spoken or been a subject since
		if name := r.orgSubjectBefore(pos); name != "" {
			for _, o := range r.orgs {
				if o.name == name && o.kind != "" && !kindFits(o.kind, kind) {
					name = "" // a body of another kind: "The ministry ... The club"
					break
				}
			}
			if name != "" {
				return name
			}
		}
	}
	if fallback == "" && lexicon.InFold(companyOrgans, head) {
		// "The board decided to skip the dividend. The board said": a
		// company's board speaks for it, when no body is named Board
		for i, n := i-1, 0; i >= 0 && n < orgReach; i, n = i-1, n+1 {
			// (or a body of no known kind that spoke in the story, not a
			// headline's one word: "Oltin Tola reported ...")
			if o := r.orgs[i]; o.kind == lexicon.OrgBusiness || o.kind == "" && o.subject && o.pos >= r.headlineEnd() {
				return o.name
			}
		}
	}
	return fallback
}

// statedIn reports whether the text of unit ui holds role.
func (r *resolver) statedIn(ui int, role string) bool {
	x := r.x
	if ui < 0 || ui >= len(x.units) || x.units[ui].w0 >= x.units[ui].w1 || x.units[ui].w1 > len(x.words) {
		return false
	}
	u := x.units[ui]
	return strings.Contains(x.text[x.words[u.w0].Start:x.words[u.w1-1].End], role)
}

// orgPossessiveRole splits a role that opens with an organisation noun's
// possessive ("company's founder", "club’s captain") into the noun and
// the rest.
func orgPossessiveRole(role string) (head, rest string, ok bool) {
	for _, ap := range []string{"'s ", "’s "} {
		if i := strings.Index(role, ap); i > 0 && !strings.Contains(role[:i], " ") {
			return lexicon.Lower(role[:i]), role[i+len(ap):], role[i+len(ap):] != ""
		}
	}
	return "", "", false
}

// orgOfKind returns the latest organisation of two words or more named
// at most possessiveReach bytes before pos whose kind fits kind (as
// orgNominal matches "the company"), preferring one that opened its
// clause, or "".
func (r *resolver) orgOfKind(pos int, kind string) string {
	i := sort.Search(len(r.orgs), func(i int) bool { return r.orgs[i].pos >= pos })
	return r.orgBack(i, pos, possessiveReach, func(o orgMention) bool {
		return kindFits(o.kind, kind) && strings.Contains(o.name, " ")
	})
}

// kindFits reports whether an organisation of kind o can be what a noun
// of kind want names: the same kind, or a body of no known kind for "the
// company".
func kindFits(o, want string) bool {
	return o == want || o == "" && want == lexicon.OrgBusiness
}

// roleBeforeOf reports whether np is headed by a lower-case role noun
// before "of" or "for": "the chair of the jury", "the head of research".
func (r *resolver) roleBeforeOf(np npSpan) bool {
	x := r.x
	for k := np.w0 + 1; k < np.w1-1; k++ {
		if x.wordIs(k, "of") || x.wordIs(k, "for") {
			return !x.words[k-1].upper && lexicon.IsRoleNoun(x.wordText(k-1))
		}
	}
	return false
}

// knownOrg reports whether name is an organisation the text names.
func (r *resolver) knownOrg(name string) bool {
	for _, o := range r.orgs {
		if o.name == name {
			return true
		}
	}
	return false
}

// orgSubjectBefore returns the organisation that opened a clause in the
// sentence before pos or earlier in its own, when no person has been the
// subject of a clause or spoken since and no other organisation was named
// in between: the antecedent of "it" ("Acme Corp is defending the tweets.
// It says ..."); else "".
func (r *resolver) orgSubjectBefore(pos int) string {
	name, _ := r.orgSubjectAt(pos)
	return name
}

// orgSubjectAt is orgSubjectBefore with the byte offset of the
// organisation's mention.
func (r *resolver) orgSubjectAt(pos int) (string, int) {
	i := sort.Search(len(r.orgs), func(i int) bool { return r.orgs[i].pos >= pos }) - 1
	if i < 0 {
		return "", -1
	}
	o := r.orgs[i]
	for !o.subject && i > 0 && r.sentOf(pos)-r.sentOf(r.orgs[i-1].pos) <= 2 {
		// a body named since only as an object or a place ("... in the
		// Northern and Upper East regions. It said"): the subject before it
		i--
		o = r.orgs[i]
	}
	if !o.subject || r.sentOf(pos)-r.sentOf(o.pos) > 2 {
		return "", -1
	}
	for m := range r.before(pos) {
		if m.pos <= o.pos {
			break
		}
		if m.subject && !m.quoted {
			return "", -1 // a person since: "Acme said ... Ms Lee agreed. It ..." is not clear
		}
	}
	return o.name, o.pos
}

// orgBack returns the latest organisation before index i of r.orgs that
// fits, preferring one that opened its clause, looking back at most
// orgReach organisations and, when maxBytes > 0, no further than maxBytes
// before pos; or "".
func (r *resolver) orgBack(i, pos, maxBytes int, fits func(orgMention) bool) string {
	fallback := ""
	for i, n := i-1, 0; i >= 0 && n < orgReach && (maxBytes <= 0 || pos-r.orgs[i].pos <= maxBytes); i, n = i-1, n+1 {
		if o := r.orgs[i]; fits(o) {
			if o.subject {
				return o.name
			}
			if fallback == "" {
				fallback = o.name
			}
		}
	}
	return fallback
}

// subjectOrgBefore returns the organisation that opens the sentence
// before unit ui ("Enterprise Aotearoa welcomed the changes. Its chief
// executive, Priya Raghunathan, said"), or "": the body that "its" in unit
// ui most likely means. It is stricter than orgSubjectBefore, which
// "it" uses and which reaches two sentences back: "The Harbour Trust
// welcomed the changes. The plan was published on Monday. Its author,
// Ann Lee, said" is the plan's author.
func (r *resolver) subjectOrgBefore(ui int) string {
	x := r.x
	if ui < 1 || ui >= len(x.units) {
		return ""
	}
	p := x.units[ui-1]
	if p.w1-p.w0 < 3 {
		return ""
	}
	lo, hi := x.words[p.w0].Start, x.words[p.w0+1].Start // the name, or "The" and the name
	i := sort.Search(len(r.orgs), func(i int) bool { return r.orgs[i].pos >= lo })
	if i < len(r.orgs) && r.orgs[i].pos <= hi && r.orgs[i].subject && (i+1 == len(r.orgs) || r.orgs[i+1].pos >= x.words[x.units[ui].w0].Start) {
		return r.orgs[i].name
	}
	return ""
}

// possessiveReach is how many bytes before its mention the organisation
// of "the company's founder" may be named: a paragraph before, about.
const possessiveReach = 600

// possessiveOrgNouns name a kind of organisation definite enough that
// "the company's founder" means the one just named; "the group's
// leader" and "the movement's" may mean another.
var possessiveOrgNouns = lexicon.SetOf("company", "firm", "club", "union", "party", "bank", "charity", "council",
	"university", "airline", "fund", "agency", "startup", "start-up", "team", "authority", "trust", "commission",
	"board", "association", "institute", "ministry", "department", "foundation", "museum", "hospital", "network")

// headlineEnd is the byte offset where the first paragraph, the
// headline, ends, or 0 when none is known.
func (r *resolver) headlineEnd() int {
	if x := r.x; x.firstPara >= 0 && x.firstPara < len(x.paras) {
		return x.paras[x.firstPara].End
	}
	return 0
}

// companyOrgans speak for their company, a body known to be a business:
// "the board", "the management".
var companyOrgans = lexicon.SetOf("board", "management")

// titleDescription reports whether np is "the" and a title ending in a
// capitalised role noun or a role acronym ("the Cabinet Secretary", "the
// Chief Constable", "the regional MSP"), no word of it part of a name the
// article gives nor the role noun one that names newspapers ("the
// Guardian").
func (r *resolver) titleDescription(np npSpan) bool {
	x := r.x
	last := x.wordText(np.w1 - 1)
	if np.w1-np.w0 < 2 || !lexicon.EqualFold(x.wordText(np.w0), "the") || !lexicon.IsRoleNoun(last) && !x.is(lexicon.CTitleWords, np.w1-1) || !titleCase(last) && !isAllCaps(last) {
		return false // ("The Collector said": a title word no role noun list has)
	}
	var buf [32]byte
	if _, org := lexicon.OrgNameKinds[string(lowerKey(&buf, last))]; org {
		return false // "the Guardian" is a newspaper
	}
	for k := np.w0 + 1; k < np.w1; k++ {
		w := x.wordText(k)
		if x.words[k].kind != wordText || x.words[k].quote >= 0 || k < np.w1-1 && x.words[k].upper && !titleCase(w) ||
			x.is(lexicon.COrgWords, k) || x.is(lexicon.COrgJoiners, k) {
			return false // "The Brennan Center for Justice" is a name
		}
		if _, ok := r.byLast[lexicon.Lower(w)]; ok {
			return false
		}
	}
	return true
}

// ownedOrgs are bodies that belong to a person and are named after them:
// "the Sanders campaign", "the Obama administration", "Rubio's office".
var ownedOrgs = lexicon.SetOf("campaign", "administration", "office")

// ownedOrg resolves "his campaign", "her office" or "the campaign" at pos
// (i indexes the first organisation at or after pos): for "his" or "her",
// the body of the person the pronoun refers to, named as the article
// names it ("Sanders campaign") or else as surname and noun; for "the",
// the nearest body whose name has the noun. A body of another kind ("the
// campaign" after a campaign group was named) is no antecedent: the
// noun's sense in news is the person's body.
func (r *resolver) ownedOrg(np npSpan, pos, i int, head string) string {
	x := r.x
	owner := ""
	if np.w1-np.w0 == 2 && x.is(lexicon.CPossDeterminers, np.w0) {
		e, ok := r.possessor(x.wordText(np.w0), pos)
		if !ok || e < 0 {
			return ""
		}
		name := r.ents[e].name
		owner = name[strings.LastIndexByte(name, ' ')+1:]
	}
	if owner == "" && np.w1-np.w0 == 2 && lexicon.EqualFold(x.wordText(np.w0), "the") && lexicon.EqualFold(head, "campaign") {
		if e := r.inFocus(pos, nil); e >= 0 && strings.IndexByte(r.ents[e].name, ' ') > 0 {
			// "Hillary Clinton plans to call on young people ... The
			// campaign says": the campaign of the person in focus, not a
			// campaign named in an earlier entry
			name := r.ents[e].name
			surname := name[strings.LastIndexByte(name, ' ')+1:]
			for i, n := i-1, 0; i >= 0 && n < orgReach; i, n = i-1, n+1 {
				if o := r.orgs[i]; nameHas(o.name, head) && nameHas(o.name, surname) {
					return o.name
				}
			}
			if role := r.ents[e].role; strings.Contains(role, "candidate") || strings.Contains(role, "nominee") || r.salient(e, pos) {
				// a candidate's campaign, or that of the person the
				// article is about, which it did not name
				return surname + " campaign"
			}
		}
	}
	for i, n := i-1, 0; i >= 0 && n < orgReach; i, n = i-1, n+1 {
		if o := r.orgs[i]; nameHas(o.name, head) && (owner == "" || nameHas(o.name, owner)) {
			return o.name
		}
	}
	if owner == "" && lexicon.EqualFold(x.wordText(np.w0), "the") {
		// "A new ad from Donald Trump's presidential campaign ... The
		// campaign says": the person whose campaign the story named, in
		// a possessive a few words before the noun
		for m := range r.before(pos) {
			if !m.owner || m.ent < 0 || pos-m.pos > docReach {
				continue
			}
			after := strings.Fields(x.text[m.pos:min(len(x.text), m.pos+60)])
			for k := 1; k < len(after) && k <= 4; k++ {
				if strings.ContainsAny(after[k-1], ".;:") {
					break
				}
				if lexicon.EqualFold(strings.Trim(after[k], ",."), head) {
					name := r.ents[m.ent].name
					return name[strings.LastIndexByte(name, ' ')+1:] + " " + lexicon.Lower(head)
				}
			}
		}
	}
	if owner == "" {
		return ""
	}
	return owner + " " + lexicon.Lower(head)
}

// genericOrgNouns refer to an organisation of any kind: "the group"
// after the National Rifle Association spoke.
var genericOrgNouns = lexicon.SetOf("group", "organisation", "organization", "body")

// possessor returns the person that the possessive pronoun w ("his",
// "her") at pos refers to, or -1; ok is false for any other word.
func (r *resolver) possessor(w string, pos int) (e int, ok bool) {
	var g byte
	switch {
	case lexicon.EqualFold(w, "his"):
		g = 'm'
	case lexicon.EqualFold(w, "her"):
		g = 'f'
	default:
		return -1, false
	}
	if e = r.antecedent(pos, g); e >= 0 && r.ents[e].thing {
		e = -1
	}
	return e, true
}

// nameHas reports whether the name has the word w, in any case.
func nameHas(name, w string) bool {
	for _, f := range strings.Fields(name) {
		if strings.EqualFold(trimPossessive(f), w) {
			return true
		}
	}
	return false
}

// nameEndsPlural reports whether the name ends in the plural of the noun
// w ("Fenwold Dairies" of "the dairy").
func nameEndsPlural(name, w string) bool {
	f := trimPossessive(lastWord(name))
	return strings.Contains(name, " ") && len(f) > len(w) && strings.EqualFold(singular(f), w)
}

// note records that entity e is a speaker at byte pos. Attributions are
// resolved in document order, so speakers are appended in order.
func (r *resolver) note(pos, e int) {
	r.group.ok = false
	r.speakers = append(r.speakers, mention{pos: pos, ent: e, subject: true})
}

// noteRelative records that entity e is a speaker at pos through a
// relative pronoun ("Tom Hale, who has said ..."): a clause inside the
// sentence, whose subject is no subject of the sentence.
func (r *resolver) noteRelative(pos, e int) {
	r.group.ok = false
	r.speakers = append(r.speakers, mention{pos: pos, ent: e})
}

// before yields the mentions and speakers before pos, nearest first, at
// most antecedentReach of them.
func (r *resolver) before(pos int) iter.Seq[mention] {
	return func(yield func(mention) bool) {
		i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].pos >= pos })
		j := sort.Search(len(r.speakers), func(i int) bool { return r.speakers[i].pos >= pos })
		for n := 0; n < antecedentReach && (i > 0 || j > 0); {
			var m mention
			if j > 0 && (i == 0 || r.speakers[j-1].pos >= r.mentions[i-1].pos) {
				j--
				m = r.speakers[j]
			} else {
				i--
				if mi := &r.mentions[i]; mi.pron != 0 && r.depth < maxPronounDepth {
					// A "he" or "she" opening a sentence: the person it
					// names, resolved once (pronounSubject). Resolving it
					// may resolve the ones before it first; the depth is
					// bounded, so that a text of nothing but "He ..."
					// sentences costs no deep recursion.
					g := mi.pron
					mi.pron = 0
					r.depth++
					if e := r.antecedent(mi.pos, g); e >= 0 && r.personal(e) {
						mi.ent = e
					}
					r.depth--
				}
				m = r.mentions[i]
				if m.ent < 0 {
					n++ // a pronoun that names no one still counts toward the reach, as forget keeps it
					continue
				}
			}
			n++
			if !yield(m) {
				return
			}
		}
	}
}

// antecedent returns the most salient person before pos whose gender is
// compatible with g ('m', 'f', or 1 for any), or -1. A person whose
// gender the document does not show has the gender of their first name,
// when the name lists give one. "who" (g == 1) is the nearest person.
//
// Salience follows Lappin and Leass (1994): each mention of a person
// weighs more as a subject or a speaker than elsewhere, halves with each
// sentence between it and the pronoun, and a person's mentions add up.
// So the subject of the sentence before wins over a name inside it, and a
// name in the sentence before wins over a subject three sentences back
// ("... when Santilli plays the officer. \"They want me!\" he says").
// Names inside quotations are not counted: a speaker's quotation names
// others ("\"Jones has failed,\" he said").
func (r *resolver) antecedent(pos int, g byte) int {
	if g == 1 {
		for m := range r.before(pos) {
			if en := &r.ents[m.ent]; en.thing || hasOrgWord(en.name) || en.gender == 0 && en.nameGender == 0 && r.knownOrg(en.name) {
				continue // "a Bear Stearns assistant ... and an aspiring trader who felt": "who" is a person
			}
			return m.ent
		}
		return -1
	}
	here := r.sentOf(pos)
	answerer := -1 // in an interview's answer the answerer is "I", not "he" or "she"
	if r.inAnswer(pos) {
		answerer = r.intervieweeEnt()
	}
	var cand [antecedentReach]struct {
		ent   int
		score float64 // the weight of its most salient mention
		near  int     // rank of its nearest mention
		pos   int     // where its nearest mention is
	}
	n, rank := 0, 0
	lastPos, lastEnt := -1, -1
	for m := range r.before(pos) {
		rank++
		if m.quoted || m.ent == answerer || answerer >= 0 && !r.personal(m.ent) && !m.subject {
			continue // (nor, there, a name nothing shows to be a person's: "Hong Kong")
		}
		eg := r.sex(m.ent)
		if eg != 0 && eg != g || eg == 0 && (r.ents[m.ent].thing || placeName(r.ents[m.ent].name)) {
			continue // "she" is not David Stone, nor the album Low Water, nor South Carolina
		}
		if m.pos == lastPos && m.ent == lastEnt {
			continue // a speaker noted where its name is mentioned
		}
		lastPos, lastEnt = m.pos, m.ent
		d := max(here-r.sentOf(m.pos), 0)
		if d > 12 {
			continue
		}
		w := salienceOther
		switch {
		case m.subject:
			w = salienceSubject
		case m.owner:
			w = salienceOwner
		}
		if !m.subject && !r.personal(m.ent) {
			w = salienceFallback // "Kelmsby North", "Kathakali Macbeth": a name that may be a place's or a play's
		}
		w /= float64(int(1) << d)
		i := 0
		for i < n && cand[i].ent != m.ent {
			i++
		}
		if i == n {
			cand[i].ent, cand[i].near, cand[i].pos = m.ent, rank, m.pos
			n++
		}
		cand[i].score = max(cand[i].score, w)
	}
	best := -1
	for i := range n {
		c, b := &cand[i], &cand[max(best, 0)]
		if best < 0 || c.score > b.score || c.score == b.score && c.near < b.near {
			best = i
		}
	}
	if best < 0 {
		return -1
	}
	if r.describedPersonBetween(cand[best].pos, pos, g) {
		return -1
	}
	return cand[best].ent
}

// The weights of a mention for antecedent, after Lappin and Leass's
// salience factors: recency 100, subject 80, head noun 80, non-adverbial
// 50 and parallelism with a subject pronoun 35 for a subject; recency,
// head noun and an average 20 for an object or other noun phrase.
const (
	salienceSubject = 345.0
	salienceOther   = 200.0
	// salienceOwner is a possessive's: no head noun (80 less), as in
	// Lappin and Leass's embedded noun phrases.
	salienceOwner = 120.0
	// salienceFallback is the weight of a mention that is no subject of a
	// name nothing shows to be a person's: the antecedent only when no
	// other fits.
	salienceFallback = 1e-6
)

// describedPersonBetween reports whether a person no name gives is
// described between byte offsets from and to (notePersonDescriptions):
// the "he" or "she" at to is that person, not one named before.
func (r *resolver) describedPersonBetween(from, to int, g byte) bool {
	i := sort.Search(len(r.personDescs), func(i int) bool { return r.personDescs[i].pos > from })
	for ; i < len(r.personDescs) && r.personDescs[i].pos < to; i++ {
		if r.personDescs[i].gender == g {
			return true
		}
	}
	return false
}

// notePersonDescriptions records the unnamed people unit ui's opening
// words describe by a noun of their gender: the writer's own relative
// ("My mother has softened with age, but even now she still says"); not
// "his father", named or not, nor "the woman", who is as often the woman
// just named ("Mary Jones, 34, was charged ... The woman was released"). Every unit is seen before any pronoun is resolved, in a window
// as in the whole document.
func (r *resolver) notePersonDescriptions(ui int) {
	x := r.x
	u := x.units[ui]
	d, k := u.w0, u.w0+1
	for d < u.w1 && x.words[d].kind != wordText {
		d, k = d+1, k+1 // an opening quotation mark
	}
	if k >= u.w1 || x.words[d].quote >= 0 || x.words[k].kind != wordText || x.words[k].upper {
		return
	}
	noun := trimPossessive(x.wordText(k))
	g, plain := personNouns[lexicon.Lower(noun)]
	if !plain && lexicon.InFold(kinNouns, noun) {
		g = lexicon.RoleGender(noun)
	} else if !plain {
		return
	}
	if g == 0 || !(x.wordIs(d, "my") || x.wordIs(d, "our")) {
		return // ("The woman was released on bail" after "Mary Jones, 34, was charged" is Mary Jones)
	}
	if k+1 < u.w1 && (x.words[k+1].kind == wordText && x.words[k+1].upper || k+2 < u.w1 && x.isPunct(k+1, ',') && x.words[k+2].upper) {
		return // "my mother Awa", "his wife, Ana,": named
	}
	r.personDescs = append(r.personDescs, personDesc{pos: x.words[k].Start, gender: g})
}

// A personDesc is an unnamed person a sentence opens by describing.
type personDesc struct {
	pos    int
	gender byte
}

// personal reports whether something shows entity e to be a person: a
// gender from an honorific, a pronoun or the name lists, a role, an age,
// or a relative "who" that spoke for it.
func (r *resolver) personal(e int) bool {
	en := &r.ents[e]
	return en.gender != 0 || en.nameGender != 0 || en.role != "" || en.age != 0 || en.who
}

// sentOf returns the index of the unit that byte pos lies in, counted
// from the document's start.
func (r *resolver) sentOf(pos int) int {
	return sort.Search(len(r.sents), func(i int) bool { return r.sents[i] > pos }) - 1
}

// descriptionOwned reports whether a word of np is a possessive: "the
// prime minister's spokesman" is someone of the prime minister's.
func (r *resolver) descriptionOwned(np npSpan) bool {
	for k := np.w0; k < np.w1-1; k++ {
		if r.x.possessive(k) {
			return true
		}
	}
	return false
}

// markReported marks the mentions inside the spans of an attribution's
// content as reported.
func (r *resolver) markReported(content []Span) {
	for _, c := range content {
		i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].pos >= c.Start })
		for ; i < len(r.mentions) && r.mentions[i].pos < c.End; i++ {
			r.mentions[i].reported = true
		}
	}
}

// inFocus returns the person in focus at pos: the nearest person named
// before it outside quotations and outside the content being attributed,
// when that mention is the subject or a speaker of the sentence before
// the one at pos; else -1. Anyone named in between ("Mr. Trump took on
// Hillary Clinton after the Democratic front-runner had said") takes the
// focus, and then the description is not resolved; but with fits, a
// person named in the sentence before only as an object whom the
// description does not fit is passed over ("Graham has been critical of
// Trump ... the South Carolina senator called").
func (r *resolver) inFocus(pos int, fits func(int) bool) int {
	here := r.sentOf(pos)
	skipped := false
	for m := range r.before(pos) {
		if m.quoted || m.reported || r.inContent(m.pos) || !r.personal(m.ent) || r.ents[m.ent].thing {
			continue
		}
		d := here - r.sentOf(m.pos)
		if d == 1 && !m.subject && !m.owner && fits != nil && !fits(m.ent) && !r.conjoined(m.pos) {
			// "Graham has been critical of Trump since ... In June, the
			// South Carolina senator called": past an object of the
			// sentence before that the description does not fit, to its
			// subject, whose stated role must fit it (an object of no
			// fitting role is as often the one meant: "Jane Holt sacked
			// finance director Tom Reid. The former banker said")
			skipped = true
			continue
		}
		if skipped && r.ents[m.ent].role == "" && !candidacyWords(r.x, pos) && !r.salient(m.ent, pos) {
			// (a candidate's epithet, "the Democratic presidential
			// candidate", is the subject's in campaign news, and so is
			// a description of someone the article keeps naming)
			return -1
		}
		if !m.subject || m.owner || d > 1 || d == 0 && (r.relativeAntecedent || !r.afterConjunction(pos) || r.ents[m.ent].role == "") {
			// (a description refers to the subject of its own sentence
			// only as the subject of a clause coordinated with it:
			// "Christie arrived late, but the New Jersey governor said";
			// not before a relative "who" ("Trump endured a lecture from
			// the Mexican president, who said") nor in a reporting clause
			// inside what is reported ("Mr. Trump is so reckless, the vice
			// president said, that ..."))
			return -1
		}
		return m.ent
	}
	return -1
}

// reportedFits reports whether a person other than e, named in what was
// reported in the sentence before pos or its own (the mentions inFocus
// skips), fits the description as well: "Hillary Clinton said Donald
// Trump is unfit. The Republican nominee said ..." is not clearly
// Clinton's.
func (r *resolver) reportedFits(pos, e int, fits func(int) bool) bool {
	here := r.sentOf(pos)
	for m := range r.before(pos) {
		if here-r.sentOf(m.pos) > 1 {
			break
		}
		if m.reported && !m.quoted && m.ent != e && r.personal(m.ent) && !r.ents[m.ent].thing && fits(m.ent) {
			return true
		}
	}
	return false
}

// salient reports whether entity e was named at least three times before
// byte pos: someone the article is about, whom a description refers to
// past others ("Trump ... blamed the policies of President Obama and
// Clinton. The New York businessman said").
func (r *resolver) salient(e, pos int) bool {
	n := 0
	for i := range r.mentions {
		if r.mentions[i].pos >= pos {
			break
		}
		if r.mentions[i].ent == e {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}

// candidacyWords reports whether the description at byte pos ends with a
// noun of candidacy: "the Democratic presidential candidate", "the GOP
// front-runner", "the Republican nominee".
func candidacyWords(x *extractor, pos int) bool {
	end := pos
	for end < len(x.text) && end-pos < 80 && x.text[end] != ',' && x.text[end] != '.' && !strings.HasPrefix(x.text[end:], " said") && !strings.HasPrefix(x.text[end:], " says") {
		end++
	}
	d := lexicon.Lower(x.text[pos:end])
	for _, w := range [...]string{"candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender"} {
		if strings.Contains(d, w) {
			return true
		}
	}
	return false
}

// conjoined reports whether the word that begins at byte pos follows
// "and", "or" or "nor" straight away: a second of two ("He and Lord
// Garrow both served"), who shares the subject's place.
func (r *resolver) conjoined(pos int) bool {
	// (read from the text, which a window keeps whole: the words of the
	// sentence before may have left it)
	t := r.x.text
	if pos < 2 || pos > len(t) || t[pos-1] != ' ' {
		return false
	}
	b := pos - 1
	for b > 0 && t[b-1] >= 'a' && t[b-1] <= 'z' {
		b--
	}
	w := t[b : pos-1]
	return (w == "and" || w == "or" || w == "nor") && (b == 0 || t[b-1] == ' ')
}

// afterConjunction reports whether the word that begins at byte pos
// follows "and" or "but", perhaps after "then" or "later": a coordinated
// clause's subject.
func (r *resolver) afterConjunction(pos int) bool {
	x := r.x
	k := sort.Search(len(x.words), func(i int) bool { return x.words[i].Start >= pos })
	if k >= len(x.words) || x.words[k].Start != pos {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch {
		case x.wordIs(j, "and") || x.wordIs(j, "but"):
			return true
		case x.wordIs(j, "then") || x.wordIs(j, "later") || x.wordIs(j, "the") || x.words[j].kind == wordText && x.words[j].upper && j > k-3:
			continue
		}
		return false
	}
	return false
}

// placeBefore reports whether the word before word h is a place's name
// or ends one: "Ohio" of "the Ohio Democrat", "Hampshire", "County" of
// "the Kent County Republican".
func (x *extractor) placeBefore(h int) bool {
	if h < 1 || x.words[h-1].kind != wordText || !x.words[h-1].upper {
		return false
	}
	w := lexicon.Lower(x.wordText(h - 1))
	return lexicon.Places[w] || lexicon.InFold(placeHeads, w)
}

// personSince reports whether a person other than e is named, outside
// quotations, after e's last mention before pos.
func (r *resolver) personSince(e, pos int) bool {
	last := r.lastMention(e, pos)
	for _, m := range r.mentions {
		if m.pos > last && m.pos < pos && m.ent >= 0 && m.ent != e && !m.quoted && !r.ents[m.ent].thing && !hasOrgWord(r.ents[m.ent].name) {
			return true
		}
	}
	return false
}

// partyOf reports whether role is only a party's member ("Democrat")
// and the description's words (lower case) name that party ("the
// Democratic presidential nominee").
func partyOf(role string, words []string) bool {
	if strings.IndexByte(role, ' ') >= 0 || !lexicon.InFold(lexicon.PartyMembers, role) {
		return false
	}
	party := lexicon.Lower(role)
	for _, w := range words[:len(words)-1] {
		if w == party || strings.TrimSuffix(w, "ic") == party {
			return true
		}
	}
	return false
}

// otherParty reports whether role names a party's member other than
// party ("Democratic senator", "Ohio Democrat" against "republican").
func otherParty(role, party string) bool {
	for _, w := range strings.Fields(role) {
		w = lexicon.Lower(strings.Trim(w, ",.()"))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "ic"), "s") // "Democratic", "Republicans"
		if w != party && lexicon.InFold(lexicon.PartyMembers, w) || w == "gop" && party != "republican" {
			return true
		}
	}
	return false
}

// namedLater reports whether person e is named again after pos in the
// same sentence, outside quotations and the content being attributed:
// then the description at pos is someone else, as a name does not refer
// to the subject of its own clause ("the cautious candidate said of
// running against Mr. Trump" is not Mr. Trump).
func (r *resolver) namedLater(e, pos int) bool {
	here := r.sentOf(pos)
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].pos > pos })
	for ; i < len(r.mentions) && r.sentOf(r.mentions[i].pos) == here; i++ {
		if m := r.mentions[i]; m.ent == e && !m.quoted && !r.inContent(m.pos) {
			return true
		}
	}
	return false
}

// inContent reports whether byte pos lies in the content of the
// attribution being resolved.
func (r *resolver) inContent(pos int) bool {
	for _, c := range r.content {
		if c.Start <= pos && pos < c.End {
			return true
		}
	}
	return false
}

// agedPerson resolves "the 52-year-old" (and, with age 0, "the Dane") at
// pos: the one person the article gives that age, else, when the
// description opens a clause coordinated with the one person named
// before it in its sentence, that person ("..., and the Dane said"),
// else the nearest person before it who is the subject of a clause or a
// speaker, else the nearest person; never an organisation ("after both
// left Sorrel Systems, ... the 34-year-old said").
func (r *resolver) agedPerson(pos, age int) int {
	if age > 0 {
		// The one person the article gives that age ("Martin Osgood, 57");
		// no one when two have it ("Kiri Mahuika and Sophie Drummond,
		// both 33, ... the 33-year-old said").
		found := -1
		for e := range r.ents {
			if r.ents[e].age != age || !r.namedBefore(e, pos) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = e
		}
		if found >= 0 {
			return found
		}
	}
	fallback := -1
	here, same := r.sentOf(pos), -1
	for m := range r.before(pos) {
		if r.sentOf(m.pos) != here || !r.afterConjunction(pos) {
			break // only in a clause coordinated with the name's: "..., and the Dane said"
		}
		if age > 0 && r.ents[m.ent].age != 0 && r.ents[m.ent].age != age {
			continue
		}
		if name := r.ents[m.ent].name; m.quoted || r.inContent(m.pos) || strings.IndexByte(name, ' ') < 0 && r.ents[m.ent].gender == 0 || hasOrgWord(name) ||
			r.ents[m.ent].thing || r.ents[m.ent].writer {
			continue
		}
		if same >= 0 && same != m.ent {
			same = -2 // two people in the sentence: the usual salience decides
			break
		}
		same = m.ent
	}
	if same >= 0 {
		// "The film was co-produced by Copenhagen's Mikkel Brandt, and the
		// Dane said": the one person named before it in its own sentence,
		// when the description opens a coordinated clause (not "Asked
		// about Jonas Vingegaard, the 25-year-old said")
		return same
	}
	for m := range r.before(pos) {
		if name := r.ents[m.ent].name; strings.IndexByte(name, ' ') < 0 && r.ents[m.ent].gender == 0 || hasOrgWord(name) || r.ents[m.ent].thing {
			continue // an age is a person's, not a firm's ("Adunni Coatings")
		}
		if age > 0 && r.ents[m.ent].age != 0 && r.ents[m.ent].age != age {
			continue // "Henrik Dal, 81, ... The 54-year-old fears": someone else
		}
		if m.subject {
			return m.ent
		}
		if fallback < 0 {
			fallback = m.ent
		}
	}
	return fallback
}

// standingNouns head roles that say where a person lives or stands, not
// what they do: a later description of their trade does not contradict
// them ("Lori Bernstein, a Montgomery Village resident ... The
// 57-year-old scientist").
var standingNouns = lexicon.SetOf("resident", "residents", "native", "member", "fan", "supporter", "voter", "citizen",
	"neighbour", "neighbor", "local", "volunteer", "parent", "mother", "father", "widow", "widower", "wife", "husband",
	"son", "daughter", "grandmother", "grandfather", "mum", "dad")

// fittingAged returns the person the description np of an age n and a
// role (words, lower case, the role noun last) refers to: the one the
// article gives that age, else the nearest subject before pos, then the
// nearest person, whose stated age and role and whose sex do not
// contradict it; or -1.
func (r *resolver) fittingAged(np npSpan, words []string, pos, n int) int {
	if e := r.agedPerson(pos, n); e >= 0 && r.ents[e].age == n {
		return e
	}
	g := lexicon.RoleGender(words[len(words)-1])
	fallback := -1
	for m := range r.before(pos) {
		en := &r.ents[m.ent]
		if m.quoted || en.writer || r.inContent(m.pos) || strings.IndexByte(en.name, ' ') < 0 && en.gender == 0 || hasOrgWord(en.name) || en.thing ||
			en.age != 0 && en.age != n || en.role != "" && !roleWithin(spellOutTitles(en.role), words) && !lexicon.InFold(standingNouns, roleHead(en.role)) ||
			g != 0 && !r.genderFits(m.ent, g) || r.namedLater(m.ent, pos) {
			continue
		}
		if m.subject {
			return m.ent
		}
		if fallback < 0 {
			fallback = m.ent
		}
	}
	return fallback
}

// nominal resolves a definite description to the one person it can mean,
// or returns -1: "the minister" or "the home secretary" to the only person
// mentioned before pos whose role has every word of the description (a
// noun of nationality matches its adjective: "the Dane", a "Danish
// winger"), "the 52-year-old" to the nearest person before it. When two
// people fit, the description stays unresolved; when none does, an
// epithet or a nationality alone ("the midfielder", "the Swede") is the
// nearest person who spoke or opened a clause.
func (r *resolver) nominal(np npSpan, pos int) int {
	x := r.x
	if np.w1-np.w0 < 2 || !lexicon.EqualFold(x.wordText(np.w0), "the") {
		return -1
	}
	head := lexicon.Lower(x.wordText(np.w1 - 1))
	if age, ok := strings.CutSuffix(head, "-year-old"); ok {
		n, _ := strconv.Atoi(age)
		return r.agedPerson(pos, n)
	}
	if x.plural(np.w1 - 1) {
		return -1
	}
	if _, org := lexicon.OrgNominals[head]; (org || lexicon.OrgNameKinds[head] != "") && !lexicon.IsRoleNoun(head) {
		return -1 // "the council urged": the council, not its chairman
	}
	if !lexicon.IsRoleNoun(head) && !lexicon.InFold(lexicon.TitleWords, head) && !lexicon.IsNationalityNoun(head) && !lexicon.IsDemonym(head) &&
		!lexicon.InFold(lexicon.PartyMembers, head) && (hasOrgWord(x.wordText(np.w1-1)) || x.is(lexicon.COrgWords, np.w1-1)) {
		return -1 // "the chamber said": a body's word, whose chief executive's role names it, is the body
	}
	var words []string
	for k := np.w0 + 1; k < np.w1; k++ {
		if x.words[k].kind != wordText {
			return -1
		}
		words = append(words, lexicon.Lower(x.wordText(k)))
	}
	if n, ok := lexicon.NationalityNouns[words[len(words)-1]]; ok {
		words[len(words)-1] = n // "the Dane" of a "Danish winger"
	}
	found := -1
	seen := map[int]bool{}
	check := func(ms []mention) bool {
		for _, m := range ms {
			if m.pos >= pos || m.ent < 0 || seen[m.ent] {
				continue
			}
			seen[m.ent] = true
			if !roleHas(r.ents[m.ent].role, words) && !(len(words) == 1 && nationFits(r.ents[m.ent].nation, words[0])) {
				continue
			}
			if found >= 0 && found != m.ent {
				return false // two people fit
			}
			found = m.ent
		}
		return true
	}
	if !check(r.mentions) || !check(r.speakers) {
		return -1
	}
	shortened := false // lower-case words that no role states went ("the bus driver")
	if found < 0 && len(words) > 1 && lexicon.IsRoleNoun(words[len(words)-1]) {
		// "the cautious candidate": the words of the role alone, without
		// the adjectives no role states, when one person has them
		var role []string
		// "the former president" is not the president, nor "the French
		// president" or "the GOP front-runner" any president: only
		// lower-case adjectives may go
		keep := true
		for i, w := range words {
			if lexicon.IsRoleNoun(w) || lexicon.InFold(lexicon.TitleWords, w) {
				role = append(role, w)
				continue
			}
			keep = keep && !x.words[np.w0+1+i].upper && !lexicon.InFold(timeModifiers, w) && !lexicon.IsNationalityNoun(w)
		}
		if len(role) < len(words) && keep {
			all := words
			words = role
			clear(seen)
			if !check(r.mentions) || !check(r.speakers) {
				return -1
			}
			words, shortened = all, true // the description in full, for the person in focus below
		}
	}
	partyDesc := lexicon.InFold(lexicon.PartyMembers, words[len(words)-1]) && (x.placeBefore(np.w1-1) || r.plainModifiers(np))
	if found < 0 && (len(words) > 1 && lexicon.IsRoleNoun(words[len(words)-1]) || partyDesc) {
		// "In June, the South Carolina senator called ...", "the GOP
		// presidential nominee noted": a description no one's role holds
		// in full refers to the person in focus, the subject or speaker
		// of this sentence or the one before, when that person has no
		// role or one whose every word the description has ("senator"; not
		// "Republican presidential nominee" for "the Democratic vice
		// presidential nominee") and the description is no one else's
		// ("the prime minister's spokesman")
		// (A single role word is not enough: "Ana Ruiz was crossing the
		// road when a bus hit her. The driver said" is someone new.)
		// A party's member ("the Utah Republican") is the person in focus
		// whatever office the article gave them, unless it names another
		// party.
		// A description with lower-case words no role states is someone
		// new unless the person in focus has a role that fits it ("Ana
		// Ruiz was crossing the road when a bus hit her. The bus driver
		// said"). A party's member is the person in focus only when it
		// is of a place ("the Ohio Democrat"; not "The Irish Independent",
		// a newspaper) and no one else was named since ("Trump met Sherrod
		// Brown. The Ohio Democrat said").
		// A party's member with only lower-case words before it ("the
		// Republican", "the veteran Democrat") is the person in focus too.
		party := partyDesc
		// "the Indiana governor", "the Vermont senator": an office of a
		// place, which news uses to name again the person it is about,
		// whatever other role it gave them (not "the French president", a
		// nationality's, nor "the bus driver", of a thing just said)
		placeOffice := len(words) == 2 && lexicon.InFold(officeNouns, words[1]) && x.words[np.w0+1].upper && x.placeBefore(np.w1-1) && !lexicon.IsDemonym(x.wordText(np.w0+1))
		// "the Ceredigion member": a place no list knows, so only someone
		// whose role is an office or a brief in politics, or none, fits
		unknownPlaceOffice := len(words) == 2 && !placeOffice && r.placeOfficeMention(np)
		fits := func(e int) bool {
			return (r.ents[e].role == "" && (!shortened || r.renamed(np, pos)) || familyRole(r.ents[e].role) && r.renamed(np, pos)) && !lexicon.InFold(lexicon.PartyMembers, words[len(words)-1]) ||
				roleWithin(spellOutTitles(r.ents[e].role), words) || partyOf(r.ents[e].role, words) ||
				words[len(words)-1] == "peer" && lexicon.InFold(lexicon.PeerTitles, firstWord(r.ents[e].name)) && !roleHas(r.ents[e].role, []string{"peer"}) || // "Baroness Whitmore ... The Conservative peer"
				placeOffice && r.personal(e) && !otherOffice(r.ents[e].role, words[1]) || // "Mike Pence ... The Republican vice presidential nominee ... The Indiana governor said"
				unknownPlaceOffice && r.personal(e) && politicalRole(r.ents[e].role) ||
				party && !otherParty(r.ents[e].role, words[len(words)-1]) && !r.personSince(e, pos)
		}
		if e := r.inFocus(pos, fits); e >= 0 && fits(e) && !r.descriptionOwned(np) && !r.namedLater(e, pos) && !r.reportedFits(pos, e, fits) {
			if r.ents[e].role == "" || familyRole(r.ents[e].role) && lexicon.IsRoleNoun(words[len(words)-1]) && !familyRole(words[len(words)-1]) ||
				lexicon.InFold(lexicon.PartyMembers, r.ents[e].role) && len(words) > 1 && lexicon.IsRoleNoun(words[len(words)-1]) {
				// (a party alone says less than "the Democratic presidential
				// nominee")
				// and states the role the article gave no other way: "The
				// 38-year-old director, who grew up in Klaksvík, said"
				r.ents[e].role, r.ents[e].descRole = r.definiteRole(np), true
			}
			return e
		}
	}
	if found < 0 && len(words) > 1 && lexicon.IsRoleNoun(words[len(words)-1]) {
		// "The 24-year-old centre forward, who ..., said": an age before
		// the role says the description is of a person met before: the
		// one the article gives that age, else the nearest subject whose
		// age and role, if stated, and sex fit
		for _, w := range words[:len(words)-1] {
			a, ok := strings.CutSuffix(w, "-year-old")
			n, err := strconv.Atoi(a)
			if !ok || err != nil || r.descriptionOwned(np) {
				continue
			}
			if e := r.fittingAged(np, words, pos, n); e >= 0 {
				if r.ents[e].role == "" {
					r.ents[e].role, r.ents[e].descRole = r.definiteRole(np), true
				}
				return e
			}
			break
		}
	}
	if found < 0 && len(words) == 1 && lexicon.IsRoleNoun(words[0]) && !lexicon.InFold(anonymousSources, words[0]) {
		// "Vesterby's Henrik Sand said ... 'the coach added'": the person
		// in focus, whose only stated role is the club or firm in the
		// possessive, is the one of that club the description names
		if e := r.inFocus(pos, nil); e >= 0 && affiliationOnly(r.ents[e].role) {
			r.ents[e].role += " " + words[0]
			return e
		}
	}
	if found < 0 && np.w1-np.w0 == 3 && lexicon.PositionCompound(words[0], words[1]) {
		// "the left back said": a position of two words, as "the
		// midfielder" is one
		e := r.agedPerson(pos, 0)
		if e < 0 || r.ents[e].role != "" {
			return -1 // ("Tom Hale, the Tory leader ... The right wing said": no player)
		}
		r.ents[e].role = words[0] + " " + words[1]
		return e
	}
	if found < 0 && (np.w1-np.w0 == 2 && (lexicon.InFold(lexicon.Epithets, words[0]) || kinEpithet(words[0])) || x.nationalDescription(np)) {
		// "said the midfielder", "the Swede told": an epithet no stated
		// role holds refers back to the person in focus, and is their
		// role when nothing else is.
		e := r.agedPerson(pos, 0)
		if e >= 0 && r.ents[e].role == "" && lexicon.InFold(lexicon.Epithets, words[0]) {
			r.ents[e].role = words[0]
		}
		return e
	}
	return found
}

// plainModifiers reports whether the words of the definite description
// np between "the" and its head are all lower-case words that say no
// time ("the veteran Republican", "the Republican"; not "the former
// Democrat" nor "The Irish Independent").
func (r *resolver) plainModifiers(np npSpan) bool {
	x := r.x
	for k := np.w0 + 1; k < np.w1-1; k++ {
		if x.words[k].kind != wordText || x.words[k].upper || lexicon.InFold(timeModifiers, x.wordText(k)) {
			return false
		}
	}
	return true
}

// definiteRole returns the role words of the definite description np,
// the lower-case words after "the" and the adjectives of party and
// nation, without an age ("the 38-year-old director" is a director, "the
// Republican presidential candidate" one).
func (r *resolver) definiteRole(np npSpan) string {
	x := r.x
	var role []string
	for k := np.w0 + 1; k < np.w1; k++ {
		w := x.wordText(k)
		if x.words[k].upper && !x.partyOrNationality(k) && !x.hyphenAdjective(k) || strings.HasSuffix(lexicon.Lower(w), "-year-old") || lexicon.IsNumber(w) {
			continue
		}
		role = append(role, w)
	}
	return strings.Join(role, " ")
}

// affiliationOnly reports whether role is only the name of a body a
// person is of ("Vesterby" of "Vesterby's Henrik Sand", "Democracy
// Corps" of "Democracy Corps' Stan Greenberg"): capitalised words, none a
// role noun or title.
func affiliationOnly(role string) bool {
	if role == "" {
		return false
	}
	for w := range strings.FieldsSeq(role) {
		if !isUpperASCII(w[0]) || lexicon.IsRoleNoun(w) || lexicon.InFold(lexicon.TitleWords, w) || lexicon.InFold(lexicon.HonorificWords, w) {
			return false
		}
	}
	return true
}

// headlineNames registers the names inside a title-case headline's run
// [k, end), which runs names and words together ("Hillary Clinton Goes
// After Donald Trump As The New Mitt Romney"): a first name of the long
// lists followed by a capitalised word that is no common word is a name
// of two words, so that "Clinton said" in the story is Hillary Clinton.
func (r *resolver) headlineNames(k, end int) {
	x := r.x
	for t := k; t+1 < end; t++ {
		if x.words[t].kind != wordText || x.words[t+1].kind != wordText || !x.words[t+1].upper || x.common(t+1) {
			continue
		}
		if w := lexicon.Lower(x.wordText(t)); !lexicon.FemaleNames[w] && !lexicon.MaleNames[w] {
			continue
		}
		if t+2 < end && x.words[t+2].kind == wordText && !x.common(t+2) {
			continue // three proper words: not a name of two
		}
		r.addName(t, t+2, t == k)
		t++
	}
}

// kinEpithet reports whether w is a tabloid's epithet of family, a role
// noun, "of" and a number ("mum-of-two", "gran-of-four"), which describes
// the person in focus rather than a role.
func kinEpithet(w string) bool {
	if len(w) > 6 && lexicon.EqualFold(w[:6], "great-") && lexicon.IsRoleNoun(w[6:]) && lexicon.RoleGender(w[6:]) != 0 {
		return true // "the great-gran", "the great-grandfather"
	}
	i := strings.Index(w, "-of-")
	return i > 0 && lexicon.IsRoleNoun(w[:i]) && lexicon.IsNumeral(w[i+4:])
}

// nationalDescription reports whether np is "the" and a noun of
// nationality of one or two words: "the Dane", "the Icelander", "the New
// Zealander", "the South African".
func (x *extractor) nationalDescription(np npSpan) bool {
	if !x.wordIs(np.w0, "the") {
		return false
	}
	switch np.w1 - np.w0 {
	case 2:
		w := x.wordText(np.w0 + 1)
		if x.words[np.w0+1].upper && x.words[np.w0+1].kind == wordText && !x.sentenceInitial(np.w0+1) && len(w) > 6 &&
			(strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman")) && !strings.Contains(w, "-") {
			return true // "the Corkman", "the Kerrywoman", "the Yorkshireman": a place's native
		}
		return lexicon.IsNationalityNoun(w)
	case 3:
		a, b := np.w0+1, np.w0+2
		if !x.words[a].upper || !x.words[b].upper || x.words[a].kind != wordText || x.words[b].kind != wordText {
			return false
		}
		return lexicon.InFold(lexicon.NationalityPhrases, x.text[x.words[a].Start:x.words[b].End])
	}
	return false
}

// uniqueRole returns the one person mentioned or quoted before pos whose
// role has the word head ("senator"), or -1 when none or several do.
func (r *resolver) uniqueRole(head string, pos int) int {
	found := -1
	for _, ms := range [][]mention{r.mentions, r.speakers} {
		for _, m := range ms {
			if m.pos >= pos || m.ent < 0 || m.ent == found || !roleHas(r.ents[m.ent].role, []string{head}) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = m.ent
		}
	}
	return found
}

// roleWithin reports whether every word of role is one of words (lower
// case) and the role's last word is the last of words, its head.
func roleWithin(role string, words []string) bool {
	have := strings.Fields(lexicon.Lower(role))
	if len(have) == 0 || have[len(have)-1] != words[len(words)-1] {
		return false
	}
	for _, w := range have {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// roleSynonyms are the words news uses for a role to avoid repeating it,
// each with the word of the role it stands for: "Captain Tendai Musonda
// ... The skipper said", "goalkeeper Ana Ruiz ... the keeper".
var roleSynonyms = map[string]string{
	"skipper": "captain", "keeper": "goalkeeper", "stopper": "goalkeeper", "netminder": "goaltender",
	"gaffer": "manager", "medic": "doctor", "cop": "officer", "frontman": "singer", "frontwoman": "singer",
}

// roleHas reports whether role has every one of words (lower case).
func roleHas(role string, words []string) bool {
	if role == "" {
		return false
	}
	have := strings.Fields(lexicon.Lower(role))
	for _, w := range words {
		if !slices.Contains(have, w) && !(len(w) > 3 && w[:3] == "ex-" && slices.Contains(have, "former") && slices.Contains(have, w[3:])) &&
			!slices.Contains(have, roleSynonyms[w]) {
			return false // ("the ex-miner" is the former miner; "the skipper" the captain)
		}
	}
	for _, w := range have {
		if lexicon.InFold(otherHolders, w) && !slices.Contains(words, w) && !(w == "former" && slices.ContainsFunc(words, exWord)) {
			return false // "the minister" is not the shadow minister, nor "the president" the vice president
		}
	}
	return true
}

// exWord reports whether w is a role with "ex-" before it: "ex-miner".
func exWord(w string) bool { return len(w) > 3 && w[:3] == "ex-" }

// otherHolders are the words of a role that make its holder someone other
// than the one a description without them names: a shadow minister is in
// opposition, a former or deputy chairman is not the chairman.
var otherHolders = lexicon.SetOf("shadow", "former", "vice", "deputy", "ex", "late")

// answerPara reports whether word k lies in a paragraph of an interview
// printed with turns that opens with its speaker's label ("SECK: My
// daughter Awa ..."), not a question's. It holds before the answers are
// found (the names walk comes first).
func (r *resolver) answerPara(k int) bool {
	x := r.x
	if !x.qa && !x.turns {
		return false
	}
	pos := x.words[k].Start
	i := sort.Search(len(x.paras), func(i int) bool { return x.paras[i].End > pos })
	if i >= len(x.paras) || x.paras[i].Start > pos {
		return false
	}
	label, ok := turnLabel(x.text[x.paras[i].Start:x.paras[i].End])
	return ok && label != "Q"
}

// thirdPersonCue reports whether the cue of a is a verb's third person
// singular ("says", "argues"), whose subject is no plural.
func (r *resolver) thirdPersonCue(a *attribution) bool {
	if !a.hasCue {
		return false
	}
	e, ok := lexicon.LookupCue(strings.Fields(r.x.text[a.cue.Start:a.cue.End] + " ")[0])
	return ok && e.Third
}

// inAnswer reports whether byte pos lies in an interview's answer (the
// answers are in text order).
func (r *resolver) inAnswer(pos int) bool {
	as := r.x.answers
	i := sort.Search(len(as), func(i int) bool { return as[i].End > pos })
	return i < len(as) && as[i].Start <= pos
}

// intervieweeEnt returns the entity interviewee names, or -1.
func (r *resolver) intervieweeEnt() int {
	for i, e := range r.ents {
		if strings.IndexByte(e.name, ' ') > 0 && !orgLike(e.name) {
			return i
		}
	}
	return -1
}

// interviewee returns the name and role of the person an interview is
// with, for its answers printed without a name ("A: ..."): the first
// person the article names in full, in its headline or introduction.
func (r *resolver) interviewee() (string, string) {
	if e := r.intervieweeEnt(); e >= 0 {
		return r.ents[e].name, r.ents[e].role
	}
	return "", ""
}

// hasOrgWord reports whether a name holds an organisation word ("Sorrel
// Systems", "Kessel Opera House"): a person's name does not.
func hasOrgWord(name string) bool {
	for rest := name; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if lexicon.InFold(lexicon.OrgWords, w) {
			return true
		}
	}
	return false
}

// documentAuthor returns who published a document, named in the phrase
// [p, end) after it, and how the article describes them: "from Baltra
// Grid", "by the research group Kantell" (role "research group"), "from
// Chronex, the race's timing partner". Any capitalised name counts, as
// the head noun (figures, data, a study) says it is an organisation.
func (r *resolver) documentAuthor(p, end int) (name, role string) {
	x := r.x
	for q := p; q < end && q < p+5 && x.words[q].kind == wordText; q++ {
		// "a study published Thursday by the East African Lakes
		// Institute": past a participle and a time.
		if w := x.wordText(q); lexicon.EqualFold(w, "by") || lexicon.EqualFold(w, "from") {
			p = q
			break
		}
		if w := x.wordText(q); !(!x.words[q].upper && len(w) > 4 && strings.HasSuffix(w, "ed") || x.is(lexicon.CNonNameCaps, q) || lexicon.IsNumber(w)) {
			break
		}
	}
	if p+1 >= end || !(lexicon.EqualFold(x.wordText(p), "from") || lexicon.EqualFold(x.wordText(p), "by")) {
		return "", ""
	}
	w0 := p + 1
	if x.is(lexicon.CArticles, w0) && !x.words[w0].upper {
		w0++
	}
	n := w0
	for n < end && n < w0+3 && x.words[n].kind == wordText && !x.words[n].upper && !x.is(lexicon.CNpStops, n) {
		n++ // "the monitoring firm Pingwell"
	}
	j := n
	for j < end && (x.words[j].kind == wordText && x.words[j].upper || j > n && (x.is(lexicon.COrgJoiners, j) || x.isPunct(j, '&')) ||
		x.words[j].kind == wordPunct && (x.wordText(j) == "'" || x.wordText(j) == "’") && x.possessive(j-1)) {
		j++
	}
	for j > n && x.words[j-1].kind != wordText {
		j-- // the apostrophe of "Drivers'" stays, a trailing comma does not
		if x.wordText(j) == "'" || x.wordText(j) == "’" {
			j++
			break
		}
	}
	if j == n || j < end && !x.isPunct(j, ',') && !x.is(lexicon.CAdjunctsLeft, j) && !lexicon.IsWeekdayOrMonth(x.wordText(j)) {
		return "", "" // (a time may follow: "a report released by the Brookings Institution last year")
	}
	if n > w0 {
		role = x.text[x.words[w0].Start:x.words[n-1].End]
	}
	return x.text[x.words[n].Start:x.words[j-1].End], role
}

// groupWithPhrase names a group source by its head and the phrase after
// it, when that is a short prepositional phrase: "lawyers for the
// district", "members of both parties", "Her opponents on the council"
// (opponents on the council), "analysts at Corrie & Webb", "people
// familiar with the matter". A group is known by what it
// belongs to; "lawyers" alone would merge every article's lawyers.
func (r *resolver) groupWithPhrase(np npSpan, end int) string {
	x := r.x
	g := r.groupName(np)
	p := np.w1
	if g == "" || p >= end {
		return ""
	}
	if p+1 < end && x.is(lexicon.CPostnominalAdjectives, p) {
		// "people familiar with the matter", "sources close to the
		// talks": the adjective's own preposition.
		p++
		switch lexicon.Lower(x.wordText(p)) {
		case "with", "to", "about", "on", "in", "of":
		default:
			return ""
		}
	} else if !x.is(lexicon.CPrepositions, p) {
		return ""
	} else {
		switch lexicon.Lower(x.wordText(p)) {
		case "of", "for", "at", "on", "from":
			// Not "in": "residents in the Sandgate estate" are residents;
			// a place says where a group is, not whose it is.
		default:
			return ""
		}
	}
	if end-p > 6 {
		return ""
	}
	for k := p; k < end; k++ {
		// Lower-case words, or a name after the preposition (analysts
		// at Corrie & Webb, drinkers at the Crown & Anchor).
		name := x.words[k].upper || x.isPunct(k, '&') && k > p+1 && k+1 < end && x.words[k-1].upper && x.words[k+1].upper
		if x.words[k].kind != wordText && !name || x.words[k].upper && k == p {
			return ""
		}
	}
	return g + " " + x.text[x.words[np.w1].Start:x.words[end-1].End]
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldAccents returns s without its combining marks ("François" ->
// "Francois"); ASCII text is returned as it is, without a copy.
func foldAccents(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
			if err != nil {
				return s
			}
			return out
		}
	}
	return s
}

// hypotheticalTitle reports whether the title of the name at word k
// follows "a" or "an": "how a President Clinton would govern", "a Senator
// Lee", an office the person may hold, not one they hold.
func hypotheticalTitle(x *extractor, k int) bool {
	return k > 0 && (x.wordIs(k-1, "a") || x.wordIs(k-1, "an")) && !x.words[k-1].upper
}

// placeName reports whether name is a country's or a state's, alone or
// after a word of direction ("Texas", "South Carolina", "New Jersey",
// "North Dakota"): no one "he" or "she" refers to.
func placeName(name string) bool {
	first, rest, two := strings.Cut(name, " ")
	if !two {
		return lexicon.Places[lexicon.Lower(name)]
	}
	if strings.Contains(rest, " ") {
		return false
	}
	switch lexicon.Lower(first) {
	case "north", "south", "east", "west", "new", "northern", "southern", "eastern", "western", "rhode", "upstate":
		return true
	}
	return false
}

// placePreps join a group to the place it is in: "Farmers across the
// Midwest", "Protesters outside the courthouse" (the subject
// prepositions of lexicon.SubjectPrepositions that say where).
var placePreps = lexicon.SetOf("in", "around", "near", "across", "outside")

// nationFits reports whether a nationality adjective or demonym (after
// lexicon.NationalityNouns: "english" of "the Englishwoman", "jamaican")
// is of the country or region nation ("england", "jamaica"): by the
// irregular pairs of nationAdjectives, or by the regular endings ("-n",
// "-an", "-ian", "-ese").
func nationFits(nation, adj string) bool {
	if nation == "" || adj == "" {
		return false
	}
	if a, ok := nationAdjectives[nation]; ok {
		return a == adj
	}
	for _, suf := range [...]string{"n", "an", "ian", "ese", "ean"} {
		if adj == nation+suf {
			return true
		}
		if n := len(nation); n > 3 && strings.ContainsRune("aeiouy", rune(nation[n-1])) && adj == nation[:n-1]+suf {
			return true // "kenya" -> "kenyan", "china" -> "chinese", "italy" -> "italian"
		}
	}
	return false
}

// nationAdjectives are the countries whose people's adjective is not a
// regular ending of the name.
var nationAdjectives = map[string]string{
	"england": "english", "scotland": "scottish", "wales": "welsh", "ireland": "irish", "britain": "british",
	"france": "french", "netherlands": "dutch", "holland": "dutch", "spain": "spanish", "portugal": "portuguese",
	"denmark": "danish", "sweden": "swedish", "finland": "finnish", "poland": "polish", "turkey": "turkish",
	"norway": "norwegian", "switzerland": "swiss", "greece": "greek", "iceland": "icelandic", "thailand": "thai",
	"philippines": "filipino", "pakistan": "pakistani", "bangladesh": "bangladeshi", "israel": "israeli",
	"iraq": "iraqi", "kuwait": "kuwaiti", "yemen": "yemeni", "oman": "omani", "qatar": "qatari",
	"peru": "peruvian", "new zealand": "new zealander", "germany": "german", "belgium": "belgian", "brazil": "brazilian",
}

// spokesNouns are the people who speak for a body: "A spokeswoman added".
var spokesNouns = lexicon.SetOf("spokesman", "spokeswoman", "spokesperson")

// officeOwners are the capitalised words of parties and governments that
// come before an office noun: "the Democratic congressman", "the Green
// MP", "the Cabinet member".
var officeOwners = lexicon.SetOf("democratic", "republican", "labour", "labor", "conservative", "green", "reform", "liberal",
	"tory", "unionist", "nationalist", "independent", "cabinet", "gop", "socialist", "progressive", "government", "opposition")

// politicalRole reports whether role is empty or names an office or a
// political brief: a title word ("senator", "minister", "MP"), an office
// noun, a party, or "speaks on/for" a brief. "nurse" is none.
func politicalRole(role string) bool {
	if role == "" {
		return true
	}
	for w := range strings.FieldsSeq(lexicon.Lower(role)) {
		w = strings.Trim(w, ",.;:")
		if lexicon.InFold(officeNouns, w) || lexicon.InFold(lexicon.TitleWords, w) && lexicon.IsRoleNoun(w) || lexicon.InFold(officeOwners, w) ||
			lexicon.InFold(lexicon.PartyMembers, w) || w == "speaks" {
			return true
		}
	}
	return false
}

// partOfKnown returns the one longer person's name the story gives that
// name is part of, in the ways names elsewhere are shortened: the first
// two or more words of a name of four or more ("Ahmad Faizal" of Ahmad
// Faizal Abdul Rahman, "Siti Rahimah" of Siti Rahimah Mohd Yusof), its
// tail with a particle capitalised at a sentence's start ("Van den
// Heever" of Wikus van den Heever), or one inner word of a name of three
// or more after an honorific ("Mr Tan" of Kenneth Tan Wei Jie); "" when
// none or two fit.
func (r *resolver) partOfKnown(name string) string {
	if name == "" || lexicon.InFold(lexicon.Places, name) {
		return ""
	}
	nWords := strings.Count(name, " ") + 1
	found := ""
	for i := range r.ents {
		en := &r.ents[i]
		n := en.name
		if en.thing || en.writer || len(n) <= len(name) {
			continue
		}
		// cheap tests on the strings first: most names share nothing
		prefix := nWords >= 2 && strings.HasPrefix(n, name) && n[len(name)] == ' '
		tail := nWords >= 2 && strings.EqualFold(n[len(n)-len(name):], name) && n[len(n)-len(name)-1] == ' '
		inner := nWords == 1 && strings.Contains(n, " "+name+" ")
		if !prefix && !tail && !inner || hasOrgWord(n) {
			continue
		}
		nw := strings.Fields(n)
		fits := false
		switch {
		case prefix && len(nw) >= 4 && !en.headline:
			fits = true
			for _, t := range nw[nWords:] {
				if lexicon.CommonWord(lexicon.Lower(t)) && len(t) > 4 || lexicon.InFold(lexicon.Places, t) || lexicon.IsDemonym(t) {
					fits = false // "Ted Cruz South Carolina", "Glenn Beck Blasts Drudge": a headline's run, no longer name
				}
			}
		case tail && len(nw) > nWords && lexicon.InFold(lexicon.NameParticles, nw[len(nw)-nWords]):
			fits = true
		case inner && len(nw) >= 3 && !r.someoneLast(name):
			// (not "Trump" of Maryanne Trump Barry when Donald Trump is
			// named, nor "Maddow" of the Rachel Maddow Show)
			for j, w := range nw[1 : len(nw)-1] {
				if w != name {
					continue
				}
				fits = true
				for _, t := range nw[j+2:] {
					if lexicon.CommonWord(lexicon.Lower(t)) && len(t) > 3 {
						fits = false
					}
				}
			}
		}
		if !fits {
			continue
		}
		if found != "" && found != n {
			return ""
		}
		found = n
	}
	return found
}

// someoneLast reports whether a name the story gives ends in the word w:
// w is that person's surname.
func (r *resolver) someoneLast(w string) bool {
	for i := range r.ents {
		n := r.ents[i].name
		if j := strings.LastIndexByte(n, ' '); j > 0 && n[j+1:] == w {
			return true
		}
	}
	return false
}

// holderOfBody resolves a source whose description names the body of a
// title and then its holder: "The professor of economics at Leeds
// University Mark Yates said", "chief economist at Harbour Bank Sophie
// Tran": the holder speaks, with the title and its body as the role.
func (r *resolver) holderOfBody(a *attribution) (string, string, bool) {
	x := r.x
	np, end := a.source.np, a.source.span.w1
	if !np.ok() {
		return "", "", false
	}
	lo := x.units[a.srcUnit].w0
	var b, s int
	switch {
	case np.w1 < end && x.is(lexicon.CSpeaksForPreps, np.w1) && !x.words[np.w1-1].upper:
		// "The professor of economics at Leeds University Mark Yates
		// said": the description, then the body and its holder
		b, s = np.w1+1, np.w0
	case np.w1 == end && x.words[np.w1-1].upper:
		// "Research fellow at the Lahore Institute of Policy Studies
		// Zainab Haider said": the noun phrase found is the body and the
		// holder, after the title's preposition
		b = np.w0
		if x.is(lexicon.CArticles, b) {
			b++
		}
		p := b - 1
		if p > lo && x.wordIs(p, "the") {
			p--
		}
		if p <= lo || !x.in(bodyPreps, p) || x.words[p].upper {
			return "", "", false
		}
		s = x.titleStartLeft(p, lo)
		if s == p {
			return "", "", false
		}
	default:
		return "", "", false
	}
	hb := x.holderAfterBody(b, end)
	if hb < 0 || end-hb < 2 {
		return "", "", false
	}
	r.addName(b, end, false)
	e, _, _ := r.lookup(hb, end, len(r.ents))
	if e < 0 {
		return "", "", false
	}
	if t := x.titleStartLeft(s, lo); t < s {
		s = t // "Senior lecturer in politics at Lautoka University": the whole title
	}
	if x.is(lexicon.CArticles, s) {
		s++
	}
	r.keepRole(e, r.roleText(s, hb))
	r.plain(np)
	return r.ents[e].name, r.ents[e].role, true
}

// titleStartLeft returns where a title that opens its clause begins, left
// of word p: lower-case words and prepositions back to the clause's first
// word, which may be capitalised ("Senior lecturer in politics at ...",
// "Chief economist at ..."), at most eight words, one of them a role noun
// or title word; p when there is none.
func (x *extractor) titleStartLeft(p, lo int) int {
	t := p
	role := false
	for t-1 >= lo && p-t < 8 && x.words[t-1].kind == wordText && x.words[t-1].quote < 0 && !x.isCueWord(t-1) &&
		(!x.words[t-1].upper || t-1 == lo || x.sentenceInitial(t-1)) {
		t--
		role = role || lexicon.IsRoleNoun(x.wordText(t)) || x.is(lexicon.CTitleWords, t)
		if x.words[t].upper {
			break
		}
	}
	if !role || t > lo && !x.sentenceInitial(t) && !x.is(lexicon.CLeadConjunctions, t-1) && !x.isPunct(t-1, ',') {
		return p
	}
	return t
}
