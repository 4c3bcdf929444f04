package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/stancekit/stancekit/cmd/stance/internal/report"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

// runQuotes prints the quotes extracted from each document.
func runQuotes(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("quotes", "PATH...", e)
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	strict := fs.Bool("strict", false, "stop at the first bad document instead of warning and going on")
	noIndirect := fs.Bool("direct-only", false, "report only statements in quotation marks")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, report.RecordFormats...); err != nil {
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

	out := report.NewQuotesWriter(e.stdout, *format)
	warn, failed := warner(e.stderr, *strict)
	in := corpus.NewCorpus(fs.Args(), e.stdin)
	defer in.Close()
	err := eachDocument(ctx, in, *strict,
		func(doc *corpus.Document) []quote.Quote { return quote.Extract(doc.Text, opts) },
		out.Write, warn)
	if err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if failed() {
		return errReported
	}
	return nil
}

// eachDocument runs stance.Each with warn for bad documents; with strict,
// the first bad document is reported and stops the run. With strict, warn
// is not called during the pass, so emit needs no check of its own.
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
// that says whether any were printed. stance.Each calls warn from the
// goroutine that runs it, so no locking is needed.
func warner(stderr io.Writer, strict bool) (warn func(error), failed func() bool) {
	label := "warning"
	if strict {
		label = "error"
	}
	seen := false
	warn = func(err error) {
		fmt.Fprintf(stderr, "stance: %s: %v\n", label, err)
		seen = true
	}
	return warn, func() bool { return seen }
}
