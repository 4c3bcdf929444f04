package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/train"
)

// trainCommand trains a naive Bayes model on labeled JSONL or CSV data.
func trainCommand(e env) *cobra.Command {
	var (
		fields                              *train.Fields
		out                                 string
		kfold, minTarget                    int
		byTarget, sel, calibrate, strict    bool
		method, weighting                   string
		alpha                               float64
		ngrams, polarity                    int
		negation, contrast, stop, perTarget bool
		unlabeled                           []string
		emWeight                            string
		emIterations                        int
		quiet                               *bool
	)
	def := nb.DefaultTrainOptions
	c := newCommand("train --label FIELD -o MODEL [flags] DATA...", "train a naive Bayes stance or topic model", func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		if fields.Label == "" {
			return usageErrorf("train: --label is required (the field holding the class, e.g. stance or topic)")
		}
		if out == "" {
			return usageErrorf("train: -o MODEL is required")
		}
		if len(args) == 0 {
			return usageErrorf("train: no data files (use - for standard input)")
		}
		if kfold < 0 || kfold == 1 {
			return usageErrorf("--kfold: want 0 (none) or at least 2, not %d", kfold)
		}
		opts := def
		opts.Method = nb.Method(method)
		opts.Alpha = alpha
		opts.Features = nb.FeatureOptions{NGrams: ngrams, Negation: negation, StopWords: stop, Weighting: nb.Weighting(weighting), Contrast: contrast, Polarity: polarity}
		opts.PerTarget = perTarget && fields.Target != ""
		opts.MinTargetExamples = minTarget
		opts.Family = fields.Label
		opts.EM.Iterations = emIterations
		if err := opts.Validate(); err != nil {
			return usageErrorf("invalid options: %v", err)
		}
		lambdas, err := unlabeledFlags(cmd.Flags(), &opts, sel, unlabeled, emWeight, args)
		if err != nil {
			return err
		}

		ds, failed, err := readData(e, args, *fields, strict)
		if err != nil {
			return err
		}
		if failed && strict {
			return errReported
		}
		counts := ds.Labels()
		if len(ds.Examples) == 0 {
			return noExamples("train", len(args), *fields)
		}
		if len(counts) < 2 {
			return fmt.Errorf("train: %w: all %d examples are labeled %q", nb.ErrOneClass, len(ds.Examples), ds.Examples[0].Label)
		}
		for _, l := range slices.Sorted(maps.Keys(counts)) {
			if counts[l] == 1 {
				fmt.Fprintf(e.stderr, "stance: warning: label %q has only one example; it can hardly be learned\n", l)
			}
		}
		var texts []string
		if len(unlabeled) > 0 {
			var bad bool
			texts, bad, err = readUnlabeled(ctx, e, unlabeled, strict, *quiet)
			if err != nil {
				return err
			}
			failed = failed || bad
		}
		prog := newProgress(e, *quiet, "training", "steps")
		defer prog.finish()
		c, res, err := train.Run(ctx, ds, train.RunOptions{
			Train:     opts,
			Folds:     kfold,
			ByTarget:  byTarget,
			Select:    sel,
			Calibrate: calibrate,
			Unlabeled: texts,
			Lambdas:   lambdas,
			OnProgress: func(done, total int) {
				prog.setTotal(int64(total), false)
				prog.update(int64(done), done)
			},
			OnSelect: func(s train.Selection) {
				prog.clear()
				fmt.Fprintf(e.stdout, "selected by %d-fold cross-validation over %d settings: %s (macro-F1 %.4f on the folds that chose it)\n",
					s.Folds, s.Candidates, train.Describe(s.Options), s.Report.MacroF1)
			},
		})
		prog.finish()
		if res != nil && res.CalibrationFailed != nil {
			fmt.Fprintf(e.stderr, "stance: warning: %v (--calibrate=false)\n", res.CalibrationFailed)
		}
		if res != nil && res.TooFewToCalibrate {
			fmt.Fprintf(e.stderr, "stance: warning: %d examples are too few to calibrate on %d folds; probabilities are uncalibrated\n", len(ds.Examples), train.DefaultFolds)
		}
		var fe *train.FoldsError
		if errors.As(err, &fe) {
			return usageErrorf("--kfold: %v", fe)
		}
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		if err := train.SaveModel(out, c); err != nil {
			return err
		}
		printTrainSummary(e.stdout, c.Meta(), res, out)
		if m, w := c.Meta(), res.WithoutUnlabeled; m.CV != nil && w != nil && m.CV.MacroF1 < w.MacroF1 {
			fmt.Fprintf(e.stderr, "stance: warning: --unlabeled: learning from the unlabeled statements lowers the cross-validated macro-F1 on the labeled data from %.4f to %.4f\n", w.MacroF1, m.CV.MacroF1)
		}
		if failed {
			return errReported
		}
		return nil
	})
	fs := c.Flags()
	fields = dataFlags(fs)
	fs.StringVarP(&out, "output", "o", "", "write the model to `FILE` (atomically)")
	fs.IntVar(&kfold, "kfold", 0, "stratified `K`-fold cross-validation for the reported macro-F1, --select and the temperature fit (0: 5 folds if --calibrate, else none)")
	fs.BoolVar(&byTarget, "cv-by-target", false, "cross-validate with folds grouped by target, for data whose targets at test time are unseen")
	fs.BoolVar(&sel, "select", false, "choose method, weighting, smoothing and features by cross-validation (--kfold, default 5)")
	fs.BoolVar(&calibrate, "calibrate", true, "fit the probability temperature on out-of-fold scores of the training data (the --kfold folds, default 5)")
	fs.BoolVar(&strict, "strict", false, "stop at the first bad record instead of warning and skipping it")
	fs.StringVar(&method, "method", string(def.Method), "naive Bayes `VARIANT`: complement, multinomial or jbrukh (the library as is, the floor)")
	fs.Float64Var(&alpha, "alpha", def.Alpha, "additive smoothing `STRENGTH` (> 0)")
	fs.IntVar(&ngrams, "ngrams", def.Features.NGrams, "longest word `N`-gram: 1 or 2")
	fs.StringVar(&weighting, "weighting", string(def.Features.Weighting), "feature `WEIGHTING`: tfidf, count or binary")
	fs.BoolVar(&negation, "negation", def.Features.Negation, "mark words after a negation up to clause punctuation")
	fs.BoolVar(&contrast, "contrast", def.Features.Contrast, "drop the words of a concession (before \"but\" or \"however\" in its sentence, after \"although\" or \"despite\" up to clause punctuation), keeping the asserted clause")
	fs.IntVar(&polarity, "polarity", def.Features.Polarity, "add `N` occurrences of a positive or negative feature for every word of the built-in polarity lexicon (swapped after a negation with --negation); 0 is off")
	fs.BoolVar(&stop, "stop-words", def.Features.StopWords, "drop English function words")
	fs.BoolVar(&perTarget, "per-target", def.PerTarget, "also train one sub-model per target with enough examples")
	fs.IntVar(&minTarget, "min-target", def.MinTargetExamples, "smallest number of `EXAMPLES` for a target sub-model")
	fs.StringSliceVar(&unlabeled, "unlabeled", nil, "also learn, by EM, from the statements extracted from the articles at `PATH` (.txt, .html, .jsonl, .csv, directories; repeat or separate with commas)")
	fs.StringVar(&emWeight, "unlabeled-weight", "auto", "`WEIGHT` of an unlabeled statement beside a labeled one in EM, in (0, 1], or auto: chosen by cross-validation among "+formatLambdas(train.DefaultLambdas))
	fs.IntVar(&emIterations, "em-iterations", def.EM.Iterations, "most EM `ITERATIONS` (it stops earlier when the posteriors settle)")
	quiet = quietFlag(fs)
	return c
}

// unlabeledFlags checks --unlabeled and the EM flags beside the training
// options and the labeled data paths, sets opts.EM.Lambda from
// --unlabeled-weight, and returns the candidates for λ with "auto".
func unlabeledFlags(fs *pflag.FlagSet, opts *nb.TrainOptions, sel bool, unlabeled []string, weight string, data []string) ([]float64, error) {
	if len(unlabeled) == 0 {
		for _, name := range []string{"unlabeled-weight", "em-iterations"} {
			if fs.Changed(name) {
				return nil, usageErrorf("--%s: needs --unlabeled PATH", name)
			}
		}
		return nil, nil
	}
	var lambdas []float64
	if weight == "auto" {
		lambdas = train.DefaultLambdas
	} else {
		l, err := strconv.ParseFloat(weight, 64)
		if err != nil || !(l > 0 && l <= 1) {
			return nil, usageErrorf("--unlabeled-weight: want auto or a weight in (0, 1], not %q", weight)
		}
		opts.EM.Lambda = l
	}
	if err := opts.EM.Validate(); err != nil {
		return nil, usageErrorf("--em-iterations: want 1 to 1000, not %d", opts.EM.Iterations)
	}
	if opts.Method == nb.MethodLibrary && !sel {
		return nil, usageErrorf("--unlabeled: method %s cannot learn from unlabeled statements (use --method multinomial or complement)", opts.Method)
	}
	if slices.Contains(unlabeled, "") {
		return nil, usageErrorf("--unlabeled: empty path")
	}
	if slices.Contains(unlabeled, "-") && slices.Contains(data, "-") {
		return nil, usageErrorf("--unlabeled: standard input (-) is already the labeled data")
	}
	return lambdas, nil
}

// formatLambdas lists candidate weights: "0.001, 0.003, ... or 1".
func formatLambdas(ls []float64) string {
	var b strings.Builder
	for i, l := range ls {
		switch {
		case i == len(ls)-1 && i > 0:
			b.WriteString(" and ")
		case i > 0:
			b.WriteString(", ")
		}
		b.WriteString(strconv.FormatFloat(l, 'g', -1, 64))
	}
	return b.String()
}

// readUnlabeled extracts the statements of the articles at paths, as
// "stance quotes --statements-only" finds them, and returns their texts
// in corpus order. Bad documents are warnings (with strict, the first is
// an error and ends the command); bad reports whether there were any.
func readUnlabeled(ctx context.Context, e env, paths []string, strict, quiet bool) (texts []string, bad bool, err error) {
	o := corpus.DefaultOptions
	ps := &pass{strict: strict, prog: newProgress(e, quiet, "reading unlabeled", "documents")}
	defer ps.prog.finish()
	o.OnWarning = func(err error) { ps.prog.warn("stance: warning: %v\n", err) }
	if total, known := corpus.Size(paths); known && total > 0 {
		ps.prog.setTotal(total, true)
	}
	ps.src = corpus.NewCorpusOptions(paths, e.stdin, o)
	defer ps.src.Close()
	docs := 0
	err = eachDocument(ctx, ps.src, ps,
		func(doc *corpus.Document) []string {
			var out []string
			for _, q := range quote.Extract(doc.Text, stance.StatementOptions) {
				out = append(out, q.Text)
			}
			return out
		},
		func(_ *corpus.Document, sts []string) error {
			docs++
			texts = append(texts, sts...)
			return nil
		})
	ps.prog.finish()
	if err != nil {
		return nil, true, err
	}
	if len(texts) == 0 {
		fmt.Fprintf(e.stderr, "stance: warning: --unlabeled: no statements in %d document(s); training on the labeled examples only\n", docs)
	}
	return texts, ps.bad > 0, nil
}

// dataFlags declares the flags naming the fields of labeled data.
func dataFlags(fs *pflag.FlagSet) *train.Fields {
	f := &train.Fields{}
	fs.StringVar(&f.Label, "label", "", "`field` (JSON key or CSV column) holding the label, e.g. stance or topic")
	fs.StringVar(&f.Text, "text-field", "text", "`field` holding the text")
	fs.StringVar(&f.Target, "target-field", "target", "`field` holding the stance target (\"\" for none)")
	return f
}

// maxWarnings is how many bad records readData prints before summing up.
const maxWarnings = 10

// readData reads labeled files, printing bad records as warnings (the
// first maxWarnings of them), or with strict the first as an error.
// failed reports whether there were any.
func readData(e env, paths []string, f train.Fields, strict bool) (ds *train.Dataset, failed bool, err error) {
	ds, err = train.ReadFiles(paths, e.stdin, f)
	if err != nil {
		return nil, false, err
	}
	for _, w := range ds.Warnings {
		fmt.Fprintf(e.stderr, "stance: warning: %v\n", w)
	}
	label := "warning"
	if strict {
		label = "error"
	}
	for i, p := range ds.Problems {
		if i == maxWarnings || strict && i == 1 {
			break
		}
		fmt.Fprintf(e.stderr, "stance: %s: %v\n", label, p)
	}
	if n := len(ds.Problems); n > 1 && !strict {
		more := ""
		if n > maxWarnings {
			more = fmt.Sprintf(" (the first %d shown)", maxWarnings)
		}
		fmt.Fprintf(e.stderr, "stance: %d bad records skipped%s\n", n, more)
	}
	return ds, len(ds.Problems) > 0, nil
}

// noExamples is the error for data without a usable record.
func noExamples(cmd string, n int, f train.Fields) error {
	return fmt.Errorf("%s: no usable examples in %d file(s); do the records have %q and %q fields (--text-field, --label)?", cmd, n, f.Text, f.Label)
}

// printTrainSummary describes the model written to path, and what Run
// did to choose EM's weight and score it (res may be nil).
func printTrainSummary(w io.Writer, m nb.ModelMeta, res *train.RunResult, path string) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "label\texamples\t\n")
	for _, l := range m.Labels {
		fmt.Fprintf(tw, "%s\t%d\t\n", l, m.ClassCounts[l])
	}
	fmt.Fprintf(tw, "total\t%d\t\n", m.Examples)
	tw.Flush()
	fmt.Fprintf(w, "method %s, alpha %g, %s weighting, %d-grams, negation %v, stop words %v",
		m.Method, m.Alpha, m.Features.Weighting, m.Features.NGrams, m.Features.Negation, m.Features.StopWords)
	if m.Features.Contrast {
		fmt.Fprint(w, ", concessions dropped (contrast)")
	}
	if m.Features.Polarity > 0 {
		fmt.Fprintf(w, ", polarity features x%d (lexicon %s)", m.Features.Polarity, m.Features.PolarityLexicon)
	}
	fmt.Fprintf(w, "; %d features", m.VocabSize)
	if len(m.Targets) > 0 {
		fmt.Fprintf(w, "; %d per-target sub-models", len(m.Targets))
	}
	fmt.Fprintln(w)
	if m.CV != nil {
		what := "cross-validation"
		if m.CV.Nested {
			what = "nested cross-validation (selection included)"
		}
		fmt.Fprintf(w, "%d-fold %s: macro-F1 %.4f, accuracy %.4f\n", m.CV.Folds, what, m.CV.MacroF1, m.CV.Accuracy)
	}
	if em := m.EM; em != nil {
		how := "stopped at the limit"
		if em.Converged {
			how = "converged"
		}
		fmt.Fprintf(w, "EM over %d unlabeled statements: weight %g", em.Unlabeled, em.Lambda)
		if res != nil && res.Lambda != nil {
			fmt.Fprintf(w, " (chosen by %d-fold cross-validation among %d)", res.Lambda.Folds, len(res.Lambda.Candidates))
		}
		fmt.Fprintf(w, ", %d iterations (%s)\n", em.Iterations, how)
		if res != nil && res.Lambda != nil {
			fmt.Fprint(w, "weights tried, cross-validated macro-F1:")
			for _, c := range res.Lambda.Candidates {
				fmt.Fprintf(w, " %g %.4f", c.Options.EM.Lambda, c.Report.MacroF1)
			}
			fmt.Fprintln(w)
		}
		if res != nil && res.WithoutUnlabeled != nil {
			fmt.Fprintf(w, "without the unlabeled statements, the same cross-validation: macro-F1 %.4f, accuracy %.4f\n", res.WithoutUnlabeled.MacroF1, res.WithoutUnlabeled.Accuracy)
		}
	}
	if cal := m.Calibration; cal != nil {
		fmt.Fprintf(w, "calibrated: temperature %.4g, %d-fold out-of-fold log loss %.4f (%.4f uncalibrated)\n",
			cal.Temperature, cal.Folds, cal.LogLossAfter, cal.LogLossBefore)
	}
	fmt.Fprintf(w, "wrote %s\n", path)
}
