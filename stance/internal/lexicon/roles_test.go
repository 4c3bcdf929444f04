package lexicon

import "testing"

func TestIsNationalityNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"Brazilian": true, "Swede": true, "dane": true, "Welshman": true, "IRISHWOMAN": true, "Iraqi": true,
		"Danish": false, "Chinese": false, "French": false, "Swiss": false, "British": false,
		"Sweden": false, "TD": false, "midfielder": false, "": false,
	} {
		if got := IsNationalityNoun(w); got != want {
			t.Errorf("IsNationalityNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestNationalityNouns(t *testing.T) {
	for noun, adj := range NationalityNouns {
		if !Nationalities[adj] {
			t.Errorf("NationalityNouns[%q] = %q, which Nationalities lacks", noun, adj)
		}
	}
}

func TestRoleGender(t *testing.T) {
	for role, want := range map[string]byte{
		"spokeswoman for Lantern Pay":          'f',
		"Murphy's spokeswoman":                 'f',
		"father of six":                        'm',
		"47-year-old father of six":            'm',
		"chairman of the board":                0, // women in the chair are called so too
		"son Ghassan and daughter-in-law":      0, // the head is no role noun
		"lawyer for the mother":                0,
		"German's brother and fellow comedian": 'm',
		"":                                     0,
	} {
		if got := RoleGender(role); got != want {
			t.Errorf("RoleGender(%q) = %q, want %q", role, got, want)
		}
	}
}

func TestIsRoleNounAgentIst(t *testing.T) {
	for w, want := range map[string]bool{
		"environmentalist": true, "conservationist": true, "publicist": true, "Novelist": true, "loyalist": true,
		"insist": false, "persist": false, "exist": false, "checklist": false, "shortlist": false, "playlist": false,
		"wrist": false, "twist": false,
	} {
		if got := IsRoleNoun(w); got != want {
			t.Errorf("IsRoleNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsDemonym(t *testing.T) {
	for w, want := range map[string]bool{
		"Cuban": true, "Ohioan": true, "Texan": true, "Floridian": true, "Chilean": true, "Brazilian": true,
		"Hawaiian": true, "Mexican": true, "Samoan": true, "Chinese": true, "Icelandic": true,
		"Katipunan": false, "Morgan": false, "Tran": false, "Jordan": false, "Van": false, "Logan": false,
	} {
		if got := IsDemonym(w); got != want {
			t.Errorf("IsDemonym(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTradesman checks the -man and -woman trades: compounds of a common
// noun in lower case are role nouns; surnames, "human" and the like are not.
func TestTradesman(t *testing.T) {
	for w, want := range map[string]bool{
		"donkeyman": true, "milkman": true, "doorman": true, "groundsman": true,
		"Goldman": false, "Chapman": false, "human": false, "layman": false, "German": false, "woman": false,
	} {
		if got := IsRoleNoun(w); got != want {
			t.Errorf("IsRoleNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
