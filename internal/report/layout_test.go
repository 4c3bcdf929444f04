package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/stance/tally"
)

// cells measures display width with go-runewidth, East Asian ambiguous
// characters narrow: a second opinion on the layout's own measure.
var cells = &runewidth.Condition{EastAsianWidth: false}

func TestTruncate(t *testing.T) {
	tests := []struct {
		name, s string
		width   int
		want    string
	}{
		{"fits", "politics_elections", 18, "politics_elections"},
		{"cut", "politics_elections", 12, "politics_el…"},
		{"blank at the cut", "policy lead at Oxfam", 8, "policy…"},
		{"wide runes", "岸田文雄首相", 8, "岸田文…"},
		{"wide rune across the cut", "岸田文雄首相", 7, "岸田文…"},
		{"emoji", "Ana 🌍 Costa", 7, "Ana 🌍…"},
		{"emoji across the cut", "Ana 🌍 Costa", 6, "Ana…"},
	}
	for _, tt := range tests {
		got := truncate(tt.s, tt.width)
		if got != tt.want {
			t.Errorf("%s: truncate(%q, %d) = %q, want %q", tt.name, tt.s, tt.width, got, tt.want)
		}
		if w := cells.StringWidth(got); w > tt.width {
			t.Errorf("%s: %q is %d columns wide, want at most %d", tt.name, got, w, tt.width)
		}
	}
}

func TestWrapLines(t *testing.T) {
	tests := []struct {
		name, s string
		width   int
		want    []string
	}{
		{"fits", "the talks would continue", 30, []string{"the talks would continue"}},
		{"between words", "the talks would continue", 10, []string{"the talks", "would", "continue"}},
		{"long word broken", "a transatlantic deal", 6, []string{"a", "transa", "tlanti", "c deal"}},
		{"no spaces", "我们不会接受这个计划", 8, []string{"我们不会", "接受这个", "计划"}},
		{"wide rune across the edge", "我们不会接受", 7, []string{"我们不", "会接受"}},
		{"empty", "", 8, []string{""}},
	}
	for _, tt := range tests {
		got := wrapLines(tt.s, tt.width)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: wrapLines(%q, %d) = %q, want %q", tt.name, tt.s, tt.width, got, tt.want)
		}
	}
}

func TestFit(t *testing.T) {
	col := func(h string, f fitting) column { return column{header: h, align: tw.AlignLeft, fit: f} }
	tests := []struct {
		name       string
		cols       []column
		rows       [][]string
		width      int
		wantWidths []int
		wantRows   [][]string
	}{
		{
			name:  "room to spare",
			cols:  []column{col("A", cut), col("B", cut)},
			rows:  [][]string{{"politics_elections", "diplomacy"}},
			width: 100, wantWidths: []int{18, 9},
			wantRows: [][]string{{"politics_elections", "diplomacy"}},
		},
		{
			name:  "widest column cut first",
			cols:  []column{col("A", cut), col("B", cut)},
			rows:  [][]string{{"politics_elections", "diplomacy"}},
			width: 24, wantWidths: []int{15, 9},
			wantRows: [][]string{{"politics_elect…", "diplomacy"}},
		},
		{
			name:  "equal columns cut in turn",
			cols:  []column{col("A", cut), col("B", cut)},
			rows:  [][]string{{"politics_elections", "humanitarian_aid"}},
			width: 27, wantWidths: []int{14, 13},
			wantRows: [][]string{{"politics_elec…", "humanitarian…"}},
		},
		{
			name:  "numbers kept",
			cols:  []column{col("N", keep), col("A", cut)},
			rows:  [][]string{{"[-0.95, -0.09]", "humanitarian"}},
			width: 20, wantWidths: []int{14, 8},
			wantRows: [][]string{{"[-0.95, -0.09]", "humanit…"}},
		},
		{
			name:  "not below the header",
			cols:  []column{col("TOP TOPIC", cut)},
			rows:  [][]string{{"politics_elections"}},
			width: 4, wantWidths: []int{9},
			wantRows: [][]string{{"politics…"}},
		},
		{
			name:  "every line of a cell",
			cols:  []column{col("SPEAKER", cut)},
			rows:  [][]string{{"王毅\n  中华人民共和国外交部长"}},
			width: 12, wantWidths: []int{12},
			wantRows: [][]string{{"王毅\n  中华人民…"}},
		},
		{
			name:  "wrapped",
			cols:  []column{col("KIND", keep), col("STATEMENT", wrap)},
			rows:  [][]string{{"direct", "we will not accept this plan"}},
			width: 20, wantWidths: []int{6, 14},
			wantRows: [][]string{{"direct", "we will not\naccept this\nplan"}},
		},
	}
	for _, tt := range tests {
		gotRows, gotWidths := fit(tt.cols, tt.rows, tt.width, 0)
		if !slices.Equal(gotWidths, tt.wantWidths) {
			t.Errorf("%s: widths %v, want %v", tt.name, gotWidths, tt.wantWidths)
		}
		if !slices.EqualFunc(gotRows, tt.wantRows, slices.Equal) {
			t.Errorf("%s: rows %q, want %q", tt.name, gotRows, tt.wantRows)
		}
	}
}

// wideFixture is a summary with Chinese, Japanese and emoji names and
// roles, and a long topic name.
func wideFixture(t *testing.T) *tally.Summary {
	t.Helper()
	p := tally.NewPartial([]string{"neutral", "oppose", "support"}, []string{"diplomacy", "politics_elections"})
	p.AddDocument([]tally.Observation{
		{Speaker: "王毅", Role: "中华人民共和国外交部长", Stance: "support", Confidence: 0.9, Topic: "diplomacy"},
		{Speaker: "王毅", Stance: "neutral", Confidence: 0.6, Topic: "diplomacy"},
		{Speaker: "岸田文雄", Role: "内閣総理大臣", Stance: "oppose", Confidence: 0.8, Topic: "politics_elections"},
		{Speaker: "Ana 🌍 Costa", Role: "climate envoy 🌱", Stance: "support", Confidence: 0.7, Topic: "politics_elections"},
		{Speaker: "Bushra Khalidi", Role: "policy lead at Oxfam, a global organization that fights inequality to end poverty and injustice", Stance: "oppose", Confidence: 0.88, Topic: "politics_elections"},
	})
	s, err := tally.Summarize(p, tally.DefaultSummaryOptions)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTableWidth checks that the summary table fits each width it can
// (80 columns and more for this one), that its columns line up whatever
// the script of the names, and that a column is cut only when the table
// does not fit.
func TestTableWidth(t *testing.T) {
	for _, width := range []int{40, 80, DefaultWidth, 120, 200} {
		var buf bytes.Buffer
		if err := WriteWidth(&buf, wideFixture(t), Table, width); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		lines = lines[:len(lines)-2] // the footnote may wrap in a terminal
		topicAt := strings.Index(lines[0], "TOP TOPIC")
		for _, l := range lines {
			if w := cells.StringWidth(l); w > width && width >= 80 {
				t.Errorf("width %d: line is %d columns wide:\n%s", width, w, l)
			}
			if l == lines[0] || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "─") {
				continue
			}
			// A speaker's row: the top topic, a word, starts under its header.
			if at := cells.StringWidth(l[:strings.LastIndex(l, " ")+1]); at != topicAt {
				t.Errorf("width %d: top topic at column %d, want %d:\n%s", width, at, topicAt, out)
			}
		}
		if width >= DefaultWidth && !strings.Contains(out, " politics_elections\n") {
			t.Errorf("width %d: the topic is cut:\n%s", width, out)
		}
		if cut := strings.Contains(out, "…"); cut != (width < 200) {
			t.Errorf("width %d: a cut is %v, want %v:\n%s", width, cut, width < 200, out)
		}
	}
}

func TestWriteWidthDefault(t *testing.T) {
	var got, want bytes.Buffer
	if err := WriteWidth(&got, wideFixture(t), Table, 0); err != nil {
		t.Fatal(err)
	}
	if err := WriteWidth(&want, wideFixture(t), Table, DefaultWidth); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("width 0:\n%s\nwant the DefaultWidth table:\n%s", got.String(), want.String())
	}
}

// TestRecordTablesAlign checks that every line of the bordered record
// tables is as wide as the others, and no wider than the terminal when
// they can fit (80 columns and more for these), with Chinese, Japanese and
// emoji names, roles and statements.
func TestRecordTablesAlign(t *testing.T) {
	text := `"我们不会接受这个计划，" 王毅说。岸田文雄首相は「対話を続ける」と述べた。"We're in 🌍 together," said Ana Costa.`
	doc := &corpus.Document{ID: "多语言-01", Path: "data/multi.txt", Text: text}
	qs := []quote.Quote{
		{Text: "我们不会接受这个计划，", Content: []quote.Span{*span(text, "我们不会接受这个计划，")}, Speaker: "王毅", Role: "中华人民共和国外交部长", Kind: quote.Direct},
		{Text: "対話を続ける", Content: []quote.Span{*span(text, "対話を続ける")}, Speaker: "岸田文雄", Role: "首相", Kind: quote.Direct},
		{Text: "We're in 🌍 together,", Content: []quote.Span{*span(text, "We're in 🌍 together,")}, Speaker: "Ana 🌍 Costa", Role: "climate envoy 🌱", Kind: quote.Direct},
	}
	probs := map[string]float64{"oppose": 0.7, "support": 0.2, "neutral": 0.1}
	var sts []Statement
	for _, q := range qs {
		sts = append(sts, QuoteStatement(doc, stance.Statement{Quote: q, Stance: prediction("oppose", probs), Topic: prediction("外交", map[string]float64{"外交": 1})}))
	}
	for _, width := range []int{40, 60, 80, DefaultWidth, 200} {
		var quotes, statements bytes.Buffer
		qw := NewQuotesWriter(&quotes, Table)
		qw.Width = width
		if err := qw.Write(doc, qs); err != nil {
			t.Fatal(err)
		}
		if err := qw.Flush(); err != nil {
			t.Fatal(err)
		}
		sw := NewStatementWriter(&statements, Table)
		sw.Width = width
		if err := sw.Write(sts); err != nil {
			t.Fatal(err)
		}
		if err := sw.Flush(); err != nil {
			t.Fatal(err)
		}
		for name, out := range map[string]string{"quotes": quotes.String(), "statements": statements.String()} {
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			w0 := cells.StringWidth(lines[0])
			if w0 > width && width >= 80 {
				t.Errorf("%s, width %d: the table is %d columns wide:\n%s", name, width, w0, out)
			}
			for i, l := range lines {
				if w := cells.StringWidth(l); w != w0 {
					t.Errorf("%s, width %d: line %d is %d columns wide, the first %d:\n%s", name, width, i+1, w, w0, out)
					break
				}
			}
			if width == 200 && strings.Contains(out, "…") {
				t.Errorf("%s, width %d: a cell is cut:\n%s", name, width, out)
			}
		}
	}
}
