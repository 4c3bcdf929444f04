package report

import (
	"bytes"
	"encoding/json"
	"io"
	"iter"
	"slices"
	"strconv"

	"github.com/olekukonko/tablewriter/tw"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

// QuotesRecord is one line of the JSONL format of a QuotesWriter ("stance
// quotes --format jsonl"): the output contract read by
// ../shared/tools/score_quotes.py. Quotes is [] for a document without
// quotes, never null.
type QuotesRecord struct {
	Doc       string        `json:"doc"`
	Path      string        `json:"path"`
	Line      int           `json:"line,omitempty"`      // record line in a JSONL/CSV corpus
	Extracted bool          `json:"extracted,omitempty"` // offsets refer to text extracted from HTML
	Encoding  string        `json:"encoding,omitempty"`  // the charset the text was decoded from; absent for UTF-8
	Quotes    []quote.Quote `json:"quotes"`
}

// A QuotesWriter renders the quotes extracted from a stream of documents
// (the output of "stance quotes"):
//
//   - JSONL: one QuotesRecord per document, every document included; each
//     line is written by Write. The quotes are encoded by
//     quote.Quote.MarshalJSON (spans as [start, end] byte offsets, an
//     empty speaker or role as null), which escapes <, > and & as \u003c,
//     \u003e and \u0026; the record's own fields leave them as they are.
//   - CSV: the header row QuotesCSVHeader, then one row per quote: the
//     document's doc id, path and line (empty for a whole file, where the
//     JSONL record leaves line out), the quote's speaker, role and kind
//     (an unknown speaker or role empty), source and cue (the text of
//     those spans, empty when absent), content_start and content_end (the
//     UTF-8 byte offsets of the start of the first content span and the
//     end of the last, end exclusive) and its text. Rows are flushed by
//     each Write.
//   - Table: columns doc, speaker ("(unresolved)" when empty), role, kind
//     and statement (white space folded, cut to 200 display columns and
//     wrapped), with a border, at most Width display columns wide: to fit,
//     the doc, speaker and role columns are cut with an ellipsis and the
//     statement column is narrowed, the widest first. The table is drawn
//     by Flush.
type QuotesWriter struct {
	// Width is the most display columns a line of the Table format
	// takes: the terminal's width, or DefaultWidth when the output is not
	// a terminal; 0 means DefaultWidth. Flush reads it.
	Width int
	sink

	// The JSONL record being written (see writeJSONL).
	jsonEnc *json.Encoder
	jsonBuf bytes.Buffer
	line    []byte
}

// QuotesCSVHeader is the header row of the CSV format of a QuotesWriter.
var QuotesCSVHeader = []string{"doc", "path", "line", "speaker", "role", "kind", "source", "cue", "content_start", "content_end", "text"}

// NewQuotesWriter returns a QuotesWriter to w in format, one of
// RecordFormats; any other format is Table. The CSV header goes out with
// the first Write: without any document, the CSV output is empty.
func NewQuotesWriter(w io.Writer, format string) *QuotesWriter {
	return &QuotesWriter{sink: newSink(w, format, QuotesCSVHeader, []column{
		{"DOC", tw.AlignLeft, cut}, {"SPEAKER", tw.AlignLeft, cut}, {"ROLE", tw.AlignLeft, cut},
		{"KIND", tw.AlignLeft, keep}, {"STATEMENT", tw.AlignLeft, wrap}})}
}

// Write renders the quotes qs extracted from doc.
func (q *QuotesWriter) Write(doc *corpus.Document, qs []quote.Quote) error {
	return q.WriteSeq(doc, slices.Values(qs))
}

// WriteSeq renders the quotes of doc as seq yields them (see
// quote.ExtractSeq): JSONL and CSV output never holds them all.
func (q *QuotesWriter) WriteSeq(doc *corpus.Document, seq iter.Seq[quote.Quote]) error {
	switch q.format {
	case JSONL:
		return q.writeJSONL(doc, seq)
	case CSV:
		for x := range seq {
			start, end := x.Content[0].Start, x.Content[len(x.Content)-1].End
			q.csv.Write([]string{doc.ID, doc.Path, lineCell(doc.Line), x.Speaker, x.Role, string(x.Kind),
				spanText(doc.Text, x.Source), spanText(doc.Text, x.Cue), strconv.Itoa(start), strconv.Itoa(end), x.Text})
		}
		q.csv.Flush()
		return q.csv.Error()
	default:
		for x := range seq {
			speaker := x.Speaker
			if speaker == "" {
				speaker = "(unresolved)"
			}
			q.rows = append(q.rows, []string{fold(doc.ID), fold(speaker), fold(x.Role), string(x.Kind), oneLine(x.Text, statementWidth)})
		}
		return nil
	}
}

// Flush ends the output: it draws the table of the Table format, and does
// nothing for the others.
func (q *QuotesWriter) Flush() error { return q.flush(q.Width) }

// spanText is the text of s in text, or "" for a nil span.
func spanText(text string, s *quote.Span) string {
	if s == nil {
		return ""
	}
	return s.Text(text)
}

// writeJSONL writes the QuotesRecord of doc a quote at a time, the bytes
// encoding/json would write for the whole record, so that a document with
// a great many quotes is never held twice, as quotes and as one line.
func (q *QuotesWriter) writeJSONL(doc *corpus.Document, seq iter.Seq[quote.Quote]) error {
	if q.jsonEnc == nil {
		q.jsonEnc = json.NewEncoder(&q.jsonBuf)
		q.jsonEnc.SetEscapeHTML(false)
	}
	q.jsonBuf.Reset()
	// The record with no quotes ends in `"quotes":[]}` and a newline: the
	// quotes go inside the brackets.
	head := QuotesRecord{Doc: doc.ID, Path: doc.Path, Line: doc.Line, Extracted: doc.Extracted, Encoding: doc.Encoding, Quotes: []quote.Quote{}}
	if err := q.jsonEnc.Encode(head); err != nil {
		return err
	}
	q.line = append(q.line[:0], bytes.TrimSuffix(q.jsonBuf.Bytes(), []byte("]}\n"))...)
	i := 0
	for x := range seq {
		q.jsonBuf.Reset()
		if err := q.jsonEnc.Encode(&x); err != nil {
			return err
		}
		if i++; i > 1 {
			q.line = append(q.line, ',')
		}
		q.line = append(q.line, bytes.TrimSuffix(q.jsonBuf.Bytes(), []byte("\n"))...)
		if len(q.line) >= 64<<10 {
			if _, err := q.w.Write(q.line); err != nil {
				return err
			}
			q.line = q.line[:0]
		}
	}
	q.line = append(q.line, "]}\n"...)
	_, err := q.w.Write(q.line)
	if cap(q.line) > 1<<20 {
		q.line = nil
	}
	return err
}
