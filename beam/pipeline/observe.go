package pipeline

import (
	"context"
	"io"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/stance/tally"
)

// observeFn extracts and classifies the statements of each document and
// emits their counts, the document's tally.Partial, keyed by the input
// file the document came from.
//
// The Partial of a document is the one stance.Analyze makes of it, called
// on the document alone: the same extraction, classification and
// observations as "stance analyze", by the same code. The names of the
// document are canonicalised among themselves there
// (tally.Partial.AddDocument), which needs all of its statements, so the
// unit emitted is a document's counts, not a statement. A Partial is what
// crosses between workers, in the file format of "stance analyze
// --partial", which is checked when read: a document's Partial, a file's
// and the corpus's are all valid ones.
type observeFn struct {
	StanceModel, TopicModel []byte
	NoTopics                bool
	TopicContext            float64
	AllAttributions         bool
	MinConfidence           float64
	Dates                   bool

	models stance.Models
	opts   stance.Options
}

// Setup loads the models once per DoFn instance (and decodes them once
// per process, see loadModel).
func (f *observeFn) Setup() error {
	m, err := loadModels(Options{StanceModel: f.StanceModel, TopicModel: f.TopicModel, NoTopics: f.NoTopics,
		Summary: tally.DefaultSummaryOptions})
	if err != nil {
		return err
	}
	m.TopicContext = f.TopicContext
	f.models = m
	// One goroutine per document: the runner runs bundles in parallel.
	f.opts = stance.Options{Extract: stance.StatementOptions, Workers: 1, MinConfidence: f.MinConfidence, Dates: f.Dates}
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
	emit(doc.Path, p)
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
