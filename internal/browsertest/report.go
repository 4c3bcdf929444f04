package browsertest

import "testing"

// CheckReport opens the report of htmlreport at path in headless Chromium and checks
// what a reader relies on: no console message, no request besides the
// page, every chart drawn with a non-zero size, and a filter that narrows
// the evidence (by stance, then by text). want is the number of embedded
// statements. It writes a screenshot of the page to shot and logs where.
func CheckReport(t *testing.T, path string, want int, shot string) {
	t.Helper()
	p := Open(t, path, 1100, 1700)
	type box struct {
		Class         string
		Width, Height float64
	}
	charts := Eval[[]box](p, `Array.from(document.querySelectorAll("svg.chart")).map(s => {
		const r = s.getBoundingClientRect(); return {Class: s.getAttribute("class"), Width: r.width, Height: r.height} })`)
	if len(charts) != 4 {
		t.Errorf("%d charts on the page, want 4: %v", len(charts), charts)
	}
	for _, c := range charts {
		if c.Width < 100 || c.Height < 100 {
			t.Errorf("chart %q is %.0f x %.0f pixels", c.Class, c.Width, c.Height)
		}
	}
	visible := `document.querySelectorAll("li.statement:not([hidden])").length`
	if n := Eval[int](p, visible); n != want {
		t.Errorf("%d statements shown before filtering, want %d", n, want)
	}
	if n := Eval[int](p, `Number(document.getElementById("shown").textContent)`); n != want {
		t.Errorf("the count says %d statements shown, want %d", n, want)
	}
	// By stance: the statements left are those of the stance.
	opposed := Eval[int](p, `document.querySelectorAll("li.statement[data-stance=oppose]").length`)
	Eval[bool](p, `(() => { const s = document.querySelector("#filter select[name=stance]");
		s.value = "oppose"; s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	if n := Eval[int](p, visible); n != opposed || n == 0 || n == want {
		t.Errorf("%d statements shown with stance oppose, want the %d opposing ones of %d", n, opposed, want)
	}
	Eval[bool](p, `(() => { document.getElementById("filter").reset(); return true })()`)
	// By text, typed as a user types.
	word := Eval[string](p, `document.querySelector("li.statement mark").textContent.split(/\s+/).filter(w => w.length > 3)[0] || ""`)
	if word == "" {
		t.Fatal("no word to filter by in the first statement")
	}
	p.Type(`#filter input[name=text]`, word)
	n := Eval[int](p, visible)
	if n == 0 || n > want {
		t.Errorf("%d statements shown for the text %q, want 1 to %d", n, word, want)
	}
	p.Type(`#filter input[name=text]`, "zzzqqq")
	if n := Eval[int](p, visible); n != 0 {
		t.Errorf("%d statements shown for a text no statement holds", n)
	}
	if n := Eval[int](p, `document.querySelectorAll("section.row:not([hidden])").length`); n != 0 {
		t.Errorf("%d actors shown with no statement matching", n)
	}
	Eval[bool](p, `(() => { document.getElementById("filter").reset(); return true })()`)
	if msgs := p.Console(); len(msgs) > 0 {
		t.Errorf("console messages: %q", msgs)
	}
	if reqs := p.Requests(); len(reqs) > 0 {
		t.Errorf("the page made network requests: %q", reqs)
	}
	Eval[bool](p, `(() => { document.activeElement.blur(); window.scrollTo(0, 0); return true })()`)
	p.Screenshot(shot, false)
	t.Logf("screenshot: %s", shot)
}
