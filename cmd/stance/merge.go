package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/stancekit/stancekit/stance/tally"
)

// mergeCommand merges the partial results of "stance analyze --partial"
// and prints the tables a single run over all their inputs would print,
// or, with --partial, writes the merged partial for a further merge.
func mergeCommand(e env) *cobra.Command {
	var (
		sf    *summaryFlags
		quiet *bool
	)
	c := newCommand("merge [flags] PART...", "merge partial results of analyze --partial", func(cmd *cobra.Command, args []string) error {
		opts, err := sf.options()
		if err != nil {
			return err
		}
		if len(args) == 0 {
			return usageErrorf("merge: no partial files (write them with stance analyze --partial -o FILE)")
		}
		prog := newProgress(e, *quiet, "merging", "parts")
		prog.setTotal(int64(len(args)), false)
		defer prog.finish()
		var merged *tally.Partial
		for i, path := range args {
			if err := cmd.Context().Err(); err != nil {
				return err
			}
			p, err := readPartialFile(path)
			if err != nil {
				return err
			}
			if merged == nil {
				merged = p
			} else if err := merged.Merge(p); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			prog.update(int64(i+1), i+1)
		}
		prog.finish()
		return sf.write(e, merged, opts)
	})
	sf = addSummaryFlags(c.Flags())
	quiet = quietFlag(c.Flags())
	return c
}

func readPartialFile(path string) (*tally.Partial, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tally.ReadPartial(f, path)
}
