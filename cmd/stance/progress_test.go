package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestProgress checks what the bar shows once a run is long: with a known
// total a percentage and the time left, without one a count, and nothing
// for a quick run or with --quiet; a warning clears the bar first.
func TestProgress(t *testing.T) {
	tests := []struct {
		name    string
		quiet   bool
		total   int64
		bytes   bool
		elapsed time.Duration
		want    []string
		none    bool
	}{
		{name: "bytes with a total", total: 10 << 20, bytes: true, elapsed: 3 * time.Second, want: []string{"50%", "analyzing: 20 documents", "B/s", "]"}},
		{name: "steps with a total", total: 40, elapsed: 3 * time.Second, want: []string{"50%", "(20/40", ":"}},
		{name: "no total", elapsed: 3 * time.Second, want: []string{"analyzing: 20 documents"}},
		{name: "quick run", total: 40, elapsed: 0, none: true},
		{name: "quiet", quiet: true, total: 40, elapsed: 3 * time.Second, none: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w bytes.Buffer
			p := newProgress(env{stderr: &w, stderrTerminal: true}, tt.quiet, "analyzing", "documents")
			p.start = time.Now().Add(-tt.elapsed)
			p.setTotal(tt.total, tt.bytes)
			p.update(tt.total/2, 20)
			p.warn("stance: warning: x\n")
			out := w.String()
			if tt.none {
				if out != "stance: warning: x\n" {
					t.Errorf("output %q, want the warning only", out)
				}
				return
			}
			for _, s := range tt.want {
				if !strings.Contains(out, s) {
					t.Errorf("output %q lacks %q", out, s)
				}
			}
			if !strings.Contains(out, "\r") || !strings.HasSuffix(out, "\rstance: warning: x\n") {
				t.Errorf("output %q: the bar is not cleared before the warning", out)
			}
			p.finish()
		})
	}
}
