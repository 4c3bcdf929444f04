package main

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/browsertest"
)

var screenshot = flag.String("screenshot", "", "write the screenshot of the sample report to `FILE` (docs/report.png for the README)")

func TestReportFlagErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"breakdown", []string{"--by", "speaker,topic", "x.txt"}, `stance: --by: "speaker,topic": give the rows only (speaker, group or gender); the report breaks them down by topic and period itself`},
		{"period", []string{"--period", "fortnight", "x.txt"}, `stance: --period: unknown period "fortnight" (want day, week, month or year)`},
		{"evidence", []string{"--evidence", "-3", "x.txt"}, "stance: --evidence: -3 is not a count from 0 to 10000"},
		{"evidence with partials", []string{"--partials", "--evidence", "3", "p.json"}, "stance: --evidence: not used with --partials; give it to stance analyze --partial"},
		{"corpus flags with partials", []string{"--partials", "--workers", "2", "--dedupe", "p.json"}, "stance: --workers, --dedupe: not used with --partials; give it to stance analyze --partial"},
		{"time actors", []string{"--time-actors", "0", "x.txt"}, "stance: --time-actors: 0 is not a count of 1 or more"},
		{"no paths", nil, "stance: report: no input paths (use - for standard input)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", append([]string{"report"}, tt.args...)...)
			want := tt.want + "\nRun 'stance report -h' for usage.\n"
			if code != 2 || stderr != want {
				t.Errorf("exit %d, stderr %q; want exit 2, %q", code, stderr, want)
			}
		})
	}
}

func TestPlotFlagErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"kind", []string{"--kind", "pie", "x.txt"}, `stance: --kind: unknown chart "pie" (want forest, shares, topics, time)`},
		{"output", []string{"-o", "chart.pdf", "x.txt"}, `stance: -o: "chart.pdf": want a .svg or .png file (standard output gets SVG)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", append([]string{"plot"}, tt.args...)...)
			want := tt.want + "\nRun 'stance plot -h' for usage.\n"
			if code != 2 || stderr != want {
				t.Errorf("exit %d, stderr %q; want exit 2, %q", code, stderr, want)
			}
		})
	}
}

// TestPlot draws every chart of the samples as SVG and as PNG.
func TestPlot(t *testing.T) {
	dir := t.TempDir()
	for _, kind := range []string{"forest", "shares", "topics", "time"} {
		t.Run(kind, func(t *testing.T) {
			code, svg, stderr := runCLI(t, "", append([]string{"plot", "--kind", kind, "-q"}, samplePaths(t)...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.HasPrefix(svg, `<?xml version="1.0" encoding="UTF-8"?>`+"\n<svg") {
				t.Errorf("standard output is not an SVG document: %.80q", svg)
			}
			if err := wellFormed(svg); err != nil {
				t.Errorf("SVG is not well-formed: %v", err)
			}
			png := filepath.Join(dir, kind+".png")
			if code, _, stderr := runCLI(t, "", append([]string{"plot", "--kind", kind, "-q", "-o", png}, samplePaths(t)...)...); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			b, err := os.ReadFile(png)
			if err != nil || !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) || len(b) < 5000 {
				t.Errorf("%s is not a PNG image (%d bytes, %v)", png, len(b), err)
			}
		})
	}
}

func wellFormed(s string) error {
	dec := xml.NewDecoder(strings.NewReader(s))
	for {
		if _, err := dec.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// reportBody is a report without its header, which names the inputs.
func reportBody(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(string(b), "<nav>")
	if !ok {
		t.Fatalf("%s has no <nav>", path)
	}
	return body
}

// TestReportFromParts checks that a report made from parts (analyze
// --partial with dates and evidence, in two shards) is the report of one
// run over the same files: the same charts, table and statements.
func TestReportFromParts(t *testing.T) {
	paths := samplePaths(t)
	dir := t.TempDir()
	single := filepath.Join(dir, "single.html")
	if code, _, stderr := runCLI(t, "", append([]string{"report", "-q", "--evidence", "5", "-o", single}, paths...)...); code != 0 {
		t.Fatalf("report: exit %d\n%s", code, stderr)
	}
	var parts []string
	for k, shard := range [][]string{paths[:len(paths)/2], paths[len(paths)/2:]} {
		part := filepath.Join(dir, "part"+string(rune('a'+k))+".json")
		args := append([]string{"analyze", "-q", "--partial", "--period", "week", "--evidence", "5", "-o", part}, shard...)
		if code, _, stderr := runCLI(t, "", args...); code != 0 {
			t.Fatalf("analyze: exit %d\n%s", code, stderr)
		}
		parts = append(parts, part)
	}
	merged := filepath.Join(dir, "merged.html")
	if code, _, stderr := runCLI(t, "", append([]string{"report", "--partials", "-o", merged}, parts[1], parts[0])...); code != 0 {
		t.Fatalf("report --partials: exit %d\n%s", code, stderr)
	}
	if a, b := reportBody(t, single), reportBody(t, merged); a != b {
		t.Errorf("the report of the merged parts differs from the report of one run")
	}
	// Parts without dates or evidence: the page says what is missing.
	plain := filepath.Join(dir, "plain.json")
	if code, _, stderr := runCLI(t, "", append([]string{"analyze", "-q", "--partial", "-o", plain}, paths...)...); code != 0 {
		t.Fatalf("analyze: exit %d\n%s", code, stderr)
	}
	code, page, stderr := runCLI(t, "", "report", "--partials", plain)
	if code != 0 {
		t.Fatalf("report --partials: exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"Not drawn: stance over time: nothing to plot: no document has a date.", "No statements were kept"} {
		if !strings.Contains(page, want) {
			t.Errorf("the report of a part without dates and evidence does not say %q", want)
		}
	}
	code, _, stderr = runCLI(t, "", "plot", "--kind", "time", "--partials", plain)
	if want := "stance: stance over time: the parts were counted without document dates: make them with stance analyze --partial --period\n"; code != 1 || stderr != want {
		t.Errorf("plot --kind time of a part without dates: exit %d, %q; want 1, %q", code, stderr, want)
	}
}

// TestReportInBrowser makes the report of the samples and opens it in
// headless Chromium (skipped without one): no console errors, no
// requests, every chart drawn, a working filter, and a screenshot (go test
// -run TestReportInBrowser -screenshot ../../docs/report.png refreshes
// the README's).
func TestReportInBrowser(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.html")
	if *screenshot != "" && !filepath.IsAbs(*screenshot) {
		abs, err := filepath.Abs(*screenshot)
		if err != nil {
			t.Fatal(err)
		}
		*screenshot = abs
	}
	t.Chdir(filepath.Join("..", "..")) // the page names data/samples as a user would
	if code, _, stderr := runCLI(t, "", "report", "-q", "--top", "15", "--evidence", "6", "--title", "Stance in the sample articles", "-o", out, "data/samples"); code != 0 {
		t.Fatalf("report: exit %d\n%s", code, stderr)
	}
	page, _ := os.ReadFile(out)
	n := len(regexp.MustCompile(`<li class="statement`).FindAll(page, -1))
	if n == 0 {
		t.Fatal("the report embeds no statement")
	}
	shot := filepath.Join(dir, "report.png")
	if *screenshot != "" {
		shot = *screenshot
	}
	browsertest.CheckReport(t, out, n, shot)
}
