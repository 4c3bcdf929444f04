package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedPage pins the extraction from the page the project was specified
// from: a scraped news page with navigation, repeated headlines and a
// "Recommended Articles" tail.
func TestSeedPage(t *testing.T) {
	path := filepath.Join(sharedDir, "data/seed/article.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed page not available (%v); it lives in ../shared beside the repository", err)
	}
	text := string(b)
	qs := Extract(text, DefaultOptions)
	checkQuotes(t, text, qs)

	count := map[string]int{}
	roles := map[string]string{}
	for _, q := range qs {
		count[q.Speaker]++
		if q.Role != "" {
			roles[q.Speaker] = q.Role
		}
	}
	for _, tt := range []struct {
		speaker string
		min     int
		roleHas string
	}{
		{"Wang Yi", 5, "foreign minister"},
		{"Sergey Lavrov", 5, "foreign minister"},
		{"Bushra Khalidi", 4, "Oxfam"},
		{"Hadja Lahbib", 1, "European commissioner"},
	} {
		if count[tt.speaker] < tt.min {
			t.Errorf("%s: got %d statements, want at least %d (all: %v)", tt.speaker, count[tt.speaker], tt.min, count)
		}
		if !strings.Contains(roles[tt.speaker], tt.roleHas) {
			t.Errorf("%s: got role %q, want one naming %q", tt.speaker, roles[tt.speaker], tt.roleHas)
		}
	}
	for _, name := range []string{"China", "Facebook", "Skip", "Xi Jinping", "Vladimir Putin", "Chinese", "Russia"} {
		if count[name] > 0 {
			t.Errorf("speaker %q got %d statements; it is mentioned, not quoted", name, count[name])
		}
	}
	// Every pronoun source goes to the person last speaking.
	for _, tt := range []struct{ contentStart, speaker string }{
		{"China is willing to work with Russia to shoulder", "Wang Yi"},
		{"China is also ready to work with Russia", "Wang Yi"},
		{"Russia highly appreciates", "Sergey Lavrov"},
		{"\"It's winter here in Palestine", "Bushra Khalidi"},
		{"that the operating environment", "Bushra Khalidi"},
	} {
		found := false
		for _, q := range qs {
			if strings.HasPrefix(q.Text, tt.contentStart) {
				found = true
				if q.Speaker != tt.speaker {
					t.Errorf("%q...: got speaker %q, want %q", tt.contentStart, q.Speaker, tt.speaker)
				}
			}
		}
		if !found {
			t.Errorf("no statement starting %q", tt.contentStart)
		}
	}
	// Nothing from the page furniture.
	for _, q := range qs {
		for _, c := range q.Content {
			if strings.Contains(c.Text(text), "Recommended Articles") || strings.Contains(c.Text(text), "Skip to Content") {
				t.Errorf("statement from page residue: %q", q.Text)
			}
		}
	}
}
