package chart

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stancekit/stancekit/stance/tally"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixture is a summary of made-up statements over three months: five
// actors, one with a long name, one whose name holds markup.
func fixture(t testing.TB) *tally.Summary {
	t.Helper()
	labels, topics := []string{"neutral", "oppose", "support"}, []string{"diplomacy", "economy", "humanitarian", "security"}
	p := tally.NewPartial(labels, topics)
	p.Dates = true
	speakers := []string{"Wang Yi", "Bushra Khalidi", "Sergey Lavrov", `<script>alert("x")</script> & Co`,
		"Ministry of Diaspora Affairs and Combating Antisemitism"}
	for d := range 40 {
		day := tally.DayOf(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 2*d))
		var obs []tally.Observation
		for i, sp := range speakers {
			if (d+i)%3 == 0 {
				continue
			}
			obs = append(obs, tally.Observation{Speaker: sp, Stance: labels[(d*7+i*3)%3], Confidence: 0.5 + float64(i)/20,
				Topic: topics[(d+i*i)%4]})
		}
		p.AddDatedDocument(tally.DocDate{Day: day, Known: true}, obs)
	}
	p.AddDatedDocument(tally.DocDate{}, []tally.Observation{{Speaker: "Wang Yi", Stance: "support", Confidence: 0.9, Topic: "diplomacy"}})
	opts := tally.DefaultSummaryOptions
	opts.Period, opts.ByPeriod = tally.PeriodMonth, true
	s, err := tally.Summarize(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// outline is the structure of an SVG: its size, title and label, the
// number of each element, and its texts in order (the hover titles
// marked). Coordinates are left out: the golden files pin what is drawn,
// not where.
func outline(t *testing.T, svg []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	counts := map[string]int{}
	var texts []string
	var b strings.Builder
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			counts[tok.Name.Local]++
			if len(stack) == 0 {
				for _, a := range tok.Attr {
					switch a.Name.Local {
					case "width", "height", "class", "role", "aria-label":
						fmt.Fprintf(&b, "%s: %s\n", a.Name.Local, a.Value)
					}
				}
			}
			stack = append(stack, tok.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" && len(stack) > 0 {
				switch {
				case stack[len(stack)-1] == "title" && len(stack) > 1 && stack[len(stack)-2] == "text":
					texts = append(texts, "hover: "+s)
				case stack[len(stack)-1] == "title":
					texts = append(texts, "title: "+s)
				default:
					texts = append(texts, s)
				}
			}
		}
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&b, "<%s> x %d\n", n, counts[n])
	}
	b.WriteString("texts:\n")
	for _, s := range texts {
		b.WriteString("  " + s + "\n")
	}
	return b.String()
}

func TestGoldenOutlines(t *testing.T) {
	s := fixture(t)
	for _, kind := range Kinds {
		t.Run(kind, func(t *testing.T) {
			ch, err := New(kind, s, 4)
			if err != nil {
				t.Fatal(err)
			}
			svg, err := ch.SVG()
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(svg, []byte("<script")) {
				t.Errorf("SVG holds an unescaped <script")
			}
			got := outline(t, svg)
			golden := filepath.Join("testdata", kind+".outline")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test -update writes it)", err)
			}
			if got != string(want) {
				t.Errorf("outline of the %s chart differs from %s (go test -update rewrites it)\n got:\n%s\nwant:\n%s", kind, golden, got, want)
			}
			if dir := os.Getenv("CHART_OUT"); dir != "" {
				os.WriteFile(filepath.Join(dir, kind+".svg"), svg, 0o644)
				var png bytes.Buffer
				if err := ch.PNG(&png, 110); err != nil {
					t.Fatal(err)
				}
				os.WriteFile(filepath.Join(dir, kind+".png"), png.Bytes(), 0o644)
			}
		})
	}
}

// TestThirtyActors checks that the names of 30 actors, long ones cut,
// stand at least a line apart on the charts with a row per actor.
func TestThirtyActors(t *testing.T) {
	p := tally.NewPartial([]string{"neutral", "oppose", "support"}, []string{"diplomacy", "economy", "health", "a topic with a very long name indeed"})
	var obs []tally.Observation
	for i := range 30 {
		name := fmt.Sprintf("Speaker %02d with a name far longer than any axis can hold", i)
		for j := range 30 - i {
			obs = append(obs, tally.Observation{Speaker: name, Stance: []string{"neutral", "oppose", "support"}[(i+j)%3], Confidence: 0.8,
				Topic: []string{"diplomacy", "economy", "health"}[j%3]})
		}
	}
	p.AddDocument(obs)
	s, err := tally.Summarize(p, tally.DefaultSummaryOptions)
	if err != nil {
		t.Fatal(err)
	}
	label := regexp.MustCompile(`<text x="[^"]*" y="([^"]*)"[^>]*>(?:<title>([^<]*)</title>)?Speaker \d\d`)
	for _, kind := range []string{KindForest, KindShares, KindTopics} {
		ch, err := New(kind, s, 6)
		if err != nil {
			t.Fatal(err)
		}
		svg, err := ch.SVG()
		if err != nil {
			t.Fatal(err)
		}
		var ys []float64
		for _, m := range label.FindAllStringSubmatch(string(svg), -1) {
			y, err := strconv.ParseFloat(m[1], 64)
			if err != nil {
				t.Fatal(err)
			}
			ys = append(ys, y)
			if !strings.HasPrefix(m[2], "Speaker ") || !strings.HasSuffix(m[2], "hold") {
				t.Errorf("%s: a cut name without its full name on hover: %q", kind, m[0])
			}
		}
		if len(ys) != 30 {
			t.Fatalf("%s: %d actor names drawn, want 30", kind, len(ys))
		}
		sort.Float64s(ys)
		for i := 1; i < len(ys); i++ {
			if ys[i]-ys[i-1] < tickSize+3 {
				t.Errorf("%s: names %.1f points apart, closer than a line of %d-point text", kind, ys[i]-ys[i-1], tickSize)
				break
			}
		}
	}
}
