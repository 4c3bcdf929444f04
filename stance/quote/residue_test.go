package quote

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

func TestIsResidue(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Skip to Content Facebook Feature Image", true},
		{"Recommended Articles", true},
		{"Share Tweet Email Print", true},
		{"2031-07-14 09:12 Last Updated At:10:40", true},
		{"--", true},
		{"Lakeside council votes to rebuild the old ferry pier", false},
		{"The council voted on Tuesday to rebuild the pier.", false},
		{"Mayor Ana Ruiz said the pier would reopen in May.", false},
	}
	for _, tt := range tests {
		if got := isResidue(tt.text); got != tt.want {
			t.Errorf("isResidue(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestRepeatedParagraphsAreResidue(t *testing.T) {
	text := "Ferry returns to Lakeside\n\nThe ferry returned, the captain said.\n\nFerry returns to Lakeside\n\nFerry returns to Lakeside"
	x := &extractor{text: text, opts: DefaultOptions}
	x.run()
	var got []bool
	for _, p := range x.paras {
		got = append(got, p.residue)
	}
	want := []bool{false, false, true, true}
	if len(got) != len(want) {
		t.Fatalf("got %d paragraphs, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d residue = %v, want %v", i, got[i], want[i])
		}
	}
}

// isResidueRef is the first, plainer form of isResidue, kept to check the
// one-pass form against.
func isResidueRef(s string) bool {
	if len(s) > 200 {
		return false
	}
	words, nav, digits, letters := 0, 0, 0, 0
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words++
		if lexicon.NavigationWords[strings.ToLower(f)] {
			nav++
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if words == 0 || letters < 3 {
		return true
	}
	if digits > letters {
		return true
	}
	ls := strings.ToLower(s)
	if len(s) < 80 {
		for _, ph := range lexicon.NavigationPhrases {
			if strings.Contains(ls, ph) {
				return true
			}
		}
	}
	last := s[len(s)-1]
	ended := last == '.' || last == '!' || last == '?' || last == '"'
	return !ended && words <= 8 && nav*2 >= words
}

func TestIsResidueMatchesReference(t *testing.T) {
	paras := []string{"", "Home | News | Sport", "12:45 GMT", "Share this article", "Read more", "Ça va. Été 2024",
		"Sign up for our newsletter", "ÉDITION FRANÇAISE", "Posted 3 hours ago", "By Anna Berg and Tom Hale"}
	for _, text := range benchTexts(t) {
		paras = append(paras, strings.Split(text, "\n")...)
	}
	for _, p := range paras {
		if got, want := isResidue(p), isResidueRef(p); got != want {
			t.Errorf("isResidue(%q) = %v, reference %v", p, got, want)
		}
	}
}
