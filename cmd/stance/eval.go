package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/stancekit/stancekit/train"
)

// runEval scores a model on labeled data.
func runEval(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("eval", "--model MODEL --label FIELD DATA...", e)
	fields := dataFlags(fs)
	model := fs.String("model", "", "model `file` written by stance train")
	format := fs.String("format", "table", "output `format`: table or json")
	strict := fs.Bool("strict", false, "stop at the first bad record instead of warning and skipping it")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *model == "":
		fs.Usage()
		return usageErrorf("eval: --model is required")
	case fields.Label == "":
		fs.Usage()
		return usageErrorf("eval: --label is required (the field holding the gold class)")
	case *format != "table" && *format != "json":
		return usageErrorf("--format: unknown format %q (want table or json)", *format)
	case fs.NArg() == 0:
		fs.Usage()
		return usageErrorf("eval: no data files (use - for standard input)")
	}
	c, err := train.LoadModel(*model)
	if err != nil {
		return fmt.Errorf("--model: %w", err)
	}
	ds, failed, err := readData(e, fs.Args(), *fields, *strict)
	if err != nil {
		return err
	}
	if failed && *strict {
		return errReported
	}
	if len(ds.Examples) == 0 {
		return noExamples("eval", fs.NArg(), *fields)
	}
	texts := make([]string, len(ds.Examples))
	gold := make([]string, len(ds.Examples))
	for i, ex := range ds.Examples {
		texts[i], gold[i] = ex.Text, ex.Label
	}
	var targets []string
	if fields.Target != "" {
		targets = ds.Targets()
	}
	preds, err := c.PredictAll(ctx, texts, targets)
	if err != nil {
		return err
	}
	r := train.ScoreProbs(gold, preds, c.Labels())
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		if err := enc.Encode(r); err != nil {
			return err
		}
	} else if err := printReport(e.stdout, r); err != nil {
		return err
	}
	if failed {
		return errReported
	}
	return nil
}

// printReport writes the report as aligned tables.
func printReport(w io.Writer, r train.Report) error {
	fmt.Fprintf(w, "examples  %d\naccuracy  %.4f\nmacro-F1  %.4f\nlog loss  %.4f\nBrier     %.4f\nECE       %.4f  (%d bins)\n\n",
		r.N, r.Accuracy, r.MacroF1, r.LogLoss, r.Brier, r.ECE, train.ECEBins)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "label\tprecision\trecall\tF1\tsupport\t\n")
	for _, l := range r.Labels {
		cs := r.Classes[l]
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%d\t\n", l, cs.Precision, cs.Recall, cs.F1, cs.Support)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nconfusion (rows gold, columns predicted)\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\t%s\t\n", strings.Join(r.Labels, "\t"))
	for _, g := range r.Labels {
		fmt.Fprintf(tw, "%s", g)
		for _, p := range r.Labels {
			fmt.Fprintf(tw, "\t%d", r.Confusion[g][p])
		}
		fmt.Fprintf(tw, "\t\n")
	}
	return tw.Flush()
}
