package stance_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/tally"
)

// pipelineSummary runs the whole pipeline over a corpus with the embedded
// models: read, extract, classify, count, summarise.
func pipelineSummary(in stance.Reader, opts tally.SummaryOptions) (*tally.Summary, error) {
	stanceModel, err := models.DefaultStance()
	if err != nil {
		return nil, err
	}
	topicModel, err := models.DefaultTopic()
	if err != nil {
		return nil, err
	}
	m := stance.Models{Stance: stanceModel, Topic: topicModel}
	p, err := stance.Analyze(context.Background(), in, m, stance.DefaultOptions)
	if err != nil {
		return nil, err
	}
	return tally.Summarize(p, opts)
}

// Analyze over a two-article corpus: the second article calls
// the speaker only "Khalidi", and the summary counts her statements from
// both under her full name.
func ExampleAnalyze() {
	in := corpus.NewCorpus([]string{"-"}, strings.NewReader(
		`{"id": "a1", "text": "\"The crossings must reopen today,\" said Bushra Khalidi, policy lead at Oxfam."}`+"\n"+
			`{"id": "a2", "text": "\"Families are waiting for shelter materials that cannot enter,\" Khalidi said."}`+"\n"))
	s, err := pipelineSummary(in, tally.DefaultSummaryOptions)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d documents, %d statements\n", s.Documents, s.Quotes)
	for _, sp := range s.Speakers {
		fmt.Printf("%s (%s): %d statements in %d articles, also named %q\n",
			sp.Name, sp.Role, sp.Quotes, sp.Articles, sp.Aliases)
		fmt.Println("interval brackets net stance:", sp.NetCI.Lo <= sp.Net && sp.Net <= sp.NetCI.Hi)
	}
	// Output:
	// 2 documents, 2 statements
	// Bushra Khalidi (policy lead at Oxfam): 2 statements in 2 articles, also named ["Khalidi"]
	// interval brackets net stance: true
}

// TestSeedNetStance checks the page the project was specified from: Bushra
// Khalidi, criticising a ban on aid groups, stands below Wang Yi, pledging
// cooperation, with the default models.
func TestSeedNetStance(t *testing.T) {
	seed := filepath.Join("..", "..", "shared", "data", "seed", "article.txt")
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("seed page not found (%v): it lives in ../shared beside the project", err)
	}
	in := corpus.NewCorpus([]string{seed}, nil)
	defer in.Close()
	s, err := pipelineSummary(in, tally.DefaultSummaryOptions)
	if err != nil {
		t.Fatal(err)
	}
	net := map[string]tally.SpeakerSummary{}
	for _, sp := range s.Speakers {
		net[sp.Name] = sp
	}
	kh, ok1 := net["Bushra Khalidi"]
	wang, ok2 := net["Wang Yi"]
	if !ok1 || !ok2 {
		t.Fatalf("seed page: want rows for Bushra Khalidi and Wang Yi, have %d speakers: %v", len(s.Speakers), speakerNames(net))
	}
	t.Logf("Bushra Khalidi: net %+.2f %v over %d statements; Wang Yi: net %+.2f %v over %d statements",
		kh.Net, kh.NetCI, kh.Quotes, wang.Net, wang.NetCI, wang.Quotes)
	if kh.Net >= wang.Net {
		t.Errorf("Bushra Khalidi's net stance %+.2f is not below Wang Yi's %+.2f: the labeled data or the features are wrong, not this check",
			kh.Net, wang.Net)
	}
}

func speakerNames(m map[string]tally.SpeakerSummary) []string {
	var k []string
	for name := range m {
		k = append(k, name)
	}
	return k
}
