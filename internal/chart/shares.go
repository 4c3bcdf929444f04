package chart

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stancekit/stancekit/stance/tally"
)

// Shares is the stance shares of each actor of s as a stacked bar, in the
// summary's order: support, then neutral, then oppose, each segment
// labelled with its percentage when it is wide enough, and the number of
// statements at the right.
func Shares(s *tally.Summary) (*Chart, error) {
	n := len(s.Speakers)
	if n == 0 {
		return nil, fmt.Errorf("stance shares: %w: no actors", ErrNoData)
	}
	ch := &Chart{
		Kind:  KindShares,
		Title: fmt.Sprintf("Stance shares of %s", rowsNoun(s, n)),
		Desc:  fmt.Sprintf("Share of each %s's statements classified %s, as stacked bars.", rowNoun(s), joinLabels(stanceOrder(s))),
		Width: 7 * vg.Inch,
	}
	for _, l := range stanceOrder(s) {
		ch.key = append(ch.key, keyEntry{l, stanceColor(s, l)})
	}
	ch.Height = rowsHeight(n, 0.45*vg.Inch)
	p := newPlot("share of the statements (%); statements below the confidence threshold left out", "")
	p.X.Min, p.X.Max = 0, 1
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	p.X.Tick.Marker = percentTicks
	p.Y.Tick.Marker = rowNames(ch, s)
	p.Y.LineStyle.Width, p.Y.Tick.Length = 0, 0
	counts := make([]string, n)
	for i, sp := range s.Speakers {
		counts[i] = fmt.Sprintf("n = %d", sp.Quotes-sp.Uncertain)
	}
	p.Add(stripes{n}, stackedBars{s}, rowText{counts, 1})
	ch.body = func(c draw.Canvas) error { p.Draw(c); return nil }
	return ch, nil
}

// stackedBars draws each row's shares, left to right.
type stackedBars struct{ s *tally.Summary }

func (b stackedBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(b.s.Speakers)
	ts := textStyle(tickSize, false)
	ts.XAlign, ts.YAlign = draw.XCenter, draw.YCenter
	for i, sp := range b.s.Speakers {
		y := float64(n - 1 - i)
		if sp.Quotes == sp.Uncertain {
			continue // no statement counts: no shares
		}
		x := 0.0
		for _, l := range stanceOrder(b.s) {
			v := sp.Shares[l]
			if v <= 0 {
				continue
			}
			x0, x1 := trX(x), trX(math.Min(1, x+v))
			rect(c, stanceColor(b.s, l), x0, trY(y-0.34), x1, trY(y+0.34))
			label := fmt.Sprintf("%.0f%%", 100*v)
			if x1-x0 > ts.Width(label)+6 {
				ts.Color = white
				if l != b.s.Support && l != b.s.Oppose {
					ts.Color = ink
				}
				fillMiddle(c, ts, vg.Point{X: (x0 + x1) / 2, Y: trY(y)}, label)
			}
			x += v
		}
	}
}

// joinLabels lists labels: "support, neutral or oppose".
func joinLabels(labels []string) string {
	switch len(labels) {
	case 0:
		return ""
	case 1:
		return labels[0]
	}
	out := labels[0]
	for _, l := range labels[1 : len(labels)-1] {
		out += ", " + l
	}
	return out + " or " + labels[len(labels)-1]
}
