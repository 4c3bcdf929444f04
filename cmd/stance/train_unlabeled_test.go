package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/train"
)

// articleFixture writes news articles with statements for --unlabeled:
// a directory of plain-text articles and a JSONL file of two more. It
// returns the directory, the JSONL file and how many statements the
// extractor finds in them.
func articleFixture(t *testing.T, dir string) (string, string, int) {
	t.Helper()
	arts := filepath.Join(dir, "articles")
	if err := os.Mkdir(arts, 0o755); err != nil {
		t.Fatal(err)
	}
	var texts []string
	for i, s := range []string{
		`"We welcome this splendid plan and support it," said Mayor Anna Berg.`,
		`"We reject this dreadful plan and oppose it," said Tomas Lind, a farmer.`,
		`"The committee will review the plan next week," said Eva Holm, a spokeswoman.`,
	} {
		text := fmt.Sprintf("Article %d\n\n%s\n", i, s)
		texts = append(texts, text)
		if err := os.WriteFile(filepath.Join(arts, fmt.Sprintf("a%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var b strings.Builder
	for _, s := range []string{
		`"We support this marvellous scheme," said Karin Dahl.`,
		`"This awful scheme is a disaster and we reject it," said Olof Berg.`,
	} {
		texts = append(texts, s)
		fmt.Fprintf(&b, "{\"text\": %q}\n", s)
	}
	jsonl := filepath.Join(dir, "more.jsonl")
	if err := os.WriteFile(jsonl, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, text := range texts {
		n += len(quote.Extract(text, stance.StatementOptions))
	}
	if n < 5 {
		t.Fatalf("the extractor finds %d statements in the fixture articles, want at least 5", n)
	}
	return arts, jsonl, n
}

func TestTrainUnlabeled(t *testing.T) {
	dir := t.TempDir()
	data := noisyFixture(t, dir)
	arts, jsonl, n := articleFixture(t, dir)
	noStatements := filepath.Join(dir, "plain.txt")
	os.WriteFile(noStatements, []byte("The weather was fine.\n"), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	model := filepath.Join(dir, "m.model")
	trainArgs := func(extra ...string) []string {
		return append([]string{"train", "--label", "stance", "--kfold", "3", "-q", "-o", model, data}, extra...)
	}
	tests := []struct {
		name       string
		args       []string
		code       int
		stdout     []string // substrings
		stderr     []string // substrings; exact when usage is set
		usage      bool
		unlabeled  int // statements the model learned from; 0: no model check
		wantLambda float64
	}{
		{name: "weight chosen by cross-validation", args: trainArgs("--unlabeled", arts, "--unlabeled", jsonl), code: 0,
			stdout: []string{
				fmt.Sprintf("EM over %d unlabeled statements: weight ", n), " (chosen by 3-fold cross-validation among 7), ",
				"\nweights tried, cross-validated macro-F1: 0.001 0.", " 1 0.",
				"\nwithout the unlabeled statements, the same cross-validation: macro-F1 ", "wrote " + model},
			unlabeled: n},
		{name: "fixed weight, comma list", args: trainArgs("--unlabeled", arts+","+jsonl, "--unlabeled-weight", "0.5", "--em-iterations", "2"), code: 0,
			stdout:    []string{fmt.Sprintf("EM over %d unlabeled statements: weight 0.5, ", n), "wrote " + model},
			unlabeled: n, wantLambda: 0.5},
		{name: "no statements", args: trainArgs("--unlabeled", noStatements), code: 0,
			stderr: []string{"stance: warning: --unlabeled: no statements in 1 document(s); training on the labeled examples only\n"}},
		{name: "missing article", args: trainArgs("--unlabeled", arts, "--unlabeled", missing, "--unlabeled-weight", "0.5"), code: 1,
			stderr: []string{"stance: warning: ", "missing.txt"}, unlabeled: n - 2, wantLambda: 0.5},
		{name: "missing article, strict", args: trainArgs("--strict", "--unlabeled", missing), code: 1,
			stderr: []string{"stance: error: ", "missing.txt"}},
		{name: "weight zero", args: trainArgs("--unlabeled", arts, "--unlabeled-weight", "0"), code: 2, usage: true,
			stderr: []string{"stance: --unlabeled-weight: want auto or a weight in (0, 1], not \"0\"\nRun 'stance train -h' for usage.\n"}},
		{name: "weight not a number", args: trainArgs("--unlabeled", arts, "--unlabeled-weight", "half"), code: 2, usage: true,
			stderr: []string{"stance: --unlabeled-weight: want auto or a weight in (0, 1], not \"half\"\nRun 'stance train -h' for usage.\n"}},
		{name: "no iterations", args: trainArgs("--unlabeled", arts, "--em-iterations", "0"), code: 2, usage: true,
			stderr: []string{"stance: --em-iterations: want 1 to 1000, not 0\nRun 'stance train -h' for usage.\n"}},
		{name: "weight without unlabeled", args: trainArgs("--unlabeled-weight", "0.5"), code: 2, usage: true,
			stderr: []string{"stance: --unlabeled-weight: needs --unlabeled PATH\nRun 'stance train -h' for usage.\n"}},
		{name: "iterations without unlabeled", args: trainArgs("--em-iterations", "3"), code: 2, usage: true,
			stderr: []string{"stance: --em-iterations: needs --unlabeled PATH\nRun 'stance train -h' for usage.\n"}},
		{name: "library method", args: trainArgs("--unlabeled", arts, "--method", "jbrukh", "--alpha", "1", "--weighting", "count"), code: 2, usage: true,
			stderr: []string{"stance: --unlabeled: method jbrukh cannot learn from unlabeled statements (use --method multinomial or complement)\nRun 'stance train -h' for usage.\n"}},
		{name: "standard input twice", args: []string{"train", "--label", "stance", "-o", model, "--unlabeled", "-", "-"}, code: 2, usage: true,
			stderr: []string{"stance: --unlabeled: standard input (-) is already the labeled data\nRun 'stance train -h' for usage.\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(model)
			code, stdout, stderr := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout, stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout)
				}
			}
			for _, s := range tt.stderr {
				if tt.usage && stderr != s || !strings.Contains(stderr, s) {
					t.Errorf("stderr\n got %q\nwant %q", stderr, s)
				}
			}
			if tt.unlabeled == 0 {
				return
			}
			c, err := train.LoadModel(model)
			if err != nil {
				t.Fatal(err)
			}
			em := c.Meta().EM
			if em == nil || em.Unlabeled != tt.unlabeled || tt.wantLambda != 0 && em.Lambda != tt.wantLambda {
				t.Errorf("model EM metadata %+v, want %d unlabeled statements (lambda %v)", em, tt.unlabeled, tt.wantLambda)
			}
		})
	}
}
