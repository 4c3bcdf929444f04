package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
)

func TestMain(m *testing.M) {
	beamlog.LogLevel = "warn" // as run sets it without -v
	os.Exit(m.Run())
}

var (
	buildOnce sync.Once
	stanceBin string
	buildErr  error
)

// stanceCommand returns the path of the stance command of the main
// module (the repository's, through the replace in go.mod), built once
// for the tests.
func stanceCommand(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build stance with")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "stance-beam-test-")
		if err != nil {
			buildErr = err
			return
		}
		stanceBin = filepath.Join(dir, "stance")
		// Built in the main module, with its own go.mod and go.sum.
		build := exec.Command(goTool, "build", "-o", stanceBin, "./cmd/stance")
		build.Dir = "../../.."
		out, err := build.CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building stance: %v", buildErr)
	}
	return stanceBin
}

// analyze runs stance analyze with args and returns its standard output
// and error.
func analyze(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(stanceCommand(t), append([]string{"analyze"}, args...)...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil && cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("stance analyze %s: %v\n%s", strings.Join(args, " "), err, errOut.String())
	}
	return out.String(), errOut.String()
}

// stanceBeam runs stance-beam with args and returns its standard output and
// error and its exit status.
func stanceBeam(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, &out, &errOut)
	code = exitCode(err, &errOut)
	return out.String(), errOut.String(), code
}

// corpusDir writes a small corpus of several formats and returns its
// directory.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	samples, err := filepath.Glob("../../../data/samples/*")
	if err != nil || len(samples) < 5 {
		t.Fatalf("samples: %v, %d found", err, len(samples))
	}
	var jsonl bytes.Buffer
	for i, p := range samples {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sub := "a"
		if i%2 == 1 {
			sub = "b"
		}
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, sub, filepath.Base(p)), data, 0o644); err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(p, ".jsonl") {
			jsonl.Write(data)
		}
	}
	for range 3 {
		if err := os.WriteFile(filepath.Join(dir, "repeated.jsonl"), bytes.Repeat(jsonl.Bytes(), 3), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestSameAsAnalyze checks that stance-beam writes, byte for byte, what
// stance analyze prints for the same files and flags.
func TestSameAsAnalyze(t *testing.T) {
	corpora := map[string]string{"samples": "../../../data/samples", "several formats": corpusDir(t)}
	flagSets := [][]string{
		{"--format", "json"},
		{"--format", "table"},
		{"--by", "speaker,topic", "--format", "csv"},
		{"--top", "5", "--sort", "net", "--min-quotes", "2", "--format", "markdown"},
		{"--by", "speaker,period", "--period", "year", "--format", "json"},
		{"--topic-model", "none", "--all-attributions", "--min-confidence", "0.6", "--format", "json"},
		{"--topic-context", "0", "--format", "json"},
		{"--partial"},
		{"--partial", "--period", "week"},
	}
	for name, in := range corpora {
		for _, flags := range flagSets {
			t.Run(name+" "+strings.Join(flags, " "), func(t *testing.T) {
				want, _ := analyze(t, append(slices.Clone(flags), in)...)
				out := filepath.Join(t.TempDir(), "summary")
				_, stderr, code := stanceBeam(t, append([]string{"--input", in, "-o", out}, flags...)...)
				if code != 0 {
					t.Fatalf("exit status %d:\n%s", code, stderr)
				}
				got, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != want {
					t.Errorf("stance-beam wrote:\n%s\nstance analyze printed:\n%s", got, want)
				}
			})
		}
	}
}

// TestStdout checks that without --output the summary goes to standard
// output, and the counters to standard error.
func TestStdout(t *testing.T) {
	want, _ := analyze(t, "--top", "3", "../../../data/samples")
	got, stderr, code := stanceBeam(t, "--input", "../../../data/samples", "--top", "3")
	if code != 0 || got != want {
		t.Errorf("exit status %d, standard output:\n%s\nwant 0 and:\n%s", code, got, want)
	}
	if wantErr := "stance-beam: 12 documents, "; !strings.HasPrefix(stderr, wantErr) {
		t.Errorf("standard error = %q, want the counters, starting %q", stderr, wantErr)
	}
}

// TestBadRecords checks that bad records are warned about as stance
// analyze warns, kept in the dead-letter file, and set exit status 1.
func TestBadRecords(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	files := map[string]string{
		"records.jsonl": `{"id": "a", "text": "Mr Jones said: \"We will win.\""}` + "\n" +
			`{"id": "b"}` + "\n" + `{broken` + "\n" + `{"id": "c", "text": "She said the plan failed."}` + "\n",
		"empty.txt":  "",
		"binary.txt": "\x00\x01\x02",
		"good.txt":   `The mayor said: "The bridge opens in May."`,
	}
	for name, data := range files {
		if err := os.MkdirAll(in, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, analyzeErr := analyze(t, "--format", "json", in)
	out := filepath.Join(dir, "summary.json")
	_, stderr, code := stanceBeam(t, "--input", in, "-o", out, "--format", "json")
	if code != 1 {
		t.Errorf("exit status %d, want 1 for bad records", code)
	}
	if got, _ := os.ReadFile(out); string(got) != want {
		t.Errorf("summary:\n%s\nwant:\n%s", got, want)
	}
	warnings := func(stderr, prefix string) []string {
		var w []string
		for line := range strings.Lines(stderr) {
			if rest, ok := strings.CutPrefix(line, prefix+": warning: "); ok {
				w = append(w, strings.TrimSpace(rest))
			}
		}
		slices.Sort(w)
		return w
	}
	gotW, wantW := warnings(stderr, "stance-beam"), warnings(analyzeErr, "stance")
	if len(wantW) != 4 || !slices.Equal(gotW, wantW) {
		t.Errorf("warnings:\n%q\nwant stance analyze's:\n%q", gotW, wantW)
	}
	dead, err := os.ReadFile(out + ".dead-letters.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	wantDead := `{"file":"` + in + `/binary.txt","line":1,"error":"binary data, not text"}` + "\n" +
		`{"file":"` + in + `/empty.txt","error":"empty document"}` + "\n" +
		`{"file":"` + in + `/records.jsonl","line":2,"error":"bad record: missing \"text\" field"}` + "\n"
	if !strings.HasPrefix(string(dead), wantDead) || strings.Count(string(dead), "\n") != 4 {
		t.Errorf("dead letters:\n%s\nwant four, starting:\n%s", dead, wantDead)
	}
	if !strings.Contains(stderr, "4 bad records, listed in "+out+".dead-letters.jsonl") {
		t.Errorf("standard error does not say where the dead letters are:\n%s", stderr)
	}
}

// TestUsageErrors pins the messages of bad flags, which name the flag,
// and their exit status 2.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "--input: no input files (give a glob, a file or a directory)"},
		{[]string{"--input", "x", "extra"}, `unexpected argument "extra": name the inputs with --input`},
		{[]string{"--input", "-"}, "--input: standard input cannot be shared out to workers: give files"},
		{[]string{"--nope"}, "flag provided but not defined: -nope"},
		{[]string{"--input", "x", "--by", "actor"}, `--by: unknown grouping "actor" (want speaker, optionally with ,topic or ,period)`},
		{[]string{"--input", "x", "--by", "group"}, "--by group: rows by group need a codebook: write --partial and give it to stance merge --by group --actors FILE"},
		{[]string{"--input", "x", "--by", "speaker,topic", "--topic-model", "none"}, "--by speaker,topic: needs a topic model (drop --topic-model none)"},
		{[]string{"--input", "x", "--period", "decade", "--by", "speaker,period"}, `--period: unknown period "decade" (want day, week, month or year)`},
		{[]string{"--input", "x", "--period", "year"}, "--period: only with --by ...,period (or --partial, to count dates for merge)"},
		{[]string{"--input", "x", "--min-quotes", "0"}, "--min-quotes: 0 is not a count of 1 or more"},
		{[]string{"--input", "x", "--top", "-1"}, "--top: -1 is negative (0 shows all speakers)"},
		{[]string{"--input", "x", "--sort", "size"}, `--sort: unknown order "size" (want quotes, net or name)`},
		{[]string{"--input", "x", "--format", "xml"}, `--format: unknown format "xml": want table, csv, json, markdown`},
		{[]string{"--input", "x", "--partial", "--top", "3", "--format", "csv"}, "--format, --top: not used with --partial; give it to stance merge"},
		{[]string{"--input", "x", "--min-confidence", "1"}, "--min-confidence: 1 is not a probability in [0, 1)"},
		{[]string{"--input", "x", "--topic-context", "-1"}, "--topic-context: -1 is not a weight of 0 or more"},
		{[]string{"--input", "x", "--text-field", " "}, "--text-field: must name a field"},
		{[]string{"--input", "../../../data/samples", "--encoding", "klingon"}, `--encoding: unknown encoding "klingon" (for example utf-8, windows-1252, iso-8859-1, utf-16le)`},
		{[]string{"--input", "x", "--runner", "flink", "--endpoint", "localhost:8099", "--environment_type", "DOCKER"},
			"--output: needed with --runner flink: the summary is written by a worker, not by this process"},
	}
	// Beam's flags are the SDK's package variables: put them back.
	runner, endpoint, environment := *runners.Runner, *jobopts.Endpoint, *jobopts.EnvironmentType
	defer func() { *runners.Runner, *jobopts.Endpoint, *jobopts.EnvironmentType = runner, endpoint, environment }()
	for _, tt := range tests {
		_, stderr, code := stanceBeam(t, tt.args...)
		want := "stance-beam: " + tt.want + "\nRun 'stance-beam -h' for usage.\n"
		if code != 2 || stderr != want {
			t.Errorf("stance-beam %s: exit status %d, standard error:\n%s\nwant 2 and:\n%s", strings.Join(tt.args, " "), code, stderr, want)
		}
	}
}
