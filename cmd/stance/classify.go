package main

import (
	"io"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

// classifyCommand classifies every statement extracted from each document.
func classifyCommand(e env) *cobra.Command {
	var (
		stanceModel, topicModel, format string
		texts, allAttributions          bool
		topicContext                    float64
		output                          *string
		in                              *inputFlags
	)
	c := newCommand("classify [flags] PATH...", "classify every extracted statement", func(cmd *cobra.Command, args []string) error {
		if err := checkFormat(format, report.RecordFormats...); err != nil {
			return err
		}
		if err := needPaths(args, "classify"); err != nil {
			return err
		}
		sm, err := loadModel("--model", stanceModel, models.DefaultStance)
		if err != nil {
			return err
		}
		tm, err := loadModel("--topic-model", topicModel, models.DefaultTopic)
		if err != nil {
			return err
		}
		if !(topicContext >= 0) {
			return usageErrorf("--topic-context: %v is not a weight of 0 or more", topicContext)
		}
		m := stance.Models{Stance: sm, Topic: tm, TopicContext: topicContext}
		if err := checkModels(m); err != nil {
			return err
		}
		opts := stance.StatementOptions
		if allAttributions {
			opts = quote.DefaultOptions
		}
		src, ps, err := in.open(e, args, "classifying")
		if err != nil {
			return err
		}
		defer src.Close()
		err = writeOutput(*output, e.stdout, func(w io.Writer) error {
			out := report.NewStatementWriter(w, format)
			out.Width = e.widthFor(*output)
			err := eachDocument(cmd.Context(), src, ps,
				func(doc *corpus.Document) []report.Statement { return classifyDocument(doc, m, opts, texts) },
				func(_ *corpus.Document, sts []report.Statement) error { return out.Write(sts) })
			if err != nil {
				return err
			}
			return out.Flush()
		})
		return ps.done(err)
	})
	fs := c.Flags()
	fs.StringVar(&stanceModel, "model", "", "stance model `FILE` (default: the embedded model)")
	fs.StringVar(&topicModel, "topic-model", "", "topic model `FILE` (default: the embedded model)")
	fs.StringVar(&format, "format", report.Table, "output `FORMAT`: table, jsonl or csv")
	fs.Float64Var(&topicContext, "topic-context", stance.DefaultTopicContext, "weight `W` of the article's topic (title and lead) in each statement's topic; 0: the statement alone")
	fs.BoolVar(&allAttributions, "all-attributions", false, "classify every attribution (plans, findings, noun-phrase objects too), not only statements")
	fs.BoolVar(&texts, "texts", false, "classify each JSONL/CSV record, or each line of a text file, as one statement instead of extracting quotes")
	output = outputFlag(fs, "the statements")
	in = addInputFlags(fs)
	return c
}

// classifyDocument extracts and classifies the statements of doc. A
// record of a JSONL or CSV corpus in which extraction finds no statement
// is itself a statement (a corpus of bare quotes); with texts set, every
// record, or every line of a whole file, is one.
func classifyDocument(doc *corpus.Document, m stance.Models, opts quote.Options, texts bool) []report.Statement {
	var out []report.Statement
	// addSpan classifies the text of doc in [start, end), white space trimmed.
	addSpan := func(start, end int) {
		text := doc.Text[start:end]
		trimmed := strings.TrimLeftFunc(text, unicode.IsSpace)
		start += len(text) - len(trimmed)
		text = strings.TrimRightFunc(trimmed, unicode.IsSpace)
		if text == "" {
			return
		}
		span := quote.Span{Start: start, End: start + len(text)}
		out = append(out, report.TextStatementAt(doc, span, m.Stance.Predict(text), m.Topic.Predict(text)))
	}
	if texts {
		if doc.Line > 0 {
			addSpan(0, len(doc.Text))
			return out
		}
		start := 0
		for line := range strings.Lines(doc.Text) {
			addSpan(start, start+len(line))
			start += len(line)
		}
		return out
	}
	for _, st := range stance.Classify(doc, m, opts) {
		out = append(out, report.QuoteStatement(doc, st))
	}
	if len(out) == 0 && doc.Line > 0 {
		addSpan(0, len(doc.Text))
	}
	return out
}
