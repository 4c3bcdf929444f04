package stance_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/stancekit/stancekit"

// allowedImports is the layout's dependency direction: for each package of
// the module (by path relative to the module root), the packages of the
// module its non-test files may import. Packages outside the module are
// not restricted here.
var allowedImports = map[string][]string{
	"stance/internal/lexicon":  nil,
	"stance/internal/jsonerr":  nil,
	"internal/atomicfile":      nil,
	"stance/corpus":            {"stance/internal/jsonerr"},
	"stance/nb":                nil,
	"stance/quote":             {"stance/internal/lexicon"},
	"stance/tally":             {"stance/internal/lexicon", "stance/internal/jsonerr"},
	"stance":                   {"stance/corpus", "stance/quote", "stance/nb", "stance/tally"},
	"train":                    {"stance/nb", "stance/corpus", "internal/atomicfile"},
	"models":                   {"stance/nb"},
	"internal/report":          {"stance", "stance/corpus", "stance/quote", "stance/nb", "stance/tally"},
	"internal/chart":           {"stance/tally"},
	"internal/htmlreport":      {"internal/chart", "stance/corpus", "stance/nb", "stance/tally"},
	"internal/browsertest":     nil,
	"internal/realnews":        nil,
	"stance/internal/goldtest": nil,
	"cmd/stance": {"stance", "stance/corpus", "stance/quote", "stance/nb", "stance/tally", "train", "models",
		"internal/report", "internal/atomicfile", "internal/chart", "internal/htmlreport"},
}

// TestLayout fails when a package imports a package of the module it must
// not (quote importing nb, corpus importing tally, anything importing cmd),
// or when a new package is not placed in the layout above.
func TestLayout(t *testing.T) {
	root := ".."
	imports := map[string]map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "bin") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		rel = filepath.ToSlash(rel)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		if imports[rel] == nil {
			imports[rel] = map[string]bool{}
		}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if p == module || strings.HasPrefix(p, module+"/") {
				imports[rel][strings.TrimPrefix(strings.TrimPrefix(p, module), "/")] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(imports) < 8 {
		t.Fatalf("found only %d packages under %s: is the test run from stance/?", len(imports), root)
	}
	for pkg, ims := range imports {
		if filepath.Base(pkg) == "beam" || strings.HasPrefix(pkg, "beam/") {
			continue // a module of its own
		}
		allowed, ok := allowedImports[pkg]
		if !ok {
			t.Errorf("package %s is not in the layout: add it to allowedImports with the packages it may import", pkg)
			continue
		}
		for im := range ims {
			if !slices.Contains(allowed, im) {
				t.Errorf("%s imports %s, which the layout does not allow (allowed: %v)", pkg, im, allowed)
			}
		}
	}
}
