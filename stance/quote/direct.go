package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// A quotation is a stretch of text between paired quotation marks, marks
// included, inside one paragraph. An opening mark that is not closed before
// the paragraph ends runs to the end of the paragraph when the next
// paragraph opens a quotation too: the newspaper convention for a quote
// continued over paragraphs.
type quotation struct {
	Span
	open bool // not closed in its paragraph; continues in the next one
}

// Quotation mark styles. Marks of one style close only their own style,
// so a quote nested in another style is left inside its parent.
const (
	markNone     = iota
	markStraight // "
	markCurly    // “ ”, „ “, « »
	markDouble   // '' as NYT writes it, or `` ''
	markSingle   // ‘ ’, as British papers quote; ’ is an apostrophe too
	markApos     // ' ', straight single marks as some papers quote; ' is an apostrophe far more often
)

// markAt reports the quotation mark at text[i]: its style, its length in
// bytes, and whether it can only open (+1), can only close (-1), or is
// undirected (0).
func markAt(text string, i int) (style, size, dir int) {
	switch c := text[i]; c {
	case '"':
		return markStraight, 1, 0
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			return markDouble, 2, 0
		}
		return markApos, 1, 0
	case '`':
		if i+1 < len(text) && text[i+1] == '`' {
			return markDouble, 2, 1
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C: // “
				return markCurly, 3, 1
			case 0x9D: // ”
				return markCurly, 3, -1
			case 0x9E: // „
				return markCurly, 3, 1
			case 0x98: // ‘
				return markSingle, 3, 1
			case 0x99: // ’
				return markSingle, 3, -1
			}
		}
	case 0xC2:
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xAB: // «
				return markCurly, 2, 1
			case 0xBB: // »
				return markCurly, 2, -1
			}
		}
	}
	return markNone, 0, 0
}

// isQuoteOpenAt reports whether an opening quotation mark starts at text[i].
func isQuoteOpenAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	style, _, dir := markAt(text, i)
	return style != markNone && style != markApos && dir >= 0
}

// appendQuotations appends the quotations of paragraph text[start:end] to
// dst. nextOpens says whether the next paragraph starts with an opening
// mark, which lets an unclosed quotation run to the paragraph end.
func appendQuotations(dst []quotation, text string, start, end int, nextOpens bool) []quotation {
	open, style := -1, markNone
	lastCloser := -2 // not yet looked for
	nested := false  // a curly quotation inside a straight one
	for i := start; i < end; {
		if text[i] == '<' {
			if j := tagEnd(text, i, end); j > i {
				i = j // the quotation marks of a tag's attributes quote no one
				continue
			}
		}
		st, size, dir := markAt(text, i)
		if st == markNone || i+size > end {
			i++
			continue
		}
		closing := !isSpaceBefore(text, i) && isSpaceOrEnd(text, i+size, end)
		if st == markSingle && !singleMark(text, i, start, end, dir, closing) ||
			st == markApos && !(open < 0 && aposOpener(text, i, start, end, &lastCloser) || open >= 0 && style == markApos && aposCloses(text, i, end, closing)) {
			i += size
			continue
		}
		switch {
		case open >= 0 && style == markStraight && st == markCurly && dir > 0:
			nested = true
		case open >= 0 && style == markStraight && st == markCurly && dir < 0 && nested:
			nested = false
		case open >= 0 && style == markStraight && st == markCurly && dir < 0 && closing,
			open >= 0 && style == markCurly && st == markCurly && dir > 0 && closing && i > open+size:
			// "I prefer Kasich,” and “It's unusual,“: a mark of the wrong
			// shape where the closing mark belongs.
			dst = append(dst, quotation{Span: Span{open, i + size}})
			open, nested = -1, false
		case open < 0 && st == markCurly && dir < 0 && strings.HasPrefix(text[i:], "”") && (i == start && i+size < end || isSpaceBefore(text, i) && !isSpaceOrEnd(text, i+size, end)):
			// ”Fear. I am truly afraid ...”, ”… he delivered a mix ...”: a
			// closing mark where an opening one belongs, at the start of a
			// word or of the paragraph
			open, style = i, st
		case open < 0 && dir >= 0:
			// An undirected mark glued to the word before it and followed by
			// space is a stray closing mark, not an opening.
			if dir == 0 && i > start && !isSpaceBefore(text, i) && isSpaceOrEnd(text, i+size, end) {
				break
			}
			open, style = i, st
		case open >= 0 && st == style && dir <= 0,
			open >= 0 && style == markCurly && st == markStraight &&
				!isSpaceBefore(text, i) && isSpaceOrEnd(text, i+size, end):
			// Mixed styles ("“Immunity deals ...," Chaffetz said) close too
			// when the mark sits where a closing mark goes.
			if !nickname(text, open, i+size, start, end) {
				dst = append(dst, quotation{Span: Span{open, i + size}})
			}
			open, nested = -1, false
		case open >= 0 && st == style && dir > 0 && st == markCurly:
			// “ ... “ with no close between: the first quote lost its mark.
			open = i
		}
		i += size
	}
	if open >= 0 && nextOpens && style != markApos {
		e := end
		for e > open && isSpaceByte(text[e-1]) {
			e--
		}
		dst = append(dst, quotation{Span: Span{open, e}, open: true})
	}
	return dst
}

// nickname reports whether the quotation text[q0:q1] of paragraph
// [start, end) is a nickname inside a name: one or two capitalised words
// between a capitalised word or an initial and a capitalised surname
// (`Robert C. "Bobby" Scott`, "Donal 'Bucket' Moriarty"), which quotes
// no one.
func nickname(text string, q0, q1, start, end int) bool {
	if q0-2 < start || q1+2 > end || text[q0-1] != ' ' || text[q1] != ' ' {
		return false
	}
	_, open := utf8.DecodeRuneInString(text[q0:])
	_, closeSize := utf8.DecodeLastRuneInString(text[:q1])
	inner := text[q0+open : q1-closeSize]
	if inner == "" || len(inner) > 24 || strings.Count(inner, " ") > 1 {
		return false
	}
	if strings.ContainsAny(inner, ".,;:!?") {
		return false
	}
	for w := range strings.FieldsSeq(inner) {
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			return false
		}
	}
	if c, _ := utf8.DecodeRuneInString(text[q1+1:]); !unicode.IsUpper(c) {
		return false
	}
	b := q0 - 2 // the last byte of the word before
	k := b
	for k > start && text[k-1] != ' ' {
		k--
	}
	c, _ := utf8.DecodeRuneInString(text[k:])
	last, _ := utf8.DecodeLastRuneInString(text[:b+1])
	// a first name or an initial ("C."), not a word ending a sentence or
	// a clause ("Blumenthal: 'No Idea' If ..."), nor a name in capitals
	// ("CNN \"Fake News\""); and after it a surname, no day or month
	// ("told Reuters \"Yes\" Monday")
	before := text[k : b+1]
	if !unicode.IsUpper(c) || !(unicode.IsLetter(last) || text[b] == '.' && b-k == 1) || len(before) > 1 && !hasLower(before) && text[b] != '.' {
		return false
	}
	a := q1 + 1
	e := a
	for e < end && (isWordByte(text[e]) && text[e] != '-') {
		e++
	}
	after := text[a:e]
	if lexicon.IsWeekdayOrMonth(after) || lexicon.CommonWord(after) && lexicon.GivenNameGender(before) == 0 && text[b] != '.' {
		return false
	}
	return true
}

// aposOpens reports whether the straight ' at text[i] opens a quotation
// in the paragraph [start, end): at a word's start ('We rehearsed ...),
// before a letter, not an elision ('90s, 'em, 'n', 'til), and closed
// later in the paragraph by a ' that ends a word after at least two
// more words. lastCloser is the paragraph's last ' that can close one
// (lastAposCloser), or -1: found once per paragraph, so that many
// openers cost no more than one scan.
func aposOpens(text string, i, start, end, lastCloser int) bool {
	if lastCloser <= i || i > start && !isSpaceBefore(text, i) && text[i-1] != '"' && text[i-1] != '(' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1 : end])
	if i+1 >= end || !unicode.IsLetter(r) {
		return false // '90s
	}
	w := i + 1
	for w < end && (text[w] >= 'a' && text[w] <= 'z' || text[w] >= 'A' && text[w] <= 'Z') {
		w++
	}
	if lexicon.InFold(elisions, text[i+1:w]) {
		return false
	}
	spaces := 0
	for j := i + 1; j < lastCloser && spaces < 2; j++ {
		if text[j] == ' ' {
			spaces++
		}
	}
	return spaces >= 2
}

// aposOpener is aposOpens with the paragraph's last closer looked for
// the first time a straight ' is met (*lastCloser -2 until then).
func aposOpener(text string, i, start, end int, lastCloser *int) bool {
	if *lastCloser == -2 {
		*lastCloser = lastAposCloser(text, start, end)
	}
	return aposOpens(text, i, start, end, *lastCloser)
}

// elisions are the words a straight ' opens without opening a quotation:
// "'em", "rock 'n' roll", "'til", "'Tis", "'Cause".
var elisions = lexicon.SetOf("em", "n", "til", "tis", "twas", "cause", "bout", "cos")

// lastAposCloser returns the offset of the last straight ' in the
// paragraph [start, end) that can close a quotation (aposCloses), or -1.
func lastAposCloser(text string, start, end int) int {
	for j := end - 1; j > start; j-- {
		if text[j] == '\'' && j+1 <= end && aposCloses(text, j, end, !isSpaceBefore(text, j) && isSpaceOrEnd(text, j+1, end)) &&
			!(j+1 < end && text[j+1] == '\'') && text[j-1] != '\'' {
			return j
		}
	}
	return -1
}

// aposCloses reports whether the straight ' at text[i] closes a
// quotation: it ends a word before a space, a punctuation mark or the
// paragraph's end (closing), and is no plural's possessive before a
// lower-case word ("the players' union").
func aposCloses(text string, i, end int, closing bool) bool {
	if !closing {
		return false
	}
	if c := text[i-1]; (c == 's' || c == 'S') && i+2 < end && text[i+1] == ' ' && 'a' <= text[i+2] && text[i+2] <= 'z' {
		return false
	}
	return true
}

// singleMark reports whether the ‘ or ’ at text[i] (dir +1 or -1) in the
// paragraph [start, end) is a quotation mark: ‘ opening a word, ’ closing
// one before a space or punctuation (closing) but not after a plural's s
// before a lower-case word, an apostrophe: "the players’ union". Inside
// words (don’t, Pell’s) ’ is an apostrophe.
func singleMark(text string, i, start, end, dir int, closing bool) bool {
	if dir > 0 {
		return (i == start || isSpaceBefore(text, i) || text[i-1] == '"') && i+3 < end && !isSpaceByte(text[i+3])
	}
	if !closing {
		return false
	}
	if i == 0 {
		return true // "’ AAA": a closing mark that opens the text
	}
	if c := text[i-1]; (c == 's' || c == 'S') && i+4 < end && text[i+3] == ' ' && 'a' <= text[i+4] && text[i+4] <= 'z' {
		return false
	}
	return true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isSpaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '-' || r == '/'
}

func isSpaceOrEnd(text string, i, end int) bool {
	if i >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsSpace(r) || r == ',' || r == '.' || r == ';' || r == ':' || r == ')'
}
