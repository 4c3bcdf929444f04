package tally

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// Actor canonicalisation: one person may be named "Bushra Khalidi" in one
// article and only "Khalidi" in another. The extractor resolves names
// within a document; canonicalActors resolves them across documents, from
// nothing but the set of names seen and their quote counts, so that a
// merge of partial results canonicalises exactly as a single run does.
//
// The rules, applied to names compared case-insensitively word by word:
//
//  1. Spellings that differ only in case or spacing are one name, shown in
//     the spelling with the most quotes (ties: the first in byte order).
//  2. A shorter name is a form of a longer one if its words are the
//     longer name's last words ("Khalidi", "Bushra Khalidi"), or if it is
//     one word that begins a two-word name ("Wang", "Wang Yi": the
//     surname-first order of Chinese, Korean and other names).
//     Organisation names ("China Daily", "Foreign Ministry", "interior
//     ministry": a name with an organisation word such as Daily, Ministry,
//     Party, Council) have no shorter forms: "China" is not a form of
//     "China Daily", nor "ministry" of "Foreign Ministry".
//     A name without middle initials is a form of the name with them
//     ("Donald Trump", "Donald J. Trump"), so with both "George W. Bush"
//     and "George H. W. Bush" in the corpus "George Bush" is ambiguous.
//  3. A name that is a form of no other name is a full name and its own
//     actor. Any other name belongs to the full name it is a form of, if
//     there is exactly one (following rule 2 transitively). If there are
//     several ("Khalidi" with both "Bushra Khalidi" and "Rashid Khalidi"
//     in the corpus), the name is ambiguous and stays an actor of its own.
//  4. An actor is shown under its most quoted name of two or more words,
//     one that opens with a listed given name first ("Bill de Blasio", not "De Blasio")
//     (ties: the longer, then the first in byte order), not under the
//     longest: one article's "Liar of the Year Barack Obama" or "Despite
//     Ted Cruz" must not rename the actor every other article calls
//     "Barack Obama" or "Ted Cruz".

// canonicalActors maps every non-empty name in counts to the display name
// of its actor. counts holds the number of quotes under each name; it only
// chooses among spellings of the same name.
func canonicalActors(counts map[string]int) map[string]string {
	return canonicalActorsWith(counts, nil)
}

// nameInfo is what the corpus says of a name beside its count: its most
// frequent role, and the type and gender its evidence decides ("" when
// it decides none).
type nameInfo struct {
	role, typ, gender string
}

// canonicalActorsWith is canonicalActors with what the corpus says of
// each name (info may be nil):
//   - A shorter name is no form of a longer one whose gender its own
//     evidence contradicts ("Menendez", a woman, is not "Robert
//     Menendez"), nor, when it names an organisation, of a person's name
//     ("Bloomberg", the news agency, is not "Michael Bloomberg"). The
//     type is not trusted the other way round: a person's name glued to
//     a party or a place ("Missouri Republican Roy Blunt") is often
//     taken for an organisation's.
//   - The most frequent role settles an ambiguous short name: of the full
//     names it could be a form of, the one whose role is the short name's
//     ("Obama", President, is "Barack Obama", President, not "Michelle
//     Obama"). Two candidates with that role, or none, leave it ambiguous,
//     unless one candidate is quoted at least ten times as often as all
//     the others together (and 20 times at least): "Trump" alone is
//     Donald Trump in a corpus that quotes him far more than his family.
func canonicalActorsWith(counts map[string]int, info map[string]nameInfo) map[string]string {
	// Rule 1: group spellings by their normalised key.
	display := make(map[string]string) // key -> chosen spelling
	keyOf := make(map[string]string, len(counts))
	for name, n := range counts {
		k := actorKey(name)
		if k == "" {
			continue
		}
		keyOf[name] = k
		best, ok := display[k]
		if !ok || n > counts[best] || (n == counts[best] && name < best) {
			display[k] = name
		}
	}

	// Rule 2: index every key under the shorter names that are forms of it.
	forms := make(map[string][]string) // short key -> longer keys it is a form of
	// firstForms are the forms by the first word of a two-word name (the
	// surname-first order): they count only for a word that is no
	// surname of a longer name, so "Obama" is a form of "Barack Obama",
	// never of a headline's "Obama Sees".
	firstForms := make(map[string][]string)
	for k := range display {
		words := strings.Split(k, " ")
		if isOrganizationName(words) || !properName(display[k]) {
			continue
		}
		for i := 1; i < len(words); i++ {
			short := strings.Join(words[i:], " ")
			if i == len(words)-1 && lexicon.CommonWord(short) {
				continue // "Hill" is no short form of "Capitol Hill", nor "Early" of "Rex Early"
			}
			forms[short] = append(forms[short], k)
		}
		if len(words) == 2 {
			firstForms[words[0]] = append(firstForms[words[0]], k)
		}
		if base := withoutSuffix(words); len(base) >= 2 && len(base) < len(words) {
			// "Joseph R. Biden Jr.": its surname is the word before the
			// generation; the forms of its given name's short form ("Joe
			// Biden") are its own when it is the formal name of that
			// short form, so that the same person, spelled in full by one
			// paper and familiarly by another, is one actor. A son who
			// shares the father's spelling ("Donald Trump Jr.") is not.
			plain := withoutInitials(base)
			forms[plain[len(plain)-1]] = append(forms[plain[len(plain)-1]], k)
			if len(plain) == 2 {
				for short, formal := range lexicon.GivenShortForms {
					if formal == plain[0] {
						forms[short+" "+plain[1]] = append(forms[short+" "+plain[1]], k)
					}
				}
			}
		}
		if plain := withoutInitials(words); len(plain) >= 2 && len(plain) < len(words) {
			short := strings.Join(plain, " ")
			forms[short] = append(forms[short], k)
		} else if len(words) == 3 && givenFirst(k) {
			// "Hillary Clinton" is a form of "Hillary Rodham Clinton": a
			// first name and surname without the middle name.
			short := words[0] + " " + words[2]
			forms[short] = append(forms[short], k)
		}
	}

	// Each key's role, lower case, from its most quoted spelling.
	roleOf := make(map[string]string)
	for name, k := range keyOf {
		if r := info[name].role; r != "" && name == display[k] {
			roleOf[k] = strings.ToLower(r)
		}
	}
	// compatible reports whether nothing known of key k and key l says
	// they name different actors.
	compatible := func(k, l string) bool {
		a, b := info[display[k]], info[display[l]]
		return !(a.typ == TypeOrganisation && b.typ == TypePerson) &&
			!(a.gender != "" && b.gender != "" && a.gender != b.gender)
	}

	quotes := make(map[string]int, len(display))
	for name, k := range keyOf {
		quotes[k] += counts[name]
	}

	// Rule 3: resolve each key to its unique full name, if any.
	const ambiguous = "\x00"
	resolved := make(map[string]string, len(display))
	ambiguousOf := make(map[string][]string) // key -> the full names it could be
	var resolve func(k string) string
	resolve = func(k string) string {
		if r, ok := resolved[k]; ok {
			return r
		}
		var longer []string
		for _, l := range forms[k] {
			if compatible(k, l) {
				longer = append(longer, l)
			}
		}
		if len(forms[k]) == 0 {
			// A first word with a role of its own is no form of a full
			// name with another role ("Bill", a mayor, of "Bill Clinton").
			for _, l := range firstForms[k] {
				if rolesCompatible(roleOf[k], roleOf[l]) && compatible(k, l) {
					longer = append(longer, l)
				}
			}
		}
		if len(longer) == 0 || !shortForm(display[k]) {
			resolved[k] = k
			return k
		}
		full := ""
		var candidates []string
		for _, l := range longer {
			r := resolve(l) // l has more words than k: the recursion ends
			if r != ambiguous && !slices.Contains(candidates, r) {
				candidates = append(candidates, r)
			}
			if r == ambiguous || (full != "" && r != full) {
				full = ambiguous
			} else {
				full = r
			}
		}
		if full == ambiguous && roleOf[k] != "" {
			match := ""
			for _, c := range candidates {
				if roleOf[c] != roleOf[k] {
					continue
				}
				if match != "" {
					match = ""
					break // two people with the role
				}
				match = c
			}
			if match != "" {
				full = match
			}
		}
		if full == ambiguous {
			ambiguousOf[k] = candidates
		}
		resolved[k] = full
		return full
	}

	// Rule 4: each actor's display key is its most quoted key of two or
	// more words.
	actorOf := func(k string) string {
		if full := resolve(k); full != ambiguous {
			return full
		}
		return k
	}
	// An ambiguous short name goes to the candidate that dominates the
	// corpus, by the quotes of each candidate's whole actor.
	totals := make(map[string]int, len(display))
	for k := range display {
		totals[actorOf(k)] += quotes[k] // resolves every key, filling ambiguousOf
	}
	if len(ambiguousOf) > 0 {
		for k, candidates := range ambiguousOf {
			if d := dominant(candidates, totals, ambiguous); d != ambiguous {
				resolved[k] = d
			}
		}
	}
	shown := make(map[string]string, len(display)) // actor key -> display key
	for k := range display {
		a := actorOf(k)
		best, ok := shown[a]
		if !ok {
			shown[a] = a
			best = a
		}
		if better(k, best, quotes) {
			shown[a] = k
		}
	}

	actors := make(map[string]string, len(keyOf))
	for name, k := range keyOf {
		actors[name] = display[shown[actorOf(k)]]
	}
	return actors
}

// dominantShare is how many times the quotes of all other candidates
// together the most quoted candidate must have to take an ambiguous short
// name, and dominantMin the fewest quotes it must have.
const (
	dominantShare = 10
	dominantMin   = 20
)

// dominant returns the candidate full name that an ambiguous short name
// means by the weight of the corpus (quotes: the quotes of each
// candidate's actor), or none: in news
// about one campaign, "Trump" alone is Donald Trump, not Ivanka or
// Melania Trump, when he is quoted ten times as often as all of them.
// Gender and type have already ruled out the candidates they contradict.
func dominant(candidates []string, quotes map[string]int, none string) string {
	best, rest := "", 0
	for _, c := range candidates {
		if best == "" || quotes[c] > quotes[best] || quotes[c] == quotes[best] && c < best {
			best = c
		}
	}
	for _, c := range candidates {
		if c != best {
			rest += quotes[c]
		}
	}
	if best == "" || quotes[best] < dominantMin || quotes[best] < dominantShare*rest {
		return none
	}
	return best
}

// better reports whether key a is a better display name than key b: a
// name of two or more words before a single word, then more quotes, then
// more words, then byte order.
func better(a, b string, quotes map[string]int) bool {
	wa, wb := strings.Count(a, " ")+1, strings.Count(b, " ")+1
	if (wa >= 2) != (wb >= 2) {
		return wa >= 2
	}
	// A name that opens with a given name is a person's full name:
	// "Bill de Blasio" before the more quoted "De Blasio".
	if ga, gb := givenFirst(a), givenFirst(b); ga != gb {
		return ga
	}
	if quotes[a] != quotes[b] {
		return quotes[a] > quotes[b]
	}
	if wa != wb {
		return wa > wb
	}
	return a < b
}

// givenFirst reports whether a key (lower case) of two or more words
// starts with a given name of the first-name lists.
func givenFirst(k string) bool {
	first, _, ok := strings.Cut(k, " ")
	return ok && (lexicon.FemaleNames[first] || lexicon.MaleNames[first])
}

// withoutSuffix returns the words of a name without a generation's
// suffix at its end ("jr.", "sr.", "ii", "iii", "iv").
func withoutSuffix(words []string) []string {
	if n := len(words); n >= 3 {
		switch strings.TrimSuffix(words[n-1], ".") {
		case "jr", "sr", "ii", "iii", "iv":
			return words[:n-1]
		}
	}
	return words
}

// withoutInitials returns the words of a name without its middle initials
// ("j.", "h.", "w", "h.w."): the first and last words always stay.
func withoutInitials(words []string) []string {
	if len(words) < 3 {
		return words
	}
	out := []string{words[0]}
	for _, w := range words[1 : len(words)-1] {
		if !isInitial(w) {
			out = append(out, w)
		}
	}
	return append(out, words[len(words)-1])
}

// isInitial reports whether w is one or more initials: letters, each
// followed by a period, or a single letter ("j.", "h.w.", "j").
func isInitial(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'a' && w[0] <= 'z'
	}
	if len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'a' || w[i] > 'z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// isOrganizationName reports whether a normalised name has an
// organisation word (lexicon.OrgWords, the extractor's list) among its words.
func isOrganizationName(words []string) bool {
	for _, w := range words {
		if lexicon.OrgWords[w] {
			return true
		}
	}
	return false
}

// actorKey normalises a name for comparison: lower case, single spaces.
func actorKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(name)), " ")
}

// properName reports whether a name is written as a proper name: every
// word capitalised (name particles such as "de" and "van" aside), none
// in capitals throughout but initials. "state officials", "Ohio
// governor" and a dateline's "PARIS" are not; their words are no forms
// of other names and have none.
func properName(name string) bool {
	words := strings.Fields(name)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		switch {
		case i > 0 && i < len(words)-1 && lexicon.InFold(lexicon.NameParticles, w):
		case !unicode.IsUpper(r):
			return false
		case isInitial(lexicon.Lower(w)):
		case utf8.RuneCountInString(w) >= 3 && strings.ToUpper(w) == w && size > 0:
			return false
		}
	}
	return len(words) > 0
}

// shortForm reports whether a name may be a shorter form of a longer one:
// a proper name that is not a place ("Virginia") or a nationality
// ("Russian"). (A surname that is a common English word, "Hill", is
// no short form either: Rule 2 does not index it.)
func shortForm(name string) bool {
	if !properName(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if lexicon.InFold(lexicon.Places, w) || lexicon.InFold(lexicon.Nationalities, w) {
			return false
		}
	}
	return true
}

// rolesCompatible reports whether two roles (lower case) can be one
// person's: either unknown, one within the other ("foreign minister",
// "chinese foreign minister"), or the same head noun.
func rolesCompatible(a, b string) bool {
	if a == "" || b == "" || strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	return fa[len(fa)-1] == fb[len(fb)-1]
}
