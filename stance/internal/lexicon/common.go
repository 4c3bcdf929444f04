package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

// commonWords is data/common-words.txt: the lower-case English words of
// SCOWL size 50 (Kevin Atkinson's Spell Checker Oriented Word Lists, as
// Debian's wamerican 2020.12.07 ships them) that the list does not also
// hold capitalised, one per line, sorted. scripts/gen-common-words.sh
// makes it; data/COPYING-SCOWL is SCOWL's notice.
//
//go:embed data/common-words.txt
var commonWords string

var commonList = sync.OnceValue(func() []string {
	return strings.Split(strings.TrimSuffix(commonWords, "\n"), "\n")
})

// CommonWord reports whether w, in any ASCII letter case, is a common
// English word and never a name: "despite", "year", "rival", "veteran",
// "later" are; "bill", "mark", "rich" and "chuck" are not, because they
// are given names too. It tells a word that is capitalised only by its
// place ("Despite Ted Cruz's loss", "the Year Barack Obama") from a name.
func CommonWord(w string) bool {
	if len(w) < 2 || len(w) > maxFold {
		return false
	}
	var buf [maxFold]byte
	key := fold(&buf, w)
	// A binary search that compares bytes with strings, so a lookup
	// allocates nothing.
	list := commonList()
	lo, hi := 0, len(list)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if list[m] < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(list) && list[lo] == string(key)
}
