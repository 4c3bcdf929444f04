package lexicon

import "testing"

// TestClassOf checks that a class bit answers exactly as the list does, for
// every word of every list in three letter cases and for words in none.
func TestClassOf(t *testing.T) {
	words := map[string]bool{"": true, "zzqx": true, "Smith": true, "a-very-long-word-that-is-longer-than-any-list": true}
	for _, set := range classLists {
		for w := range set {
			words[w] = true
		}
	}
	for w := range cues {
		words[w] = true
	}
	for w := range MultiCues {
		words[w] = true
	}
	for w := range words {
		for _, v := range []string{w, Lower(w), upperFirst(w)} {
			c := ClassOf(v)
			for i, set := range classLists {
				if got, want := c&(1<<i) != 0, InFold(set, v); got != want {
					t.Errorf("ClassOf(%q) bit %d = %v, InFold = %v", v, i, got, want)
				}
			}
			_, cue := LookupCue(v)
			_, multi := MultiCues[Lower(v)]
			if c&CCue != 0 != cue || c&CMultiCue != 0 != multi {
				t.Errorf("ClassOf(%q): cue bits %v %v, lookups %v %v", v, c&CCue != 0, c&CMultiCue != 0, cue, multi)
			}
			if c&CCommon != 0 {
				t.Errorf("ClassOf(%q) has CCommon", v)
			}
		}
	}
	if len(classLists)+3 > 62 {
		t.Fatalf("%d lists leave no bits for the cue and common classes and two marks of a caller", len(classLists))
	}
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
