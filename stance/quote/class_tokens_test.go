package quote

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// clauseTokensRef is the plain form of appendClauseTokens: fields split at
// what is neither a word character nor a comma, then split at the commas.
func clauseTokensRef(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-' && r != ','
	}) {
		for f != "" {
			i := strings.IndexByte(f, ',')
			if i < 0 {
				out = append(out, f)
				break
			}
			if i > 0 {
				out = append(out, f[:i])
			}
			out = append(out, ",")
			f = f[i+1:]
		}
	}
	return out
}

func FuzzClauseTokens(f *testing.F) {
	for _, s := range []string{"", "the plan, which failed,, was", "it’s a well-known fact", ",a,", "\xff,x", "Über 3,000 people — said"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendClauseTokens(nil, s), clauseTokensRef(s); !slices.Equal(got, want) {
			t.Errorf("appendClauseTokens(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzAppendFields(f *testing.F) {
	for _, s := range []string{"", " a  b\tc\n", "one", "was not widely\u00a0expected", "\xffx y"} {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n&31 + 1
		want := strings.Fields(s)
		if len(want) > n {
			want = want[:n]
		}
		if got := appendFields(nil, s, n); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q, %d) = %q, want %q", s, n, got, want)
		}
	})
}
