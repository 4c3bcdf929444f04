package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance/tally"
)

// Constant expressions are exact in Go; these make the sums float64 ones.
var tenth, fifth, nineTenths = 0.1, 0.2, 0.9

func TestNum(t *testing.T) {
	tests := []struct {
		name string
		x    float64
		want string
	}{
		{"binary noise above", tenth + fifth, "0.3000"},
		{"binary noise below", 1 - nineTenths, "0.1000"},
		{"repeating", 2.0 / 3, "0.6667"},
		{"negative", -0.0852325329260436, "-0.0852"},
		{"rounds to minus zero", -0.00004, "0.0000"},
		{"rounds up to one", 0.99996, "1.0000"},
		{"whole", -1, "-1.0000"},
	}
	for _, tt := range tests {
		if got := num(tt.x); got != tt.want {
			t.Errorf("%s: num(%v) = %q, want %q", tt.name, tt.x, got, tt.want)
		}
	}
}

// noisySummary has shares, a net stance and a confidence that print with
// binary noise in full precision.
func noisySummary() *tally.Summary {
	return &tally.Summary{
		Documents: 1, Quotes: 10, Actors: 1,
		StanceLabels: []string{"neutral", "oppose", "support"}, Support: "support", Oppose: "oppose", Level: 0.95,
		Speakers: []tally.SpeakerSummary{{
			Name: "A", Quotes: 10, Articles: 1,
			StanceShares: tally.StanceShares{
				Shares: map[string]float64{"support": tenth + fifth, "oppose": 1 - nineTenths, "neutral": 0.6000000000000001},
				Net:    (tenth + fifth) - (1 - nineTenths),
				NetCI:  tally.Interval{Lo: -0.00001, Hi: 2.0 / 3},
			},
			Confidence: 0.7000000000000001,
		}},
	}
}

// TestCSVRounding checks that the CSV format rounds what the JSON format
// keeps in full.
func TestCSVRounding(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, noisySummary(), CSV); err != nil {
		t.Fatal(err)
	}
	want := "speaker,role,quotes,articles,support,oppose,neutral,net_stance,net_stance_ci_lo,net_stance_ci_hi,confidence,top_topic,roles,aliases,type,gender,group,id,uncertain\n" +
		"A,,10,1,0.3000,0.1000,0.6000,0.2000,0.0000,0.6667,0.7000,,,,,,,,0\n"
	if got := buf.String(); got != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", got, want)
	}

	buf.Reset()
	if err := Write(&buf, noisySummary(), JSON); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"support": 0.30000000000000004`) {
		t.Errorf("JSON does not keep the share in full precision:\n%s", buf.String())
	}
}
