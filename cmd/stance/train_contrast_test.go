package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/stance/nb"
)

// TestTrainContrast checks that --contrast reaches the model: its
// metadata records it (in format version 3), the summary says so, and
// the model classifies with it.
func TestTrainContrast(t *testing.T) {
	dir := t.TempDir()
	data := noisyFixture(t, dir)
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(`{"text": "We reject the plan and oppose it, and we reject it, but we welcome it"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, contrast := range []bool{false, true} {
		model := filepath.Join(dir, "m.model")
		args := []string{"train", "--label", "stance", "-o", model, data}
		if contrast {
			args = append(args, "--contrast")
		}
		code, stdout, stderr := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("train: exit %d: %s", code, stderr)
		}
		if got := strings.Contains(stdout, "concessions dropped (contrast)"); got != contrast {
			t.Errorf("--contrast=%v: summary:\n%s", contrast, stdout)
		}
		f, err := os.Open(model)
		if err != nil {
			t.Fatal(err)
		}
		m, err := nb.ModelHeader(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]int{false: 1, true: 3}[contrast]; m.Features.Contrast != contrast || m.FormatVersion != want {
			t.Errorf("--contrast=%v: model has contrast %v, format version %d (want %d)", contrast, m.Features.Contrast, m.FormatVersion, want)
		}
		code, stdout, stderr = runCLI(t, "", "classify", "--model", model, "--format", "jsonl", in)
		var st report.Statement
		if err := json.Unmarshal([]byte(strings.SplitN(stdout, "\n", 2)[0]), &st); code != 0 || err != nil {
			t.Fatalf("classify: exit %d, %v: %s", code, err, stderr)
		}
		if want := map[bool]string{false: "oppose", true: "support"}[contrast]; st.Stance != want {
			t.Errorf("--contrast=%v: %q is %s, want %s", contrast, st.Text, st.Stance, want)
		}
	}
}
