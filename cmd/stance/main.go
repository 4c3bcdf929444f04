package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
)

// version is the toolkit's version, printed by "stance version".
const version = "0.1.0"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// env is what a command sees of the outside world.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// stderrTerminal is true when stderr is a terminal (progress bars).
	stderrTerminal bool
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e env, args []string) error
}

func commands() []command {
	return []command{
		{"quotes", "extract and attribute statements", runQuotes},
		{"train", "train a naive Bayes stance or topic model", runTrain},
		{"eval", "score a model on labeled data", runEval},
		{"classify", "classify every extracted statement", runClassify},
		{"analyze", "per-speaker stance tables", runAnalyze},
		{"merge", "merge partial results of analyze --partial", runMerge},
		{"version", "print the version", runVersion},
	}
}

// run is the whole program; main only maps its error to an exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr, stderrTerminal: isTerminal(stderr)}
	if len(args) == 0 {
		printUsage(stderr)
		return usageErrorf("no command given")
	}
	name := args[0]
	if name == "-h" || name == "-help" || name == "--help" || name == "help" {
		printUsage(stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, e, args[1:])
		}
	}
	printUsage(stderr)
	return usageErrorf("unknown command %q", name)
}

func printUsage(w io.Writer) {
	fmt.Fprintf(w, "stance: who said what, and where do they stand?\n\nUsage: stance COMMAND [flags] [PATH...]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun \"stance COMMAND -h\" for a command's flags.\n")
}

func runVersion(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("version", "", e)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "stance %s\n", version)
	return nil
}

// usageError marks errors that should exit with status 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usageErrorf(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// errReported means the command already printed its problems (for example,
// warnings about bad files) and only the exit status remains to be set.
var errReported = errors.New("errors were reported")

// newFlagSet returns a flag set for a subcommand that reports its own
// errors through parseFlags instead of exiting.
func newFlagSet(name, argsUsage string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet("stance "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: stance %s [flags] %s\n\nFlags:\n", name, argsUsage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors and -h into
// a clean exit.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return usageError{err.Error()}
	}
	return nil
}

// checkFormat returns a usage error naming the --format flag unless format
// is one of allowed.
func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	want := strings.Join(allowed, ", ")
	if i := strings.LastIndex(want, ", "); i >= 0 {
		want = want[:i] + " or " + want[i+2:]
	}
	return usageErrorf("--format: unknown format %q (want %s)", format, want)
}

// needPaths returns a usage error, after the usage, when no input path was given.
func needPaths(fs *flag.FlagSet, command string) error {
	if fs.NArg() > 0 {
		return nil
	}
	fs.Usage()
	return usageErrorf("%s: no input paths (use - for standard input)", command)
}

// errHelp is returned after -h printed the usage: exit 0.
var errHelp = errors.New("help shown")

func exitCode(err error, stderr io.Writer) int {
	var u usageError
	switch {
	case err == nil, errors.Is(err, errHelp):
		return 0
	case errors.As(err, &u):
		fmt.Fprintf(stderr, "stance: %v\n", err)
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		fmt.Fprintf(stderr, "stance: %v\n", err)
		return 1
	}
}
