package quote

// Where a reported content starts (that, to, whether, a bare clause) and
// where it ends.

import (
	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// complement returns the first word of the content after a cue ending at
// word k, or false when none follows.
func (x *extractor) complement(k, hi int, c lexicon.CueClass) (int, bool) {
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
			x.is(lexicon.CAdjunctStarts, k) && !x.is(lexicon.CDeterminers, k) {
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
		if x.is(lexicon.CComplementizers, t) || c == lexicon.CueTell && t > k && x.is(lexicon.CQuestionWords, t) {
			return t, true
		}
		if x.is(lexicon.CNpStops, t) && !x.is(lexicon.CAdjunctStarts, t) && !x.is(lexicon.CTimeWords, t) {
			break
		}
	}
	switch c {
	case lexicon.CuePlan:
		if x.is(lexicon.CInfinitiveMarkers, k) {
			return k, true
		}
		if lexicon.EqualFold(x.wordText(k), "not") && k+1 < hi && x.is(lexicon.CInfinitiveMarkers, k+1) {
			return k, true
		}
		return 0, false
	case lexicon.CueTell:
		np := x.npRight(k, hi)
		if !np.ok() {
			return 0, false
		}
		k = np.w1
		if k+1 < hi && (x.isPunct(k, ':') || x.isPunct(k, ',')) && x.words[k+1].kind == wordOpen {
			return k + 1, true // `told the players: "Run."`
		}
	}
	for k < hi && x.is(lexicon.CTimeWords, k) {
		k++
	}
	if k < hi && x.is(lexicon.CAdjunctStarts, k) && !x.is(lexicon.CDeterminers, k) && k+1 < hi && x.is(lexicon.CTimeWords, k+1) {
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
		if t > c0+2 && (lexicon.EqualFold(x.wordText(t), "and") || lexicon.EqualFold(x.wordText(t), "but")) {
			// "He said A and said that B", "She said A but warned that
			// B": a coordinated cue starts anew.
			if e, _, ok := x.cueAt(t+1, hi); ok && e.Past && !e.Base && !e.Third && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) {
				return t
			}
		}
		if !x.isPunct(t, ',') {
			continue
		}
		if e, _, ok := x.cueAt(t+1, hi); ok && e.Participle && (e.Class == lexicon.CueSpeech || e.Class == lexicon.CueTell) {
			return t
		}
		// `..., he said, "I hope not."`: a new attribution begins.
		for k := t + 2; k <= t+4 && k+2 < hi; k++ {
			if e, _, ok := x.cueAt(k, hi); ok && e.Past && !e.Base && e.Class == lexicon.CueSpeech {
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
