package quote

import (
	"errors"
	"fmt"
	"iter"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
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
	// StatementsOnly reports only the quotes that are statements (see
	// Quote.Statement): what a per-speaker summary counts. Otherwise
	// every attribution is reported, as PolNeAR annotates them.
	StatementsOnly bool
	// Continuations reports a paragraph that is all quotation, with no
	// cue, after a paragraph that quotes someone, as a statement of the
	// same speaker, and the answers of an interview ("A: ...", "Skaar:
	// ...") as statements of the one interviewed. PolNeAR does not
	// annotate these, so DefaultOptions leave them out; a summary counts
	// them.
	Continuations bool
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
//
// The strings of the Quotes (Text of a one-range statement, Speaker,
// Role) share memory with text. Besides text and the result, Extract
// needs memory for the names of the document and the few sentences it is
// working on, not for the whole document: a long document is read twice,
// once for the names and once for the statements.
func Extract(text string, opts Options) []Quote {
	if text == "" {
		return nil
	}
	if opts.Validate() != nil {
		opts = DefaultOptions
	}
	x := newExtractor(text, opts)
	x.run()
	x.release()
	return x.out
}

// ExtractSeq yields the Quotes of Extract in the same order, each as soon
// as no later sentence can change it, so that a caller who uses each
// Quote and lets it go needs no memory for the whole result. Breaking out
// of the loop stops the extraction.
func ExtractSeq(text string, opts Options) iter.Seq[Quote] {
	return func(yield func(Quote) bool) {
		if text == "" {
			return
		}
		if opts.Validate() != nil {
			opts = DefaultOptions
		}
		x := newExtractor(text, opts)
		x.yield = yield
		defer x.release()
		x.run()
	}
}

// scratch holds the buffers of an extraction that nothing returned to the
// caller points into, kept between calls: a corpus of articles otherwise
// allocates and clears a word array the size of each article.
type scratch struct {
	paras  []paragraph
	quotes []quotation
	units  []unit
	words  []word
	names  [3]map[string]int // the resolver's byName, byLast, byFirst
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{names: [3]map[string]int{{}, {}, {}}}
}}

// cleanSpaces returns s with every run of white space, a no-break space
// or a line break among them, written as one space: "Donald\u00a0Trump"
// is Donald Trump. It allocates only when there is something to change.
func cleanSpaces(s string) string {
	prev := ' '
	for _, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || prev == ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prev = r
	}
	if prev == ' ' && s != "" {
		return strings.TrimRight(s, " ") // a trailing space
	}
	return s
}

// orgDescription reports whether np is "the" and a noun that names a kind
// of organisation ("the utility", "the club"): once it resolves to the
// body the article named, the body has spoken there, and "It expects ..."
// that follows is the same body.
func (x *extractor) orgDescription(np npSpan) bool {
	if np.w1-np.w0 != 2 || !x.is(lexicon.CArticles, np.w0) || !lexicon.EqualFold(x.wordText(np.w0), "the") {
		return false
	}
	_, ok := lexicon.OrgNominals[lexicon.Lower(x.wordText(np.w1-1))]
	return ok
}

// relativeAntecedent returns the noun phrase a relative pronoun before
// the source of a stands for, when the content has no subject of its own
// and opens with a finite auxiliary or modal: "the overtime rule, which
// Mozloom thinks will lead to job cuts" says the rule will. Not for "what"
// ("what they said was the need ..."), which stands for no phrase.
func (x *extractor) relativeAntecedent(a *attribution) (Span, bool) {
	if !a.hasSrc || !a.source.np.ok() || len(a.content) == 0 || a.srcUnit < 0 || a.srcUnit >= len(x.units) {
		return Span{}, false
	}
	c := a.content[0]
	first := sort.Search(len(x.words), func(i int) bool { return x.words[i].Start >= c.Start })
	if first >= len(x.words) || x.words[first].Start != c.Start || !auxOrModal(x.wordText(first)) {
		return Span{}, false
	}
	k := a.source.span.w0 - 1
	lo := x.units[a.srcUnit].w0
	if k <= lo || x.words[k].upper || !x.wordIs(k, "which") && !x.wordIs(k, "that") {
		return Span{}, false
	}
	j := k - 1
	if x.isPunct(j, ',') {
		j--
	}
	if j < lo || x.words[j].kind != wordText || x.is(lexicon.CPrepositions, j) || x.is(lexicon.CFiniteAux, j) || isPastForm(x.wordText(j)) {
		return Span{}, false
	}
	np := x.npLeft(j, lo)
	if !np.ok() || np.w1 != j+1 {
		return Span{}, false
	}
	for t := np.w1 - 1; t > np.w0; t-- {
		if w := x.wordText(t - 1); x.words[t-1].kind != wordText || isPastForm(w) || x.is(lexicon.CFiniteAux, t-1) || x.isCueWord(t-1) {
			np.w0 = t // "The court heard cases that ...": the object, not the clause
			break
		}
	}
	if np.w1-np.w0 > 6 || x.is(lexicon.CSubjectPronouns, np.w0) || x.is(lexicon.CPrepositions, np.w0) || x.words[np.w0].quote >= 0 ||
		np.w0 > lo && x.is(lexicon.CPrepositions, np.w0-1) && !x.is(lexicon.CArticles, np.w0) && !x.is(lexicon.CPossDeterminers, np.w0) ||
		lexicon.IsNumber(x.wordText(np.w0)) || x.is(lexicon.CTimeWords, np.w1-1) {
		return Span{}, false // ("a show of muscle that she hopes can help": not "of muscle"; "She resigned in March, which ...")
	}
	if x.wordIs(k, "which") && x.isPunct(k-1, ',') && !x.is(lexicon.CArticles, np.w0) && !x.is(lexicon.CPossDeterminers, np.w0) &&
		!x.is(lexicon.CDeterminers, np.w0) && !x.words[np.w0].upper {
		return Span{}, false // ", which" after a clause may stand for the clause: "The company cut 500 jobs, which analysts said would hurt morale"
	}
	return x.wordsSpan(np.w0, np.w1), true
}

// writersOwn reports whether attribution a is the writer's own belief
// or writing, "I" or "we" outside any quotation with a belief or writing
// cue ("Now we know: ...", "I think the ad works"): narration, no
// source's statement. "I said" in a memoir stays a statement, and in an
// interview "I" is the one who answers.
func (x *extractor) writersOwn(a *attribution, c CueClass) bool {
	if x.qa || x.turns || !a.hasSrc || !a.source.np.ok() || a.source.np.w1-a.source.np.w0 != 1 || c != Belief && c != Writing {
		return false
	}
	k := a.source.np.w0
	if x.words[k].quote >= 0 {
		return false
	}
	w := x.wordText(k)
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i] // "as I've suggested"
	}
	return w == "I" || w == "we" || w == "We"
}

// negativeSource reports whether the source of a opens with a negative
// quantifier ("few experts believe that is likely", "no official
// said"): the source does not hold the content, and reports no position.
// "A few experts" and "not a few" hold it.
func (x *extractor) negativeSource(a *attribution) bool {
	if !a.hasSrc || !a.source.span.ok() {
		return false
	}
	k := a.source.span.w0
	if !x.wordIs(k, "few") && !x.wordIs(k, "no") && !x.wordIs(k, "none") && !x.wordIs(k, "neither") {
		return false
	}
	if x.wordIs(k+1, "wonder") || x.wordIs(k+1, "doubt") || x.wordIs(k+1, "matter") {
		return false // "No wonder Trump said": an idiom before the source
	}
	return k == 0 || !x.wordIs(k-1, "a") && !x.wordIs(k-1, "not")
}

// headlineUnit reports whether unit ui is the document's headline: the
// first paragraph, one short line with another paragraph after it, that
// either has no closing stop, is in title case, or reports in the present
// ("Axelrod calls on Dean to apologize.", "Obama Says Museum Will Tell of
// 'Suffering.'"). A
// headline's attribution restates, in the editor's words, a statement the
// article reports; `quotes` keeps it, summaries would count it twice.
func (x *extractor) headlineUnit(ui int, cue string) bool {
	if ui < 0 || ui >= len(x.units) {
		return false
	}
	u := x.units[ui]
	// The headline is a paragraph of one unit. Whether it is one is read
	// from the offsets, not from the units beside it, which a window may
	// not hold (window.go).
	p := x.paras[u.para]
	if u.para != x.firstPara || u.para+1 >= len(x.paras) || skipSpace(x.text, u.Start, u.End) > p.Start ||
		strings.TrimRight(x.text[p.Start:p.End], " \t\r") != strings.TrimRight(x.text[p.Start:max(p.Start, min(u.End, p.End))], " \t\r") {
		return false
	}
	words, caps, long := 0, 0, 0
	for k := u.w0; k < u.w1; k++ {
		if x.words[k].kind != wordText {
			continue
		}
		words++
		if k > u.w0 && len(x.wordText(k)) >= 4 {
			long++
			if x.words[k].upper {
				caps++
			}
		}
	}
	if words > 20 {
		return false
	}
	t := strings.TrimRight(x.text[u.Start:u.End], " \t\"'”’»")
	if t == "" {
		return false
	}
	if c := t[len(t)-1]; c != '.' && c != '!' && c != '?' {
		return true
	}
	if strings.TrimSpace(cue) == ":" {
		return true // "Sanders: Clinton needs to ...", with the stop some archives add
	}
	if e, ok := lexicon.LookupCue(firstWord(cue)); ok && e.Third {
		return true // headlinese: "Axelrod calls on Dean to apologize ...", with a stop some sites add
	}
	return long >= 3 && caps*5 >= long*3
}

// readerAddressed reports whether the source of a is "you" outside any
// quotation: the writer asks or tells the reader ("Do you know where
// ...?", "you might think ..."), and no source takes a position. In an
// interview "you" is the one asked, and stays.
func (x *extractor) readerAddressed(a *attribution) bool {
	if x.qa || x.turns || !a.hasSrc || !a.source.np.ok() || a.source.np.w1-a.source.np.w0 != 1 {
		return false
	}
	k := a.source.np.w0
	return x.words[k].quote < 0 && lexicon.EqualFold(x.wordText(k), "you")
}

// hypothetical reports whether the source of a follows a word that makes
// its clause a condition or a supposition ("If she says ...", "unless the
// board decides ...", "Say Mexico demanded ...", "Suppose the minister
// argued ..."): no one has said it. Only a sentence's first word is read
// as an imperative supposition, so "they say Mexico demanded" stays.
func (x *extractor) hypothetical(a *attribution) bool {
	if !a.hasSrc || !a.source.np.ok() {
		return false
	}
	k, u := a.source.np.w0-1, a.srcUnit
	if k < 0 || u < 0 || u >= len(x.units) || k < x.units[u].w0 || x.words[k].kind != wordText || x.words[k].quote >= 0 {
		return false
	}
	w := x.wordText(k)
	switch {
	case lexicon.InFold(conditionWords, w):
		return true
	case lexicon.InFold(suppositionWords, w):
		return x.sentenceInitial(k) && x.words[k].upper
	}
	return false
}

// conditionWords open a conditional clause; suppositionWords, opening a
// sentence, ask the reader to suppose one.
var (
	conditionWords   = lexicon.SetOf("if", "unless")
	suppositionWords = lexicon.SetOf("say", "suppose", "supposing", "imagine")
)

// findingCues are speech cues that also report what a thing shows or
// makes known: "the results suggest", "the debate revealed", "the trip
// highlights". With a source that is no one, they report a finding.
var findingCues = lexicon.SetOf("suggest", "suggests", "suggested", "suggesting", "reveal", "reveals",
	"revealed", "revealing", "highlight", "highlights", "highlighted", "highlighting", "underline",
	"underlines", "underlined", "underscore", "underscores", "underscored", "confirm", "confirms",
	"confirmed", "estimate", "estimates", "estimated", "illustrate", "illustrates", "illustrated")

// findingSource reports whether the cue is a finding cue and the source
// of a is a common noun phrase headed by a thing, not an agent: not a
// name, a pronoun, a role noun ("the minister"), a group ("analysts"), an
// organisation or a document word ("the campaign", "the report"), nor a
// noun with an agent suffix ("researchers", "the economist").
func (x *extractor) findingSource(a *attribution, cue string) bool {
	if !lexicon.InFold(findingCues, firstWord(cue)) || !a.source.np.ok() {
		return false
	}
	w0, w1 := a.source.np.w0, a.source.np.w1
	head := -1
	for i := w0; i < w1; i++ {
		w := x.words[i]
		if w.kind != wordText {
			if head >= 0 {
				break
			}
			continue
		}
		if w.upper && !(i == w0 && (x.is(lexicon.CArticles, i) || x.is(lexicon.CDeterminers, i) || x.is(lexicon.CPossDeterminers, i) ||
			x.sentenceInitial(i) && x.common(i))) {
			return false // a name, or a name inside the phrase ("the Clinton campaign")
		}
		if head >= 0 && (x.is(lexicon.CPrepositions, i) || x.is(lexicon.CRelativePronouns, i)) {
			break // "the new evidence from trade"
		}
		head = i
	}
	if head < 0 || x.is(lexicon.CSubjectPronouns, head) || x.is(lexicon.CRelativePronouns, head) {
		return false
	}
	if x.words[head].upper && x.r != nil {
		if e, _, _ := x.r.lookup(head, head+1, len(x.r.ents)); e >= 0 && !x.r.ents[e].thing && !hasOrgWord(x.r.ents[e].name) {
			return false // "Firth confirmed that ...": the surname of a person the story names, though "firth" is a word
		}
	}
	h := lexicon.Lower(x.wordText(head))
	return !agentNoun(h) && !strings.HasSuffix(h, "-year-old") && !lexicon.IsNationalityNoun(x.wordText(head)) // ("The 38-year-old confirmed", "the Dane confirmed": a person)
}

// agentNouns are common nouns for people, places that act as one, and
// firms, which no role list holds (see also personNouns).
var agentNouns = lexicon.SetOf("man", "woman", "men", "women", "person", "people", "everyone", "everybody",
	"anyone", "someone", "somebody", "nobody", "family", "friend", "country", "city", "state", "side", "team",
	"industry", "firm", "embassy", "majority", "ally", "allies", "government", "ministry", "company", "expert",
	"source")

// agentNoun reports whether the lower-case noun w can name someone who
// speaks: a role noun, a group, an organisation, a person noun, or a
// noun with an agent suffix (-er, -or, -ist, -ian, -ant, -ent but not
// -ment), singular or plural.
func agentNoun(w string) bool {
	one := singular(w)
	for _, s := range [...]lexicon.Set{lexicon.RoleNouns, lexicon.GroupHeads, lexicon.OrgPlurals, lexicon.PluralNouns,
		lexicon.OrgWords, lexicon.DescNouns, lexicon.Quantifiers, agentNouns} {
		if s[w] || s[one] {
			return true
		}
	}
	if _, ok := personNouns[one]; ok {
		return true
	}
	return agentSuffix(one, 0) || !strings.HasSuffix(one, "ment") &&
		(strings.HasSuffix(one, "yst") || strings.HasSuffix(one, "man") || strings.HasSuffix(one, "men"))
}

// agentSuffix reports whether the lower-case noun w ends in a suffix of
// agents (-er, -or, -ist, -ian, -ant, -ent, but not -ment) after a stem of
// more than minStem letters: "marketer", "participant", "forecaster".
func agentSuffix(w string, minStem int) bool {
	if strings.HasSuffix(w, "ment") {
		return false
	}
	for _, suf := range [...]string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+minStem {
			return true
		}
	}
	return false
}

// newExtractor returns an extractor for text with buffers from the pool.
func newExtractor(text string, opts Options) *extractor {
	x := &extractor{text: text, opts: opts, scratch: scratchPool.Get().(*scratch)}
	x.paras, x.quotes, x.units, x.words = x.scratch.paras[:0], x.scratch.quotes[:0], x.scratch.units[:0], x.scratch.words[:0]
	return x
}

// release gives the buffers of x back to the pool, grown as they were,
// with the maps emptied so that they keep no text alive. A buffer grown
// past maxScratch words is dropped rather than kept.
func (x *extractor) release() {
	sc := x.scratch
	if sc == nil {
		return
	}
	x.scratch = nil
	if cap(x.words) > maxScratch {
		return
	}
	sc.paras, sc.quotes, sc.units, sc.words = x.paras[:0], x.quotes[:0], x.units[:0], x.words[:0]
	for _, m := range sc.names {
		clear(m)
	}
	scratchPool.Put(sc)
}

// maxScratch is the largest word buffer kept for the next extraction.
const maxScratch = 1 << 16

// extractor holds the state of one Extract call. paras covers the whole
// document; quotes, units, words and attrs are a window onto it, the part
// still in use (window.go).
type extractor struct {
	text      string
	opts      Options
	paras     []paragraph
	firstPara int // paragraph of the first unit, the headline; -1 before it
	// qa is true in an interview printed as questions ("Q: ...") and
	// answers ("Brandt: ..."), where a capitalised name and a colon opens
	// a transcript line.
	qa bool
	// turns is true in an interview where the interviewer's and the
	// interviewee's names take turns before a colon ("Gazette: ...",
	// "Skaar: ...").
	turns bool
	// dateline is the paragraph that opens with the place the story was
	// filed from and a colon ("PUNE: ..."), or -1 (isInterview).
	dateline int

	// whole is true when all the units and words of the document are
	// kept, false when they are walked with a window.
	whole     bool
	split     splitter
	mentioned int         // units [0, mentioned) have their mentions recorded
	quotes    []quotation // quotations of paragraph split.pi
	qbase     int         // number of quotations in the paragraphs before it
	units     []unit
	words     []word
	attrs     []attribution // not yet resolved, in text order
	// pending is the index in attrs of an attribution whose cue ended in
	// a colon and waits for its content in the next unit, or -1.
	pending int
	// listing marks the pending attribution as a list's ("X said:" and
	// one item a line), which the next item goes on.
	listing bool
	// listBlank marks a list after "X said:" and a blank line, whose items
	// need no marks.
	listBlank bool
	// skipPara is a paragraph already attributed as a whole (a transcript
	// line "WALLACE: ..."), or -1.
	skipPara int
	// answers are the paragraphs of an interview's answers and transcript
	// lines, which are the interviewee's statements whole; the reports
	// inside them are read as well (interview), but not the answerer's
	// own "I think ...", which the answer already holds.
	answers []Span

	r       *resolver
	scratch *scratch // buffers lent by scratchPool until release
	// yield takes each Quote when not nil (ExtractSeq), and stops the
	// extraction by returning false; otherwise the Quotes go to out.
	yield   func(Quote) bool
	stopped bool
	out     []Quote
	spans   []Span // backing store of the Sources and Cues
	// last is the latest Quote resolved, whose speaker a following
	// quotation paragraph without a cue continues.
	last Quote
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
	srcUnit int  // the unit the source lies in, where the attribution was found
	quoted  bool // content contains a quotation
	direct  bool // content is made of quotations only
	srcSpan Span
	// follows marks a quotation paragraph with no cue of its own after a
	// quoted statement: the same speaker goes on.
	follows bool
	// channel marks "According to Yahoo News, spokesman X said ...": the
	// outlet carries a statement whose speaker is inside the content,
	// and is no statement itself.
	channel bool
	// transcript marks an answer of an interview printed as questions and
	// answers: verbatim speech, as a quotation is. interviewee marks an
	// answer without a name ("A: ..."), whose speaker is the one
	// interviewed.
	transcript, interviewee bool
}

// run extracts in two walks over the sentence units: the names of the
// document first, so that a short name ("Lavrov") finds a full name that
// comes later, then the attributions. A document of up to windowWords
// words is tokenized once and kept whole; a longer one is tokenized again
// for the second walk, where only a window of it is kept (window.go).
func (x *extractor) run() {
	x.pending, x.skipPara, x.firstPara, x.listing = -1, -1, -1, false
	x.answers = x.answers[:0]
	x.splitParagraphs()
	x.markResidue()
	x.qa, x.turns, x.dateline = x.isInterview()
	x.r = newResolver(x)
	x.whole = true
	if c := min(len(x.text)/5, windowWords) + 8; cap(x.words) < c {
		x.words = make([]word, 0, c)
	}
	for x.nextUnit() {
		x.r.addNames(len(x.units) - 1)
		if len(x.words) > windowWords {
			x.whole = false
		}
		if !x.whole {
			x.units, x.words = x.units[:0], x.words[:0]
		}
	}
	x.r.named = len(x.r.ents)
	if !x.whole {
		x.split, x.quotes, x.qbase = splitter{}, x.quotes[:0], 0
	}
	limit := windowWords
	for ui := 0; !x.stopped && (ui < len(x.units) || !x.whole && x.nextUnit()); ui++ {
		if ui >= x.mentioned {
			x.r.addMentions(ui)
			x.mentioned = ui + 1
		}
		x.attributeUnit(ui, x.units[ui].para == x.firstPara)
		if x.whole {
			continue
		}
		x.settle(x.final(ui))
		if len(x.words) > limit {
			ui -= x.compact(ui)
			limit = max(windowWords, 2*len(x.words))
		}
	}
	x.settle(len(x.attrs))
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

// answersOwn reports whether attribution a is the answerer's own "I"
// or "we" inside an interview's answer (extractor.answers).
func (x *extractor) answersOwn(a *attribution) bool {
	if a.transcript || !a.hasSrc || !a.source.np.ok() || a.source.np.w1-a.source.np.w0 != 1 || len(x.answers) == 0 {
		return false
	}
	if w := x.wordText(a.source.np.w0); w != "I" && w != "we" && w != "We" || x.words[a.source.np.w0].quote >= 0 {
		return false
	}
	for _, sp := range x.answers {
		if sp.Start <= a.srcSpan.Start && a.srcSpan.End <= sp.End {
			return true
		}
	}
	return false
}

// settle resolves the speakers of the first n attributions, in order,
// appends their Quotes to x.out and drops them from the window.
func (x *extractor) settle(n int) {
	if n == 0 {
		return
	}
	if x.out == nil && x.yield == nil {
		// Not nil once there is an attribution. The whole document at
		// once gives the final sizes.
		x.out = make([]Quote, 0, n)
		if x.whole {
			x.spans = make([]Span, 0, 2*n)
		}
	}
	for i := range x.attrs[:n] {
		if x.stopped {
			break
		}
		a := &x.attrs[i]
		if len(a.content) == 0 || x.answersOwn(a) {
			continue
		}
		at := a.content[0].Start
		if a.hasSrc && a.source.span.ok() {
			at = min(at, x.words[a.source.span.w0].Start)
		}
		x.r.resolveDescriptions(at)
		q := Quote{Content: a.content}
		if len(a.content) == 1 {
			q.Text = x.text[a.content[0].Start:a.content[0].End]
		} else {
			var b strings.Builder
			for k, c := range a.content {
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(x.text[c.Start:c.End])
			}
			q.Text = b.String()
		}
		if a.hasSrc {
			q.Source = x.span(a.srcSpan)
		}
		if a.hasCue {
			q.Cue = x.span(a.cue)
		}
		switch {
		case a.direct, a.transcript:
			q.Kind = Direct
		case a.quoted:
			q.Kind = Mixed
		default:
			q.Kind = Indirect
		}
		if !x.opts.Indirect && q.Kind == Indirect {
			continue
		}
		q.Class = Speech
		if a.hasCue {
			q.Class = cueClass(x.text[a.cue.Start:a.cue.End])
			if q.Class == Plan && lexicon.InFold(wantForms, x.text[a.cue.Start:a.cue.End]) && objectInfinitive(q.Text) {
				q.Class = Belief // "wants the council to reopen the library": a position on what others should do
			}
			if q.Class == Speech && a.hasSrc && (isDocumentSource(x.text[a.srcSpan.Start:a.srcSpan.End]) ||
				isDocumentAgent(x.text[max(0, a.srcSpan.Start-60):a.srcSpan.Start])) {
				q.Class = Evidence // "according to the report", "a study by X found"
			}
		}
		cue, before := "", ""
		if a.hasCue {
			cue = x.text[a.cue.Start:a.cue.End]
			before = x.text[max(0, a.cue.Start-40):a.cue.Start]
		}
		if q.Class == Speech && a.hasSrc && x.findingSource(a, cue) {
			q.Class = Evidence // "the results suggest", "the debate revealed"
		}
		if (q.Class == Speech || q.Class == Belief) && x.shareSource(a) {
			q.Class = Evidence // "61 percent of voters say": what a poll found (share.go)
		}
		q.Statement = isStatement(q.Class, q.Kind, q.Text, cue, before) && !a.channel && !x.writersOwn(a, q.Class) &&
			!x.readerAddressed(a) && !x.hypothetical(a) && !x.headlineUnit(a.unit, cue) && !x.namedAs(a) && !x.objectRelative(a, q) &&
			!x.negativeSource(a)
		if x.opts.StatementsOnly && !q.Statement {
			continue
		}
		if q.Statement && q.Kind != Direct {
			if sp, ok := x.relativeAntecedent(a); ok {
				// "the overtime rule, which Mozloom thinks will lead to ...":
				// the statement's subject is the relative's antecedent
				q.Content = append([]Span{sp}, q.Content...)
				q.Text = x.text[sp.Start:sp.End] + " " + q.Text
			}
		}
		if a.follows {
			q.Speaker, q.Role = x.last.Speaker, x.last.Role
			q.SpeakerType, q.SpeakerGender = x.last.SpeakerType, x.last.SpeakerGender
		} else if a.interviewee {
			q.Speaker, q.Role = x.r.interviewee()
			q.SpeakerType, q.SpeakerGender = x.r.speakerKind(q.Speaker)
		} else {
			q.Speaker, q.Role = x.r.resolve(a)
			if full := x.r.tailOfKnown(q.Speaker); full != "" {
				q.Speaker = full // "Suu Kyi" is Aung San Suu Kyi
			} else if full := x.r.partOfKnown(q.Speaker); full != "" {
				q.Speaker = full // "Ahmad Faizal" is Ahmad Faizal Abdul Rahman, "Mr Tan" Kenneth Tan Wei Jie
				if e, ok := x.r.byName[full]; ok && q.Role == "" {
					q.Role = x.r.ents[e].role
				}
			}
			q.SpeakerType, q.SpeakerGender = x.r.speakerKind(q.Speaker)
			if q.SpeakerType == Organisation || q.SpeakerType == Unknown || q.SpeakerType == Person && q.SpeakerGender == Unknown && q.Role == "" {
				if full := x.r.fullOrgName(q.Speaker); full != "" {
					q.Speaker, q.SpeakerType = full, Organisation // "Karoo Crest" is Karoo Crest Dairies
				} else if full := x.r.fullOutletName(q.Speaker); full != "" {
					q.Speaker, q.SpeakerType = full, Organisation // "The Times" after "The New York Times"
				}
			}
			if q.SpeakerType == Organisation {
				q.Speaker = dropLegalForm(q.Speaker)
				if a.hasSrc && a.source.np.ok() && (x.words[a.source.np.w1-1].upper || x.in(ownedOrgs, a.source.np.w1-1) || x.orgDescription(a.source.np)) && a.source.np.w1-a.source.np.w0 <= 4 &&
					a.srcUnit >= 0 && a.srcUnit < len(x.units) && x.units[a.srcUnit].para > 0 && strings.Count(q.Speaker, " ") < 4 &&
					q.Speaker[0] >= 'A' && q.Speaker[0] <= 'Z' {
					x.r.noteOrgSpeaker(x.words[a.source.np.w0].Start, q.Speaker) // "Luano Copper said"
				}
			}
		}
		if q.SpeakerType == Organisation || q.SpeakerType == Unknown {
			// "Suara Data, a digital rights group", "Tuatele Seafoods, the
			// territory's largest private employer, said ... The company
			// said": what the article calls an organisation, or the role
			// its first statement gave it, holds for its other statements.
			if q.Role == "" {
				q.Role = x.r.orgRole(q.Speaker)
			} else if !strings.Contains(q.Role, q.Speaker) {
				x.r.noteOrgRole(q.Speaker, q.Role)
			}
		}
		if full := x.r.expandAcronym(q.Speaker); full != "" {
			q.Speaker, q.SpeakerType = full, Organisation // "IMF" is the International Monetary Fund the article names
		}
		q.Role = cleanSpaces(normalizeRole(q.Role))
		if lexicon.InFold(lexicon.PartyMembers, q.Role) && q.Role != "Independent" {
			q.Role = "" // "The Republican is also encouraging ...": a party, no title, job or office ("the Independent" is a newspaper)
		}
		q.Speaker = cleanSpaces(q.Speaker)
		x.last = q
		if x.yield == nil {
			x.out = append(x.out, q)
		} else if !x.yield(q) {
			x.stopped = true
		}
	}
	k := copy(x.attrs, x.attrs[n:])
	clear(x.attrs[k:])
	x.attrs = x.attrs[:k]
	if x.pending >= n {
		x.pending -= n
	} else {
		x.pending = -1
	}
}

// span returns a pointer to a copy of s, from a shared backing array.
func (x *extractor) span(s Span) *Span {
	if len(x.spans) == cap(x.spans) {
		x.spans = make([]Span, 0, 64)
	}
	x.spans = append(x.spans, s)
	return &x.spans[len(x.spans)-1]
}

// namedAs reports whether a quotation follows a naming verb straight
// away, with no object between, in a passive: `a grey seal dubbed
// “Gordon the Gobbler” has been caught`, `Keith, who was once called "the
// loudest man in Cornwall" by a DJ`: a name someone was given, not what
// the subject said (`critics dubbed the plan "a mess"` has its object,
// `Trump called "a disgrace" the deal` its subject).
func (x *extractor) namedAs(a *attribution) bool {
	if !a.hasCue || !a.quoted || len(a.content) == 0 || a.content[0].Start < a.cue.End {
		return false
	}
	first, _, _ := strings.Cut(x.text[a.cue.Start:a.cue.End], " ")
	c := x.text[a.content[0].Start:a.content[0].End]
	opens := strings.HasPrefix(c, "\"") || strings.HasPrefix(c, "“") || strings.HasPrefix(c, "‘") || strings.HasPrefix(c, "'")
	if !opens || !lexicon.InFold(namingVerbs, first) || strings.TrimSpace(x.text[a.cue.End:a.content[0].Start]) != "" {
		return false
	}
	lo := max(0, a.cue.Start-40)
	if a.unit >= 0 && a.unit < len(x.units) {
		lo = max(lo, x.units[a.unit].Start) // the sentence's own words
	}
	before := strings.Fields(x.text[lo:a.cue.Start])
	for i := len(before) - 1; i >= 0 && i >= len(before)-3; i-- {
		w := strings.Trim(before[i], ",;")
		switch {
		case lexicon.InFold(beForms, w):
			return true // "was once called"
		case strings.HasSuffix(w, "ly") || lexicon.InFold(passiveAdverbs, w) || lexicon.InFold(midAdverbs, w):
			continue
		}
		break
	}
	// A reduced passive after a noun: the sentence's own verb follows the
	// quotation ("a seal dubbed “...” has been caught").
	last := ""
	if len(before) > 0 {
		last = strings.Trim(before[len(before)-1], ",;")
	}
	if last == "" || last[0] >= 'A' && last[0] <= 'Z' || lexicon.InFold(lexicon.SubjectPronouns, last) {
		return false
	}
	// "A plan the mayor called “reckless”": a noun, then the namer, a
	// relative clause whose subject names; not "caught a seal dubbed".
	for i := len(before) - 2; i >= 1 && i >= len(before)-4; i-- {
		if w := strings.Trim(before[i], ",;"); lexicon.InFold(lexicon.Articles, w) || lexicon.InFold(lexicon.PossDeterminers, w) {
			if p := strings.Trim(before[i-1], ",;"); p != "" && !strings.ContainsAny(before[i-1], ",;.") && p[0] >= 'a' && p[0] <= 'z' &&
				!lexicon.InFold(lexicon.Prepositions, p) && !lexicon.InFold(lexicon.Connectives, p) && !isPastForm(p) && !strings.HasSuffix(p, "ing") {
				return false
			}
			break
		}
	}
	after := strings.Fields(x.text[a.content[len(a.content)-1].End:min(len(x.text), a.content[len(a.content)-1].End+30)])
	if len(after) == 0 {
		return false
	}
	next := strings.Trim(after[0], ",;.\"”’")
	return lexicon.InFold(lexicon.FiniteAux, next) || isPastForm(next) && !lexicon.InFold(namingVerbs, next)
}

// namingVerbs give a name: "called", "dubbed", "labelled", "branded".
var namingVerbs = lexicon.SetOf("call", "calls", "called", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled",
	"brand", "brands", "branded", "term", "terms", "termed", "nickname", "nicknamed", "christened", "named")

// objectRelative reports whether an indirect content opening with "that"
// is a relative clause of the cue's object, not what was said: an object
// stands between a cue that tells no one and the content ("questioned the
// head of a hospital that stopped delivering babies"), and the content
// reads as a relative clause (relativeThat).
func (x *extractor) objectRelative(a *attribution, q Quote) bool {
	if q.Kind != Indirect || !a.hasCue || len(a.content) == 0 || a.content[0].Start <= a.cue.End {
		return false
	}
	gap := strings.TrimSpace(x.text[a.cue.End:a.content[0].Start])
	if gap == "" {
		return false
	}
	if t := strings.Trim(firstWord(q.Text), "\"“”‘’'"); lexicon.EqualFold(t, "who") || lexicon.EqualFold(t, "which") || lexicon.EqualFold(t, "whom") {
		if last := strings.Trim(lastField(gap), ",."); last != "" && !lexicon.InFold(lexicon.ObjectPronouns, last) && !x.plural0(last) {
			return true // "tells the story of a widow who refuses to leave": the object's relative clause; "told them who ..." asks
		}
	}
	if t := strings.Trim(firstWord(q.Text), "\"“”‘’'"); lexicon.EqualFold(t, "that") {
		for i, w := range strings.Fields(gap) {
			if i == 0 && lexicon.InFold(lexicon.Prepositions, w) {
				break // "said in a video posted on Facebook that ...": a channel, not the object
			}
			if lexicon.InFold(pictureNouns, strings.Trim(w, ",.")) && thatThenVerb(q.Text) {
				return true // "posted a video online that has racked up 200,000 views": the video's clause
			}
		}
	}
	if e, ok := lexicon.LookupCue(firstWord(x.text[a.cue.Start:a.cue.End])); ok && e.Class == lexicon.CueTell {
		// "told reporters that ...", "told the BBC that", "told him that":
		// the one told, then the clause; but "tells the story of a village
		// that offers"
		last := strings.Trim(lastField(gap), ",.")
		if last == "" || isUpperASCII(last[0]) || lexicon.InFold(lexicon.ObjectPronouns, last) || x.plural0(last) {
			return false
		}
	}
	return relativeThat(q.Text)
}

// thatThenVerb reports whether text opens with "that" and a finite verb
// or auxiliary, the shape of a subject relative ("that has racked up").
func thatThenVerb(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 {
		return false
	}
	w := lexicon.Lower(strings.Trim(f[1], ",."))
	return auxOrModal(w) || isPastForm(w)
}

// pictureNouns are things posted or shown that say nothing themselves: a
// "that" after them opens their relative clause.
var pictureNouns = lexicon.SetOf("video", "videos", "photo", "photos", "photograph", "photographs", "picture", "pictures",
	"clip", "clips", "image", "images", "footage", "selfie", "selfies")

// plural0 reports whether the word w is the plural of a noun of people:
// "reporters", "members", "officials".
func (x *extractor) plural0(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && (lexicon.InFold(lexicon.GroupHeads, w) || personPlural(w))
}
