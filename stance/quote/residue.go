package quote

import (
	"strings"
	"unicode"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// Scraped-page residue: text a web page carries around its article
// (navigation, share buttons, "Recommended Articles", time stamps, the
// headline repeated in teasers). Such paragraphs are skipped: they never
// yield speakers or statements.

// markResidue sets paragraph.residue on the paragraphs of x that are page
// furniture or that repeat an earlier paragraph word for word.
func (x *extractor) markResidue() {
	seen := make(map[string]bool, len(x.paras))
	for i := range x.paras {
		p := &x.paras[i]
		s := x.text[p.Start:p.End]
		if seen[s] {
			p.residue = true
			continue
		}
		seen[s] = true
		p.residue = isResidue(s)
	}
}

// isResidue reports whether a paragraph is page furniture rather than
// article text: short, without sentence punctuation, and made of menu words
// or navigation phrases, or mostly digits (time stamps).
func isResidue(s string) bool {
	if len(s) > 200 {
		return false
	}
	words, digits, letters := 0, 0, 0
	in := false // inside a word: a run of letters and digits
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		default:
			in = false
			continue
		}
		if !in {
			words++
			in = true
		}
	}
	if words == 0 || letters < 3 {
		return true
	}
	if digits > letters {
		return true
	}
	if len(s) < 80 {
		ls := strings.ToLower(s)
		for _, ph := range lexicon.NavigationPhrases {
			if strings.Contains(ls, ph) {
				return true
			}
		}
	}
	last := s[len(s)-1]
	ended := last == '.' || last == '!' || last == '?' || last == '"'
	if ended || words > 8 {
		return false
	}
	nav := 0
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if lexicon.InFold(lexicon.NavigationWords, f) {
			nav++
		}
	}
	return nav*2 >= words
}
