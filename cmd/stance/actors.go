package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/tally"
)

// actorsCommand lists the actors of a corpus, as a table or as a
// codebook CSV to edit and give back with --actors.
func actorsCommand(e env) *cobra.Command {
	var (
		format, actors string
		minQuotes      int
		output         *string
		in             *inputFlags
	)
	c := newCommand("actors [flags] PATH...", "list the actors quoted, with their names, type and gender (a codebook to edit)", func(cmd *cobra.Command, args []string) error {
		if format != "table" && format != "csv" {
			return usageErrorf("--format: unknown format %q (want table or csv)", format)
		}
		if minQuotes < 1 {
			return usageErrorf("--min-quotes: %d is not a count of 1 or more", minQuotes)
		}
		if err := needPaths(args, "actors"); err != nil {
			return err
		}
		var cb *tally.Codebook
		if actors != "" {
			var err error
			if cb, err = readCodebookFile(actors); err != nil {
				return err
			}
		}
		sm, err := models.DefaultStance()
		if err != nil {
			return err
		}
		src, ps, err := in.open(e, args, "reading")
		if err != nil {
			return err
		}
		defer src.Close()
		popts := ps.options()
		popts.Extract = stance.StatementOptions
		p, err := stance.Analyze(cmd.Context(), src, stance.Models{Stance: sm}, popts)
		ps.prog.finish()
		if err = ps.check(err); err != nil {
			return ps.done(err)
		}
		var list []tally.Actor
		for _, a := range tally.Actors(p, cb) {
			if a.Quotes >= minQuotes {
				list = append(list, a)
			}
		}
		err = writeOutput(*output, e.stdout, func(w io.Writer) error {
			if format == "csv" {
				entries := make([]tally.CodebookEntry, len(list))
				for i, a := range list {
					entries[i] = a.CodebookEntry
				}
				return tally.WriteCodebook(w, entries)
			}
			return printActors(w, list)
		})
		return ps.done(err)
	})
	fs := c.Flags()
	fs.StringVar(&format, "format", "table", "output `FORMAT`: table, or csv (a codebook for --actors)")
	fs.StringVar(&actors, "actors", "", "codebook `FILE` to apply (CSV: name,aliases,type,gender,group,id)")
	fs.IntVar(&minQuotes, "min-quotes", 1, "leave out actors with fewer than `N` statements")
	output = outputFlag(fs, "the list")
	in = addInputFlags(fs)
	return c
}

// printActors writes the actors as an aligned table: name, statements,
// articles, type and gender with the evidence counts (articles), roles
// and other names.
func printActors(w io.Writer, list []tally.Actor) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "ACTOR\tQUOTES\tARTS\tTYPE\tGENDER\tEVIDENCE\tGROUP\tROLES\tOTHER NAMES\n")
	for _, a := range list {
		var ev []string
		for _, m := range []map[string]int{a.Types, a.Genders} {
			for _, k := range slices.Sorted(maps.Keys(m)) {
				ev = append(ev, fmt.Sprintf("%s %d", k, m[k]))
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", a.Name, a.Quotes, a.Articles, a.Type, a.Gender,
			strings.Join(ev, ", "), a.Group, cut(strings.Join(a.Roles, "; "), 40), cut(strings.Join(a.Aliases, "; "), 50))
	}
	return tw.Flush()
}

// cut shortens s to n runes with an ellipsis.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
