package stance_test

import (
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

// liveblogPage renders a live blog written as text (data/gold: a headline,
// then entries that start with a time) as the page a news site serves:
// navigation, a share bar, each entry an <article> with a <time>, lists,
// a "most read" box and a footer around the article text.
func liveblogPage(text string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Live</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Email</a></div>
<main><div class="liveblog">`)
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	b.WriteString("<h1>" + html.EscapeString(paras[0]) + "</h1>\n")
	open := false
	for _, p := range paras[1:] {
		lines := strings.Split(p, "\n")
		if t := lines[0]; len(t) == 5 && t[2] == ':' {
			if open {
				b.WriteString("</article>\n")
			}
			b.WriteString(`<article class="entry"><time>` + t + "</time>\n")
			open = true
			lines = lines[1:]
		}
		var list []string
		for _, l := range lines {
			if strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "• ") {
				list = append(list, l[strings.Index(l, " ")+1:])
				continue
			}
			b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		}
		if len(list) > 0 {
			b.WriteString("<ul>")
			for _, l := range list {
				b.WriteString("<li>" + html.EscapeString(l) + "</li>")
			}
			b.WriteString("</ul>\n")
		}
	}
	if open {
		b.WriteString("</article>\n")
	}
	b.WriteString(`</div></main>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Council tax to rise</a></li><li><a href="/b">Five things to do this weekend</a></li></ol></aside>
<footer><p>© News Group. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
</body></html>`)
	return b.String()
}

// TestLiveblogHTML checks the HTML path on the gold live blogs: served as
// web pages with navigation and boilerplate, they give the statements
// (speaker and text) that their text gives.
func TestLiveblogHTML(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "data", "gold", "liveblog-html-*.txt"))
	if len(files) == 0 {
		t.Skip("no live blogs in data/gold")
	}
	dir := t.TempDir()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		page := filepath.Join(dir, strings.TrimSuffix(filepath.Base(f), ".txt")+".html")
		if err := os.WriteFile(page, []byte(liveblogPage(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
		statements := func(text string) []string {
			var out []string
			for _, q := range quote.Extract(text, stance.StatementOptions) {
				out = append(out, q.Speaker+": "+strings.Join(strings.Fields(q.Text), " "))
			}
			return out
		}
		want := statements(string(b))
		c := corpus.NewCorpus([]string{page}, nil)
		doc, err := c.Next()
		if err != nil {
			t.Fatalf("%s: %v", page, err)
		}
		got := statements(doc.Text)
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: the page lost %q", filepath.Base(page), w)
			}
		}
		if len(want) < 5 {
			t.Errorf("%s: only %d statements in the text", f, len(want))
		}
		t.Logf("%s: %d statements from the text, %d from the page", filepath.Base(f), len(want), len(got))
	}
}
