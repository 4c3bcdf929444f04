package quote

import (
	"strings"
	"testing"
)

func TestAppendQuotations(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		nextOpens bool
		want      []string
	}{
		{"straight", `He said "yes" and "no".`, false, []string{`"yes"`, `"no"`}},
		{"curly", "A \u201cbig\u201d day", false, []string{"\u201cbig\u201d"}},
		{"double apostrophe", "''Fine,'' she said.", false, []string{"''Fine,''"}},
		{"nested other style", "\"He said \u201cno\u201d to me.\"", false, []string{"\"He said \u201cno\u201d to me.\""}},
		{"mixed styles close", "\u201cWe wait,\" Ito said.", false, []string{"\u201cWe wait,\""}},
		{"inch mark is no opening", `A 6" pipe burst.`, false, nil},
		{"open to paragraph end when continued", `"We begin here.`, true, []string{`"We begin here.`}},
		{"open and not continued is dropped", `"We begin here.`, false, nil},
		{"apostrophes are not marks", "The voters' choice isn't clear.", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range appendQuotations(nil, tt.text, 0, len(tt.text), tt.nextOpens) {
				got = append(got, q.Text(tt.text))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("quotations of %q: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
