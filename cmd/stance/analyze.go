package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/stancekit/stancekit/cmd/stance/internal/report"
	"github.com/stancekit/stancekit/internal/atomicfile"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/stance/tally"
)

// summaryFlags are the flags analyze and merge share: how the summary is
// cut, sorted and rendered.
type summaryFlags struct {
	fs        *flag.FlagSet
	by        *string
	minQuotes *int
	top       *int
	sort      *string
	format    *string
	output    *string
	partial   *bool
}

func addSummaryFlags(fs *flag.FlagSet) *summaryFlags {
	d := tally.DefaultSummaryOptions
	return &summaryFlags{
		fs:        fs,
		by:        fs.String("by", "speaker", "group rows by `GROUPING`: speaker, or speaker,topic for a stance breakdown per topic"),
		minQuotes: fs.Int("min-quotes", d.MinQuotes, "leave out speakers with fewer than `N` statements"),
		top:       fs.Int("top", d.Top, "show only the first `N` speakers (0: all)"),
		sort:      fs.String("sort", d.Sort, "sort speakers by `ORDER`: quotes, net (stance) or name"),
		format:    fs.String("format", report.Table, "output `FORMAT`: "+strings.Join(report.Formats, ", ")),
		output:    fs.String("o", "", "write to `FILE` instead of standard output"),
		partial:   fs.Bool("partial", false, "write mergeable partial statistics (JSON) for stance merge instead of a table"),
	}
}

// options checks the flags and returns the summary options they ask for.
// Errors name the flag.
func (f *summaryFlags) options() (tally.SummaryOptions, error) {
	opts := tally.DefaultSummaryOptions
	switch *f.by {
	case "speaker":
	case "speaker,topic":
		opts.ByTopic = true
	default:
		return opts, usageErrorf("--by: unknown grouping %q (want speaker or speaker,topic)", *f.by)
	}
	if *f.minQuotes < 1 {
		return opts, usageErrorf("--min-quotes: %d is not a count of 1 or more", *f.minQuotes)
	}
	if *f.top < 0 {
		return opts, usageErrorf("--top: %d is negative (0 shows all speakers)", *f.top)
	}
	switch *f.sort {
	case tally.SortQuotes, tally.SortNet, tally.SortName:
	default:
		return opts, usageErrorf("--sort: unknown order %q (want quotes, net or name)", *f.sort)
	}
	if err := report.CheckFormat(*f.format); err != nil {
		return opts, usageErrorf("--format: %v", err)
	}
	if *f.partial {
		// A partial holds counts only: the table flags apply at merge time.
		var misplaced []string
		f.fs.Visit(func(fl *flag.Flag) {
			switch fl.Name {
			case "by", "min-quotes", "top", "sort", "format":
				misplaced = append(misplaced, "--"+fl.Name)
			}
		})
		if len(misplaced) > 0 {
			return opts, usageErrorf("%s: not used with --partial; give it to stance merge", strings.Join(misplaced, ", "))
		}
	}
	opts.MinQuotes, opts.Top, opts.Sort = *f.minQuotes, *f.top, *f.sort
	return opts, opts.Validate()
}

// write renders p as the flags ask: a partial file or a summary.
func (f *summaryFlags) write(e env, p *tally.Partial, opts tally.SummaryOptions) error {
	return writeOutput(*f.output, e.stdout, func(w io.Writer) error {
		if *f.partial {
			_, err := p.WriteTo(w)
			return err
		}
		s, err := tally.Summarize(p, opts)
		if err != nil {
			return err
		}
		return report.Write(w, s, *f.format)
	})
}

// writeOutput calls write on stdout, or on a temporary file renamed to
// path once complete, so a failed run never leaves half a file.
func writeOutput(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(stdout)
	}
	return atomicfile.Write(path, 0o644, write)
}

func runAnalyze(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("analyze", "PATH...", e)
	stanceModel := fs.String("stance-model", "", "stance model `FILE` (default: the embedded model)")
	topicModel := fs.String("topic-model", "", "topic model `FILE` (default: the embedded model; none: no topics)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "extract and classify on `N` goroutines")
	quiet := fs.Bool("quiet", false, "no progress bar")
	strict := fs.Bool("strict", false, "stop at the first bad document instead of warning and going on")
	sf := addSummaryFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	opts, err := sf.options()
	if err != nil {
		return err
	}
	if opts.ByTopic && *topicModel == "none" {
		return usageErrorf("--by speaker,topic: needs a topic model (drop --topic-model none)")
	}
	if *workers < 1 {
		return usageErrorf("--workers: %d is not a count of 1 or more", *workers)
	}
	if err := needPaths(fs, "analyze"); err != nil {
		return err
	}
	sm, err := loadModel("--stance-model", *stanceModel, models.DefaultStance)
	if err != nil {
		return err
	}
	var tm *nb.Classifier
	if *topicModel != "none" {
		if tm, err = loadModel("--topic-model", *topicModel, models.DefaultTopic); err != nil {
			return err
		}
	}
	for _, l := range []string{opts.Support, opts.Oppose} {
		if labels := sm.Labels(); !slices.Contains(labels, l) {
			return fmt.Errorf("--stance-model: the model has no %q label (its labels are %s): net stance needs %q and %q",
				l, strings.Join(labels, ", "), opts.Support, opts.Oppose)
		}
	}

	a := &analysis{
		models: stance.Models{Stance: sm, Topic: tm},
		opts:   stance.Options{Extract: quote.DefaultOptions, Workers: *workers},
		strict: *strict, stderr: e.stderr, progress: e.stderrTerminal && !*quiet,
	}
	in := corpus.NewCorpus(fs.Args(), e.stdin)
	defer in.Close()
	p, err := a.run(ctx, in)
	if err != nil {
		return err
	}
	if err := sf.write(e, p, opts); err != nil {
		return err
	}
	if a.bad > 0 {
		return errReported
	}
	return nil
}

// loadModel reads the model file at path, or returns the embedded default
// when path is empty. flagName names the flag in errors.
func loadModel(flagName, path string, embedded func() (*nb.Classifier, error)) (*nb.Classifier, error) {
	if path == "" {
		return embedded()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flagName, err)
	}
	defer f.Close()
	c, err := nb.ReadModel(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", flagName, path, err)
	}
	return c, nil
}

// An analysis renders one stance.Analyze pass: warnings and the progress
// bar on stderr.
type analysis struct {
	models   stance.Models
	opts     stance.Options
	stderr   io.Writer
	progress bool // show a progress bar on stderr for long runs
	strict   bool

	bad       int // bad documents warned about
	bar       *progressbar.ProgressBar
	described time.Time // when the bar's description was last updated
}

// progressDelay is how long a run goes before it shows a progress bar.
const progressDelay = time.Second

func (a *analysis) run(ctx context.Context, in stance.Reader) (*tally.Partial, error) {
	start := time.Now()
	opts := a.opts
	opts.Strict = a.strict
	opts.OnError = func(err error) { a.bad++; a.warn(err) }
	opts.Progress = func(docs int) { a.tick(start, docs) }
	p, err := stance.Analyze(ctx, in, a.models, opts)
	a.finish()
	var de *corpus.DocError
	if errors.As(err, &de) { // --strict: the first bad document
		a.bad++
		a.warn(err)
		return nil, errReported
	}
	return p, err
}

func (a *analysis) warn(err error) {
	if a.bar != nil {
		a.bar.Clear()
	}
	label := "warning"
	if a.strict {
		label = "error"
	}
	fmt.Fprintf(a.stderr, "stance: %s: %v\n", label, err)
}

// tick advances the progress bar, creating it once the run is long. The
// bar starts late, so the rate it shows is computed from the start of
// the run.
func (a *analysis) tick(start time.Time, docs int) {
	if !a.progress {
		return
	}
	now := time.Now()
	if a.bar == nil {
		if now.Sub(start) < progressDelay {
			return
		}
		a.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(a.stderr),
			progressbar.OptionShowCount(),
			progressbar.OptionSetElapsedTime(false),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionClearOnFinish(),
		)
	}
	if now.Sub(a.described) >= 200*time.Millisecond {
		a.described = now
		a.bar.Describe(fmt.Sprintf("analyzing: %.0f documents/s, %s elapsed;",
			float64(docs)/now.Sub(start).Seconds(), now.Sub(start).Round(time.Second)))
	}
	a.bar.Set(docs)
}

func (a *analysis) finish() {
	if a.bar != nil {
		a.bar.Finish()
		a.bar = nil
	}
}
