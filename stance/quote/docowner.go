package quote

import (
	"strings"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// Documents that speak for their authors. "The letter said ...", "the
// statement added ...", "the lawsuit alleges ...": a written act whose
// author the article gave where it introduced the document, not in the
// attribution. The author is found at the document's earlier mention,
// the nearest before the source with the same noun:
//
//   - a possessive before it: "Maddox's letter", "his statement";
//   - an agent after it: "a letter ..., signed by Owain Pugh,", "a
//     statement from the ministry", "a lawsuit filed by the union";
//   - else the person or body named last before it in its sentence, its
//     sender as a rule: "Maddox set out her concerns in a letter to the
//     agency", "Fox News said in a statement", "the union filed a
//     lawsuit".
//
// The search reads the text itself and the mentions the resolver keeps,
// so it gives the same answer whether the document is read whole or in
// windows.

// authoredDocs are documents written in their authors' voice. Reports,
// studies and polls are evidence with their own rules (class.go).
var authoredDocs = lexicon.SetOf("letter", "statement", "lawsuit", "suit", "complaint", "email", "e-mail", "memo",
	"ad", "advert", "advertisement", "release", "filing", "petition", "motion", "note", "op-ed", "editorial",
	"post", "tweet", "message", "affidavit", "brief", "appeal", "submission", "manifesto", "pledge")

// docReach is how many bytes before a document's attribution its earlier
// mention may lie.
const docReach = 2500

// agentWords introduce a document's author after it: "signed by",
// "written by", "filed by", "from".
var agentWords = lexicon.SetOf("by", "from")

// docOwner returns the author of the document that np ("the letter")
// names at byte pos, and the author's role, or "" when the article does
// not say.
func (r *resolver) docOwner(np npSpan, pos int) (string, string) {
	x := r.x
	if np.w1-np.w0 != 2 || !lexicon.EqualFold(x.wordText(np.w0), "the") || !x.in(authoredDocs, np.w1-1) {
		return "", ""
	}
	noun := lexicon.Lower(x.wordText(np.w1 - 1))
	lo := max(0, pos-docReach)
	at := -1
	for end := pos; end > lo; {
		// The mention that introduces the document, not an earlier "the
		// letter said": the noun after any word but "the".
		i := lastWordIndex(x.text[lo:end], noun)
		if i < 0 {
			return "", ""
		}
		i += lo
		next := strings.Fields(x.text[i+len(noun) : min(len(x.text), i+len(noun)+24)])
		if _, cue := lexicon.LookupCue(firstOf(next)); !cue || !lexicon.EqualFold(lastField(x.text[max(lo, i-12):i]), "the") {
			at = i
			break
		}
		end = i // an earlier "the letter said": its introduction lies further back
	}
	if at < 0 {
		return "", ""
	}
	start := sentenceStart(x.text, lo, at)
	// A possessive before the noun, past one or two modifiers.
	before := strings.Fields(x.text[max(start, at-40):at])
possessive:
	for i := len(before) - 1; i >= 0 && i >= len(before)-3; i-- {
		w := strings.Trim(before[i], ",;:")
		if e, ok := r.possessor(w, at); ok {
			if e < 0 {
				return "", ""
			}
			return r.ents[e].name, r.ents[e].role
		}
		switch lexicon.Lower(w) {
		case "a", "an", "the", "their", "its", "this", "that":
			break possessive // the determiner opens the phrase
		}
		if owner := trimPossessive(w); owner != w && owner != "" && isUpperASCII(owner[0]) {
			return r.namedAuthor(owner)
		}
	}
	// An agent after the noun, in its sentence.
	end := at + len(noun)
	stop := strings.IndexAny(x.text[end:min(len(x.text), end+120)], ".;")
	if stop < 0 {
		stop = min(len(x.text), end+120) - end
	}
	after := strings.Fields(x.text[end : end+stop])
	for i := 0; i+1 < len(after) && i < 10; i++ {
		if !lexicon.InFold(agentWords, after[i]) {
			continue
		}
		rest := after[i+1:]
		if len(rest) > 1 && lexicon.EqualFold(rest[0], "the") && isUpperASCII(rest[1][0]) {
			rest = rest[1:] // "filed by the Sierra Club"
		}
		if len(rest) > 0 && !isUpperASCII(rest[0][0]) {
			// "from the club's executive director, Jeremy Boreing": a
			// description, then the name in apposition
			for k, w := range rest {
				if k >= 6 {
					rest = nil
					break
				}
				if strings.HasSuffix(w, ",") {
					rest = rest[k+1:]
					break
				}
			}
		}
		var name []string
		for _, w := range rest {
			if lexicon.EqualFold(w, "the") && len(name) == 0 {
				continue
			}
			t := strings.TrimRight(w, ",;:")
			if t == "" || !isUpperASCII(t[0]) {
				break
			}
			name = append(name, t)
			if t != w {
				break // the comma ends the name
			}
		}
		if len(name) > 0 {
			return r.namedAuthor(strings.Join(name, " "))
		}
		break
	}
	// The person or body named last before the noun in its sentence.
	person, ppos := -1, -1
	for m := range r.before(at) {
		if m.pos < start {
			break
		}
		if !r.ents[m.ent].thing && !quoted(x.text[start:m.pos]) {
			person, ppos = m.ent, m.pos
			break
		}
	}
	for i := len(r.orgs) - 1; i >= 0; i-- {
		if o := r.orgs[i]; o.pos < at && o.pos >= start && o.pos > ppos && !quoted(x.text[start:o.pos]) {
			return o.name, "" // "Fox News said in a statement", after Ailes was named
		}
	}
	if person >= 0 {
		return r.ents[person].name, r.ents[person].role
	}
	return "", ""
}

// namedAuthor returns the person or organisation the article knows by
// name (a full name, a surname, an organisation's name), with the
// person's role, or "" when the article names no one so: a named author
// is not replaced by a guess from the sentence.
func (r *resolver) namedAuthor(name string) (string, string) {
	if e, ok := r.byName[name]; ok {
		return r.ents[e].name, r.ents[e].role
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if e, ok := r.byLast[lexicon.Lower(last)]; ok {
		return r.ents[e].name, r.ents[e].role
	}
	for i := len(r.orgs) - 1; i >= 0; i-- {
		if strings.EqualFold(r.orgs[i].name, name) {
			return r.orgs[i].name, ""
		}
	}
	return "", ""
}

// lastWordIndex returns the byte offset of the last occurrence of word w
// (lower case) in s as a whole word, in any case, or -1.
func lastWordIndex(s, w string) int {
	for end := len(s); end > 0; {
		i := lastIndexFold(s[:end], w)
		if i < 0 {
			return -1
		}
		j := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return i
		}
		end = i
	}
	return -1
}

// lastIndexFold is strings.LastIndex with ASCII letters of s matched in
// any case against w, which is lower case.
func lastIndexFold(s, w string) int {
	for i := len(s) - len(w); i >= 0; i-- {
		j := 0
		for j < len(w) && lowerASCII(s[i+j]) == w[j] {
			j++
		}
		if j == len(w) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}

// firstOf returns the first of fields, without punctuation, or "".
func firstOf(fields []string) string {
	if len(fields) == 0 {
		return ""
	}
	return strings.Trim(fields[0], ",.;:")
}

// abbreviation reports whether s ends in a word that a period abbreviates
// rather than ends a sentence with: a title ("Sen", "Gov"), an honorific
// ("Mr", "Dr"), an initial ("J") or dotted letters ("U.S").
func abbreviation(s string) bool {
	w := lastField(s)
	if w == "" {
		return false
	}
	var buf [32]byte
	return len(w) == 1 && isUpperASCII(w[0]) || strings.Contains(w, ".") || lexicon.TitleAbbrevs[string(lowerKey(&buf, w))] != "" ||
		lexicon.InFold(lexicon.HonorificWords, w)
}

// lastField returns the last whitespace-separated word of s, or "".
func lastField(s string) string {
	s = strings.TrimRight(s, " \t\r\n")
	return s[strings.LastIndexAny(s, " \t\r\n")+1:]
}

// quoted reports whether the end of s lies inside a quotation: more
// opening than closing curly marks, or an odd number of straight ones.
func quoted(s string) bool {
	open := strings.Count(s, "“") - strings.Count(s, "”")
	return open > 0 || open == 0 && strings.Count(s, "\"")%2 == 1
}

// sentenceStart returns the offset where the sentence holding byte at
// begins, looking no further back than lo: after the last ". ", "? ",
// "! " or line break.
func sentenceStart(text string, lo, at int) int {
	for i := at - 1; i > lo; i-- {
		switch text[i] {
		case '\n':
			return i + 1
		case ' ':
			if p := text[i-1]; p == '?' || p == '!' || p == '.' && !abbreviation(text[lo:i-1]) {
				return i + 1
			}
		}
	}
	return lo
}
