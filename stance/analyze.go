package stance

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/stance/tally"
)

// A Reader yields documents until io.EOF. A *corpus.DocError is a bad
// document: the reader can go on after it. *corpus.Corpus is a Reader.
type Reader interface {
	Next() (*corpus.Document, error)
}

// Models are the classifiers of an analysis. Stance is required; Topic may
// be nil, for an analysis without topics.
type Models struct {
	Stance *nb.Classifier
	Topic  *nb.Classifier
	// TopicContext weighs the article's topic (its title and lead) in
	// each statement's topic: see TopicInContext. 0 classifies the
	// statement alone; DefaultTopicContext is what the command uses.
	TopicContext float64
}

// DefaultTopicContext weighs the article half as much as the statement.
// On the project's gold articles it lifts the share of statements whose
// topic is their section's from 0.38-0.63 alone to 0.80-1.00 for sport,
// business, culture, technology and politics (stance/context_test.go);
// on the real-news set statement topic accuracy goes from 0.39 to 0.635
// and macro-F1 from 0.17 to 0.33, where a weight of 1 gives 0.63 and
// 0.31 with a worse calibration (models/realnews_test.go).
const DefaultTopicContext = 0.5

// topicOf predicts the topic of a statement of doc; article is the
// article's prediction, computed once per document when needed.
func (m Models) topicOf(doc *corpus.Document, text string, article *nb.Prediction) nb.Prediction {
	p := m.Topic.Predict(text)
	if m.TopicContext == 0 {
		return p
	}
	if article.Probs == nil {
		*article = DocumentTopic(m.Topic, doc)
	}
	return TopicInContext(p, *article, m.TopicContext)
}

// A docClassifier classifies the statements of one document for observe:
// the label and posterior of Models.topicOf and of the stance model's
// Predict, without the maps of every label's posterior, and with the
// article's topic weighed in once per document.
type docClassifier struct {
	m   Models
	doc *corpus.Document
	// post is the scratch posterior; articleW the article's topic
	// posterior raised to m.TopicContext (nil until the first statement
	// asks for a topic).
	post, articleW []float64
	stanceLabels   []string
	topicLabels    []string
}

func (d *docClassifier) stance(text string) nb.Prediction {
	if d.stanceLabels == nil {
		d.stanceLabels = d.m.Stance.Labels()
	}
	var i int
	d.post, i = d.m.Stance.Posterior(text, d.post)
	return nb.Prediction{Label: d.stanceLabels[i], Prob: d.post[i]}
}

// topic is TopicInContext(m.Topic.Predict(text), DocumentTopic(...),
// m.TopicContext) with Probs left nil.
func (d *docClassifier) topic(text string) nb.Prediction {
	if d.topicLabels == nil {
		d.topicLabels = d.m.Topic.Labels()
	}
	var best int
	d.post, best = d.m.Topic.Posterior(text, d.post)
	w := d.m.TopicContext
	if w == 0 {
		return nb.Prediction{Label: d.topicLabels[best], Prob: d.post[best]}
	}
	if d.articleW == nil {
		a := DocumentTopic(d.m.Topic, d.doc)
		d.articleW = make([]float64, len(d.topicLabels))
		for i, l := range d.topicLabels {
			d.articleW[i] = math.Pow(math.Max(a.Probs[l], 1e-12), w)
		}
	}
	sum, top := 0.0, -1
	for i, p := range d.post {
		q := p * d.articleW[i]
		if top < 0 || q > d.post[top]*d.articleW[top] {
			top = i
		}
		sum += q
	}
	if !(sum > 0) {
		return nb.Prediction{Label: d.topicLabels[best], Prob: d.post[best]}
	}
	return nb.Prediction{Label: d.topicLabels[top], Prob: d.post[top] * d.articleW[top] / sum}
}

// A Statement is one extracted statement with its predictions. Topic is
// the zero Prediction without a topic model.
type Statement struct {
	quote.Quote
	Stance nb.Prediction
	Topic  nb.Prediction
}

// Options control a streaming pass over a corpus.
type Options struct {
	// Extract are the extraction options (quote.DefaultOptions).
	Extract quote.Options
	// Workers is the number of goroutines that extract and classify; 0
	// means GOMAXPROCS. Documents are read ahead for them while less than
	// 8 MiB of text is in flight, so large documents are worked on one or
	// two at a time whatever the number of workers.
	Workers int
	// Strict stops the pass at the first bad document, returning its
	// *corpus.DocError; otherwise bad documents are passed to OnError and
	// the pass goes on.
	Strict bool
	// OnError, if not nil, is called with each bad document's
	// *corpus.DocError when Strict is false. Calls come from the goroutine
	// that called Analyze or Each, one at a time.
	OnError func(error)
	// Progress, if not nil, is called with the number of documents done so
	// far after each one, from the calling goroutine.
	Progress func(docs int)
	// MinConfidence, in [0, 1), marks the statements whose stance
	// probability is below it as uncertain (tally.Observation.Uncertain):
	// counted apart, not in any share. 0 marks none.
	MinConfidence float64
	// Dates makes Analyze count documents and statements per day of the
	// documents' dates (corpus.Document.Time; tally.Partial.Dates), for
	// summaries over time.
	Dates bool
	// Evidence, in [0, tally.MaxEvidence], is the number of statements
	// Analyze keeps for each speaker name, with their sentences and
	// documents (tally.Partial.Evidence); 0 keeps none. EvidenceBudget
	// bounds the statements kept over all names (0: no bound; see
	// tally.DefaultEvidenceBudget).
	Evidence       int
	EvidenceBudget int
}

// DefaultOptions extract the statements of quote.DefaultOptions (see
// quote.Options.StatementsOnly: plans, findings and noun-phrase objects
// are not positions) on every core.
var DefaultOptions = Options{Extract: StatementOptions}

// StatementOptions are quote.DefaultOptions reporting statements only,
// quotation paragraphs that continue a speaker included: the quotes a
// per-speaker summary counts.
var StatementOptions = func() quote.Options {
	o := quote.DefaultOptions
	o.StatementsOnly, o.Continuations = true, true
	return o
}()

// Classify extracts the statements of doc and classifies each one with
// m (m.Topic may be nil).
func Classify(doc *corpus.Document, m Models, opts quote.Options) []Statement {
	quotes := quote.Extract(doc.Text, opts)
	out := make([]Statement, len(quotes))
	var article nb.Prediction
	for i, q := range quotes {
		out[i] = Statement{Quote: q, Stance: m.Stance.Predict(q.Text)}
		if m.Topic != nil {
			out[i].Topic = m.topicOf(doc, q.Text, &article)
		}
	}
	return out
}

// Observe turns a quote and its predictions into the Observation a
// tally.Partial counts. topic is the zero Prediction without a topic model.
func Observe(q quote.Quote, stance, topic nb.Prediction) tally.Observation {
	o := tally.Observation{Speaker: q.Speaker, Role: q.Role, Stance: stance.Label, Confidence: stance.Prob, Topic: topic.Label}
	if q.SpeakerType != quote.Unknown {
		o.Type = q.SpeakerType
	}
	if q.SpeakerGender != quote.Unknown {
		o.Gender = q.SpeakerGender
	}
	return o
}

// observe extracts and classifies the statements of doc. Unattributed
// statements are counted but not classified: no speaker row uses them.
// Each statement is classified as it is found, so only the observations
// are kept, not the Quotes of the document; with opts.Evidence, each
// observation points into the document's text, which the Partial copies
// from only for the statements it keeps.
func observe(doc *corpus.Document, m Models, opts Options) []tally.Observation {
	var obs []tally.Observation
	dc := docClassifier{m: m, doc: doc}
	for q := range quote.ExtractSeq(doc.Text, opts.Extract) {
		var o tally.Observation
		if strings.TrimSpace(q.Speaker) != "" {
			var topic nb.Prediction
			if m.Topic != nil {
				topic = dc.topic(q.Text)
			}
			st := dc.stance(q.Text)
			o = Observe(q, st, topic)
			o.Uncertain = st.Prob < opts.MinConfidence
			if opts.Evidence > 0 {
				o.Evidence = evidenceOf(doc, q)
			}
		}
		obs = append(obs, o)
	}
	return obs
}

// dateOf is the date of doc as a Partial counts it.
func dateOf(doc *corpus.Document) tally.DocDate {
	t, err := doc.Time()
	switch {
	case err == nil:
		return tally.DocDate{Day: tally.DayOf(t), Known: true}
	case errors.Is(err, corpus.ErrNoDate):
		return tally.DocDate{}
	}
	return tally.DocDate{Unreadable: true}
}

// An observed document is what a worker makes of a document for Analyze.
type observed struct {
	date tally.DocDate
	obs  []tally.Observation
}

// Analyze is the streaming read -> extract -> classify -> tally pass: it
// reads r to the end and returns the counts of every statement, ready for
// tally.Summarize or for merging with the Partials of other shards.
//
// A reader goroutine feeds documents to opts.Workers goroutines that
// extract and classify, and the calling goroutine adds their observations
// to the Partial. A Partial does not depend on the order documents are
// added in, so results are taken as they come: memory is bounded by the
// largest document, a few megabytes of smaller ones in flight (see
// Options.Workers) and the per-speaker counts, whatever the corpus size. An error of r other than a *corpus.DocError stops the pass, and so
// does ctx.
func Analyze(ctx context.Context, r Reader, m Models, opts Options) (*tally.Partial, error) {
	if m.Stance == nil {
		return nil, errors.New("analyze: no stance model")
	}
	var topicLabels []string
	if m.Topic != nil {
		topicLabels = m.Topic.Labels()
	}
	if opts.Evidence < 0 || opts.Evidence > tally.MaxEvidence {
		return nil, fmt.Errorf("analyze: Options.Evidence is %d, want 0 to %d", opts.Evidence, tally.MaxEvidence)
	}
	p := tally.NewPartial(m.Stance.Labels(), topicLabels)
	p.StanceModel = m.Stance.Hash()
	if m.Topic != nil {
		p.TopicModel = m.Topic.Hash()
	}
	p.Dates, p.Evidence = opts.Dates, opts.Evidence
	if opts.Evidence > 0 { // a Partial without evidence has no budget, and its file no field for one
		p.EvidenceBudget = max(0, opts.EvidenceBudget)
	}
	err := stream(ctx, r, opts, false,
		func(doc *corpus.Document) observed {
			o := observed{obs: observe(doc, m, opts)}
			if opts.Dates {
				o.date = dateOf(doc)
			}
			return o
		},
		func(_ *corpus.Document, o observed) error {
			p.AddDatedDocument(o.date, o.obs)
			if opts.Progress != nil {
				opts.Progress(p.Documents)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Each is the order-preserving pass behind "stance quotes" and "stance
// classify": it reads r, calls work on each document on opts.Workers
// goroutines, and calls emit with the results in input order from the
// calling goroutine. emit's error stops the pass and is returned. Bad
// documents are handled as in Analyze.
func Each[T any](ctx context.Context, r Reader, opts Options,
	work func(*corpus.Document) T, emit func(*corpus.Document, T) error) error {
	done := 0
	return stream(ctx, r, opts, true, work, func(doc *corpus.Document, v T) error {
		if err := emit(doc, v); err != nil {
			return err
		}
		done++
		if opts.Progress != nil {
			opts.Progress(done)
		}
		return nil
	})
}

// inFlightBytes bounds the text of the documents read but not yet
// emitted: the reader reads another document only while less than this
// is in flight. A pass then holds at most this much text besides its
// largest document, however many workers it has and however far an
// ordered pass runs ahead of a slow document; news articles of a few
// kilobytes never wait for it.
const inFlightBytes = 8 << 20

// A budget counts the bytes of text in flight.
type budget struct {
	used atomic.Int64
	free chan struct{} // holds a token once bytes are given back
}

// wait blocks until less than inFlightBytes are in flight. It reports
// false when ctx is done first.
func (b *budget) wait(ctx context.Context) bool {
	for b.used.Load() >= inFlightBytes {
		select {
		case <-b.free:
		case <-ctx.Done():
			return false
		}
	}
	return true
}

func (b *budget) take(n int) { b.used.Add(int64(n)) }

func (b *budget) give(n int) {
	b.used.Add(-int64(n))
	select {
	case b.free <- struct{}{}:
	default:
	}
}

// guarded calls work on doc and turns a panic into the document's error,
// so that a bug the document trips costs that document, not the corpus.
func guarded[T any](work func(*corpus.Document) T, doc *corpus.Document) (v T, err error) {
	defer func() {
		if p := recover(); p != nil {
			stack := strings.Split(string(debug.Stack()), "\n")
			if len(stack) > 24 {
				stack = stack[:24]
			}
			err = &corpus.DocError{File: doc.Path, Line: doc.Line,
				Err: fmt.Errorf("internal error, the document was skipped (please report it with the document): %v\n%s", p, strings.Join(stack, "\n"))}
		}
	}()
	return work(doc), nil
}

// stream runs work on the documents of r on opts.Workers goroutines and
// emit on the results from the calling goroutine, in input order when
// ordered is true and as they come otherwise. Documents are read while
// less than inFlightBytes of text is in flight.
func stream[T any](ctx context.Context, r Reader, opts Options, ordered bool,
	work func(*corpus.Document) T, emit func(*corpus.Document, T) error) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type item struct {
		seq int
		doc *corpus.Document
		val T
		err error // a bad document, from the reader, or a panic in work
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan item, workers)
	results := make(chan item, 2*workers)
	var readErr error
	inFlight := &budget{free: make(chan struct{}, 1)}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // reader
		defer wg.Done()
		defer close(jobs)
		for seq := 0; ; seq++ {
			if !inFlight.wait(ctx) {
				return
			}
			doc, err := r.Next()
			if err == io.EOF {
				return
			}
			var de *corpus.DocError
			switch {
			case errors.As(err, &de):
				select {
				case results <- item{seq: seq, err: err}:
					continue
				case <-ctx.Done():
					return
				}
			case err != nil:
				readErr = err
				return
			}
			inFlight.take(len(doc.Text))
			select {
			case jobs <- item{seq: seq, doc: doc}:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.val, j.err = guarded(work, j.doc)
				select {
				case results <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var err error
	handle := func(it item) {
		if it.err != nil {
			if it.doc != nil {
				inFlight.give(len(it.doc.Text)) // a document whose work failed
			}
			if opts.Strict {
				err = it.err
				cancel()
			} else if opts.OnError != nil {
				opts.OnError(it.err)
			}
			return
		}
		e := emit(it.doc, it.val)
		inFlight.give(len(it.doc.Text))
		if e != nil {
			err = e
			cancel()
		}
	}
	pending := map[int]item{}
	next := 0
	for it := range results {
		if err != nil {
			continue // drain until the goroutines have stopped
		}
		if !ordered {
			handle(it)
			continue
		}
		pending[it.seq] = it
		for err == nil {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			handle(p)
		}
	}
	switch {
	case err != nil:
		return err
	case parent.Err() != nil:
		return parent.Err()
	case readErr != nil:
		return fmt.Errorf("reading input: %w", readErr)
	}
	return nil
}
