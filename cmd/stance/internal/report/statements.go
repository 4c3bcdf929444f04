package report

import (
	"io"
	"strconv"

	"github.com/olekukonko/tablewriter/tw"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
)

// A Statement is one classified piece of text, and one line of the JSONL
// format of a StatementWriter ("stance classify --format jsonl"): the
// output contract. Speaker is null when unknown; Line is left out outside
// a JSONL/CSV corpus; StanceProbs and TopicProbs hold the probability of
// every label of the model.
type Statement struct {
	Doc         string             `json:"doc"`
	Path        string             `json:"path"`
	Line        int                `json:"line,omitempty"`
	Speaker     *string            `json:"speaker"`
	Kind        string             `json:"kind"` // direct, indirect, mixed, or KindText for a whole record
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
// stance.Classify.
func QuoteStatement(doc *corpus.Document, s stance.Statement) Statement {
	return newStatement(doc, s.Text, s.Speaker, string(s.Kind), s.Stance, s.Topic)
}

// TextStatement is the Statement of text, a whole record of doc or a line
// of it, classified as stance and topic. It has no speaker.
func TextStatement(doc *corpus.Document, text string, stance, topic nb.Prediction) Statement {
	return newStatement(doc, text, "", KindText, stance, topic)
}

func newStatement(doc *corpus.Document, text, speaker, kind string, s, t nb.Prediction) Statement {
	st := Statement{Doc: doc.ID, Path: doc.Path, Line: doc.Line, Kind: kind, Text: text,
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
//   - CSV: a header row "doc,line,speaker,kind,stance,stance_prob,topic,
//     topic_prob,text", then one row per statement; line is empty outside
//     a JSONL/CSV corpus, speaker is empty when unknown and the
//     probabilities have three decimals.
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

// NewStatementWriter returns a StatementWriter to w in format, one of
// RecordFormats; any other format is Table. The CSV header goes out with
// the first Write: without any document, the CSV output is empty.
func NewStatementWriter(w io.Writer, format string) *StatementWriter {
	return &StatementWriter{sink: newSink(w, format,
		[]string{"doc", "line", "speaker", "kind", "stance", "stance_prob", "topic", "topic_prob", "text"}, []column{
			{"DOC", tw.AlignLeft, cut}, {"SPEAKER", tw.AlignLeft, cut}, {"STANCE", tw.AlignLeft, cut}, {"P", tw.AlignRight, keep},
			{"TOPIC", tw.AlignLeft, cut}, {"P", tw.AlignRight, keep}, {"STATEMENT", tw.AlignLeft, wrap}})}
}

// Write renders sts, the statements of one document.
func (s *StatementWriter) Write(sts []Statement) error {
	for _, st := range sts {
		speaker := ""
		if st.Speaker != nil {
			speaker = *st.Speaker
		}
		switch s.format {
		case JSONL:
			if err := s.enc.Encode(st); err != nil {
				return err
			}
		case CSV:
			line := ""
			if st.Line > 0 {
				line = strconv.Itoa(st.Line)
			}
			s.csv.Write([]string{st.Doc, line, speaker, st.Kind, st.Stance, prob(st.StanceProb), st.Topic, prob(st.TopicProb), st.Text})
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
