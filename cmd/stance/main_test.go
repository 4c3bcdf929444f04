package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the program in-process and returns its exit status and output.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	code = exitCode(err, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("\"We will build the bridge,\" said Mayor Anna Berg.\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string // substring
	}{
		{"no command", nil, 2, "stance: no command given"},
		{"unknown command", []string{"frobnicate"}, 2, `stance: unknown command "frobnicate"`},
		{"help", []string{"--help"}, 0, ""},
		{"version", []string{"version"}, 0, ""},
		{"unknown flag", []string{"quotes", "--bogus", good}, 2, "stance: unknown flag: --bogus\nRun 'stance quotes -h' for usage.\n"},
		{"unknown format", []string{"quotes", "--format", "xml", good}, 2, `--format: unknown format "xml" (want table, jsonl or csv)`},
		{"no paths", []string{"quotes"}, 2, "quotes: no input paths"},
		{"command help", []string{"quotes", "-h"}, 0, ""},
		{"good file", []string{"quotes", good}, 0, ""},
		{"missing file still processes the rest", []string{"quotes", filepath.Join(dir, "nope.txt"), good}, 1,
			"stance: warning: " + filepath.Join(dir, "nope.txt") + ": no such file or directory"},
		{"empty file", []string{"quotes", empty}, 1, "stance: warning: " + empty + ": empty document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantStderr)
			}
		})
	}
}

func TestQuotesJSONLContract(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"\\\"We will build the bridge,\\\" said Mayor Anna Berg.\"}\nnot json\n{\"id\":\"b\",\"text\":\"Nothing was said here.\"}\n"
	code, stdout, stderr := runCLI(t, in, "quotes", "--format", "jsonl", "-")
	if code != 1 || !strings.Contains(stderr, "-:2: bad record") {
		t.Fatalf("code = %d, stderr = %q; want 1 and a warning for line 2", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d output lines, want 2 (one per good document):\n%s", len(lines), stdout)
	}
	var rec struct {
		Doc    string `json:"doc"`
		Path   string `json:"path"`
		Quotes []struct {
			Text    string   `json:"text"`
			Content [][2]int `json:"content"`
			Source  *[2]int  `json:"source"`
			Cue     *[2]int  `json:"cue"`
			Speaker *string  `json:"speaker"`
			Role    *string  `json:"role"`
			Kind    string   `json:"kind"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Doc != "a" || rec.Path != "-" || len(rec.Quotes) != 1 {
		t.Fatalf("record = %+v", rec)
	}
	q := rec.Quotes[0]
	if q.Kind != "direct" || q.Speaker == nil || *q.Speaker != "Anna Berg" || q.Source == nil || q.Cue == nil {
		t.Errorf("quote = %+v", q)
	}
	if !strings.Contains(lines[1], `"quotes":[]`) {
		t.Errorf("a document without quotes should have \"quotes\":[], got %s", lines[1])
	}
}
