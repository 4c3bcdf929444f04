package train

import (
	"testing"

	"github.com/stancekit/stancekit/stance/nb"
)

// TestContrastGrid checks that ContrastGrid is Grid, then Grid with
// contrast, and that Describe names contrast.
func TestContrastGrid(t *testing.T) {
	g, c := Grid(), ContrastGrid()
	if len(c) != 2*len(g) {
		t.Fatalf("%d settings, want %d", len(c), 2*len(g))
	}
	for i, o := range g {
		if c[i].Features != o.Features || c[i].Method != o.Method || c[i].Alpha != o.Alpha || o.Features.Contrast {
			t.Errorf("setting %d: %s, want %s", i, Describe(c[i]), Describe(o))
		}
		w := o
		w.Features.Contrast = true
		if d := c[len(g)+i]; d.Features != w.Features || d.Method != w.Method || d.Alpha != w.Alpha {
			t.Errorf("setting %d: %s, want %s", len(g)+i, Describe(d), Describe(w))
		}
	}
	o := nb.DefaultTrainOptions
	o.Features.Contrast = true
	if got, want := Describe(o), "complement a=0.3 tfidf 1g neg contrast"; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
}
