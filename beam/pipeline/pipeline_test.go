package pipeline

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/tally"
)

func TestMain(m *testing.M) {
	// Prism logs every job and worker at the info level.
	beamlog.LogLevel = "warn"
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// run runs the pipeline of o on prism and returns its counters.
func run(t *testing.T, o Options) Counts {
	t.Helper()
	ctx := context.Background()
	p, err := New(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	res, err := prism.Execute(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	return Metrics(res)
}

// analyzeJSON is what "stance analyze --format json PATH..." writes: the
// library path the command takes, with the embedded models.
func analyzeJSON(t *testing.T, paths []string, opts tally.SummaryOptions) []byte {
	t.Helper()
	sm, err := models.DefaultStance()
	if err != nil {
		t.Fatal(err)
	}
	tm, err := models.DefaultTopic()
	if err != nil {
		t.Fatal(err)
	}
	c := corpus.NewCorpus(paths, nil)
	defer c.Close()
	p, err := stance.Analyze(context.Background(), c, stance.Models{Stance: sm, Topic: tm, TopicContext: stance.DefaultTopicContext},
		stance.Options{Extract: stance.StatementOptions})
	if err != nil {
		t.Fatal(err)
	}
	s, err := tally.Summarize(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.Write(&b, s, report.JSON); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSamplesMatchAnalyze(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions
	o.Inputs = []string{"../../data/samples"}
	o.Output = filepath.Join(dir, "summary.json")
	o.DeadLetters = filepath.Join(dir, "dead.jsonl")
	o.Format = report.JSON
	counts := run(t, o)
	got, err := os.ReadFile(o.Output)
	if err != nil {
		t.Fatal(err)
	}
	want := analyzeJSON(t, o.Inputs, tally.DefaultSummaryOptions)
	if !bytes.Equal(got, want) {
		t.Errorf("summary differs from stance analyze:\ngot:\n%s\nwant:\n%s", got, want)
	}
	t.Logf("%+v", counts)
}

// writeFiles writes files (path relative to dir -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sampleTexts returns the plain-text sample articles.
func sampleTexts(t *testing.T) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("../../data/samples/*.txt")
	if err != nil || len(paths) < 5 {
		t.Fatalf("sample articles: %v, %d found", err, len(paths))
	}
	texts := map[string]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[strings.TrimSuffix(filepath.Base(p), ".txt")] = string(data)
	}
	return texts
}

// jsonl returns records with the texts, each text n times, in name order.
func jsonl(t *testing.T, texts map[string]string, n int) []byte {
	t.Helper()
	var b bytes.Buffer
	for i := range n {
		for _, name := range slices.Sorted(maps.Keys(texts)) {
			rec, err := json.Marshal(map[string]string{"id": fmt.Sprintf("%s-%d", name, i), "text": texts[name]})
			if err != nil {
				t.Fatal(err)
			}
			b.Write(rec)
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// TestMultiFileCorpusMatchesAnalyze runs the pipeline over a corpus of
// every input format, with a JSONL file cut into many chunks, and checks
// the summary is byte-identical to stance analyze's in each summary
// shape.
func TestMultiFileCorpusMatchesAnalyze(t *testing.T) {
	texts := sampleTexts(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "corpus")
	html, err := os.ReadFile("../../data/samples/environment-river.html")
	if err != nil {
		t.Fatal(err)
	}
	var table bytes.Buffer
	cw := csv.NewWriter(&table)
	cw.Write([]string{"id", "text"})
	for _, name := range slices.Sorted(maps.Keys(texts)) {
		cw.Write([]string{name, texts[name]})
	}
	if cw.Flush(); cw.Error() != nil {
		t.Fatal(cw.Error())
	}
	files := map[string][]byte{
		"big.jsonl":           jsonl(t, texts, 6), // cut into chunks
		"small.ndjson":        jsonl(t, texts, 1),
		"more.jsonl.gz":       gzipped(t, jsonl(t, texts, 2)),
		"array.json":          []byte("[" + strings.ReplaceAll(strings.TrimSpace(string(jsonl(t, texts, 1))), "\n", ",") + "]"),
		"table.csv":           table.Bytes(),
		"pages/river.html":    html,
		"pages/river2.htm.gz": gzipped(t, html),
		"notes.md":            []byte("not read: not an input extension"),
	}
	for name, text := range texts {
		files["texts/"+name+".txt"] = []byte(text)
	}
	writeFiles(t, in, files)

	shapes := []struct {
		name string
		opts tally.SummaryOptions
	}{
		{"default", tally.DefaultSummaryOptions},
		{"by topic, top 5 by net", func() tally.SummaryOptions {
			o := tally.DefaultSummaryOptions
			o.ByTopic, o.Top, o.Sort = true, 5, tally.SortNet
			return o
		}()},
		{"min quotes 3 by name", func() tally.SummaryOptions {
			o := tally.DefaultSummaryOptions
			o.MinQuotes, o.Sort = 3, tally.SortName
			return o
		}()},
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			o := DefaultOptions
			o.Inputs = []string{in}
			o.Output = filepath.Join(dir, "summary.json")
			o.DeadLetters = filepath.Join(dir, "dead.jsonl")
			o.Format, o.Summary = report.JSON, sh.opts
			o.ChunkBytes = 4 << 10
			counts := run(t, o)
			got, err := os.ReadFile(o.Output)
			if err != nil {
				t.Fatal(err)
			}
			if want := analyzeJSON(t, o.Inputs, sh.opts); !bytes.Equal(got, want) {
				t.Errorf("summary differs from stance analyze:\ngot:\n%s\nwant:\n%s", got, want)
			}
			var docs int
			for range 6 + 1 + 2 + 1 + 1 + 1 {
				docs += len(texts)
			}
			if want := int64(docs + 2); counts.Documents != want || counts.BadRecords != 0 {
				t.Errorf("counted %d documents and %d bad records, want %d and 0", counts.Documents, counts.BadRecords, want)
			}
		})
	}
}

// TestBadRecordsAreDeadLetters feeds bad records among good ones, in
// chunks of a JSONL file and in whole files, and checks that each is a
// dead letter with the file and line stance analyze warns with, that
// every good record was counted, and that the summary is analyze's.
func TestBadRecordsAreDeadLetters(t *testing.T) {
	texts := sampleTexts(t)
	names := slices.Sorted(maps.Keys(texts))
	var records bytes.Buffer
	bad := []string{
		`{"id": "no-text", "title": "a record without text"}`,
		`{"id": "truncated", "text": "He said`,
		`not json at all`,
		`{"id": "number", "text": 5}`,
		`{"id": "blank", "text": "   "}`,
	}
	for i, name := range names {
		rec, _ := json.Marshal(map[string]string{"id": name, "text": texts[name]})
		records.Write(rec)
		records.WriteString("\n")
		if i < len(bad) {
			records.WriteString(bad[i] + "\n\n") // and a blank line, which is skipped
		}
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFiles(t, in, map[string][]byte{
		"records.jsonl":    records.Bytes(),
		"empty.txt":        nil,
		"binary.txt":       []byte("\x00\x01\x02\x03 a binary file\x00"),
		"broken.jsonl.gz":  []byte("this is not gzip data"),
		"array.json":       []byte(`[{"text": "Mr Jones said: \"Fine.\""}, {"id": 7}]`),
		"texts/good.txt":   []byte(texts[names[0]]),
		"texts/spaces.txt": []byte(" \n\t\n"),
	})

	// What stance analyze warns about, and how many documents it reads.
	missing := filepath.Join(dir, "missing.jsonl")
	var want []DeadLetter
	good := 0
	c := corpus.NewCorpus([]string{in, missing}, nil)
	for {
		_, err := c.Next()
		if err == io.EOF {
			break
		}
		var de *corpus.DocError
		if errors.As(err, &de) {
			want = append(want, DeadLetter{File: de.File, Line: de.Line, Error: de.Err.Error()})
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		good++
	}
	c.Close()
	if len(want) < 8 {
		t.Fatalf("the corpus has only %d bad records: %v", len(want), want)
	}

	o := DefaultOptions
	o.Inputs = []string{in, missing}
	o.Output = filepath.Join(dir, "summary.json")
	o.DeadLetters = filepath.Join(dir, "dead.jsonl")
	o.Format = report.JSON
	o.ChunkBytes = 1 // a chunk per line
	counts := run(t, o)

	data, err := os.ReadFile(o.DeadLetters)
	if err != nil {
		t.Fatal(err)
	}
	var got []DeadLetter
	dec := json.NewDecoder(bytes.NewReader(data))
	for dec.More() {
		var d DeadLetter
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("dead letters: %v\n%s", err, data)
		}
		got = append(got, d)
	}
	slices.SortFunc(want, func(a, b DeadLetter) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Error, b.Error))
	})
	if !slices.Equal(got, want) {
		t.Errorf("dead letters:\ngot  %v\nwant %v", got, want)
	}
	for _, d := range got {
		if strings.HasSuffix(d.File, "records.jsonl") && d.Line == 0 {
			t.Errorf("dead letter %v has no line", d)
		}
	}
	if counts.Documents != int64(good) || counts.BadRecords != int64(len(want)) {
		t.Errorf("counted %d documents and %d bad records, want %d and %d", counts.Documents, counts.BadRecords, good, len(want))
	}
	summary, err := os.ReadFile(o.Output)
	if err != nil {
		t.Fatal(err)
	}
	if w := analyzeJSON(t, []string{in}, tally.DefaultSummaryOptions); !bytes.Equal(summary, w) {
		t.Errorf("summary differs from stance analyze:\ngot:\n%s\nwant:\n%s", summary, w)
	}
	if line := got[0].String(); !strings.Contains(line, ": ") || !strings.HasPrefix(line, got[0].File) {
		t.Errorf("DeadLetter.String() = %q, want the file, line and error as stance analyze warns", line)
	}
}

// TestEmptyInput checks that an empty input gives the
// summary of no documents and an empty dead-letter file.
func TestEmptyInput(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions
	o.Inputs = []string{filepath.Join(dir, "*.jsonl")} // matches nothing
	o.Output = filepath.Join(dir, "summary.json")
	o.DeadLetters = filepath.Join(dir, "dead.jsonl")
	o.Format = report.JSON
	counts := run(t, o)
	summary, err := os.ReadFile(o.Output)
	if err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"documents\": 0,"; !strings.HasPrefix(string(summary), want) {
		t.Errorf("summary = %s, want one of no documents", summary)
	}
	if dead, err := os.ReadFile(o.DeadLetters); err != nil || len(dead) != 0 {
		t.Errorf("dead letters: %q, %v; want an empty file", dead, err)
	}
	if counts != (Counts{}) {
		t.Errorf("counts = %+v, want zeros", counts)
	}
}
