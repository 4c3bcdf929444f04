package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Plotters shared by the charts with one row per actor.

// stripes shades every other row, so a row's label, marks and numbers
// read across.
type stripes struct{ n int }

func (s stripes) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for i := 0; i < s.n; i += 2 {
		y := float64(s.n - 1 - i)
		rect(c, faint, trX(p.X.Min), trY(y-0.5), trX(p.X.Max), trY(y+0.5))
	}
}

// rect fills the rectangle with corners (x0, y0) and (x1, y1).
func rect(c draw.Canvas, clr color.Color, x0, y0, x1, y1 vg.Length) {
	c.FillPolygon(clr, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
}

// vline draws a vertical line at x across the data area.
type vline struct {
	x     float64
	style draw.LineStyle
}

func (v vline) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	c.StrokeLine2(v.style, trX(v.x), trY(p.Y.Min), trX(v.x), trY(p.Y.Max))
}

// hline draws a horizontal line at y across the data area.
type hline struct {
	y     float64
	style draw.LineStyle
}

func (h hline) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	c.StrokeLine2(h.style, trX(p.X.Min), trY(h.y), trX(p.X.Max), trY(h.y))
}

// rowText writes a text at the right of each row, past the data area;
// its glyph boxes make the plot leave room for it.
type rowText struct {
	texts []string
	x     float64 // where the texts start, in data units, before the offset
}

// style is that of the row labels, left-aligned.
func (r rowText) style(p *plot.Plot) draw.TextStyle {
	s := p.Y.Tick.Label
	s.XAlign = draw.XLeft
	return s
}

const rowTextOffset = 8

func (r rowText) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := r.style(p)
	descent := sty.FontExtents().Descent // as the axis places its labels
	for i, t := range r.texts {
		c.FillText(sty, vg.Point{X: trX(r.x) + rowTextOffset, Y: trY(float64(len(r.texts)-1-i)) + descent}, t)
	}
}

func (r rowText) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	boxes := make([]plot.GlyphBox, len(r.texts))
	for i, t := range r.texts {
		rc := r.style(p).Rectangle(t)
		rc.Min.X += rowTextOffset
		rc.Max.X += rowTextOffset
		boxes[i] = plot.GlyphBox{X: p.X.Norm(r.x), Y: p.Y.Norm(float64(len(r.texts) - 1 - i)), Rectangle: rc}
	}
	return boxes
}

// fillMiddle writes txt centred on pt, raised by the font's descent as
// gonum raises the axis labels, so that it sits in the middle of a row.
func fillMiddle(c draw.Canvas, sty draw.TextStyle, pt vg.Point, txt string) {
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	pt.Y += sty.FontExtents().Descent
	c.FillText(sty, pt, txt)
}
