package main

import (
	"flag"
	"go/parser"
	"go/token"
	"regexp"
	"strings"
	"testing"
)

// TestManualFlags checks that every flag the manual (the package
// comment, "go doc") names is a flag of the command, and that every flag
// of the command is in the manual.
func TestManualFlags(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	manual := f.Doc.Text()
	fs, own := newFlagSet()
	named := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?:^|[\s(,'])--?([a-z][a-z_-]*)`).FindAllStringSubmatch(manual, -1) {
		named[m[1]] = true
		if fs.Lookup(m[1]) == nil {
			t.Errorf("the manual names --%s, which is not a flag of stance-beam", m[1])
		}
	}
	own.own.VisitAll(func(fl *flag.Flag) {
		if !named[fl.Name] && !strings.Contains(manual, "-"+fl.Name) {
			t.Errorf("the manual does not name -%s", fl.Name)
		}
	})
}
