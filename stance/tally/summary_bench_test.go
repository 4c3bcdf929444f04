package tally

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// benchObservations returns documents quoting speakers from a pool of names the
// size of a large news corpus, with short forms of some of them.
func benchObservations(docs, speakers int) [][]Observation {
	r := rand.New(rand.NewPCG(3, 4))
	names := make([]string, speakers)
	for i := range names {
		names[i] = fmt.Sprintf("Given%d Family%d", i%97, i)
		if i%5 == 0 {
			names[i] = fmt.Sprintf("Family%d", i-i%5)
		}
	}
	corpus := make([][]Observation, docs)
	for i := range corpus {
		for range 1 + r.IntN(8) {
			corpus[i] = append(corpus[i], Observation{
				Speaker:    names[r.IntN(len(names))],
				Role:       "spokesperson",
				Stance:     summaryStanceLabels[r.IntN(3)],
				Confidence: r.Float64(),
				Topic:      summaryTopicLabels[r.IntN(3)],
			})
		}
	}
	return corpus
}

func BenchmarkPartialAddDocument(b *testing.B) {
	corpus := benchObservations(1000, 5000)
	p := NewPartial(summaryStanceLabels, summaryTopicLabels)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		p.AddDocument(corpus[i%len(corpus)])
	}
}

func BenchmarkSummarize(b *testing.B) {
	for _, speakers := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("speakers=%d", speakers), func(b *testing.B) {
			p := NewPartial(summaryStanceLabels, summaryTopicLabels)
			for _, d := range benchObservations(speakers, speakers) {
				p.AddDocument(d)
			}
			opts := DefaultSummaryOptions
			opts.ByTopic = true
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Summarize(p, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPartialAddDocumentDated is BenchmarkPartialAddDocument with
// the dates counted and 20 statements kept per name, as stance report
// runs it.
func BenchmarkPartialAddDocumentDated(b *testing.B) {
	corpus := benchObservations(1000, 5000)
	for i, doc := range corpus {
		for j := range doc {
			doc[j].Evidence = &Evidence{Doc: fmt.Sprintf("doc-%d", i), Path: "corpus.jsonl", Line: i + 1, Title: "A title",
				Context: "She said the plan would fail, and it did.", Start: 40 * j, Content: [][2]int{{40*j + 9, 40*j + 28}}}
		}
	}
	p := NewPartial(summaryStanceLabels, summaryTopicLabels)
	p.Dates, p.Evidence = true, 20
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		p.AddDatedDocument(DocDate{Day: Day(20000 + i%1000), Known: true}, corpus[i%len(corpus)])
	}
}
