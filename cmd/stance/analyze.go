package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/stancekit/stancekit/cmd/stance/internal/report"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
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
	d := stance.DefaultSummaryOptions
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
func (f *summaryFlags) options() (stance.SummaryOptions, error) {
	opts := stance.DefaultSummaryOptions
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
	case stance.SortQuotes, stance.SortNet, stance.SortName:
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
func (f *summaryFlags) write(e env, p *stance.Partial, opts stance.SummaryOptions) error {
	return writeOutput(*f.output, e.stdout, func(w io.Writer) error {
		if *f.partial {
			_, err := p.WriteTo(w)
			return err
		}
		s, err := stance.Summarize(p, opts)
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
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
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
	var tm *stance.Classifier
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
		stance: sm, topic: tm, extract: stance.DefaultExtractOptions,
		workers: *workers, strict: *strict,
		stderr: e.stderr, progress: e.stderrTerminal && !*quiet,
	}
	corpus := stance.NewCorpus(fs.Args(), e.stdin)
	defer corpus.Close()
	p, err := a.run(ctx, corpus)
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
func loadModel(flagName, path string, embedded func() (*stance.Classifier, error)) (*stance.Classifier, error) {
	if path == "" {
		return embedded()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flagName, err)
	}
	defer f.Close()
	c, err := stance.ReadModel(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", flagName, path, err)
	}
	return c, nil
}

// An analysis is one streaming pass over a corpus: a reader goroutine
// feeds documents to workers that extract and classify statements, and
// the calling goroutine adds their observations to a Partial. A Partial
// does not depend on the order documents are added in, so results are
// taken as they come, with no reordering buffer: memory is bounded by the
// channel capacities (a few documents per worker) and the per-speaker
// counts, whatever the corpus size.
type analysis struct {
	stance, topic *stance.Classifier // topic may be nil
	extract       stance.ExtractOptions
	workers       int
	strict        bool
	stderr        io.Writer
	progress      bool // show a progress bar on stderr for long runs

	bad       int // bad documents warned about
	bar       *progressbar.ProgressBar
	described time.Time // when the bar's description was last updated
}

// progressDelay is how long a run goes before it shows a progress bar.
const progressDelay = time.Second

// item is what the aggregator receives: one document's observations, or
// a bad document from the reader.
type item struct {
	obs []stance.Observation
	err error
}

func (a *analysis) run(ctx context.Context, corpus *stance.Corpus) (*stance.Partial, error) {
	var topicLabels []string
	if a.topic != nil {
		topicLabels = a.topic.Labels()
	}
	p := stance.NewPartial(a.stance.Labels(), topicLabels)

	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	docs := make(chan *stance.Document, a.workers)
	items := make(chan item, 2*a.workers)
	var readErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // reader
		defer wg.Done()
		defer close(docs)
		for {
			doc, err := corpus.Next()
			if err == io.EOF {
				return
			}
			var de *stance.DocError
			switch {
			case errors.As(err, &de):
				select {
				case items <- item{err: err}:
					continue
				case <-ctx.Done():
					return
				}
			case err != nil:
				readErr = err
				return
			}
			select {
			case docs <- doc:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range a.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for doc := range docs {
				select {
				case items <- item{obs: a.observe(doc)}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(items) }()

	start := time.Now()
	var err error
	for it := range items {
		if err != nil {
			continue // drain until the goroutines have stopped
		}
		if it.err != nil {
			a.bad++
			a.warn(it.err)
			if a.strict {
				err = errReported
				cancel()
			}
			continue
		}
		p.AddDocument(it.obs)
		a.tick(start, p.Documents)
	}
	a.finish()
	switch {
	case err != nil:
		return nil, err
	case parent.Err() != nil:
		return nil, parent.Err()
	case readErr != nil:
		return nil, fmt.Errorf("reading input: %w", readErr)
	}
	return p, nil
}

// observe extracts and classifies the statements of doc. Unattributed
// statements are counted but not classified: no speaker row uses them.
func (a *analysis) observe(doc *stance.Document) []stance.Observation {
	quotes := stance.Extract(doc, a.extract)
	obs := make([]stance.Observation, len(quotes))
	for i, q := range quotes {
		if strings.TrimSpace(q.Speaker) == "" {
			continue
		}
		var topic stance.Prediction
		if a.topic != nil {
			topic = a.topic.Predict(q.Text)
		}
		obs[i] = stance.Observe(q, a.stance.Predict(q.Text), topic)
	}
	return obs
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
