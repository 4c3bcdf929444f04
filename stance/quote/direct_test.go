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
		{"a quoted word between a name and a day quotes", `Lee told Reuters "Yes" Monday.`, false, []string{`"Yes"`}},
		{"a tag's attribute quotes no one", `<div class="entry"><p>She said "yes".</p></div>`, false, []string{`"yes"`}},
		{"a nickname inside a name is no quotation", `Rep. Robert C. "Bobby" Scott and Marcia "Cia" Price said "yes" Friday.`, false, []string{`"yes"`}},
		{"a quoted word after a colon is one", "Blumenthal: \u2018No Idea\u2019 If I Knew", false, []string{"\u2018No Idea\u2019"}},
		{"open to paragraph end when continued", `"We begin here.`, true, []string{`"We begin here.`}},
		{"open and not continued is dropped", `"We begin here.`, false, nil},
		{"apostrophes are not marks", "The voters' choice isn't clear.", false, nil},
		{"single curly, British style", "\u2018I leave with my head high,\u2019 Pell wrote.", false, []string{"\u2018I leave with my head high,\u2019"}},
		{"single curly with apostrophes inside", "He said: \u2018It\u2019s the fans\u2019 club, not ours.\u2019", false, []string{"\u2018It\u2019s the fans\u2019 club, not ours.\u2019"}},
		{"plural possessive is no closing mark", "She called it \u2018the players\u2019 union deal\u2019 and left.", false, []string{"\u2018the players\u2019 union deal\u2019"}},
		{"curly apostrophes alone", "Labour\u2019s leader and the voters\u2019 choice, rock \u2019n\u2019 roll.", false, nil},
		{"straight single, as some papers quote", "'We rehearsed on land for three weeks,' said the director.", false, []string{"'We rehearsed on land for three weeks,'"}},
		{"straight single with apostrophes inside", "He said: 'It's the fans' club, not ours.' Then he left.", false, []string{"'It's the fans' club, not ours.'"}},
		{"straight apostrophes alone", "The '90s, rock 'n' roll, the voters' choice and 'em, isn't it.", false, nil},
		{"a straight single not closed is no mark", "'Tis the season, the mayor said of the fair.", false, nil},
		{"an elision opening a sentence is no mark", "'Cause we said so, the lawyer said, and left the 'ab cd ef' aside.", false, []string{"'ab cd ef'"}},
		{"a closing curly mark at a word's start opens", "\u201dFear. I am afraid he will win.\u201d \u2015 Karen Bobadilla. Then \u201dno\u201d came back.", false, []string{"\u201dFear. I am afraid he will win.\u201d", "\u201dno\u201d"}},
		{"a closing curly mark opening a paragraph opens", "\u201d \u2026 he delivered a mix of orthodoxy,\u201d Barabak wrote.", false, []string{"\u201d \u2026 he delivered a mix of orthodoxy,\u201d"}},
		{"single inside double", "\u201cIt was \u2018a disgrace\u2019, frankly,\u201d Hall said.", false, []string{"\u201cIt was \u2018a disgrace\u2019, frankly,\u201d"}},
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
