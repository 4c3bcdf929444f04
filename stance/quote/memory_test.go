package quote

import (
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// newsProse is a stretch of news writing with about one statement per
// 280 bytes, the density of PolNeAR: quotations, reported speech,
// pronouns and sentences that attribute nothing.
const newsProse = `The county board met for six hours on Monday to review the harbour budget. ` +
	`"We cannot keep patching the sea wall every winter," said Mayor Ana Ruiz, who has led the city since 2019. ` +
	`Turnout in the March election rose to 61 percent, the highest in two decades. ` +
	`The plan would raise the ferry fare by 40 cents and close the north pier for a year. ` +
	`Ruiz told reporters that the state had promised $12 million but paid less than half of it. ` +
	`Hundreds of residents gathered outside the town hall, many of them carrying signs about the pier. ` +
	`According to the Harbour Trust, repairs will cost about $30 million over ten years. ` +
	`The report runs to 212 pages and includes tide data from 14 stations. ` +
	`"It is late, but it is not too late," she added. ` +
	`Council member Tom Reed, a fisherman for 30 years, argued that the fare rise would hurt families. ` +
	`Negotiators from the state are scheduled to meet the board again next week. ` +
	`Polls show that most voters support the repairs. ` +
	`Lawmakers left for the summer recess without a deal on the budget. `

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

// BenchmarkExtractLongDocument extracts from a 20 MB document on one
// line. peak-heap/byte is the most heap in use while Extract runs, per
// byte of the document, garbage not yet collected and the result (about
// 0.8 of it here) included: some 2.6, where a document kept whole took
// 13.
func BenchmarkExtractLongDocument(b *testing.B) {
	text := strings.Repeat(newsProse, 20<<20/len(newsProse))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		peak = max(peak, peakHeap(func() { Extract(text, DefaultOptions) }))
	}
	b.ReportMetric(float64(peak)/float64(len(text)), "peak-heap/byte")
}
