package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-runewidth"
	"github.com/stancekit/stancekit/stance/tally"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixture is a small summary with the awkward cases: a long role, an
// alias, a speaker without a role, a name with a pipe and a comma.
func fixture(t *testing.T, byTopic bool) *tally.Summary {
	return fixtureTopics(t, byTopic, []string{"diplomacy", "humanitarian", "security"})
}

// fixtureTopics is fixture with the given topic labels; nil for a run
// without a topic model.
func fixtureTopics(t *testing.T, byTopic bool, topics []string) *tally.Summary {
	return fixtureOpts(t, byTopic, false, topics)
}

// fixtureOpts is fixtureTopics, with a stance breakdown per month when
// byPeriod is set: the first two documents are dated a month apart, the
// third has an unreadable date, and a fourth without statements none.
func fixtureOpts(t *testing.T, byTopic, byPeriod bool, topics []string) *tally.Summary {
	t.Helper()
	p := tally.NewPartial([]string{"neutral", "oppose", "support"}, topics)
	p.Dates = byPeriod
	date := func(s string) tally.DocDate {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return tally.DocDate{Day: tally.DayOf(d), Known: true}
	}
	p.AddDatedDocument(date("2025-03-30"), []tally.Observation{
		{Speaker: "Wang Yi", Role: "Chinese Foreign Minister", Stance: "support", Confidence: 0.91, Topic: "diplomacy"},
		{Speaker: "Wang", Stance: "support", Confidence: 0.84, Topic: "diplomacy"},
		{Speaker: "Wang", Stance: "neutral", Confidence: 0.55, Topic: "security"},
		{Speaker: "Sergey Lavrov", Role: "Russian Foreign Minister", Stance: "support", Confidence: 0.77, Topic: "diplomacy"},
		{Speaker: "Lavrov", Stance: "neutral", Confidence: 0.6, Topic: "security"},
		{Stance: "neutral", Confidence: 0.5, Topic: "diplomacy"},
	})
	p.AddDatedDocument(date("2025-04-12"), []tally.Observation{
		{Speaker: "Bushra Khalidi", Role: "policy lead at Oxfam, a global organization that fights inequality to end poverty and injustice", Stance: "oppose", Confidence: 0.88, Topic: "humanitarian"},
		{Speaker: "Khalidi", Stance: "oppose", Confidence: 0.93, Topic: "humanitarian"},
		{Speaker: "Khalidi", Stance: "neutral", Confidence: 0.51, Topic: "humanitarian"},
		{Speaker: "Ministry of Diaspora Affairs | Combating Antisemitism, Israel", Stance: "support", Confidence: 0.62, Topic: "security"},
	})
	p.AddDatedDocument(tally.DocDate{Unreadable: true}, []tally.Observation{
		{Speaker: "Khalidi", Stance: "oppose", Confidence: 0.8, Topic: "security"},
	})
	if byPeriod {
		p.AddDatedDocument(tally.DocDate{}, nil)
	}
	opts := tally.DefaultSummaryOptions
	opts.ByTopic = byTopic
	if byPeriod {
		opts.Period, opts.ByPeriod = tally.PeriodMonth, true
	}
	s, err := tally.Summarize(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestGolden(t *testing.T) {
	variants := []struct {
		suffix            string
		byTopic, byPeriod bool
		topics            []string
	}{
		{"", false, false, []string{"diplomacy", "humanitarian", "security"}},
		{"-by-topic", true, false, []string{"diplomacy", "humanitarian", "security"}},
		{"-no-topics", false, false, nil},
		{"-by-period", false, true, []string{"diplomacy", "humanitarian", "security"}},
	}
	for _, v := range variants {
		for _, format := range Formats {
			name := format + v.suffix
			t.Run(name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := Write(&buf, fixtureOpts(t, v.byTopic, v.byPeriod, v.topics), format); err != nil {
					t.Fatal(err)
				}
				ext := map[string]string{Table: "txt", CSV: "csv", JSON: "json", Markdown: "md"}[format]
				golden := filepath.Join("testdata", name+"."+ext)
				if *update {
					if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if got := buf.String(); got != string(want) {
					t.Errorf("%s output differs from %s (go test -update rewrites it)\n got:\n%s\nwant:\n%s", format, golden, got, want)
				}
			})
		}
	}
}

func TestTableFitsWidth(t *testing.T) {
	for _, byTopic := range []bool{false, true} {
		var buf bytes.Buffer
		if err := Write(&buf, fixture(t, byTopic), Table); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
		for _, l := range lines[:len(lines)-1] { // the footnote may wrap in a terminal
			if w := runewidth.StringWidth(l); w > DefaultWidth {
				t.Errorf("table line is %d columns wide, want at most %d:\n%s", w, DefaultWidth, l)
			}
		}
	}
}

func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, fixture(t, false), JSON); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Documents, Quotes int
		Speakers          []struct {
			Speaker    string
			Role       *string
			Quotes     int
			Articles   int
			Stance     map[string]float64
			NetStance  float64    `json:"net_stance"`
			NetCI      [2]float64 `json:"net_stance_ci"`
			Topics     map[string]float64
			Confidence float64
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Documents != 3 || out.Quotes != 11 || len(out.Speakers) != 4 {
		t.Fatalf("documents %d quotes %d speakers %d, want 3 11 4", out.Documents, out.Quotes, len(out.Speakers))
	}
	for _, sp := range out.Speakers {
		sum := 0.0
		for _, l := range []string{"support", "oppose", "neutral"} {
			v, ok := sp.Stance[l]
			if !ok {
				t.Errorf("%s: stance has no %q share", sp.Speaker, l)
			}
			sum += v
		}
		if sum < 1-1e-9 || sum > 1+1e-9 {
			t.Errorf("%s: stance shares sum to %v", sp.Speaker, sum)
		}
		if !(-1 <= sp.NetCI[0] && sp.NetCI[0] <= sp.NetStance && sp.NetStance <= sp.NetCI[1] && sp.NetCI[1] <= 1) {
			t.Errorf("%s: interval %v does not bracket %v", sp.Speaker, sp.NetCI, sp.NetStance)
		}
	}
}

func TestCheckFormat(t *testing.T) {
	err := CheckFormat("xml")
	want := `unknown format "xml": want table, csv, json, markdown`
	if err == nil || err.Error() != want {
		t.Errorf("CheckFormat(xml) = %v, want %q", err, want)
	}
}

func TestNumberFormats(t *testing.T) {
	tests := []struct {
		ci        tally.Interval
		net, want string
	}{
		{tally.Interval{Lo: -0.9544, Hi: -0.0852}, "", "[-0.95, -0.09]"},
		{tally.Interval{Lo: 0.0004, Hi: 0.8826}, "", "[ 0.00, +0.88]"},
		{tally.Interval{Lo: -0.0004, Hi: 1}, "", "[ 0.00, +1.00]"},
	}
	for _, tt := range tests {
		if got := interval(tt.ci); got != tt.want {
			t.Errorf("interval(%v) = %q, want %q", tt.ci, got, tt.want)
		}
	}
	for x, want := range map[float64]string{0.625: "+0.62", -0.004: "0.00", -1: "-1.00", 0: "0.00"} {
		if got := signed(x); got != want {
			t.Errorf("signed(%v) = %q, want %q", x, got, want)
		}
	}
}
