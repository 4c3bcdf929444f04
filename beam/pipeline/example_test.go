package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/stancekit/stancekit/beam/pipeline"
	"github.com/stancekit/stancekit/internal/report"
)

// The sample articles on prism, in this process: the summary is the one
// "stance analyze --format csv --top 3 data/samples" prints.
func Example() {
	dir, err := os.MkdirTemp("", "stance-beam-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	o := pipeline.DefaultOptions
	o.Inputs = []string{"../../data/samples"}
	o.Output = filepath.Join(dir, "summary.csv")
	o.DeadLetters = filepath.Join(dir, "dead-letters.jsonl")
	o.Format, o.Summary.Top = report.CSV, 3

	ctx := context.Background()
	p, err := pipeline.New(ctx, o)
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := prism.Execute(ctx, p)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := pipeline.Metrics(res)
	fmt.Printf("%d documents, %d bad records\n", c.Documents, c.BadRecords)
	summary, err := os.ReadFile(o.Output)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d lines of CSV: a header and the top 3 speakers\n", bytes.Count(summary, []byte("\n")))
	// Output:
	// 12 documents, 0 bad records
	// 4 lines of CSV: a header and the top 3 speakers
}
