package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
)

// A statement is one classified piece of text.
type statement struct {
	Doc         string             `json:"doc"`
	Path        string             `json:"path"`
	Line        int                `json:"line,omitempty"`
	Speaker     *string            `json:"speaker"`
	Kind        string             `json:"kind"` // direct, indirect, mixed, or text for a whole record
	Text        string             `json:"text"`
	Stance      string             `json:"stance"`
	StanceProb  float64            `json:"stance_prob"`
	StanceProbs map[string]float64 `json:"stance_probs"`
	Topic       string             `json:"topic"`
	TopicProb   float64            `json:"topic_prob"`
	TopicProbs  map[string]float64 `json:"topic_probs"`
}

// kindText marks a statement that is a whole record or line, not an
// extracted quote.
const kindText = "text"

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
	if err := checkFormat(*format, "table", "jsonl", "csv"); err != nil {
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
	opts := quote.DefaultOptions
	out := newStatementWriter(*format, e.stdout)
	warn, failed := warner(e.stderr, *strict)
	in := corpus.NewCorpus(fs.Args(), e.stdin)
	defer in.Close()
	err = eachDocument(ctx, in, *strict,
		func(doc *corpus.Document) []statement { return classifyDocument(doc, sm, tm, opts, *texts) },
		func(doc *corpus.Document, st []statement) error {
			if *strict && failed() {
				return errReported
			}
			return out.write(st)
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

// classifyDocument extracts and classifies the statements of doc. A
// record of a JSONL or CSV corpus in which extraction finds no statement
// is itself a statement (a corpus of bare quotes); with texts set, every
// record, or every line of a whole file, is one.
func classifyDocument(doc *corpus.Document, sm, tm *nb.Classifier, opts quote.Options, texts bool) []statement {
	var out []statement
	add := func(text, speaker, kind string) {
		s, t := sm.Predict(text), tm.Predict(text)
		st := statement{Doc: doc.ID, Path: doc.Path, Line: doc.Line, Kind: kind, Text: text,
			Stance: s.Label, StanceProb: s.Prob, StanceProbs: s.Probs,
			Topic: t.Label, TopicProb: t.Prob, TopicProbs: t.Probs}
		if speaker != "" {
			st.Speaker = &speaker
		}
		out = append(out, st)
	}
	if texts {
		if doc.Line > 0 {
			add(strings.TrimSpace(doc.Text), "", kindText)
			return out
		}
		for line := range strings.Lines(doc.Text) {
			if line = strings.TrimSpace(line); line != "" {
				add(line, "", kindText)
			}
		}
		return out
	}
	for _, q := range quote.Extract(doc.Text, opts) {
		add(q.Text, q.Speaker, string(q.Kind))
	}
	if len(out) == 0 && doc.Line > 0 {
		add(strings.TrimSpace(doc.Text), "", kindText)
	}
	return out
}

type statementWriter struct {
	format string
	enc    *json.Encoder
	csv    *csv.Writer
	table  *tablewriter.Table
}

func newStatementWriter(format string, w io.Writer) *statementWriter {
	s := &statementWriter{format: format}
	switch format {
	case "jsonl":
		s.enc = json.NewEncoder(w)
		s.enc.SetEscapeHTML(false)
	case "csv":
		s.csv = csv.NewWriter(w)
		s.csv.Write([]string{"doc", "line", "speaker", "kind", "stance", "stance_prob", "topic", "topic_prob", "text"})
	default:
		s.table = tablewriter.NewTable(w,
			tablewriter.WithHeader([]string{"doc", "speaker", "stance", "p", "topic", "p", "statement"}),
			tablewriter.WithRowAutoWrap(tw.WrapNormal),
			tablewriter.WithMaxWidth(110),
			tablewriter.WithConfig(tablewriter.Config{
				Row: tw.CellConfig{ColMaxWidths: tw.CellWidth{PerColumn: tw.NewMapper[int, int]().Set(0, 14).Set(1, 18).Set(6, 44)}},
			}),
		)
	}
	return s
}

func (s *statementWriter) write(sts []statement) error {
	for _, st := range sts {
		speaker := ""
		if st.Speaker != nil {
			speaker = *st.Speaker
		}
		switch s.format {
		case "jsonl":
			if err := s.enc.Encode(st); err != nil {
				return err
			}
		case "csv":
			line := ""
			if st.Line > 0 {
				line = strconv.Itoa(st.Line)
			}
			s.csv.Write([]string{st.Doc, line, speaker, st.Kind, st.Stance, prob(st.StanceProb), st.Topic, prob(st.TopicProb), st.Text})
		default:
			if speaker == "" && st.Kind != kindText {
				speaker = "(unresolved)"
			}
			if err := s.table.Append([]string{st.Doc, speaker, st.Stance, prob(st.StanceProb), st.Topic, prob(st.TopicProb), oneLine(st.Text, 200)}); err != nil {
				return err
			}
		}
	}
	if s.csv != nil {
		s.csv.Flush()
		return s.csv.Error()
	}
	return nil
}

func prob(p float64) string { return fmt.Sprintf("%.3f", p) }

func (s *statementWriter) flush() error {
	if s.table != nil {
		return s.table.Render()
	}
	return nil
}
