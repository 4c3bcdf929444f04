package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

// givenNames is data/given-names.txt: the given names of Moby Word II's
// female and male lists that are on one list only, each with f or m
// (scripts/gen-given-names.sh says where they come from).
//
//go:embed data/given-names.txt
var givenNames string

var givenNameGender = sync.OnceValue(func() map[string]byte {
	m := make(map[string]byte, strings.Count(givenNames, "\n"))
	for line := range strings.Lines(givenNames) {
		name, g, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if ok && g != "" {
			m[name] = g[0]
		}
	}
	return m
})

// GivenNameGender returns 'f' or 'm' when w, in any ASCII letter case, is
// a given name of one gender, and 0 otherwise: FemaleNames and MaleNames
// first, then the much longer public-domain lists of data/given-names.txt,
// which leave out the names given to both (Alex, Jess, Dani). It is
// evidence of the weakest kind, for a person of whom the text says
// nothing more.
func GivenNameGender(w string) byte {
	if len(w) > maxFold {
		return 0
	}
	var buf [maxFold]byte
	l := fold(&buf, w) // folded once for the three lookups, which do not copy it
	switch {
	case FemaleNames[string(l)]:
		return 'f'
	case MaleNames[string(l)]:
		return 'm'
	}
	return givenNameGender()[string(l)]
}

// GivenShortForms maps the commonest English short forms of given names
// to the formal name they shorten, as dictionaries of English given names
// list them ("Joe" is Joseph, "Bill" is William): a paper that writes
// "Joseph R. Biden Jr." and one that writes "Joe Biden" name one person.
// A short form of two formal names ("Steve": Steven and Stephen; "Ted":
// Edward and Theodore; "Harry", "Al", "Pat", "Sam") is not listed.
var GivenShortForms = map[string]string{
	"joe": "joseph", "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert",
	"rob": "robert", "jim": "james", "jimmy": "james", "mike": "michael", "tom": "thomas",
	"tommy": "thomas", "dick": "richard", "eddie": "edward", "tony": "anthony", "dan": "daniel",
	"danny": "daniel", "dave": "david", "ben": "benjamin", "ken": "kenneth", "nick": "nicholas",
	"pete": "peter", "ron": "ronald", "tim": "timothy", "greg": "gregory", "matt": "matthew",
	"andy": "andrew", "doug": "douglas", "chuck": "charles", "charlie": "charles", "hank": "henry",
	"liz": "elizabeth", "betsy": "elizabeth", "peggy": "margaret", "maggie": "margaret",
	"becky": "rebecca", "jenny": "jennifer", "mitch": "mitchell", "newt": "newton",
}
