package htmlreport

import (
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/stancekit/stancekit/stance/tally"
)

// BenchmarkReport builds and writes the report of 30 actors with 20
// statements each over a year: the largest page the defaults make.
func BenchmarkReport(b *testing.B) {
	labels, topics := []string{"neutral", "oppose", "support"}, []string{"diplomacy", "economy", "health", "security"}
	p := tally.NewPartial(labels, topics)
	p.Dates, p.Evidence = true, 20
	ctx := `Asked about the budget on Monday, she said "we will not accept cuts to the hospitals" and left the room.`
	for d := range 365 {
		day := tally.DayOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d))
		var obs []tally.Observation
		for i := range 30 {
			obs = append(obs, tally.Observation{Speaker: fmt.Sprintf("Speaker Number%d", i), Stance: labels[(d+i)%3], Confidence: 0.8,
				Topic: topics[(d*i)%4], Evidence: &tally.Evidence{Doc: fmt.Sprintf("doc-%d", d), Path: "corpus.jsonl", Line: d + 1,
					Title: "Budget row", Date: day.String(), URL: "https://example.org/a", Context: ctx, Start: 1000,
					Content: [][2]int{{1000 + 45, 1000 + 90}}, Source: [2]int{1000 + 31, 1000 + 34}}})
		}
		p.AddDatedDocument(tally.DocDate{Day: day, Known: true}, obs)
	}
	opts := tally.DefaultSummaryOptions
	opts.Top, opts.Period, opts.ByPeriod = 30, tally.PeriodMonth, true
	s, err := tally.Summarize(p, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		r, err := New(s, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := r.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
