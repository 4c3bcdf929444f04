package main

import (
	"context"
	"fmt"
	"os"

	"github.com/stancekit/stancekit/stance/tally"
)

// runMerge merges the partial results of "stance analyze --partial" and
// prints the tables a single run over all their inputs would print, or,
// with --partial, writes the merged partial for a further merge.
func runMerge(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("merge", "PART...", e)
	sf := addSummaryFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	opts, err := sf.options()
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageErrorf("merge: no partial files (write them with stance analyze --partial -o FILE)")
	}
	var merged *tally.Partial
	for _, path := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		p, err := readPartialFile(path)
		if err != nil {
			return err
		}
		if merged == nil {
			merged = p
			continue
		}
		if err := merged.Merge(p); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sf.write(e, merged, opts)
}

func readPartialFile(path string) (*tally.Partial, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tally.ReadPartial(f, path)
}
