package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConventions pins the command-line conventions users bring from gh,
// kubectl and ripgrep: flags anywhere, "--" ends them, --version, shell
// completion, and one-line usage errors that point to -h.
func TestConventions(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("\"We will build the bridge,\" said Mayor Anna Berg.\n"), 0o644)
	dash := filepath.Join(dir, "--top")
	os.WriteFile(dash, []byte("\"The bridge is a mistake,\" said Tomas Lind, a farmer.\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string // substrings
		stderr string   // exact
	}{
		{name: "flags after paths", args: []string{"analyze", good, "--top", "5", "--quiet", "--format", "csv"}, code: 0,
			stdout: []string{"speaker,", "Anna Berg,"}},
		{name: "short flags after paths", args: []string{"quotes", good, "-q", "--format=jsonl"}, code: 0,
			stdout: []string{`"speaker":"Anna Berg"`}},
		{name: "double dash ends flags", args: []string{"quotes", "--format", "jsonl", "--", dash}, code: 0,
			stdout: []string{`"speaker":"Tomas Lind"`}},
		{name: "version flag", args: []string{"--version"}, code: 0, stdout: []string{"stance " + version + "\n"}},
		{name: "version command", args: []string{"version"}, code: 0, stdout: []string{"stance " + version + "\n"}},
		{name: "help", args: []string{"--help"}, code: 0, stdout: []string{"Available Commands:", "analyze", "completion"}},
		{name: "help command", args: []string{"help", "quotes"}, code: 0, stdout: []string{"Usage:\n  stance quotes [flags] PATH..."}},
		{name: "bash completion", args: []string{"completion", "bash"}, code: 0, stdout: []string{"bash completion", "__start_stance"}},
		{name: "zsh completion", args: []string{"completion", "zsh"}, code: 0, stdout: []string{"#compdef stance"}},
		{name: "fish completion", args: []string{"completion", "fish"}, code: 0, stdout: []string{"complete -c stance"}},
		{name: "no command", args: nil, code: 2, stderr: "stance: no command given\nRun 'stance -h' for usage.\n"},
		{name: "unknown command", args: []string{"analyse"}, code: 2,
			stderr: "stance: unknown command \"analyse\" (did you mean analyze?)\nRun 'stance -h' for usage.\n"},
		{name: "unknown flag", args: []string{"analyze", "--tops", "3", good}, code: 2,
			stderr: "stance: unknown flag: --tops\nRun 'stance analyze -h' for usage.\n"},
		{name: "bad flag value", args: []string{"analyze", "--top", "many", good}, code: 2,
			stderr: "stance: invalid argument \"many\" for \"--top\" flag: strconv.ParseInt: parsing \"many\": invalid syntax\nRun 'stance analyze -h' for usage.\n"},
		{name: "train without label", args: []string{"train", "-o", filepath.Join(dir, "m.model"), good}, code: 2,
			stderr: "stance: train: --label is required (the field holding the class, e.g. stance or topic)\nRun 'stance train -h' for usage.\n"},
		{name: "train without output", args: []string{"train", "--label", "stance", good}, code: 2,
			stderr: "stance: train: -o MODEL is required\nRun 'stance train -h' for usage.\n"},
		{name: "eval without model", args: []string{"eval", "--label", "stance", good}, code: 2,
			stderr: "stance: eval: --model is required\nRun 'stance eval -h' for usage.\n"},
		{name: "quotes without paths", args: []string{"quotes", "--format", "csv"}, code: 2,
			stderr: "stance: quotes: no input paths (use - for standard input)\nRun 'stance quotes -h' for usage.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", code, tt.code, stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout)
				}
			}
			if tt.stdout != nil && stderr != "" {
				t.Errorf("stderr = %q, want nothing", stderr)
			}
			if tt.stdout == nil && stderr != tt.stderr {
				t.Errorf("stderr = %q, want %q", stderr, tt.stderr)
			}
		})
	}
}

// TestOutputFlag checks that every command that writes takes -o, writes
// the file with mode 0644, and prints nothing on standard output.
func TestOutputFlag(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("\"We will build the bridge,\" said Mayor Anna Berg.\n"), 0o644)
	data := labeledFixture(t, dir)
	model := filepath.Join(dir, "m.model")
	part := filepath.Join(dir, "part.json")
	tests := []struct {
		name string
		args []string
		file string
		want string // in the file
	}{
		{"train", []string{"train", "--label", "stance", "-o", model, data}, model, "stancekit-model"},
		{"quotes", []string{"quotes", "--format", "jsonl", "-o", filepath.Join(dir, "q.jsonl"), good}, filepath.Join(dir, "q.jsonl"), `"speaker":"Anna Berg"`},
		{"classify", []string{"classify", "--format", "csv", "--output", filepath.Join(dir, "c.csv"), good}, filepath.Join(dir, "c.csv"), "Anna Berg"},
		{"eval", []string{"eval", "--model", model, "--label", "stance", "-o", filepath.Join(dir, "e.txt"), data}, filepath.Join(dir, "e.txt"), "macro-F1"},
		{"analyze", []string{"analyze", "--format", "csv", "-o", filepath.Join(dir, "a.csv"), good}, filepath.Join(dir, "a.csv"), "Anna Berg"},
		{"analyze partial", []string{"analyze", "--partial", "-o", part, good}, part, "stance-partial"},
		{"merge", []string{"merge", "--format", "markdown", "-o", filepath.Join(dir, "m.md"), part}, filepath.Join(dir, "m.md"), "Anna Berg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", tt.args...)
			if code > 1 { // the labeled fixture has bad records on purpose
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if tt.name != "train" && stdout != "" {
				t.Errorf("stdout = %q, want nothing with -o", stdout)
			}
			fi, err := os.Stat(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != 0o644 {
				t.Errorf("mode %v, want 0644", fi.Mode().Perm())
			}
			b, _ := os.ReadFile(tt.file)
			if !bytes.Contains(b, []byte(tt.want)) {
				t.Errorf("%s lacks %q:\n%s", tt.file, tt.want, b)
			}
		})
	}
}

// TestInterrupted checks that a run stopped by Ctrl-C (its context
// cancelled) says so and exits 130, and leaves no partial output file.
func TestInterrupted(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("\"We will build the bridge,\" said Mayor Anna Berg.\n"), 0o644)
	out := filepath.Join(dir, "out.jsonl")
	for _, args := range [][]string{
		{"quotes", "--format", "jsonl", "-o", out, good},
		{"analyze", "-o", out, good},
		{"classify", "-o", out, good},
	} {
		t.Run(args[0], func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var o, e bytes.Buffer
			code := exitCode(run(ctx, args, strings.NewReader(""), &o, &e), &e)
			if code != 130 || e.String() != "stance: interrupted\n" {
				t.Errorf("exit %d, stderr %q; want 130 and \"stance: interrupted\\n\"", code, e.String())
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("an interrupted run left %s", out)
			}
		})
	}
}

// TestMain lets a test run the real program in a child process: with
// STANCE_TEST_MAIN=1 the test binary is the stance command.
func TestMain(m *testing.M) {
	if os.Getenv("STANCE_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// TestSIGINT sends a real SIGINT to a long run: the program must stop,
// say "interrupted" and exit 130.
func TestSIGINT(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process; skipped with -short")
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "big.jsonl")
	var b strings.Builder
	for i := range 200000 {
		fmt.Fprintf(&b, "{\"id\":\"d%d\",\"text\":\"\\\"We will build bridge %d by spring,\\\" said Mayor Anna Berg. Critics said the plan was too costly.\"}\n", i, i)
	}
	os.WriteFile(big, []byte(b.String()), 0o644)
	cmd := exec.Command(os.Args[0], "analyze", "--quiet", big)
	cmd.Env = append(os.Environ(), "STANCE_TEST_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 130 {
		t.Fatalf("exit: %v, want status 130; stderr %q", err, stderr.String())
	}
	if stderr.String() != "stance: interrupted\n" {
		t.Errorf("stderr = %q, want \"stance: interrupted\\n\"", stderr.String())
	}
}
