package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter/tw"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
)

// A Statement is one classified piece of text, and one line of the JSONL
// format of a StatementWriter ("stance classify --format jsonl"): the
// output contract. Doc, Path, Line, Extracted and the spans are those of
// the quotes record ("stance quotes --format jsonl") of the same quote, so
// that the two join on doc, path, line and content. Speaker and Role are
// null when unknown; Line is left out outside a JSONL/CSV corpus;
// StanceProbs and TopicProbs hold the probability, in [0, 1], of every
// label of the model.
type Statement struct {
	Doc       string  `json:"doc"`
	Path      string  `json:"path"`
	Line      int     `json:"line,omitempty"`      // record line in a JSONL/CSV corpus
	Extracted bool    `json:"extracted,omitempty"` // offsets refer to text extracted from HTML
	Encoding  string  `json:"encoding,omitempty"`  // the charset the text was decoded from; absent for UTF-8
	Speaker   *string `json:"speaker"`
	Role      *string `json:"role"`
	Kind      string  `json:"kind"` // direct, indirect, mixed, or KindText for a whole record or line

	// Content are the spans of the document's text (UTF-8 byte offsets,
	// end exclusive, as [start, end]) that Text joins: a quote's content
	// spans, or the one span of a KindText statement; null when the place
	// of a KindText statement is not known. Source and Cue are the quote's
	// speaker mention and attribution cue, null when absent and for
	// KindText.
	Content []quote.Span `json:"content"`
	Source  *quote.Span  `json:"source"`
	Cue     *quote.Span  `json:"cue"`

	Text        string             `json:"text"`
	Stance      string             `json:"stance"`
	StanceProb  float64            `json:"stance_prob"`
	StanceProbs map[string]float64 `json:"stance_probs"`
	Topic       string             `json:"topic"`
	TopicProb   float64            `json:"topic_prob"`
	TopicProbs  map[string]float64 `json:"topic_probs"`
}

// KindText is the Kind of a Statement that is a whole record or line, not
// an extracted quote.
const KindText = "text"

// QuoteStatement is the Statement of a quote of doc classified by
// stance.Classify, with the quote's role and spans.
func QuoteStatement(doc *corpus.Document, s stance.Statement) Statement {
	st := newStatement(doc, s.Text, s.Speaker, string(s.Kind), s.Stance, s.Topic)
	if s.Role != "" {
		st.Role = &s.Role
	}
	st.Content, st.Source, st.Cue = s.Content, s.Source, s.Cue
	return st
}

// TextStatement is the Statement of text, a whole record of doc or a line
// of it, classified as stance and topic. It has no speaker. Its content
// span is where text occurs in doc.Text if it occurs there once, and
// unknown (nil) otherwise: TextStatementAt says where a repeated line is.
func TextStatement(doc *corpus.Document, text string, stance, topic nb.Prediction) Statement {
	st := newStatement(doc, text, "", KindText, stance, topic)
	if i := strings.Index(doc.Text, text); i >= 0 && i == strings.LastIndex(doc.Text, text) {
		st.Content = []quote.Span{{Start: i, End: i + len(text)}}
	}
	return st
}

// TextStatementAt is the Statement of the text of doc in span (a whole
// record or a line of it, white space trimmed), classified as stance and
// topic. It has no speaker. It panics if span is out of range for
// doc.Text: that is a caller bug.
func TextStatementAt(doc *corpus.Document, span quote.Span, stance, topic nb.Prediction) Statement {
	st := newStatement(doc, span.Text(doc.Text), "", KindText, stance, topic)
	st.Content = []quote.Span{span}
	return st
}

func newStatement(doc *corpus.Document, text, speaker, kind string, s, t nb.Prediction) Statement {
	st := Statement{Doc: doc.ID, Path: doc.Path, Line: doc.Line, Extracted: doc.Extracted, Encoding: doc.Encoding, Kind: kind, Text: text,
		Stance: s.Label, StanceProb: s.Prob, StanceProbs: s.Probs,
		Topic: t.Label, TopicProb: t.Prob, TopicProbs: t.Probs}
	if speaker != "" {
		st.Speaker = &speaker
	}
	return st
}

// A StatementWriter renders a stream of classified statements (the output
// of "stance classify"):
//
//   - JSONL: one Statement per line, HTML characters unescaped.
//   - CSV: the header row StatementsCSVHeader, then one row per
//     statement: doc, path and line (empty outside a JSONL/CSV corpus), as
//     in the quotes CSV; speaker, role and kind (an unknown speaker or
//     role empty); content_start and content_end, the UTF-8 byte offsets
//     of the start of the first content span and the end of the last, end
//     exclusive (empty when unknown), which with doc, path and line find
//     the row of the quotes CSV of the same quote; the stance and topic
//     with their probabilities, to three decimals; and the text.
//   - Table: columns doc, speaker ("(unresolved)" when unknown, except for
//     KindText), stance, p, topic, p and statement (white space folded,
//     cut to 200 display columns and wrapped), with a border, at most
//     Width display columns wide: to fit, the doc, speaker, stance and
//     topic columns are cut with an ellipsis and the statement column is
//     narrowed, the widest first. The table is drawn by Flush.
//
// JSONL lines and CSV rows are written by each Write.
type StatementWriter struct {
	// Width is the most display columns a line of the Table format
	// takes: the terminal's width, or DefaultWidth when the output is not
	// a terminal; 0 means DefaultWidth. Flush reads it.
	Width int
	sink
}

// StatementsCSVHeader is the header row of the CSV format of a
// StatementWriter.
var StatementsCSVHeader = []string{"doc", "path", "line", "speaker", "role", "kind", "content_start", "content_end",
	"stance", "stance_prob", "topic", "topic_prob", "text"}

// NewStatementWriter returns a StatementWriter to w in format, one of
// RecordFormats; any other format is Table. The CSV header goes out with
// the first Write: without any document, the CSV output is empty.
func NewStatementWriter(w io.Writer, format string) *StatementWriter {
	return &StatementWriter{sink: newSink(w, format, StatementsCSVHeader, []column{
		{"DOC", tw.AlignLeft, cut}, {"SPEAKER", tw.AlignLeft, cut}, {"STANCE", tw.AlignLeft, cut}, {"P", tw.AlignRight, keep},
		{"TOPIC", tw.AlignLeft, cut}, {"P", tw.AlignRight, keep}, {"STATEMENT", tw.AlignLeft, wrap}})}
}

// Write renders sts, the statements of one document.
func (s *StatementWriter) Write(sts []Statement) error {
	for _, st := range sts {
		speaker, role := deref(st.Speaker), deref(st.Role)
		switch s.format {
		case JSONL:
			if err := s.enc.Encode(st); err != nil {
				return err
			}
		case CSV:
			start, end := "", ""
			if n := len(st.Content); n > 0 {
				start, end = strconv.Itoa(st.Content[0].Start), strconv.Itoa(st.Content[n-1].End)
			}
			s.csv.Write([]string{st.Doc, st.Path, lineCell(st.Line), speaker, role, st.Kind, start, end,
				st.Stance, prob(st.StanceProb), st.Topic, prob(st.TopicProb), st.Text})
		default:
			if speaker == "" && st.Kind != KindText {
				speaker = "(unresolved)"
			}
			s.rows = append(s.rows, []string{fold(st.Doc), fold(speaker), fold(st.Stance), prob(st.StanceProb),
				fold(st.Topic), prob(st.TopicProb), oneLine(st.Text, statementWidth)})
		}
	}
	if s.csv != nil {
		s.csv.Flush()
		return s.csv.Error()
	}
	return nil
}

// Flush ends the output: it draws the table of the Table format, and does
// nothing for the others.
func (s *StatementWriter) Flush() error { return s.flush(s.Width) }

// deref is *p, or "" for nil.
func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
