package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
)

// checkGolden compares got with testdata/name, which go test -update
// rewrites.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it)\n got:\n%s\nwant:\n%s", golden, got, want)
	}
}

// The record fixtures: an article with an attributed direct quote, an
// unresolved indirect one and a mixed one with a role; a JSONL record
// without quotes; an HTML page whose text was extracted.
var (
	article = &corpus.Document{ID: "wire-0412", Path: "data/wire-0412.txt",
		Text: `"We <will> not accept this plan," Mayor Anna Berg said on Tuesday. ` +
			`Officials said   the talks would continue. ` +
			`Berg, the mayor of Lund, said the city had "no choice, none at all" but to fight, with a statement long enough to be cut in the table: ` +
			strings.Repeat("and so on, ", 20) + "."}
	record = &corpus.Document{ID: "r7", Path: "data/quotes.jsonl", Line: 7, Text: "  We welcome the agreement.  "}
	page   = &corpus.Document{ID: "p&q", Path: "data/p&q.html", Extracted: true, Text: `He said: "Yes, & more."`}
)

func span(text, s string) *quote.Span {
	i := strings.Index(text, s)
	return &quote.Span{Start: i, End: i + len(s)}
}

func fixtureQuotes() map[*corpus.Document][]quote.Quote {
	a := article.Text
	q1 := quote.Quote{Text: "We <will> not accept this plan,", Content: []quote.Span{*span(a, "We <will> not accept this plan,")},
		Source: span(a, "Mayor Anna Berg"), Cue: span(a, "said"), Speaker: "Anna Berg", Role: "Mayor", Kind: quote.Direct}
	q2 := quote.Quote{Text: "the talks would continue.", Content: []quote.Span{*span(a, "the talks would continue.")},
		Cue: span(a, "said   the"), Kind: quote.Indirect}
	q2.Cue.End = q2.Cue.Start + len("said")
	long := a[strings.Index(a, "the city had"):]
	q3 := quote.Quote{Text: long, Content: []quote.Span{*span(a, "the city had"), {Start: len(a) - 1, End: len(a)}},
		Source: span(a, "Berg, the"), Cue: span(a, "said the city"), Speaker: "Anna Berg", Role: "mayor of Lund", Kind: quote.Mixed}
	q3.Source.End = q3.Source.Start + len("Berg")
	q3.Cue.End = q3.Cue.Start + len("said")
	p := page.Text
	q4 := quote.Quote{Text: "Yes, & more.", Content: []quote.Span{*span(p, "Yes, & more.")}, Source: span(p, "He"), Cue: span(p, ":"), Kind: quote.Direct}
	return map[*corpus.Document][]quote.Quote{article: {q1, q2, q3}, record: nil, page: {q4}}
}

func TestQuotesWriterGolden(t *testing.T) {
	qs := fixtureQuotes()
	ext := map[string]string{Table: "txt", JSONL: "jsonl", CSV: "csv"}
	for _, format := range RecordFormats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewQuotesWriter(&buf, format)
			for _, doc := range []*corpus.Document{article, record, page} {
				if err := w.Write(doc, qs[doc]); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "quotes."+ext[format], buf.Bytes())
		})
	}
}

// TestQuotesJSONLContract checks the fields score_quotes.py reads: the
// record's fields keep <, > and &, the quotes' text escapes them.
func TestQuotesJSONLContract(t *testing.T) {
	var buf bytes.Buffer
	w := NewQuotesWriter(&buf, JSONL)
	qs := fixtureQuotes()
	for _, doc := range []*corpus.Document{article, record, page} {
		if err := w.Write(doc, qs[doc]); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want one per document:\n%s", len(lines), buf.String())
	}
	for i, want := range []string{
		`{"doc":"wire-0412","path":"data/wire-0412.txt","quotes":[{"text":"We \u003cwill\u003e not accept this plan,","content":[[1,32]],`,
		`{"doc":"r7","path":"data/quotes.jsonl","line":7,"quotes":[]}`,
		`{"doc":"p&q","path":"data/p&q.html","extracted":true,"quotes":[{"text":"Yes, \u0026 more.",`,
	} {
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d = %s\nwant prefix %s", i+1, lines[i], want)
		}
	}
	var rec struct {
		Quotes []struct {
			Speaker *string
			Role    *string
			Kind    string
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if len(rec.Quotes) != 3 || *rec.Quotes[0].Speaker != "Anna Berg" || rec.Quotes[1].Speaker != nil || rec.Quotes[1].Role != nil || rec.Quotes[2].Kind != "mixed" {
		t.Errorf("quotes %+v", rec.Quotes)
	}
}

func prediction(label string, probs map[string]float64) nb.Prediction {
	return nb.Prediction{Label: label, Prob: probs[label], Probs: probs}
}

func fixtureStatements() [][]Statement {
	qs := fixtureQuotes()
	stances := []nb.Prediction{
		prediction("oppose", map[string]float64{"oppose": 0.8125, "support": 0.0625, "neutral": 0.125}),
		prediction("neutral", map[string]float64{"oppose": 0.25, "support": 0.25, "neutral": 0.5}),
		prediction("oppose", map[string]float64{"oppose": 0.6666, "support": 0.0001, "neutral": 0.3333}),
	}
	topic := prediction("economy", map[string]float64{"economy": 0.7, "security": 0.3})
	var doc []Statement
	for i, q := range qs[article] {
		doc = append(doc, QuoteStatement(article, stance.Statement{Quote: q, Stance: stances[i], Topic: topic}))
	}
	rec := []Statement{TextStatement(record, "We welcome the agreement.",
		prediction("support", map[string]float64{"oppose": 0.05, "support": 0.9, "neutral": 0.05}), topic)}
	return [][]Statement{doc, nil, rec}
}

func TestStatementWriterGolden(t *testing.T) {
	ext := map[string]string{Table: "txt", JSONL: "jsonl", CSV: "csv"}
	for _, format := range RecordFormats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewStatementWriter(&buf, format)
			for _, sts := range fixtureStatements() {
				if err := w.Write(sts); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "statements."+ext[format], buf.Bytes())
		})
	}
}

// TestStatementJSONLContract checks that a JSONL line reads back as the
// Statement written, and that the speaker of a text statement is null.
func TestStatementJSONLContract(t *testing.T) {
	var buf bytes.Buffer
	w := NewStatementWriter(&buf, JSONL)
	var all []Statement
	for _, sts := range fixtureStatements() {
		all = append(all, sts...)
		if err := w.Write(sts); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(all) {
		t.Fatalf("%d lines, want %d", len(lines), len(all))
	}
	for i, l := range lines {
		var st Statement
		if err := json.Unmarshal([]byte(l), &st); err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(all[i])
		got, _ := json.Marshal(st)
		if string(got) != string(want) {
			t.Errorf("line %d reads back as %s, want %s", i+1, got, want)
		}
	}
	if !strings.Contains(lines[1], `"speaker":null,"role":null,"kind":"indirect"`) || !strings.Contains(lines[3], `"line":7,"speaker":null,"role":null,"kind":"text"`) {
		t.Errorf("unknown speakers are not null:\n%s", buf.String())
	}
	if strings.Contains(lines[0], `"line"`) {
		t.Errorf("line of a whole file is not left out: %s", lines[0])
	}
}

// TestStatementsJoinQuotes checks that a classify row finds its quotes
// row: in JSONL on doc, path, line and content, with the same source, cue,
// speaker, role and kind; in CSV on doc, path, line, content_start and
// content_end, with the same speaker, role, kind and text.
func TestStatementsJoinQuotes(t *testing.T) {
	qs := fixtureQuotes()
	docs := []*corpus.Document{article, record, page}
	var quotesJSONL, quotesCSV, statementsJSONL, statementsCSV bytes.Buffer
	qj, qc := NewQuotesWriter(&quotesJSONL, JSONL), NewQuotesWriter(&quotesCSV, CSV)
	sj, sc := NewStatementWriter(&statementsJSONL, JSONL), NewStatementWriter(&statementsCSV, CSV)
	topic := prediction("economy", map[string]float64{"economy": 1})
	for _, doc := range docs {
		var sts []Statement
		for _, q := range qs[doc] {
			sts = append(sts, QuoteStatement(doc, stance.Statement{Quote: q, Stance: topic, Topic: topic}))
		}
		for _, err := range []error{qj.Write(doc, qs[doc]), qc.Write(doc, qs[doc]), sj.Write(sts), sc.Write(sts)} {
			if err != nil {
				t.Fatal(err)
			}
		}
	}

	// JSONL: quotes by doc, path, line and content.
	type field = map[string]json.RawMessage
	quotes := map[string]field{}
	for line := range strings.Lines(quotesJSONL.String()) {
		var rec struct {
			Doc, Path string
			Line      int
			Quotes    []field
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		for _, q := range rec.Quotes {
			quotes[fmt.Sprint(rec.Doc, rec.Path, rec.Line, string(q["content"]))] = q
		}
	}
	n := 0
	for line := range strings.Lines(statementsJSONL.String()) {
		var st field
		if err := json.Unmarshal([]byte(line), &st); err != nil {
			t.Fatal(err)
		}
		var doc, path string
		var ln int
		json.Unmarshal(st["doc"], &doc)
		json.Unmarshal(st["path"], &path)
		json.Unmarshal(st["line"], &ln)
		q, ok := quotes[fmt.Sprint(doc, path, ln, string(st["content"]))]
		if !ok {
			t.Errorf("statement %s joins no quote", line)
			continue
		}
		n++
		for _, k := range []string{"source", "cue", "speaker", "role", "kind", "text"} {
			var got, want any // decoded: the quote's text escapes <, > and &
			json.Unmarshal(st[k], &got)
			json.Unmarshal(q[k], &want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("statement %s: %s %s, the quote's %s", st["content"], k, st[k], q[k])
			}
		}
	}
	if n != len(qs[article])+len(qs[page]) {
		t.Errorf("%d statements joined, want %d", n, len(qs[article])+len(qs[page]))
	}

	// CSV: quotes by doc, path, line, content_start and content_end.
	read := func(b *bytes.Buffer) []map[string]string {
		rows, err := csv.NewReader(b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var out []map[string]string
		for _, r := range rows[1:] {
			m := map[string]string{}
			for i, h := range rows[0] {
				m[h] = r[i]
			}
			out = append(out, m)
		}
		return out
	}
	key := func(r map[string]string) string {
		return strings.Join([]string{r["doc"], r["path"], r["line"], r["content_start"], r["content_end"]}, "|")
	}
	csvQuotes := map[string]map[string]string{}
	for _, r := range read(&quotesCSV) {
		csvQuotes[key(r)] = r
	}
	rows := read(&statementsCSV)
	if len(rows) != n {
		t.Errorf("%d statement rows, want %d", len(rows), n)
	}
	for _, r := range rows {
		q, ok := csvQuotes[key(r)]
		if !ok {
			t.Errorf("statement row %v joins no quote row", r)
			continue
		}
		for _, k := range []string{"speaker", "role", "kind", "text"} {
			if r[k] != q[k] {
				t.Errorf("statement row %s: %s %q, the quote's %q", key(r), k, r[k], q[k])
			}
		}
	}
}

func TestTextStatementSpan(t *testing.T) {
	doc := &corpus.Document{ID: "t", Path: "t.txt", Text: "Yes.\nWe agree.\nYes.\n"}
	p := prediction("support", map[string]float64{"support": 1})
	tests := []struct {
		name     string
		st       Statement
		wantText string
		want     []quote.Span
	}{
		{"once", TextStatement(doc, "We agree.", p, p), "We agree.", []quote.Span{{Start: 5, End: 14}}},
		{"twice: unknown", TextStatement(doc, "Yes.", p, p), "Yes.", nil},
		{"twice, placed", TextStatementAt(doc, quote.Span{Start: 15, End: 19}, p, p), "Yes.", []quote.Span{{Start: 15, End: 19}}},
		{"whole record", TextStatement(record, "We welcome the agreement.", p, p), "We welcome the agreement.", []quote.Span{{Start: 2, End: 27}}},
	}
	for _, tt := range tests {
		if tt.st.Text != tt.wantText || !slices.Equal(tt.st.Content, tt.want) || tt.st.Kind != KindText || tt.st.Speaker != nil || tt.st.Role != nil {
			t.Errorf("%s: text %q content %v kind %s speaker %v role %v, want %q %v text nil nil",
				tt.name, tt.st.Text, tt.st.Content, tt.st.Kind, tt.st.Speaker, tt.st.Role, tt.wantText, tt.want)
		}
	}
	var buf bytes.Buffer
	w := NewStatementWriter(&buf, CSV)
	if err := w.Write([]Statement{tests[1].st, tests[2].st}); err != nil {
		t.Fatal(err)
	}
	want := "doc,path,line,speaker,role,kind,content_start,content_end,stance,stance_prob,topic,topic_prob,text\n" +
		"t,t.txt,,,,text,,,support,1.000,support,1.000,Yes.\n" +
		"t,t.txt,,,,text,15,19,support,1.000,support,1.000,Yes.\n"
	if buf.String() != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", buf.String(), want)
	}
}
