package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/stancekit/stancekit/stance/tally"
)

// writeTable draws s as aligned text at most width display columns wide,
// footnote aside. The speaker column holds the name and, on a second
// line, the most frequent role; it and the top topic column are cut, the
// widest first, when the table would be wider than width. The numbers are
// never cut.
func writeTable(w io.Writer, s *tally.Summary, width int) error {
	cols := []column{{strings.ToUpper(rowHeader(s, "speaker")), tw.AlignLeft, cut}, {"QUOTES", tw.AlignRight, keep}, {"ARTS", tw.AlignRight, keep}}
	for _, l := range stanceColumns(s) {
		cols = append(cols, column{strings.ToUpper(l), tw.AlignRight, keep})
	}
	cols = append(cols, column{"NET", tw.AlignRight, keep}, column{fmt.Sprintf("%.0f%% CI", 100*s.Level), tw.AlignLeft, keep},
		column{"CONF", tw.AlignRight, keep})
	// With a breakdown per topic, its rows, most frequent first, name the
	// top topic: the column would repeat it and take the room the topic
	// names need.
	byTopic := false
	for _, sp := range s.Speakers {
		byTopic = byTopic || len(sp.ByTopic) > 0
	}
	topics := s.TopicLabels != nil && !byTopic
	if topics {
		cols = append(cols, column{"TOP TOPIC", tw.AlignLeft, cut})
	}

	var rows [][]string
	row := func(name string, quotes, articles string, st tally.StanceShares, conf, topic string) {
		r := []string{name, quotes, articles}
		for _, l := range stanceColumns(s) {
			r = append(r, percent(st.Shares[l]))
		}
		r = append(r, signed(st.Net), interval(st.NetCI), conf)
		if topics {
			r = append(r, fold(topic))
		}
		rows = append(rows, r)
	}
	for _, sp := range s.Speakers {
		name := fold(sp.Name)
		if second := strings.TrimPrefix(strings.Join(nonEmpty(fold(sp.Role), knownType(sp)), " · "), " · "); second != "" {
			name += "\n  " + second
		}
		row(name, fmt.Sprint(sp.Quotes), fmt.Sprint(sp.Articles), sp.StanceShares,
			fmt.Sprintf("%.2f", sp.Confidence), sp.TopTopic)
		for _, ts := range sp.ByTopic {
			row("  · "+fold(ts.Topic), fmt.Sprint(ts.Quotes), "", ts.StanceShares, "", "")
		}
		for _, ps := range sp.ByPeriod {
			row("  · "+ps.Label, fmt.Sprint(ps.Quotes), "", ps.StanceShares, "", "")
		}
	}
	// One space between columns, two after the speaker, none at the edges.
	rows, _ = fit(cols, rows, width, len(cols))

	header := make([]string, len(cols))
	align := make([]tw.Align, len(cols))
	pad := make([]tw.Padding, len(cols))
	for i, c := range cols {
		header[i], align[i] = c.header, c.align
		pad[i] = tw.Padding{Left: "", Right: " ", Overwrite: true}
	}
	pad[0].Right = "  "
	pad[len(pad)-1].Right = ""

	var buf strings.Builder
	t := tablewriter.NewTable(&buf,
		tablewriter.WithEastAsian(tw.Off),
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

// nonEmpty returns the non-empty strings of ss.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// knownType is what the table says of an actor's type and gender: only
// what is known ("person, female", "organisation"), nothing for unknown.
func knownType(sp tally.SpeakerSummary) string {
	switch {
	case sp.Type == "" || sp.Type == tally.TypeUnknown:
		return ""
	case sp.Type == tally.TypePerson && sp.Gender != "" && sp.Gender != tally.GenderUnknown:
		return sp.Type + ", " + sp.Gender
	}
	return sp.Type
}
