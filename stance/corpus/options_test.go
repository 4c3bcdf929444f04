package corpus

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestOptionsValidate(t *testing.T) {
	with := func(f func(*Options)) Options {
		o := DefaultOptions
		f(&o)
		return o
	}
	tests := []struct {
		name string
		opts Options
		err  string
	}{
		{"defaults", DefaultOptions, ""},
		{"every format", with(func(o *Options) { o.StdinFormat = FormatCSV }), ""},
		{"WHATWG label", with(func(o *Options) { o.Encoding = "latin1" }), ""},
		{"IANA-only name", with(func(o *Options) { o.Encoding = "IBM437" }), ""},
		{"no id or date field", with(func(o *Options) { o.IDField, o.DateField = "", "" }), ""},
		{"no text field", with(func(o *Options) { o.TextField = " " }), "bad corpus option: TextField is empty"},
		{"field name with a comma", with(func(o *Options) { o.IDField = "a,b" }),
			`bad corpus option: IDField "a,b" has a character a field name cannot have here (quotes, backslash, comma, control)`},
		{"unknown format", with(func(o *Options) { o.StdinFormat = "xml" }),
			`bad corpus option: StdinFormat is "xml", want one of text, html, jsonl, json, csv`},
		{"unknown encoding", with(func(o *Options) { o.Encoding = "klingon" }),
			`bad corpus option: Encoding: unknown encoding "klingon" (for example utf-8, windows-1252, iso-8859-1, utf-16le)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.opts.Validate()
			if tt.err == "" {
				if err != nil {
					t.Errorf("Validate = %v, want nil", err)
				}
				return
			}
			if err == nil || err.Error() != tt.err || !errors.Is(err, ErrBadOption) {
				t.Errorf("Validate = %v, want %q", err, tt.err)
			}
		})
	}
}

// TestBadOptionsStopNext: with options that do not validate, Next reports
// the validation error, which is not a *DocError, on every call.
func TestBadOptionsStopNext(t *testing.T) {
	c := NewCorpusOptions([]string{"-"}, strings.NewReader("text"), Options{TextField: "text", StdinFormat: "pdf"})
	for range 2 {
		doc, err := c.Next()
		var de *DocError
		if doc != nil || !errors.Is(err, ErrBadOption) || errors.As(err, &de) {
			t.Fatalf("Next = %v, %v; want the validation error", doc, err)
		}
	}
}

func TestCorpusFieldNames(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.jsonl": `{"uid":"a1","body":"First.","published":"2025-01-02","text":"not this"}` + "\n" +
			`{"UID":7,"Body":"Case differs.","title":"T"}` + "\n" +
			`{"uid":"a3","text":"no body"}` + "\n" +
			`{"uid":"a4","body":5}` + "\n" +
			`{"uid":{"x":1},"body":"Object id."}` + "\n" +
			`{"body":"Number title.","title":3}` + "\n" +
			`[1,2]` + "\n",
		"b.csv": "UID , Body,Published,title\nb1,Second.,2025-02-03,Two\n",
	})
	opts := DefaultOptions
	opts.TextField, opts.IDField, opts.DateField = "body", "uid", "published"
	docs, errs, _ := read(t, []string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.csv")}, "", opts)
	var got []string
	for _, d := range docs {
		got = append(got, d.ID+"|"+d.Date+"|"+d.Title+"|"+d.Text)
	}
	want := []string{"a1|2025-01-02||First.", "7||T|Case differs.", "b1|2025-02-03|Two|Second."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("documents\n got %q\nwant %q", got, want)
	}
	a := filepath.Join(dir, "a.jsonl")
	wantErrs := []string{
		a + `:3: bad record: missing "body" field`,
		a + `:4: bad record: field "body" should be a string, not a JSON number`,
		a + `:5: bad record: field "uid" should be a string or a number, not a JSON object`,
		a + `:6: bad record: field "title" should be a string, not a JSON number`,
		a + `:7: bad record: not a JSON object but a JSON array`,
	}
	if strings.Join(errs, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("errors\n got %q\nwant %q", errs, wantErrs)
	}
}

func TestStdinFormat(t *testing.T) {
	const csvIn = "id,text\ns1,\"One, quoted.\"\ns2,Two.\n"
	tests := []struct {
		name, format, in string
		want             string
	}{
		{"CSV is not guessed", "", csvIn, "stdin=" + csvIn},
		{"CSV named", FormatCSV, csvIn, "s1=One, quoted. | s2=Two."},
		{"JSONL sniffed", "", "\n {\"text\":\"a\"}\n", "stdin:2=a"},
		{"JSONL read as text when named", FormatText, `{"text":"a"}`, `stdin={"text":"a"}`},
		{"JSON array sniffed", "", "[\n {\"text\":\"a\"},\n {\"text\":\"b\"}\n]\n", "stdin:2=a | stdin:3=b"},
		{"bracketed text is text", "", "[Reuters] The text.", "stdin=[Reuters] The text."},
		{"HTML sniffed", "", "<p>Hello there, reader.</p>", "stdin=Hello there, reader."},
		{"JSONL named", FormatJSONL, `{"id":"x","text":"a"}`, "x=a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions
			opts.StdinFormat = tt.format
			docs, errs, _ := read(t, []string{"-"}, tt.in, opts)
			if got := summary(docs); got != tt.want || errs != nil {
				t.Errorf("got %s, errors %q; want %s", got, errs, tt.want)
			}
		})
	}
}

func TestCorpusDuplicateIDs(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.jsonl":     `{"id":"x","text":"one"}` + "\n" + `{"id":"y","text":"two"}` + "\n" + `{"id":"x","text":"three"}` + "\n",
		"b.jsonl":     `{"id":"x","text":"four"}` + "\n" + `{"text":"five"}` + "\n",
		"sub/y.txt":   "six",
		"sub/b:2.txt": "seven",
	})
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	paths := []string{a, b, filepath.Join(dir, "sub")}
	tests := []struct {
		name   string
		dedupe bool
		want   string
		notes  []string
	}{
		{"noted and kept", false, "x=one | y=two | x=three | x=four | b:2=five | b:2=seven | y=six", []string{
			a + `:3: duplicate id "x" (first at ` + a + `:1)`,
			filepath.Join(dir, "sub", "b:2.txt") + `: duplicate id "b:2" (first at ` + b + `:2)`,
			filepath.Join(dir, "sub", "y.txt") + `: duplicate id "y" (first at ` + a + `:2)`,
		}},
		{"skipped", true, "x=one | y=two | b:2=five", []string{
			a + `:3: duplicate id "x" (first at ` + a + `:1); skipped, as later repeats will be`,
			filepath.Join(dir, "sub", "b:2.txt") + `: duplicate id "b:2" (first at ` + b + `:2); skipped, as later repeats will be`,
			filepath.Join(dir, "sub", "y.txt") + `: duplicate id "y" (first at ` + a + `:2); skipped, as later repeats will be`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions
			opts.Dedupe = tt.dedupe
			docs, errs, notes := read(t, paths, "", opts)
			if got := summary(docs); got != tt.want || errs != nil {
				t.Errorf("got %s, errors %q; want %s", got, errs, tt.want)
			}
			if strings.Join(notes, "\n") != strings.Join(tt.notes, "\n") {
				t.Errorf("notes\n got %q\nwant %q", notes, tt.notes)
			}
		})
	}
}
