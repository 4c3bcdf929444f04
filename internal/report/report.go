// Package report renders a tally.Summary as a terminal table, CSV,
// Markdown or JSON (Write), and streams of extracted quotes and classified
// statements as a table, JSON Lines or CSV (QuotesWriter, StatementWriter).
// It is the only place that draws tables: the stance library returns
// values.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/stancekit/stancekit/stance/tally"
)

// The output formats.
const (
	Table    = "table"    // aligned text for a terminal, as wide as the terminal at most
	CSV      = "csv"      // one row per speaker (and per topic with ByTopic), numbers with four decimals
	Markdown = "markdown" // a GitHub-flavoured Markdown table
	JSON     = "json"     // the documented JSON object, numbers in full precision
)

// Formats lists the formats Write accepts.
var Formats = []string{Table, CSV, JSON, Markdown}

// CheckFormat returns an error unless format is one of Formats.
func CheckFormat(format string) error {
	for _, f := range Formats {
		if f == format {
			return nil
		}
	}
	return fmt.Errorf("unknown format %q: want %s", format, strings.Join(Formats, ", "))
}

// Write renders s to w in format, laying out the Table format for
// DefaultWidth columns: it is WriteWidth(w, s, format, DefaultWidth).
func Write(w io.Writer, s *tally.Summary, format string) error {
	return WriteWidth(w, s, format, DefaultWidth)
}

// WriteWidth renders s to w in format. The lines of the Table format,
// footnote aside, take at most width display columns (CJK characters and
// emoji count two): pass the terminal's width, or DefaultWidth when the
// output is not a terminal; width <= 0 means DefaultWidth. When the table
// would be wider, the speaker and top topic columns are cut with an
// ellipsis, the widest first; the numbers are never cut, so a very narrow
// width may not be met. The other formats do not depend on width.
//
// The CSV format writes shares, net stances, their intervals and
// confidences with four decimals (0.3333, -0.0852); the JSON format
// writes the float64 values in full, in their shortest form that reads
// back exactly (0.3333333333333333), for programs that compute with them.
func WriteWidth(w io.Writer, s *tally.Summary, format string, width int) error {
	if width <= 0 {
		width = DefaultWidth
	}
	switch format {
	case Table:
		return writeTable(w, s, width)
	case CSV:
		return writeCSV(w, s)
	case Markdown:
		return writeMarkdown(w, s)
	case JSON:
		return writeJSON(w, s)
	}
	return CheckFormat(format)
}

// byTopic reports whether s carries per-topic breakdowns.
func byTopic(s *tally.Summary) bool {
	for _, sp := range s.Speakers {
		if sp.ByTopic != nil {
			return true
		}
	}
	return false
}

// byPeriod reports whether s carries per-period breakdowns.
func byPeriod(s *tally.Summary) bool {
	for _, sp := range s.Speakers {
		if sp.ByPeriod != nil {
			return true
		}
	}
	return false
}

// stanceColumns orders the stance labels for columns: support, oppose,
// then the others (neutral) in model order.
func stanceColumns(s *tally.Summary) []string {
	cols := []string{s.Support, s.Oppose}
	for _, l := range s.StanceLabels {
		if l != s.Support && l != s.Oppose {
			cols = append(cols, l)
		}
	}
	return cols
}

// signed formats a net stance with its sign: +0.67, -1.00, 0.00.
func signed(x float64) string {
	s := fmt.Sprintf("%+.2f", x)
	if s == "+0.00" || s == "-0.00" {
		return "0.00"
	}
	return s
}

// interval formats a net stance interval, [-0.94, +0.04], with a
// blank for the sign of zero so that intervals line up: [ 0.00, +0.88].
func interval(ci tally.Interval) string {
	pad := func(x float64) string {
		s := signed(x)
		if s == "0.00" {
			return " " + s
		}
		return s
	}
	return "[" + pad(ci.Lo) + ", " + pad(ci.Hi) + "]"
}

// percent formats a share as a whole percentage.
func percent(x float64) string {
	return fmt.Sprintf("%.0f%%", 100*x)
}

// footnote is the text under a table: what was counted and how to read it.
func footnote(s *tally.Summary) string {
	shown := plural(len(s.Speakers), "speaker")
	switch {
	case s.By != "":
		shown = fmt.Sprintf("%s of %s", plural(len(s.Speakers), map[string]string{"group": "group", "gender": "gender"}[s.By]), plural(s.Actors, "speaker"))
	case len(s.Speakers) < s.Actors:
		shown = fmt.Sprintf("%d of %s", len(s.Speakers), plural(s.Actors, "speaker"))
	}
	if s.Uncertain > 0 {
		shown += fmt.Sprintf("; %s below the confidence threshold in no share", plural(s.Uncertain, "statement"))
	}
	if s.Dropped > 0 {
		shown += fmt.Sprintf(" (%s of names the codebook drops left out)", plural(s.Dropped, "statement"))
	}
	note := fmt.Sprintf("%s, %s (%d unattributed), %s.\nNet = share %s - share %s, with a %.0f%% Newcombe interval.",
		plural(s.Documents, "document"), plural(s.Quotes, "statement"), s.Unattributed, shown, s.Support, s.Oppose, 100*s.Level)
	if s.Period != "" {
		note += "\n" + dateNote(s)
	}
	return note
}

// dateNote says which documents have dates, and over what span.
func dateNote(s *tally.Summary) string {
	var b strings.Builder
	if s.Dated > 0 {
		fmt.Fprintf(&b, "Dated %s to %s (%s), by %s", s.First.Format("2006-01-02"), s.Last.Format("2006-01-02"), plural(s.Dated, "document"), s.Period)
	} else {
		b.WriteString("No document has a date")
	}
	if s.Undated > 0 {
		fmt.Fprintf(&b, "; %s without a date in no period", plural(s.Undated, "document"))
		if s.Unreadable > 0 {
			fmt.Fprintf(&b, " (%d with a date not understood)", s.Unreadable)
		}
	}
	return b.String() + "."
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
