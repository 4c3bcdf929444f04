package train

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance/corpus"
	"golang.org/x/text/encoding/unicode"
)

// gzipped compresses s.
func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// writeTree writes name/content pairs under a new directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func texts(ds *Dataset) string {
	var out []string
	for _, e := range ds.Examples {
		out = append(out, e.Text+"/"+e.Label)
	}
	return strings.Join(out, " ")
}

func problems(list []*corpus.DocError) []string {
	var out []string
	for _, p := range list {
		out = append(out, p.Error())
	}
	return out
}

// TestReadFilesGoesOn: directories are walked, compressed files read, and
// a file that cannot be read is a problem like a bad record: the files
// after it are read.
func TestReadFilesGoesOn(t *testing.T) {
	good := `{"text":"s1","stance":"support"}` + "\n" + `{"text":"s2","stance":"oppose"}` + "\n"
	cut := gzipped(t, good)
	dir := writeTree(t, map[string]string{
		"data/a.jsonl":       `{"text":"a1","stance":"support"}` + "\n" + `{"text":"a2","stance":"oppose"}` + "\n",
		"data/b.csv.gz":      gzipped(t, "text,stance\nb1,neutral\n"),
		"data/c.tsv":         "text\tstance\nc1\tsupport\n",
		"data/notes.txt":     "not labeled data",
		"data/.hidden.jsonl": `{"text":"hidden","stance":"x"}`,
		"data/sub/d.ndjson":  `{"text":"d1","stance":"oppose"}`,
		"data/e.jsonl.gz":    cut[:len(cut)-6],
		"bad.jsonl.gz":       `{"text":"not gzip","stance":"x"}`,
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	ds, err := ReadFiles([]string{p("missing.jsonl"), p("data"), p("bad.jsonl.gz"), "-"}, strings.NewReader(gzipped(t, good)), DefaultFields("stance"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := texts(ds), "a1/support a2/oppose b1/neutral c1/support s1/support s2/oppose d1/oppose s1/support s2/oppose"; got != want {
		t.Errorf("examples\n got %s\nwant %s", got, want)
	}
	wantProblems := []string{
		p("missing.jsonl") + ": no such file or directory",
		p("data/e.jsonl.gz") + ": bad gzip data: unexpected EOF",
		p("bad.jsonl.gz") + ": bad gzip data: invalid header",
	}
	if got := problems(ds.Problems); strings.Join(got, "\n") != strings.Join(wantProblems, "\n") {
		t.Errorf("problems\n got %q\nwant %q", got, wantProblems)
	}
	if got, want := strings.Join(ds.Info.Files, " "), "a.jsonl b.csv.gz c.tsv e.jsonl.gz d.ndjson bad.jsonl.gz -"; got != want {
		t.Errorf("files %s, want %s", got, want)
	}
	if ds.Pos[2] != (Position{p("data/b.csv.gz"), 2}) {
		t.Errorf("position %+v", ds.Pos[2])
	}
}

func TestReadFilesFields(t *testing.T) {
	for _, tt := range []struct {
		f   Fields
		err string
	}{
		{Fields{Text: "text"}, "no label field named (Fields.Label)"},
		{Fields{Label: "stance"}, "no text field named (Fields.Text)"},
	} {
		if _, err := ReadFiles([]string{"-"}, strings.NewReader(""), tt.f); err == nil || err.Error() != tt.err {
			t.Errorf("ReadFiles(%+v) = %v, want %q", tt.f, err, tt.err)
		}
	}
}

// TestReadFilesEncodings: training data is decoded as a corpus is, with
// corpus.RecordStream: UTF-16 by its byte order mark, other charsets
// detected per record and noted once per file.
func TestReadFilesEncodings(t *testing.T) {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("text\tstance\r\nCafé “x”\tsupport\r\n")
	if err != nil {
		t.Fatal(err)
	}
	dir := writeTree(t, map[string]string{
		"w.jsonl": `{"text":"plain","stance":"support"}` + "\n" +
			"{\"text\":\"He said \x93no\x94\",\"stance\":\"oppose\"}\n" +
			"{\"text\":\"caf\xe9\",\"stance\":\"neutral\"}\n",
		"u.tsv":   utf16,
		"w.csv":   "text,stance\n\"\x93Yes\x94, she said\",support\n",
		"b.jsonl": "{\"text\":\"\x00\xff\",\"stance\":\"x\"}\n",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	ds, err := ReadFiles([]string{p("w.jsonl"), p("u.tsv"), p("w.csv"), p("b.jsonl")}, nil, DefaultFields("stance"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := texts(ds), "plain/support He said “no”/oppose café/neutral Café “x”/support “Yes”, she said/support"; got != want {
		t.Errorf("examples\n got %s\nwant %s", got, want)
	}
	wantWarnings := []string{
		p("w.jsonl") + ":2: decoded as windows-1252 (not valid UTF-8)",
		p("w.csv") + ":2: decoded as windows-1252 (not valid UTF-8)",
	}
	if got := problems(ds.Warnings); strings.Join(got, "\n") != strings.Join(wantWarnings, "\n") {
		t.Errorf("warnings\n got %q\nwant %q", got, wantWarnings)
	}
	for _, w := range ds.Warnings {
		if !errors.Is(w, corpus.ErrNotUTF8) {
			t.Errorf("warning %v does not wrap corpus.ErrNotUTF8", w)
		}
	}
	wantProblems := []string{p("b.jsonl") + ":1: binary data, not text"}
	if got := problems(ds.Problems); strings.Join(got, "\n") != strings.Join(wantProblems, "\n") {
		t.Errorf("problems\n got %q\nwant %q", got, wantProblems)
	}

	recs, errs := readAll(t, "u.tsv", utf16, DefaultFields("stance"))
	if len(recs) != 1 || recs[0].Encoding != "utf-16le" || recs[0].Line != 2 || errs != nil {
		t.Errorf("NewReader on UTF-16: %+v, %q", recs, errs)
	}
}

// endless is an endless reader of one byte.
type endless byte

func (e endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(e)
	}
	return len(p), nil
}

// TestReaderCSVRowBound: encoding/csv keeps a whole row in memory, so a
// row over MaxLineBytes (a quoted field left open, a gzip bomb) ends the
// file with ErrLineTooLong instead of taking all memory.
func TestReaderCSVRowBound(t *testing.T) {
	in := io.MultiReader(strings.NewReader("text,stance\nshort,support\n\""), io.LimitReader(endless('x'), MaxLineBytes+1<<20), strings.NewReader("\",oppose\nafter,neutral\n"))
	r := NewReader(in, "big.csv", DefaultFields("stance"))
	rec, err := r.Read()
	if err != nil || rec.Text != "short" {
		t.Fatalf("first row: %+v, %v", rec, err)
	}
	_, err = r.Read()
	want := "big.csv: line too long: the row after byte 26 is over 67108864 bytes; the rest of the file is skipped"
	if err == nil || err.Error() != want || !errors.Is(err, ErrLineTooLong) {
		t.Fatalf("long row: %v, want %q", err, want)
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("after the long row: %v, want io.EOF", err)
	}
}
