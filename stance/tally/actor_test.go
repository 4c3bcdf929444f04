package tally

import (
	"maps"
	"strings"
	"testing"
)

func TestCanonicalActors(t *testing.T) {
	tests := []struct {
		name   string
		counts map[string]int
		want   map[string]string
	}{
		{
			name:   "a generation's suffix: the formal name of a short form is one person, a son who shares the father's name is not",
			counts: map[string]int{"Joe Biden": 36, "Joseph R. Biden Jr.": 18, "Biden": 5, "Donald Trump": 800, "Donald Trump Jr.": 6, "Trump": 40},
			want: map[string]string{"Joe Biden": "Joe Biden", "Joseph R. Biden Jr.": "Joe Biden", "Biden": "Joe Biden",
				"Donald Trump": "Donald Trump", "Donald Trump Jr.": "Donald Trump Jr.", "Trump": "Donald Trump"},
		},
		{
			name:   "surname joins the only full name",
			counts: map[string]int{"Khalidi": 2, "Bushra Khalidi": 1},
			want:   map[string]string{"Khalidi": "Bushra Khalidi", "Bushra Khalidi": "Bushra Khalidi"},
		},
		{
			name:   "two Khalidis make the surname ambiguous",
			counts: map[string]int{"Khalidi": 2, "Bushra Khalidi": 1, "Rashid Khalidi": 4},
			want:   map[string]string{"Khalidi": "Khalidi", "Bushra Khalidi": "Bushra Khalidi", "Rashid Khalidi": "Rashid Khalidi"},
		},
		{
			name:   "a full name with a middle name",
			counts: map[string]int{"Hillary Clinton": 400, "Hillary Rodham Clinton": 16},
			want:   map[string]string{"Hillary Clinton": "Hillary Clinton", "Hillary Rodham Clinton": "Hillary Clinton"},
		},
		{
			name:   "surname-first two-word name",
			counts: map[string]int{"Wang": 3, "Wang Yi": 1, "Lavrov": 1, "Sergey Lavrov": 1},
			want:   map[string]string{"Wang": "Wang Yi", "Wang Yi": "Wang Yi", "Lavrov": "Sergey Lavrov", "Sergey Lavrov": "Sergey Lavrov"},
		},
		{
			name:   "first word of a three-word name is not a form of it",
			counts: map[string]int{"Martin": 1, "Martin Luther King": 1, "King": 1, "Luther King": 1},
			want:   map[string]string{"Martin": "Martin", "Martin Luther King": "Martin Luther King", "King": "Martin Luther King", "Luther King": "Martin Luther King"},
		},
		{
			name:   "transitive through a two-word name, shown under the name that opens with a given name",
			counts: map[string]int{"Wang": 1, "Wang Yi": 1, "Foreign Minister Wang Yi": 1},
			want:   map[string]string{"Wang": "Wang Yi", "Wang Yi": "Wang Yi", "Foreign Minister Wang Yi": "Wang Yi"},
		},
		{
			name:   "ambiguity propagates down a chain",
			counts: map[string]int{"Yi": 1, "Wang Yi": 1, "Mr Wang Yi": 1, "Dr Wang Yi": 1},
			want:   map[string]string{"Yi": "Yi", "Wang Yi": "Wang Yi", "Mr Wang Yi": "Mr Wang Yi", "Dr Wang Yi": "Dr Wang Yi"},
		},
		{
			name:   "spellings differing in case are one name, shown as the most quoted",
			counts: map[string]int{"WANG YI": 1, "Wang  Yi": 5, "Wang": 1},
			want:   map[string]string{"WANG YI": "Wang  Yi", "Wang  Yi": "Wang  Yi", "Wang": "Wang  Yi"},
		},
		{
			name: "descriptions, places, nationalities, datelines and common words are no short forms",
			counts: map[string]int{"state officials": 2, "officials": 3, "West Virginia": 1, "Virginia": 2, "Ohio Governor": 1, "Ohio": 1,
				"Russian Leader": 1, "Russian": 1, "Jeremy Paris": 1, "PARIS": 1, "Rex Early": 1, "Early": 1, "Tom Hale": 2, "Hale": 1},
			want: map[string]string{"state officials": "state officials", "officials": "officials", "West Virginia": "West Virginia",
				"Virginia": "Virginia", "Ohio Governor": "Ohio Governor", "Ohio": "Ohio", "Russian Leader": "Russian Leader", "Russian": "Russian",
				"Jeremy Paris": "Jeremy Paris", "PARIS": "PARIS", "Rex Early": "Rex Early", "Early": "Early", "Tom Hale": "Tom Hale", "Hale": "Tom Hale"},
		},
		{
			name:   "organisations have no shorter forms",
			counts: map[string]int{"China": 2, "China Daily": 1, "ministry": 1, "Foreign Ministry": 3, "Daily": 1},
			want: map[string]string{"China": "China", "China Daily": "China Daily", "ministry": "ministry",
				"Foreign Ministry": "Foreign Ministry", "Daily": "Daily"},
		},
		{
			name:   "spelling ties break in byte order",
			counts: map[string]int{"Oxfam": 2, "OXFAM": 2},
			want:   map[string]string{"Oxfam": "OXFAM", "OXFAM": "OXFAM"},
		},
		{
			name:   "blank names are left out",
			counts: map[string]int{"": 3, "  ": 1, "Lavrov": 1},
			want:   map[string]string{"Lavrov": "Lavrov"},
		},
		{
			name:   "one article's glued word does not rename the actor",
			counts: map[string]int{"Despite Ted Cruz": 2, "Ted Cruz": 9, "Cruz": 30},
			want:   map[string]string{"Despite Ted Cruz": "Ted Cruz", "Ted Cruz": "Ted Cruz", "Cruz": "Ted Cruz"},
		},
		{
			name:   "middle initials",
			counts: map[string]int{"Donald J. Trump": 3, "Donald Trump": 8, "Trump": 20},
			want:   map[string]string{"Donald J. Trump": "Donald Trump", "Donald Trump": "Donald Trump", "Trump": "Donald Trump"},
		},
		{
			name:   "initials that tell people apart",
			counts: map[string]int{"George W. Bush": 3, "George H. W. Bush": 2, "George Bush": 4},
			want:   map[string]string{"George W. Bush": "George W. Bush", "George H. W. Bush": "George H. W. Bush", "George Bush": "George Bush"},
		},
		{
			name:   "unrelated names stay apart",
			counts: map[string]int{"Putin": 1, "Xi Jinping": 1, "Jinping": 1},
			want:   map[string]string{"Putin": "Putin", "Xi Jinping": "Xi Jinping", "Jinping": "Xi Jinping"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := canonicalActors(tt.counts)
			if !maps.Equal(got, tt.want) {
				t.Errorf("canonicalActors(%v)\n got %v\nwant %v", tt.counts, got, tt.want)
			}
		})
	}
}

// FuzzCanonicalActors checks, for any names, that every name gets an
// actor, that an actor's name is its own actor and one of the names, and
// that a name of two or more words never joins a one-word actor.
func FuzzCanonicalActors(f *testing.F) {
	f.Add("Khalidi\nBushra Khalidi\nRashid Khalidi\nWang\nWang Yi")
	f.Add("  \n\t\nÉLYSÉE\nélysée palace\nx y z\ny z\nz")
	f.Fuzz(func(t *testing.T, in string) {
		counts := map[string]int{}
		for i, name := range strings.Split(in, "\n") {
			counts[name] += i + 1
		}
		actors := canonicalActors(counts)
		for name := range counts {
			actor, ok := actors[name]
			if actorKey(name) == "" {
				if ok {
					t.Errorf("blank name %q got actor %q", name, actor)
				}
				continue
			}
			if !ok {
				t.Fatalf("name %q has no actor", name)
			}
			if again := actors[actor]; again != actor {
				t.Errorf("actor %q of %q maps to %q, not itself", actor, name, again)
			}
			if _, ok := counts[actor]; !ok {
				t.Errorf("actor %q of %q is none of the names", actor, name)
			}
			if len(strings.Fields(actor)) < 2 && len(strings.Fields(name)) >= 2 {
				t.Errorf("name %q joined the one-word actor %q", name, actor)
			}
		}
	})
}

// TestCanonicalActorsByRole checks that a role settles a short name that
// two full names could own, and only when one of them has it (neither
// full name dominates the corpus here).
func TestCanonicalActorsByRole(t *testing.T) {
	counts := map[string]int{"Obama": 79, "Barack Obama": 69, "Michelle Obama": 40}
	tests := []struct {
		name  string
		roles map[string]string
		want  string
	}{
		{"the president's role", map[string]string{"Obama": "President", "Barack Obama": "president", "Michelle Obama": "first lady"}, "Barack Obama"},
		{"two with the role", map[string]string{"Obama": "President", "Barack Obama": "President", "Michelle Obama": "President"}, "Obama"},
		{"no role", map[string]string{"Barack Obama": "President", "Michelle Obama": "first lady"}, "Obama"},
		{"no roles at all", nil, "Obama"},
	}
	for _, tt := range tests {
		info := map[string]nameInfo{}
		for n, r := range tt.roles {
			info[n] = nameInfo{role: r}
		}
		if got := canonicalActorsWith(counts, info)["Obama"]; got != tt.want {
			t.Errorf("%s: Obama -> %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCanonicalActorsByDominance checks that a short name two full names
// could own goes to the one quoted at least ten times as often as the
// others together, and 20 times at least, counting the short forms
// already theirs.
func TestCanonicalActorsByDominance(t *testing.T) {
	tests := []struct {
		name   string
		counts map[string]int
		want   string
	}{
		{"one dominates", map[string]int{"Trump": 30, "Donald Trump": 700, "Eric Trump": 20, "Ivanka Trump": 15}, "Donald Trump"},
		{"with the forms already his", map[string]int{"Trump": 30, "Donald Trump": 200, "Donald J. Trump": 180, "Eric Trump": 25}, "Donald Trump"},
		{"not ten times", map[string]int{"Trump": 30, "Donald Trump": 300, "Eric Trump": 20, "Ivanka Trump": 15}, "Trump"},
		{"too few quotes", map[string]int{"Hale": 3, "Tom Hale": 19, "Ann Hale": 1}, "Hale"},
	}
	for _, tt := range tests {
		if got := canonicalActorsWith(tt.counts, nil)["Trump"]; tt.counts["Trump"] > 0 && got != tt.want {
			t.Errorf("%s: Trump -> %q, want %q", tt.name, got, tt.want)
		}
		if got := canonicalActorsWith(tt.counts, nil)["Hale"]; tt.counts["Hale"] > 0 && got != tt.want {
			t.Errorf("%s: Hale -> %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCanonicalActorsByEvidence checks that a short name does not join a
// full name whose gender its own evidence contradicts, nor, as an
// organisation, a person's name.
func TestCanonicalActorsByEvidence(t *testing.T) {
	tests := []struct {
		name   string
		counts map[string]int
		info   map[string]nameInfo
		short  string // the name looked up
		want   string
	}{
		{"organisation and person", map[string]int{"Bloomberg": 3, "Michael Bloomberg": 3},
			map[string]nameInfo{"Bloomberg": {typ: TypeOrganisation}, "Michael Bloomberg": {typ: TypePerson}}, "Bloomberg", "Bloomberg"},
		{"a woman and a man", map[string]int{"Menendez": 1, "Robert Menendez": 4},
			map[string]nameInfo{"Menendez": {typ: TypePerson, gender: GenderFemale}, "Robert Menendez": {typ: TypePerson, gender: GenderMale}}, "Menendez", "Menendez"},
		{"the same man", map[string]int{"Menendez": 1, "Robert Menendez": 4},
			map[string]nameInfo{"Menendez": {typ: TypePerson, gender: GenderMale}, "Robert Menendez": {typ: TypePerson, gender: GenderMale}}, "Menendez", "Robert Menendez"},
		{"nothing known", map[string]int{"Menendez": 1, "Robert Menendez": 4}, nil, "Menendez", "Robert Menendez"},
		{"a person's name taken for an organisation's", map[string]int{"Roy Blunt": 2, "Missouri Republican Roy Blunt": 1},
			map[string]nameInfo{"Roy Blunt": {typ: TypePerson}, "Missouri Republican Roy Blunt": {typ: TypeOrganisation}}, "Missouri Republican Roy Blunt", "Roy Blunt"},
		{"the other full name fits", map[string]int{"Menendez": 1, "Robert Menendez": 4, "Ana Menendez": 1},
			map[string]nameInfo{"Menendez": {gender: GenderFemale}, "Robert Menendez": {gender: GenderMale}, "Ana Menendez": {gender: GenderFemale}}, "Menendez", "Ana Menendez"},
	}
	for _, tt := range tests {
		if got := canonicalActorsWith(tt.counts, tt.info)[tt.short]; got != tt.want {
			t.Errorf("%s: %s -> %q, want %q", tt.name, tt.short, got, tt.want)
		}
	}
}
