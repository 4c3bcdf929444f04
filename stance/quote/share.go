package quote

import "github.com/stancekit/stancekit/stance/internal/lexicon"

// Poll shares as sources. "61 percent of voters say ...", "42% say ...",
// "Almost half of respondents said ...", "three in five said ...": the
// source is a measured share of a population, reported by a poll, and no
// actor who takes a position. Such an attribution is evidence (a finding
// of the poll), as "the poll shows" is: it is kept for `quotes` but not
// counted as a statement, and the group it measures ("voters",
// "Democrats") is not merged with the statements of that group's members
// or officials ("Democrats said ...").

// shareQualifiers may open a share: "Some 22 percent", "A mere 9
// percent", "Just 28 percent", "a full 79 percent", "Almost half".
var shareQualifiers = lexicon.SetOf("a", "an", "the", "some", "about", "around", "roughly", "nearly", "almost",
	"just", "only", "over", "under", "fully", "full", "mere", "more", "than", "less", "fewer", "another", "approximately",
	"strong", "slim", "large", "vast", "narrow", "clear", "overwhelming", "solid", "bare")

// shareAt reports whether a share opens at word i, after any qualifiers,
// and returns the word after it (at "of" if the share has one).
func (x *extractor) shareAt(i, hi int) (int, bool) {
	for n := 0; i < hi && n < 3 && x.words[i].kind == wordText && x.in(shareQualifiers, i); n++ {
		i++
	}
	if i >= hi || x.words[i].kind != wordText {
		return 0, false
	}
	t := x.wordText(i)
	switch {
	case lexicon.InFold(lexicon.FractionWords, t):
		// "half of voters", "a majority of respondents": a share only with
		// the population it is a share of
		if i+1 < hi && x.wordIs(i+1, "of") {
			return i + 1, true
		}
		return 0, false
	case !lexicon.IsNumeral(t) || i+1 >= hi:
		return 0, false
	}
	j := i + 1
	switch {
	case x.isPunct(j, '%') || x.words[j].kind == wordText && lexicon.InFold(lexicon.PercentWords, x.wordText(j)):
		j++
	case x.wordIs(j, "per") && j+1 < hi && x.wordIs(j+1, "cent"):
		j += 2
	case x.wordIs(j, "in") && j+1 < hi && x.words[j+1].kind == wordText && lexicon.IsNumeral(x.wordText(j+1)):
		j += 2 // "three in five", "one in four voters"
	default:
		return 0, false
	}
	return j, true
}

// wordIs reports whether word i is the text word w, in any case.
func (x *extractor) wordIs(i int, w string) bool {
	return i < len(x.words) && x.words[i].kind == wordText && lexicon.EqualFold(x.wordText(i), w)
}

// shareSource reports whether the source of a is a poll share: the phrase
// that ends at its source mention opens, after qualifiers, with a share
// ("61 percent", "half"), whatever population follows ("of voters", "of
// those surveyed", "of the council members").
func (x *extractor) shareSource(a *attribution) bool {
	if !a.hasSrc || !a.source.np.ok() {
		return false
	}
	w0, w1 := a.source.np.w0, a.source.np.w1
	if w1 > len(x.words) {
		return false
	}
	if x.pollOpened(a.srcUnit, w0) && x.respondents(a.source.np) {
		return true // "In a new poll, most voters said ...": what the poll found
	}
	// The numeral may lie before the mention ("67 [percent of voters]").
	lo, floor := w0, 0
	if a.srcUnit >= 0 && a.srcUnit < len(x.units) {
		floor = x.units[a.srcUnit].w0
	}
	for n := 0; lo > 0 && n < 5 && x.words[lo-1].kind == wordText; n++ {
		t := x.wordText(lo - 1)
		if !lexicon.IsNumeral(t) && !x.in(shareQualifiers, lo-1) && !x.in(lexicon.PercentWords, lo-1) && !x.in(lexicon.FractionWords, lo-1) &&
			!(lexicon.EqualFold(t, "per") || lexicon.EqualFold(t, "cent") || lexicon.EqualFold(t, "in") || lexicon.EqualFold(t, "of")) || lo-1 < floor {
			break // "per" of "12 per cent", "in" of "one in four"
		}
		lo--
	}
	if end := a.source.span.w1; end > w1 && end <= len(x.words) {
		w1 = end // "Half of the council members said": the share's population may run past the mention
	}
	for s := lo; s <= w0; s++ {
		if j, ok := x.shareAt(s, w1); ok && j <= w1 {
			return true
		}
	}
	return false
}

// pollOpened reports whether unit ui opens with a poll ("In a new
// Tidewater poll,", "In a survey of 1,100 residents,") and word w0 comes
// after it: the people the clause reports are the poll's respondents.
func (x *extractor) pollOpened(ui, w0 int) bool {
	if ui < 0 || ui >= len(x.units) {
		return false
	}
	k := x.units[ui].w0
	if !x.wordIs(k, "in") || k+2 >= w0 || !x.is(lexicon.CDeterminers, k+1) {
		return false
	}
	poll := false
	for t := k + 1; t < w0 && t < k+20; t++ {
		switch {
		case x.is(lexicon.CPollNouns, t) && t <= k+8:
			poll = true
		case x.isPunct(t, ','):
			return poll
		case x.words[t].quote >= 0:
			return false
		}
	}
	return false
}

// respondents reports whether np names the people a poll asked: a plural
// common noun that is no one who studies or reports ("voters",
// "respondents", "most residents"; not "researchers at Oxford", "the
// health secretary", "the British Medical Association").
func (x *extractor) respondents(np npSpan) bool {
	h := np.w1 - 1
	for t := np.w0 + 1; t < np.w1; t++ {
		if x.is(lexicon.CPrepositions, t) {
			h = t - 1 // "residents of the town"
			break
		}
	}
	if x.words[h].kind != wordText || x.words[h].upper && !lexicon.IsDemonym(x.wordText(h)) || !x.plural(h) {
		return false
	}
	return !lexicon.InFold(studyNouns, x.wordText(h))
}

// studyNouns are people who make or report a study, not its respondents.
var studyNouns = lexicon.SetOf("researchers", "scientists", "authors", "analysts", "experts", "economists", "pollsters",
	"officials", "academics", "investigators", "statisticians", "organisers", "organizers")
