package stance_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance/internal/goldtest"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
)

func TestTopicInContext(t *testing.T) {
	stmt := nb.Prediction{Label: "sport", Prob: 0.5, Probs: map[string]float64{"sport": 0.5, "economy": 0.4, "arts": 0.1}}
	art := nb.Prediction{Label: "economy", Prob: 0.8, Probs: map[string]float64{"sport": 0.1, "economy": 0.8, "arts": 0.1}}
	got := stance.TopicInContext(stmt, art, 1)
	if got.Label != "economy" || math.Abs(got.Probs["sport"]+got.Probs["economy"]+got.Probs["arts"]-1) > 1e-12 {
		t.Errorf("weak statement in an economy article: %+v", got)
	}
	clear := nb.Prediction{Label: "sport", Prob: 0.98, Probs: map[string]float64{"sport": 0.98, "economy": 0.01, "arts": 0.01}}
	if got := stance.TopicInContext(clear, art, 1); got.Label != "sport" {
		t.Errorf("a clear statement must keep its topic: %+v", got)
	}
	if got := stance.TopicInContext(stmt, art, 0); got.Label != "sport" {
		t.Errorf("w = 0 is the statement alone: %+v", got)
	}
}

// sectionTopics maps the sections of the gold articles
// (data/gold/sections.tsv) to the topic a statement in them is expected to
// have, where one is.
var sectionTopics = map[string]string{"sport": "sport", "business": "economy", "technology": "science",
	"culture": "arts", "politics": "politics"}

// goldSections reads data/gold/sections.tsv: article stem -> section.
func goldSections(t *testing.T) map[string]string {
	b, err := os.ReadFile(filepath.Join("..", "data", "gold", "sections.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "article\t") {
			continue
		}
		stem, sec, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("sections.tsv: bad line %q", line)
		}
		out[stem] = sec
	}
	return out
}

// TestTopicContextOnSections measures how often the statements of the
// gold articles of a section get its topic, with the statement alone and
// with the article as context (STANCE_TOPIC_MODEL names a model file to
// measure instead of the embedded one).
func TestTopicContextOnSections(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "data", "gold", "*.txt"))
	if len(files) == 0 {
		t.Skip("no gold articles")
	}
	m, err := models.DefaultTopic()
	if p := os.Getenv("STANCE_TOPIC_MODEL"); p != "" {
		f, _ := os.Open(p)
		m, err = nb.ReadModel(f)
	}
	if err != nil {
		t.Fatal(err)
	}
	sections := goldSections(t)
	for _, w := range []float64{0, 0.5, 1, 2} {
		agree, n := map[string]int{}, map[string]int{}
		for _, f := range files {
			stem := strings.TrimSuffix(filepath.Base(f), ".txt")
			if !goldtest.Selected(t, stem) {
				continue
			}
			section, ok := sections[stem]
			if !ok {
				t.Errorf("%s has no section in data/gold/sections.tsv", stem)
			}
			if sectionTopics[section] == "" {
				continue
			}
			b, _ := os.ReadFile(f)
			text := string(b)
			title, body, _ := strings.Cut(text, "\n\n")
			doc := &corpus.Document{Title: title, Text: body}
			art := stance.DocumentTopic(m, doc)
			for _, q := range quote.Extract(text, stance.StatementOptions) {
				p := stance.TopicInContext(m.Predict(q.Text), art, w)
				n[section]++
				if p.Label == sectionTopics[section] {
					agree[section]++
				}
			}
		}
		var parts []string
		for s := range sectionTopics {
			parts = append(parts, fmt.Sprintf("%s %.2f (%d)", s, float64(agree[s])/float64(max(n[s], 1)), n[s]))
		}
		t.Logf("w=%.1f: %s", w, strings.Join(parts, ", "))
	}
}
