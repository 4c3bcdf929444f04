package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/stancekit/stancekit/internal/atomicfile"
	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/stance/tally"
)

// summaryFlags are the flags analyze and merge share: how the summary is
// cut, sorted and rendered.
type summaryFlags struct {
	fs        *pflag.FlagSet
	by        *string
	minQuotes *int
	top       *int
	sort      *string
	period    *string
	format    *string // nil for the commands that draw (report, plot)
	output    *string
	partial   *bool // nil for the commands that draw
	actors    *string
	types     *[]string
}

func addSummaryFlags(fs *pflag.FlagSet) *summaryFlags {
	f := addRowFlags(fs, tally.DefaultSummaryOptions.Top,
		"rows by `GROUPING`: speaker, group (the codebook's) or gender, each optionally with ,topic or ,period for a stance breakdown per topic or per period",
		"bin document dates by `PERIOD` for --by ...,period: day, week (ISO), month or year; with --partial, count the dates for merge and report")
	f.format = fs.String("format", report.Table, "output `FORMAT`: "+strings.Join(report.Formats, ", "))
	f.output = outputFlag(fs, "the summary")
	f.partial = fs.Bool("partial", false, "write mergeable partial statistics (JSON) for stance merge instead of a table")
	f.addCodebookFlags()
	return f
}

// addRowFlags declares the flags that choose, sort and cut the rows of a
// summary (the codebook's separately, to keep the order of -h).
func addRowFlags(fs *pflag.FlagSet, top int, byUsage, periodUsage string) *summaryFlags {
	d := tally.DefaultSummaryOptions
	return &summaryFlags{
		fs:        fs,
		by:        fs.String("by", "speaker", byUsage),
		minQuotes: fs.Int("min-quotes", d.MinQuotes, "leave out speakers with fewer than `N` statements"),
		top:       fs.Int("top", top, "show only the first `N` speakers (0: all)"),
		sort:      fs.String("sort", d.Sort, "sort speakers by `ORDER`: quotes, net (stance) or name"),
		period:    fs.String("period", tally.PeriodMonth, periodUsage),
	}
}

func (f *summaryFlags) addCodebookFlags() {
	f.actors = f.fs.String("actors", "", "codebook `FILE` (CSV: name,aliases,type,gender,group,id) that pins names, aliases, types, genders and groups")
	f.types = f.fs.StringSlice("type", nil, "keep only actors of these `TYPES`: person, organisation, group, unknown (comma-separated)")
}

// options checks the flags and returns the summary options they ask for.
// Errors name the flag.
func (f *summaryFlags) options() (tally.SummaryOptions, error) {
	opts := tally.DefaultSummaryOptions
	rows, breakdown, _ := strings.Cut(*f.by, ",")
	switch {
	case breakdown != "" && breakdown != "topic" && breakdown != "period":
		return opts, usageErrorf("--by: unknown grouping %q (want speaker, group or gender, optionally with ,topic or ,period)", *f.by)
	case rows == "speaker":
	case rows == tally.ByGroup, rows == tally.ByGender:
		opts.By = rows
	default:
		return opts, usageErrorf("--by: unknown grouping %q (want speaker, group or gender, optionally with ,topic or ,period)", *f.by)
	}
	opts.ByTopic = breakdown == "topic"
	if !slices.Contains(tally.Periods, *f.period) {
		return opts, usageErrorf("--period: unknown period %q (want day, week, month or year)", *f.period)
	}
	if breakdown == "period" {
		opts.Period, opts.ByPeriod = *f.period, true
	} else if f.format != nil && f.fs.Changed("period") && !*f.partial {
		return opts, usageErrorf("--period: only with --by ...,period (or --partial, to count dates for merge)")
	}
	if opts.By == tally.ByGroup && *f.actors == "" {
		return opts, usageErrorf("--by group: needs a codebook with groups (--actors FILE)")
	}
	for _, t := range *f.types {
		switch t {
		case tally.TypePerson, tally.TypeOrganisation, tally.TypeGroup, tally.TypeUnknown:
		default:
			return opts, usageErrorf("--type: unknown type %q (want person, organisation, group or unknown)", t)
		}
	}
	opts.Types = *f.types
	if *f.actors != "" {
		cb, err := readCodebookFile(*f.actors)
		if err != nil {
			return opts, err
		}
		opts.Codebook = cb
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
	if f.format != nil {
		if err := report.CheckFormat(*f.format); err != nil {
			return opts, usageErrorf("--format: %v", err)
		}
	}
	if f.partial != nil && *f.partial {
		// A partial holds counts only: the table flags apply at merge time.
		var misplaced []string
		for _, name := range []string{"actors", "by", "format", "min-quotes", "sort", "top", "type"} {
			if f.fs.Changed(name) {
				misplaced = append(misplaced, "--"+name)
			}
		}
		if len(misplaced) > 0 {
			return opts, usageErrorf("%s: not used with --partial; give it to stance merge", strings.Join(misplaced, ", "))
		}
	}
	opts.MinQuotes, opts.Top, opts.Sort = *f.minQuotes, *f.top, *f.sort
	return opts, opts.Validate()
}

// dates reports whether a pass must count document dates: for a
// breakdown per period, or for a partial when --period is given.
func (f *summaryFlags) dates(opts tally.SummaryOptions) bool {
	return opts.ByPeriod || (f.partial != nil && *f.partial && f.fs.Changed("period"))
}

// write renders p as the flags ask: a partial file or a summary.
func (f *summaryFlags) write(e env, p *tally.Partial, opts tally.SummaryOptions) error {
	if opts.Period != "" && !p.Dates {
		return fmt.Errorf("--by %s: the parts were counted without document dates: make them with stance analyze --partial --period %s", *f.by, opts.Period)
	}
	return writeOutput(*f.output, e.stdout, func(w io.Writer) error {
		if *f.partial {
			_, err := p.WriteTo(w)
			return err
		}
		s, err := tally.Summarize(p, opts)
		if err != nil {
			return err
		}
		return report.WriteWidth(w, s, *f.format, e.widthFor(*f.output))
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

func analyzeCommand(e env) *cobra.Command {
	var (
		stanceModel, topicModel string
		workers, evidence       int
		minConfidence           float64
		topicContext            float64
		allAttributions         bool
		in                      *inputFlags
		sf                      *summaryFlags
	)
	c := newCommand("analyze [flags] PATH...", "per-speaker stance tables", func(cmd *cobra.Command, args []string) error {
		opts, err := sf.options()
		if err != nil {
			return err
		}
		if opts.ByTopic && topicModel == "none" {
			return usageErrorf("--by speaker,topic: needs a topic model (drop --topic-model none)")
		}
		if workers < 1 {
			return usageErrorf("--workers: %d is not a count of 1 or more", workers)
		}
		if !(minConfidence >= 0 && minConfidence < 1) {
			return usageErrorf("--min-confidence: %v is not a probability in [0, 1)", minConfidence)
		}
		switch {
		case evidence < 0 || evidence > tally.MaxEvidence:
			return usageErrorf("--evidence: %d is not a count from 0 to %d", evidence, tally.MaxEvidence)
		case evidence > 0 && !*sf.partial:
			return usageErrorf("--evidence: only with --partial (stance report keeps its own evidence)")
		}
		if err := needPaths(args, "analyze"); err != nil {
			return err
		}
		sm, err := loadModel("--stance-model", stanceModel, models.DefaultStance)
		if err != nil {
			return err
		}
		var tm *nb.Classifier
		if topicModel != "none" {
			if tm, err = loadModel("--topic-model", topicModel, models.DefaultTopic); err != nil {
				return err
			}
		}
		if !(topicContext >= 0) {
			return usageErrorf("--topic-context: %v is not a weight of 0 or more", topicContext)
		}
		m := stance.Models{Stance: sm, Topic: tm, TopicContext: topicContext}
		if err := checkModels(m); err != nil {
			return err
		}
		for _, l := range []string{opts.Support, opts.Oppose} {
			if labels := sm.Labels(); !slices.Contains(labels, l) {
				return fmt.Errorf("--stance-model: the model has no %q label (its labels are %s): net stance needs %q and %q",
					l, strings.Join(labels, ", "), opts.Support, opts.Oppose)
			}
		}
		src, ps, err := in.open(e, args, "analyzing")
		if err != nil {
			return err
		}
		defer src.Close()
		popts := ps.options()
		popts.Extract, popts.Workers, popts.MinConfidence = stance.StatementOptions, workers, minConfidence
		popts.Dates, popts.Evidence = sf.dates(opts), evidence
		if evidence > 0 {
			popts.EvidenceBudget = tally.DefaultEvidenceBudget // a part without evidence has no budget
		}
		if allAttributions {
			popts.Extract = quote.DefaultOptions
		}
		p, err := stance.Analyze(cmd.Context(), src, m, popts)
		ps.prog.finish()
		if err = ps.check(err); err != nil {
			return ps.done(err)
		}
		return ps.done(sf.write(e, p, opts))
	})
	fs := c.Flags()
	fs.StringVar(&stanceModel, "stance-model", "", "stance model `FILE` (default: the embedded model)")
	fs.StringVar(&topicModel, "topic-model", "", "topic model `FILE` (default: the embedded model; none: no topics)")
	fs.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "extract and classify on `N` goroutines")
	fs.Float64Var(&topicContext, "topic-context", stance.DefaultTopicContext, "weight `W` of the article's topic (title and lead) in each statement's topic; 0: the statement alone")
	fs.Float64Var(&minConfidence, "min-confidence", 0, "count statements whose stance probability is below `P` as uncertain, apart from the shares")
	fs.BoolVar(&allAttributions, "all-attributions", false, "count every attribution (plans, findings, noun-phrase objects too), not only statements")
	sf = addSummaryFlags(fs)
	fs.IntVar(&evidence, "evidence", 0, "with --partial, keep `K` statements per speaker name as evidence for stance report --partials")
	in = addInputFlags(fs)
	return c
}

// readCodebookFile reads the codebook of --actors.
func readCodebookFile(path string) (*tally.Codebook, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--actors: %w", err)
	}
	defer f.Close()
	return tally.ReadCodebook(f, path)
}
