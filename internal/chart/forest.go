package chart

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stancekit/stancekit/stance/tally"
)

// Forest is the forest plot of net stance: one row per actor of s, in the
// summary's order (its --sort), with the net stance as a square, its
// interval as a line, and the number of statements at the right. The
// colour says where the interval lies: above 0 (blue), below 0
// (vermillion) or across it (grey).
func Forest(s *tally.Summary) (*Chart, error) {
	n := len(s.Speakers)
	if n == 0 {
		return nil, fmt.Errorf("forest plot: %w: no actors", ErrNoData)
	}
	ch := &Chart{
		Kind:  KindForest,
		Title: fmt.Sprintf("Net stance of %s, with %.0f%% intervals", rowsNoun(s, n), 100*s.Level),
		Desc: fmt.Sprintf("Net stance (share %s minus share %s, from −1 to +1) of each %s with its %.0f%% Newcombe interval and its number of statements.",
			s.Support, s.Oppose, rowNoun(s), 100*s.Level),
		Width: 7 * vg.Inch,
		key:   []keyEntry{{"interval above 0", blue}, {"below 0", vermillion}, {"includes 0", rule}},
	}
	ch.Height = rowsHeight(n, 0.45*vg.Inch)
	p := newPlot(fmt.Sprintf("net stance = share %s − share %s (n = statements)", s.Support, s.Oppose), "")
	p.X.Min, p.X.Max = -1, 1
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	p.X.Tick.Marker = netTicks
	p.Y.Tick.Marker = rowNames(ch, s)
	p.Y.LineStyle.Width, p.Y.Tick.Length = 0, 0
	counts := make([]string, n)
	for i, sp := range s.Speakers {
		counts[i] = fmt.Sprintf("n = %d", sp.Quotes)
	}
	p.Add(stripes{n}, vline{0, draw.LineStyle{Color: rule, Width: 0.75, Dashes: []vg.Length{3, 2}}},
		forestRows{s.Speakers}, rowText{counts, 1})
	ch.body = func(c draw.Canvas) error { p.Draw(c); return nil }
	return ch, nil
}

// forestRows draws each row's interval and net stance.
type forestRows struct{ rows []tally.SpeakerSummary }

func (f forestRows) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(f.rows)
	for i, sp := range f.rows {
		clr := color.Color(rule)
		switch {
		case sp.NetCI.Lo > 0:
			clr = blue
		case sp.NetCI.Hi < 0:
			clr = vermillion
		}
		y := trY(float64(n - 1 - i))
		line := draw.LineStyle{Color: clr, Width: 1.5}
		lo, hi := trX(sp.NetCI.Lo), trX(sp.NetCI.Hi)
		c.StrokeLine2(line, lo, y, hi, y)
		c.StrokeLine2(line, lo, y-3, lo, y+3)
		c.StrokeLine2(line, hi, y-3, hi, y+3)
		x := trX(sp.Net)
		rect(c, clr, x-3.5, y-3.5, x+3.5, y+3.5)
	}
}

// rowNoun names a row of s: actor, group or gender.
func rowNoun(s *tally.Summary) string {
	switch s.By {
	case tally.ByGroup:
		return "group"
	case tally.ByGender:
		return "gender"
	}
	return "actor"
}

// rowsNoun names n rows of s: "12 actors", "the 2 genders".
func rowsNoun(s *tally.Summary, n int) string {
	noun := rowNoun(s)
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
