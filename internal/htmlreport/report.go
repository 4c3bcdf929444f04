// Package htmlreport writes a stance summary as one self-contained HTML
// page: a header with the corpus and the models, the charts of package
// chart inlined as SVG, and the evidence behind every row (its sampled
// statements, each in its sentence with the statement highlighted at its
// offsets), with a filter box in plain JavaScript. The page loads nothing:
// no fonts, scripts or styles from elsewhere (its Content-Security-Policy
// forbids it), so it opens from disk and can be mailed.
//
// New builds the report's data from a tally.Summary; Write renders it.
// Every text of the corpus (names, roles, titles, statements) is escaped
// by html/template; a name holding <script> shows as text.
package htmlreport

import (
	"cmp"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"time"

	"github.com/stancekit/stancekit/internal/chart"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/tally"
)

// Options describe what a summary alone does not say.
type Options struct {
	// Title is the page's title; "" gives "Stance report".
	Title string
	// Tool names the program and version that wrote the report.
	Tool string
	// Inputs are the paths the statistics were read from.
	Inputs []string
	// Models are the models that classified the statements.
	Models []Model
	// TimeActors is the number of actors the time chart shows; 0 gives
	// DefaultTimeActors.
	TimeActors int
	// Sort is the order of the rows (tally.SortQuotes, ...), said in the
	// header.
	Sort string
}

// DefaultTimeActors is the number of actors the time chart shows.
const DefaultTimeActors = 6

// A Report is the data of the page, everything but the charts' drawings:
// what the golden tests pin.
type Report struct {
	Title  string   `json:"title"`
	Tool   string   `json:"tool"`
	Corpus Corpus   `json:"corpus"`
	Models []Model  `json:"models"`
	Charts []Figure `json:"charts"`
	Rows   []Row    `json:"rows"`
	// Stances and Topics are the labels the filter offers.
	Stances []string `json:"stances"`
	Topics  []string `json:"topics"`
}

// Corpus is what the header says of the statistics.
type Corpus struct {
	Inputs       []string `json:"inputs"`
	Documents    int      `json:"documents"`
	Statements   int      `json:"statements"`
	Unattributed int      `json:"unattributed"`
	// UnattributedShare is Unattributed / Statements, in [0, 1].
	UnattributedShare float64 `json:"unattributed_share"`
	Actors            int     `json:"actors"`  // actors in the corpus
	Shown             int     `json:"shown"`   // rows in the report
	By                string  `json:"by"`      // "actor", "group" or "gender"
	Sort              string  `json:"sort"`    // the order of the rows
	Dropped           int     `json:"dropped"` // statements of names the codebook drops
	// Uncertain are the statements of the rows shown below the
	// confidence threshold, in no share.
	Uncertain int `json:"uncertain"`
	// The time breakdown: the period, documents with and without a
	// date, and the first and last dates (2006-01-02; "" without).
	Period     string `json:"period"`
	Dated      int    `json:"dated"`
	Undated    int    `json:"undated"`
	Unreadable int    `json:"unreadable"`
	First      string `json:"first"`
	Last       string `json:"last"`
	// Evidence is the most statements embedded per row; Embedded those
	// embedded in all, LeftOut those of the rows shown that were not.
	Evidence int `json:"evidence"`
	// Sample is N when the statements embedded come from a 1 in N
	// sample of all statements (the evidence budget was reached); 1
	// otherwise.
	Sample   int     `json:"sample"`
	Embedded int     `json:"embedded"`
	LeftOut  int     `json:"left_out"`
	Level    float64 `json:"level"`
	Support  string  `json:"support"`
	Oppose   string  `json:"oppose"`
}

// A Model is a classifier as the header describes it.
type Model struct {
	Role     string   `json:"role"`      // "stance" or "topic"
	Name     string   `json:"name"`      // the file, or "embedded default"
	Hash     string   `json:"hash"`      // the model file's SHA-256, hex
	Labels   []string `json:"labels"`    // its labels
	Examples int      `json:"examples"`  // training examples; 0 if unknown
	DataHash string   `json:"data_hash"` // SHA-256 of the training data; "" if unknown
	Data     []string `json:"data"`      // the training files' names
	// CV describes the cross-validated scores: "macro-F1 0.867,
	// accuracy 0.879 (nested 5-fold)"; "" without.
	CV string `json:"cv"`
	// Calibration describes the probability temperature; "" without.
	Calibration string `json:"calibration"`
}

// ModelOf describes classifier c, which plays role ("stance" or "topic")
// and was read from name.
func ModelOf(role, name string, c *nb.Classifier) Model {
	meta := c.Meta()
	m := Model{Role: role, Name: name, Hash: c.Hash(), Labels: c.Labels(), Examples: meta.Examples,
		DataHash: meta.Data.SHA256, Data: meta.Data.Files}
	if cv := meta.CV; cv != nil {
		nested := ""
		if cv.Nested {
			nested = "nested "
		}
		m.CV = fmt.Sprintf("macro-F1 %.3f, accuracy %.3f (%s%d-fold cross-validation)", cv.MacroF1, cv.Accuracy, nested, cv.Folds)
	}
	if cal := meta.Calibration; cal != nil {
		m.Calibration = fmt.Sprintf("temperature %.3g (out-of-fold log loss %.3f → %.3f)", cal.Temperature, cal.LogLossBefore, cal.LogLossAfter)
	}
	return m
}

// A Figure is one chart of the page: its data is the summary; SVG is
// left out of the golden data.
type Figure struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Desc  string `json:"desc"`
	// Missing says why the chart is not drawn ("no document has a
	// date"); "" when it is.
	Missing string        `json:"missing"`
	SVG     template.HTML `json:"-"`
}

// A Row is an actor (or a group or gender) of the report.
type Row struct {
	ID        string             `json:"id"` // the anchor of its evidence: r1, r2, ...
	Name      string             `json:"name"`
	Role      string             `json:"role"`
	Type      string             `json:"type"`
	Gender    string             `json:"gender"`
	Group     string             `json:"group"`
	Aliases   []string           `json:"aliases"`
	Quotes    int                `json:"quotes"`
	Uncertain int                `json:"uncertain"`
	Articles  int                `json:"articles"`
	Shares    map[string]float64 `json:"shares"`
	Net       float64            `json:"net"`
	Lo        float64            `json:"lo"`
	Hi        float64            `json:"hi"`
	TopTopic  string             `json:"top_topic"`
	Periods   []PeriodRow        `json:"periods"`
	Evidence  []Statement        `json:"evidence"`
	LeftOut   int                `json:"left_out"` // statements not embedded
}

// A PeriodRow is a row's net stance in one period.
type PeriodRow struct {
	Period string  `json:"period"`
	Quotes int     `json:"quotes"`
	Net    float64 `json:"net"`
	Lo     float64 `json:"lo"`
	Hi     float64 `json:"hi"`
}

// A Statement is one statement embedded as evidence.
type Statement struct {
	Speaker    string  `json:"speaker"` // the name in its document
	Stance     string  `json:"stance"`
	Confidence float64 `json:"confidence"`
	Topic      string  `json:"topic"`
	Uncertain  bool    `json:"uncertain"`
	Doc        string  `json:"doc"`
	Title      string  `json:"title"`
	Date       string  `json:"date"` // 2006-01-02 when it reads as a date, else as given
	URL        string  `json:"url"`  // an http or https link; "" otherwise
	Path       string  `json:"path"`
	Line       int     `json:"line"`
	// Text is the statement's sentence in pieces, the statement and the
	// speaker's mention marked.
	Text []Piece `json:"text"`
}

// A Piece is a run of a statement's sentence.
type Piece struct {
	Text    string `json:"text"`
	Content bool   `json:"content,omitempty"` // part of the statement
	Source  bool   `json:"source,omitempty"`  // the speaker's mention
}

// New builds the report of s. s should be summarised with a Period and
// ByPeriod for the time chart, and from a Partial with evidence for the
// statements; without them the page says what is missing.
func New(s *tally.Summary, opts Options) (*Report, error) {
	if opts.Title == "" {
		opts.Title = "Stance report"
	}
	if opts.TimeActors <= 0 {
		opts.TimeActors = DefaultTimeActors
	}
	by := "actor"
	if s.By != tally.ByActor {
		by = s.By
	}
	r := &Report{
		Title: opts.Title, Tool: opts.Tool, Models: opts.Models,
		Corpus: Corpus{
			Inputs: opts.Inputs, Documents: s.Documents, Statements: s.Quotes, Unattributed: s.Unattributed,
			Actors: s.Actors, Shown: len(s.Speakers), By: by, Sort: opts.Sort, Dropped: s.Dropped, Uncertain: s.Uncertain,
			Period: s.Period, Dated: s.Dated, Undated: s.Undated, Unreadable: s.Unreadable,
			Evidence: s.Evidence, Sample: 1 << min(62, s.EvidenceShift), Level: s.Level, Support: s.Support, Oppose: s.Oppose,
		},
		Stances: stanceOrder(s),
		Topics:  slices.Clone(s.TopicLabels),
	}
	if s.Quotes > 0 {
		r.Corpus.UnattributedShare = float64(s.Unattributed) / float64(s.Quotes)
	}
	if s.Dated > 0 {
		r.Corpus.First, r.Corpus.Last = s.First.Format(time.DateOnly), s.Last.Format(time.DateOnly)
	}
	for i, sp := range s.Speakers {
		row := Row{
			ID: fmt.Sprintf("r%d", i+1), Name: sp.Name, Role: sp.Role, Type: sp.Type, Gender: sp.Gender, Group: sp.Group,
			Aliases: sp.Aliases, Quotes: sp.Quotes, Uncertain: sp.Uncertain, Articles: sp.Articles,
			Shares: sp.Shares, Net: sp.Net, Lo: sp.NetCI.Lo, Hi: sp.NetCI.Hi, TopTopic: sp.TopTopic,
		}
		for _, ps := range sp.ByPeriod {
			row.Periods = append(row.Periods, PeriodRow{Period: ps.Label, Quotes: ps.Quotes, Net: ps.Net, Lo: ps.NetCI.Lo, Hi: ps.NetCI.Hi})
		}
		for _, e := range sp.Evidence {
			row.Evidence = append(row.Evidence, statementOf(e))
		}
		slices.SortStableFunc(row.Evidence, func(a, b Statement) int { // by date, undated last
			undated := func(s Statement) int {
				if s.Date == "" {
					return 1
				}
				return 0
			}
			return cmp.Or(cmp.Compare(undated(a), undated(b)), cmp.Compare(a.Date, b.Date), cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Line, b.Line))
		})
		row.LeftOut = sp.Quotes - len(row.Evidence)
		r.Corpus.Embedded += len(row.Evidence)
		r.Corpus.LeftOut += row.LeftOut
		r.Rows = append(r.Rows, row)
	}
	for _, kind := range chart.Kinds {
		fig := Figure{Kind: kind}
		ch, err := chart.New(kind, s, opts.TimeActors)
		if err != nil {
			fig.Missing = err.Error()
			r.Charts = append(r.Charts, fig)
			continue
		}
		svg, err := ch.SVG()
		if err != nil {
			return nil, fmt.Errorf("%s chart: %w", kind, err)
		}
		fig.Title, fig.Desc, fig.SVG = ch.Title, ch.Desc, template.HTML(svg)
		r.Charts = append(r.Charts, fig)
	}
	return r, nil
}

// stanceOrder orders stance labels: support, the others, oppose.
func stanceOrder(s *tally.Summary) []string {
	out := []string{s.Support}
	for _, l := range s.StanceLabels {
		if l != s.Support && l != s.Oppose {
			out = append(out, l)
		}
	}
	return append(out, s.Oppose)
}

// statementOf is e as the page shows it.
func statementOf(e tally.Evidence) Statement {
	st := Statement{Speaker: e.Speaker, Stance: e.Stance, Confidence: e.Confidence, Topic: e.Topic, Uncertain: e.Uncertain,
		Doc: e.Doc, Title: e.Title, Date: e.Date, Path: e.Path, Line: e.Line, Text: pieces(e)}
	if t, err := corpus.ParseDate(e.Date); err == nil {
		st.Date = t.Format(time.DateOnly)
	}
	if u := strings.TrimSpace(e.URL); strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		st.URL = u
	}
	return st
}

// pieces cuts the context of e at the bounds of its content ranges and
// source, marking each piece. Ranges outside the context are clipped;
// invalid UTF-8 is replaced.
func pieces(e tally.Evidence) []Piece {
	n := len(e.Context)
	rel := func(r [2]int) [2]int {
		return [2]int{min(n, max(0, r[0]-e.Start)), min(n, max(0, r[1]-e.Start))}
	}
	cuts := []int{0, n}
	var content [][2]int
	for _, c := range e.Content {
		c = rel(c)
		content = append(content, c)
		cuts = append(cuts, c[0], c[1])
	}
	source := rel(e.Source)
	if e.Source != [2]int{} {
		cuts = append(cuts, source[0], source[1])
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	in := func(i int, r [2]int) bool { return r[0] <= i && i < r[1] }
	var out []Piece
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		p := Piece{Text: strings.ToValidUTF8(e.Context[a:b], "\uFFFD")}
		p.Content = slices.ContainsFunc(content, func(r [2]int) bool { return in(a, r) })
		p.Source = e.Source != [2]int{} && in(a, source)
		if len(out) > 0 && out[len(out)-1].Content == p.Content && out[len(out)-1].Source == p.Source {
			out[len(out)-1].Text += p.Text
			continue
		}
		out = append(out, p)
	}
	return out
}
