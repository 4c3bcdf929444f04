package stance_test

import (
	"context"
	"io"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
)

// report is a paragraph of news writing, about one statement per 220
// bytes, several of them resolved through pronouns and short names.
const report = `Ferry crews in Lowmarsh walked off the job on Tuesday after talks over pay broke down. ` +
	`"Nobody wants a strike in the middle of the tourist season," said Grace Adeyemi, who chairs the crews' union. ` +
	`The port authority said the walkout would cost the town about $200,000 a day. ` +
	`Adeyemi said her members had not had a raise since 2016. ` +
	`Two of the four boats ran a reduced schedule, and the morning crossing was cancelled. ` +
	`Harbour master Ivo Brandt told reporters that safety came first. "We will not sail short-handed," he said. ` +
	`Passengers waited for hours at the terminal, where a cafe handed out free coffee. ` +
	`A survey by the Coastal Trade Council found that most businesses expect a poor summer. ` +
	`The two sides are due to meet again on Friday. ` +
	`The ferry line has carried islanders and freight across the sound since 1952. ` +
	`Its newest boat, the Sound Runner, entered service in April after two years of delays. ` +
	`Fares rose by 8 percent last year, and the winter timetable was cut to six crossings a day. ` +
	`The town council will debate a rescue loan for the line at its next meeting in June. ` +
	`Island schools sent pupils home early so that they could catch the last boat. `

// embeddedModels returns the embedded stance and topic models.
func embeddedModels(tb testing.TB) (st, tp *nb.Classifier) {
	tb.Helper()
	st, err := models.DefaultStance()
	if err != nil {
		tb.Fatal(err)
	}
	if tp, err = models.DefaultTopic(); err != nil {
		tb.Fatal(err)
	}
	return st, tp
}

// one is a Reader of a single document.
type one struct{ doc *corpus.Document }

func (o *one) Next() (*corpus.Document, error) {
	if o.doc == nil {
		return nil, io.EOF
	}
	d := o.doc
	o.doc = nil
	return d, nil
}

// BenchmarkAnalyzeLongDocument analyzes a 20 MB document on one line with
// the embedded models. peak-heap/byte is the most heap in use during
// Analyze per byte of the document, the document itself not counted and
// garbage not yet collected included.
func BenchmarkAnalyzeLongDocument(b *testing.B) {
	st, tp := embeddedModels(b)
	text := strings.Repeat(report, 20<<20/len(report))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		peak = max(peak, peakHeap(func() {
			r := &one{&corpus.Document{ID: "long", Text: text}}
			if _, err := stance.Analyze(context.Background(), r, stance.Models{Stance: st, Topic: tp}, stance.DefaultOptions); err != nil {
				b.Fatal(err)
			}
		}))
	}
	b.ReportMetric(float64(peak)/float64(len(text)), "peak-heap/byte")
}

// peakHeap samples the bytes of heap objects while f runs and returns
// the largest sample above the heap in use before f.
func peakHeap(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	var peak atomic.Uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-time.After(200 * time.Microsecond):
			}
		}
	}()
	f()
	close(done)
	<-stopped
	if p := peak.Load(); p > base {
		return p - base
	}
	return 0
}

// cycle is a Reader that hands out docs in turn, n in all.
type cycle struct {
	docs []*corpus.Document
	n, i int
}

func (c *cycle) Next() (*corpus.Document, error) {
	if c.i >= c.n {
		return nil, io.EOF
	}
	d := *c.docs[c.i%len(c.docs)]
	c.i++
	return &d, nil
}

// BenchmarkAnalyzeSamples analyzes the articles of data/samples, as
// "stance analyze" does, with the embedded models on one worker: one
// article per iteration, articles/s the figure that scripts/bench-analyze.sh
// measures end to end.
func BenchmarkAnalyzeSamples(b *testing.B) {
	st, tp := embeddedModels(b)
	c := corpus.NewCorpus([]string{"../data/samples"}, nil)
	var docs []*corpus.Document
	for {
		d, err := c.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			continue // the samples include a record that is an error on purpose
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		b.Skip("no sample articles")
	}
	opts := stance.DefaultOptions
	opts.Workers = 1
	b.ReportAllocs()
	b.ResetTimer()
	r := &cycle{docs: docs, n: b.N}
	if _, err := stance.Analyze(context.Background(), r, stance.Models{Stance: st, Topic: tp}, opts); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
