package chart

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stancekit/stancekit/stance/tally"
)

// Time is net stance over time for the first n actors of s that have
// dated statements, in the summary's order: a panel per actor, one point
// per period (s.Period) with its interval, on a common time axis from the
// first to the last dated document. It needs a summary made with Period
// and ByPeriod.
func Time(s *tally.Summary, n int) (*Chart, error) {
	if s.Period == "" || len(s.Periods) == 0 {
		return nil, fmt.Errorf("stance over time: %w: no document has a date", ErrNoData)
	}
	var rows []tally.SpeakerSummary
	for _, sp := range s.Speakers {
		if len(rows) < n && len(sp.ByPeriod) > 0 {
			rows = append(rows, sp)
		}
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("stance over time: %w: no %s has a dated statement", ErrNoData, rowNoun(s))
	}
	cols := min(2, len(rows))
	nrows := (len(rows) + cols - 1) / cols
	ch := &Chart{
		Kind:  KindTime,
		Title: fmt.Sprintf("Net stance by %s, with %.0f%% intervals", s.Period, 100*s.Level),
		Desc: fmt.Sprintf("Net stance per %s of the first %s with dated statements, each point with its %.0f%% interval; periods without statements are left out.",
			s.Period, rowsNoun(s, len(rows)), 100*s.Level),
		Width:  7 * vg.Inch,
		Height: 0.45*vg.Inch + vg.Length(nrows)*2*vg.Inch,
	}
	first, last := s.Periods[0].Period, s.Periods[len(s.Periods)-1].Period
	xmin, xmax := float64(first.Start.Unix()), float64(last.End.Unix())
	ticks := periodTicks(first, last, s.Period, 5)
	plots := make([][]*plot.Plot, nrows)
	for i := range plots {
		plots[i] = make([]*plot.Plot, cols)
	}
	for i, sp := range rows {
		dated := 0
		for _, ps := range sp.ByPeriod {
			dated += ps.Quotes
		}
		p := newPlot("", "net stance")
		if i/cols == nrows-1 || i+cols >= len(rows) {
			p.X.Label.Text = s.Period
		}
		p.Title.Text = fmt.Sprintf("%s (n = %d dated)", ch.truncate(sp.Name), dated)
		p.Title.Padding = 4
		p.X.Min, p.X.Max = xmin, xmax
		p.Y.Min, p.Y.Max = -1, 1
		p.X.Tick.Marker = ticks
		p.Y.Tick.Marker = fixedTicks{{Value: -1, Label: "−1"}, {Value: 0, Label: "0"}, {Value: 1, Label: "+1"}}
		p.Add(hline{0, draw.LineStyle{Color: rule, Width: 0.75, Dashes: []vg.Length{3, 2}}},
			periodPoints{sp.ByPeriod, []color.Color{blue, vermillion, green, orange, purple, skyBlue}[i%6]})
		plots[i/cols][i%cols] = p
	}
	ch.body = func(c draw.Canvas) error {
		tiles := draw.Tiles{Rows: nrows, Cols: cols, PadX: 18, PadY: 14, PadTop: 2}
		canvases := plot.Align(plots, tiles, c)
		for j := range plots {
			for i, p := range plots[j] {
				if p != nil {
					p.Draw(canvases[j][i])
				}
			}
		}
		return nil
	}
	return ch, nil
}

// periodPoints draws one actor's net stance per period: each point with
// its interval, joined in time order.
type periodPoints struct {
	periods []tally.PeriodStance
	color   color.Color
}

func (pp periodPoints) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	line := draw.LineStyle{Color: pp.color, Width: 1.25}
	var path []vg.Point
	for _, ps := range pp.periods {
		x := trX(mid(ps.Period))
		path = append(path, vg.Point{X: x, Y: trY(ps.Net)})
	}
	if len(path) > 1 {
		c.StrokeLines(draw.LineStyle{Color: pp.color, Width: 0.75}, path)
	}
	for i, ps := range pp.periods {
		x := path[i].X
		lo, hi := trY(ps.NetCI.Lo), trY(ps.NetCI.Hi)
		c.StrokeLine2(line, x, lo, x, hi)
		c.StrokeLine2(line, x-2.5, lo, x+2.5, lo)
		c.StrokeLine2(line, x-2.5, hi, x+2.5, hi)
		c.DrawGlyph(draw.GlyphStyle{Color: pp.color, Radius: 3, Shape: draw.CircleGlyph{}}, path[i])
	}
}

func (pp periodPoints) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = mid(pp.periods[0].Period), mid(pp.periods[len(pp.periods)-1].Period)
	return xmin, xmax, -1, 1
}

// mid is the middle of a period in Unix seconds.
func mid(p tally.Period) float64 { return float64(p.Start.Unix()+p.End.Unix()) / 2 }

// periodTicks labels at most k periods from first to last, evenly
// spaced, at their middles.
func periodTicks(first, last tally.Period, period string, k int) fixedTicks {
	var all []tally.Period
	for p := first; !p.Start.After(last.Start) && len(all) < 100000; p = tally.PeriodOf(tally.DayOf(p.End), period) {
		all = append(all, p)
	}
	step := (len(all) + k - 1) / k
	var ticks fixedTicks
	for i := 0; i < len(all); i += step {
		ticks = append(ticks, plot.Tick{Value: mid(all[i]), Label: all[i].Label})
	}
	return ticks
}
