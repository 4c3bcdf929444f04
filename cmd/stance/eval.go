package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/stancekit/stancekit/stance/nb"

	"github.com/stancekit/stancekit/train"
)

// evalCommand scores a model on labeled data.
func evalCommand(e env) *cobra.Command {
	var (
		fields        *train.Fields
		model, format string
		strict        bool
		output        *string
		quiet         *bool
	)
	c := newCommand("eval --model MODEL --label FIELD [flags] DATA...", "score a model on labeled data", func(cmd *cobra.Command, args []string) error {
		switch {
		case model == "":
			return usageErrorf("eval: --model is required")
		case fields.Label == "":
			return usageErrorf("eval: --label is required (the field holding the gold class)")
		case format != "table" && format != "json":
			return usageErrorf("--format: unknown format %q (want table or json)", format)
		case len(args) == 0:
			return usageErrorf("eval: no data files (use - for standard input)")
		}
		c, err := train.LoadModel(model)
		if err != nil {
			return fmt.Errorf("--model: %w", err)
		}
		ds, failed, err := readData(e, args, *fields, strict)
		if err != nil {
			return err
		}
		if failed && strict {
			return errReported
		}
		if len(ds.Examples) == 0 {
			return noExamples("eval", len(args), *fields)
		}
		if err := checkLabels(c.Meta(), fields.Label, ds.Labels()); err != nil {
			return err
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
		preds, err := predictAll(cmd.Context(), newProgress(e, *quiet, "scoring", "examples"), c, texts, targets)
		if err != nil {
			return err
		}
		r := train.ScoreProbs(gold, preds, c.Labels())
		err = writeOutput(*output, e.stdout, func(w io.Writer) error {
			if format == "json" {
				return json.NewEncoder(w).Encode(r)
			}
			return printReport(w, r)
		})
		if err != nil {
			return err
		}
		if failed {
			return errReported
		}
		return nil
	})
	fs := c.Flags()
	fs.StringVar(&model, "model", "", "model `FILE` written by stance train")
	fields = dataFlags(fs)
	fs.StringVar(&format, "format", "table", "output `FORMAT`: table or json")
	output = outputFlag(fs, "the scores")
	fs.BoolVar(&strict, "strict", false, "stop at the first bad record instead of warning and skipping it")
	quiet = quietFlag(fs)
	return c
}

// predictAll predicts texts in batches, so the progress bar moves and
// Ctrl-C is heard between batches.
func predictAll(ctx context.Context, prog *progress, c *nb.Classifier, texts, targets []string) ([]nb.Prediction, error) {
	defer prog.finish()
	const batch = 4096
	prog.setTotal(int64(len(texts)), false)
	out := make([]nb.Prediction, 0, len(texts))
	for i := 0; i < len(texts); i += batch {
		j := min(i+batch, len(texts))
		var tg []string
		if targets != nil {
			tg = targets[i:j]
		}
		p, err := c.PredictAll(ctx, texts[i:j], tg)
		if err != nil {
			return nil, err
		}
		out = append(out, p...)
		prog.update(int64(j), j)
	}
	return out, nil
}

// checkLabels refuses to score a model on gold labels it does not
// predict: a stance model scored on topics, or the reverse.
func checkLabels(m nb.ModelMeta, field string, gold map[string]int) error {
	var unknown []string
	for _, l := range slices.Sorted(maps.Keys(gold)) {
		if !slices.Contains(m.Labels, l) {
			unknown = append(unknown, l)
		}
	}
	if len(unknown) == 0 || len(unknown) < len(gold) && m.Family == field {
		return nil // a few gold labels the model lacks count as errors
	}
	what := "the model"
	if m.Family != "" {
		what = fmt.Sprintf("the model (a %s model)", m.Family)
	}
	return fmt.Errorf("eval: --label %s: %s predicts %s, but the data's labels are %s",
		field, what, strings.Join(m.Labels, ", "), strings.Join(slices.Sorted(maps.Keys(gold)), ", "))
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
