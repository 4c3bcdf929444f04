package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// usageError marks errors that exit with status 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usageErrorf(format string, args ...any) error {
	return usageError{msg: fmt.Sprintf(format, args...)}
}

// errReported means the problems were printed (bad records) and only the
// exit status remains to be set.
var errReported = errors.New("errors were reported")

// exitInterrupted is the exit status after Ctrl-C, 128 + SIGINT.
const exitInterrupted = 130

func exitCode(err error, stderr io.Writer) int {
	var u usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "stance-beam: interrupted\n")
		return exitInterrupted
	case errors.As(err, &u):
		fmt.Fprintf(stderr, "stance-beam: %v\nRun 'stance-beam -h' for usage.\n", err)
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		fmt.Fprintf(stderr, "stance-beam: %v\n", err)
		return 1
	}
}
