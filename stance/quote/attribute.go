package quote

// Trying each sentence unit against the attribution patterns, and recording
// what they find.
//
// The patterns within one sentence unit:
//
//	post:     CONTENT, X said.   "CONTENT," said X.   CONTENT, according to X.
//	pre:      X said (that) CONTENT.   X told Y (that) CONTENT.   X said: "CONTENT"
//	          X believes / plans to / polls show CONTENT.   According to X, CONTENT.
//	continue: ..., adding that CONTENT   (same source, new cue)
//	          "A," he said, "B."  and  "A," he said. "B."  (one cue, two ranges)
//	lead-in:  X continued:  followed by a quoted paragraph
//	headline: Clinton to Planned Parenthood: CONTENT   (first paragraph only)

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// railForms are the forms of "rail", a cue only before railPrepositions.
var (
	railForms        = lexicon.SetOf("rail", "rails", "railed", "railing")
	railPrepositions = lexicon.SetOf("against", "at", "about", "over", "on")
)

// cueAt reports the cue starting at word i and how many words it spans.
func (x *extractor) cueAt(i, hi int) (lexicon.CueEntry, int, bool) {
	if i >= hi || i >= len(x.words) {
		return lexicon.CueEntry{}, 0, false // "0 sAid,A": the unit ends before a cue
	}
	w := x.words[i]
	if w.kind != wordText || w.quote >= 0 {
		return lexicon.CueEntry{}, 0, false
	}
	lw := x.wordText(i)
	if x.is(lexicon.CMultiCue, i) {
		rest := lexicon.MultiCues[lexicon.Lower(lw)]
		j := i + 1
		k := 0
		for ; k < len(rest) && j < hi; k, j = k+1, j+1 {
			if x.words[j].kind != wordText || !lexicon.EqualFold(x.wordText(j), rest[k]) {
				break
			}
		}
		if k == len(rest) {
			if lexicon.EqualFold(lw, "referring") {
				// ", referring to him as ...": a participle continuing
				// the attribution before it.
				return lexicon.CueEntry{Class: lexicon.CueSpeech, Participle: true}, 1 + len(rest), true
			}
			return lexicon.CueEntry{Class: lexicon.CueSpeech, Past: true}, 1 + len(rest), true
		}
		if lexicon.Lower(lw) == "according" {
			return lexicon.CueEntry{}, 0, false
		}
	}
	if e, n, ok := x.beliefAdjective(i, hi); ok {
		return e, n, true
	}
	var e lexicon.CueEntry
	ok := false
	if x.is(lexicon.CCue, i) {
		e, ok = lexicon.LookupCue(lw)
	}
	if ok && i > 0 && x.possessive(i-1) && len(lw) > 3 && lw[len(lw)-1] == 's' && x.nounUse(i+1, hi) {
		// "Friday's tweets", "Trump's comments are making ...": after a
		// possessive an -s form is a plural noun (a verb there is "has"
		// cut short, "Trump's said", never a third person), and what
		// follows it is no content. A nominal attribution with its
		// clause ("Mr. Trump's claims that his worth exceeds ...") stays.
		return lexicon.CueEntry{}, 0, false
	}
	if ok && lexicon.InFold(railForms, lw) {
		// "rail" speaks only with its preposition ("railed against the
		// council"); "her porch rails were turning black" is a noun
		j := i + 1
		if j < hi && x.endsLy(j) {
			j++ // "railed loudly against"
		}
		if j < hi && !lexicon.InFold(railPrepositions, x.wordText(j)) && !x.wordIs(j, "that") && x.words[j].kind == wordText {
			return lexicon.CueEntry{}, 0, false // (`"This is theft," Ortiz railed.`, "railed that ..." speak)
		}
	}
	if !ok {
		// "continued" is a cue only where it introduces or closes a quote:
		// `Caddell continued:`, `"...," she continued.`
		if lexicon.EqualFold(lw, "continued") || lexicon.EqualFold(lw, "continues") {
			if i+1 >= hi || x.isPunct(i+1, ':') || x.isPunct(i+1, '.') || x.isPunct(i+1, ',') {
				return lexicon.CueEntry{Class: lexicon.CueSpeech, Past: true}, 1, true
			}
		}
		return lexicon.CueEntry{}, 0, false
	}
	return e, 1, true
}

// beliefAdjectives, after a copula, state what the subject believes:
// "Vell is convinced the old boat will outlast ...", "Karimi remains
// certain that ...".
var beliefAdjectives = lexicon.SetOf("convinced", "certain", "sure", "confident", "adamant", "positive")

// copulaForms are the forms of "be" and "remain" a belief adjective
// follows, with the cue entry each gives: the tense and the subject's
// number.
var copulaForms = map[string]lexicon.CueEntry{
	"is": {Class: lexicon.CueBelief, Past: true, Third: true}, "was": {Class: lexicon.CueBelief, Past: true},
	"are": {Class: lexicon.CueBelief, Past: true, Base: true}, "were": {Class: lexicon.CueBelief, Past: true},
	"remains": {Class: lexicon.CueBelief, Past: true, Third: true}, "remained": {Class: lexicon.CueBelief, Past: true},
}

// beliefAdjective reports a cue of belief made of a copula at word i, at
// most one adverb ("still", "now", "firmly") and a belief adjective,
// followed by "that" or a clause's subject, never by "to", "of" or
// "about" ("is sure to win", "is confident of victory" state no belief
// about a proposition). The cue spans the copula and the adjective.
func (x *extractor) beliefAdjective(i, hi int) (lexicon.CueEntry, int, bool) {
	w := x.wordText(i)
	if len(w) < 2 || len(w) > 8 || i+2 >= hi {
		return lexicon.CueEntry{}, 0, false
	}
	switch w[0] {
	case 'i', 'w', 'a', 'r': // cueAt looks at every word: rule the rest out before hashing
	default:
		return lexicon.CueEntry{}, 0, false
	}
	var buf [32]byte
	e, ok := copulaForms[string(lowerKey(&buf, w))]
	if !ok || x.words[i].upper {
		return lexicon.CueEntry{}, 0, false
	}
	j := i + 1
	if j < hi && x.words[j].kind == wordText && (x.endsLy(j) || x.wordIs(j, "still") || x.wordIs(j, "now") || x.wordIs(j, "also")) {
		j++
	}
	if j+1 >= hi || x.words[j].kind != wordText || !lexicon.InFold(beliefAdjectives, x.wordText(j)) {
		return lexicon.CueEntry{}, 0, false
	}
	next := j + 1
	if x.words[next].kind != wordText || x.is(lexicon.CPrepositions, next) && !x.wordIs(next, "that") || x.is(lexicon.CInfinitiveMarkers, next) {
		return lexicon.CueEntry{}, 0, false
	}
	return e, j + 1 - i, true
}

// nounUse reports whether word j, after a noun that might be a cue, shows
// the noun to be a subject or an object: a finite verb, a punctuation
// mark, a preposition or the end of the unit follow it.
func (x *extractor) nounUse(j, hi int) bool {
	if j >= hi || x.words[j].kind == wordPunct {
		return true
	}
	if x.words[j].kind != wordText {
		return false
	}
	return x.is(lexicon.CFiniteAux, j) || x.is(lexicon.CPrepositions, j) && !x.wordIs(j, "that")
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
		p := x.pending
		x.pending = -1
		listing := x.listing
		x.listing = false
		a := &x.attrs[p]
		// "X said:" and a list, one item a line ("• about 35,000 houses
		// have been damaged", "• eleven centres have been opened"): the
		// items are the parts of one statement, as the paragraphs of a
		// long quotation are; a unit that is no item ends the list and
		// is the writer's again.
		if listing && !x.listItem(ui, ui-1, x.listBlank) {
		} else if listing || x.nextPara(x.units[a.unit].para, u.para) {
			if sp, quoted, direct, n := x.contentRange(u.w0, u.w1); n >= x.opts.MinContentWords {
				if !listing {
					// a blank line after "X said:" and single line breaks
					// between the items make a list; where every
					// paragraph is a single line, only marked items do
					x.listBlank = blankLine(x.text[x.units[a.unit].End:u.Start])
				}
				a.content = append(a.content, sp)
				a.quoted, a.direct, a.unit = a.quoted && listing || quoted, direct && (a.direct || !listing), ui
				if x.lineEnds(ui, x.listBlank) {
					x.pending, x.listing = p, true
				}
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
	if from == u.w0 {
		from = x.afterDateline(ui) // "PAGO PAGO, American Samoa (Wire) — Tuatele Seafoods said": no subject in the dateline
	}
	x.prePatterns(ui, from, before)
	if from <= x.afterDateline(ui) {
		x.leadClause(ui, before)
	}
	if len(x.attrs) == before && !x.colonQuote(ui) && !x.colonVerbQuote(ui) {
		x.orphan(ui)
	}
}

// listItem reports whether unit ui is an item of a list that goes on
// from unit prev: it starts a line of its own, in prev's paragraph or,
// marked as an item ("-", "•", "*", "<li>"), in the next one.
func (x *extractor) listItem(ui, prev int, blank bool) bool {
	if ui <= prev || ui >= len(x.units) || prev < 0 {
		return false
	}
	u, v := x.units[ui], x.units[prev]
	if !x.nextPara(v.para, u.para) {
		return false
	}
	gap := x.text[v.End:u.Start]
	if !strings.Contains(gap, "\n") {
		return false
	}
	for k := u.w0; k < u.w1; k++ {
		if x.words[k].quote >= 0 || x.words[k].kind != wordText {
			continue
		}
		if k > u.w0 && (x.is(lexicon.CFiniteAux, k-1) || x.wordIs(k-1, "be") || x.wordIs(k-1, "been")) {
			continue // "a strike would be announced": a passive, no attribution
		}
		if k == u.w0 || !(x.words[k-1].upper || x.isPunct(k-1, ',') || x.is(lexicon.CSubjectPronouns, k-1)) {
			continue // a cue needs its subject there: "25 more branded shops will open" has none
		}
		if e, _, ok := x.cueAt(k, u.w1); ok && (e.Past || e.Third) && !e.Base && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) {
			return false // a line with an attribution of its own: "Tom Hale, a builder, said the cost was high"
		}
	}
	return (blank && !blankLine(gap) || x.itemMarked(ui)) && x.wholeLine(ui)
}

// nextPara reports whether paragraph q follows paragraph p with nothing
// but markup between them: the next line, or the item after "<ul>" in
// raw HTML ("<p>X told a briefing:</p>", "<ul>", "<li>...").
func (x *extractor) nextPara(p, q int) bool {
	if q-p <= 1 {
		return true
	}
	if q-p > 4 || p < 0 || q > len(x.paras) {
		return false
	}
	for i := p + 1; i < q; i++ {
		t := x.text[x.paras[i].Start:x.paras[i].End]
		for t != "" {
			e := tagEnd(t, 0, len(t))
			if e == 0 || !containerTag(t[:e]) {
				return false // (a picture's "<figure>" or "<img>" ends the lead-in: its caption is no one's words)
			}
			t = strings.TrimLeft(t[e:], " \t\r")
		}
	}
	return true
}

// containerTag reports whether the HTML tag tag opens or closes a list, a
// block quotation or a division, which hold a lead-in's items.
func containerTag(tag string) bool {
	name := strings.TrimLeft(strings.TrimPrefix(tag, "<"), "/")
	if i := strings.IndexAny(name, " >/\t"); i >= 0 {
		name = name[:i]
	}
	switch strings.ToLower(name) {
	case "ul", "ol", "blockquote", "div", "section", "article", "p", "br":
		return true
	}
	return false
}

// blankLine reports whether s holds an empty line: a line break, only
// spaces, and another.
func blankLine(s string) bool {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return false
		}
		s = s[i+1:]
		if strings.HasPrefix(strings.TrimLeft(s, " \t\r"), "\n") {
			return true
		}
	}
}

// lineEnds reports whether unit ui ends its line inside its paragraph:
// the text after it, up to the next unit, breaks the line.
func (x *extractor) lineEnds(ui int, blank bool) bool {
	u := x.units[ui]
	rest := x.text[u.End:]
	t := strings.TrimLeft(rest, " \t\r\n.;,")
	for strings.HasPrefix(t, "</") {
		// the closing tags of an item in raw HTML: "...evacuated</li>"
		e := tagEnd(t, 0, len(t))
		if e == 0 {
			break
		}
		t = strings.TrimLeft(t[e:], " \t\r\n")
	}
	if t == "" {
		return false
	}
	gap := rest[:len(rest)-len(t)]
	return strings.Contains(gap, "\n") && (blank && !blankLine(gap) || x.itemMarked(ui) && x.itemMarkedAt(u.End+len(gap))) && x.wholeLine(ui)
}

// itemMarkedAt reports whether the line starting at byte i opens with a
// list item's mark.
func (x *extractor) itemMarkedAt(i int) bool {
	s := strings.TrimLeft(x.text[i:], " \t")
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "<li")
}

// wholeLine reports whether unit ui is a line of its own and short, as a
// list's items are: a text whose paragraphs are single lines is no list.
func (x *extractor) wholeLine(ui int) bool {
	u := x.units[ui]
	if u.w1-u.w0 > 40 {
		return false
	}
	line := strings.LastIndexByte(x.text[:u.Start], '\n') + 1
	if strings.TrimLeft(x.text[line:u.Start], " \t-•*") != "" && !strings.HasPrefix(strings.TrimSpace(x.text[line:u.Start]), "<") {
		return false
	}
	end := strings.IndexByte(x.text[u.End:], '\n')
	if end < 0 {
		end = len(x.text) - u.End
	}
	return strings.Trim(x.text[u.End:u.End+end], " \t\r.;,") == "" || strings.HasPrefix(strings.TrimSpace(x.text[u.End:u.End+end]), "</")
}

// itemMarked reports whether unit ui opens with a list item's mark.
func (x *extractor) itemMarked(ui int) bool {
	return x.itemMarkedAt(strings.LastIndexByte(x.text[:x.units[ui].Start], '\n') + 1)
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
	if hasSrc && cue0 > x.units[ui].w0 && c0 > cue0 {
		c1 = x.subordinateEnd(ui, subj.span.w0, c0, c1)
	}
	sp, quoted, direct, n := x.contentRange(c0, c1)
	if n < x.opts.MinContentWords || !quoted && n < 2 {
		return false
	}
	if !quoted && !x.opts.Indirect {
		return false
	}
	if !quoted && cue1 == cue0+1 && x.is(lexicon.CSpeakForms, cue0) && (x.is(lexicon.CSpeakPreps, c0) ||
		c0+1 < c1 && lexicon.EqualFold(x.wordText(c0), "on") && lexicon.EqualFold(x.wordText(c0+1), "condition")) {
		return false // "We spoke to the mayor": an addressee, not a content
	}
	a := attribution{content: []Span{sp}, source: subj, hasSrc: hasSrc, unit: ui, srcUnit: ui, quoted: quoted, direct: direct}
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

// subordinateEnd returns where the content [c0, c1) of a source that
// speaks in a fronted subordinate clause ends: at the comma before the
// sentence's main clause. "Though the White House has said that Mr. Obama
// would not be pigeonholed, the campaign has appeared to acknowledge
// ...", "When Clinton noted that Trump had not paid taxes, Trump boasted
// ...": what the source said ends before the main clause's subject and
// verb. src is the source's first word; the clause opens the unit with a
// subordinator, perhaps after "If," ("If, as I've suggested, ..."); not
// "As", whose "As Simonyan said in July, RT is ..." reports the main
// clause.
func (x *extractor) subordinateEnd(ui, src, c0, c1 int) int {
	u := x.units[ui]
	k := u.w0
	for k < src && x.words[k].kind != wordText {
		k++
	}
	if k >= src || !x.in(subordinators, k) && !x.in(conditionWords, k) && !x.wordIs(k, "once") || x.wordIs(k, "where") {
		return c1
	}
	for j := c1 - 2; j > c0+1; j-- {
		if x.isPunct(j, ',') && x.words[j].quote < 0 && x.mainClauseAt(j+1, c1) {
			return j
		}
	}
	return c1
}

// mainClauseAt reports whether a clause with its own subject and finite
// verb starts at word j: a name, a pronoun or a noun phrase with a
// determiner, then within two words a finite auxiliary, a modal, a past
// form or a cue ("the campaign has appeared", "Trump boasted", "he has
// proposed").
func (x *extractor) mainClauseAt(j, hi int) bool {
	if j >= hi || x.words[j].kind != wordText || x.words[j].quote >= 0 {
		return false
	}
	v := -1
	switch {
	case x.is(lexicon.CSubjectPronouns, j) && !x.is(lexicon.CRelativePronouns, j), x.in(notNames, j):
		v = j + 1
	case x.is(lexicon.CArticles, j) || x.is(lexicon.CPossDeterminers, j) || x.words[j].upper:
		np := x.npRight(j, hi)
		if !np.ok() || np.w0 != j {
			return false
		}
		v = np.w1
	default:
		return false
	}
	for t := v; t < hi && t < v+2; t++ {
		if x.words[t].kind != wordText || x.words[t].quote >= 0 {
			return false
		}
		w := x.wordText(t)
		if auxOrModal(w) || isPastForm(w) {
			return true
		}
		if e, ok := lexicon.LookupCue(w); ok && (e.Past || e.Third) && !e.Participle {
			return true
		}
		if !x.endsLy(t) && !x.in(midAdverbs, t) {
			return false
		}
	}
	return false
}

// timeSpanAt reports whether a span of time opens at word t before hi:
// "10 days ago", "two weeks later"; not "10 years" alone, which may be
// what was said ("the engineer said 10 years").
func (x *extractor) timeSpanAt(t, hi int) bool {
	return t+2 < hi && x.words[t].kind == wordText && (lexicon.IsNumber(x.wordText(t)) || lexicon.IsNumeral(x.wordText(t))) && x.in(timeUnits, t+1) &&
		x.in(timeAfterwords, t+2)
}

// partOfDay reports whether "late" or "early" at word t opens a time:
// "late Thursday", "early on Monday", "late last year".
func (x *extractor) partOfDay(t, hi int) bool {
	if t+1 >= hi || !x.wordIs(t, "late") && !x.wordIs(t, "early") {
		return false
	}
	n := t + 1
	if x.wordIs(n, "on") && n+1 < hi {
		n++
	}
	return x.words[n].kind == wordText && (lexicon.IsWeekdayOrMonth(x.wordText(n)) || x.is(lexicon.CTimeWords, n))
}

// timeUnits measure a span of time: "10 days ago", "two weeks later".
var timeUnits = lexicon.SetOf("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades")

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
				if ce, _, ok := x.cueAt(t+1, hi); ok && ce.Participle {
					return t, true
				}
			}
			if t+1 < e && (x.in(subordinators, t+1) || x.wordIs(t+1, "as") || x.wordIs(t+1, "amid") || x.wordIs(t+1, "despite")) {
				// "..., a peer told the House of Lords last night, as
				// ministers came under pressure ...": the writer's
				// adverbial clause, however long
				return hi, true
			}
			if t == k {
				return 0, false
			}
			continue
		}
		if t == k && (!x.is(lexicon.CAdjunctStarts, t) || x.is(lexicon.CDeterminers, t)) && !x.timeSpanAt(t, e) && !x.partOfDay(t, e) {
			return 0, false // "said the crisis ..." is a content, not an adjunct; "said 10 days ago" is one
		}
		if x.is(lexicon.CComplementizers, t) || t-k > 14 {
			return 0, false
		}
		if t == k+1 && x.is(lexicon.CFiniteAux, t) && !x.is(lexicon.CRelativePronouns, k) {
			return 0, false // "said it was checked daily": a clause
		}
	}
	return hi, true
}
