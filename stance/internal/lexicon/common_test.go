package lexicon

import "testing"

func TestCommonWord(t *testing.T) {
	for w, want := range map[string]bool{
		"despite": true, "Despite": true, "YEAR": true, "rival": true, "Veteran": true, "later": true,
		"Bill": false, "mark": false, "Chuck": false, "Rich": false, "Hillary": false, "Cruz": false,
		"": false, "a": false, "xqzv": false,
	} {
		if got := CommonWord(w); got != want {
			t.Errorf("CommonWord(%q) = %v, want %v", w, got, want)
		}
	}
	list := commonList()
	if len(list) < 30000 {
		t.Fatalf("%d common words: data/common-words.txt is cut", len(list))
	}
	for i := 1; i < len(list); i++ {
		if list[i-1] >= list[i] {
			t.Fatalf("common words not sorted at %q, %q: run scripts/gen-common-words.sh", list[i-1], list[i])
		}
	}
}

func BenchmarkCommonWord(b *testing.B) {
	words := []string{"Despite", "Hillary", "Year", "Cruz", "Veteran", "Obama"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		CommonWord(words[i%len(words)])
	}
}
