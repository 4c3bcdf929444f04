package nb

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"words", "Hello, World!", []string{"hello", "world"}},
		{"apostrophes", "Don’t stop. It's fine", []string{"don't", "stop", "it's", "fine"}},
		{"hyphen", "multi-polar world -x", []string{"multi-polar", "world", "x"}},
		{"numbers", "42 3.5 1,000 80th 1990s x2", []string{"<num>", "<num>", "<num>", "<num>", "<num>", "x2"}},
		{"url", "see https://example.com/a?b=1 and www.x.org.", []string{"see", "<url>", "and", "<url>"}},
		{"mention hashtag", "@Bob loves #GoLang #", []string{"<user>", "loves", "#golang"}},
		{"unicode", "Überall ÇA Ελληνικά", []string{"überall", "ça", "ελληνικά"}},
		{"sentence dot", "end.Next", []string{"end", "next"}},
		{"invalid utf8", "a\xffb", []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokenize(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if ref := referenceTokenize(tt.in); !slices.Equal(got, ref) {
				t.Errorf("Tokenize(%q) = %q, reference %q", tt.in, got, ref)
			}
		})
	}
}

func TestTokenizerBreaks(t *testing.T) {
	var tk tokenizer
	tk.reset("not good, bad; ok")
	var brks []bool
	for {
		_, _, ok := tk.next()
		if !ok {
			break
		}
		brks = append(brks, tk.brk)
	}
	if want := []bool{false, false, true, true}; !slices.Equal(brks, want) {
		t.Errorf("breaks = %v, want %v", brks, want)
	}
}

// FuzzTokenize checks the fast tokenizer against the original, simple
// implementation kept below as the reference.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Hello, World!", "Don’t 1st 2ND 3.5.6 a.b", "@x #Y https://a.b www.c", "ſt 1ſt K 1K İ", "a\xffb-c'd’e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Tokenize(s), referenceTokenize(s)
		if !slices.Equal(got, want) {
			t.Fatalf("Tokenize(%q) = %q, reference %q", s, got, want)
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("The Senator said on Tuesday that she “won’t support” the $1.5 billion plan, see https://example.com #budget @press. ", 40)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	var toks []string
	for b.Loop() {
		toks = AppendTokens(toks[:0], text)
	}
}

// referenceTokenize is the first, straightforward version of the tokenizer:
// the specification the optimised one must match token for token.
func refAppendTokens(dst []string, text string) []string {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '@' || r == '#':
			j := i + size
			k := refScanWord(text, j)
			if k == j {
				i = j
				continue
			}
			if r == '@' {
				dst = append(dst, TokenMention)
			} else {
				dst = append(dst, "#"+strings.ReplaceAll(strings.ToLower(text[j:k]), "’", "'"))
			}
			i = k
		case refIsWordRune(r):
			if n := refURLLen(text[i:]); n > 0 {
				dst = append(dst, TokenURL)
				i += n
				continue
			}
			k := refScanWord(text, i)
			w := text[i:k]
			if refIsNumber(w) {
				dst = append(dst, TokenNumber)
			} else {
				dst = append(dst, refLower(w))
			}
			i = k
		default:
			i += size
		}
	}
	return dst
}

func refIsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanWord returns the end of the word starting at i: letters and digits,
// joined by single apostrophes, hyphens or (between digits) '.' and ','.
func refScanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if refIsWordRune(r) {
			j += size
			continue
		}
		if j > i && (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') {
			next, nsize := utf8.DecodeRuneInString(text[j+size:])
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			if nsize > 0 && refIsWordRune(next) {
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

func refURLLen(s string) int {
	if !(refHasPrefixFold(s, "http://") || refHasPrefixFold(s, "https://") || refHasPrefixFold(s, "www.")) {
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

func refHasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isNumber reports whether w is a number, possibly with separators or an
// ordinal suffix (1st, 80th).
func refIsNumber(w string) bool {
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

func refLower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '\'' {
			s := strings.ToLower(w)
			return strings.ReplaceAll(s, "’", "'")
		}
	}
	return w
}

func referenceTokenize(text string) []string { return refAppendTokens(nil, text) }
