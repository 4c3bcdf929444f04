package quote

// What kind of actor a resolved speaker is, and, for a person, the gender
// the document shows.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// Speaker types (Quote.SpeakerType) and genders (Quote.SpeakerGender).
const (
	Person       = "person"
	Organisation = "organisation"
	Group        = "group"
	Unknown      = "unknown"
	Female       = "female"
	Male         = "male"
)

// speakerKind returns the type of the speaker name as this document
// resolved it and, for a person, the gender its evidence gives (an
// honorific, "he" or "she" resolved to them, a gendered role noun, a
// first name from the name lists, in that order), or Unknown. A person is a name the document registers as one;
// a group is a plural of people ("analysts", "Labour MPs", or any plural
// named in lower case: "surfers"); an
// organisation has an organisation word ("Council", "Ministry", "Ltd");
// anything else is Unknown.
func (r *resolver) speakerKind(name string) (typ, gender string) {
	if name == "" {
		return "", ""
	}
	words := strings.Fields(name)
	if i, ok := r.byName[name]; ok && r.ents[i].thing && r.ents[i].gender == 0 && r.ents[i].role == "" && !orgLike(name) {
		return Organisation, "" // "the Eastern Highlands Cassowaries": a name after "the", a team's or a body's
	}
	if i, ok := r.byName[name]; ok && !orgLike(name) && !r.namedOrg(name) {
		g := r.ents[i].gender
		if g == 0 {
			g = lexicon.RoleGender(r.ents[i].role) // "a spokeswoman for Lantern Pay, Tan Mei Ling"
		}
		if g == 0 {
			g = r.ents[i].nameGender
		}
		switch g {
		case 'f':
			return Person, Female
		case 'm':
			return Person, Male
		}
		return Person, Unknown
	}
	last := strings.Trim(words[len(words)-1], ",.;:")
	if c := name[0]; c >= 'a' && c <= 'z' {
		// "analysts at Kafue Capital", "residents of the Battery",
		// "ranchers from Montana's Rocky Mountain Front": a description
		// whose head comes before its first preposition
		for i := 1; i < len(words); i++ {
			if lexicon.InFold(lexicon.Prepositions, words[i]) {
				last = strings.Trim(words[i-1], ",.;:")
				break
			}
		}
	}
	if lexicon.InFold(lexicon.GroupHeads, last) || lexicon.InFold(lexicon.OrgPlurals, last) ||
		len(last) > 3 && last[len(last)-1] == 's' && last[len(last)-2] != 's' && !isUpperASCII(name[0]) && personPlural(last) {
		return Group, "" // "lobster buyers", "Rubio backers"
	}
	if orgLike(name) {
		return Organisation, ""
	}
	if c := name[0]; c >= 'a' && c <= 'z' && len(last) > 3 && last[len(last)-1] == 's' && last[len(last)-2] != 's' {
		// A speaker named in lower case is a description; ending in a
		// plural, it is a group ("surfers", "senior officials").
		return Group, ""
	}
	if r.namedOrg(name) {
		return Organisation, ""
	}
	return Unknown, ""
}

// namedOrg reports whether the names walk found name as an organisation
// by a word of its kind ("Tuatele Seafoods", "Suara Data, a digital
// rights group"), not only by grammar.
func (r *resolver) namedOrg(name string) bool {
	for _, o := range r.orgs {
		if o.name == name && (o.kind != "" || o.role != "") {
			return true
		}
	}
	return false
}

// orgLike reports whether a capitalised name of two or more words is an
// organisation's: it has an organisation word ("Council", "Ministry"),
// or it does not start with a first name of the name lists (the long
// ones too: lexicon.GivenNameGender) and its last word is a common
// English word ("Greyfield Homes", "Harbour Athletic", "Nimbra Cloud"),
// which surnames seldom are. It walks the words without allocating.
func orgLike(name string) bool {
	n, first, last := 0, "", ""
	for rest := name; rest != ""; {
		w := rest
		if i := strings.IndexFunc(rest, unicode.IsSpace); i >= 0 {
			_, size := utf8.DecodeRuneInString(rest[i:])
			w, rest = rest[:i], rest[i+size:]
		} else {
			rest = ""
		}
		if w == "" {
			continue
		}
		if n == 0 {
			first = w
			if lexicon.InFold(lexicon.ClubPrefixes, w) {
				return true // "Atlético Prado Norte": a club
			}
		}
		last = w
		n++
		if lexicon.InFold(lexicon.OrgWords, strings.Trim(w, ",.;:")) {
			return true
		}
	}
	if n < 2 {
		return false
	}
	if t := strings.Trim(last, ",.;:"); strings.EqualFold(t, "co") && last != t {
		return true // "Old Carrick Distilling Co.": a company's legal form, with its period ("Co Durham" is a county)
	}
	if lexicon.GivenNameGender(first) != 0 {
		return false
	}
	var buf [32]byte
	return lexicon.CommonWord(string(lowerKey(&buf, strings.Trim(last, ",.;:"))))
}

// fullOrgName returns the one name in the document that is the capitalised
// name short and one word more, when that word marks an organisation: an
// organisation word ("Census Bureau", "Conservative Solutions PAC") or the
// plural of a common noun that no role noun is ("Karoo Crest Dairies").
// News names a company in full once and by its first words after that
// ("Karoo Crest warned"). The long name is not in the headline and no
// other name fits; a short name of one word adds a word or two to it and
// must be able to be one (orgShortWord); else "".
func (r *resolver) fullOrgName(short string) string {
	if short == "" || short[0] < 'A' || short[0] > 'Z' {
		return ""
	}
	one := !strings.Contains(short, " ")
	if one && !r.orgShortWord(short) {
		return ""
	}
	headEnd := 0
	if len(r.x.paras) > 1 {
		headEnd = r.x.paras[0].End
	}
	found := ""
	check := func(name string, pos int) bool {
		if len(name) <= len(short)+1 || name[len(short)] != ' ' || name[:len(short)] != short || name == found || pos < headEnd {
			return true
		}
		extra := name[len(short)+1:]
		legal := false
		if sp := strings.LastIndexByte(extra, ' '); sp > 0 && lexicon.InFold(legalForms, extra[sp+1:]) {
			extra, legal = strings.TrimRight(extra[:sp], ", &"), true // "Old Carrick" of "Old Carrick Distilling Co."
		}
		if sp := strings.IndexByte(extra, ' '); sp >= 0 && (!one || strings.Count(extra, " ") > 1) {
			return true
		}
		if !legal && !orgExtra(lastWord(extra)) {
			return true
		}
		if found != "" {
			return false // two fit
		}
		found = name
		return true
	}
	for i := range r.orgs {
		if !check(r.orgs[i].name, r.orgs[i].pos) {
			return ""
		}
	}
	return found
}

// outletTitleWords end newspapers' names, by which news calls them
// short: "The Times" (The New York Times), "The Post", "The Journal".
var outletTitleWords = lexicon.SetOf("times", "post", "journal", "herald", "tribune", "globe", "guardian", "telegraph",
	"chronicle", "examiner", "gazette", "observer", "inquirer", "courier", "star", "mirror", "express", "record", "bee")

// fullOutletName returns the one name the document gives before in full
// that ends with short when short is a newspaper's last word ("Times" is
// "New York Times" when the article named it), else "".
func (r *resolver) fullOutletName(short string) string {
	if strings.Contains(short, " ") || !lexicon.InFold(outletTitleWords, short) {
		return ""
	}
	found := ""
	x := r.x
	for i := range r.orgs {
		name := r.orgs[i].name
		if len(name) > len(short)+1 && strings.HasSuffix(name, " "+short) {
			// the capitalised word before the name is part of it when
			// the run dropped it ("the New York Times": "New" opens no
			// name on its own)
			// (read from the text, which a window keeps whole)
			if p := r.orgs[i].pos; p > 1 && x.text[p-1] == ' ' {
				b := p - 1
				for b > 0 && (x.text[b-1] >= 'a' && x.text[b-1] <= 'z' || x.text[b-1] >= 'A' && x.text[b-1] <= 'Z') {
					b--
				}
				w := x.text[b : p-1]
				if len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && !lexicon.InFold(lexicon.Articles, w) && b > 1 && x.text[b-1] == ' ' && !strings.ContainsRune(".!?\n", rune(x.text[b-2])) {
					name = w + " " + name
				}
			}
		}
		if len(name) > len(short)+1 && strings.HasSuffix(name, " "+short) && name != found && !otherPaper(name[:len(name)-len(short)-1]) {
			switch {
			case found == "" || strings.HasSuffix(name, " "+found):
				found = name // ("York Times", then "New York Times": the run's tails are kept too)
			case strings.HasSuffix(found, " "+name):
			default:
				return "" // two fit ("Washington Post", "Jerusalem Post")
			}
		}
	}
	return found
}

// otherPaper reports whether the words before a newspaper's last word
// make it another paper than the one called by that word alone: one word
// of English, a day or a nation's ("The Financial Times", "the Sunday
// Times", "The Irish Times" are not The Times); "Washington", "New York"
// and "Wall Street" are where the paper is.
func otherPaper(mod string) bool {
	if strings.Contains(mod, " ") {
		return false
	}
	l := lexicon.Lower(mod)
	return lexicon.CommonWord(l) || lexicon.IsWeekdayOrMonth(mod) || lexicon.IsDemonym(mod)
}

// orgShortWord reports whether the one word w may be the short name of
// an organisation named in full before ("Mophane" of "Mophane Diamond
// Polishers", "Rändur" of "Rändur Robotics"): no common word, first name,
// place or people, and no surname or first name of a person the document
// names ("Trump" is not the Trump Organization).
func (r *resolver) orgShortWord(w string) bool {
	if utf8.RuneCountInString(w) < 3 || !titleCase(w) || lexicon.GivenNameGender(w) != 0 || lexicon.IsDemonym(w) {
		return false
	}
	var buf [32]byte
	l := string(lowerKey(&buf, w))
	if lexicon.CommonWord(l) || lexicon.Places[l] || lexicon.OrgWords[l] || lexicon.InFold(lexicon.PartyMembers, strings.TrimSuffix(l, "ic")) {
		return false // "House" of "House Republicans"; "Republican", "Democratic": a party's
	}
	for _, m := range []map[string]int{r.byLast, r.byFirst} {
		if e, ok := m[strings.ToLower(w)]; ok && strings.Contains(r.ents[e].name, " ") && !r.ents[e].thing {
			return false
		}
	}
	return true
}

// orgExtra reports whether w, the last word of a longer name, marks an
// organisation (fullOrgName).
func orgExtra(w string) bool {
	l := lexicon.Lower(w)
	if lexicon.OrgWords[l] {
		return true
	}
	if _, ok := lexicon.OrgNameKinds[l]; ok {
		return true
	}
	return lexicon.CommodityNouns[l] || tradePlural(w)
}

// tradePlural reports whether w is the plural of a common noun that no
// role noun, first name, place or word of other organisations ("Times",
// "Affairs") is, as the trade that ends a company's name is ("Dairies",
// "Forgings", "Mills").
func tradePlural(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	l := lexicon.Lower(w)
	if lexicon.Places[l] || lexicon.OrgWords[l] {
		return false
	}
	if !lexicon.CommonWord(singular(l)) && !(strings.HasSuffix(l, "ses") && lexicon.CommonWord(l[:len(l)-2])) {
		return false // ("Exe Valley Buses": a plural in -es of a noun in -s)
	}
	return !lexicon.IsRoleNoun(w) && !lexicon.IsRoleNoun(singular(l)) && lexicon.GivenNameGender(w) == 0
}
