package stance

import (
	"math"
	"testing"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
)

// TestDocClassifierMatchesPredict checks that what observe counts is the
// label and posterior that Classify reports, context weighting included.
func TestDocClassifierMatchesPredict(t *testing.T) {
	st, err := models.DefaultStance()
	if err != nil {
		t.Fatal(err)
	}
	tp, err := models.DefaultTopic()
	if err != nil {
		t.Fatal(err)
	}
	doc := &corpus.Document{ID: "d", Title: "Ferry strike hits island schools",
		Text: `Ferry crews walked off the job on Tuesday. "Nobody wants a strike," said Grace Adeyemi, who chairs the union. ` +
			`The port authority said the walkout would cost the town $200,000 a day. ` +
			`Harbour master Ivo Brandt told reporters that safety came first. The coach said his side deserved the win.`}
	for _, w := range []float64{0, 0.5, 1} {
		m := Models{Stance: st, Topic: tp, TopicContext: w}
		dc := docClassifier{m: m, doc: doc}
		article := DocumentTopic(tp, doc)
		qs := quote.Extract(doc.Text, quote.DefaultOptions)
		if len(qs) < 3 {
			t.Fatalf("%d statements extracted, want at least 3", len(qs))
		}
		for _, q := range qs {
			want := st.Predict(q.Text)
			if got := dc.stance(q.Text); got.Label != want.Label || got.Prob != want.Prob {
				t.Errorf("stance of %q: %s %v, Predict %s %v", q.Text, got.Label, got.Prob, want.Label, want.Prob)
			}
			wantT := TopicInContext(tp.Predict(q.Text), article, w)
			if got := dc.topic(q.Text); got.Label != wantT.Label || math.Abs(got.Prob-wantT.Prob) > 1e-12 {
				t.Errorf("topic (w=%v) of %q: %s %v, TopicInContext %s %v", w, q.Text, got.Label, got.Prob, wantT.Label, wantT.Prob)
			}
		}
	}
}
