package nb

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
// it lets hot loops reuse one slice. Tokens that need no lower-casing are
// substrings of text and cost no allocation.
func AppendTokens(dst []string, text string) []string {
	var t tokenizer
	t.reset(text)
	for {
		tok, low, ok := t.next()
		if !ok {
			return dst
		}
		if low != nil {
			tok = string(low)
		}
		dst = append(dst, tok)
	}
}

// byteClass flags for ASCII bytes.
const (
	classWord  = 1 << iota // letter or digit
	classUpper             // 'A'..'Z'
	classDigit             // '0'..'9'
	classBreak             // clause punctuation: . , ; : ! ?
	classStop              // sentence punctuation: . ; ! ?
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = classWord
		case 'A' <= c && c <= 'Z':
			t[c] = classWord | classUpper
		case '0' <= c && c <= '9':
			t[c] = classWord | classDigit
		case c == ',' || c == ':':
			t[c] = classBreak
		case c == '.' || c == ';' || c == '!' || c == '?':
			t[c] = classBreak | classStop
		}
	}
	return t
}()

// tokenizer is the allocation-free core of Tokenize. Each call to next
// yields one token either as a string (a placeholder constant or a
// substring of the text) or as lower-cased bytes in an internal buffer that
// stay valid until the following call.
type tokenizer struct {
	text string
	i    int
	buf  []byte
	// brk is set by next when clause punctuation (. , ; : ! ?) lies
	// between the previous token and the one returned.
	brk bool
	// stop is set with brk when that punctuation includes a sentence
	// stop (. ; ! ?).
	stop bool
}

func (t *tokenizer) reset(text string) {
	t.text, t.i, t.brk, t.stop = text, 0, false, false
}

// next returns the next token as tok, or, when low is non-nil, as the
// lower-cased bytes low. ok is false at the end of the text.
func (t *tokenizer) next() (tok string, low []byte, ok bool) {
	text := t.text
	i := t.i
	t.brk, t.stop = false, false
	for i < len(text) {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			if cl&classWord == 0 && c != '@' && c != '#' {
				if cl&classBreak != 0 {
					t.brk = true
					t.stop = t.stop || cl&classStop != 0
				}
				i++
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				i += size
				continue
			}
		}
		if r == '@' || r == '#' {
			j := i + 1
			k := scanWord(text, j)
			if k == j {
				i = j
				continue
			}
			t.i = k
			if r == '@' {
				return TokenMention, nil, true
			}
			t.buf = append(t.buf[:0], '#')
			t.buf = appendLower(t.buf, text[j:k])
			return "", t.buf, true
		}
		if c == 'h' || c == 'H' || c == 'w' || c == 'W' {
			if n := urlLen(text[i:]); n > 0 {
				t.i = i + n
				return TokenURL, nil, true
			}
		}
		k := scanWord(text, i)
		t.i = k
		w := text[i:k]
		if isNumber(w) {
			return TokenNumber, nil, true
		}
		if needsLower(w) {
			t.buf = appendLower(t.buf[:0], w)
			return "", t.buf, true
		}
		return w, nil, true
	}
	t.i = i
	return "", nil, false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classWord != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classDigit != 0
	}
	return unicode.IsDigit(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined by single apostrophes, hyphens or (between digits) '.' and ','.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			if asciiClass[c]&classWord != 0 {
				j++
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += size
				continue
			}
		}
		if j > i && (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') {
			next, nsize := utf8.DecodeRuneInString(text[j+size:])
			if nsize > 0 && isWordRune(next) {
				if r == '.' || r == ',' {
					prev, _ := utf8.DecodeLastRuneInString(text[:j])
					if !(isDigitRune(prev) && isDigitRune(next)) {
						break
					}
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
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == ',':
		default:
			// Only ASCII letters lower-case to the suffixes below, so a
			// byte-wise comparison is exact.
			return digits > 0 && isOrdinalSuffix(w[i:])
		}
	}
	return digits > 0
}

func isOrdinalSuffix(s string) bool {
	switch len(s) {
	case 1:
		return s[0]|0x20 == 's'
	case 2:
		a, b := s[0]|0x20, s[1]|0x20
		return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
	}
	return false
}

// needsLower reports whether w differs from its token form: it has upper
// case, non-ASCII letters, or a typographic apostrophe.
func needsLower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || asciiClass[c]&classUpper != 0 {
			return true
		}
	}
	return false
}

// appendLower appends the token form of w: lower-cased, with ’ as '.
func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			s := strings.ReplaceAll(strings.ToLower(w[i:]), "’", "'")
			return append(dst, s...)
		}
		if asciiClass[c]&classUpper != 0 {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
