package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/beam/pipeline"
	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/tally"
)

// flags are the command's own flags. Beam's (--runner, --endpoint, ...)
// are the SDK's package-level flags, added to the same flag set.
type flags struct {
	own *flag.FlagSet // the command's flags alone, for the usage text

	inputs              inputList
	output, deadLetters string
	verbose             bool

	stanceModel, topicModel string
	topicContext            float64
	allAttributions         bool
	minConfidence           float64

	by, sort, format, period string
	minQuotes, top           int
	partial                  bool

	textField, idField, dateField, encoding string
}

// inputList is a repeatable --input.
type inputList []string

func (l *inputList) String() string     { return strings.Join(*l, ",") }
func (l *inputList) Set(s string) error { *l = append(*l, s); return nil }

// newFlagSet returns the command's flag set: its own flags, then every
// flag the Beam SDK and the runners registered on flag.CommandLine,
// sharing their values, so that beam.Init and the runners see them.
func newFlagSet() (*flag.FlagSet, *flags) {
	f := &flags{own: flag.NewFlagSet("stance-beam", flag.ContinueOnError)}
	d, fs := tally.DefaultSummaryOptions, f.own
	fs.Var(&f.inputs, "input", "files to analyse: a `GLOB`, file or directory, local or gs://...; may be repeated")
	fs.StringVar(&f.output, "output", "", "write the summary to `FILE` (default: standard output, with prism in this process)")
	fs.StringVar(&f.output, "o", "", "write the summary to `FILE` (the same as --output)")
	fs.StringVar(&f.deadLetters, "dead-letters", "", "write the bad records to `FILE` as JSON Lines (default: the output's name + .dead-letters.jsonl)")
	fs.BoolVar(&f.verbose, "v", false, "show Beam's and the runner's logs at the info level")
	fs.StringVar(&f.stanceModel, "stance-model", "", "stance model `FILE` (default: the embedded model)")
	fs.StringVar(&f.topicModel, "topic-model", "", "topic model `FILE` (default: the embedded model; none: no topics)")
	fs.Float64Var(&f.topicContext, "topic-context", stance.DefaultTopicContext, "weight `W` of the article's topic (title and lead) in each statement's topic; 0: the statement alone")
	fs.BoolVar(&f.allAttributions, "all-attributions", false, "count every attribution (plans, findings, noun-phrase objects too), not only statements")
	fs.Float64Var(&f.minConfidence, "min-confidence", 0, "count statements whose stance probability is below `P` as uncertain, apart from the shares")
	fs.StringVar(&f.by, "by", "speaker", "rows by `GROUPING`: speaker, optionally with ,topic or ,period for a stance breakdown per topic or per period")
	fs.IntVar(&f.minQuotes, "min-quotes", d.MinQuotes, "leave out speakers with fewer than `N` statements")
	fs.IntVar(&f.top, "top", d.Top, "show only the first `N` speakers (0: all)")
	fs.StringVar(&f.sort, "sort", d.Sort, "sort speakers by `ORDER`: quotes, net (stance) or name")
	fs.StringVar(&f.period, "period", tally.PeriodMonth, "bin document dates by `PERIOD` for --by speaker,period: day, week (ISO), month or year; with --partial, count the dates for merge")
	fs.StringVar(&f.format, "format", report.Table, "output `FORMAT`: "+strings.Join(report.Formats, ", "))
	fs.BoolVar(&f.partial, "partial", false, "write mergeable partial statistics (JSON) for stance merge instead of a table")
	fs.StringVar(&f.textField, "text-field", "text", "JSONL key or CSV column holding the article `FIELD`")
	fs.StringVar(&f.idField, "id-field", "id", "JSONL key or CSV column holding the document id (\"\": none)")
	fs.StringVar(&f.dateField, "date-field", "date", "JSONL key or CSV column holding the date (\"\": none)")
	fs.StringVar(&f.encoding, "encoding", "", "character encoding of the input, e.g. utf-8, windows-1252, latin1, utf-16le (default: detected)")

	all := flag.NewFlagSet("stance-beam", flag.ContinueOnError)
	all.SetOutput(io.Discard) // errors are returned, and -h prints the usage
	fs.VisitAll(func(fl *flag.Flag) { all.Var(fl.Value, fl.Name, fl.Usage) })
	flag.CommandLine.VisitAll(func(fl *flag.Flag) {
		if all.Lookup(fl.Name) == nil {
			all.Var(fl.Value, fl.Name, fl.Usage)
		}
	})
	return all, f
}

// usage writes the command's usage: its flags, then a word on Beam's.
func (f *flags) usage(w io.Writer) {
	fmt.Fprintf(w, "Usage: stance-beam --input GLOB [--input GLOB...] [-o FILE] [flags] [Beam flags]\n\n"+
		"stance analyze on Apache Beam: the same summary, from the workers of a Beam runner.\n\nFlags:\n")
	f.own.SetOutput(w)
	f.own.PrintDefaults()
	fmt.Fprintf(w, "\nBeam flags: --runner (default prism; flink, spark, dataflow), --endpoint ADDRESS (a job server),\n"+
		"--environment_type LOOPBACK|DOCKER|PROCESS|EXTERNAL, --environment_config, --job_name, and each\n"+
		"runner's own (Dataflow: --project, --region, --temp_location, --staging_location).\n")
}

// options checks the flags and returns the pipeline options they ask for,
// without the models' bytes and the output paths. Errors name the flag,
// as stance analyze's do.
func (f *flags) options(set map[string]bool) (pipeline.Options, error) {
	o := pipeline.DefaultOptions
	if len(f.inputs) == 0 {
		return o, usageErrorf("--input: no input files (give a glob, a file or a directory)")
	}
	for _, in := range f.inputs {
		if strings.TrimSpace(in) == "" {
			return o, usageErrorf("--input: an empty path")
		}
	}
	rows, breakdown, _ := strings.Cut(f.by, ",")
	switch {
	case rows == tally.ByGroup || rows == tally.ByGender:
		return o, usageErrorf("--by %s: rows by %s need a codebook: write --partial and give it to stance merge --by %s --actors FILE", f.by, rows, f.by)
	case rows != "speaker" || breakdown != "" && breakdown != "topic" && breakdown != "period":
		return o, usageErrorf("--by: unknown grouping %q (want speaker, optionally with ,topic or ,period)", f.by)
	case breakdown == "topic" && f.topicModel == "none":
		return o, usageErrorf("--by speaker,topic: needs a topic model (drop --topic-model none)")
	}
	o.Summary.ByTopic = breakdown == "topic"
	if !slices.Contains(tally.Periods, f.period) {
		return o, usageErrorf("--period: unknown period %q (want day, week, month or year)", f.period)
	}
	switch {
	case breakdown == "period":
		o.Summary.Period, o.Summary.ByPeriod, o.Dates = f.period, true, true
	case set["period"] && f.partial:
		o.Dates = true // counted for stance merge --by ...,period
	case set["period"]:
		return o, usageErrorf("--period: only with --by ...,period (or --partial, to count dates for merge)")
	}
	if f.minQuotes < 1 {
		return o, usageErrorf("--min-quotes: %d is not a count of 1 or more", f.minQuotes)
	}
	if f.top < 0 {
		return o, usageErrorf("--top: %d is negative (0 shows all speakers)", f.top)
	}
	switch f.sort {
	case tally.SortQuotes, tally.SortNet, tally.SortName:
	default:
		return o, usageErrorf("--sort: unknown order %q (want quotes, net or name)", f.sort)
	}
	if err := report.CheckFormat(f.format); err != nil {
		return o, usageErrorf("--format: %v", err)
	}
	if f.partial {
		// A partial holds counts only: the table flags apply at merge time.
		var misplaced []string
		for _, name := range []string{"by", "format", "min-quotes", "sort", "top"} {
			if set[name] {
				misplaced = append(misplaced, "--"+name)
			}
		}
		if len(misplaced) > 0 {
			return o, usageErrorf("%s: not used with --partial; give it to stance merge", strings.Join(misplaced, ", "))
		}
	}
	if !(f.minConfidence >= 0 && f.minConfidence < 1) {
		return o, usageErrorf("--min-confidence: %v is not a probability in [0, 1)", f.minConfidence)
	}
	if !(f.topicContext >= 0) {
		return o, usageErrorf("--topic-context: %v is not a weight of 0 or more", f.topicContext)
	}
	if strings.TrimSpace(f.textField) == "" {
		return o, usageErrorf("--text-field: must name a field")
	}
	o.Inputs = f.inputs
	o.Summary.MinQuotes, o.Summary.Top, o.Summary.Sort = f.minQuotes, f.top, f.sort
	o.Format, o.Partial = f.format, f.partial
	o.AllAttributions, o.MinConfidence, o.TopicContext = f.allAttributions, f.minConfidence, f.topicContext
	o.NoTopics = f.topicModel == "none"
	o.TextField, o.IDField, o.DateField, o.Encoding = f.textField, f.idField, f.dateField, f.encoding
	return o, nil
}
