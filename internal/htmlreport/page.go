package htmlreport

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/internal/chart"
)

//go:embed page/page.html page/style.css page/filter.js
var pageFiles embed.FS

// page is the template of the report, parsed when first used.
var page = sync.OnceValues(func() (*template.Template, error) {
	return template.New("page.html").Funcs(funcs).ParseFS(pageFiles, "page/page.html")
})

// funcs are the template's functions.
var funcs = template.FuncMap{
	"percent": func(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) },
	"signed":  signed,
	"join":    strings.Join,
	"first":   func(n int, s []string) []string { return s[:min(n, len(s))] },
	"sub":     func(a, b int) int { return a - b },
	"last":    func(n int, s []PeriodRow) []PeriodRow { return s[max(0, len(s)-n):] },
	"short": func(h string) string {
		if len(h) > 16 {
			return h[:16] + "…"
		}
		return h
	},
	"kindName": func(kind string) string {
		return map[string]string{chart.KindForest: "Net stance", chart.KindShares: "Stance shares",
			chart.KindTopics: "Topic mix", chart.KindTime: "Stance over time"}[kind]
	},
}

// Write renders r as one HTML page. The page's only script is the
// filter, allowed by its hash in the Content-Security-Policy, which
// forbids every other script, fetch, font, frame and image source.
func (r *Report) Write(w io.Writer) error {
	css, err := pageFiles.ReadFile("page/style.css")
	if err != nil {
		return err
	}
	js, err := pageFiles.ReadFile("page/filter.js")
	if err != nil {
		return err
	}
	tmpl, err := page()
	if err != nil {
		return err
	}
	sum := sha256.Sum256(js)
	csp := "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; script-src 'sha256-" +
		base64.StdEncoding.EncodeToString(sum[:]) + "'"
	return tmpl.Execute(w, struct {
		R   *Report
		CSS template.CSS
		JS  template.JS
		CSP string
	}{r, template.CSS(css), template.JS(js), csp})
}

// signed formats a net stance with its sign and a true minus: +0.67,
// −1.00, 0.00.
func signed(x float64) string {
	s := fmt.Sprintf("%+.2f", x)
	switch {
	case s == "+0.00" || s == "-0.00":
		return "0.00"
	case s[0] == '-':
		return "−" + s[1:]
	}
	return s
}
