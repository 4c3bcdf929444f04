package tally

import (
	"sort"
	"strings"

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
//  3. A name that is a form of no other name is a full name and its own
//     actor. Any other name belongs to the full name it is a form of, if
//     there is exactly one (following rule 2 transitively). If there are
//     several ("Khalidi" with both "Bushra Khalidi" and "Rashid Khalidi"
//     in the corpus), the name is ambiguous and stays an actor of its own.

// canonicalActors maps every non-empty name in counts to the display name
// of its actor. counts holds the number of quotes under each name; it only
// chooses among spellings of the same name.
func canonicalActors(counts map[string]int) map[string]string {
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
	for k := range display {
		words := strings.Split(k, " ")
		if isOrganizationName(words) {
			continue
		}
		for i := 1; i < len(words); i++ {
			short := strings.Join(words[i:], " ")
			forms[short] = append(forms[short], k)
		}
		if len(words) == 2 {
			forms[words[0]] = append(forms[words[0]], k)
		}
	}

	// Rule 3: resolve each key to its unique full name, if any.
	const ambiguous = "\x00"
	resolved := make(map[string]string, len(display))
	var resolve func(k string) string
	resolve = func(k string) string {
		if r, ok := resolved[k]; ok {
			return r
		}
		longer := forms[k]
		if len(longer) == 0 {
			resolved[k] = k
			return k
		}
		full := ""
		for _, l := range longer {
			r := resolve(l) // l has more words than k: the recursion ends
			if r == ambiguous || (full != "" && r != full) {
				full = ambiguous
				break
			}
			full = r
		}
		resolved[k] = full
		return full
	}

	actors := make(map[string]string, len(keyOf))
	for name, k := range keyOf {
		full := resolve(k)
		if full == ambiguous {
			full = k
		}
		actors[name] = display[full]
	}
	return actors
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

// actorVariants returns, for each actor, the sorted names merged into it.
func actorVariants(actors map[string]string) map[string][]string {
	v := make(map[string][]string)
	for name, actor := range actors {
		v[actor] = append(v[actor], name)
	}
	for _, names := range v {
		sort.Strings(names)
	}
	return v
}
