package stance

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Placeholder tokens the tokenizer emits for classes of words whose exact
// spelling carries little signal.
const (
	TokenURL     = "<url>"  // http://..., https://..., www....
	TokenMention = "<user>" // @handle
	TokenNumber  = "<num>"  // 42, 3.5, 1,000, 80th
)

// Tokenize splits text into lower-cased word tokens for classification.
//
// Words are maximal runs of Unicode letters and digits, with internal
// apostrophes and hyphens kept ("don't", "multi-polar"). URLs become
// TokenURL, @mentions TokenMention, and numbers (with ordinal suffixes)
// TokenNumber; a #hashtag keeps its '#'. Punctuation is dropped.
// The same tokenizer is shared by extraction and classification.
func Tokenize(text string) []string {
	return AppendTokens(nil, text)
}

// AppendTokens appends the tokens of text to dst and returns the result;
// it lets hot loops reuse one slice.
func AppendTokens(dst []string, text string) []string {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '@' || r == '#':
			j := i + size
			k := scanWord(text, j)
			if k == j {
				i = j
				continue
			}
			if r == '@' {
				dst = append(dst, TokenMention)
			} else {
				dst = append(dst, "#"+strings.ToLower(text[j:k]))
			}
			i = k
		case isWordRune(r):
			if n := urlLen(text[i:]); n > 0 {
				dst = append(dst, TokenURL)
				i += n
				continue
			}
			k := scanWord(text, i)
			w := text[i:k]
			if isNumber(w) {
				dst = append(dst, TokenNumber)
			} else {
				dst = append(dst, lower(w))
			}
			i = k
		default:
			i += size
		}
	}
	return dst
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanWord returns the end of the word starting at i: letters and digits,
// joined by single apostrophes, hyphens or (between digits) '.' and ','.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if j > i && (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') {
			next, nsize := utf8.DecodeRuneInString(text[j+size:])
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			if nsize > 0 && isWordRune(next) {
				if (r == '.' || r == ',') && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
					break
				}
				j += size
				continue
			}
		}
		break
	}
	return j
}

func urlLen(s string) int {
	if !(hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")) {
		return 0
	}
	n := strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”'
	})
	if n < 0 {
		n = len(s)
	}
	return n
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isNumber reports whether w is a number, possibly with separators or an
// ordinal suffix (1st, 80th).
func isNumber(w string) bool {
	digits := 0
	for i, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ',':
		default:
			rest := strings.ToLower(w[i:])
			return digits > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "s")
		}
	}
	return digits > 0
}

func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '\'' {
			s := strings.ToLower(w)
			return strings.ReplaceAll(s, "’", "'")
		}
	}
	return w
}
