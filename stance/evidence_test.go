package stance

import (
	"context"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

func TestStatementContext(t *testing.T) {
	tests := []struct {
		name, text, statement, want string
	}{
		{"the sentence", `Prices rose. "We will act," she said. Others disagreed.`, `"We will act,"`, `"We will act," she said.`},
		{"after a quotation", `"No." Then "we will act," she said, "soon." Later.`, `"we will act,"`, `Then "we will act," she said, "soon."`},
		{"a paragraph", "Headline\nShe said the plan failed\nNext", "the plan failed", "She said the plan failed"},
		{"curly quotes", "“It ended.” He said “we go on” today. Then", "“we go on”", "He said “we go on” today."},
		{"long: cut at spaces, contextReach bytes away", strings.Repeat("word ", 100) + "she said it " + strings.Repeat("more ", 100), "it",
			strings.Repeat("word ", 58) + "she said it " + strings.Repeat("more ", 59) + "more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.statement)
			q := quote.Quote{Content: []quote.Span{{Start: i, End: i + len(tt.statement)}}}
			e := evidenceOf(&corpus.Document{ID: "d", Text: tt.text}, q)
			if e == nil {
				t.Fatal("no evidence")
			}
			if e.Context != tt.want {
				t.Errorf("context\n got %q\nwant %q", e.Context, tt.want)
			}
			c := e.Content[0]
			if got := e.Context[c[0]-e.Start : c[1]-e.Start]; got != tt.statement {
				t.Errorf("content in context = %q, want %q", got, tt.statement)
			}
		})
	}
}

// TestAnalyzeEvidenceAndDates runs the samples with dates and evidence:
// every kept statement's ranges pick its content out of its context, and
// the documents are counted by date.
func TestAnalyzeEvidenceAndDates(t *testing.T) {
	sm, err := models.DefaultStance()
	if err != nil {
		t.Fatal(err)
	}
	tm, err := models.DefaultTopic()
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions
	opts.Dates, opts.Evidence = true, 3
	p, err := Analyze(context.Background(), corpus.NewCorpus([]string{"../data/samples"}, nil), Models{Stance: sm, Topic: tm}, opts)
	if err != nil {
		t.Fatal(err)
	}
	dated := 0
	for _, n := range p.Days {
		dated += n
	}
	if dated == 0 || dated+p.Undated != p.Documents {
		t.Errorf("%d dated and %d undated documents of %d", dated, p.Undated, p.Documents)
	}
	kept := 0
	for name, s := range p.Names {
		if len(s.Evidence) != min(3, s.Quotes) {
			t.Errorf("%s: %d statements kept of %d, want min(3, %d)", name, len(s.Evidence), s.Quotes, s.Quotes)
		}
		for _, e := range s.Evidence {
			kept++
			if e.Doc == "" || e.Path == "" || e.Speaker != name || e.Stance == "" || e.Topic == "" {
				t.Errorf("%s: evidence without its document or labels: %+v", name, e)
			}
			for _, c := range e.Content {
				if c[0] < e.Start || c[1] > e.Start+len(e.Context) || c[0] >= c[1] {
					t.Errorf("%s: content %v outside context [%d, %d)", name, c, e.Start, e.Start+len(e.Context))
				}
			}
		}
	}
	if kept == 0 {
		t.Error("no evidence kept")
	}
}
