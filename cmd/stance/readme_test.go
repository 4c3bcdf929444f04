package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// TestREADMECommands keeps the README's command table in step with the
// program: every command has a row, and a row names exactly the flags of
// its command (as --name or -x), directly or through a named group of
// flags such as [INPUT].
func TestREADMECommands(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(src), "\n## Commands\n")
	if !ok {
		t.Fatal("README has no ## Commands section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	src = []byte(section)
	// Flag groups the table names by a word: "`SUMMARY` is `[--by ...]`".
	groups := map[string]string{}
	for _, m := range regexp.MustCompile("`([A-Z]+)` is `([^`]*)`").FindAllStringSubmatch(string(src), -1) {
		groups[m[1]] = m[2]
	}
	rows := map[string]string{}
	for _, m := range regexp.MustCompile("(?m)^\\| `stance (\\w+)([^|]*(?:\\\\\\|[^|]*)*)\\|([^\\n]*)$").FindAllStringSubmatch(string(src), -1) {
		rows[m[1]] = m[2] + "|" + m[3]
	}
	flagRE := regexp.MustCompile(`(?:^|[\s\[(` + "`" + `])(--[a-z][a-z0-9-]*|-[a-zA-Z])\b`)
	for _, c := range newRoot(env{}).Commands() {
		if c.Hidden {
			continue
		}
		row, ok := rows[c.Name()]
		if !ok {
			t.Errorf("README: no row for stance %s in the command table", c.Name())
			continue
		}
		for name, flags := range groups {
			row = strings.ReplaceAll(row, "["+name+"]", flags)
		}
		var listed []string
		for _, m := range flagRE.FindAllStringSubmatch(row, -1) {
			listed = append(listed, strings.TrimLeft(m[1], "-"))
		}
		var have []string
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Name == "help" {
				return
			}
			if !slices.Contains(listed, f.Name) && !(f.Shorthand != "" && slices.Contains(listed, f.Shorthand)) {
				t.Errorf("README: the row of stance %s does not name --%s", c.Name(), f.Name)
			}
			have = append(have, f.Name)
			if f.Shorthand != "" {
				have = append(have, f.Shorthand)
			}
		})
		for _, l := range listed {
			if !slices.Contains(have, l) {
				dash := "--"
				if len(l) == 1 {
					dash = "-"
				}
				t.Errorf("README: the row of stance %s names %s%s, which the command does not have", c.Name(), dash, l)
			}
		}
	}
}
