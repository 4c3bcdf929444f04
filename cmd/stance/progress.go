package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressDelay is how long a run goes before it shows a progress bar, so
// quick runs print nothing.
const progressDelay = time.Second

// A progress is the progress bar of a long command on stderr. It appears
// after progressDelay, and only when stderr is a terminal and --quiet was
// not given. With a known total (bytes of input, folds, examples) it shows
// a percentage and the time left; without one, a count and a rate.
// Warnings go through warn, which clears the bar first so lines never
// mix. A progress is safe for concurrent use: warnings about input can
// come from the goroutine that reads it.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	verb  string // what is being done: "analyzing"
	unit  string // what count counts: "documents"
	start time.Time

	total int64 // of the measure update gets; 0 when unknown
	bytes bool  // the measure is bytes

	bar   *progressbar.ProgressBar
	drawn time.Time // when the bar was last drawn
}

func newProgress(e env, quiet bool, verb, unit string) *progress {
	return &progress{w: e.stderr, on: e.stderrTerminal && !quiet, verb: verb, unit: unit, start: time.Now()}
}

// setTotal sets the total of the measure update is given: bytes when
// isBytes, else units of work. It must be called before the bar appears.
func (p *progress) setTotal(total int64, isBytes bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total, p.bytes = total, isBytes
}

// update shows that done of the total (or, without a total, count units)
// are done; count is the number of units behind done, for the
// description.
func (p *progress) update(done int64, count int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.on {
		return
	}
	if p.bar == nil {
		// Made now but drawn only after progressDelay: the bar's clock,
		// which gives the rate and the time left, starts with the run.
		p.bar = p.newBar()
		p.bar.StartWithoutRender()
	}
	now := time.Now()
	elapsed := now.Sub(p.start)
	if elapsed < progressDelay || now.Sub(p.drawn) < 100*time.Millisecond {
		return
	}
	p.drawn = now
	desc := fmt.Sprintf("%s: %d %s", p.verb, count, p.unit)
	if p.total <= 0 || p.bytes {
		desc += fmt.Sprintf(", %.0f/s", float64(count)/elapsed.Seconds())
	}
	// Set draws the bar (throttled by the check above), Describe again
	// with the new description.
	if p.total > 0 {
		p.bar.Set64(min(done, p.total))
	} else {
		p.bar.Set(count)
	}
	p.bar.Describe(desc)
}

func (p *progress) newBar() *progressbar.ProgressBar {
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetElapsedTime(false),
	}
	if p.total <= 0 {
		opts = append(opts, progressbar.OptionShowCount(), progressbar.OptionSpinnerType(14))
		return progressbar.NewOptions64(-1, opts...)
	}
	// A known total: percentage, a bar, and [elapsed:left].
	opts = append(opts,
		progressbar.OptionSetWidth(20),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionShowBytes(p.bytes),
	)
	if !p.bytes {
		opts = append(opts, progressbar.OptionShowCount())
	}
	return progressbar.NewOptions64(p.total, opts...)
}

// warn prints a line on stderr, clearing the bar first.
func (p *progress) warn(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clearLocked()
	fmt.Fprintf(p.w, format, args...)
}

// clear removes the bar from the screen; the next update draws it again.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clearLocked()
}

func (p *progress) clearLocked() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

// finish removes the bar for good. It is safe to call more than once.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
		p.bar = nil
	}
	p.on = false
}
