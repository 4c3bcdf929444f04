package report

import (
	"fmt"
	"strings"
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
