package main

import (
	"bytes"
	"context"
	"crypto/sha256"
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
		merged, dups, err := mergeParts(cmd.Context(), e, args, *quiet)
		if err != nil {
			return err
		}
		if err := sf.write(e, merged, opts); err != nil {
			return err
		}
		if dups > 0 {
			return errReported
		}
		return nil
	})
	sf = addSummaryFlags(c.Flags())
	quiet = quietFlag(c.Flags())
	return c
}

// mergeParts reads and merges the partial files at paths, as stance
// merge does: a file given twice (the same bytes) is merged once, with a
// warning, and counted in dups.
func mergeParts(ctx context.Context, e env, paths []string, quiet bool) (merged *tally.Partial, dups int, err error) {
	prog := newProgress(e, quiet, "merging", "parts")
	prog.setTotal(int64(len(paths)), false)
	defer prog.finish()
	seen := map[[sha256.Size]byte]string{} // content hash -> the first path with it
	for i, path := range paths {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, 0, err
		}
		sum := sha256.Sum256(data)
		if first, ok := seen[sum]; ok {
			// The same part twice counts its statements twice.
			prog.warn("stance: warning: %s: the same part as %s; it is merged once\n", path, first)
			dups++
			continue
		}
		seen[sum] = path
		p, err := tally.ReadPartial(bytes.NewReader(data), path)
		if err != nil {
			return nil, 0, err
		}
		if merged == nil {
			merged = p
		} else if err := merged.Merge(p); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", path, err)
		}
		prog.update(int64(i+1), i+1)
	}
	return merged, dups, nil
}
