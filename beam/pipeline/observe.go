package pipeline

import (
	"context"
	"io"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/stance/tally"
)

// totalsKey is the key of the Partials that carry a document's totals
// (documents, statements, unattributed) and no speaker. No speaker has
// it: a statement without a name is unattributed.
const totalsKey = ""

// observeFn extracts and classifies the statements of each document and
// emits its counts: a tally.Partial per speaker name of the document,
// keyed by the name, and one with the document's totals, keyed by
// totalsKey.
//
// The counts of a document are those stance.Analyze makes of it, called
// on the document alone: the same extraction, classification and
// observations as "stance analyze", by the same code. The names of the
// document are canonicalised among themselves there
// (tally.Partial.AddDocument), which needs all of its statements, so the
// unit emitted is a speaker of a document, not a statement.
type observeFn struct {
	StanceModel, TopicModel []byte
	NoTopics                bool
	AllAttributions         bool
	MinConfidence           float64

	models stance.Models
	opts   stance.Options
	labels partialLabels
}

// Setup loads the models once per DoFn instance (and decodes them once
// per process, see loadModel).
func (f *observeFn) Setup() error {
	m, err := loadModels(Options{StanceModel: f.StanceModel, TopicModel: f.TopicModel, NoTopics: f.NoTopics,
		Summary: tally.DefaultSummaryOptions})
	if err != nil {
		return err
	}
	f.models, f.labels = m, labelsOf(m)
	// One goroutine per document: the runner runs bundles in parallel.
	f.opts = stance.Options{Extract: stance.StatementOptions, Workers: 1, MinConfidence: f.MinConfidence}
	if f.AllAttributions {
		f.opts.Extract = quote.DefaultOptions
	}
	return nil
}

func (f *observeFn) ProcessElement(ctx context.Context, doc *corpus.Document, emit func(string, *tally.Partial)) error {
	p, err := stance.Analyze(ctx, &oneDocument{doc}, f.models, f.opts)
	if err != nil {
		return err
	}
	statements.Inc(ctx, int64(p.Quotes))
	unattributed.Inc(ctx, int64(p.Unattributed))
	for name, s := range p.Names {
		q := f.labels.newPartial()
		q.Names[name] = s
		emit(name, q)
	}
	clear(p.Names)
	emit(totalsKey, p)
	return nil
}

// oneDocument is a stance.Reader of one document.
type oneDocument struct{ doc *corpus.Document }

func (r *oneDocument) Next() (*corpus.Document, error) {
	if r.doc == nil {
		return nil, io.EOF
	}
	d := r.doc
	r.doc = nil
	return d, nil
}
