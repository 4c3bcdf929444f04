package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/train"
)

// labeledFixture writes a small labeled JSONL file with one bad line and
// one line missing its label, and returns its path.
func labeledFixture(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for i := range 12 {
		b.WriteString(`{"text": "We support and welcome the plan ` + strings.Repeat("x", i) + `", "stance": "support"}` + "\n")
		b.WriteString(`{"text": "We reject and oppose the plan ` + strings.Repeat("y", i) + `", "stance": "oppose"}` + "\n")
	}
	b.WriteString("{broken\n")
	b.WriteString(`{"text": "no label here"}` + "\n")
	path := filepath.Join(dir, "labeled.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// noisyFixture writes labeled JSONL in which every fifth text carries the
// other class's words, so out-of-fold predictions are mostly but not
// always right and a probability temperature can be fitted.
func noisyFixture(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for i := range 40 {
		label, words := "support", "support and welcome"
		if i%2 == 1 {
			label, words = "oppose", "reject and oppose"
		}
		if i%5 == 0 {
			words = map[string]string{"support and welcome": "reject and oppose", "reject and oppose": "support and welcome"}[words]
		}
		fmt.Fprintf(&b, "{\"text\": \"We %s the plan %d\", \"stance\": %q}\n", words, i, label)
	}
	path := filepath.Join(dir, "noisy.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestTrainEvalCommands(t *testing.T) {
	dir := t.TempDir()
	data := labeledFixture(t, dir)
	model := filepath.Join(dir, "m.model")
	one := filepath.Join(dir, "one.jsonl")
	os.WriteFile(one, []byte(`{"text": "a", "stance": "x"}`+"\n"+`{"text": "b", "stance": "x"}`+"\n"), 0o644)
	empty := filepath.Join(dir, "empty.jsonl")
	os.WriteFile(empty, nil, 0o644)
	few := filepath.Join(dir, "few.jsonl")
	os.WriteFile(few, []byte(`{"text": "yes", "stance": "support"}`+"\n"+`{"text": "no", "stance": "oppose"}`+"\n"), 0o644)

	tests := []struct {
		name       string
		args       []string
		code       int
		stdout     []string // substrings
		stderr     []string
		wroteModel bool
	}{
		{name: "no label", args: []string{"train", "-o", model, data}, code: 2,
			stderr: []string{"stance: train: --label is required (the field holding the class, e.g. stance or topic)"}},
		{name: "no output", args: []string{"train", "--label", "stance", data}, code: 2, stderr: []string{"stance: train: -o MODEL is required"}},
		{name: "bad alpha", args: []string{"train", "--label", "stance", "--alpha", "-1", "-o", model, data}, code: 2,
			stderr: []string{"stance: invalid options: alpha must be positive, not -1\nRun 'stance train -h' for usage.\n"}},
		{name: "bad kfold", args: []string{"train", "--label", "stance", "--kfold", "1", "-o", model, data}, code: 2,
			stderr: []string{"--kfold: want 0 (none) or at least 2, not 1"}},
		{name: "strict", args: []string{"train", "--label", "stance", "--strict", "-o", model, data}, code: 1,
			stderr: []string{"labeled.jsonl:25: malformed record"}},
		{name: "one class", args: []string{"train", "--label", "stance", "-o", model, one}, code: 1,
			stderr: []string{`stance: train: need at least two labels: all 2 examples are labeled "x"`}},
		{name: "too few to calibrate", args: []string{"train", "--label", "stance", "-o", model + ".few", few}, code: 0,
			stdout: []string{"total         2", "wrote " + model + ".few"},
			stderr: []string{"stance: warning: 2 examples are too few to calibrate on 5 folds; probabilities are uncalibrated"}},
		{name: "empty file", args: []string{"train", "--label", "stance", "-o", model, empty}, code: 1,
			stderr: []string{"stance: warning: " + empty + ": no records", `stance: train: no usable examples in 1 file(s); do the records have "text" and "stance" fields (--text-field, --label)?`}},
		{name: "warnings", args: []string{"train", "--label", "stance", "--kfold", "3", "-o", model, data}, code: 1,
			stdout: []string{"support        12", "3-fold cross-validation: macro-F1 1.0000", "wrote " + model},
			stderr: []string{"labeled.jsonl:25: malformed record: invalid JSON", `labeled.jsonl:26: missing field: no "stance" field`, "2 bad records skipped",
				// Every out-of-fold prediction is right: no temperature fits.
				"stance: warning: calibration failed: the fitted temperature hit its lower bound (T=0.001): every out-of-fold prediction was right"},
			wroteModel: true},
		{name: "eval", args: []string{"eval", "--model", model, "--label", "stance", data}, code: 1,
			stdout: []string{"examples  24", "accuracy  1.0000", "macro-F1  1.0000", "\nlog loss  0.", "\nBrier     0.", "\nECE       0.", "(10 bins)", "support     1.0000  1.0000  1.0000       12", "confusion (rows gold, columns predicted)"}},
		{name: "eval no model", args: []string{"eval", "--label", "stance", data}, code: 2, stderr: []string{"stance: eval: --model is required"}},
		{name: "eval bad model", args: []string{"eval", "--model", data, "--label", "stance", data}, code: 1,
			stderr: []string{"--model: " + data + ": read model: not a valid stance model file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(model + ".absent")
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
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
			if tt.wroteModel {
				if _, err := os.Stat(model); err != nil {
					t.Errorf("model not written: %v", err)
				}
			}
		})
	}
}

func TestEvalJSON(t *testing.T) {
	dir := t.TempDir()
	data := noisyFixture(t, dir)
	model := filepath.Join(dir, "m.model")
	if code, _, stderr := runCLI(t, "", "train", "--label", "stance", "-o", model, data); code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	code, stdout, _ := runCLI(t, "", "eval", "--model", model, "--label", "stance", "--format", "json", data)
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	var r struct {
		N        int     `json:"n"`
		Accuracy float64 `json:"accuracy"`
		MacroF1  float64 `json:"macro_f1"`
		LogLoss  float64 `json:"log_loss"`
		Brier    float64 `json:"brier"`
		ECE      float64 `json:"ece"`
		Classes  map[string]struct {
			Precision, Recall, F1 float64
			Support               int
		}
		Confusion map[string]map[string]int
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if r.N != 40 || r.Classes["oppose"].Support != 20 || r.Confusion["support"]["support"] != 16 {
		t.Errorf("report %+v", r)
	}
	for _, key := range []string{`"log_loss":`, `"brier":`, `"ece":`} {
		if !strings.Contains(stdout, key) {
			t.Errorf("JSON lacks %s: %s", key, stdout)
		}
	}
	// The probability scores, recomputed from the model's predictions:
	// the log loss is the mean of -ln p(gold), the Brier score (two
	// labels) the mean of 2(1 - p(gold))², and the ECE the weighted gap
	// between accuracy and mean confidence over ten confidence bins.
	c, err := train.LoadModel(model)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := train.ReadFiles([]string{data}, nil, train.DefaultFields("stance"))
	if err != nil {
		t.Fatal(err)
	}
	var logLoss, brier float64
	var binN [10]int
	var binP [10]float64
	for _, e := range ds.Examples {
		p := c.PredictTarget(e.Text, e.Target)
		gold := p.Probs[e.Label]
		logLoss -= math.Log(gold)
		brier += 2 * (1 - gold) * (1 - gold)
		b := min(9, int(p.Prob*10))
		if p.Label == e.Label {
			binN[b]++
		}
		binP[b] += p.Prob
	}
	n := float64(len(ds.Examples))
	ece := 0.0
	for b := range binN {
		ece += math.Abs(float64(binN[b])-binP[b]) / n
	}
	for _, v := range []struct {
		what      string
		got, want float64
	}{{"log_loss", r.LogLoss, logLoss / n}, {"brier", r.Brier, brier / n}, {"ece", r.ECE, ece}} {
		if math.Abs(v.got-v.want) > 1e-9 {
			t.Errorf("%s = %v, want %v", v.what, v.got, v.want)
		}
	}
	if c.Temperature() == 1 {
		t.Errorf("stance train left the model uncalibrated")
	}
}

func TestClassifyTexts(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "texts.jsonl")
	os.WriteFile(in, []byte(`{"text": "We strongly support this agreement and welcome the cooperation."}`+"\n"+
		`{"text": "We reject this reckless plan, which will hurt families."}`+"\n"), 0o644)
	for _, args := range [][]string{{"classify", "--format", "jsonl", in}, {"classify", "--texts", "--format", "jsonl", in}} {
		code, stdout, stderr := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		if len(lines) != 2 {
			t.Fatalf("%v: %d lines, want 2:\n%s", args, len(lines), stdout)
		}
		var st report.Statement
		if err := json.Unmarshal([]byte(lines[0]), &st); err != nil {
			t.Fatal(err)
		}
		if st.Kind != report.KindText || st.Line != 1 || st.Stance == "" || st.Topic == "" || st.StanceProbs[st.Stance] != st.StanceProb {
			t.Errorf("%v: first statement %+v", args, st)
		}
	}
	code, stdout, _ := runCLI(t, "", "classify", "--format", "csv", in)
	if code != 0 || !strings.HasPrefix(stdout, "doc,path,line,speaker,role,kind,content_start,content_end,stance,stance_prob,topic,topic_prob,text\n") {
		t.Errorf("csv: exit %d:\n%s", code, stdout)
	}
	if code, _, stderr := runCLI(t, "", "classify", "--format", "xml", in); code != 2 || !strings.Contains(stderr, `--format: unknown format "xml"`) {
		t.Errorf("bad format: exit %d: %s", code, stderr)
	}
}

func TestClassifyArticle(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "article.txt")
	os.WriteFile(in, []byte("\"We will fight this plan with everything we have,\" said Mayor Anna Berg on Tuesday.\n"), 0o644)
	code, stdout, stderr := runCLI(t, "", "classify", "--format", "jsonl", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var st report.Statement
	if err := json.Unmarshal([]byte(strings.SplitN(stdout, "\n", 2)[0]), &st); err != nil {
		t.Fatalf("%v: %q", err, stdout)
	}
	if st.Kind == report.KindText || !strings.Contains(st.Text, "fight this plan") || st.Stance == "" {
		t.Errorf("statement %+v", st)
	}
}
