package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/stancekit/stancekit/internal/chart"
	"github.com/stancekit/stancekit/internal/htmlreport"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/stance/tally"
)

// Defaults of the commands that draw.
const (
	drawTop      = 30 // actors in a report or chart
	drawEvidence = 20 // statements embedded per actor
)

// drawFlags are the flags of report and plot: where the counts come
// from (a pass over corpora, as analyze makes it, or --partials merged
// as merge does), and which rows are drawn.
type drawFlags struct {
	fs                      *pflag.FlagSet
	stanceModel, topicModel string
	workers                 int
	minConfidence           float64
	topicContext            float64
	allAttributions         bool
	partials                bool
	timeActors              int
	rows                    *summaryFlags
	in                      *inputFlags
}

func addDrawFlags(fs *pflag.FlagSet) *drawFlags {
	f := &drawFlags{fs: fs}
	fs.StringVar(&f.stanceModel, "stance-model", "", "stance model `FILE` (default: the embedded model)")
	fs.StringVar(&f.topicModel, "topic-model", "", "topic model `FILE` (default: the embedded model; none: no topics)")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "extract and classify on `N` goroutines")
	fs.Float64Var(&f.minConfidence, "min-confidence", 0, "count statements whose stance probability is below `P` as uncertain, apart from the shares")
	fs.Float64Var(&f.topicContext, "topic-context", stance.DefaultTopicContext, "weight `W` of the article's topic (title and lead) in each statement's topic; 0: the statement alone")
	fs.BoolVar(&f.allAttributions, "all-attributions", false, "count every attribution (plans, findings, noun-phrase objects too), not only statements")
	fs.BoolVar(&f.partials, "partials", false, "the paths are partial results of stance analyze --partial (made with --period and --evidence), merged as stance merge does")
	f.rows = addRowFlags(fs, drawTop, "rows by `GROUPING`: speaker, group (the codebook's) or gender",
		"bin document dates by `PERIOD`: day, week (ISO), month or year")
	f.rows.addCodebookFlags()
	fs.IntVar(&f.timeActors, "time-actors", htmlreport.DefaultTimeActors, "draw stance over time for the first `N` actors with dated statements")
	return f
}

// options checks the flags and returns the summary options they ask for:
// the rows, with a breakdown per period.
func (f *drawFlags) options() (tally.SummaryOptions, error) {
	opts, err := f.rows.options()
	if err != nil {
		return opts, err
	}
	if _, breakdown, _ := strings.Cut(*f.rows.by, ","); breakdown != "" {
		return opts, usageErrorf("--by: %q: give the rows only (speaker, group or gender); the report breaks them down by topic and period itself", *f.rows.by)
	}
	if f.timeActors < 1 {
		return opts, usageErrorf("--time-actors: %d is not a count of 1 or more", f.timeActors)
	}
	if !(f.minConfidence >= 0 && f.minConfidence < 1) {
		return opts, usageErrorf("--min-confidence: %v is not a probability in [0, 1)", f.minConfidence)
	}
	if f.workers < 1 {
		return opts, usageErrorf("--workers: %d is not a count of 1 or more", f.workers)
	}
	if !(f.topicContext >= 0) {
		return opts, usageErrorf("--topic-context: %v is not a weight of 0 or more", f.topicContext)
	}
	if f.partials {
		var misplaced []string
		for _, name := range []string{"workers", "min-confidence", "topic-context", "all-attributions", "text-field", "id-field", "date-field", "input-format", "encoding", "dedupe", "strict"} {
			if f.fs.Changed(name) {
				misplaced = append(misplaced, "--"+name)
			}
		}
		if len(misplaced) > 0 {
			return opts, usageErrorf("%s: not used with --partials; give it to stance analyze --partial", strings.Join(misplaced, ", "))
		}
	}
	opts.Period, opts.ByPeriod = *f.rows.period, true
	return opts, nil
}

// counts returns the statistics to draw and the models behind them:
// from a pass over the corpora at paths (counting dates, and keeping
// evidence statements per name), or from the partial files at paths.
func (f *drawFlags) counts(ctx context.Context, e env, paths []string, evidence int, verb string) (*tally.Partial, []htmlreport.Model, error) {
	sm, err := loadModel("--stance-model", f.stanceModel, models.DefaultStance)
	if err != nil {
		return nil, nil, err
	}
	var tm *nb.Classifier
	if f.topicModel != "none" {
		if tm, err = loadModel("--topic-model", f.topicModel, models.DefaultTopic); err != nil {
			return nil, nil, err
		}
	}
	m := stance.Models{Stance: sm, Topic: tm, TopicContext: f.topicContext}
	if err := checkModels(m); err != nil {
		return nil, nil, err
	}
	if f.partials {
		p, dups, err := mergeParts(ctx, e, paths, f.in.quiet)
		if err != nil {
			return nil, nil, err
		}
		if dups > 0 {
			err = errReported
		}
		return p, describeModels(p, m, f.stanceModel, f.topicModel), err
	}
	d := tally.DefaultSummaryOptions
	for _, l := range []string{d.Support, d.Oppose} {
		if labels := sm.Labels(); !slices.Contains(labels, l) {
			return nil, nil, fmt.Errorf("--stance-model: the model has no %q label (its labels are %s): net stance needs %q and %q",
				l, strings.Join(labels, ", "), d.Support, d.Oppose)
		}
	}
	src, ps, err := f.in.open(e, paths, verb)
	if err != nil {
		return nil, nil, err
	}
	defer src.Close()
	popts := ps.options()
	popts.Extract, popts.Workers, popts.MinConfidence = stance.StatementOptions, f.workers, f.minConfidence
	popts.Dates, popts.Evidence, popts.EvidenceBudget = true, evidence, tally.DefaultEvidenceBudget
	if f.allAttributions {
		popts.Extract = quote.DefaultOptions
	}
	p, err := stance.Analyze(ctx, src, m, popts)
	ps.prog.finish()
	if err = ps.check(err); err != nil {
		return nil, nil, ps.done(err)
	}
	return p, describeModels(p, m, f.stanceModel, f.topicModel), ps.done(nil)
}

// describeModels describes the models of p for the report's header: the
// loaded model when its hash is the one that made p, else the hash alone.
func describeModels(p *tally.Partial, m stance.Models, stancePath, topicPath string) []htmlreport.Model {
	describe := func(role, hash, path string, c *nb.Classifier) htmlreport.Model {
		name := path
		if name == "" {
			name = "embedded default"
		}
		if c != nil && c.Hash() == hash {
			return htmlreport.ModelOf(role, name, c)
		}
		return htmlreport.Model{Role: role, Name: "not given (pass its file as --" + role + "-model to describe it)", Hash: hash}
	}
	out := []htmlreport.Model{describe("stance", p.StanceModel, stancePath, m.Stance)}
	if p.TopicModel != "" {
		out = append(out, describe("topic", p.TopicModel, topicPath, m.Topic))
	}
	return out
}

// summarize summarises p for drawing: by period when p has dates.
func summarize(p *tally.Partial, opts tally.SummaryOptions) (*tally.Summary, error) {
	if !p.Dates {
		opts.Period, opts.ByPeriod = "", false
	}
	return tally.Summarize(p, opts)
}

func reportCommand(e env) *cobra.Command {
	var (
		df       *drawFlags
		evidence int
		title    string
		output   *string
	)
	c := newCommand("report [flags] PATH...", "an HTML report with charts and the evidence behind them", func(cmd *cobra.Command, args []string) error {
		opts, err := df.options()
		if err != nil {
			return err
		}
		if evidence < 0 || evidence > tally.MaxEvidence {
			return usageErrorf("--evidence: %d is not a count from 0 to %d", evidence, tally.MaxEvidence)
		}
		if df.partials && df.fs.Changed("evidence") {
			return usageErrorf("--evidence: not used with --partials; give it to stance analyze --partial")
		}
		if err := needPaths(args, "report"); err != nil {
			return err
		}
		p, described, err := df.counts(cmd.Context(), e, args, evidence, "reporting")
		if err != nil && p == nil {
			return err
		}
		s, serr := summarize(p, opts)
		if serr != nil {
			return serr
		}
		r, rerr := htmlreport.New(s, htmlreport.Options{Title: title, Tool: "stance " + version, Inputs: args,
			Models: described, TimeActors: df.timeActors, Sort: opts.Sort})
		if rerr != nil {
			return rerr
		}
		if werr := writeOutput(*output, e.stdout, r.Write); werr != nil {
			return werr
		}
		return err // a bad document or part was warned about: exit 1
	})
	fs := c.Flags()
	df = addDrawFlags(fs)
	fs.IntVar(&evidence, "evidence", drawEvidence, "embed at most `K` statements per actor (a sample by hash of document and offsets; 0: none)")
	fs.StringVar(&title, "title", "Stance report", "the report's `TITLE`")
	output = outputFlag(fs, "the report (HTML)")
	df.in = addInputFlags(fs)
	return c
}

// writeChart writes ch to w as SVG, or as PNG at pngDPI when png is set.
func writeChart(w io.Writer, ch *chart.Chart, png bool) error {
	if png {
		return ch.PNG(w, pngDPI)
	}
	svg, err := ch.SVG()
	if err != nil {
		return err
	}
	_, err = w.Write(append([]byte(`<?xml version="1.0" encoding="UTF-8"?>`+"\n"), svg...))
	return err
}

// pngDPI is the resolution of PNG charts: sharp in print at their size.
const pngDPI = 200
