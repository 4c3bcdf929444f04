// Package chart draws the figures of a stance summary with gonum's plotting
// library (gonum.org/v1/plot): a forest plot of net stance with its
// intervals (Forest), stance shares as stacked bars (Shares), the topic
// mix as an actor x topic heat map (Topics) and net stance over time for
// the first actors (Time). A Chart renders to SVG, for inlining in a web
// page (its text escaped, long names truncated with the full name in an
// SVG <title> shown on hover), or to PNG.
//
// Colours are the Okabe-Ito palette (Okabe and Ito, "Color Universal
// Design", 2008), which readers with the common colour-vision
// deficiencies tell apart: support blue, oppose vermillion, neutral grey.
// Every chart has a title, axes labelled with their units and one row or
// panel per actor, sized so that 30 actors' labels never overlap.
package chart

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image/color"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/stancekit/stancekit/stance/tally"
)

// The kinds of chart.
const (
	KindForest = "forest" // net stance and its interval per actor
	KindShares = "shares" // stance shares per actor, stacked
	KindTopics = "topics" // share of each topic per actor, a heat map
	KindTime   = "time"   // net stance per period for the first actors
)

// Kinds lists the kinds of chart, in the order a report shows them.
var Kinds = []string{KindForest, KindShares, KindTopics, KindTime}

// ErrNoData is returned for a chart that has nothing to show: no actors,
// no topic model, or no dated statements.
var ErrNoData = errors.New("nothing to plot")

// MaxLabel is the most characters of a name shown on an axis; longer
// names are cut with an ellipsis and shown whole on hover.
const MaxLabel = 28

// A Chart is one figure, ready to render.
type Chart struct {
	Kind  string // KindForest, ...
	Title string // the title drawn on the chart, also its SVG <title>
	// Desc says what the chart shows, for screen readers (the SVG's
	// aria-label) and captions.
	Desc          string
	Width, Height vg.Length

	key  []keyEntry              // legend entries drawn under the title
	ramp *ramp                   // a colour scale drawn under the title
	body func(draw.Canvas) error // draws the plot(s) below the title and key
	full map[string][]string     // a truncated label as drawn -> the full names it stands for
}

// A keyEntry is one legend entry: a colour and what it means.
type keyEntry struct {
	label string
	color color.Color
}

// A ramp is a colour scale from lo to hi.
type ramp struct {
	lo, hi string
	color  func(v float64) color.Color
}

// Okabe-Ito colours.
var (
	blue       = color.RGBA{0x00, 0x72, 0xb2, 0xff}
	vermillion = color.RGBA{0xd5, 0x5e, 0x00, 0xff}
	grey       = color.RGBA{0xbb, 0xbb, 0xbb, 0xff}
	green      = color.RGBA{0x00, 0x9e, 0x73, 0xff}
	orange     = color.RGBA{0xe6, 0x9f, 0x00, 0xff}
	purple     = color.RGBA{0xcc, 0x79, 0xa7, 0xff}
	skyBlue    = color.RGBA{0x56, 0xb4, 0xe9, 0xff}
	ink        = color.RGBA{0x22, 0x22, 0x22, 0xff}
	faint      = color.RGBA{0xf2, 0xf2, 0xf2, 0xff}
	rule       = color.RGBA{0x99, 0x99, 0x99, 0xff}
	white      = color.White
)

// stanceColor is the colour of a stance label: support blue, oppose
// vermillion, other labels grey or, past the first, further Okabe-Ito
// colours.
func stanceColor(s *tally.Summary, label string) color.Color {
	switch label {
	case s.Support:
		return blue
	case s.Oppose:
		return vermillion
	}
	others := []color.Color{grey, orange, green, purple, skyBlue}
	i := 0
	for _, l := range stanceOrder(s) {
		if l == label {
			return others[i%len(others)]
		}
		if l != s.Support && l != s.Oppose {
			i++
		}
	}
	return grey
}

// stanceOrder orders stance labels for a stacked bar: support, the
// others (neutral) in model order, oppose.
func stanceOrder(s *tally.Summary) []string {
	out := []string{s.Support}
	for _, l := range s.StanceLabels {
		if l != s.Support && l != s.Oppose {
			out = append(out, l)
		}
	}
	return append(out, s.Oppose)
}

// Text sizes and the face: Liberation Sans, metric-compatible with Arial
// and Helvetica, which a browser without it falls back to.
const (
	titleSize = 13
	labelSize = 10
	tickSize  = 9
	pad       = 8 // points around the chart
)

func face(size vg.Length, bold bool) font.Font {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return f
}

func textStyle(size vg.Length, bold bool) text.Style {
	return text.Style{Color: ink, Font: face(size, bold), Handler: plot.DefaultTextHandler}
}

// newPlot returns a plot without a title (the chart draws it) with the
// chart's faces, and axis labels.
func newPlot(xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = color.Transparent
	restyle := func(s *text.Style, size vg.Length, bold bool) {
		s.Font, s.Color = face(size, bold), ink
	}
	restyle(&p.Title.TextStyle, labelSize, true)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		restyle(&a.Label.TextStyle, labelSize, false)
		restyle(&a.Tick.Label, tickSize, false)
		a.Color, a.Tick.Color = rule, rule
	}
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	return p
}

// truncate cuts a name to MaxLabel characters with an ellipsis, and
// records the full name of a cut one for the hover text.
func (ch *Chart) truncate(name string) string {
	if utf8.RuneCountInString(name) <= MaxLabel {
		return name
	}
	r := []rune(name)
	short := strings.TrimRight(string(r[:MaxLabel-1]), " ") + "…"
	if ch.full == nil {
		ch.full = map[string][]string{}
	}
	for _, f := range ch.full[short] {
		if f == name {
			return short
		}
	}
	ch.full[short] = append(ch.full[short], name)
	return short
}

// rowTicks labels the rows of a chart: row i at y = n-1-i, so the first
// row is at the top.
type rowTicks []string

func (t rowTicks) Ticks(min, max float64) []plot.Tick {
	ticks := make([]plot.Tick, len(t))
	for i, l := range t {
		ticks[i] = plot.Tick{Value: float64(len(t) - 1 - i), Label: l}
	}
	return ticks
}

// fixedTicks are ticks at given values with given labels.
type fixedTicks []plot.Tick

func (t fixedTicks) Ticks(min, max float64) []plot.Tick { return t }

// netTicks are the ticks of a net stance axis, from -1 to +1.
var netTicks = fixedTicks{{Value: -1, Label: "−1"}, {Value: -0.5, Label: "−0.5"}, {Value: 0, Label: "0"},
	{Value: 0.5, Label: "+0.5"}, {Value: 1, Label: "+1"}}

// percentTicks are the ticks of a share axis, from 0 to 1.
var percentTicks = fixedTicks{{Value: 0, Label: "0%"}, {Value: 0.25, Label: "25%"}, {Value: 0.5, Label: "50%"},
	{Value: 0.75, Label: "75%"}, {Value: 1, Label: "100%"}}

// rowsHeight is the height of a chart with n rows: 17 points a row, so
// 9-point names never overlap, and room for the title, key and axis.
func rowsHeight(n int, header vg.Length) vg.Length {
	return max(2.2*vg.Inch, header+vg.Length(n)*17+0.75*vg.Inch)
}

// draw draws the chart on c: a white background, the title, the key,
// then the body.
func (ch *Chart) draw(c draw.Canvas) error {
	c.FillPolygon(white, []vg.Point{c.Min, {X: c.Max.X, Y: c.Min.Y}, c.Max, {X: c.Min.X, Y: c.Max.Y}})
	c = draw.Crop(c, pad, -pad, pad, -pad)
	y := c.Max.Y
	ts := textStyle(titleSize, true)
	ts.YAlign = draw.YTop
	c.FillText(ts, vg.Point{X: c.Min.X, Y: y}, ch.Title)
	y -= ts.Height(ch.Title) + 6
	if len(ch.key) > 0 || ch.ramp != nil {
		y -= ch.drawKey(c, y) + 6
	}
	return ch.body(draw.Crop(c, 0, 0, 0, y-c.Max.Y))
}

// drawKey draws the legend entries in one row from the top y, and
// returns its height.
func (ch *Chart) drawKey(c draw.Canvas, y vg.Length) vg.Length {
	ls := textStyle(labelSize, false)
	ls.YAlign = draw.YCenter
	h := ls.Height("Xg")
	mid := y - h/2
	x := c.Min.X
	box := func(x vg.Length, clr color.Color) {
		c.FillPolygon(clr, []vg.Point{{X: x, Y: mid - 4.5}, {X: x + 9, Y: mid - 4.5}, {X: x + 9, Y: mid + 4.5}, {X: x, Y: mid + 4.5}})
	}
	for _, e := range ch.key {
		box(x, e.color)
		c.FillText(ls, vg.Point{X: x + 13, Y: mid}, e.label)
		x += 13 + ls.Width(e.label) + 14
	}
	if r := ch.ramp; r != nil {
		c.FillText(ls, vg.Point{X: x, Y: mid}, r.lo)
		x += ls.Width(r.lo) + 4
		for i := range 10 {
			box(x, r.color((float64(i)+0.5)/10))
			x += 9
		}
		c.FillText(ls, vg.Point{X: x + 4, Y: mid}, r.hi)
	}
	return h
}

// SVG renders the chart as an SVG document for inlining in HTML: no XML
// declaration, a role, an aria-label and a <title>, the faces with
// fallbacks, and the full name of each truncated label as its <title>.
// All text is escaped.
func (ch *Chart) SVG() ([]byte, error) {
	c := vgsvg.NewWith(vgsvg.UseWH(ch.Width, ch.Height))
	if err := ch.draw(draw.New(c)); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, err
	}
	return ch.polish(buf.Bytes()), nil
}

var (
	svgProlog = regexp.MustCompile(`(?s)^<\?xml[^>]*\?>\s*(<!--.*?-->\s*)?`)
	svgFace   = regexp.MustCompile(`font-family:Liberation Sans`)
)

// polish edits the SVG that vgsvg writes (see SVG).
func (ch *Chart) polish(svg []byte) []byte {
	svg = svgProlog.ReplaceAll(svg, nil)
	svg = svgFace.ReplaceAll(svg, []byte(`font-family:'Liberation Sans',Arial,Helvetica,sans-serif`))
	var head bytes.Buffer
	fmt.Fprintf(&head, `<svg class="chart chart-%s" role="img" aria-label="%s"`, ch.Kind, escape(ch.Title+". "+ch.Desc))
	svg = bytes.Replace(svg, []byte("<svg"), head.Bytes(), 1)
	if i := bytes.Index(svg, []byte(">")); i >= 0 {
		svg = append(svg[:i+1], append([]byte("\n<title>"+escape(ch.Title)+"</title>"), svg[i+1:]...)...)
	}
	for short, names := range ch.full {
		drawn := []byte(">" + escape(short) + "</text>")
		hover := []byte("><title>" + escape(strings.Join(names, " / ")) + "</title>" + escape(short) + "</text>")
		svg = bytes.ReplaceAll(svg, drawn, hover)
	}
	return svg
}

// escape escapes text for XML as vgsvg does.
func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// PNG renders the chart as a PNG image at dpi dots per inch.
func (ch *Chart) PNG(w io.Writer, dpi int) error {
	c := vgimg.NewWith(vgimg.UseWH(ch.Width, ch.Height), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(white))
	if err := ch.draw(draw.New(c)); err != nil {
		return err
	}
	_, err := vgimg.PngCanvas{Canvas: c}.WriteTo(w)
	return err
}

// New returns the chart of the given kind for s; times is the number of
// actors the time chart shows (see Time).
func New(kind string, s *tally.Summary, times int) (*Chart, error) {
	switch kind {
	case KindForest:
		return Forest(s)
	case KindShares:
		return Shares(s)
	case KindTopics:
		return Topics(s)
	case KindTime:
		return Time(s, times)
	}
	return nil, fmt.Errorf("chart: unknown kind %q (want %s)", kind, strings.Join(Kinds, ", "))
}

// rowName is a row's label: the actor's name.
func rowNames(ch *Chart, s *tally.Summary) rowTicks {
	names := make(rowTicks, len(s.Speakers))
	for i, sp := range s.Speakers {
		names[i] = ch.truncate(sp.Name)
	}
	return names
}
