package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/stancekit/stancekit/internal/report"
)

// version is the toolkit's version, printed by "stance version" and
// "stance --version".
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
	// width is the width tables are fitted to: the terminal's when
	// standard output is one, else defaultWidth.
	width int
}

// defaultWidth is the table width when standard output is not a terminal.
const defaultWidth = report.DefaultWidth

// widthFor is the width of tables written to path (-o): the terminal's
// for standard output, else defaultWidth.
func (e env) widthFor(path string) int {
	if path == "" || path == "-" {
		return e.width
	}
	return defaultWidth
}

// run is the whole program; main only maps its error to an exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr, stderrTerminal: isTerminal(stderr), width: terminalWidth(stdout, defaultWidth)}
	root := newRoot(e)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	var u usageError
	if errors.As(err, &u) && u.cmd == "" {
		u.cmd = cmd.CommandPath()
		return u
	}
	return err
}

// newRoot builds the command tree: one cobra command per subcommand, with
// cobra's help, --version and shell completion (stance completion bash).
func newRoot(e env) *cobra.Command {
	root := &cobra.Command{
		Use:   "stance",
		Short: "who said what, and where do they stand?",
		Long: `stance: who said what, and where do they stand?

Every command reads files, directories (walked for .txt, .html/.htm,
.jsonl/.ndjson/.json and .csv, also gzipped) and "-" for standard input.
A bad file or record is a warning naming the file and line; the other
documents are processed. Exit status: 0 on success, 1 on error or when a
document was bad, 2 on a usage error, 130 when interrupted.`,
		Version:       version,
		SilenceErrors: true,
		SilenceUsage:  true,
		// Without a subcommand: a usage error, or an unknown command.
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("no command given")
			}
			msg := fmt.Sprintf("unknown command %q", args[0])
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				msg += fmt.Sprintf(" (did you mean %s?)", strings.Join(s, ", "))
			}
			return usageError{msg: msg}
		},
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetVersionTemplate("stance {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return usageError{msg: err.Error()}
	})
	root.SuggestionsMinimumDistance = 2
	for _, c := range commands(e) {
		root.AddCommand(c)
	}
	root.InitDefaultCompletionCmd()
	return root
}

// commands are the subcommands, in the order of the manual.
func commands(e env) []*cobra.Command {
	return []*cobra.Command{
		quotesCommand(e),
		trainCommand(e),
		evalCommand(e),
		classifyCommand(e),
		analyzeCommand(e),
		mergeCommand(e),
		actorsCommand(e),
		reportCommand(e),
		plotCommand(e),
		versionCommand(e),
	}
}

// newCommand returns a subcommand with the conventions every command
// shares: flags anywhere on the line ("--" ends them), errors returned
// instead of printed, and a usage error for a flag error.
func newCommand(use, short string, run func(cmd *cobra.Command, args []string) error) *cobra.Command {
	c := &cobra.Command{
		Use:           use,
		Short:         short,
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE:          run,
	}
	c.Flags().SortFlags = false
	return c
}

func versionCommand(e env) *cobra.Command {
	return newCommand("version", "print the version", func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usageErrorf("version: takes no arguments")
		}
		fmt.Fprintf(e.stdout, "stance %s\n", version)
		return nil
	})
}

// usageError marks errors that should exit with status 2. cmd, the
// command's path ("stance quotes"), points the user to its help.
type usageError struct {
	msg string
	cmd string
}

func (u usageError) Error() string { return u.msg }

func usageErrorf(format string, args ...any) error {
	return usageError{msg: fmt.Sprintf(format, args...)}
}

// errReported means the command already printed its problems (for example,
// warnings about bad files) and only the exit status remains to be set.
var errReported = errors.New("errors were reported")

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

// needPaths returns a usage error when no input path was given.
func needPaths(args []string, command string) error {
	if len(args) > 0 {
		return nil
	}
	return usageErrorf("%s: no input paths (use - for standard input)", command)
}

// outputFlag declares -o/--output, taken by every command that writes.
func outputFlag(fs *pflag.FlagSet, what string) *string {
	return fs.StringP("output", "o", "", "write "+what+" to `FILE` (atomically, mode 0644) instead of standard output")
}

// quietFlag declares -q/--quiet, which turns off the progress bar.
func quietFlag(fs *pflag.FlagSet) *bool {
	return fs.BoolP("quiet", "q", false, "no progress bar")
}

// exitInterrupted is the status after Ctrl-C, as shells report a SIGINT.
const exitInterrupted = 130

func exitCode(err error, stderr io.Writer) int {
	var u usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "stance: interrupted\n")
		return exitInterrupted
	case errors.As(err, &u):
		fmt.Fprintf(stderr, "stance: %v\n", err)
		if u.cmd != "" {
			fmt.Fprintf(stderr, "Run '%s -h' for usage.\n", u.cmd)
		}
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		fmt.Fprintf(stderr, "stance: %v\n", err)
		return 1
	}
}
