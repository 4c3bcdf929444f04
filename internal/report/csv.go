package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/stance/tally"
)

// writeCSV writes one row per speaker, with numbers rounded by num. With
// per-topic breakdowns a "topic" column follows the speaker: "all" for the
// speaker's row, then one row per topic.
func writeCSV(w io.Writer, s *tally.Summary) error {
	bt, bp := byTopic(s), byPeriod(s)
	header := []string{rowHeader(s, "speaker")}
	if bt {
		header = append(header, "topic")
	}
	if bp {
		header = append(header, "period")
	}
	header = append(header, "role", "quotes", "articles")
	header = append(header, stanceColumns(s)...)
	header = append(header, "net_stance", "net_stance_ci_lo", "net_stance_ci_hi", "confidence", "top_topic")
	for _, t := range s.TopicLabels {
		header = append(header, "topic:"+t)
	}
	header = append(header, "roles", "aliases", "type", "gender", "group", "id", "uncertain")

	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	stanceCells := func(st tally.StanceShares) []string {
		var r []string
		for _, l := range stanceColumns(s) {
			r = append(r, num(st.Shares[l]))
		}
		return append(r, num(st.Net), num(st.NetCI.Lo), num(st.NetCI.Hi))
	}
	for _, sp := range s.Speakers {
		r := []string{sp.Name}
		if bt {
			r = append(r, "all")
		}
		if bp {
			r = append(r, "all")
		}
		r = append(r, sp.Role, strconv.Itoa(sp.Quotes), strconv.Itoa(sp.Articles))
		r = append(r, stanceCells(sp.StanceShares)...)
		r = append(r, num(sp.Confidence), sp.TopTopic)
		for _, t := range s.TopicLabels {
			r = append(r, num(sp.Topics[t]))
		}
		r = append(r, strings.Join(sp.Roles, "; "), strings.Join(sp.Aliases, "; "), sp.Type, sp.Gender, sp.Group, sp.ID, strconv.Itoa(sp.Uncertain))
		if err := cw.Write(r); err != nil {
			return err
		}
		sub := func(topic, period string, quotes int, st tally.StanceShares) error {
			r := []string{sp.Name}
			if bt {
				r = append(r, topic)
			}
			if bp {
				r = append(r, period)
			}
			r = append(r, "", strconv.Itoa(quotes), "")
			r = append(r, stanceCells(st)...)
			r = append(r, "", "")
			for range s.TopicLabels {
				r = append(r, "")
			}
			r = append(r, "", "", "", "", "", "", "")
			return cw.Write(r)
		}
		for _, ts := range sp.ByTopic {
			if err := sub(ts.Topic, "all", ts.Quotes, ts.StanceShares); err != nil {
				return err
			}
		}
		for _, ps := range sp.ByPeriod {
			if err := sub("all", ps.Label, ps.Quotes, ps.StanceShares); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// num formats a share, net stance, interval bound or confidence for CSV
// with four decimals (a share to a hundredth of a percent) and without
// binary noise: 0.3000, not 0.30000000000000004. Minus zero is 0.0000.
func num(x float64) string {
	s := strconv.FormatFloat(x, 'f', 4, 64)
	if s == "-0.0000" {
		return "0.0000"
	}
	return s
}
