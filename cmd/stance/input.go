package main

import (
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
)

// inputFlags are the flags of the commands that read articles (quotes,
// classify, analyze): how the corpus is read and how bad documents and
// progress are shown.
type inputFlags struct {
	opts   corpus.Options
	strict bool
	quiet  bool
}

func addInputFlags(fs *pflag.FlagSet) *inputFlags {
	f := &inputFlags{opts: corpus.DefaultOptions}
	fs.StringVar(&f.opts.TextField, "text-field", f.opts.TextField, "JSONL key or CSV column holding the article `FIELD`")
	fs.StringVar(&f.opts.IDField, "id-field", f.opts.IDField, "JSONL key or CSV column holding the document id (\"\": none)")
	fs.StringVar(&f.opts.DateField, "date-field", f.opts.DateField, "JSONL key or CSV column holding the date (\"\": none)")
	fs.StringVar(&f.opts.StdinFormat, "input-format", "", "`FORMAT` of standard input: "+strings.Join(corpus.Formats, ", ")+" (default: sniffed; CSV is never guessed)")
	fs.StringVar(&f.opts.Encoding, "encoding", "", "character encoding of the input, e.g. utf-8, windows-1252, latin1, utf-16le (default: detected)")
	fs.BoolVar(&f.opts.Dedupe, "dedupe", false, "count each document id once: skip later documents with an id already seen")
	fs.BoolVar(&f.strict, "strict", false, "stop at the first bad document instead of warning and going on")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "no progress bar")
	return f
}

// open checks the flags and returns the corpus over paths, and the pass
// that shows its warnings and progress.
func (f *inputFlags) open(e env, paths []string, verb string) (*corpus.Corpus, *pass, error) {
	o := f.opts
	switch {
	case strings.TrimSpace(o.TextField) == "":
		return nil, nil, usageErrorf("--text-field: must name a field")
	case o.StdinFormat != "" && !slices.Contains(corpus.Formats, o.StdinFormat):
		return nil, nil, usageErrorf("--input-format: unknown format %q (want %s)", o.StdinFormat, strings.Join(corpus.Formats, ", "))
	}
	if err := o.Validate(); err != nil {
		msg := err.Error()
		if _, rest, ok := strings.Cut(msg, "Encoding: "); ok {
			msg = "--encoding: " + rest
		}
		return nil, nil, usageErrorf("%s", msg)
	}
	ps := &pass{strict: f.strict, prog: newProgress(e, f.quiet, verb, "documents")}
	// Notes about documents read all the same (a charset guessed, an id
	// repeated) are warnings that do not change the exit status.
	o.OnWarning = func(err error) { ps.prog.warn("stance: warning: %v\n", err) }
	// The bar shows bytes read of the total when the inputs are files.
	if total, known := corpus.Size(paths); known && total > 0 {
		ps.prog.setTotal(total, true)
	}
	ps.src = corpus.NewCorpusOptions(paths, e.stdin, o)
	return ps.src, ps, nil
}

// A pass is one run over a corpus as the user sees it: a warning per bad
// document (an error with --strict), and a progress bar.
type pass struct {
	strict bool
	prog   *progress
	src    *corpus.Corpus
	bad    int // bad documents reported
}

func (ps *pass) warn(err error) {
	ps.bad++
	label := "warning"
	if ps.strict {
		label = "error"
	}
	ps.prog.warn("stance: %s: %v\n", label, err)
}

// options are the stance.Options of the pass: strictness, warnings and
// progress.
func (ps *pass) options() stance.Options {
	return stance.Options{
		Strict:   ps.strict,
		OnError:  ps.warn,
		Progress: func(docs int) { ps.prog.update(ps.src.BytesRead(), docs) },
	}
}

// done ends the pass: the bar goes, and a run that warned exits 1.
func (ps *pass) done(err error) error {
	ps.prog.finish()
	if err != nil {
		return err
	}
	if ps.bad > 0 {
		return errReported
	}
	return nil
}
