package main

import (
	"context"
	"errors"
	"io"
	"iter"
	"slices"

	"github.com/spf13/cobra"

	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

// quotesCommand prints the quotes extracted from each document.
func quotesCommand(e env) *cobra.Command {
	var (
		format         string
		noIndirect     bool
		statementsOnly bool
		output         *string
		in             *inputFlags
	)
	c := newCommand("quotes [flags] PATH...", "extract and attribute statements", func(cmd *cobra.Command, args []string) error {
		if err := checkFormat(format, report.RecordFormats...); err != nil {
			return err
		}
		if err := needPaths(args, "quotes"); err != nil {
			return err
		}
		opts := quote.DefaultOptions
		if noIndirect {
			opts.Indirect = false
		}
		opts.StatementsOnly, opts.Continuations = statementsOnly, statementsOnly
		if err := opts.Validate(); err != nil {
			return usageErrorf("%v", err)
		}
		src, ps, err := in.open(e, args, "extracting")
		if err != nil {
			return err
		}
		defer src.Close()
		err = writeOutput(*output, e.stdout, func(w io.Writer) error {
			out := report.NewQuotesWriter(w, format)
			out.Width = e.widthFor(*output)
			err := eachDocument(cmd.Context(), src, ps,
				func(doc *corpus.Document) iter.Seq[quote.Quote] { return extractQuotes(doc, opts) },
				out.WriteSeq)
			if err != nil {
				return err
			}
			return out.Flush()
		})
		return ps.done(err)
	})
	fs := c.Flags()
	fs.StringVar(&format, "format", report.Table, "output `FORMAT`: table, jsonl or csv")
	fs.BoolVar(&noIndirect, "direct-only", false, "report only statements in quotation marks")
	fs.BoolVar(&statementsOnly, "statements-only", false, "report only statements, what analyze counts (not plans, findings or noun-phrase objects)")
	output = outputFlag(fs, "the statements")
	in = addInputFlags(fs)
	return c
}

// lazyBytes is the size from which a document's quotes are extracted as
// they are written, on the goroutine that writes, instead of all at once
// on a worker: the quotes of a huge document are then never all held.
const lazyBytes = 1 << 20

// extractQuotes returns the quotes of doc: extracted now on a worker for
// a document under lazyBytes, or a sequence that extracts them as the
// output is written.
func extractQuotes(doc *corpus.Document, opts quote.Options) iter.Seq[quote.Quote] {
	if len(doc.Text) >= lazyBytes {
		return quote.ExtractSeq(doc.Text, opts)
	}
	return slices.Values(quote.Extract(doc.Text, opts))
}

// eachDocument runs stance.Each over src, with the pass's warnings and
// progress. With --strict the first bad document stops the run.
func eachDocument[T any](ctx context.Context, src *corpus.Corpus, ps *pass,
	work func(*corpus.Document) T, emit func(*corpus.Document, T) error) error {
	return ps.check(stance.Each(ctx, src, ps.options(), work, emit))
}

// check turns the *corpus.DocError that stops a --strict run into a
// reported error.
func (ps *pass) check(err error) error {
	var de *corpus.DocError
	if errors.As(err, &de) {
		ps.warn(err)
		return errReported
	}
	return err
}
