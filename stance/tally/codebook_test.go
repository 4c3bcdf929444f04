package tally

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestReadCodebookErrors(t *testing.T) {
	tests := []struct{ name, csv, want string }{
		{"empty", "", "bad codebook: cb.csv: empty file: want a header name,aliases,type,gender,group,id"},
		{"unknown column", "name,party\n", `bad codebook: cb.csv:1: unknown column "party" (want name, aliases, type, gender, group, id)`},
		{"no name column", "aliases,type\n", "bad codebook: cb.csv:1: no name column"},
		{"bad type", "name,type\nAnna Berg,robot\n", `bad codebook: cb.csv:2: type "robot", want person, organisation, group, unknown, drop or empty`},
		{"bad gender", "name,gender\nAnna Berg,f\n", `bad codebook: cb.csv:2: gender "f", want female, male, unknown or empty`},
		{"alias of two actors", "name,aliases\nAnna Berg,Berg|the mayor\nTom Hale,the Mayor\n",
			`bad codebook: cb.csv:3: "the Mayor" is also an actor or alias at line 2 ("Anna Berg")`},
		{"no name", "name,aliases\n,Berg\n", "bad codebook: cb.csv:2: no name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCodebook(strings.NewReader(tt.csv), "cb.csv")
			if err == nil || err.Error() != tt.want || !errors.Is(err, ErrCodebook) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestCodebookRoundTrip(t *testing.T) {
	in := "name,aliases,type,gender,group,id\nAnna Berg,Berg|the mayor,person,female,Harbour Party,Q1\nHarbour Council,,organisation,,,\nJunk Name,,drop,,,\n"
	cb, err := ReadCodebook(strings.NewReader(in), "cb.csv")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteCodebook(&out, cb.Entries); err != nil {
		t.Fatal(err)
	}
	if out.String() != in {
		t.Errorf("round trip:\n%s\nwant\n%s", out.String(), in)
	}
	again, err := ReadCodebook(&out, "again")
	if err != nil || !reflect.DeepEqual(again.Entries, cb.Entries) {
		t.Errorf("read back %+v, %v", again, err)
	}
}

// TestCodebookSummary checks that a codebook pins names, merges aliases
// the rules cannot know, drops names, and sets types, genders and groups,
// winning over the evidence; and the group and gender rows.
func TestCodebookSummary(t *testing.T) {
	p := NewPartial(summaryStanceLabels, nil)
	o := func(speaker, stance, typ, gender string) Observation {
		return Observation{Speaker: speaker, Stance: stance, Confidence: 0.5, Type: typ, Gender: gender}
	}
	p.AddDocument([]Observation{o("Anna Berg", "support", TypePerson, GenderFemale), o("the Mayor", "oppose", "", "")})
	p.AddDocument([]Observation{o("Berg", "support", TypePerson, ""), o("Tom Hale", "oppose", TypePerson, GenderMale)})
	p.AddDocument([]Observation{o("Tom Hale", "oppose", TypePerson, GenderFemale), o("Menu", "neutral", TypeOrganisation, "")})
	p.AddDocument([]Observation{o("Rita Osei", "support", TypePerson, GenderFemale), o("Harbour Council", "neutral", TypeOrganisation, "")})
	cb, err := ReadCodebook(strings.NewReader("name,aliases,type,gender,group\nAnna Berg,the Mayor,,,Harbour Party\nRita Osei,,,,Harbour Party\nMenu,,drop,,\nTom Hale,,,,Coast League\n"), "cb")
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultSummaryOptions
	opts.Codebook = cb
	s, err := Summarize(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]SpeakerSummary{}
	for _, sp := range s.Speakers {
		got[sp.Name] = sp
	}
	if a := got["Anna Berg"]; a.Quotes != 3 || a.Type != TypePerson || a.Gender != GenderFemale || a.Group != "Harbour Party" ||
		!reflect.DeepEqual(a.Aliases, []string{"Berg", "the Mayor"}) {
		t.Errorf("Anna Berg = %+v", a)
	}
	if h := got["Tom Hale"]; h.Gender != GenderUnknown || h.Type != TypePerson {
		t.Errorf("Tom Hale, with evidence for both genders = %+v; want gender unknown", h)
	}
	if _, ok := got["Menu"]; ok || s.Dropped != 1 {
		t.Errorf("dropped name shown, or Dropped = %d", s.Dropped)
	}
	if c := got["Harbour Council"]; c.Type != TypeOrganisation || c.Gender != "" {
		t.Errorf("Harbour Council = %+v", c)
	}

	opts.By = ByGroup
	s, _ = Summarize(p, opts)
	if len(s.Speakers) != 2 || s.Speakers[0].Name != "Harbour Party" || s.Speakers[0].Quotes != 4 ||
		!reflect.DeepEqual(s.Speakers[0].Aliases, []string{"Anna Berg", "Rita Osei"}) {
		t.Errorf("by group: %+v", s.Speakers)
	}
	opts.By, opts.Codebook = ByGender, nil
	s, _ = Summarize(p, opts)
	rows := map[string]int{}
	for _, sp := range s.Speakers {
		rows[sp.Name] = sp.Quotes
	}
	// Without the codebook "the Mayor" is a name of its own with no evidence.
	if !reflect.DeepEqual(rows, map[string]int{GenderFemale: 3, GenderUnknown: 2}) {
		t.Errorf("by gender: %v", rows)
	}
	opts.By, opts.Types = ByActor, []string{TypeOrganisation}
	s, _ = Summarize(p, opts)
	if len(s.Speakers) != 2 {
		t.Errorf("--type organisation: %d rows, want 2 (Menu, Harbour Council)", len(s.Speakers))
	}
}

func TestDecideGender(t *testing.T) {
	for _, tt := range []struct {
		f, m int
		want string
	}{
		{0, 0, ""},
		{2, 0, GenderFemale},
		{0, 1, GenderMale},
		{1, 1, ""},
		{166, 1, GenderFemale}, // one stray pronoun among many articles
		{3, 37, GenderMale},
		{7, 3, ""}, // two people under one name
		{3, 1, ""}, // too little to outvote
		{8, 2, GenderFemale},
	} {
		if got := decideGender(map[string]int{GenderFemale: tt.f, GenderMale: tt.m}); got != tt.want {
			t.Errorf("decideGender(female %d, male %d) = %q, want %q", tt.f, tt.m, got, tt.want)
		}
	}
}
