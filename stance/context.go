package stance

// The article as context for a statement's topic: a statement is short,
// and "we were the better side" says little about its topic until the
// article it comes from is known.

import (
	"math"
	"strings"

	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
)

// leadBytes is how much of an article's text, after its title, gives its
// topic: about the first two paragraphs.
const leadBytes = 800

// DocumentTopic predicts the topic of doc from its title and lead, the
// prior of TopicInContext.
func DocumentTopic(m *nb.Classifier, doc *corpus.Document) nb.Prediction {
	lead := doc.Text
	if len(lead) > leadBytes {
		lead = lead[:leadBytes]
		if i := strings.LastIndexAny(lead, " \n"); i > 0 {
			lead = lead[:i]
		}
	}
	return m.Predict(doc.Title + "\n\n" + lead)
}

// TopicInContext combines a statement's topic posterior with its
// article's: p(t) ∝ stmt(t) · article(t)^w, renormalised. w = 0 is the
// statement alone; w = 1 weighs the article as much as the statement. A
// statement with a clear topic of its own keeps it: the article's
// posterior only tips statements whose own evidence is weak.
func TopicInContext(stmt, article nb.Prediction, w float64) nb.Prediction {
	if w == 0 || len(article.Probs) == 0 {
		return stmt
	}
	out := nb.Prediction{Probs: make(map[string]float64, len(stmt.Probs))}
	sum := 0.0
	for l, p := range stmt.Probs {
		q := p * math.Pow(math.Max(article.Probs[l], 1e-12), w)
		out.Probs[l] = q
		sum += q
	}
	if !(sum > 0) {
		return stmt
	}
	for l := range out.Probs {
		out.Probs[l] /= sum
		if out.Probs[l] > out.Prob || out.Probs[l] == out.Prob && l < out.Label {
			out.Label, out.Prob = l, out.Probs[l]
		}
	}
	return out
}
