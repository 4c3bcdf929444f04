package lexicon

import "testing"

func TestLookupCue(t *testing.T) {
	tests := []struct {
		word       string
		ok         bool
		class      CueClass
		participle bool
		base       bool
	}{
		{"said", true, CueSpeech, false, false},
		{"Says", true, CueSpeech, false, false},
		{"saying", true, CueSpeech, true, false},
		{"say", true, CueSpeech, false, true},
		{"added", true, CueSpeech, false, false},
		{"adding", true, CueSpeech, true, false},
		{"noted", true, CueSpeech, false, false},
		{"warns", true, CueSpeech, false, false},
		{"stressed", true, CueSpeech, false, false},
		{"told", true, CueTell, false, false},
		{"wrote", true, CueSpeech, false, false},
		{"denied", true, CueSpeech, false, false},
		{"believes", true, CueBelief, false, false},
		{"thought", true, CueBelief, false, false},
		{"plans", true, CuePlan, false, false},
		{"planned", true, CuePlan, false, false},
		{"shows", true, CueEvidence, false, false},
		{"found", true, CueEvidence, false, false},
		{"table", false, 0, false, false},
		{"", false, 0, false, false},
	}
	for _, tt := range tests {
		e, ok := LookupCue(tt.word)
		if ok != tt.ok || ok && (e.Class != tt.class || e.Participle != tt.participle || e.Base != tt.base) {
			t.Errorf("LookupCue(%q) = %+v, %v; want class %d participle %v base %v, %v",
				tt.word, e, ok, tt.class, tt.participle, tt.base, tt.ok)
		}
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		base string
		want [4]string
	}{
		{"note", [4]string{"note", "noted", "noting", "notes"}},
		{"add", [4]string{"add", "added", "adding", "adds"}},
		{"deny", [4]string{"deny", "denied", "denying", "denies"}},
		{"stress", [4]string{"stress", "stressed", "stressing", "stresses"}},
		{"say", [4]string{"say", "sayed", "saying", "says"}}, // irregular past given in the lexicon
	}
	for _, tt := range tests {
		got := inflect(tt.base)
		if [4]string(got) != tt.want {
			t.Errorf("inflect(%q) = %q, want %q", tt.base, got, tt.want)
		}
	}
}
