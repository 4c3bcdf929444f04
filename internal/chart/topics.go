package chart

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stancekit/stancekit/stance/tally"
)

// Topics is the topic mix of the actors of s as a heat map: a row per
// actor, in the summary's order, a column per topic of the topic model,
// each cell the share of the actor's statements on the topic, coloured
// from white (none) to dark blue (all) and labelled with its percentage.
func Topics(s *tally.Summary) (*Chart, error) {
	n, k := len(s.Speakers), len(s.TopicLabels)
	switch {
	case n == 0:
		return nil, fmt.Errorf("topic mix: %w: no actors", ErrNoData)
	case k == 0:
		return nil, fmt.Errorf("topic mix: %w: the statements were classified without a topic model", ErrNoData)
	}
	ch := &Chart{
		Kind:  KindTopics,
		Title: fmt.Sprintf("Topic mix of %s", rowsNoun(s, n)),
		Desc:  fmt.Sprintf("Share of each %s's statements on each of %d topics, as a heat map.", rowNoun(s), k),
		Width: max(7*vg.Inch, 2.6*vg.Inch+vg.Length(k)*0.45*vg.Inch),
		ramp:  &ramp{"0%", "100%", heat},
	}
	// Topic names stand at 45 degrees: room for the longest below.
	longest := vg.Length(0)
	ts := textStyle(tickSize, false)
	for _, t := range s.TopicLabels {
		longest = max(longest, ts.Width(ch.truncate(t)))
	}
	ch.Height = rowsHeight(n, 0.45*vg.Inch+longest*0.7)
	p := newPlot("topic (share of the actor's statements, %)", "")
	if s.By != tally.ByActor {
		p.X.Label.Text = fmt.Sprintf("topic (share of the %s's statements, %%)", rowNoun(s))
	}
	p.X.Min, p.X.Max = -0.5, float64(k)-0.5
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	var xt fixedTicks
	for j, t := range s.TopicLabels {
		xt = append(xt, plot.Tick{Value: float64(j), Label: ch.truncate(t)})
	}
	p.X.Tick.Marker = xt
	p.X.Tick.Label.Rotation = math.Pi / 4
	p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = draw.XRight, draw.YTop
	p.Y.Tick.Marker = rowNames(ch, s)
	p.X.LineStyle.Width, p.Y.LineStyle.Width = 0, 0
	p.X.Tick.Length, p.Y.Tick.Length = 0, 0
	p.Add(cells{s})
	ch.body = func(c draw.Canvas) error { p.Draw(c); return nil }
	return ch, nil
}

// heat maps a share in [0, 1] to a colour from white to Okabe-Ito blue
// darkened: one hue, lighter for less, so it reads in grey too.
func heat(v float64) color.Color {
	v = math.Max(0, math.Min(1, v))
	lerp := func(a, b uint8) uint8 { return uint8(math.Round(float64(a) + v*(float64(b)-float64(a)))) }
	return color.RGBA{lerp(0xff, 0x00), lerp(0xff, 0x3d), lerp(0xff, 0x66), 0xff}
}

// cells draws the heat map's cells with their percentages.
type cells struct{ s *tally.Summary }

func (h cells) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(h.s.Speakers)
	ts := textStyle(tickSize, false)
	ts.XAlign, ts.YAlign = draw.XCenter, draw.YCenter
	for i, sp := range h.s.Speakers {
		y := float64(n - 1 - i)
		for j, t := range h.s.TopicLabels {
			v := sp.Topics[t]
			x := float64(j)
			clr := heat(v)
			if v == 0 {
				clr = faint // the grid shows where nothing was said
			}
			rect(c, clr, trX(x-0.5)+0.5, trY(y-0.5)+0.5, trX(x+0.5)-0.5, trY(y+0.5)-0.5)
			if v > 0 {
				ts.Color = ink
				if v > 0.5 {
					ts.Color = white
				}
				fillMiddle(c, ts, vg.Point{X: trX(x), Y: trY(y)}, fmt.Sprintf("%.0f%%", 100*v))
			}
		}
	}
}
