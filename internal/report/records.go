package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// The formats of the record writers (QuotesWriter, StatementWriter): one
// row or line per quote or statement, as the records stream in. Table and
// CSV are also summary formats.
const (
	JSONL = "jsonl" // JSON Lines: one JSON object per line
)

// RecordFormats lists the formats NewQuotesWriter and NewStatementWriter
// accept; any other format is Table.
var RecordFormats = []string{Table, JSONL, CSV}

// statementWidth is the most display columns of a statement shown in a
// record table, before it is wrapped.
const statementWidth = 200

// oneLine folds white space and cuts s to at most width display columns,
// marking the cut.
func oneLine(s string, width int) string { return truncate(fold(s), width) }

// prob formats a probability with three decimals.
func prob(p float64) string { return fmt.Sprintf("%.3f", p) }

// lineCell is the CSV cell of a record line: empty for a whole file.
func lineCell(line int) string {
	if line > 0 {
		return strconv.Itoa(line)
	}
	return ""
}

// A sink is where a record writer's rows go: a JSON Lines encoder, a CSV
// writer (its header written at once, flushed with the first Write) or the
// rows of a table drawn by flush, by format.
type sink struct {
	format string
	enc    *json.Encoder
	csv    *csv.Writer
	w      io.Writer  // the output, for writers that write it themselves
	cols   []column   // of the table
	rows   [][]string // of the table, until flush
}

// newSink returns the sink of format, one of RecordFormats; any other
// format is Table, with columns cols.
func newSink(w io.Writer, format string, csvHeader []string, cols []column) sink {
	s := sink{format: format}
	switch format {
	case JSONL:
		s.enc = json.NewEncoder(w)
		s.enc.SetEscapeHTML(false)
		s.w = w
	case CSV:
		s.csv = csv.NewWriter(w)
		s.csv.Write(csvHeader)
	default:
		s.format = Table
		s.w, s.cols = w, cols
	}
	return s
}

// flush draws the table of the Table format with a border, its lines
// width display columns wide at most (DefaultWidth if width <= 0), cutting
// or wrapping the columns that give way, the widest first. It does
// nothing for the other formats.
func (s *sink) flush(width int) error {
	if s.format != Table {
		return nil
	}
	if width <= 0 {
		width = DefaultWidth
	}
	// Each column takes a space either side and a rule after it; one more
	// rule opens the line.
	rows, _ := fit(s.cols, s.rows, width, 3*len(s.cols)+1)
	s.rows = nil
	header := make([]string, len(s.cols))
	align := make([]tw.Align, len(s.cols))
	for i, c := range s.cols {
		header[i], align[i] = c.header, c.align
	}
	t := tablewriter.NewTable(s.w,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeader(header),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: align}),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
	)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}
