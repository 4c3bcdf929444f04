package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestActorsCodebookRoundTrip checks that the codebook "stance actors"
// writes, given back with --actors, gives the same actors: a user can
// bootstrap a codebook, edit it and feed it back.
func TestActorsCodebookRoundTrip(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "actors.csv")
	samples := filepath.Join("..", "..", "data", "samples")
	if code, _, stderr := runCLI(t, "", "actors", "--format", "csv", "-o", first, samples); code != 0 {
		t.Fatalf("actors: exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(first)
	if !strings.HasPrefix(string(b), "name,aliases,type,gender,group,id\n") || strings.Count(string(b), "\n") < 20 {
		t.Fatalf("codebook:\n%s", b)
	}
	code, again, stderr := runCLI(t, "", "actors", "--format", "csv", "--actors", first, samples)
	if code != 0 {
		t.Fatalf("actors --actors: exit %d: %s", code, stderr)
	}
	if again != string(b) {
		t.Errorf("the codebook given back changed the actors:\n%s\nwant\n%s", again, b)
	}
	// An edit wins over the rules: a name pinned, an alias merged, a group set.
	edited := strings.Replace(string(b), "\nSigrid Aalberg,", "\nSigrid Aalberg,Aalberg|the envoy", 1)
	edited = strings.Replace(edited, "\nTom Bracken,,person,male,,\n", "\nTom Bracken,,person,male,doctors,Q42\n", 1)
	os.WriteFile(first, []byte(edited), 0o644)
	code, out, stderr := runCLI(t, "", "analyze", "--actors", first, "--format", "csv", samples)
	if code != 0 || !strings.Contains(out, ",person,male,doctors,Q42,0\n") {
		t.Errorf("analyze --actors: exit %d, %s\n%s", code, stderr, out)
	}
}

func TestActorsErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("name,aliases\nAnna Berg,Berg\nTom Berg,berg\n"), 0o644)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"analyze", "--actors", bad, "x.txt"}, 1, "stance: bad codebook: " + bad + `:3: "berg" is also an actor or alias at line 2 ("Anna Berg")` + "\n"},
		{[]string{"analyze", "--by", "group", "x.txt"}, 2, "stance: --by group: needs a codebook with groups (--actors FILE)\nRun 'stance analyze -h' for usage.\n"},
		{[]string{"analyze", "--type", "robot", "x.txt"}, 2, "stance: --type: unknown type \"robot\" (want person, organisation, group or unknown)\nRun 'stance analyze -h' for usage.\n"},
		{[]string{"actors", "--format", "json", "x.txt"}, 2, "stance: --format: unknown format \"json\" (want table or csv)\nRun 'stance actors -h' for usage.\n"},
	}
	for _, tt := range tests {
		code, _, stderr := runCLI(t, "", tt.args...)
		if code != tt.code || stderr != tt.want {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}
