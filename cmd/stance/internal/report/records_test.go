package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
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
	if !strings.Contains(lines[1], `"speaker":null,"kind":"indirect"`) || !strings.Contains(lines[3], `"line":7,"speaker":null,"kind":"text"`) {
		t.Errorf("unknown speakers are not null:\n%s", buf.String())
	}
	if strings.Contains(lines[0], `"line"`) {
		t.Errorf("line of a whole file is not left out: %s", lines[0])
	}
}
