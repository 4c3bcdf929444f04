package quote

import (
	"strings"
	"testing"
)

// unitsOf splits text into paragraphs and sentence units as Extract does.
func unitsOf(text string) []string {
	x := &extractor{text: text, opts: DefaultOptions, firstPara: -1}
	x.splitParagraphs()
	x.markResidue()
	var out []string
	for x.nextUnit() {
		u := x.units[len(x.units)-1]
		out = append(out, text[u.Start:u.End])
	}
	return out
}

func TestSplitUnits(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "The pier closed. Boats moved north.", []string{"The pier closed.", "Boats moved north."}},
		{"title abbreviation", "Sen. Ada Moss spoke. Rep. Tom Ekker left.", []string{"Sen. Ada Moss spoke.", "Rep. Tom Ekker left."}},
		{"initials", "George T. Vance arrived late.", []string{"George T. Vance arrived late."}},
		{"U.S. inside a sentence", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"U.S. ending a sentence", "He flew to the U.S. The trip was short.", []string{"He flew to the U.S.", "The trip was short."}},
		{"quotation is not split", `"It rained. We stayed," she said. Then it cleared.`,
			[]string{`"It rained. We stayed," she said.`, "Then it cleared."}},
		{"question before its cue", `"Why now?" Lund asked. Nobody knew.`, []string{`"Why now?" Lund asked.`, "Nobody knew."}},
		{"quotation ends a sentence", `He wrote "Enough." The letter was short.`, []string{`He wrote "Enough."`, "The letter was short."}},
		{"paragraphs", "First line\n\nSecond line.\nThird line.", []string{"First line", "Second line.", "Third line."}},
		{"lower case after period", "It costs 3.5 million. and more", []string{"It costs 3.5 million. and more"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unitsOf(tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("units of %q\ngot:  %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}
