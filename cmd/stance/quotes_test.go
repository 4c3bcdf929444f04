package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

// TestQuotesLargeDocument checks that the quotes of a document past
// lazyBytes, extracted as they are written, are written exactly as those
// of quote.Extract, in every format.
func TestQuotesLargeDocument(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < lazyBytes+lazyBytes/4; i++ {
		fmt.Fprintf(&b, "\"We will open the %d new schools,\" said Mayor Anna Berg. Tom Hale, a farmer, said the plan for road %d was too costly. ", i, i)
		if i%7 == 0 {
			b.WriteString("The council met on Tuesday.\n\n")
		}
	}
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := &corpus.Document{ID: "long", Path: path, Text: b.String()}
	qs := quote.Extract(doc.Text, quote.DefaultOptions)
	if len(qs) < 1000 {
		t.Fatalf("only %d quotes in the test document", len(qs))
	}
	for _, format := range report.RecordFormats {
		var want bytes.Buffer
		w := report.NewQuotesWriter(&want, format)
		w.Width = defaultWidth
		if err := w.Write(doc, qs); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		code, got, stderr := runCLI(t, "", "quotes", "--format", format, path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr)
		}
		if got != want.String() {
			t.Errorf("%s: the streamed output differs from quote.Extract's (%d vs %d bytes)", format, len(got), want.Len())
		}
	}
}
