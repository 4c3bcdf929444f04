package pipeline

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// Local files are read through Beam's file system too.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/tally"
)

// Beam rebuilds the pipeline's functions and types on each worker from a
// registry filled when the program starts, before beam.Init: an init
// function is the registration point the SDK provides, so this package
// has one, and it only registers.
func init() {
	beam.RegisterCoder(reflect.TypeOf((*tally.Partial)(nil)), encodePartial, decodePartial)
	beam.RegisterType(reflect.TypeOf((*fileSet)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*chunk)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*DeadLetter)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*corpus.Document)(nil)).Elem())
	register.DoFn4x1[context.Context, string, func(fileSet), func(DeadLetter), error](&matchFn{})
	register.DoFn3x0[context.Context, fileSet, func(chunk)](&planFn{})
	register.DoFn4x1[context.Context, chunk, func(*corpus.Document), func(DeadLetter), error](&readFn{})
	register.DoFn3x1[context.Context, *corpus.Document, func(string, *tally.Partial), error](&observeFn{})
	register.DoFn2x0[[]byte, func(*tally.Partial)](&seedFn{})
	register.Combiner1[*tally.Partial](&partialFn{})
	register.DoFn2x1[context.Context, *tally.Partial, error](&summaryFn{})
	register.DoFn3x1[context.Context, []byte, func(*DeadLetter) bool, error](&deadLetterFn{})
	register.Emitter1[fileSet]()
	register.Emitter1[chunk]()
	register.Emitter1[DeadLetter]()
	register.Emitter1[*corpus.Document]()
	register.Emitter1[*tally.Partial]()
	register.Emitter2[string, *tally.Partial]()
	register.Iter1[DeadLetter]()
}

// New returns the pipeline of o, ready for beam.Run. It validates o,
// reads the models and checks that the inputs' file systems are known,
// so a bad option, model or path is an error before any work; a path
// that matches no file is not (a glob may match none).
func New(ctx context.Context, o Options) (*beam.Pipeline, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	m, err := loadModels(o)
	if err != nil {
		return nil, err
	}
	for _, path := range append([]string{o.Output, o.DeadLetters}, o.Inputs...) {
		fs, err := filesystem.New(ctx, path)
		if err != nil {
			return nil, err
		}
		fs.Close()
	}
	header := headerOf(m, o.Dates)

	p, s := beam.NewPipelineWithRoot()
	inputs := beam.Create(s, toAny(o.Inputs)...)
	sets, badInputs := beam.ParDo2(s.Scope("match"), &matchFn{ChunkBytes: o.ChunkBytes}, inputs)
	// The files of an input are matched on one worker: spread them, and
	// then the chunks planned from each.
	sets = beam.Reshuffle(s, sets)
	chunks := beam.ParDo(s.Scope("plan"), &planFn{ChunkBytes: o.ChunkBytes, Encoding: o.Encoding}, sets)
	chunks = beam.Reshuffle(s, chunks)
	docs, badDocs := beam.ParDo2(s.Scope("read"), &readFn{TextField: o.TextField, IDField: o.IDField,
		DateField: o.DateField, Encoding: o.Encoding}, chunks)
	parts := beam.ParDo(s.Scope("observe"), &observeFn{StanceModel: o.StanceModel, TopicModel: o.TopicModel,
		NoTopics: o.NoTopics, TopicContext: o.TopicContext, AllAttributions: o.AllAttributions,
		MinConfidence: o.MinConfidence, Dates: o.Dates}, docs)
	seed := beam.ParDo(s.Scope("seed"), &seedFn{Header: header}, beam.Impulse(s))
	combine := &partialFn{Header: header}
	// The combine per file takes the documents' Partials straight from
	// observe, so that the runner can lift it into observe's stage and
	// merge a bundle's documents before they are encoded (a Flatten in
	// between stops prism from doing so).
	byFile := beam.CombinePerKey(s.Scope("by file"), combine, parts)
	total := beam.Combine(s.Scope("corpus"), combine, beam.Flatten(s, seed, beam.DropKey(s, byFile)))
	beam.ParDo0(s.Scope("summary"), &summaryFn{Output: o.Output, Format: o.Format, Partial: o.Partial, Summary: o.Summary}, total)
	dead := beam.Flatten(s, badInputs, badDocs)
	beam.ParDo0(s.Scope("dead letters"), &deadLetterFn{Path: o.DeadLetters}, beam.Impulse(s), beam.SideInput{Input: dead})
	return p, nil
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
