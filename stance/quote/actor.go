package quote

// What kind of actor a resolved speaker is, and, for a person, the gender
// the document shows.

import (
	"strings"

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
// honorific, a first name from the name lists, "he" or "she" resolved to
// them), or Unknown. A person is a name the document registers as one;
// a group is a plural of people ("analysts", "Labour MPs"); an
// organisation has an organisation word ("Council", "Ministry", "Ltd");
// anything else is Unknown.
func (r *resolver) speakerKind(name string) (typ, gender string) {
	if name == "" {
		return "", ""
	}
	if i, ok := r.byName[name]; ok {
		switch r.ents[i].gender {
		case 'f':
			return Person, Female
		case 'm':
			return Person, Male
		}
		return Person, Unknown
	}
	words := strings.Fields(name)
	last := strings.Trim(words[len(words)-1], ",.;:")
	if lexicon.InFold(lexicon.GroupHeads, last) || lexicon.InFold(lexicon.OrgPlurals, last) {
		return Group, ""
	}
	for _, w := range words {
		if lexicon.InFold(lexicon.OrgWords, strings.Trim(w, ",.;:")) {
			return Organisation, ""
		}
	}
	return Unknown, ""
}
