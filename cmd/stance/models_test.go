package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestModelMixUps checks that a model used for the other task is refused
// with both label sets named, instead of an accuracy of 0 or a topic of
// "neutral".
func TestModelMixUps(t *testing.T) {
	dir := t.TempDir()
	stanceModel := filepath.Join("..", "..", "models", "stance.model")
	topicModel := filepath.Join("..", "..", "models", "topic.model")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("\"We will build the bridge,\" said Mayor Anna Berg.\n"), 0o644)
	topics := filepath.Join(dir, "topics.jsonl")
	os.WriteFile(topics, []byte(`{"text":"Taxes go up.","topic":"economy_trade"}`+"\n"+`{"text":"The vote is near.","topic":"politics_elections"}`+"\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want string // the start of stderr
	}{
		{"eval topics with a stance model", []string{"eval", "--model", stanceModel, "--label", "topic", topics},
			"stance: eval: --label topic: the model (a stance model) predicts neutral, oppose, support, but the data's labels are economy_trade, politics_elections\n"},
		{"analyze with a stance model as topic model", []string{"analyze", "--topic-model", stanceModel, good},
			"stance: --topic-model: the topic model looks like a stance model (labels neutral, oppose, support; the stance model's are neutral, oppose, support): give a model trained with --label topic\n"},
		{"classify with a topic model as stance model", []string{"classify", "--model", topicModel, good},
			"stance: the stance model looks like a topic model"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != 1 || !strings.HasPrefix(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, tt.want)
			}
		})
	}
}

// TestMergeSamePartTwice checks that a part given twice is merged once,
// with a warning: counting it twice would double its statements.
func TestMergeSamePartTwice(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("\"We will build the bridge,\" said Mayor Anna Berg.\n"), 0o644)
	part := filepath.Join(dir, "part.json")
	copyPart := filepath.Join(dir, "copy.json")
	if code, _, stderr := runCLI(t, "", "analyze", "--partial", "-o", part, good); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(part)
	os.WriteFile(copyPart, b, 0o644)
	_, once, _ := runCLI(t, "", "merge", "--format", "csv", part)
	code, twice, stderr := runCLI(t, "", "merge", "--format", "csv", part, copyPart)
	want := "stance: warning: " + copyPart + ": the same part as " + part + "; it is merged once\n"
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	if twice != once {
		t.Errorf("merging a part twice gave\n%s\nwant\n%s", twice, once)
	}
}
