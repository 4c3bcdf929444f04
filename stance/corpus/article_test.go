package corpus

import (
	"strings"
	"testing"
)

func TestParseArticle(t *testing.T) {
	same := DefaultOptions
	same.IDField = "TEXT" // named like the text field: not read twice
	tests := []struct {
		name string
		opts Options
		in   string
		want string // ID|Title|Text, or the error
	}{
		{"string id", DefaultOptions, `{"id":"x","text":"t"}`, "x||t"},
		{"number id kept as written", DefaultOptions, `{"id":-1.50,"text":"t"}`, "-1.50||t"},
		{"null id", DefaultOptions, `{"id":null,"text":"t","title":null}`, "||t"},
		{"boolean id", DefaultOptions, `{"id":true,"text":"t"}`, `bad record: field "id" should be a string or a number, not a JSON boolean`},
		{"key case ignored", DefaultOptions, `{"ID":"x","Text":"t","TITLE":"h"}`, "x|h|t"},
		{"exact key first", DefaultOptions, `{"Text":"upper","text":"exact"}`, "||exact"},
		{"no id field", Options{TextField: "text"}, `{"id":"x","text":"t"}`, "||t"},
		{"a field named twice is read once", same, `{"text":"t"}`, "||t"},
		{"null", DefaultOptions, `null`, "bad record: not a JSON object but null"},
		{"string", DefaultOptions, `"text"`, "bad record: not a JSON object but a JSON string"},
		{"boolean text", DefaultOptions, `{"text":false}`, `bad record: field "text" should be a string, not a JSON boolean`},
		{"object title", DefaultOptions, `{"text":"t","title":{}}`, `bad record: field "title" should be a string, not a JSON object`},
		{"blank text", DefaultOptions, `{"text":" \n"}`, "empty document"},
		{"NUL in text", DefaultOptions, `{"text":"a\u0000"}`, "binary data, not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseArticle([]byte(tt.in), tt.opts)
			got := ""
			if err != nil {
				got = err.Error()
			} else {
				got = doc.ID + "|" + doc.Title + "|" + doc.Text
			}
			if got != tt.want {
				t.Errorf("parseArticle(%s) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// BenchmarkParseArticle decodes a JSONL line of a news article of about
// 6 KB; the struct for the field names is built once.
func BenchmarkParseArticle(b *testing.B) {
	line := []byte(`{"id":"wire-0412","title":"River plan","date":"2025-04-12","source":"Wire","text":"` +
		strings.Repeat(`The minister said the plan was \"sound\", and the council agreed. `, 90) + `"}`)
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseArticle(line, DefaultOptions); err != nil {
			b.Fatal(err)
		}
	}
}
