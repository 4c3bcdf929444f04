package corpus

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHTMLDepthOver(t *testing.T) {
	tests := []struct {
		name string
		page string
		want bool
	}{
		{"at the limit", strings.Repeat("<div>", MaxHTMLDepth) + "x", false},
		{"one over", strings.Repeat("<div>", MaxHTMLDepth+1) + "x", true},
		{"closed divs in a row", strings.Repeat("<div>x</div>", 5000), false},
		{"unclosed paragraphs do not nest", strings.Repeat("<p>x", 5000), false},
		{"nor list items and cells", strings.Repeat("<li>x<td>y<option>z", 2000), false},
		{"void elements", strings.Repeat("<br><img src=a><hr>", 2000), false},
		{"stray end tags close nothing", strings.Repeat("<div></span>", MaxHTMLDepth+1), true},
		{"an end tag closes what is inside", strings.Repeat("<section>"+strings.Repeat("<b>", 100)+"</section>", 100), false},
		{"unclosed inline elements nest", strings.Repeat("<b>", MaxHTMLDepth+1), true},
		{"tags in a script are not tags", "<script>" + strings.Repeat("<div>", 2000) + "</script>", false},
		{"tags in a comment are not tags", "<!--" + strings.Repeat("<div>", 2000) + "-->", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlDepthOver(tt.page, MaxHTMLDepth); got != tt.want {
				t.Errorf("htmlDepthOver = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHTMLAllText(t *testing.T) {
	page := `<html><head><title> The
  title </title><style>p { color: red }</style><script>var x = "<p>";</script></head>
<body><h1>Headline</h1><p>One <b>bold</b>  word&amp;more,<br>next line.</p>
<div>Third   paragraph<noscript>hidden</noscript></div><p>wo<i>rd</i></p></body></html>`
	title, text := htmlAllText(page)
	if title != "The title" {
		t.Errorf("title = %q", title)
	}
	want := "Headline\n\nOne bold word&more,\n\nnext line.\n\nThird paragraph\n\nword"
	if text != want {
		t.Errorf("text\n got %q\nwant %q", text, want)
	}
}

// TestDeepHTML: a page nested 40,000 levels deep, which article extraction
// would take minutes over, is read in one pass of the tokenizer with a
// note, and the file after it is reached.
func TestDeepHTML(t *testing.T) {
	dir := t.TempDir()
	deep := "<html><head><title>Deep</title></head><body>" + strings.Repeat("<div>", 40000) + "The text at the bottom." + strings.Repeat("</div>", 40000) + "</body></html>"
	files := map[string]string{
		"a-deep.html": deep,
		"b-good.txt":  "A good file after it.",
		"c-page.html": "<html><body><article><p>The mayor said the plan was sound and the council voted for it on Monday.</p></article></body></html>",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var notes []error
	opts := DefaultOptions
	opts.OnWarning = func(err error) { notes = append(notes, err) }
	c := NewCorpusOptions([]string{dir}, nil, opts)
	var docs []*Document
	for {
		doc, err := c.Next()
		if err != nil {
			if err != io.EOF {
				t.Fatalf("Next: %v", err)
			}
			break
		}
		docs = append(docs, doc)
	}
	if len(docs) != 3 {
		t.Fatalf("got %d documents, want 3", len(docs))
	}
	if d := docs[0]; d.Title != "Deep" || d.Text != "The text at the bottom." || !d.Extracted {
		t.Errorf("deep page: title %q, text %q, extracted %v", d.Title, d.Text, d.Extracted)
	}
	if docs[1].Text != "A good file after it." || !strings.HasPrefix(docs[2].Text, "The mayor said") {
		t.Errorf("the files after the deep page: %q, %q", docs[1].Text, docs[2].Text)
	}
	want := filepath.Join(dir, "a-deep.html") + ": HTML nested too deeply (over 512 levels); all its text is read, without article extraction"
	if len(notes) != 1 || notes[0].Error() != want || !errors.Is(notes[0], ErrDeepHTML) {
		t.Errorf("notes %v, want %q", notes, want)
	}
}

// BenchmarkHTMLDepth is the cost of the depth check on a page of the
// usual shape, paid before every extraction.
func BenchmarkHTMLDepth(b *testing.B) {
	data, err := os.ReadFile("testdata/corpus/page.html")
	if err != nil {
		b.Fatal(err)
	}
	page := strings.Repeat(string(data), 50)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		htmlDepthOver(page, MaxHTMLDepth)
	}
}

// BenchmarkDeepHTML reads a page 40,000 levels deep.
func BenchmarkDeepHTML(b *testing.B) {
	page := strings.Repeat("<div>", 40000) + "text"
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		var doc Document
		if _, err := htmlDocument(&doc, page); err != nil || doc.Text != "text" {
			b.Fatal(doc.Text, err)
		}
	}
}
