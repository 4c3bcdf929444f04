package nb

// Contrast: the concession of a contrastive statement ("It was a
// disappointing season, but this squad showed real character") is
// discounted, and its main, asserted clause kept (FeatureOptions.Contrast).
//
// The connectives are of two kinds:
//
//   - those after which the asserted clause comes, the concession being
//     what precedes them: "but" (not in "but also", "all but", "nothing
//     but", "anything but"), "however" (not before "much", "many", "long",
//     "hard", "often", "far"), "nevertheless", "nonetheless", and "yet" and
//     "still" where they open a clause (after clause punctuation, "and" or
//     "but", or at the start of the text: not "not yet", "still working").
//     The concession runs from the start of the connective's sentence up
//     to it; when the connective opens its sentence ("But ...",
//     "However, ..."), it is the previous sentence;
//   - those that open the concession: "although", "though" (not "as
//     though"; "even though" through "though"), "despite", and "while" and
//     "whilst" where they open a sentence ("While we welcome the talks,
//     ..."; not "..., while critics fear ...", which sets two sides side by
//     side). The concession runs from the word after the connective to the
//     next clause punctuation (. , ; : ! ?) or the end of the text.
//
// Sentences end at . ; ! and ?. The connectives themselves are never part
// of a concession and stay features as they are.
//
// The concession's words are dropped: a statement is read as what it
// asserts. (Prefixing them instead, as features of their own, and counting
// the asserted words twice, as a softer discount, were measured as well and
// did no better: models/README.md.)

// Kinds of contrastive connective.
const (
	connNone   int8 = iota
	connBefore      // the concession precedes: but, however, ...
	connAfter       // the concession follows: although, despite, ...
)

// ctoken is a token of a text scanned for contrast: its word, at
// words[lo:hi] of the scanner, and what lies before it.
type ctoken struct {
	lo, hi int32
	brk    bool // clause punctuation before it (tokenizer.brk)
	stop   bool // sentence punctuation before it (tokenizer.stop)
	cand   bool // its word may be a connective (mayConnect)
	conn   int8 // the kind of connective it is, if any
	conc   bool // it is in a concession
}

// connectiveStarts has, for every word length, a bit for the first letter
// of each connective of that length (bit c-'a' for letter c).
var connectiveStarts = func() (t [13]uint32) {
	for _, w := range []string{"but", "however", "nevertheless", "nonetheless", "yet", "still", "although", "despite", "though", "while", "whilst"} {
		t[len(w)] |= 1 << (w[0] - 'a')
	}
	return t
}()

// mayConnect reports whether w may be a connective: it has the length and
// first letter of one. It lets most words skip the connective test.
func mayConnect(w []byte) bool {
	return len(w) < len(connectiveStarts) && len(w) > 0 && w[0] >= 'a' && w[0] <= 'z' && connectiveStarts[len(w)]&(1<<(w[0]-'a')) != 0
}

// markConcessions sets the conn and conc fields of toks, whose words are
// in words, and reports whether any token is in a concession.
func markConcessions(toks []ctoken, words []byte) bool {
	tw := tokenWords{toks, words}
	found := false
	sent, prevSent := 0, -1 // first tokens of this and the previous sentence
	for i := range toks {
		if i > 0 && toks[i].stop {
			prevSent, sent = sent, i
		}
		if !toks[i].cand {
			continue
		}
		switch kind := tw.connective(i, i == sent); kind {
		case connBefore:
			toks[i].conn = kind
			lo, hi := sent, i
			if i == sent || i == sent+1 && (tw.is(sent, "and") || tw.is(sent, "but")) {
				lo, hi = prevSent, sent
			}
			for j := max(lo, 0); j < hi; j++ {
				toks[j].conc = true
				found = true
			}
		case connAfter:
			toks[i].conn = kind
			for j := i + 1; j < len(toks) && !toks[j].brk; j++ {
				toks[j].conc = true
				found = true
			}
		}
	}
	if found {
		// A connective inside another's concession stays a plain word.
		for i := range toks {
			if toks[i].conn != connNone {
				toks[i].conc = false
			}
		}
	}
	return found
}

// tokenWords are tokens with their words.
type tokenWords struct {
	toks  []ctoken
	words []byte
}

// word is token i's word; nil outside the tokens.
func (tw tokenWords) word(i int) []byte {
	if i < 0 || i >= len(tw.toks) {
		return nil
	}
	return tw.words[tw.toks[i].lo:tw.toks[i].hi]
}

// is reports whether token i is the word w.
func (tw tokenWords) is(i int, w string) bool { return string(tw.word(i)) == w }

// clauseStart reports whether token i opens a clause: it is the first,
// follows clause punctuation, or follows "and" or "but".
func (tw tokenWords) clauseStart(i int) bool {
	return i == 0 || tw.toks[i].brk || tw.is(i-1, "and") || tw.is(i-1, "but")
}

// connective returns the kind of contrastive connective token i is;
// opensSentence says it is the first token of its sentence.
func (tw tokenWords) connective(i int, opensSentence bool) int8 {
	switch string(tw.word(i)) {
	case "but":
		if tw.is(i-1, "all") || tw.is(i-1, "nothing") || tw.is(i-1, "anything") || tw.is(i+1, "also") {
			return connNone
		}
		return connBefore
	case "however":
		switch string(tw.word(i + 1)) {
		case "much", "many", "long", "hard", "often", "far":
			return connNone
		}
		return connBefore
	case "nevertheless", "nonetheless":
		return connBefore
	case "yet", "still":
		if tw.clauseStart(i) {
			return connBefore
		}
	case "although", "despite":
		return connAfter
	case "though":
		if !tw.is(i-1, "as") {
			return connAfter
		}
	case "while", "whilst":
		if opensSentence {
			return connAfter
		}
	}
	return connNone
}

// scanContrast is scan with FeatureOptions.Contrast: the text is
// tokenized first, its concessions marked, and then the features of the
// words outside them emitted. A word pair never spans a dropped
// concession.
func (s *featureScanner) scanContrast(v *vocabulary, text string, grow bool, emit func(id int32)) {
	s.toks, s.words = s.toks[:0], s.words[:0]
	maybe := false // a token may be a connective
	s.tk.reset(text)
	for {
		tok, low, ok := s.tk.next()
		if !ok {
			break
		}
		lo := len(s.words)
		if low != nil {
			s.words = append(s.words, low...)
		} else {
			s.words = append(s.words, tok...)
		}
		t := ctoken{lo: int32(lo), hi: int32(len(s.words)), brk: s.tk.brk, stop: s.tk.stop}
		if mayConnect(s.words[lo:]) {
			t.cand, maybe = true, true
		}
		s.toks = append(s.toks, t)
	}
	if maybe {
		markConcessions(s.toks, s.words)
	}
	neg := false
	prev := int32(-1)
	for i := range s.toks {
		t := &s.toks[i]
		if t.brk {
			neg = false
			prev = -1
		}
		if t.conc {
			prev = -1
			continue
		}
		s.emitToken(v, s.words[t.lo:t.hi], grow, &neg, &prev, emit)
	}
}
