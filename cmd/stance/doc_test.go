package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDocCommentCommands keeps the usage in main.go's doc comment in step
// with the commands the program has: every command it lists exists and
// answers -h, and every command is listed.
func TestDocCommentCommands(t *testing.T) {
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^//\tstance (\w+)`).FindAllStringSubmatch(string(src), -1) {
		listed[m[1]] = true
	}
	for _, c := range commands() {
		if !listed[c.name] {
			t.Errorf("command %q is missing from the doc comment of main.go", c.name)
		}
		delete(listed, c.name)
		code, stdout, stderr := runCLI(t, "", c.name, "-h")
		if code != 0 {
			t.Errorf("stance %s -h: exit %d, stderr %q", c.name, code, stderr)
		}
		if c.name != "version" && !strings.Contains(stdout+stderr, "Usage: stance "+c.name) {
			t.Errorf("stance %s -h does not print its usage", c.name)
		}
	}
	for name := range listed {
		t.Errorf("the doc comment lists %q, which is not a command", name)
	}
}
