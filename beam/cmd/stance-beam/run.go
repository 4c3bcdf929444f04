package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"

	// The runners --runner names, and the file systems --input reads.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"

	"github.com/stancekit/stancekit/beam/pipeline"
)

// maxWarnings is how many dead letters are printed as warnings; the
// dead-letter file has them all.
const maxWarnings = 10

// run is the whole program; main only maps its error to an exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, f := newFlagSet()
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			f.usage(stdout)
			return nil
		}
		return usageError{msg: err.Error()}
	}
	if !beam.Initialized() {
		if !f.verbose {
			beamlog.LogLevel = "warn" // prism logs every job and worker at the info level
		}
		// On a worker of a cluster (--worker), this runs the SDK harness
		// and does not return.
		beam.Init()
	}
	if fs.NArg() > 0 {
		return usageErrorf("unexpected argument %q: name the inputs with --input", fs.Arg(0))
	}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	o, err := f.options(set)
	if err != nil {
		return err
	}
	runner := *runners.Runner
	if runner == "" {
		runner = "prism"
	}

	// Without --output the summary is written to a temporary file and
	// copied to standard output, which only works when the workers run
	// in this process.
	toStdout := f.output == "" || f.output == "-"
	var tmp string
	if toStdout {
		inProcess := strings.EqualFold(*jobopts.EnvironmentType, "loopback") ||
			*jobopts.Endpoint == "" && (runner == "prism" || runner == "PrismRunner")
		if !inProcess {
			return usageErrorf("--output: needed with --runner %s: the summary is written by a worker, not by this process", runner)
		}
		if tmp, err = os.MkdirTemp("", "stance-beam-"); err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
	}
	o.Output, o.DeadLetters = f.output, f.deadLetters
	if toStdout {
		o.Output = filepath.Join(tmp, "summary")
	}
	if o.DeadLetters == "" {
		o.DeadLetters = o.Output + ".dead-letters.jsonl"
	}
	if o.StanceModel, err = readModel(ctx, "--stance-model", f.stanceModel); err != nil {
		return err
	}
	if !o.NoTopics {
		if o.TopicModel, err = readModel(ctx, "--topic-model", f.topicModel); err != nil {
			return err
		}
	}
	if err := o.Validate(); err != nil {
		if _, rest, ok := strings.Cut(err.Error(), "Encoding: "); ok {
			return usageErrorf("--encoding: %s", rest)
		}
		return err
	}
	for _, in := range o.Inputs {
		if err := checkInput(in); err != nil {
			return err
		}
	}
	p, err := pipeline.New(ctx, o)
	if err != nil {
		return flagNames(err)
	}
	res, err := beam.Run(ctx, runner, p)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	counts := pipeline.Metrics(res)
	if counts.BadRecords > 0 {
		printDeadLetters(stderr, o.DeadLetters, counts.BadRecords, f.deadLetters == "" && toStdout)
	}
	fmt.Fprintf(stderr, "stance-beam: %d documents, %d statements (%d unattributed), %d speakers; %d bad records, %d warnings\n",
		counts.Documents, counts.Statements, counts.Unattributed, counts.Speakers, counts.BadRecords, counts.Warnings)
	if toStdout {
		if err := copyFile(stdout, o.Output); err != nil {
			return err
		}
	}
	if counts.BadRecords > 0 {
		return errReported
	}
	return nil
}

// readModel reads a model file, local or on a Beam file system; "" is the
// embedded default (nil).
func readModel(ctx context.Context, flagName, path string) ([]byte, error) {
	if path == "" {
		return nil, nil
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flagName, err)
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flagName, err)
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", flagName, path, err)
	}
	return data, nil
}

// checkInput refuses a local path without a wildcard that does not
// exist: Beam would fail the job for it once started.
func checkInput(path string) error {
	if path == "-" {
		return usageErrorf("--input: standard input cannot be shared out to workers: give files")
	}
	if strings.Contains(path, "://") || strings.ContainsAny(path, "*?[") {
		return nil
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("--input: %w", err)
	}
	return nil
}

// flagNames names the flags in the pipeline's messages about models.
func flagNames(err error) error {
	msg := err.Error()
	for field, name := range map[string]string{"StanceModel: ": "--stance-model: ", "TopicModel: ": "--topic-model: "} {
		if strings.HasPrefix(msg, field) {
			return errors.New(name + strings.TrimPrefix(msg, field))
		}
	}
	return err
}

// printDeadLetters prints the first dead letters as stance analyze prints
// warnings, and where the others are.
func printDeadLetters(w io.Writer, path string, n int64, temporary bool) {
	printed := int64(0)
	if f, err := os.Open(path); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for printed < maxWarnings && sc.Scan() {
			var d pipeline.DeadLetter
			if json.Unmarshal(sc.Bytes(), &d) == nil {
				fmt.Fprintf(w, "stance-beam: warning: %v\n", d)
				printed++
			}
		}
		f.Close()
	}
	switch {
	case !temporary:
		fmt.Fprintf(w, "stance-beam: %d bad records, listed in %s\n", n, path)
	case printed < n:
		fmt.Fprintf(w, "stance-beam: %d more bad records (give --dead-letters FILE to keep them all)\n", n-printed)
	}
}

func copyFile(w io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}
