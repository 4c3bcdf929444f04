package main

import (
	"github.com/spf13/pflag"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
)

// inputFlags are the flags of the commands that read articles (quotes,
// classify, analyze): how the corpus is read and how bad documents and
// progress are shown.
type inputFlags struct {
	strict bool
	quiet  bool
}

func addInputFlags(fs *pflag.FlagSet) *inputFlags {
	f := &inputFlags{}
	fs.BoolVar(&f.strict, "strict", false, "stop at the first bad document instead of warning and going on")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "no progress bar")
	return f
}

// open checks the flags and returns the corpus over paths.
func (f *inputFlags) open(e env, paths []string) (*corpus.Corpus, error) {
	return corpus.NewCorpus(paths, e.stdin), nil
}

// pass returns the warnings and progress of one run over src.
func (f *inputFlags) pass(e env, src *corpus.Corpus, verb string) *pass {
	return &pass{strict: f.strict, prog: newProgress(e, f.quiet, verb, "documents"), src: src}
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
		Progress: func(docs int) { ps.prog.update(0, docs) },
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
