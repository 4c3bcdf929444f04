package tally

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestReadPartialErrors(t *testing.T) {
	const head = `{"format":"stance-partial","version":1,"stance_labels":["support","oppose"],"topic_labels":null,`
	tests := []struct {
		name, in, want string
	}{
		{"not JSON", `hello`, "part.json: bad partial result: invalid JSON at column 1: invalid character 'h' looking for beginning of value"},
		{"other format", `{"format":"csv","version":1}`, `part.json: bad partial result: format "csv" is not "stance-partial": give files written by stance analyze --partial`},
		{"future version", `{"format":"stance-partial","version":9}`, "part.json: bad partial result: version 9, want 1: rerun stance analyze --partial with this version"},
		{"unknown field", head + `"extra":1}`, `part.json: bad partial result: json: unknown field "extra"`},
		{"no labels", `{"format":"stance-partial","version":1,"stance_labels":[]}`, "part.json: bad partial result: no stance labels"},
		{"inconsistent totals", head + `"documents":1,"quotes":1,"unattributed":2,"names":{}}`, "part.json: bad partial result: negative or inconsistent totals"},
		{"stance counts", head + `"documents":1,"quotes":2,"unattributed":0,"names":{"Ann":{"quotes":2,"articles":1,"stance":{"support":1},"confidence_sum_1e9":0}}}`,
			`part.json: bad partial result: speaker "Ann": stance counts add up to 1, not 2`},
		{"articles", head + `"documents":1,"quotes":1,"unattributed":0,"names":{"Ann":{"quotes":1,"articles":2,"stance":{"support":1},"confidence_sum_1e9":0}}}`,
			`part.json: bad partial result: speaker "Ann": quotes 1 and articles 2: want 1 <= articles <= quotes`},
		{"null speaker", head + `"documents":1,"quotes":1,"unattributed":0,"names":{"Ann":null}}`,
			`part.json: bad partial result: speaker "Ann": null statistics`},
		{"confidence", head + `"documents":1,"quotes":1,"unattributed":0,"names":{"Ann":{"quotes":1,"articles":1,"stance":{"support":1},"confidence_sum_1e9":2000000000}}}`,
			`part.json: bad partial result: speaker "Ann": confidence sum out of range [0, quotes]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPartial(strings.NewReader(tt.in), "part.json")
			if err == nil {
				t.Fatalf("ReadPartial(%s) succeeded, want error %q", tt.in, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("ReadPartial error\n got %q\nwant %q", err, tt.want)
			}
			if !errors.Is(err, ErrPartial) {
				t.Errorf("error %v does not wrap ErrPartial", err)
			}
		})
	}
}

func TestPartialRoundTrip(t *testing.T) {
	p := NewPartial(summaryStanceLabels, summaryTopicLabels)
	p.AddDocument([]Observation{
		{Speaker: "Wang Yi", Role: "foreign minister", Stance: "support", Confidence: 0.75, Topic: "diplomacy"},
		{Speaker: "Wang", Stance: "neutral", Confidence: 0.5, Topic: "diplomacy"},
		{Stance: "oppose", Confidence: 2, Topic: "security"},
	})
	var a, b bytes.Buffer
	if _, err := p.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	q, err := ReadPartial(bytes.NewReader(a.Bytes()), "a")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("partial changed in a round trip:\n%s\n%s", a.String(), b.String())
	}
	if got := q.Names["Wang Yi"]; got == nil || got.Quotes != 2 || got.Articles != 1 || got.Confidence != 1_250_000_000 {
		t.Errorf(`Names["Wang Yi"] = %+v, want 2 quotes in 1 article, confidence 1.25e9`, got)
	}
}

func TestMergeLabelMismatch(t *testing.T) {
	p := NewPartial(summaryStanceLabels, nil)
	q := NewPartial([]string{"support", "oppose"}, nil)
	q.AddDocument([]Observation{{Speaker: "Ann", Stance: "support"}})
	err := p.Merge(q)
	want := `bad partial result: stance labels ["support" "oppose" "neutral"] and ["support" "oppose"] differ: merge only the results of one stance model`
	if err == nil || err.Error() != want {
		t.Errorf("Merge error = %v, want %q", err, want)
	}
	if p.Documents != 0 || len(p.Names) != 0 {
		t.Errorf("failed Merge changed the partial: %+v", p)
	}
}

func FuzzReadPartial(f *testing.F) {
	f.Add(`{"format":"stance-partial","version":1,"stance_labels":["support","oppose"],"topic_labels":null,"documents":1,"quotes":1,"unattributed":0,"names":{"Ann":{"quotes":1,"articles":1,"stance":{"support":1},"confidence_sum_1e9":5}}}`)
	f.Add(`{"format":"stance-partial","version":1,"stance_labels":["support","oppose"],"topic_labels":["a","b"],"documents":1,"quotes":2,"unattributed":0,"names":{"Ann":{"quotes":2,"articles":1,"roles":{"x":1},"stance":{"support":1,"oppose":1},"topics":{"a":2},"by_topic":{"a":{"support":1,"oppose":1}},"confidence_sum_1e9":5}}}`)
	f.Fuzz(func(t *testing.T, in string) {
		p, err := ReadPartial(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		if len(p.StanceLabels) < 2 {
			return
		}
		opts := DefaultSummaryOptions
		opts.Support, opts.Oppose = p.StanceLabels[0], p.StanceLabels[1]
		opts.ByTopic = true
		if _, err := Summarize(p, opts); err != nil {
			t.Fatal(err)
		}
	})
}
