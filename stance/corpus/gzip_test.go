package corpus

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// gz compresses s.
func gz(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestCorpusGzip(t *testing.T) {
	jsonl := gz(t, `{"id":"j1","text":"First."}`+"\n"+`{"id":"j2","text":"Second."}`+"\n")
	dir := writeFiles(t, map[string]string{
		"a.txt.gz":     gz(t, "Plain \x93text\x94."),
		"b.jsonl.gz":   jsonl,
		"c.csv.GZ":     gz(t, "id,text\nc1,Third.\n"),
		"d.json.gz":    gz(t, `[{"id":"d1","text":"Fourth."}]`),
		"notes.gz":     gz(t, "not walked: no input extension inside"),
		"e.bin.gz":     gz(t, "not walked either"),
		"f.txt.gz":     "not gzip at all",
		"g.jsonl.gz":   jsonl[:len(jsonl)-12], // cut short
		"page.html.gz": gz(t, "<html><body><article><p>The council met on Monday and voted for the river plan after a long debate.</p></article></body></html>"),
	})
	named := writeFiles(t, map[string]string{
		"notes.gz":  gz(t, "Read as text when named."),
		"empty.gz":  "",
		"h.html.gz": gz(t, ""),
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	n := func(name string) string { return filepath.Join(named, name) }
	tests := []struct {
		name  string
		paths []string
		stdin string
		want  string
		errs  []string
	}{
		{name: "walked", paths: []string{dir},
			want: "a[windows-1252]=Plain “text”. | j1=First. | j2=Second. | c1=Third. | d1=Fourth. | j1=First. | j2=Second. | page=The council met on Monday and voted for the river plan after a long debate.",
			errs: []string{
				p("f.txt.gz") + ": bad gzip data: invalid header",
				p("g.jsonl.gz") + ":3: bad gzip data: unexpected EOF",
			}},
		{name: "named", paths: []string{n("notes.gz"), n("empty.gz"), n("h.html.gz")},
			want: "notes=Read as text when named.",
			errs: []string{n("empty.gz") + ": bad gzip data: unexpected EOF", n("h.html.gz") + ": empty document"}},
		{name: "standard input sniffed", paths: []string{"-"}, stdin: jsonl, want: "j1=First. | j2=Second."},
		{name: "standard input named CSV", paths: []string{"-"}, stdin: gz(t, "text\nrow\n"), want: "stdin:2=row"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions
			if strings.Contains(tt.name, "CSV") {
				opts.StdinFormat = FormatCSV
			}
			docs, errs, _ := read(t, tt.paths, tt.stdin, opts)
			if got := summary(docs); got != tt.want {
				t.Errorf("documents\n got %s\nwant %s", got, tt.want)
			}
			if strings.Join(errs, "\n") != strings.Join(tt.errs, "\n") {
				t.Errorf("errors\n got %q\nwant %q", errs, tt.errs)
			}
		})
	}
}

// zeros is an endless reader of a byte.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// TestGzipBomb: a small file that inflates past MaxRecordBytes is refused
// after that many bytes, not read into memory whole.
func TestGzipBomb(t *testing.T) {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	if _, err := io.CopyN(w, repeatReader('a'), MaxRecordBytes+1<<20); err != nil {
		t.Fatal(err)
	}
	w.Close()
	bomb := b.String()
	dir := writeFiles(t, map[string]string{"bomb.txt.gz": bomb, "ok.txt": "Fine."})
	docs, errs, _ := read(t, []string{filepath.Join(dir, "bomb.txt.gz"), filepath.Join(dir, "ok.txt")}, "", DefaultOptions)
	want := filepath.Join(dir, "bomb.txt.gz") + ": record too large: more than 67108864 bytes decompressed"
	if summary(docs) != "ok=Fine." || len(errs) != 1 || errs[0] != want {
		t.Errorf("documents %s, errors %q; want ok=Fine. and %q", summary(docs), errs, want)
	}
	docs, errs, _ = read(t, []string{"-"}, bomb, DefaultOptions)
	if len(docs) != 0 || len(errs) != 1 || errs[0] != "-: record too large: more than 67108864 bytes decompressed" {
		t.Errorf("standard input: documents %s, errors %q", summary(docs), errs)
	}
}

// TestCSVRecordBound: encoding/csv holds a whole record in memory, so a
// field longer than MaxRecordBytes ends the file with ErrTooLarge.
func TestCSVRecordBound(t *testing.T) {
	in := io.MultiReader(strings.NewReader("id,text\nr1,short\nr2,\""), io.LimitReader(repeatReader('x'), MaxRecordBytes+1<<20), strings.NewReader("\"\nr3,after\n"))
	r := testCSV(t, "big.csv", in)
	doc, err := r.next()
	if err != nil || doc.ID != "r1" {
		t.Fatalf("first record: %v, %v", doc, err)
	}
	_, err = r.next()
	want := "big.csv: record too large: the record after byte 17 is longer than 67108864 bytes; the rest of the file is skipped"
	if err == nil || err.Error() != want || !errors.Is(err, ErrTooLarge) {
		t.Fatalf("long record: %v, want %q", err, want)
	}
	if _, err := r.next(); err != io.EOF {
		t.Errorf("after the long record: %v, want io.EOF", err)
	}
}
