package htmlreport

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stancekit/stancekit/internal/browsertest"
	"github.com/stancekit/stancekit/stance/tally"
)

var (
	update     = flag.Bool("update", false, "rewrite the golden files in testdata/")
	screenshot = flag.String("screenshot", "", "also write the browser test's screenshot to `FILE`")
)

// hostile is a speaker name and a statement that try to break out of the
// page: markup, quotes, an attribute and a script.
const (
	hostileName = `Eve "<script>alert('name')</script>" O'Hara`
	hostileText = `</p><script>alert("statement")</script><img src=x onerror=alert(1)> & "quoted"`
)

// fixture is a summary of made-up statements with their evidence: three
// speakers over two months, one undated document, one hostile speaker.
func fixture(t testing.TB) *tally.Summary {
	t.Helper()
	p := tally.NewPartial([]string{"neutral", "oppose", "support"}, []string{"economy", "health"})
	p.StanceModel, p.TopicModel = "ab", "cd"
	p.Dates, p.Evidence = true, 2
	day := func(s string) tally.DocDate {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return tally.DocDate{Day: tally.DayOf(d), Known: true}
	}
	statement := func(doc, date, url, speaker, said string) *tally.Evidence {
		ctx := speaker + ` said "` + said + `" on the radio.`
		start := 100
		c0 := start + len(speaker) + len(" said ")
		return &tally.Evidence{Doc: doc, Path: "corpus.jsonl", Line: 3, Title: "Title of " + doc, Date: date, URL: url,
			Context: ctx, Start: start, Content: [][2]int{{c0, c0 + len(said) + 2}}, Source: [2]int{start, start + len(speaker)}}
	}
	docs := []struct {
		date tally.DocDate
		obs  []tally.Observation
	}{
		{day("2025-03-04"), []tally.Observation{
			{Speaker: "Ann Lee", Stance: "support", Confidence: 0.9, Topic: "economy", Type: tally.TypePerson, Gender: tally.GenderFemale,
				Evidence: statement("d1", "2025-03-04", "https://example.org/d1", "Ann Lee", "We back the plan")},
			{Speaker: "Bo Chan", Stance: "oppose", Confidence: 0.7, Topic: "economy",
				Evidence: statement("d1", "2025-03-04", "javascript:alert(1)", "Bo Chan", "It will fail")},
		}},
		{day("2025-04-20"), []tally.Observation{
			{Speaker: "Ann Lee", Stance: "neutral", Confidence: 0.6, Topic: "health",
				Evidence: statement("d2", "April 20, 2025", "", "Ann Lee", "We will see")},
			{Speaker: hostileName, Stance: "oppose", Confidence: 0.8, Topic: "health",
				Evidence: statement("d2", "April 20, 2025", "", hostileName, hostileText)},
		}},
		{tally.DocDate{}, []tally.Observation{
			{Speaker: "Ann Lee", Stance: "support", Confidence: 0.95, Topic: "economy",
				Evidence: statement("d3", "", "", "Ann Lee", "Growth is back")},
			{Speaker: "", Stance: "neutral"},
		}},
	}
	for _, d := range docs {
		p.AddDatedDocument(d.date, d.obs)
	}
	opts := tally.DefaultSummaryOptions
	opts.Period, opts.ByPeriod = tally.PeriodMonth, true
	s, err := tally.Summarize(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func newFixtureReport(t testing.TB) *Report {
	t.Helper()
	r, err := New(fixture(t), Options{Title: "Test <report>", Tool: "stance test", Inputs: []string{"corpus.jsonl"}, Sort: tally.SortQuotes,
		Models: []Model{{Role: "stance", Name: "embedded default", Hash: "ab", Labels: []string{"neutral", "oppose", "support"}, Examples: 10,
			CV: "macro-F1 0.500, accuracy 0.600 (5-fold cross-validation)"}}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestGoldenData pins the report's data: everything but the drawings.
func TestGoldenData(t *testing.T) {
	r := newFixtureReport(t)
	got, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "report.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("report data differs from %s (go test -update rewrites it)\n got:\n%s", golden, got)
	}
	for _, fig := range r.Charts {
		if fig.Missing != "" || !strings.HasPrefix(string(fig.SVG), "<svg") {
			t.Errorf("%s chart not drawn: %q", fig.Kind, fig.Missing)
		}
	}
}

// TestEscaping checks that the hostile name and statement render as text.
func TestEscaping(t *testing.T) {
	var buf bytes.Buffer
	if err := newFixtureReport(t).Write(&buf); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("the page has %d <script elements, want 1 (the filter's)", n)
	}
	for _, bad := range []string{"alert(\"statement\")</script>", "<img src=x", "javascript:alert", "Test <report>"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q unescaped", bad)
		}
	}
	for _, want := range []string{"Eve &#34;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;&#34; O&#39;Hara",
		"&lt;script&gt;alert(&#34;statement&#34;)&lt;/script&gt;", "Test &lt;report&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not hold the escaped text %q", want)
		}
	}
}

// TestInBrowser opens the report in headless Chromium: no console
// errors, no network requests, every chart drawn with a size, the filter
// narrowing the statements, the hostile text shown as text.
func TestInBrowser(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := newFixtureReport(t).Write(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	browsertest.CheckReport(t, path, 4, screenshotPath(t, dir))
	p := browsertest.Open(t, path, 1100, 900)
	if got := browsertest.Eval[string](p, `document.querySelector("section.row:last-of-type h3").textContent`); got != hostileName {
		t.Errorf("hostile speaker shown as %q, want the text %q", got, hostileName)
	}
	if got := browsertest.Eval[bool](p, `document.body.textContent.includes(`+jsString(hostileText)+`)`); !got {
		t.Errorf("hostile statement not shown as text")
	}
}

func screenshotPath(t *testing.T, dir string) string {
	if *screenshot != "" {
		return *screenshot
	}
	return filepath.Join(dir, "report.png")
}

// jsString quotes s for JavaScript.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
