package stance

import "strings"

// Attribution patterns within one sentence unit.
//
//	post:     CONTENT, X said.   "CONTENT," said X.   CONTENT, according to X.
//	pre:      X said (that) CONTENT.   X told Y (that) CONTENT.   X said: "CONTENT"
//	          X believes / plans to / polls show CONTENT.   According to X, CONTENT.
//	continue: ..., adding that CONTENT   (same source, new cue)
//	          "A," he said, "B."  and  "A," he said. "B."  (one cue, two ranges)
//	lead-in:  X continued:  followed by a quoted paragraph
//	headline: Clinton to Planned Parenthood: CONTENT   (first paragraph only)

// complementizers open a reported content, which starts at them.
var complementizers = setOf("that", "whether")

// questionWords open the content after "tell" and "ask".
var questionWords = setOf("how", "why", "what", "if", "whether", "that", "when", "who")

// timeWords are adjuncts between a cue and its content or after a cue at
// the end of a sentence ("said Tuesday", "said last week").
var timeWords = setOf(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "tonight", "recently", "earlier", "later", "last", "this", "week", "month",
	"year", "night", "morning", "afternoon", "evening", "previously", "repeatedly", "again",
	"also", "then", "once", "too", "privately", "publicly", "flatly", "bluntly", "simply",
)

// adjunctStarts begin a phrase after a sentence-final cue: "said in a
// statement", "told reporters", "said of Clinton", "wrote on Twitter".
var adjunctStarts = setOf(
	"in", "on", "at", "during", "to", "of", "about", "after", "before", "from", "with", "via",
	"through", "while", "when", "as", "outside", "inside", "upon", "for", "afterward",
	"reporters", "him", "her", "them", "me", "us", "it", "the", "a", "an", "his", "their",
	"recently", "earlier", "later", "last", "this", "today", "yesterday", "tonight", "again",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also",
	"flatly", "bluntly", "simply", "repeatedly", "privately", "publicly", "previously",
)

// cueAt reports the cue starting at word i and how many words it spans.
func (x *extractor) cueAt(i, hi int) (cueEntry, int, bool) {
	w := x.words[i]
	if w.kind != wordText || w.quote >= 0 {
		return cueEntry{}, 0, false
	}
	lw := x.wordText(i)
	if rest, ok := multiCues[lowerASCII(lw)]; ok {
		j := i + 1
		k := 0
		for ; k < len(rest) && j < hi; k, j = k+1, j+1 {
			if x.words[j].kind != wordText || !equalFoldASCII(x.wordText(j), rest[k]) {
				break
			}
		}
		if k == len(rest) {
			if equalFoldASCII(lw, "referring") {
				// ", referring to him as ...": a participle continuing
				// the attribution before it.
				return cueEntry{class: cueSpeech, participle: true}, 1 + len(rest), true
			}
			return cueEntry{class: cueSpeech, past: true}, 1 + len(rest), true
		}
		if lowerASCII(lw) == "according" {
			return cueEntry{}, 0, false
		}
	}
	e, ok := lookupCue(lw)
	if !ok {
		// "continued" is a cue only where it introduces or closes a quote:
		// `Caddell continued:`, `"...," she continued.`
		if equalFoldASCII(lw, "continued") || equalFoldASCII(lw, "continues") {
			if i+1 >= hi || x.isPunct(i+1, ':') || x.isPunct(i+1, '.') || x.isPunct(i+1, ',') {
				return cueEntry{class: cueSpeech, past: true}, 1, true
			}
		}
		return cueEntry{}, 0, false
	}
	return e, 1, true
}

// interview handles a transcript paragraph "WALLACE: text" or "Mr. Trump:
// text": the speaker's name in capitals before a colon at the paragraph
// start. The content is the rest of the paragraph.
func (x *extractor) interview(ui int) bool {
	u := x.units[ui]
	p := x.paras[u.para]
	if u.Start != p.Start {
		return false
	}
	colon := -1
	for k := u.w0; k < u.w1 && k < u.w0+4; k++ {
		if x.isPunct(k, ':') {
			colon = k
			break
		}
		w := x.words[k]
		if w.kind == wordText && !isAllCaps(x.wordText(k)) && !(x.qa && w.upper) || w.kind != wordText && !x.isPunct(k, '.') {
			return false
		}
	}
	if colon <= u.w0 || colon+1 >= u.w1 {
		return false
	}
	if colon == u.w0+1 && (x.in(rubrics, u.w0) || len(x.wordText(u.w0)) == 1) {
		return false // "INTERVIEW: ...", and the questions of "Q: ..."
	}
	last := x.units[p.u1-1]
	end := last.w1
	sp, quoted, direct, n := x.contentRange(colon+1, end)
	if n < x.opts.MinContentWords {
		return false
	}
	np := npSpan{u.w0, colon}
	x.attrs = append(x.attrs, attribution{
		content: []Span{sp}, source: subject{np: np, span: np}, hasSrc: true,
		cue: x.wordsSpan(colon, colon+1), hasCue: true, unit: p.u1 - 1,
		quoted: quoted, direct: direct, srcSpan: x.wordsSpan(u.w0, colon),
	})
	x.skipPara = u.para
	return true
}

func isAllCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// attributeUnit finds the attributions of unit ui. headline is true for
// the units of the document's first paragraph.
func (x *extractor) attributeUnit(ui int, headline bool) {
	u := x.units[ui]
	if u.w0 == u.w1 {
		return
	}
	before := len(x.attrs)
	if u.para == x.skipPara {
		return
	}
	if x.interview(ui) {
		return
	}
	if x.pending >= 0 {
		a := &x.attrs[x.pending]
		x.pending = -1
		if u.para-x.units[a.unit].para <= 1 {
			if sp, quoted, direct, n := x.contentRange(u.w0, u.w1); n >= x.opts.MinContentWords {
				a.content = append(a.content, sp)
				a.quoted, a.direct, a.unit = quoted, direct, ui
				return
			}
		}
	}
	if headline && x.opts.Headlines && x.headline(ui) {
		return
	}
	from := u.w0
	if next, ok := x.quoteLed(ui, u.w0); ok {
		// `"A," she said, but ..., "B," said Kunin.`: further quotations
		// led into their own cues.
		for from = next; from < u.w1; {
			n2, ok := x.quoteLed(ui, from)
			if !ok || n2 <= from {
				break
			}
			from = n2
		}
	} else if next, ok := x.postPattern(ui); ok {
		from = next
	}
	x.prePatterns(ui, from, before)
	if from == u.w0 {
		x.leadClause(ui, before)
	}
	if len(x.attrs) == before && !x.colonQuote(ui) {
		x.orphan(ui)
	}
}

// contentRange returns the span of words [w0, w1) with surrounding
// punctuation outside quotations trimmed, whether it contains a quotation,
// whether it is quotations only, and its number of text words.
func (x *extractor) contentRange(w0, w1 int) (sp Span, quoted, direct bool, n int) {
	for w0 < w1 && x.words[w0].kind == wordPunct && x.words[w0].quote < 0 {
		w0++
	}
	for w1 > w0 && x.words[w1-1].kind == wordPunct && x.words[w1-1].quote < 0 && trailingPunct(x.wordText(w1-1)) {
		w1--
	}
	if w0 >= w1 {
		return Span{}, false, false, 0
	}
	direct = x.words[w0].kind == wordOpen
	for k := w0; k < w1; k++ {
		w := x.words[k]
		if w.quote >= 0 {
			quoted = true
		} else {
			direct = false
		}
		if w.kind == wordText {
			n++
		}
	}
	return Span{x.words[w0].Start, x.words[w1-1].End}, quoted, direct, n
}

// trailingPunct is punctuation a content never ends with.
func trailingPunct(s string) bool {
	switch s {
	case ".", ",", ";", ":", "—", "–", "-", "―", "…":
		return true
	}
	return false
}

func (x *extractor) wordsSpan(w0, w1 int) Span {
	return Span{x.words[w0].Start, x.words[w1-1].End}
}

// addAttribution records an attribution with content words [c0, c1).
func (x *extractor) addAttribution(ui, c0, c1 int, subj subject, hasSrc bool, cue0, cue1 int) bool {
	sp, quoted, direct, n := x.contentRange(c0, c1)
	if n < x.opts.MinContentWords || !quoted && n < 2 {
		return false
	}
	if !quoted && !x.opts.Indirect {
		return false
	}
	if !quoted && cue1 == cue0+1 && x.in(speakForms, cue0) && x.in(speakPreps, c0) {
		return false // "We spoke to the mayor": an addressee, not a content
	}
	a := attribution{content: []Span{sp}, source: subj, hasSrc: hasSrc, unit: ui, quoted: quoted, direct: direct}
	if cue1 > cue0 {
		a.cue, a.hasCue = x.wordsSpan(cue0, cue1), true
	}
	if hasSrc {
		if subj.span.w1-subj.span.w0 > x.opts.MaxSourceWords {
			subj.span = subj.np
			a.source = subj
		}
		a.srcSpan = x.wordsSpan(subj.span.w0, subj.span.w1)
	}
	x.attrs = append(x.attrs, a)
	return true
}

// restAfter checks that the words [k, hi) after a sentence-final cue and
// its source are only adjuncts ("on Tuesday", "in a statement"). It
// returns where a continuation begins: hi, or the comma before ", adding"
// or before a further quotation.
func (x *extractor) restAfter(k, hi int) (int, bool) {
	e := hi
	for e > k && x.words[e-1].kind == wordPunct && x.words[e-1].quote < 0 {
		e--
	}
	if k >= e {
		return hi, true
	}
	for t := k; t < e; t++ {
		w := x.words[t]
		if w.quote >= 0 || w.kind == wordOpen {
			return 0, false
		}
		if x.isPunct(t, ',') || x.isPunct(t, ';') || x.isPunct(t, ':') {
			if t+1 < hi && x.words[t+1].kind == wordOpen {
				return t, true
			}
			if t+1 < hi {
				if ce, _, ok := x.cueAt(t+1, hi); ok && ce.participle {
					return t, true
				}
			}
			if t == k {
				return 0, false
			}
			continue
		}
		if t == k && (!x.in(adjunctStarts, t) || x.in(determiners, t)) {
			return 0, false // "said the crisis ..." is a content, not an adjunct
		}
		if x.in(complementizers, t) || t-k > 14 {
			return 0, false
		}
		if t == k+1 && x.in(finiteAux, t) && !x.in(relativePronouns, k) {
			return 0, false // "said it was checked daily": a clause
		}
	}
	return hi, true
}

// finiteAux are finite verbs that open a clause after its subject.
var finiteAux = setOf("is", "was", "are", "were", "would", "will", "had", "has", "have",
	"could", "should", "can", "did", "does", "must", "may", "might")

// postPattern looks for a cue at the end of unit ui whose content comes
// first: `CONTENT, X said.`, `"CONTENT," said X.`, `CONTENT, according to X.`
// It returns the word where the unit continues after the attribution.
func (x *extractor) postPattern(ui int) (int, bool) {
	u := x.units[ui]
	for c := u.w1 - 1; c > u.w0; c-- {
		e, n, ok := x.cueAt(c, u.w1)
		if !ok || x.words[c].upper && !equalFoldASCII(x.wordText(c), "according") {
			continue
		}
		if e.participle && x.isPunct(c-1, ',') {
			continue
		}
		if equalFoldASCII(x.wordText(c), "according") {
			return x.accordingAfter(ui, c)
		}
		if !e.past || e.class != cueSpeech && e.class != cueTell && e.class != cueBelief {
			return 0, false
		}
		end := c + n
		// Normal order: ", X said."
		if subj, ok := x.subjectBefore(c, u.w0); ok && (!e.base || x.agreesWithBase(c, subj, u.w0)) &&
			(!e.third || x.agreesWithThird(subj)) {
			if cont, ok := x.restAfter(end, u.w1); ok {
				b := subj.span.w0 - 1
				if b > u.w0 && x.contentBoundary(b) && (cont == u.w1 || x.quotedBefore(u.w0, b)) {
					c1 := b
					if x.words[b].kind == wordClose {
						c1 = b + 1
					}
					if x.addAttribution(ui, u.w0, c1, subj, true, c, end) {
						return x.continuation(ui, cont), true
					}
				}
			}
		}
		// Inverted: `"...," said X.`
		if x.contentBoundary(c-1) && !e.base {
			np := x.npRight(end, u.w1)
			if !np.ok() {
				return 0, false
			}
			subj := subject{np: np, span: np}
			after := np.w1
			if after < u.w1 && x.isPunct(after, ',') && after+1 < u.w1 && x.words[after+1].kind == wordText {
				if _, _, isCue := x.cueAt(after+1, u.w1); !isCue {
					k := after + 1
					for k < u.w1 && !x.isPunct(k, ',') && x.words[k].quote < 0 {
						k++
					}
					ap := npSpan{after + 1, k}
					if x.apposLike(ap) && x.words[k-1].kind == wordText || k == u.w1 {
						subj.appos = npSpan{after + 1, trimPunctEnd(x, after+1, k)}
						subj.span.w1 = subj.appos.w1
						after = k
					}
				}
			}
			cont, ok := x.restAfter(after, u.w1)
			if !ok || cont < u.w1 && !x.quotedBefore(u.w0, c) {
				return 0, false
			}
			c1 := c - 1
			if x.words[c1].kind == wordClose {
				c1 = c
			}
			if x.addAttribution(ui, u.w0, c1, subj, true, c, end) {
				return x.continuation(ui, cont), true
			}
		}
		return 0, false
	}
	return 0, false
}

func trimPunctEnd(x *extractor, w0, w1 int) int {
	for w1 > w0 && x.words[w1-1].kind == wordPunct {
		w1--
	}
	return w1
}

// quotedBefore reports whether words [w0, w1) include a quotation.
func (x *extractor) quotedBefore(w0, w1 int) bool {
	for k := w0; k < w1; k++ {
		if x.words[k].quote >= 0 {
			return true
		}
	}
	return false
}

// contentBoundary reports whether word b ends a content before its source:
// a comma, or the closing mark of a quotation.
func (x *extractor) contentBoundary(b int) bool {
	return x.isPunct(b, ',') || x.words[b].kind == wordClose
}

// continuation handles what follows a post-pattern attribution at word
// cont: `, "B."` adds a second range to it. It returns where the pre
// patterns resume.
func (x *extractor) continuation(ui, cont int) int {
	u := x.units[ui]
	if cont >= u.w1 {
		return u.w1
	}
	if cont+1 < u.w1 && x.words[cont+1].kind == wordOpen {
		q := x.words[cont+1].quote
		k := cont + 1
		for k < u.w1 && (x.words[k].quote == q || x.words[k].kind == wordPunct && x.words[k].quote < 0) {
			k++
		}
		if sp, _, _, n := x.contentRange(cont+1, k); n > 0 {
			a := &x.attrs[len(x.attrs)-1]
			a.content = append(a.content, sp)
			a.quoted = true
		}
		return k
	}
	return cont
}

// quoteLed handles a quotation followed at once by its source and cue,
// whatever comes after them: `"A," she said several months later, and ...`,
// `"A?" a narrator asks.`, `As for costs, "A," said Mr. Kamin, who ...`,
// `"A." ― Jane Roe` (a dash signature). The content is the quotation, or
// runs from the unit start when the quotation continues a clause.
func (x *extractor) quoteLed(ui, from int) (int, bool) {
	u := x.units[ui]
	for qc := from + 1; qc+1 < u.w1; qc++ {
		if x.words[qc].kind != wordClose {
			continue
		}
		qo := qc - 1
		for qo > u.w0 && !(x.words[qo].kind == wordOpen && x.words[qo].quote == x.words[qc].quote) {
			qo--
		}
		if x.words[qo].kind != wordOpen {
			continue
		}
		if qo < from {
			continue
		}
		c0 := qo
		if qo > from && !x.isPunct(qo-1, ',') && !x.isPunct(qo-1, ':') {
			if from > u.w0 {
				continue // a later quotation must follow a comma or colon
			}
			c0 = u.w0
		}
		if next, ok := x.quoteSource(ui, c0, qo, qc); ok {
			return next, true
		}
	}
	return 0, false
}

// quoteSource looks for the source and cue right after the closing mark at
// word qc and records the attribution of content [c0, qc].
func (x *extractor) quoteSource(ui, c0, qo, qc int) (int, bool) {
	u := x.units[ui]
	// `"A." ― Jane Roe`
	if w := x.words[qc+1]; w.kind == wordPunct && isDash(x.wordText(qc+1)) && qc+2 < u.w1 {
		end := trimPunctEnd(x, qc+2, u.w1)
		if end > qc+2 && end-qc-2 <= 5 && x.words[qc+2].upper {
			np := npSpan{qc + 2, end}
			if x.addAttribution(ui, c0, qc+1, subject{np: np, span: np}, true, qc+1, qc+2) {
				return u.w1, true
			}
		}
		return 0, false
	}
	for c := qc + 1; c < u.w1 && c <= qc+25; c++ {
		w := x.words[c]
		if w.quote >= 0 || w.kind == wordOpen || x.isPunct(c, ';') || x.isPunct(c, ':') || x.isPunct(c, '?') ||
			x.isPunct(c, '!') || x.isPunct(c, ',') && c == qc+1 {
			return 0, false
		}
		e, n, ok := x.cueAt(c, u.w1)
		postOnly := false
		if !ok && w.kind == wordText && !w.upper && postQuoteVerb(x.wordText(c)) {
			// `"...," the statement read.`, `"...?" Ruiz pressed.`
			e, n, ok, postOnly = cueEntry{class: cueSpeech, past: true}, 1, true, true
			if c+1 < u.w1 && x.in(verbParticles, c+1) {
				n = 2 // "shot back", "chimed in"
			}
		}
		if !ok || !e.past || e.participle || w.upper || e.class != cueSpeech && e.class != cueTell && e.class != cueBelief {
			continue
		}
		if c+n+1 < u.w1 && (x.isPunct(c+n, ':') || x.isPunct(c+n, ',') && x.words[c+n+1].kind == wordOpen && x.endsWithStop(qc)) {
			// `"No." Ruiz said: "..."`: the cue opens a new statement; the
			// quotation before it continues the previous one.
			if c0 == qo && qo == u.w0 {
				x.attachPrevious(ui, qo, qc+1)
				return qc + 1, true
			}
			return 0, false
		}
		var subj subject
		end := c + n
		if c == qc+1 {
			np := x.npRight(end, u.w1)
			if !np.ok() {
				continue
			}
			subj = subject{np: np, span: np}
			end = np.w1
			// "said Leonard E. Burman, director of ..."
			if end+1 < u.w1 && x.isPunct(end, ',') && x.words[end+1].kind == wordText && !x.in(subjectPronouns, end+1) {
				if _, _, isCue := x.cueAt(end+1, u.w1); !isCue {
					k := end + 1
					for k < u.w1 && !x.isPunct(k, ',') && x.words[k].quote < 0 {
						k++
					}
					if ap := (npSpan{end + 1, trimPunctEnd(x, end+1, k)}); ap.ok() && x.apposLike(ap) {
						subj.appos = ap
						subj.span.w1 = ap.w1
						end = k
					}
				}
			}
		} else {
			j := x.skipAdjunctsLeft(c-1, qc+1)
			if j <= qc {
				continue
			}
			np := x.npLeft(j, qc+1)
			if np.ok() && np.w0 != qc+1 && x.in(npStops, qc+1) ||
				!x.nounHead(j) && !x.isPunct(j, ',') && !(np.ok() && x.in(determiners, np.w0)) {
				continue // `"right" when he said`
			}
			if !np.ok() {
				if !x.isPunct(j, ',') {
					continue
				}
				np = npSpan{qc + 1, j}
			}
			subj = subject{np: np, span: npSpan{qc + 1, j + 1}}
			if np.w0 != qc+1 {
				// "a narrator in the Clinton ad asks", "Scott Pruitt, the
				// attorney general of Oklahoma, said": everything between
				// the quotation and the cue is the source; the name is the
				// first noun phrase.
				first := qc + 1
				for first < j && !x.isPunct(first, ',') {
					first++
				}
				if first < j {
					subj.np = npSpan{qc + 1, first}
					subj.appos = npSpan{first + 1, trimPunctEnd(x, first+1, j+1)}
				} else {
					subj.np = npSpan{qc + 1, j + 1}
				}
			}
			for subj.span.w1 > subj.span.w0 && x.words[subj.span.w1-1].kind != wordText {
				subj.span.w1--
			}
			if !subj.span.ok() || !subj.np.ok() {
				continue
			}
		}
		if postOnly || c0 != qo && c != qc+1 {
			// An unusual verb attributes only when nothing but adjuncts
			// follow it; a quotation inside a clause (`Asked on "Meet the
			// Press," Ruiz said she ...`) is no content when the cue has
			// a content of its own.
			if _, ok := x.restAfter(end, u.w1); !ok {
				if postOnly {
					continue
				}
				return 0, false
			}
		}
		if !x.addAttribution(ui, c0, qc+1, subj, true, c, c+n) {
			return 0, false
		}
		for end < u.w1 && (x.in(timeWords, end) || x.words[end].kind == wordText && x.words[end].upper && x.in(nonNameCaps, end)) {
			end++
		}
		if end < u.w1 && x.isPunct(end, ',') {
			return x.continuation(ui, end), true
		}
		return end, true
	}
	return 0, false
}

// verbParticles complete a post-quotation verb: "shot back", "chimed in".
var verbParticles = setOf("back", "in", "up")

// endsWithStop reports whether the quotation closed at word qc ends with
// sentence punctuation inside its marks.
func (x *extractor) endsWithStop(qc int) bool {
	k := qc - 1
	return k >= 0 && (x.isPunct(k, '.') || x.isPunct(k, '?') || x.isPunct(k, '!'))
}

// attachPrevious adds words [w0, w1) of unit ui, a quotation with no cue of
// its own, as a further range of the attribution of the unit before, when
// that one quotes too: `"A," she said. "B." Ruiz said: "C."`
func (x *extractor) attachPrevious(ui, w0, w1 int) bool {
	if len(x.attrs) == 0 {
		return false
	}
	a := &x.attrs[len(x.attrs)-1]
	if !a.quoted || a.unit != ui-1 && a.unit != ui || x.units[a.unit].para != x.units[ui].para {
		return false
	}
	sp, _, direct, n := x.contentRange(w0, w1)
	if n == 0 {
		return false
	}
	a.content = append(a.content, sp)
	a.direct = a.direct && direct
	return true
}

func isDash(s string) bool { return s == "―" || s == "—" || s == "–" || s == "-" }

// accordingAfter handles "CONTENT, according to X." with the cue at c.
func (x *extractor) accordingAfter(ui, c int) (int, bool) {
	u := x.units[ui]
	if c-1 <= u.w0 || !x.isPunct(c-1, ',') {
		return 0, false
	}
	np := x.npRight(c+2, u.w1)
	if !np.ok() {
		return 0, false
	}
	// The source runs to the end of the sentence or to a continuation:
	// "according to early results of the exit poll conducted by ...".
	span := np
	cont := u.w1
	for k := np.w1; k < u.w1 && k < c+40; k++ {
		if x.words[k].quote >= 0 || x.isPunct(k, ';') {
			return 0, false
		}
		if x.isPunct(k, ',') {
			if next, ok := x.restAfter(k, u.w1); ok && next == k {
				cont = k
				break
			}
		}
		if x.words[k].kind == wordText {
			span.w1 = k + 1
		}
	}
	if x.addAttribution(ui, u.w0, c-1, subject{np: np, span: span}, true, c, c+2) {
		return x.continuation(ui, cont), true
	}
	return 0, false
}

// prePatterns finds attributions whose content follows the cue, scanning
// unit ui from word from. before is len(x.attrs) when the unit began.
func (x *extractor) prePatterns(ui, from, before int) {
	u := x.units[ui]
	for i := from; i < u.w1; i++ {
		e, n, ok := x.cueAt(i, u.w1)
		if !ok {
			continue
		}
		lw := x.wordText(i)
		if equalFoldASCII(lw, "according") {
			np := x.npRight(i+2, u.w1)
			if !np.ok() {
				continue
			}
			k := np.w1
			for k < u.w1 && k-np.w1 < 25 && !x.isPunct(k, ',') && x.words[k].quote < 0 {
				k++
			}
			if k >= u.w1 || !x.isPunct(k, ',') {
				continue
			}
			var appos npSpan
			if k == np.w1 {
				// "According to Ana Ruiz, an analyst at ..., the gap ...":
				// the appositive belongs to the source.
				k2 := k + 1
				for k2 < u.w1 && k2-k < 20 && !x.isPunct(k2, ',') && x.words[k2].quote < 0 {
					k2++
				}
				if k2+3 < u.w1 && x.isPunct(k2, ',') && x.apposLike(npSpan{k + 1, k2}) && x.hasTitleWord(k+1, k2) {
					appos, k = npSpan{k + 1, k2}, k2
				}
			}
			end := x.contentEnd(k+1, u.w1)
			if x.addAttribution(ui, k+1, end, subject{np: np, span: npSpan{np.w0, k}, appos: appos}, true, i, i+2) {
				i = end - 1
			}
			continue
		}
		if x.words[i].upper && i != u.w0 && !(x.units[ui].para == x.units[0].para && e.third) {
			continue // a capitalised cue is part of a name, except "Says" in a headline
		}
		if i == u.w0 && e.past && !e.participle {
			// `Said Ellis: "..."`: an inverted cue opening the sentence.
			if np := x.npRight(i+n, u.w1); np.ok() && np.w1+1 < u.w1 && (x.isPunct(np.w1, ':') || x.isPunct(np.w1, ',')) && x.words[np.w1+1].kind == wordOpen {
				end := x.contentEnd(np.w1+1, u.w1)
				if x.addAttribution(ui, np.w1+1, end, subject{np: np, span: np}, true, i, i+n) {
					i = end - 1
					continue
				}
			}
		}
		if e.participle {
			if i > from && (x.isPunct(i-1, ',') || i-2 >= from && x.words[i-1].kind == wordClose && x.isPunct(i-2, ',')) {
				var subj subject
				ok := false
				if len(x.attrs) > before {
					subj, ok = x.attrs[len(x.attrs)-1].source, x.attrs[len(x.attrs)-1].hasSrc
				} else if e.class == cueSpeech || e.class == cueTell {
					// "Trump attacked Obama, calling him ...": the subject
					// of the clause speaks.
					subj, ok = x.clauseSubject(u.w0, i-1)
				}
				if c0, cok := x.complement(i+n, u.w1, e.class); ok && cok {
					end := x.namingEnd(i, c0, x.contentEnd(c0, u.w1))
					if x.addAttribution(ui, c0, end, subj, true, i, i+n) {
						i = end - 1
					}
				}
			}
			continue
		}
		if i > u.w0 && x.in(infinitiveMarkers, i-1) {
			continue
		}
		subj, ok := x.subjectBefore(i, from)
		if !ok && e.past && !e.base && !e.third {
			// "Carson took the stage ... and called the system rotten":
			// a coordinated verb shares the subject of its clause.
			if j := x.skipAdjunctsLeft(i-1, from); j >= from && (equalFoldASCII(x.wordText(j), "and") || equalFoldASCII(x.wordText(j), "but")) {
				if last := len(x.attrs) - 1; last >= before && x.attrs[last].unit == ui && x.attrs[last].hasSrc {
					// "X said A but noted B": the speaker of A goes on.
					subj, ok = x.attrs[last].source, true
				} else {
					subj, ok = x.clauseSubject(u.w0, j)
				}
			}
		}
		if !ok || !x.subjectFits(subj, e.class) || e.base && !x.agreesWithBase(i, subj, from) ||
			e.third && !x.agreesWithThird(subj) {
			continue
		}
		c0, ok := x.complement(i+n, u.w1, e.class)
		if !ok {
			if i+n < u.w1 && x.isPunct(i+n, ':') && i+n+1 == u.w1 {
				// "Caddell continued:" leads in to the next paragraph.
				a := attribution{source: subj, hasSrc: true, unit: ui, cue: x.wordsSpan(i, i+n+1), hasCue: true}
				a.srcSpan = x.wordsSpan(subj.span.w0, subj.span.w1)
				x.attrs = append(x.attrs, a)
				x.pending = len(x.attrs) - 1
			}
			continue
		}
		end := x.namingEnd(i, c0, x.contentEnd(c0, u.w1))
		if x.addAttribution(ui, c0, end, subj, true, i, i+n) {
			i = end - 1
		}
	}
}

// namingCues name or characterise their object with a quotation: "called
// the plan a "disaster"", "described him as "a friend"", "likened the deal
// to "a heist"".
var namingCues = setOf(
	"call", "calls", "called", "calling", "describe", "describes", "described", "describing",
	"dub", "dubs", "dubbed", "dubbing", "label", "labels", "labeled", "labelled", "labeling",
	"labelling", "brand", "brands", "branded", "branding", "term", "terms", "termed", "terming",
	"liken", "likens", "likened", "likening", "hail", "hails", "hailed", "hailing", "praise",
	"praises", "praised", "praising", "referred", "refers", "referring", "refer", "deride",
	"derides", "derided", "deriding", "mock", "mocks", "mocked", "mocking",
)

// namingEnd ends the content of a naming cue at word i after its first
// run of quotations ("a "bore" and "a fraud""): what follows is the
// speaker's next act, not what was said. Other contents end at end.
func (x *extractor) namingEnd(i, c0, end int) int {
	if !x.in(namingCues, i) {
		return end
	}
	k := c0
	for k < end && x.words[k].kind != wordOpen {
		k++
	}
	if k == end {
		return end
	}
	for {
		q := x.words[k].quote
		for k < end && x.words[k].quote == q {
			k++
		}
		// `"a bore" and "a fraud"`, `"rude," "crude"`
		j := k
		for j < end && (x.isPunct(j, ',') || equalFoldASCII(x.wordText(j), "and") || equalFoldASCII(x.wordText(j), "or")) && x.words[j].quote < 0 {
			j++
		}
		if j > k && j < end && x.words[j].kind == wordOpen {
			k = j
			continue
		}
		return k
	}
}

// hasTitleWord reports whether words [w0, w1) include a word of office.
func (x *extractor) hasTitleWord(w0, w1 int) bool {
	for k := w0; k < w1; k++ {
		if x.in(titleWords, k) {
			return true
		}
	}
	return false
}

// infinitiveMarkers before a cue make it part of a content, not a cue:
// "refused to say", "the right to speak".
var infinitiveMarkers = setOf("to")

// subjectFits reports whether subj can hold a cue of class c: any noun
// phrase can say something, but only people, groups and artifacts believe,
// plan or show.
func (x *extractor) subjectFits(subj subject, c cueClass) bool {
	head := subj.np.w1 - 1
	switch c {
	case cueSpeech, cueTell:
		return !x.in(determiners, head)
	case cueEvidence:
		return x.in(sourceNouns, head) || x.words[head].upper && !x.in(subjectPronouns, head)
	default:
		return x.in(sourceNouns, head) || x.in(titleWords, head) || x.words[head].upper && trimPossessive(x.wordText(head)) == x.wordText(head) ||
			x.in(subjectPronouns, head) && !equalFoldASCII(x.wordText(head), "it") || x.plural(head)
	}
}

// agreesWithThird reports whether a third-person cue ("says", "remarks")
// can have subj as its subject: a singular name, pronoun or noun.
// "crude remarks" is a noun phrase.
func (x *extractor) agreesWithThird(subj subject) bool {
	head := subj.np.w1 - 1
	if x.in(subjectPronouns, head) {
		t := lowerASCII(x.wordText(head))
		return t == "he" || t == "she" || t == "it" || t == "who" || t == "which"
	}
	if x.words[head].upper || x.in(sourceNouns, head) || x.in(titleWords, head) {
		return true
	}
	// "the New York businessman says": a determiner and a singular head.
	t := x.wordText(head)
	return x.in(determiners, subj.np.w0) && !x.plural(head) && !strings.HasSuffix(t, "ed") && !strings.HasSuffix(t, "ly")
}

// clauseSubject returns the subject that opens the clause of words
// [w0, hi): a name, pronoun or noun phrase at its start, after an opening
// phrase such as "In a press conference,".
func (x *extractor) clauseSubject(w0, hi int) (subject, bool) {
	k := w0
	for k+1 < hi && x.in(leadConjunctions, k) && x.npRight(k+1, hi).ok() {
		k++ // "Then he cut into ..."
	}
	for n := 0; n < 3 && (k < hi && x.in(npStops, k) && !x.in(subjectPronouns, k) || k < hi && !x.npRight(k, hi).ok()); n++ {
		// "In a press conference, Trump ...", "Asked about it, Clinton ...",
		// "On Thursday, after a long wait, Warren ..."
		for k < hi && !x.isPunct(k, ',') {
			k++
		}
		k++
	}
	if k >= hi {
		return subject{}, false
	}
	np := x.npRight(k, hi)
	if !np.ok() || !(x.nameLike(np) || x.in(sourceNouns, np.w1-1) || x.in(titleWords, np.w1-1)) {
		return subject{}, false
	}
	if np.w1 < hi && x.words[np.w1].kind == wordText {
		if e, _, ok := x.cueAt(np.w1, hi); ok && e.participle {
			return subject{}, false
		}
	}
	return subject{np: np, span: np}, true
}

// modals before a bare verb form make it agree with any subject.
var modals = setOf("will", "would", "could", "can", "may", "might", "should", "must", "did",
	"does", "do", "to", "n't", "not", "cannot")

// agreesWithBase reports whether the bare cue form at word c ("say",
// "question", "show") can have subj as its subject: after a modal or "to",
// or with a plural subject or I, we, you, they. "the bank question" and
// "a similar question" are noun phrases, not attributions.
func (x *extractor) agreesWithBase(c int, subj subject, lo int) bool {
	for k := c - 1; k >= lo && k >= subj.span.w1; k-- {
		if x.in(modals, k) {
			return true
		}
	}
	head := subj.np.w1 - 1
	if x.in(subjectPronouns, head) {
		t := lowerASCII(x.wordText(head))
		return t != "he" && t != "she" && t != "it"
	}
	t := x.wordText(head)
	if subj.np.w1-subj.np.w0 > 1 && x.in(npStops, subj.np.w1-2) || trimPossessive(t) != t {
		return false
	}
	return x.plural(head)
}

// plural reports whether word i looks like a plural noun ("farmers").
func (x *extractor) plural(i int) bool {
	t := x.wordText(i)
	n := len(t)
	if trimPossessive(t) != t || x.in(npStops, i) {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' || t == "%" {
		return true // "About 4 in 10 say", "47% say"
	}
	if respondents[strings.ToLower(t)] {
		return true // "those surveyed say"
	}
	return n > 2 && t[n-1] == 's' && t[n-2] != 's' && t[n-2] != 'u' && t[n-2] != 'i' || x.in(pluralNouns, i)
}

var pluralNouns = setOf("people", "police", "men", "women", "children", "staff", "media", "public", "majority",
	"percent", "half", "third", "quarter", "many", "most", "some", "few", "others", "both", "all")

// nounHead reports whether word i can head a source mention: a pronoun, a
// capitalised word, a known source noun or title, or a plural noun.
// "a similar question" is not a speaker.
func (x *extractor) nounHead(i int) bool {
	w := x.words[i]
	if w.upper || x.in(subjectPronouns, i) || x.in(sourceNouns, i) || x.in(titleWords, i) {
		return true
	}
	t := x.wordText(i)
	n := len(t)
	return n > 3 && t[n-1] == 's' && t[n-2] != 's' && t[n-2] != 'u' && t[n-2] != 'i' ||
		n > 4 && (strings.HasSuffix(t, "er") || strings.HasSuffix(t, "or") || strings.HasSuffix(t, "ist") || strings.HasSuffix(t, "ian"))
}

// complement returns the first word of the content after a cue ending at
// word k, or false when none follows.
func (x *extractor) complement(k, hi int, c cueClass) (int, bool) {
	if k < hi && (x.isPunct(k, ':') || x.isPunct(k, ',')) {
		k++
		if k < hi && x.words[k].kind == wordOpen {
			return k, true
		}
	}
	if k >= hi {
		return 0, false
	}
	// `says of Clinton, "..."`: a short phrase, then the quotation.
	for t := k; t < hi && t < k+8; t++ {
		if x.words[t].quote >= 0 || x.isPunct(t, '.') || x.isPunct(t, ';') {
			break
		}
		if (x.isPunct(t, ',') || x.isPunct(t, ':')) && t+1 < hi && x.words[t+1].kind == wordOpen && t > k &&
			x.in(adjunctStarts, k) && !x.in(determiners, k) {
			return t + 1, true
		}
	}
	// A complementizer within a few words: "said in a statement that",
	// "expressed his confidence that", "told reporters on Tuesday that".
	for t := k; t < hi && t < k+10; t++ {
		w := x.words[t]
		if w.quote >= 0 || w.kind != wordText && !x.isPunct(t, '.') {
			break
		}
		if x.in(complementizers, t) || c == cueTell && t > k && x.in(questionWords, t) {
			return t, true
		}
		if x.in(npStops, t) && !x.in(adjunctStarts, t) && !x.in(timeWords, t) {
			break
		}
	}
	switch c {
	case cuePlan:
		if x.in(infinitiveMarkers, k) {
			return k, true
		}
		if equalFoldASCII(x.wordText(k), "not") && k+1 < hi && x.in(infinitiveMarkers, k+1) {
			return k, true
		}
		return 0, false
	case cueTell:
		np := x.npRight(k, hi)
		if !np.ok() {
			return 0, false
		}
		k = np.w1
		if k+1 < hi && (x.isPunct(k, ':') || x.isPunct(k, ',')) && x.words[k+1].kind == wordOpen {
			return k + 1, true // `told the players: "Run."`
		}
	}
	for k < hi && x.in(timeWords, k) {
		k++
	}
	if k < hi && x.in(adjunctStarts, k) && !x.in(determiners, k) && k+1 < hi && x.in(timeWords, k+1) {
		k += 2 // "on Tuesday"
	}
	if k >= hi {
		return 0, false
	}
	if x.words[k].kind == wordPunct && !x.isPunct(k, '(') {
		if x.isPunct(k, ',') && k+1 < hi && x.words[k+1].kind == wordOpen {
			return k + 1, true
		}
		return 0, false
	}
	return k, true
}

// contentEnd returns where a content starting at c0 ends: the unit end, or
// the comma before a participle cue that continues the attribution.
func (x *extractor) contentEnd(c0, hi int) int {
	for t := c0 + 1; t+1 < hi; t++ {
		if x.words[t].quote >= 0 {
			continue
		}
		if t > c0+2 && (equalFoldASCII(x.wordText(t), "and") || equalFoldASCII(x.wordText(t), "but")) {
			// "He said A and said that B", "She said A but warned that
			// B": a coordinated cue starts anew.
			if e, _, ok := x.cueAt(t+1, hi); ok && e.past && !e.base && !e.third && (e.class == cueSpeech || e.class == cueTell) {
				return t
			}
		}
		if !x.isPunct(t, ',') {
			continue
		}
		if e, _, ok := x.cueAt(t+1, hi); ok && e.participle && (e.class == cueSpeech || e.class == cueTell) {
			return t
		}
		// `..., he said, "I hope not."`: a new attribution begins.
		for k := t + 2; k <= t+4 && k+2 < hi; k++ {
			if e, _, ok := x.cueAt(k, hi); ok && e.past && !e.base && e.class == cueSpeech {
				if (x.isPunct(k+1, ',') || x.isPunct(k+1, ':')) && x.words[k+2].kind == wordOpen {
					if np := x.npLeft(k-1, t+1); np.ok() && np.w0 == t+1 && x.nameLike(np) {
						return t
					}
				}
				break
			}
		}
	}
	return hi
}

// colonQuote handles a name followed by a colon and a quotation, with no
// verb: `Former governor Ana Ruiz: "..."`, `New poll - Pew Research: "..."`.
// The name opens the unit or follows a dash.
func (x *extractor) colonQuote(ui int) bool {
	u := x.units[ui]
	for k := u.w0 + 1; k+1 < u.w1; k++ {
		if !x.isPunct(k, ':') || x.words[k].quote >= 0 || x.words[k+1].kind != wordOpen {
			continue
		}
		np := x.npLeft(k-1, u.w0)
		if !np.ok() || np.w1-np.w0 > 8 || !x.words[np.w1-1].upper {
			return false
		}
		for np.w0 < np.w1 && x.in(leadConjunctions, np.w0) {
			np.w0++
		}
		if np.w0 > u.w0 && !(x.words[np.w0-1].kind == wordPunct && isDash(x.wordText(np.w0-1))) {
			return false
		}
		for t := np.w0; t < np.w1; t++ {
			if x.words[t].kind == wordText && !x.words[t].upper && !x.in(titleWords, t) && !x.in(subjectPrepositions, t) {
				return false
			}
		}
		return x.addAttribution(ui, k+1, u.w1, subject{np: np, span: np}, true, k, k+1)
	}
	return false
}

// orphan attaches a unit that is all quotation, with no cue of its own, to
// the attribution just before it: `"A," he said. "B."`
func (x *extractor) orphan(ui int) {
	u := x.units[ui]
	if len(x.attrs) == 0 || x.words[u.w0].kind != wordOpen {
		return
	}
	a := &x.attrs[len(x.attrs)-1]
	if !a.quoted || a.unit != ui-1 || u.para-x.units[a.unit].para > 1 {
		return
	}
	nextPara := u.para != x.units[a.unit].para
	inq, total := 0, 0
	for k := u.w0; k < u.w1; k++ {
		if x.words[k].kind == wordText {
			total++
			if x.words[k].quote >= 0 {
				inq++
			}
		}
	}
	if total == 0 || inq*10 < total*8 {
		return
	}
	sp, _, direct, n := x.contentRange(u.w0, u.w1)
	if n == 0 {
		return
	}
	if nextPara && !x.paraQuoteOpen(a.unit) {
		// A new quoting paragraph without a cue is, in PolNeAR, not part
		// of the previous statement; without a source in its sentence it
		// is left out.
		return
	}
	a.content = append(a.content, sp)
	a.direct = a.direct && direct
	a.unit = ui
}

// paraQuoteOpen reports whether the paragraph of unit ui ends inside a
// quotation continued in the next paragraph.
func (x *extractor) paraQuoteOpen(ui int) bool {
	p := x.paras[x.units[ui].para]
	return p.q1 > p.q0 && x.quotes[p.q1-1].open
}

// headline handles "Speaker: claim" and "Speaker to Audience: claim" in
// the first paragraph.
func (x *extractor) headline(ui int) bool {
	u := x.units[ui]
	colon := -1
	for k := u.w0; k < u.w1 && k < u.w0+8; k++ {
		if x.isPunct(k, ':') && x.words[k].quote < 0 {
			colon = k
			break
		}
	}
	if colon <= u.w0 {
		return false
	}
	srcEnd := colon
	for k := u.w0; k < colon; k++ {
		w := x.words[k]
		if w.kind != wordText {
			if x.isPunct(k, '.') || x.isPunct(k, '\'') {
				continue
			}
			return false
		}
		if !w.upper {
			lw := x.wordText(k)
			if (lw == "to" || lw == "on" || lw == "at") && k > u.w0 {
				if srcEnd == colon {
					srcEnd = k
				}
				continue
			}
			if lw != "of" && lw != "for" && lw != "and" {
				return false
			}
		}
	}
	if !x.words[srcEnd-1].upper {
		return false
	}
	if srcEnd == u.w0+1 && len(x.wordText(u.w0)) == 1 {
		return false // "Q: ..."
	}
	if srcEnd == u.w0+1 && x.in(rubrics, u.w0) {
		// "INTERVIEW: "A" - Mayor Jane Roe on ...": a rubric, no speaker.
		x.rubricQuote(ui, colon+1)
		return true
	}
	np := npSpan{u.w0, srcEnd}
	return x.addAttribution(ui, colon+1, u.w1, subject{np: np, span: np}, true, colon, colon+1)
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func equalFoldASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// rubrics label a headline ("INTERVIEW: ...", "Analysis: ..."); they are
// not speakers.
var rubrics = setOf("interview", "exclusive", "analysis", "opinion", "update", "breaking",
	"watch", "live", "video", "photos", "editorial", "commentary", "review", "explainer",
	"factbox", "comment", "podcast", "profile", "q&a", "feature", "updated")

// rubricQuote handles the rest of a rubric headline from word w0: a
// quotation signed by a dash and a capitalised name, `"A" - Mayor Jane
// Roe on dikes and rents`.
func (x *extractor) rubricQuote(ui, w0 int) {
	u := x.units[ui]
	if w0 >= u.w1 || x.words[w0].kind != wordOpen {
		return
	}
	qc := w0 + 1
	for qc < u.w1 && !(x.words[qc].kind == wordClose && x.words[qc].quote == x.words[w0].quote) {
		qc++
	}
	if qc+2 >= u.w1 || !isDash(x.wordText(qc+1)) || !x.words[qc+2].upper {
		return
	}
	e := qc + 2
	for e < u.w1 && (x.words[e].kind == wordText && x.words[e].upper || x.isPunct(e, '.')) {
		e++
	}
	np := npSpan{qc + 2, e}
	x.addAttribution(ui, w0, qc+1, subject{np: np, span: np}, true, qc+1, qc+2)
}

// speakForms and speakPreps: after "speak" a preposition introduces whom
// or what one spoke to or about ("spoke to reporters"), never a content.
var (
	speakForms = setOf("speak", "spoke", "speaks", "speaking", "spoken")
	speakPreps = setOf("to", "with")
)

// respondents are participles that make a poll's respondents a subject:
// "those surveyed say", "voters polled said".
var respondents = setOf("surveyed", "polled", "questioned", "interviewed", "sampled")

// askWords open the question of "Asked whether ..., she said".
var askWords = setOf("if", "whether", "what", "how", "why", "who", "when", "where", "about")

// leadClause handles two sentence openers that attribute something besides
// the main clause, and inserts their attribution before those of the
// clause (at index before) so that attributions stay in text order:
//
//   - `(When) asked whether CONTENT, X said ...`: a question put to the
//     speaker, with no source (or the asker: "asked by a reporter").
//   - `In a new Tidewater poll, CONTENT.`: the poll is the source and the
//     main clause its content.
func (x *extractor) leadClause(ui, before int) {
	u := x.units[ui]
	k := u.w0
	if k < u.w1 && (equalFoldASCII(x.wordText(k), "when") || equalFoldASCII(x.wordText(k), "after")) {
		k++
	}
	if k+2 >= u.w1 || x.words[k].kind != wordText {
		return
	}
	comma := -1
	for c := k + 1; c < u.w1 && c < k+30; c++ {
		if x.words[c].quote >= 0 || x.words[c].kind == wordOpen {
			return
		}
		if x.isPunct(c, ',') {
			comma = c
			break
		}
	}
	if comma < 0 || comma+3 >= u.w1 {
		return
	}
	var a attribution
	switch lw := x.wordText(k); {
	case equalFoldASCII(lw, "asked"):
		c0 := k + 1
		var subj subject
		if equalFoldASCII(x.wordText(c0), "by") {
			// "asked by a reporter whether ..."
			e := c0 + 1
			for e < comma && !x.in(askWords, e) {
				e++
			}
			if e == comma || e-c0 > 6 {
				return
			}
			subj = subject{np: npSpan{c0 + 1, e}, span: npSpan{c0 + 1, e}}
			c0 = e
		}
		if !x.in(askWords, c0) || comma-c0 < 3 {
			return
		}
		a = attribution{content: []Span{x.wordsSpan(c0, comma)}, cue: x.wordsSpan(k, k+1), hasCue: true, unit: ui}
		if subj.np.ok() {
			a.source, a.hasSrc, a.srcSpan = subj, true, x.wordsSpan(subj.span.w0, subj.span.w1)
		}
	case equalFoldASCII(lw, "in") && k == u.w0:
		// The poll ends at its head or at adjuncts of time ("last month").
		head := -1
		for h := k + 1; h < comma; h++ {
			if x.in(pollNouns, h) {
				head = h
				break
			}
		}
		if head < 0 || !x.in(determiners, k+1) || head-k > 8 {
			return
		}
		sp, quoted, _, n := x.contentRange(comma+1, u.w1)
		if quoted || n < 3 {
			return
		}
		np := npSpan{k + 1, head + 1}
		a = attribution{content: []Span{sp}, source: subject{np: np, span: np}, hasSrc: true,
			cue: x.wordsSpan(k, k+1), hasCue: true, unit: ui, srcSpan: x.wordsSpan(k+1, head+1)}
	default:
		return
	}
	if !x.opts.Indirect {
		return
	}
	x.attrs = append(x.attrs, attribution{})
	copy(x.attrs[before+1:], x.attrs[before:])
	x.attrs[before] = a
}

// pollNouns head the polls of "In a new poll, ...".
var pollNouns = setOf("poll", "polls", "survey", "surveys", "study")
