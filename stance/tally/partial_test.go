package tally

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// Two model hashes, as nb.Classifier.Hash gives them.
const (
	hashA = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"
	hashB = "d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809"
)

func TestReadPartialErrors(t *testing.T) {
	const head = `{"format":"stance-partial","version":2,"stance_model":"` + hashA + `","stance_labels":["support","oppose"],"topic_labels":null,`
	const ann = `"documents":1,"quotes":1,"unattributed":0,"names":{"Ann":{"quotes":1,"articles":1,"stance":{"support":1},"confidence_sum_1e9":5}}}`
	const valid = head + ann
	model := "stancekit-model\n\x01\x92\x01{\"format_version\":1}"
	const give = ": give files written by stance analyze --partial"
	tests := []struct {
		name, in, want string
	}{
		{"empty", ``, "part.json: bad partial result: empty file" + give},
		{"blank", "\n  \r\n", "part.json: bad partial result: empty file" + give},
		{"truncated", valid[:100], "part.json: bad partial result: truncated JSON: the file ends at byte 100, inside the partial"},
		{"truncated after a newline", valid[:len(head)] + "\n", fmt.Sprintf("part.json: bad partial result: truncated JSON: the file ends at byte %d, inside the partial", len(head)+1)},
		{"model file", model, `part.json: bad partial result: not a stance partial: it starts with "stancekit-model", not a JSON object` + give},
		{"not JSON", `hello`, `part.json: bad partial result: not a stance partial: it starts with "hello", not a JSON object` + give},
		{"quotes JSONL", `{"text":"We back the plan.","speaker":"Ann"}` + "\n" + `{"text":"We do not.","speaker":"Bo"}` + "\n",
			`part.json: bad partial result: not a stance partial (no "format" field)` + give},
		{"empty object", `{}`, `part.json: bad partial result: not a stance partial (no "format" field)` + give},
		{"array", `[` + valid + `]`, "part.json: bad partial result: not a stance partial: a JSON array, not an object" + give},
		{"invalid JSON", `{"format":"stance-partial",}`, "part.json: bad partial result: invalid JSON at column 28: invalid character '}' looking for beginning of object key string"},
		{"two partials", valid + "\n" + valid + "\n", fmt.Sprintf("part.json: bad partial result: data after the partial at byte %d: give one partial per file", len(valid))},
		{"other format", `{"format":"csv","version":1}`, `part.json: bad partial result: format "csv" is not "stance-partial"` + give},
		{"format not a string", `{"format":2}`, `part.json: bad partial result: field "format" should be a string, not a JSON number`},
		{"version 1", `{"format":"stance-partial","version":1,"stance_labels":["support","oppose"],"topic_labels":null,` + ann,
			"part.json: bad partial result: version 1, want 2: rerun stance analyze --partial with this version"},
		{"future version", `{"format":"stance-partial","version":9}`, "part.json: bad partial result: version 9, want 2: rerun stance analyze --partial with this version"},
		{"no stance model", `{"format":"stance-partial","version":2,"stance_labels":["support","oppose"],` + ann,
			`part.json: bad partial result: no stance model hash ("stance_model")`},
		{"topic labels without a topic model", `{"format":"stance-partial","version":2,"stance_model":"` + hashA + `","stance_labels":["support","oppose"],"topic_labels":["aid"],` + ann,
			`part.json: bad partial result: topic labels ["aid"] with topic model hash "": want both or neither`},
		{"topic model without topic labels", `{"format":"stance-partial","version":2,"stance_model":"` + hashA + `","topic_model":"` + hashB + `","stance_labels":["support","oppose"],` + ann,
			`part.json: bad partial result: topic labels [] with topic model hash "` + hashB + `": want both or neither`},
		{"unknown field", head + `"extra":1}`, `part.json: bad partial result: json: unknown field "extra"`},
		{"no labels", `{"format":"stance-partial","version":2,"stance_model":"` + hashA + `","stance_labels":[]}`, "part.json: bad partial result: no stance labels"},
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
	if _, err := ReadPartial(strings.NewReader(valid), "part.json"); err != nil {
		t.Fatalf("the valid partial the cases are cut from: %v", err)
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
	p.StanceModel, p.TopicModel = hashA, hashB
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
	if q.StanceModel != hashA || q.TopicModel != hashB {
		t.Errorf("model hashes %q, %q after a round trip, want %q, %q", q.StanceModel, q.TopicModel, hashA, hashB)
	}
	if got := q.Names["Wang Yi"]; got == nil || got.Quotes != 2 || got.Articles != 1 || got.Confidence != 1_250_000_000 {
		t.Errorf(`Names["Wang Yi"] = %+v, want 2 quotes in 1 article, confidence 1.25e9`, got)
	}
}

func TestMergeMismatch(t *testing.T) {
	partial := func(stanceLabels, topicLabels []string, stanceModel, topicModel string) *Partial {
		p := NewPartial(stanceLabels, topicLabels)
		p.StanceModel, p.TopicModel = stanceModel, topicModel
		return p
	}
	topics := []string{"aid", "trade"}
	tests := []struct {
		name string
		p, q *Partial
		want string
	}{
		{"stance labels", partial(summaryStanceLabels, nil, hashA, ""), partial([]string{"support", "oppose"}, nil, hashA, ""),
			`bad partial result: stance labels ["support" "oppose" "neutral"] and ["support" "oppose"] differ: merge only the results of one stance model`},
		{"topic labels", partial(summaryStanceLabels, topics, hashA, hashB), partial(summaryStanceLabels, nil, hashA, ""),
			`bad partial result: topic labels ["aid" "trade"] and [] differ: merge only the results of one topic model`},
		{"stance model", partial(summaryStanceLabels, nil, hashA, ""), partial(summaryStanceLabels, nil, hashB, ""),
			"bad partial result: partials were made with different stance models (hash a1b2c3d4e5f6… vs d4e5f6a7b8c9…): merge only the results of one model"},
		{"unknown stance model", partial(summaryStanceLabels, nil, "", ""), partial(summaryStanceLabels, nil, hashB, ""),
			"bad partial result: partials were made with different stance models (hash none vs d4e5f6a7b8c9…): merge only the results of one model"},
		{"topic model", partial(summaryStanceLabels, topics, hashA, hashA), partial(summaryStanceLabels, topics, hashA, hashB),
			"bad partial result: partials were made with different topic models (hash a1b2c3d4e5f6… vs d4e5f6a7b8c9…): merge only the results of one model"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obs := Observation{Speaker: "Ann", Stance: "support"}
			if tt.q.TopicLabels != nil {
				obs.Topic = "aid"
			}
			tt.q.AddDocument([]Observation{obs})
			err := tt.p.Merge(tt.q)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Merge error\n got %v\nwant %q", err, tt.want)
			}
			if !errors.Is(err, ErrPartial) {
				t.Errorf("error %v does not wrap ErrPartial", err)
			}
			if tt.p.Documents != 0 || len(tt.p.Names) != 0 {
				t.Errorf("failed Merge changed the partial: %+v", tt.p)
			}
		})
	}
}

func TestWritePartialWithoutModels(t *testing.T) {
	tests := []struct {
		name                    string
		topics                  []string
		stanceModel, topicModel string
		want                    string
	}{
		{"no stance model", nil, "", "", "bad partial result: no stance model hash: set Partial.StanceModel to the model's Hash before writing"},
		{"no topic model", []string{"aid"}, hashA, "", `bad partial result: topic labels ["aid"] with topic model hash "": set Partial.TopicModel to the topic model's Hash, or leave both empty`},
		{"no topic labels", nil, hashA, hashB, `bad partial result: topic labels [] with topic model hash "` + hashB + `": set Partial.TopicModel to the topic model's Hash, or leave both empty`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewPartial(summaryStanceLabels, tt.topics)
			p.StanceModel, p.TopicModel = tt.stanceModel, tt.topicModel
			var buf bytes.Buffer
			n, err := p.WriteTo(&buf)
			if err == nil || err.Error() != tt.want {
				t.Errorf("WriteTo error\n got %v\nwant %q", err, tt.want)
			}
			if n != 0 || buf.Len() != 0 {
				t.Errorf("WriteTo wrote %d bytes (says %d) with an error", buf.Len(), n)
			}
		})
	}
}

func FuzzReadPartial(f *testing.F) {
	f.Add(`{"format":"stance-partial","version":2,"stance_model":"ab","stance_labels":["support","oppose"],"topic_labels":null,"documents":1,"quotes":1,"unattributed":0,"names":{"Ann":{"quotes":1,"articles":1,"stance":{"support":1},"confidence_sum_1e9":5}}}`)
	f.Add(`{"format":"stance-partial","version":2,"stance_model":"ab","topic_model":"cd","stance_labels":["support","oppose"],"topic_labels":["a","b"],"documents":1,"quotes":2,"unattributed":0,"names":{"Ann":{"quotes":2,"articles":1,"roles":{"x":1},"stance":{"support":1,"oppose":1},"topics":{"a":2},"by_topic":{"a":{"support":1,"oppose":1}},"confidence_sum_1e9":5}}}`)
	f.Add(`{"format":"stance-partial","version":2,"stance_model":"ab","stance_labels":["support","oppose"],"topic_labels":null,"documents":2,"quotes":1,"unattributed":0,"dates":true,"days":{"2025-04-12":1},"undated":1,"evidence":2,"names":{"Ann":{"quotes":1,"articles":1,"stance":{"support":1},"confidence_sum_1e9":5,"days":{"2025-04-12":{"quotes":1,"stance":{"support":1}}},"evidence":[{"doc":"d1","context":"Ann said yes.","start":10,"content":[[19,22]],"speaker":"Ann","stance":"support","confidence":0.5}]}}}`)
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
		if p.Dates {
			opts.Period, opts.ByPeriod = PeriodWeek, true
		}
		if _, err := Summarize(p, opts); err != nil {
			t.Fatal(err)
		}
	})
}

// TestRolesFoldCase checks that a role written in two cases is one role,
// spelled the same whatever the order of the articles.
func TestRolesFoldCase(t *testing.T) {
	for _, order := range [][]string{{"senator", "Senator", "senator"}, {"Senator", "senator", "senator"}} {
		p := NewPartial([]string{"neutral"}, nil)
		for _, role := range order {
			p.AddDocument([]Observation{{Speaker: "Ana Ruiz", Role: role, Stance: "neutral"}, {Speaker: "Ana Ruiz", Role: strings.ToUpper(role[:1]) + role[1:], Stance: "neutral"}})
		}
		got := p.Names["Ana Ruiz"].Roles
		if len(got) != 1 || got[0].Role != "senator" || got[0].N != 3 {
			t.Errorf("roles %q in that order: %+v, want one role senator in 3 articles", order, got)
		}
	}
}
