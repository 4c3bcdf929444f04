package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
)

// samplePaths returns the sample articles shipped in data/samples, each
// file a path of its own (the JSONL corpus holds several articles).
func samplePaths(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "data", "samples", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	for _, p := range paths {
		switch filepath.Ext(p) {
		case ".txt", ".html", ".jsonl":
			if filepath.Base(p) != "README.txt" {
				docs = append(docs, p)
			}
		}
	}
	if len(docs) < 3 {
		t.Fatalf("want at least 3 sample files in data/samples, found %d", len(docs))
	}
	return docs
}

func TestAnalyzeFlagErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"by", []string{"--by", "topic"}, `stance: --by: unknown grouping "topic" (want speaker, group or gender, optionally with ,topic or ,period)`},
		{"period", []string{"--by", "speaker,period", "--period", "decade"}, `stance: --period: unknown period "decade" (want day, week, month or year)`},
		{"period without a breakdown", []string{"--period", "week"}, "stance: --period: only with --by ...,period (or --partial, to count dates for merge)"},
		{"evidence without partial", []string{"--evidence", "5"}, "stance: --evidence: only with --partial (stance report keeps its own evidence)"},
		{"evidence", []string{"--partial", "--evidence", "-1"}, "stance: --evidence: -1 is not a count from 0 to 10000"},
		{"min quotes", []string{"--min-quotes", "0"}, "stance: --min-quotes: 0 is not a count of 1 or more"},
		{"top", []string{"--top", "-2"}, "stance: --top: -2 is negative (0 shows all speakers)"},
		{"sort", []string{"--sort", "size"}, `stance: --sort: unknown order "size" (want quotes, net or name)`},
		{"format", []string{"--format", "xml"}, `stance: --format: unknown format "xml": want table, csv, json, markdown`},
		{"workers", []string{"--workers", "0"}, "stance: --workers: 0 is not a count of 1 or more"},
		{"table flags with partial", []string{"--partial", "--sort", "net", "--format", "csv"}, "stance: --format, --sort: not used with --partial; give it to stance merge"},
		{"no paths", nil, "stance: analyze: no input paths (use - for standard input)"},
		{"topics without a topic model", []string{"--by", "speaker,topic", "--topic-model", "none", "x.txt"}, "stance: --by speaker,topic: needs a topic model (drop --topic-model none)"},
		{"missing model", []string{"--stance-model", "no/such.model", "x.txt"}, "stance: --stance-model: open no/such.model: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", append([]string{"analyze"}, tt.args...)...)
			// A usage error is one line and a pointer to the help.
			wantCode, want := 2, tt.want+"\nRun 'stance analyze -h' for usage.\n"
			if tt.name == "missing model" {
				wantCode, want = 1, tt.want+"\n"
			}
			if code != wantCode || stderr != want {
				t.Errorf("exit %d, stderr %q; want exit %d, %q", code, stderr, wantCode, want)
			}
		})
	}
}

func TestMergeErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"format":"stance-partial","version":1}`), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no parts", nil, 2, "stance: merge: no partial files (write them with stance analyze --partial -o FILE)"},
		{"missing", []string{filepath.Join(dir, "nope.json")}, 1, "stance: open " + filepath.Join(dir, "nope.json") + ": no such file or directory"},
		{"version", []string{bad}, 1, "stance: " + bad + ": bad partial result: version 1, want 2: rerun stance analyze --partial with this version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", append([]string{"merge"}, tt.args...)...)
			want := tt.want + "\n"
			if tt.code == 2 {
				want += "Run 'stance merge -h' for usage.\n"
			}
			if code != tt.code || stderr != want {
				t.Errorf("exit %d, stderr %q; want exit %d, %q", code, stderr, tt.code, want)
			}
		})
	}
}

// TestMergeEqualsSingleRun splits the sample corpus three ways, analyses
// each shard to a partial file and checks that merging them, in any
// order, prints exactly what one run over all the inputs prints, in every
// format; and that the order of the inputs of that run does not matter.
func TestMergeEqualsSingleRun(t *testing.T) {
	paths := samplePaths(t)
	dir := t.TempDir()
	var parts []string
	for k := range 3 {
		var shard []string
		for i := k; i < len(paths); i += 3 {
			shard = append(shard, paths[i])
		}
		part := filepath.Join(dir, "part"+string(rune('a'+k))+".json")
		args := append([]string{"analyze", "--partial", "--period", "day", "--evidence", "3", "-o", part}, shard...)
		if code, _, stderr := runCLI(t, "", args...); code != 0 {
			t.Fatalf("stance %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
		}
		parts = append(parts, part)
	}
	// A tree of merges: two parts merged into a partial, then the third.
	ab := filepath.Join(dir, "ab.json")
	if code, _, stderr := runCLI(t, "", "merge", "--partial", "-o", ab, parts[0], parts[1]); code != 0 {
		t.Fatalf("merge --partial: exit %d\n%s", code, stderr)
	}
	reversed := slices.Clone(paths)
	slices.Reverse(reversed)
	for _, by := range []string{"speaker", "speaker,topic", "speaker,period"} {
		for _, format := range report.Formats {
			flags := []string{"--format", format, "--by", by}
			code, single, stderr := runCLI(t, "", append(append([]string{"analyze"}, flags...), paths...)...)
			if code != 0 {
				t.Fatalf("analyze %v: exit %d\n%s", flags, code, stderr)
			}
			if strings.Count(single, "\n") < 10 {
				t.Errorf("analyze %v: too little output for the sample corpus:\n%s", flags, single)
			}
			_, again, _ := runCLI(t, "", append(append([]string{"analyze", "--workers", "1"}, flags...), reversed...)...)
			if again != single {
				t.Errorf("analyze %v: reversed inputs on one worker changed the output\n got:\n%s\nwant:\n%s", flags, again, single)
			}
			for _, order := range [][]string{parts, {parts[2], parts[0], parts[1]}, {parts[1], parts[2], parts[0]}, {parts[2], ab}} {
				args := append(append([]string{"merge"}, flags...), order...)
				code, merged, stderr := runCLI(t, "", args...)
				if code != 0 {
					t.Fatalf("stance %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
				}
				if merged != single {
					t.Errorf("merge %v of %v differs from a single run\n got:\n%s\nwant:\n%s", flags, order, merged, single)
				}
			}
		}
	}
}

// TestAnalyzeBadDocument checks that a bad record is a warning with its
// position, that the run goes on, and that the exit status reports it.
func TestAnalyzeBadDocument(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	os.WriteFile(corpus, []byte(strings.Join([]string{
		`{"id": "a", "text": "\"We will rebuild the bridge by spring,\" said Mayor Anna Berg."}`,
		`{"id": "b", "text": 42}`,
		`{"id": "c", "text": "\"This plan is a disaster for the valley,\" said Tomas Lind, a farmer."}`,
	}, "\n")+"\n"), 0o644)
	code, stdout, stderr := runCLI(t, "", "analyze", "--format", "json", corpus)
	if code != 1 {
		t.Errorf("exit %d, want 1 after a bad record", code)
	}
	want := "stance: warning: " + corpus + `:2: bad record: field "text" should be a string, not a JSON number`
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr %q does not contain %q", stderr, want)
	}
	var out struct {
		Documents int
		Speakers  []struct{ Speaker string }
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("%v in %q", err, stdout)
	}
	if out.Documents != 2 {
		t.Errorf("documents = %d, want the 2 good ones", out.Documents)
	}
}

// BenchmarkAnalyze measures the whole pipeline (read, extract, classify,
// count) over the sample articles on GOMAXPROCS workers, in documents per
// second; scripts/bench-analyze.sh measures it on a 1 GB corpus.
func BenchmarkAnalyze(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "data", "samples", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no sample articles: %v", err)
	}
	sm, err := loadModel("--stance-model", "", models.DefaultStance)
	if err != nil {
		b.Fatal(err)
	}
	tm, err := loadModel("--topic-model", "", models.DefaultTopic)
	if err != nil {
		b.Fatal(err)
	}
	m := stance.Models{Stance: sm, Topic: tm}
	docs := 0
	b.ReportAllocs()
	for b.Loop() {
		p, err := stance.Analyze(context.Background(), corpus.NewCorpus(paths, nil), m, stance.DefaultOptions)
		if err != nil {
			b.Fatal(err)
		}
		docs += p.Documents
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
