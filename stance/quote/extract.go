package quote

import (
	"errors"
	"fmt"
	"strings"
)

// Options control which statements Extract reports.
type Options struct {
	// MinContentWords is the least number of word tokens a content must
	// have to be reported. 1 or more. A paraphrase (no quotation marks)
	// always needs at least 2: one word is a misparse, while a one-word
	// quotation with a cue (he said, "No.") is a real answer.
	MinContentWords int
	// Indirect includes reported speech, beliefs, plans and evidence
	// ("X said that ...", "polls show ..."). When false only statements
	// containing a quotation (direct and mixed) are reported.
	Indirect bool
	// Headlines allows "Speaker: claim" in the first paragraph of a
	// document, the headline form ("Clinton to Planned Parenthood: ...").
	Headlines bool
	// MaxSourceWords bounds the length of a source mention in words,
	// appositives included. 1 or more.
	MaxSourceWords int
}

// DefaultOptions are the options tuned on PolNeAR.
var DefaultOptions = Options{
	MinContentWords: 1,
	Indirect:        true,
	Headlines:       true,
	MaxSourceWords:  40,
}

// ErrBadOption is wrapped by the errors of Options.Validate.
var ErrBadOption = errors.New("bad extract option")

// Validate reports whether the options are usable.
func (o Options) Validate() error {
	if o.MinContentWords < 1 {
		return fmt.Errorf("%w: MinContentWords is %d, want 1 or more", ErrBadOption, o.MinContentWords)
	}
	if o.MaxSourceWords < 1 {
		return fmt.Errorf("%w: MaxSourceWords is %d, want 1 or more", ErrBadOption, o.MaxSourceWords)
	}
	return nil
}

// Extract finds the attributed statements of text: direct quotations,
// reported speech and attributions of belief, plan and evidence, each with
// its source mention, cue and the canonical speaker it resolves to.
//
// Extract never panics on any text, valid UTF-8 or not; every span it
// returns lies inside text on rune boundaries. Options are not
// re-validated: invalid options (see Validate) are replaced by the defaults.
func Extract(text string, opts Options) []Quote {
	if text == "" {
		return nil
	}
	if opts.Validate() != nil {
		opts = DefaultOptions
	}
	x := &extractor{text: text, opts: opts}
	x.run()
	return x.results()
}

// extractor holds the state of one Extract call. Its slices are sized by
// the document.
type extractor struct {
	text   string
	opts   Options
	paras  []paragraph
	quotes []quotation
	units  []unit
	words  []word
	attrs  []attribution
	// pending is the index in attrs of an attribution whose cue ended in
	// a colon and waits for its content in the next unit, or -1.
	pending int
	// qa is true in an interview printed as questions ("Q: ...") and
	// answers ("Brandt: ..."), where a capitalised name and a colon opens
	// a transcript line.
	qa bool
	// skipPara is a paragraph already attributed as a whole (a transcript
	// line "WALLACE: ..."), or -1.
	skipPara int
	tokQ     int // quotation cursor of tokenize
}

// An attribution is a statement found in the text before speakers are
// resolved.
type attribution struct {
	content []Span
	source  subject
	hasSrc  bool
	cue     Span
	hasCue  bool
	unit    int
	quoted  bool // content contains a quotation
	direct  bool // content is made of quotations only
	srcSpan Span
}

func (x *extractor) run() {
	x.pending, x.skipPara = -1, -1
	x.splitParagraphs()
	x.markResidue()
	for pi := range x.paras {
		p := &x.paras[pi]
		p.q0 = len(x.quotes)
		if !p.residue {
			next := pi + 1
			for next < len(x.paras) && x.paras[next].residue {
				next++
			}
			nextOpens := next < len(x.paras) && isQuoteOpenAt(x.text, x.paras[next].Start)
			x.quotes = appendQuotations(x.quotes, x.text, p.Start, p.End, nextOpens)
		}
		p.q1 = len(x.quotes)
		if p.residue {
			p.u0, p.u1 = len(x.units), len(x.units)
			continue
		}
		x.splitUnits(pi)
	}
	x.words = make([]word, 0, len(x.text)/5+8)
	for ui := range x.units {
		x.tokenize(ui)
	}
	for _, p := range x.paras {
		if t := x.text[p.Start:p.End]; strings.HasPrefix(t, "Q:") || strings.HasPrefix(t, "Q.") {
			x.qa = true // an interview in questions and answers
			break
		}
	}
	first := true
	for ui := range x.units {
		x.attributeUnit(ui, first && x.units[ui].para == x.units[0].para)
		if ui+1 < len(x.units) && x.units[ui+1].para != x.units[ui].para {
			first = false
		}
	}
}

// splitParagraphs makes one paragraph per non-blank line.
func (x *extractor) splitParagraphs() {
	text := x.text
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		s = skipSpace(text, s, e)
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			x.paras = append(x.paras, paragraph{Span: Span{s, e}})
		}
		start = end + 1
	}
}

// results turns the attributions into Quotes with resolved speakers.
func (x *extractor) results() []Quote {
	if len(x.attrs) == 0 {
		return nil
	}
	r := newResolver(x)
	out := make([]Quote, 0, len(x.attrs))
	for i := range x.attrs {
		a := &x.attrs[i]
		if len(a.content) == 0 {
			continue
		}
		q := Quote{Content: a.content}
		var b strings.Builder
		for k, c := range a.content {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(x.text[c.Start:c.End])
		}
		q.Text = b.String()
		if a.hasSrc {
			s := a.srcSpan
			q.Source = &s
		}
		if a.hasCue {
			c := a.cue
			q.Cue = &c
		}
		switch {
		case a.direct:
			q.Kind = Direct
		case a.quoted:
			q.Kind = Mixed
		default:
			q.Kind = Indirect
		}
		if !x.opts.Indirect && q.Kind == Indirect {
			continue
		}
		q.Speaker, q.Role = r.resolve(a)
		out = append(out, q)
	}
	return out
}
