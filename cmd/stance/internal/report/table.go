package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/stancekit/stancekit/stance/tally"
)

// Column widths of the terminal table. The speaker column holds the name
// and, on a second line, the most frequent role; both are cut to fit.
// With three stance labels the table is Width columns wide at most.
const (
	speakerWidth = 24
	topicWidth   = 12 // at least; wider when the other columns leave room
)

// narrow measures display width without East Asian ambiguous widths, so
// the layout does not depend on the locale.
var narrow = &runewidth.Condition{EastAsianWidth: false}

// truncate cuts s to at most width display columns, marking a cut with an
// ellipsis.
func truncate(s string, width int) string {
	s = strings.Join(strings.Fields(s), " ")
	return narrow.Truncate(s, width, "…")
}

func writeTable(w io.Writer, s *tally.Summary) error {
	header := []string{"speaker", "quotes", "arts"}
	align := []tw.Align{tw.AlignLeft, tw.AlignRight, tw.AlignRight}
	for _, l := range stanceColumns(s) {
		header = append(header, l)
		align = append(align, tw.AlignRight)
	}
	header = append(header, "net", fmt.Sprintf("%.0f%% CI", 100*s.Level), "conf")
	align = append(align, tw.AlignRight, tw.AlignLeft, tw.AlignRight)
	topics := s.TopicLabels != nil
	if topics {
		header = append(header, "top topic")
		align = append(align, tw.AlignLeft)
	}
	for i, h := range header {
		header[i] = strings.ToUpper(h)
	}
	// One space between columns, two after the speaker, none at the edges.
	pad := make([]tw.Padding, len(header))
	for i := range pad {
		pad[i] = tw.Padding{Left: "", Right: " ", Overwrite: true}
	}
	pad[0].Right = "  "
	pad[len(pad)-1].Right = ""

	var buf strings.Builder
	t := tablewriter.NewTable(&buf,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Borders: tw.BorderNone,
			Symbols: tw.NewSymbols(tw.StyleLight),
			Settings: tw.Settings{
				Separators: tw.Separators{BetweenColumns: tw.Off, BetweenRows: tw.Off},
				Lines:      tw.Lines{ShowHeaderLine: tw.On},
			},
		})),
		tablewriter.WithHeaderAlignmentConfig(tw.CellAlignment{PerColumn: align}),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: align}),
		tablewriter.WithHeaderPaddingPerColumn(pad),
		tablewriter.WithRowPaddingPerColumn(pad),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
	)
	var rows [][]string
	row := func(name string, quotes, articles string, st tally.StanceShares, conf, topic string) {
		r := []string{name, quotes, articles}
		for _, l := range stanceColumns(s) {
			r = append(r, percent(st.Shares[l]))
		}
		r = append(r, signed(st.Net), interval(st.NetCI), conf)
		if topics {
			r = append(r, topic)
		}
		rows = append(rows, r)
	}
	for _, sp := range s.Speakers {
		name := truncate(sp.Name, speakerWidth)
		if sp.Role != "" {
			name += "\n  " + truncate(sp.Role, speakerWidth-2)
		}
		row(name, fmt.Sprint(sp.Quotes), fmt.Sprint(sp.Articles), sp.StanceShares,
			fmt.Sprintf("%.2f", sp.Confidence), sp.TopTopic)
		for _, ts := range sp.ByTopic {
			row("  · "+truncate(ts.Topic, speakerWidth-4), fmt.Sprint(ts.Quotes), "", ts.StanceShares, "", "")
		}
	}
	if topics {
		// The topic column gets what the others leave of Width.
		used := len(header) // the gaps between columns, and one more after the speaker
		for i := 0; i < len(header)-1; i++ {
			w := narrow.StringWidth(header[i])
			for _, r := range rows {
				for _, line := range strings.Split(r[i], "\n") {
					w = max(w, narrow.StringWidth(line))
				}
			}
			used += w
		}
		last := len(header) - 1
		for _, r := range rows {
			r[last] = truncate(r[last], max(topicWidth, Width-used))
		}
	}
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	if err := t.Render(); err != nil {
		return err
	}
	// tablewriter pads the last column; drop the trailing blanks.
	var out strings.Builder
	for line := range strings.Lines(buf.String()) {
		out.WriteString(strings.TrimRight(line, " \n") + "\n")
	}
	out.WriteString(footnote(s) + "\n")
	_, err := io.WriteString(w, out.String())
	return err
}
