package pipeline

import (
	"bytes"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/tally"
)

// partialLabels identify the models of a run: every Partial of the run
// carries them, and Merge refuses Partials of other models.
type partialLabels struct {
	StanceLabels, TopicLabels []string
	StanceModel, TopicModel   string // the models' hashes
}

func labelsOf(m stance.Models) partialLabels {
	l := partialLabels{StanceLabels: m.Stance.Labels(), StanceModel: m.Stance.Hash()}
	if m.Topic != nil {
		l.TopicLabels, l.TopicModel = m.Topic.Labels(), m.Topic.Hash()
	}
	return l
}

// newPartial returns an empty Partial of the run's models.
func (l partialLabels) newPartial() *tally.Partial {
	p := tally.NewPartial(l.StanceLabels, l.TopicLabels)
	p.StanceModel, p.TopicModel = l.StanceModel, l.TopicModel
	return p
}

// partialFn combines Partials by Partial.Merge: associative, commutative
// and exact, so the runner may merge in any order and any tree shape.
// Accumulators may be changed in place, as Beam allows.
type partialFn struct {
	Labels partialLabels
}

func (f *partialFn) CreateAccumulator() *tally.Partial { return f.Labels.newPartial() }

func (f *partialFn) AddInput(acc, p *tally.Partial) (*tally.Partial, error) {
	return acc, acc.Merge(p)
}

func (f *partialFn) MergeAccumulators(a, b *tally.Partial) (*tally.Partial, error) {
	return a, a.Merge(b)
}

func (f *partialFn) ExtractOutput(acc *tally.Partial) *tally.Partial { return acc }

// seedFn emits one empty Partial with the totals key, so that the
// global combine has an input, and the summary is written, for a corpus
// without documents.
type seedFn struct {
	Labels partialLabels
}

func (f *seedFn) ProcessElement(_ []byte, emit func(string, *tally.Partial)) {
	emit(totalsKey, f.Labels.newPartial())
}

// The coder of Partials between workers is the partial file of "stance
// analyze --partial": exact, checked when read, and independent of the
// Go types.

func encodePartial(p *tally.Partial) ([]byte, error) {
	var b bytes.Buffer
	if _, err := p.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func decodePartial(data []byte) (*tally.Partial, error) {
	return tally.ReadPartial(bytes.NewReader(data), "partial from another worker")
}
