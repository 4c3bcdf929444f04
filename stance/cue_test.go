package stance

import "testing"

func TestLookupCue(t *testing.T) {
	tests := []struct {
		word       string
		ok         bool
		class      cueClass
		participle bool
		base       bool
	}{
		{"said", true, cueSpeech, false, false},
		{"Says", true, cueSpeech, false, false},
		{"saying", true, cueSpeech, true, false},
		{"say", true, cueSpeech, false, true},
		{"added", true, cueSpeech, false, false},
		{"adding", true, cueSpeech, true, false},
		{"noted", true, cueSpeech, false, false},
		{"warns", true, cueSpeech, false, false},
		{"stressed", true, cueSpeech, false, false},
		{"told", true, cueTell, false, false},
		{"wrote", true, cueSpeech, false, false},
		{"denied", true, cueSpeech, false, false},
		{"believes", true, cueBelief, false, false},
		{"thought", true, cueBelief, false, false},
		{"plans", true, cuePlan, false, false},
		{"planned", true, cuePlan, false, false},
		{"shows", true, cueEvidence, false, false},
		{"found", true, cueEvidence, false, false},
		{"table", false, 0, false, false},
		{"", false, 0, false, false},
	}
	for _, tt := range tests {
		e, ok := lookupCue(tt.word)
		if ok != tt.ok || ok && (e.class != tt.class || e.participle != tt.participle || e.base != tt.base) {
			t.Errorf("lookupCue(%q) = %+v, %v; want class %d participle %v base %v, %v",
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
