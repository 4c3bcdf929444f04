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
