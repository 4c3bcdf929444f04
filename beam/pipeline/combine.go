package pipeline

import (
	"bytes"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/tally"
)

// A partialHeader is what every Partial of a run shares, and Merge
// checks: the models' labels and hashes, and whether dates are counted.
type partialHeader struct {
	StanceLabels, TopicLabels []string
	StanceModel, TopicModel   string // the models' hashes
	Dates                     bool
}

func headerOf(m stance.Models, dates bool) partialHeader {
	h := partialHeader{StanceLabels: m.Stance.Labels(), StanceModel: m.Stance.Hash(), Dates: dates}
	if m.Topic != nil {
		h.TopicLabels, h.TopicModel = m.Topic.Labels(), m.Topic.Hash()
	}
	return h
}

// newPartial returns an empty Partial of the run.
func (h partialHeader) newPartial() *tally.Partial {
	p := tally.NewPartial(h.StanceLabels, h.TopicLabels)
	p.StanceModel, p.TopicModel, p.Dates = h.StanceModel, h.TopicModel, h.Dates
	return p
}

// partialFn combines Partials by Partial.Merge: associative, commutative
// and exact, so the runner may merge in any order and any tree shape.
// Accumulators may be changed in place, as Beam allows.
type partialFn struct {
	Header partialHeader
}

func (f *partialFn) CreateAccumulator() *tally.Partial { return f.Header.newPartial() }

func (f *partialFn) AddInput(acc, p *tally.Partial) (*tally.Partial, error) {
	return acc, acc.Merge(p)
}

func (f *partialFn) MergeAccumulators(a, b *tally.Partial) (*tally.Partial, error) {
	return a, a.Merge(b)
}

func (f *partialFn) ExtractOutput(acc *tally.Partial) *tally.Partial { return acc }

// seedFn emits one empty Partial, so that the global combine has an
// input, and the summary is written, for a corpus without documents.
type seedFn struct {
	Header partialHeader
}

func (f *seedFn) ProcessElement(_ []byte, emit func(*tally.Partial)) {
	emit(f.Header.newPartial())
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
