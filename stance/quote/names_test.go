package quote

import (
	"testing"
)

func TestNormalizeRole(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"see Ohio Gov.", "Ohio governor"},
		{"Texas Sen", "Texas senator"},
		{"sales rep", "sales rep"},
		// how long a noun's role was held is no part of it; what someone
		// does keeps it; an age goes, an age and a place leave nothing;
		// a number that counts no time stays
		{"town's mayor since 2019", "town's mayor"},
		{"club's captain for six seasons", "club's captain"},
		{"governor of Vermont from 1985 to 1991", "governor of Vermont"},
		{"has run the village's fog-water committee since 2011", "run the village's fog-water committee since 2011"},
		{"lawyer for 40 households suing the district", "lawyer for 40 households suing the district"},
		{"34-year-old nurse", "nurse"},
		{"candidate in 2024 for the Senate", "candidate for the Senate"},
		{"59-year-old from Hilton Head", ""},
		{"owner of the Anchor pub", "owner of the Anchor pub"},
		{"Democratic presidential candidate Sen.", "Democratic presidential candidate"}, // a description, then the seat before the name
		{"Democratic presidential candidate senator", "Democratic presidential candidate"},
		{"former state senator", "former state senator"},
		{"lieutenant governor", "lieutenant governor"},
		{"Texas lieutenant governor", "Texas lieutenant governor"},
		{"spokesman for the", "spokesman"},
		{"best candidate but", "best candidate"},
		{"former", ""},
		{"Getty ImagesRepublican presidential candidate", "Republican presidential candidate"},
		{"AP PHOTOOhio governor", "Ohio governor"},
		{"MacArthur fellow", "MacArthur fellow"},
		{"LinkedIn founder", "LinkedIn founder"},
		{"chief executive of PlayStation", "chief executive of PlayStation"},
		{"spokesperson for StrideLoop", "spokesperson for StrideLoop"},
		{"StrideLoop spokesperson", "StrideLoop spokesperson"},
		{"secretary of state", "secretary of state"},
		{"Since President", "president"},
		{"Later councillor", "councillor"},
		{"Vice President", "vice president"},
		{"Valdoran Foreign Minister", "Valdoran foreign minister"},
		{"Secretary of State for Health", "secretary of state for health"},
		{"Minister for Humanitarian Aid", "minister for Humanitarian Aid"},
		{"Senate Majority Leader", "Senate majority leader"},
		{"House Speaker", "House speaker"},
		{"General Motors chief executive", "General Motors chief executive"},
		{"CEO", "CEO"},
		{"Another user", "user"},
		{"Republican presidential candidates Sen.", "senator"},
		{"members of the Senate Judiciary Committee", "members of the Senate Judiciary Committee"},
		{"former staff member for Maryland Republicans such as former Gov.", "former staff member for Maryland Republicans"},
		{"Chief Justice", "chief justice"},
		{"editor at large of The Forward", "editor at large of The Forward"},
		{"organiser with the Coalition for Real Justice", "organiser with the Coalition for Real Justice"},
		{"RNC Chief of Staff", "RNC chief of staff"},
		{"Mayor of Harbourton", "mayor of Harbourton"},
		{"agent for President Bill Clinton", "agent for President Bill Clinton"},
	} {
		if got := normalizeRole(tt.in); got != tt.want {
			t.Errorf("normalizeRole(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutClause(t *testing.T) {
	for role, want := range map[string]string{
		"governor of Vermont from 1985 to 1991 and speaks from personal experience": "governor of Vermont from 1985 to 1991",
		"vocal advocate of trade deals and wrote legislation":                       "vocal advocate of trade deals",
		"former Secret Service agent for President Bill Clinton has written a book": "former Secret Service agent",
		"provincial minister of finance at the time the tax was introduced":         "provincial minister of finance",
		"House hopeful Donald Trump threw famous reporter":                          "",
		"unquestionably the star of the final evening":                              "the star of the final evening",
		"family spokesman": "family spokesman",
		"labor secretary during the first term yet endorsed a rival":    "labor secretary during the first term",
		"top adviser to the senator and later worked at the foundation": "top adviser to the senator",
		"Daily Beast editor":                          "Daily Beast editor",
		"former Fed governor":                         "former Fed governor",
		"retired general and former commander":        "retired general and former commander",
		"Japanese journalist and author":              "Japanese journalist and author",
		"head of the Elected and Appointed Officials": "head of the Elected and Appointed Officials",
	} {
		if got := cutClause(role); got != want {
			t.Errorf("cutClause(%q) = %q, want %q", role, got, want)
		}
	}
}

func TestOrgLike(t *testing.T) {
	for name, want := range map[string]bool{"Low Water": true, "June Harrow": false, "Greyfield Homes": true, "Harbour Athletic": true,
		"Marrowby Foods Ltd.": true, "Anna Berg": false, "Tan Mei Ling": false, "Ministry of Health": true, "Bill": false, "": false,
		"Karoo Crest  Dairies": true, "Donald\u00a0Trump": false, "Sandgate\u00a0Council": true} {
		if got := orgLike(name); got != want {
			t.Errorf("orgLike(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCleanSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"Donald\u00a0Trump": "Donald Trump", "Fed governor  since 2014": "Fed governor since 2014",
		"Anna Berg": "Anna Berg", "": "", " Ana": "Ana", "Ana ": "Ana", "Ana\nBerg": "Ana Berg",
	} {
		if got := cleanSpaces(in); got != want {
			t.Errorf("cleanSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}
