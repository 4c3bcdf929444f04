package corpus

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want: the calendar day, or the error
	}{
		{"2025-04-12", "2025-04-12"},
		{" 2025-04-12 ", "2025-04-12"},
		{"2025-04-12T23:30:00-05:00", "2025-04-12"}, // the day written, not UTC's
		{"2025-08-12T09:40", "2025-08-12"},
		{"Sat, 12 Apr 2025 10:00:00 GMT", "2025-04-12"},
		{"April 12, 2025", "2025-04-12"},
		{"12 April 2025", "2025-04-12"},
		{"04/12/2025", "2025-04-12"},
		{"31/03/2025", "2025-03-31"},
		{"20250412", "2025-04-12"},
		{"", ErrNoDate.Error()},
		{"yesterday", `date "yesterday" not understood`},
		{"2025-13-45", `date "2025-13-45" not understood`},
		{"0099-01-01", `date "0099-01-01" not understood`},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil {
			if err.Error() != tt.want {
				t.Errorf("ParseDate(%q) error %v, want %s", tt.in, err, tt.want)
			}
			continue
		}
		if d := got.Format(time.DateOnly); d != tt.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, d, tt.want)
		}
	}
	if _, err := ParseDate("  "); !errors.Is(err, ErrNoDate) {
		t.Errorf("ParseDate of blanks: %v, want ErrNoDate", err)
	}
}

// TestHTMLDate checks the date an HTML page gives its document.
func TestHTMLDate(t *testing.T) {
	body := `<article><h1>Mayor backs plan</h1><p>` + strings.Repeat(`The mayor said on Monday that the plan would go ahead, whatever the council decides about the budget. `, 6) + `</p></article>`
	tests := []struct {
		name, head, inBody, want string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2025-04-12T09:30:00+01:00">`, "", "2025-04-12T09:30:00+01:00"},
		{"JSON-LD", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-04-12"}</script>`, "", "2025-04-12"},
		{"itemprop", "", `<time itemprop="datePublished" datetime="2025-04-11">11 April</time><time datetime="2025-04-10">`, "2025-04-11"},
		{"meta itemprop", `<meta itemprop="datePublished" content="2025-04-09">`, `<time datetime="2025-04-10">`, "2025-04-09"},
		{"pubdate", "", `<time datetime="2025-04-10">10 April</time><time pubdate datetime="2025-04-08">`, "2025-04-08"},
		{"first time", "", `<time datetime="2025-08-12T09:40">09:40</time><time datetime="2025-08-12T14:05">`, "2025-08-12T09:40"},
		{"unreadable time", "", `<time datetime="soon">soon</time>`, ""},
		{"none", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Mayor backs plan</title>" + tt.head + "</head><body>" + tt.inBody + body + "</body></html>"
			var doc Document
			if _, err := htmlDocument(&doc, page); err != nil {
				t.Fatal(err)
			}
			if doc.Date != tt.want {
				t.Errorf("Date = %q, want %q", doc.Date, tt.want)
			}
		})
	}
}
