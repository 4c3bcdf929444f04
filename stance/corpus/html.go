package corpus

// HTML pages: the article is extracted with go-readability, unless the page
// is nested so deeply that parsing it would take quadratic time; then all
// of its text is taken by a linear pass of the tokenizer.

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// MaxHTMLDepth is the deepest element nesting of a page whose article is
// extracted; real pages stay far below it. Parsing and extraction take
// time quadratic in the depth (a page 40,000 elements deep took minutes),
// so a deeper page is read without extraction (see ErrDeepHTML).
const MaxHTMLDepth = 512

// htmlDocument sets the title and text of doc from an HTML page. A page
// nested deeper than MaxHTMLDepth gives its whole text and a note.
func htmlDocument(doc *Document, page string) (note, err error) {
	doc.Extracted = true
	if htmlDepthOver(page, MaxHTMLDepth) {
		doc.Title, doc.Text = htmlAllText(page)
		if doc.Text == "" {
			return nil, ErrNoText
		}
		return fmt.Errorf("%w (over %d levels); all its text is read, without article extraction", ErrDeepHTML, MaxHTMLDepth), nil
	}
	doc.Title, doc.Text, doc.Date, err = htmlText(page)
	return nil, err
}

// declaredCharset returns the charset that a page which is not UTF-8
// declares in a <meta> tag of its first 1024 bytes, or "" to detect it:
// for a page that is UTF-8, that declares none, or that declares UTF-8 or
// windows-1252 (the WHATWG default, which a page without a declaration
// gets as well).
func declaredCharset(page []byte) string {
	if utf8.Valid(page) {
		return ""
	}
	_, name, _ := charset.DetermineEncoding(page, "")
	if name == "utf-8" || name == "windows-1252" {
		return ""
	}
	if _, _, err := lookupEncoding(name); err != nil {
		return "" // "replacement", for encodings WHATWG refuses
	}
	return name
}

// htmlText extracts the title, main text and published date of an HTML
// page with go-readability; paragraphs are separated by blank lines.
func htmlText(page string) (title, text, date string, err error) {
	base, _ := url.Parse("file:///")
	// Parsed here, not by readability.FromReader, which guesses the
	// charset again and can take UTF-8 for windows-1252. The soft hyphens
	// go and the text is NFC, as FromReader does.
	root, err := html.Parse(transform.NewReader(strings.NewReader(page), htmlNormal()))
	if err != nil {
		return "", "", "", fmt.Errorf("%w: %v", ErrNoText, err)
	}
	timeDate := htmlTimeDate(root) // before readability, which edits the tree
	article, err := readability.FromDocument(root, base)
	if err != nil {
		return "", "", "", fmt.Errorf("%w: %v", ErrNoText, err)
	}
	var b strings.Builder
	if article.Node == nil {
		return "", "", "", ErrNoText
	}
	if err := article.RenderText(&b); err != nil {
		return "", "", "", fmt.Errorf("%w: %v", ErrNoText, err)
	}
	text = strings.TrimSpace(b.String())
	if text == "" {
		return "", "", "", ErrNoText
	}
	date = timeDate
	if t, err := article.PublishedTime(); err == nil && t.Year() >= 1000 && t.Year() <= 9999 {
		date = t.Format(time.RFC3339)
		if h, m, s := t.Clock(); h == 0 && m == 0 && s == 0 && t.Location() == time.UTC {
			date = t.Format(time.DateOnly)
		}
	}
	return strings.TrimSpace(article.Title()), text, date, nil
}

// htmlTimeDate returns the published date a page gives in its body when
// its metadata (which go-readability reads: JSON-LD datePublished,
// article:published_time, Dublin Core) does not: the datetime of a
// <time> or the content of a <meta> marked itemprop="datePublished", of
// a <time pubdate>, or else of the first <time datetime> of the page; ""
// if there is none that ParseDate reads.
func htmlTimeDate(root *html.Node) string {
	var marked, first string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if marked != "" {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Time || n.DataAtom == atom.Meta) {
			var value, itemprop string
			pubdate := false
			for _, a := range n.Attr {
				switch a.Key {
				case "datetime":
					if n.DataAtom == atom.Time {
						value = a.Val
					}
				case "content":
					if n.DataAtom == atom.Meta {
						value = a.Val
					}
				case "itemprop":
					itemprop = a.Val
				case "pubdate":
					pubdate = true
				}
			}
			if _, err := ParseDate(value); err == nil {
				switch {
				case strings.EqualFold(strings.TrimSpace(itemprop), "datePublished") || (pubdate && n.DataAtom == atom.Time):
					marked = strings.TrimSpace(value)
					return
				case first == "" && n.DataAtom == atom.Time:
					first = strings.TrimSpace(value)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if marked != "" {
		return marked
	}
	return first
}

// htmlNormal drops soft hyphens and composes the text (NFC).
func htmlNormal() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.Predicate(func(r rune) bool { return r == '\u00ad' })), norm.NFC)
}

// htmlDepthOver reports whether the elements of page nest deeper than
// limit, in one pass of the tokenizer that stops at the limit. It follows
// the parser closely enough: void elements and those whose end tag the
// parser implies (p, li, td, ...) are not counted, and an end tag closes
// the innermost open element of its name and those inside it, or nothing.
func htmlDepthOver(page string, limit int) bool {
	z := html.NewTokenizer(strings.NewReader(page))
	var open []atom.Atom // counted open elements; at most limit
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElement[a] || impliedEnd[a] {
				continue
			}
			if len(open) == limit {
				return true
			}
			open = append(open, a)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == a {
					open = open[:i]
					break
				}
			}
		}
	}
}

// voidElement are the elements without content or end tag.
var voidElement = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// impliedEnd are the elements that the next one of their kind (or their
// parent's end) closes, so a run of them does not nest.
var impliedEnd = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true,
	atom.Optgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Rb: true, atom.Rt: true, atom.Rtc: true,
	atom.Rp: true, atom.Colgroup: true, atom.Caption: true, atom.Html: true,
	atom.Head: true, atom.Body: true,
}

// htmlAllText returns the title and all the visible text of page in one
// pass of the tokenizer, without building a tree: text runs with their
// white space collapsed, block elements starting new paragraphs, which
// are separated by blank lines. Script, style and template contents are
// left out.
func htmlAllText(page string) (title, text string) {
	z := html.NewTokenizer(strings.NewReader(page))
	var out, para, titleText bytes.Buffer
	skip := 0 // depth inside script, style and the like
	inTitle := false
	space := false // white space seen since the last text of the paragraph
	flush := func() {
		space = false
		if para.Len() == 0 {
			return
		}
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.Write(para.Bytes())
		para.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return strings.Join(strings.Fields(titleText.String()), " "), out.String()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case hiddenElement[a]:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case a == atom.Title:
				inTitle = tt == html.StartTagToken
			case !inlineElement[a]:
				flush()
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			if inTitle {
				titleText.Write(z.Text())
				titleText.WriteByte(' ')
				continue
			}
			for _, c := range z.Text() {
				switch c {
				case ' ', '\t', '\n', '\r', '\f':
					space = para.Len() > 0
					continue
				}
				if space {
					para.WriteByte(' ')
					space = false
				}
				para.WriteByte(c)
			}
		}
	}
}

// hiddenElement are the elements whose content is not shown as text.
var hiddenElement = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Noscript: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
}

// inlineElement are the elements that do not start a new paragraph.
var inlineElement = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Kbd: true, atom.Mark: true, atom.Q: true,
	atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
	atom.Big: true, atom.Tt: true, atom.Strike: true, atom.Nobr: true, atom.Label: true,
}
