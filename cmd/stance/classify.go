package main

import (
	"context"
	"strings"

	"github.com/stancekit/stancekit/cmd/stance/internal/report"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

// runClassify classifies every statement extracted from each document.
func runClassify(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("classify", "PATH...", e)
	stanceModel := fs.String("model", "", "stance model `file` (default: the embedded model)")
	topicModel := fs.String("topic-model", "", "topic model `file` (default: the embedded model)")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	texts := fs.Bool("texts", false, "classify each JSONL/CSV record, or each line of a text file, as one statement instead of extracting quotes")
	strict := fs.Bool("strict", false, "stop at the first bad document instead of warning and going on")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, report.RecordFormats...); err != nil {
		return err
	}
	if err := needPaths(fs, "classify"); err != nil {
		return err
	}
	sm, err := loadModel("--model", *stanceModel, models.DefaultStance)
	if err != nil {
		return err
	}
	tm, err := loadModel("--topic-model", *topicModel, models.DefaultTopic)
	if err != nil {
		return err
	}
	m := stance.Models{Stance: sm, Topic: tm}
	opts := quote.DefaultOptions
	out := report.NewStatementWriter(e.stdout, *format)
	warn, failed := warner(e.stderr, *strict)
	in := corpus.NewCorpus(fs.Args(), e.stdin)
	defer in.Close()
	err = eachDocument(ctx, in, *strict,
		func(doc *corpus.Document) []report.Statement { return classifyDocument(doc, m, opts, *texts) },
		func(_ *corpus.Document, sts []report.Statement) error { return out.Write(sts) }, warn)
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

// classifyDocument extracts and classifies the statements of doc. A
// record of a JSONL or CSV corpus in which extraction finds no statement
// is itself a statement (a corpus of bare quotes); with texts set, every
// record, or every line of a whole file, is one.
func classifyDocument(doc *corpus.Document, m stance.Models, opts quote.Options, texts bool) []report.Statement {
	var out []report.Statement
	addText := func(text string) {
		out = append(out, report.TextStatement(doc, text, m.Stance.Predict(text), m.Topic.Predict(text)))
	}
	if texts {
		if doc.Line > 0 {
			addText(strings.TrimSpace(doc.Text))
			return out
		}
		for line := range strings.Lines(doc.Text) {
			if line = strings.TrimSpace(line); line != "" {
				addText(line)
			}
		}
		return out
	}
	for _, st := range stance.Classify(doc, m, opts) {
		out = append(out, report.QuoteStatement(doc, st))
	}
	if len(out) == 0 && doc.Line > 0 {
		addText(strings.TrimSpace(doc.Text))
	}
	return out
}
