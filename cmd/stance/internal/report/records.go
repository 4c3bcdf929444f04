package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

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
// accept; any other format is rendered as Table.
var RecordFormats = []string{Table, JSONL, CSV}

// oneLine folds white space and cuts s to at most max runes, marking the cut.
func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}

// prob formats a probability with three decimals.
func prob(p float64) string { return fmt.Sprintf("%.3f", p) }

// A sink is where a record writer's rows go: a JSON Lines encoder, a CSV
// writer (its header written at once, flushed with the first Write) or a
// table drawn by flush, by format.
type sink struct {
	format string
	enc    *json.Encoder
	csv    *csv.Writer
	table  *tablewriter.Table
}

// A tableLayout is the header, the width and the widest cells of a
// record table; colWidths maps a column index to its widest cell.
type tableLayout struct {
	header    []string
	maxWidth  int
	colWidths map[int]int
}

// newSink returns the sink of format, one of RecordFormats; any other
// format is Table.
func newSink(w io.Writer, format string, csvHeader []string, layout tableLayout) sink {
	s := sink{format: format}
	switch format {
	case JSONL:
		s.enc = json.NewEncoder(w)
		s.enc.SetEscapeHTML(false)
	case CSV:
		s.csv = csv.NewWriter(w)
		s.csv.Write(csvHeader)
	default:
		s.format = Table
		widths := tw.NewMapper[int, int]()
		for col, n := range layout.colWidths {
			widths.Set(col, n)
		}
		s.table = tablewriter.NewTable(w,
			tablewriter.WithHeader(layout.header),
			tablewriter.WithRowAutoWrap(tw.WrapNormal),
			tablewriter.WithMaxWidth(layout.maxWidth),
			tablewriter.WithConfig(tablewriter.Config{Row: tw.CellConfig{ColMaxWidths: tw.CellWidth{PerColumn: widths}}}),
		)
	}
	return s
}

// flush draws the table of the Table format; it does nothing for the
// others.
func (s *sink) flush() error {
	if s.table != nil {
		return s.table.Render()
	}
	return nil
}
