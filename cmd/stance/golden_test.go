package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestQuotesGolden pins the JSON Lines contract and the extractor's output
// on the project's own sample articles (data/samples: wire copy, curly and
// straight quotes, an interview, an HTML page with boilerplate, a JSONL
// corpus, a scraped page). After an intended change of the extractor, run
// go test ./cmd/stance -run Golden -update and review the diff.
func TestQuotesGolden(t *testing.T) {
	for _, format := range []string{"jsonl", "csv"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", "quotes", "--format", format, "../../data/samples")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			golden := filepath.Join("testdata", "samples-quotes."+format)
			if *update {
				if err := os.WriteFile(golden, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if stdout != string(want) {
				t.Errorf("output differs from %s; if the change is intended, run go test ./cmd/stance -run Golden -update and review the diff", golden)
			}
		})
	}
}
