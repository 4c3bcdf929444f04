package pipeline

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stancekit/stancekit/stance/corpus"
)

func TestCutLines(t *testing.T) {
	tests := []struct {
		name string
		data string
		size int64
		want []chunk // Paths and Range unset
		err  error
	}{
		{"empty", "", 4, nil, nil},
		{"one chunk", "ab\ncd\n", 100, []chunk{{Start: 0, End: 6, FirstLine: 1}}, nil},
		{"a chunk per line", "ab\ncd\nef", 1,
			[]chunk{{Start: 0, End: 3, FirstLine: 1}, {Start: 3, End: 6, FirstLine: 2}, {Start: 6, End: 8, FirstLine: 3}}, nil},
		{"cut at the first line end past the size", "aaaa\nb\nc\ndddd\n", 6,
			[]chunk{{Start: 0, End: 7, FirstLine: 1}, {Start: 7, End: 14, FirstLine: 3}}, nil},
		{"blank lines count", "a\n\n\nb\n", 2,
			[]chunk{{Start: 0, End: 2, FirstLine: 1}, {Start: 2, End: 4, FirstLine: 2}, {Start: 4, End: 6, FirstLine: 4}}, nil},
		{"no final newline", "abc\ndef", 4, []chunk{{Start: 0, End: 4, FirstLine: 1}, {Start: 4, End: 7, FirstLine: 2}}, nil},
		{"CRLF", "ab\r\ncd\r\n", 2, []chunk{{Start: 0, End: 4, FirstLine: 1}, {Start: 4, End: 8, FirstLine: 2}}, nil},
		{"multibyte UTF-8", "«é»\n“ü”\n", 1, []chunk{{Start: 0, End: 7, FirstLine: 1}, {Start: 7, End: 16, FirstLine: 2}}, nil},
		{"windows-1252", "\x93quoted\x94\n", 1, nil, errNotUTF8},
		{"UTF-16 byte order mark", "\xff\xfe{\x00\n\x00", 1, nil, errNotUTF8},
		{"cut rune at the end", "ab\n\xe2\x80", 1, nil, errNotUTF8},
	}
	for _, tt := range tests {
		for _, oneByte := range []bool{false, true} {
			r := strings.NewReader(tt.data)
			name := tt.name
			var got []chunk
			var err error
			if oneByte { // a rune cut between reads
				name += ", one byte a read"
				got, err = cutLines(iotest.OneByteReader(r), tt.size)
			} else {
				got, err = cutLines(r, tt.size)
			}
			if !errors.Is(err, tt.err) || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s: cutLines = %v, %v; want %v, %v", name, got, err, tt.want, tt.err)
			}
		}
	}
}

// TestFormatsMatchCorpus checks that a file read as standard input in
// the format inputFormat gives reads as the corpus reads it by its path,
// for every extension the corpus knows and some it does not, and that
// walked agrees with the files a corpus finds in a directory.
func TestFormatsMatchCorpus(t *testing.T) {
	contents := []string{
		"text\nHe said: \"It works.\"\n",
		`{"text": "<p>She said: \"Yes.\"</p>"}` + "\n",
		`[{"text": "They said no."}]`,
		"<html><body><p>The mayor said: \"We will build it.\"</p></body></html>",
	}
	exts := []string{".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv", ".md", ".JSONL", ".Html", ""}
	dir := t.TempDir()
	for ci, content := range contents {
		for _, ext := range exts {
			path := filepath.Join(dir, "doc"+ext)
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			format, gz := inputFormat(path)
			if gz {
				t.Errorf("inputFormat(%q) says gzip", path)
			}
			byPath := readAll(corpus.NewCorpus([]string{path}, nil))
			opts := corpus.DefaultOptions
			opts.StdinFormat = format
			byStdin := readAll(corpus.NewCorpusOptions([]string{"-"}, strings.NewReader(content), opts))
			if byPath != byStdin {
				t.Errorf("content %d, %s: read by path:\n%s\nread as standard input in format %s:\n%s", ci, ext, byPath, format, byStdin)
			}
			os.Remove(path)
		}
	}

	for _, ext := range exts {
		for _, gz := range []string{"", ".gz"} {
			if err := os.WriteFile(filepath.Join(dir, "doc"+ext+gz), []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	files, _, err := corpus.WalkDir(dir, walked)
	if err != nil {
		t.Fatal(err)
	}
	var read []string
	c := corpus.NewCorpus([]string{dir}, nil)
	for {
		doc, err := c.Next()
		if doc == nil && err == nil || err != nil && !errors.As(err, new(*corpus.DocError)) {
			break
		}
		var de *corpus.DocError
		switch {
		case errors.As(err, &de):
			read = append(read, de.File)
		case doc != nil:
			read = append(read, doc.Path)
		}
	}
	if read = slices.Compact(read); !slices.Equal(files, read) {
		t.Errorf("walked finds %q, the corpus reads %q", files, read)
	}
}

// readAll describes the documents and errors of a corpus, without the
// file names of errors (standard input is "-").
func readAll(c *corpus.Corpus) string {
	var b bytes.Buffer
	for {
		doc, err := c.Next()
		if err != nil {
			if de, ok := err.(*corpus.DocError); ok {
				b.WriteString("error line " + strings.Repeat("+", de.Line) + ": " + de.Err.Error() + "\n")
				continue
			}
			b.WriteString("end: " + err.Error() + "\n")
			return b.String()
		}
		b.WriteString("doc " + doc.Title + " | " + doc.Text + "\n")
	}
}
