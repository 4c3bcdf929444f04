package corpus

import (
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// drain reads a whole corpus, returning document IDs and error texts.
func drain(t *testing.T, c *Corpus) (ids []string, errs []string) {
	t.Helper()
	for i := 0; i < 1000; i++ {
		doc, err := c.Next()
		if err == io.EOF {
			return ids, errs
		}
		if err != nil {
			var de *DocError
			if !errors.As(err, &de) {
				t.Fatalf("Next: error %v is not a *DocError", err)
			}
			errs = append(errs, err.Error())
			continue
		}
		ids = append(ids, doc.ID)
	}
	t.Fatal("corpus did not end")
	return nil, nil
}

func TestCorpusFiles(t *testing.T) {
	const dir = "testdata/corpus/"
	tests := []struct {
		name     string
		paths    []string
		wantIDs  []string
		wantErrs []string
	}{
		{"text", []string{dir + "one.txt"}, []string{"one"}, nil},
		{"jsonl keeps good records", []string{dir + "mixed.jsonl"}, []string{"a1", "7", "a5"}, []string{
			dir + "mixed.jsonl:4: bad record: invalid JSON at column 2: invalid character 'o' in literal null (expecting 'u')",
			dir + "mixed.jsonl:5: bad record: missing \"text\" field",
		}},
		{"csv", []string{dir + "corpus.csv"}, []string{"c1", "c3"}, []string{dir + "corpus.csv:3: empty document"}},
		{"html", []string{dir + "page.html"}, []string{"page"}, nil},
		{"empty", []string{dir + "empty.txt", dir + "blank.txt"}, nil, []string{
			dir + "empty.txt: empty document", dir + "blank.txt: empty document"}},
		{"binary", []string{dir + "binary.txt"}, nil, []string{dir + "binary.txt:1: binary data, not text"}},
		{"latin-1 is decoded", []string{dir + "latin1.txt"}, []string{"latin1"}, nil},
		{"missing file, then a good one", []string{dir + "nope.txt", dir + "one.txt"}, []string{"one"}, []string{
			dir + "nope.txt: no such file or directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, errs := drain(t, NewCorpus(tt.paths, nil))
			if strings.Join(ids, "|") != strings.Join(tt.wantIDs, "|") {
				t.Errorf("ids = %q, want %q", ids, tt.wantIDs)
			}
			if strings.Join(errs, "\n") != strings.Join(tt.wantErrs, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(tt.wantErrs, "\n"))
			}
		})
	}
}

func TestCorpusDirectoryAndStdin(t *testing.T) {
	ids, errs := drain(t, NewCorpus([]string{"testdata/corpus", "-"}, strings.NewReader("Piped text.")))
	want := "c1|c3|latin1|a1|7|a5|one|page|stdin"
	if got := strings.Join(ids, "|"); got != want {
		t.Errorf("ids = %s, want %s", got, want)
	}
	if len(errs) != 6 {
		t.Errorf("got %d errors, want 6:\n%s", len(errs), strings.Join(errs, "\n"))
	}
}

func TestCorpusStdinJSONL(t *testing.T) {
	ids, errs := drain(t, NewCorpus([]string{"-"}, strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\",\"id\":\"x\"}\n")))
	if got := strings.Join(ids, "|"); got != "stdin:1|x" || errs != nil {
		t.Errorf("ids = %s, errs = %q", got, errs)
	}
}

func TestCorpusHTMLDropsBoilerplate(t *testing.T) {
	c := NewCorpus([]string{"testdata/corpus/page.html"}, nil)
	doc, err := c.Next()
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Extracted || doc.Title != "River plan" {
		t.Errorf("Extracted = %v, Title = %q", doc.Extracted, doc.Title)
	}
	for _, junk := range []string{"Home", "Share on Facebook"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("extracted text keeps boilerplate %q:\n%s", junk, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "Councillor Ines Moreau") || !strings.Contains(doc.Text, "\n\n") {
		t.Errorf("extracted text lost the article or its paragraphs:\n%s", doc.Text)
	}
}

func TestCorpusLongLine(t *testing.T) {
	long := strings.Repeat("word ", MaxRecordBytes/5+10)
	in := "{\"text\":\"" + long + "\"}\n{\"text\":\"after\"}\n"
	ids, errs := drain(t, NewCorpus([]string{"-"}, strings.NewReader(in)))
	if strings.Join(ids, "|") != "stdin:2" || len(errs) != 1 || !strings.Contains(errs[0], "-:1: record too large") {
		t.Errorf("ids = %q, errs = %q", ids, errs)
	}
}

func FuzzCorpusJSONL(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"x\"}\n{bad\n"))
	f.Add([]byte("{\"text\":null}\n\n{\"text\":\"\\u0000\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := NewCorpus([]string{"-"}, strings.NewReader("{"+string(data)))
		for i := 0; ; i++ {
			doc, err := c.Next()
			if err == io.EOF {
				return
			}
			if err == nil && doc.Text == "" {
				t.Fatal("document with empty text")
			}
			if i > len(data)+2 {
				t.Fatal("corpus did not end")
			}
		}
	})
}

func FuzzCorpusCSV(f *testing.F) {
	f.Add([]byte("id,text\na,\"x\"\"y\"\nb,\"unterminated\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := testCSV(t, "f.csv", strings.NewReader(string(data)))
		for i := 0; ; i++ {
			_, err := r.next()
			if err == io.EOF {
				return
			}
			if i > len(data)+2 {
				t.Fatal("corpus did not end")
			}
		}
	})
}

// FuzzCorpusStdin feeds any bytes to standard input, sniffed: text, HTML,
// JSONL, JSON arrays, gzip, any charset. The corpus must end, and every
// document must have valid UTF-8 text.
func FuzzCorpusStdin(f *testing.F) {
	f.Add([]byte("[{\"text\":\"a\"},\n{\"text\":\"\x93b\x94\"}]"))
	f.Add([]byte("<div><div><p>caf\xe9</p>"))
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))
	f.Add([]byte("\xff\xfe{\x00}\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := NewCorpusOptions([]string{"-"}, strings.NewReader(string(data)), Options{TextField: "text", OnWarning: func(error) {}})
		for i := 0; ; i++ {
			doc, err := c.Next()
			if err == io.EOF {
				return
			}
			if err == nil && (strings.TrimSpace(doc.Text) == "" || !utf8.ValidString(doc.Text)) {
				t.Fatalf("document with text %q", doc.Text)
			}
			if i > len(data)+2 {
				t.Fatal("corpus did not end")
			}
		}
	})
}

// testCSV returns a CSV reader of r with DefaultOptions.
func testCSV(t testing.TB, path string, r io.Reader) *csvReader {
	rs, err := NewRecordStream(r, "")
	if err != nil {
		t.Fatal(err)
	}
	return newCSVReader(path, rs.Reader(), nil, DefaultOptions, &recordText{RecordStream: rs, path: path, warn: func(error) {}})
}
