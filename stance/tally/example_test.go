package tally_test

import (
	"fmt"

	"github.com/stancekit/stancekit/stance/tally"
)

// Two shards of a corpus are counted apart, merged, and summarised: the
// merged Partial gives exactly the summary of one run over both shards,
// and "Khalidi" in the second shard joins "Bushra Khalidi" of the first.
func ExamplePartial_Merge() {
	stances := []string{"neutral", "oppose", "support"}
	topics := []string{"aid", "trade"}

	shard1 := tally.NewPartial(stances, topics)
	shard1.AddDocument([]tally.Observation{
		{Speaker: "Bushra Khalidi", Role: "policy lead at Oxfam", Stance: "oppose", Confidence: 0.9, Topic: "aid"},
		{Speaker: "Wang Yi", Stance: "support", Confidence: 0.8, Topic: "trade"},
	})
	shard2 := tally.NewPartial(stances, topics)
	shard2.AddDocument([]tally.Observation{
		{Speaker: "Khalidi", Stance: "oppose", Confidence: 0.7, Topic: "aid"},
		{Speaker: "Khalidi", Stance: "neutral", Confidence: 0.6, Topic: "aid"},
		{}, // an unattributed statement: counted, in no row
	})

	if err := shard1.Merge(shard2); err != nil {
		fmt.Println(err)
		return
	}
	s, err := tally.Summarize(shard1, tally.DefaultSummaryOptions)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d documents, %d statements, %d unattributed\n", s.Documents, s.Quotes, s.Unattributed)
	for _, sp := range s.Speakers {
		fmt.Printf("%s: %d statements in %d articles, net %+.2f [%+.2f, %+.2f], top topic %s\n",
			sp.Name, sp.Quotes, sp.Articles, sp.Net, sp.NetCI.Lo, sp.NetCI.Hi, sp.TopTopic)
	}
	// Output:
	// 2 documents, 5 statements, 1 unattributed
	// Bushra Khalidi: 3 statements in 2 articles, net -0.67 [-0.94, +0.06], top topic aid
	// Wang Yi: 1 statements in 1 articles, net +1.00 [-0.12, +1.00], top topic trade
}

// The 95% interval of the net stance of 10 statements, 6 supporting and 1
// opposing: Newcombe's hybrid score interval, never empty and within
// [-1, 1] even when every statement supports.
func ExampleNetInterval() {
	ci := tally.NetInterval(6, 1, 10, 0.95)
	fmt.Printf("net +0.50, 95%% interval [%+.3f, %+.3f]\n", ci.Lo, ci.Hi)
	ci = tally.NetInterval(4, 0, 4, 0.95)
	fmt.Printf("net +1.00, 95%% interval [%+.3f, %+.3f]\n", ci.Lo, ci.Hi)
	// Output:
	// net +0.50, 95% interval [+0.004, +0.776]
	// net +1.00, 95% interval [+0.307, +1.000]
}
