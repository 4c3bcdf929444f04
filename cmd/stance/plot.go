package main

import (
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/stancekit/stancekit/internal/chart"
)

func plotCommand(e env) *cobra.Command {
	var (
		df     *drawFlags
		kind   string
		output *string
	)
	c := newCommand("plot [flags] PATH...", "draw one chart of the report as SVG or PNG", func(cmd *cobra.Command, args []string) error {
		opts, err := df.options()
		if err != nil {
			return err
		}
		if !slices.Contains(chart.Kinds, kind) {
			return usageErrorf("--kind: unknown chart %q (want %s)", kind, strings.Join(chart.Kinds, ", "))
		}
		png := false
		switch ext := strings.ToLower(filepath.Ext(*output)); {
		case *output == "" || *output == "-" || ext == ".svg":
		case ext == ".png":
			png = true
		default:
			return usageErrorf("-o: %q: want a .svg or .png file (standard output gets SVG)", *output)
		}
		if err := needPaths(args, "plot"); err != nil {
			return err
		}
		p, _, err := df.counts(cmd.Context(), e, args, 0, "plotting")
		if err != nil && p == nil {
			return err
		}
		s, serr := summarize(p, opts)
		if serr != nil {
			return serr
		}
		ch, cerr := chart.New(kind, s, df.timeActors)
		if errors.Is(cerr, chart.ErrNoData) && kind == chart.KindTime && !p.Dates {
			cerr = errors.New("stance over time: the parts were counted without document dates: make them with stance analyze --partial --period")
		}
		if cerr != nil {
			return cerr
		}
		if werr := writeOutput(*output, e.stdout, func(w io.Writer) error { return writeChart(w, ch, png) }); werr != nil {
			return werr
		}
		return err
	})
	fs := c.Flags()
	fs.StringVar(&kind, "kind", chart.KindForest, "the `CHART`: forest (net stance and intervals), shares (stacked stance shares), topics (actor x topic heat map) or time (net stance per period)")
	df = addDrawFlags(fs)
	output = outputFlag(fs, "the chart (.svg or .png)")
	df.in = addInputFlags(fs)
	return c
}
