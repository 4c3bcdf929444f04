package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCorpusJSONFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"lines.json": `{"id":"l1","text":"One."}` + "\n" + `{"id":"l2","text":"Two."}` + "\n",
		"array.json": "[\n" +
			`  {"id": "a1", "text": "First."},` + "\n" +
			`  {"id": "a2",` + "\n" + `   "text": "Second, on two lines."},` + "\n" +
			`  {"title": "no text"},` + "\n" +
			`  "a string",` + "\n" +
			`  {"text": "Fifth."}` + "\n" +
			"]\n",
		"syntax.json":   "[\n" + `{"id":"s1","text":"Kept."},` + "\n" + `{"id": oops},` + "\n" + `{"id":"s3","text":"Lost."}` + "\n]",
		"open.json":     `[{"id":"o1","text":"Kept."},`,
		"after.json":    `[{"id":"x1","text":"Kept."}]` + "\n" + `{"more": 1}`,
		"empty.json":    " \n ",
		"emptyarr.json": "[]",
		"text.json":     "\n\nJust some words.",
		"w1252.json":    "[{\"id\":\"w1\",\"text\":\"\x93Quoted\x94 text.\"}]",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name string
		file string
		want string
		errs []string
	}{
		{"one object per line", "lines.json", "l1=One. | l2=Two.", nil},
		{"array", "array.json", "a1=First. | a2=Second, on two lines. | array:7=Fifth.", []string{
			p("array.json") + `:5: bad record: missing "text" field`,
			p("array.json") + `:6: bad record: not a JSON object but a JSON string`,
		}},
		{"invalid JSON ends the file", "syntax.json", "s1=Kept.", []string{
			p("syntax.json") + ":3: bad record: invalid JSON: invalid character 'o' looking for beginning of value; the rest of the file is skipped",
		}},
		{"array not closed", "open.json", "o1=Kept.", []string{p("open.json") + ":1: bad record: the array is not closed"}},
		{"data after the array", "after.json", "x1=Kept.", []string{p("after.json") + ":2: bad record: more data after the array of articles; ignored"}},
		{"empty", "empty.json", "", []string{p("empty.json") + ": empty document"}},
		{"empty array", "emptyarr.json", "", nil},
		{"plain text is refused", "text.json", "", []string{
			p("text.json") + ":3: bad record: a .json corpus holds one article object per line, or an array of article objects"}},
		{"windows-1252 element", "w1252.json", "w1[windows-1252]=“Quoted” text.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs, _ := read(t, []string{p(tt.file)}, "", DefaultOptions)
			if got := summary(docs); got != tt.want {
				t.Errorf("documents\n got %s\nwant %s", got, tt.want)
			}
			if strings.Join(errs, "\n") != strings.Join(tt.errs, "\n") {
				t.Errorf("errors\n got %q\nwant %q", errs, tt.errs)
			}
			for _, d := range docs {
				if strings.HasPrefix(d.ID, "a") && d.Line == 0 {
					t.Errorf("document %s has no line", d.ID)
				}
			}
		})
	}
}

// TestJSONArrayLines: each element's document carries the line where the
// element starts.
func TestJSONArrayLines(t *testing.T) {
	var b strings.Builder
	b.WriteString("[")
	for i := range 3000 {
		if i > 0 {
			b.WriteString(",\n\n")
		}
		b.WriteString(`{"text": "` + strings.Repeat("w ", i%50+1) + `"}`)
	}
	b.WriteString("]")
	docs, errs, _ := read(t, []string{"-"}, b.String(), DefaultOptions)
	if len(docs) != 3000 || errs != nil {
		t.Fatalf("%d documents, errors %q", len(docs), errs)
	}
	for i, d := range docs {
		if want := 2*i + 1; d.Line != want {
			t.Fatalf("document %d at line %d, want %d", i, d.Line, want)
		}
	}
}
