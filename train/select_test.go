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

// TestPolarityGrid checks that PolarityGrid is ContrastGrid, then
// ContrastGrid with each polarity weight in turn, and that Describe names
// the weight.
func TestPolarityGrid(t *testing.T) {
	c, p := ContrastGrid(), PolarityGrid(3, 5)
	if len(p) != 3*len(c) {
		t.Fatalf("%d settings, want %d", len(p), 3*len(c))
	}
	for i, o := range c {
		for k, w := range []int{0, 3, 5} {
			want := o
			want.Features.Polarity = w
			if d := p[k*len(c)+i]; d.Features != want.Features || d.Method != want.Method || d.Alpha != want.Alpha {
				t.Errorf("setting %d: %s, want %s", k*len(c)+i, Describe(d), Describe(want))
			}
		}
	}
	if len(PolarityGrid()) != len(c) {
		t.Error("PolarityGrid() is not ContrastGrid()")
	}
	o := nb.DefaultTrainOptions
	o.Features.Polarity = 3
	if got, want := Describe(o), "complement a=0.3 tfidf 1g neg pol3"; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
}
