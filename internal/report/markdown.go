package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/stancekit/stancekit/stance/tally"
)

// writeMarkdown writes a GitHub-flavoured Markdown table, padded so that
// it also reads as plain text, followed by the footnote.
func writeMarkdown(w io.Writer, s *tally.Summary) error {
	header := []string{strings.ToUpper(rowHeader(s, "speaker")[:1]) + rowHeader(s, "speaker")[1:], "Role", "Type", "Quotes", "Articles"}
	right := []bool{false, false, false, true, true}
	for _, l := range stanceColumns(s) {
		header = append(header, l)
		right = append(right, true)
	}
	header = append(header, "Net", fmt.Sprintf("%.0f%% CI", 100*s.Level), "Confidence")
	right = append(right, true, false, true)
	topics := s.TopicLabels != nil
	if topics {
		header = append(header, "Top topic")
		right = append(right, false)
	}

	rows := [][]string{header}
	stanceCells := func(st tally.StanceShares) []string {
		var r []string
		for _, l := range stanceColumns(s) {
			r = append(r, percent(st.Shares[l]))
		}
		return append(r, signed(st.Net), interval(st.NetCI))
	}
	for _, sp := range s.Speakers {
		r := []string{mdEscape(sp.Name), mdEscape(sp.Role), typeCell(sp), fmt.Sprint(sp.Quotes), fmt.Sprint(sp.Articles)}
		r = append(r, stanceCells(sp.StanceShares)...)
		r = append(r, fmt.Sprintf("%.2f", sp.Confidence))
		if topics {
			r = append(r, mdEscape(sp.TopTopic))
		}
		rows = append(rows, r)
		sub := func(label string, quotes int, st tally.StanceShares) {
			r := []string{"· " + label, "", "", fmt.Sprint(quotes), ""}
			r = append(r, stanceCells(st)...)
			r = append(r, "")
			if topics {
				r = append(r, "")
			}
			rows = append(rows, r)
		}
		for _, ts := range sp.ByTopic {
			sub(mdEscape(ts.Topic), ts.Quotes, ts.StanceShares)
		}
		for _, ps := range sp.ByPeriod {
			sub(ps.Label, ps.Quotes, ps.StanceShares)
		}
	}

	widths := make([]int, len(header))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], displayWidth(c), 3)
		}
	}
	var b strings.Builder
	line := func(r []string) {
		b.WriteString("|")
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-displayWidth(c))
			if right[i] {
				b.WriteString(" " + pad + c + " |")
			} else {
				b.WriteString(" " + c + pad + " |")
			}
		}
		b.WriteString("\n")
	}
	line(rows[0])
	b.WriteString("|")
	for i := range header {
		if right[i] {
			b.WriteString(" " + strings.Repeat("-", widths[i]-1) + ": |")
		} else {
			b.WriteString(" " + strings.Repeat("-", widths[i]) + " |")
		}
	}
	b.WriteString("\n")
	for _, r := range rows[1:] {
		line(r)
	}
	b.WriteString("\n" + footnote(s) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// mdEscape keeps a cell on one line and its pipes out of the table syntax.
func mdEscape(s string) string {
	return strings.ReplaceAll(fold(s), "|", `\|`)
}

// typeCell is an actor's type and, for a person, gender: "person,
// female", "organisation"; empty for a group or gender row.
func typeCell(sp tally.SpeakerSummary) string {
	if sp.Gender != "" && sp.Type == tally.TypePerson {
		return sp.Type + ", " + sp.Gender
	}
	return sp.Type
}
