package lexicon

import "testing"

func TestGivenNameGender(t *testing.T) {
	for _, tt := range []struct {
		name string
		want byte
	}{
		{"Neil", 'm'}, {"GARETH", 'm'}, {"joanne", 'f'}, {"Dolores", 'f'},
		{"Alex", 0}, {"Jess", 0}, {"Dani", 0}, // on both lists
		{"Zqxw", 0}, {"", 0}, {"the", 0},
	} {
		if got := GivenNameGender(tt.name); got != tt.want {
			t.Errorf("GivenNameGender(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	// The hand lists, kept for today's usage (Madison is a woman's name
	// now, Bibi a man's nickname), win over the long lists.
	for w := range FemaleNames {
		if g := GivenNameGender(w); g != 'f' {
			t.Errorf("GivenNameGender(%q) = %q, FemaleNames says f", w, g)
		}
	}
	for w := range MaleNames {
		if g := GivenNameGender(w); g != 'm' && !FemaleNames[w] {
			t.Errorf("GivenNameGender(%q) = %q, MaleNames says m", w, g)
		}
	}
}
