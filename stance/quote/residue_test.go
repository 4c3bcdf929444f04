package quote

import "testing"

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
