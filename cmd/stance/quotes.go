package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

// quotesRecord is one line of "stance quotes --format jsonl": the output
// contract read by ../shared/tools/score_quotes.py.
type quotesRecord struct {
	Doc       string        `json:"doc"`
	Path      string        `json:"path"`
	Line      int           `json:"line,omitempty"`      // record line in a JSONL/CSV corpus
	Extracted bool          `json:"extracted,omitempty"` // offsets refer to text extracted from HTML
	Quotes    []quote.Quote `json:"quotes"`
}

func runQuotes(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("quotes", "PATH...", e)
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	strict := fs.Bool("strict", false, "stop at the first bad document instead of warning and going on")
	noIndirect := fs.Bool("direct-only", false, "report only statements in quotation marks")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "jsonl", "csv"); err != nil {
		return err
	}
	if err := needPaths(fs, "quotes"); err != nil {
		return err
	}
	opts := quote.DefaultOptions
	if *noIndirect {
		opts.Indirect = false
	}
	if err := opts.Validate(); err != nil {
		return usageErrorf("%v", err)
	}

	out := newQuotesWriter(*format, e.stdout)
	warn, failed := warner(e.stderr, *strict)
	in := corpus.NewCorpus(fs.Args(), e.stdin)
	defer in.Close()
	err := eachDocument(ctx, in, *strict,
		func(doc *corpus.Document) []quote.Quote { return quote.Extract(doc.Text, opts) },
		func(doc *corpus.Document, qs []quote.Quote) error {
			if *strict && failed() {
				return errReported
			}
			return out.write(doc, qs)
		}, warn)
	if err != nil {
		return err
	}
	if err := out.flush(); err != nil {
		return err
	}
	if failed() {
		return errReported
	}
	return nil
}

// eachDocument runs stance.Each with warn for bad documents; with strict,
// the first bad document is reported and stops the run.
func eachDocument[T any](ctx context.Context, in stance.Reader, strict bool,
	work func(*corpus.Document) T, emit func(*corpus.Document, T) error, warn func(error)) error {
	err := stance.Each(ctx, in, stance.Options{Strict: strict, OnError: warn}, work, emit)
	var de *corpus.DocError
	if errors.As(err, &de) {
		warn(err)
		return errReported
	}
	return err
}

// warner returns a function that prints bad-document warnings and one
// that says whether any were printed.
func warner(stderr io.Writer, strict bool) (warn func(error), failed func() bool) {
	ch := make(chan struct{}, 1)
	warn = func(err error) {
		label := "warning"
		if strict {
			label = "error"
		}
		fmt.Fprintf(stderr, "stance: %s: %v\n", label, err)
		select {
		case ch <- struct{}{}:
		default:
		}
	}
	seen := false
	failed = func() bool {
		select {
		case <-ch:
			seen = true
		default:
		}
		return seen
	}
	return warn, failed
}

type quotesWriter struct {
	format string
	w      io.Writer
	enc    *json.Encoder
	csv    *csv.Writer
	table  *tablewriter.Table
}

func newQuotesWriter(format string, w io.Writer) *quotesWriter {
	q := &quotesWriter{format: format, w: w}
	switch format {
	case "jsonl":
		q.enc = json.NewEncoder(w)
		q.enc.SetEscapeHTML(false)
	case "csv":
		q.csv = csv.NewWriter(w)
		q.csv.Write([]string{"doc", "speaker", "role", "kind", "source", "cue", "content_start", "content_end", "text"})
	case "table":
		q.table = tablewriter.NewTable(w,
			tablewriter.WithHeader([]string{"doc", "speaker", "role", "kind", "statement"}),
			tablewriter.WithRowAutoWrap(tw.WrapNormal),
			tablewriter.WithMaxWidth(100),
			tablewriter.WithConfig(tablewriter.Config{
				Row: tw.CellConfig{ColMaxWidths: tw.CellWidth{PerColumn: tw.NewMapper[int, int]().Set(0, 12).Set(1, 18).Set(2, 18).Set(3, 8).Set(4, 40)}},
			}),
		)
	}
	return q
}

func (q *quotesWriter) write(doc *corpus.Document, qs []quote.Quote) error {
	switch q.format {
	case "jsonl":
		if qs == nil {
			qs = []quote.Quote{}
		}
		return q.enc.Encode(quotesRecord{Doc: doc.ID, Path: doc.Path, Line: doc.Line, Extracted: doc.Extracted, Quotes: qs})
	case "csv":
		for _, x := range qs {
			start, end := x.Content[0].Start, x.Content[len(x.Content)-1].End
			q.csv.Write([]string{doc.ID, x.Speaker, x.Role, string(x.Kind), spanText(doc.Text, x.Source),
				spanText(doc.Text, x.Cue), fmt.Sprint(start), fmt.Sprint(end), x.Text})
		}
		q.csv.Flush()
		return q.csv.Error()
	default:
		for _, x := range qs {
			speaker := x.Speaker
			if speaker == "" {
				speaker = "(unresolved)"
			}
			if err := q.table.Append([]string{doc.ID, speaker, x.Role, string(x.Kind), oneLine(x.Text, 200)}); err != nil {
				return err
			}
		}
		return nil
	}
}

func (q *quotesWriter) flush() error {
	if q.table != nil {
		return q.table.Render()
	}
	return nil
}

func spanText(text string, s *quote.Span) string {
	if s == nil {
		return ""
	}
	return s.Text(text)
}

// oneLine folds white space and cuts s to at most max runes, marking the cut.
func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}
