package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestDocCommentCommands keeps the usage in the doc comment (doc.go) in step
// with the commands the program has: every command it lists exists and
// answers -h, and every command is listed.
func TestDocCommentCommands(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^//\tstance (\w+)`).FindAllStringSubmatch(string(src), -1) {
		listed[m[1]] = true
	}
	for _, c := range newRoot(env{}).Commands() {
		name := c.Name()
		if !listed[name] {
			t.Errorf("command %q is missing from the doc comment in doc.go", name)
		}
		delete(listed, name)
		code, stdout, stderr := runCLI(t, "", name, "-h")
		if code != 0 {
			t.Errorf("stance %s -h: exit %d, stderr %q", name, code, stderr)
		}
		if !strings.Contains(stdout, "Usage:\n  stance "+name) && name != "completion" {
			t.Errorf("stance %s -h does not print its usage:\n%s", name, stdout)
		}
	}
	for name := range listed {
		t.Errorf("the doc comment lists %q, which is not a command", name)
	}
}

// TestDocExamples runs every example command of the manual (the lines
// "$ stance ..." in doc.go), in order, on the repository's sample data:
// each must exit 0 and print something or write the file it names. Paths
// under data/ are read from the repository; other files (models, parts,
// redirections) live in one temporary directory shared by the examples,
// so a later example can read what an earlier one wrote.
func TestDocExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model; skipped with -short")
	}
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	examples := regexp.MustCompile(`(?m)^//\t\$ stance (.+)$`).FindAllStringSubmatch(string(src), -1)
	if len(examples) < 8 {
		t.Fatalf("found %d examples in doc.go, want at least 8", len(examples))
	}
	dir := t.TempDir()
	local := func(arg string) string {
		switch {
		case strings.HasPrefix(arg, "data/"):
			return filepath.Join("..", "..", filepath.FromSlash(arg))
		case strings.HasSuffix(arg, ".model") || strings.HasSuffix(arg, ".json") || strings.HasSuffix(arg, ".jsonl") || strings.HasSuffix(arg, ".csv"),
			strings.HasSuffix(arg, ".html") || strings.HasSuffix(arg, ".svg") || strings.HasSuffix(arg, ".png"):
			return filepath.Join(dir, arg)
		}
		return arg
	}
	for _, m := range examples {
		line := m[1]
		args := strings.Fields(line)
		redirect := ""
		if i := slices.Index(args, ">"); i >= 0 {
			redirect, args = local(args[i+1]), args[:i]
		}
		written := ""
		for i := range args {
			args[i] = local(args[i])
			if i > 0 && args[i-1] == "-o" {
				written = args[i]
			}
		}
		code, stdout, stderr := runCLI(t, "", args...)
		t.Logf("stance %s: exit %d, %d bytes out", line, code, len(stdout))
		if code != 0 {
			t.Errorf("stance %s: exit %d\n%s", line, code, stderr)
			continue
		}
		if redirect != "" {
			if err := os.WriteFile(redirect, []byte(stdout), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if written != "" {
			if fi, err := os.Stat(written); err != nil || fi.Size() == 0 {
				t.Errorf("stance %s: wrote no %s (%v)", line, written, err)
			}
		} else if strings.TrimSpace(stdout) == "" {
			t.Errorf("stance %s: printed nothing", line)
		}
	}
}
