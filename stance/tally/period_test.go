package tally

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestPeriodOf(t *testing.T) {
	day := func(s string) Day {
		d, err := parseDay(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		day, period, label, start, end string
	}{
		{"2025-04-12", PeriodDay, "2025-04-12", "2025-04-12", "2025-04-13"},
		{"2025-04-12", PeriodWeek, "2025-W15", "2025-04-07", "2025-04-14"},
		{"2025-04-07", PeriodWeek, "2025-W15", "2025-04-07", "2025-04-14"}, // a Monday
		{"2025-04-13", PeriodWeek, "2025-W15", "2025-04-07", "2025-04-14"}, // a Sunday
		{"2024-12-30", PeriodWeek, "2025-W01", "2024-12-30", "2025-01-06"}, // ISO week of the next year
		{"2021-01-03", PeriodWeek, "2020-W53", "2020-12-28", "2021-01-04"},
		{"2025-04-12", PeriodMonth, "2025-04", "2025-04-01", "2025-05-01"},
		{"2025-12-31", PeriodMonth, "2025-12", "2025-12-01", "2026-01-01"},
		{"2025-04-12", PeriodYear, "2025", "2025-01-01", "2026-01-01"},
		{"1969-12-31", PeriodDay, "1969-12-31", "1969-12-31", "1970-01-01"},
	}
	for _, tt := range tests {
		got := PeriodOf(day(tt.day), tt.period)
		if got.Label != tt.label || got.Start.Format(time.DateOnly) != tt.start || got.End.Format(time.DateOnly) != tt.end {
			t.Errorf("PeriodOf(%s, %s) = %s [%s, %s), want %s [%s, %s)", tt.day, tt.period,
				got.Label, got.Start.Format(time.DateOnly), got.End.Format(time.DateOnly), tt.label, tt.start, tt.end)
		}
	}
	// A time keeps the date of its own zone.
	tz := time.FixedZone("UTC-5", -5*3600)
	if got := DayOf(time.Date(2025, 4, 12, 23, 30, 0, 0, tz)).String(); got != "2025-04-12" {
		t.Errorf("DayOf(23:30 at UTC-5) = %s, want 2025-04-12", got)
	}
}

// datedDoc is a random document with a date and statements with evidence.
type datedDoc struct {
	date DocDate
	obs  []Observation
}

func randomDatedDocs(r *rand.Rand, n int) []datedDoc {
	docs := make([]datedDoc, n)
	base := DayOf(time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC))
	for i, o := range randomObservations(r, n) {
		d := datedDoc{obs: o}
		switch r.IntN(8) {
		case 0:
		case 1:
			d.date.Unreadable = true
		default:
			d.date = DocDate{Day: base + Day(r.IntN(60)), Known: true}
		}
		id := []string{"a", "b", "c", "d", "e"}[r.IntN(5)] + string(rune('0'+i%10))
		for j := range d.obs {
			start := 10 * j
			d.obs[j].Evidence = &Evidence{Doc: id, Path: "corpus.jsonl", Line: i + 1, Title: "Title <" + id + ">",
				Context: strings.Repeat("x", 30), Start: start, Content: [][2]int{{start + 1, start + 5 + r.IntN(20)}}}
		}
		docs[i] = d
	}
	return docs
}

func datedPartial(docs []datedDoc, k int, budget ...int) *Partial {
	p := NewPartial(summaryStanceLabels, summaryTopicLabels)
	p.StanceModel, p.TopicModel = hashA, hashB
	p.Dates, p.Evidence = true, k
	if len(budget) > 0 {
		p.EvidenceBudget = budget[0]
	}
	for _, d := range docs {
		p.AddDatedDocument(d.date, d.obs)
	}
	return p
}

// TestDatedSummaryProperties checks that periods and evidence, like the
// counts, do not depend on the order of documents, and that a merge of
// shards (through their files) equals one run.
func TestDatedSummaryProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	thinned := 0
	for trial := range 60 {
		opts := DefaultSummaryOptions
		opts.Period = Periods[trial%len(Periods)]
		opts.ByPeriod = true
		if trial%3 == 1 {
			opts.By, opts.Types = ByGender, []string{TypePerson}
		}
		k := 1 + r.IntN(4)
		budget := 0
		if trial%2 == 1 {
			budget = 1 + r.IntN(12) // small enough to thin the sample
		}
		docs := randomDatedDocs(r, 1+r.IntN(40))
		single := datedPartial(docs, k, budget)
		if budget > 0 && single.evidenceItems > budget {
			t.Fatalf("trial %d: %d statements kept over the budget of %d", trial, single.evidenceItems, budget)
		}
		if single.EvidenceShift > 0 {
			thinned++
		}
		want, err := Summarize(single, opts)
		if err != nil {
			t.Fatal(err)
		}
		dated := 0
		for _, pc := range want.Periods {
			dated += pc.Documents
		}
		if dated != want.Dated || want.Dated+want.Undated != want.Documents || want.Unreadable > want.Undated {
			t.Fatalf("trial %d: %d dated in periods, %d dated, %d undated (%d unreadable) of %d documents",
				trial, dated, want.Dated, want.Undated, want.Unreadable, want.Documents)
		}
		for _, sp := range want.Speakers {
			if budget == 0 && len(sp.Evidence) != min(k, sp.Quotes) {
				t.Errorf("trial %d: %s: %d statements of evidence, want min(%d, %d)", trial, sp.Name, len(sp.Evidence), k, sp.Quotes)
			}
			n := 0
			for i, ps := range sp.ByPeriod {
				n += ps.Quotes
				if i > 0 && !sp.ByPeriod[i-1].Start.Before(ps.Start) {
					t.Errorf("trial %d: %s: periods out of order", trial, sp.Name)
				}
			}
			if n > sp.Quotes {
				t.Errorf("trial %d: %s: %d statements in periods, more than %d", trial, sp.Name, n, sp.Quotes)
			}
		}

		shuffled := append([]datedDoc(nil), docs...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		shards := make([][]datedDoc, 3)
		for _, d := range shuffled {
			s := r.IntN(3)
			shards[s] = append(shards[s], d)
		}
		merged := datedPartial(nil, k, budget)
		for _, s := range r.Perm(3) {
			var buf bytes.Buffer
			if _, err := datedPartial(shards[s], k, budget).WriteTo(&buf); err != nil {
				t.Fatal(err)
			}
			part, err := ReadPartial(&buf, "shard")
			if err != nil {
				t.Fatal(err)
			}
			if err := merged.Merge(part); err != nil {
				t.Fatal(err)
			}
		}
		got, err := Summarize(merged, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: merged summary differs from a single run\n got %+v\nwant %+v", trial, got, want)
		}
	}
	if thinned < 5 {
		t.Errorf("the budget thinned the sample in %d trials; the test wants more", thinned)
	}
}

func TestMergeDatesAndEvidenceMismatch(t *testing.T) {
	tests := []struct {
		name string
		q    func(*Partial)
		want string
	}{
		{"dates", func(q *Partial) { q.Dates = true },
			"bad partial result: one partial counts document dates and the other does not: make every part with the same options (stance analyze --partial --period)"},
		{"evidence", func(q *Partial) { q.Evidence = 5 },
			"bad partial result: partials keep 0 and 5 statements per speaker as evidence: make every part with the same --evidence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, q := datedPartial(nil, 0), datedPartial(nil, 0)
			p.Dates = false
			q.Dates = false
			tt.q(q)
			if err := p.Merge(q); err == nil || err.Error() != tt.want {
				t.Errorf("Merge error\n got %v\nwant %q", err, tt.want)
			}
		})
	}
}

func TestSummarizePeriodWithoutDates(t *testing.T) {
	opts := DefaultSummaryOptions
	opts.Period = PeriodMonth
	_, err := Summarize(partialOfDocs(nil), opts)
	want := `invalid options: Period "month": the statistics were counted without document dates (Partial.Dates)`
	if err == nil || err.Error() != want {
		t.Errorf("Summarize error\n got %v\nwant %q", err, want)
	}
}

// TestEvidenceSample checks that a name keeps the statements with the
// smallest hashes, whatever the order they come in.
func TestEvidenceSample(t *testing.T) {
	var all []Evidence
	var docs []datedDoc
	for i := range 50 {
		e := &Evidence{Doc: "doc" + string(rune('A'+i%26)) + string(rune('a'+i/26)), Context: "He said it.", Start: 100, Content: [][2]int{{100, 110}}}
		docs = append(docs, datedDoc{obs: []Observation{{Speaker: "Ann Lee", Stance: "support", Confidence: 0.5, Topic: "diplomacy", Evidence: e}}})
		c := *e
		c.hash = evidenceHash(c.Doc, c.Content)
		all = append(all, c)
	}
	slicesSortEvidence(all)
	r := rand.New(rand.NewPCG(7, 8))
	for range 5 {
		r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		got := datedPartial(docs, 4).Names["Ann Lee"].Evidence
		if len(got) != 4 {
			t.Fatalf("kept %d statements, want 4", len(got))
		}
		for i := range got {
			if got[i].Doc != all[i].Doc || got[i].Speaker != "Ann Lee" || got[i].Stance != "support" {
				t.Errorf("evidence %d: %s (%s, %s), want %s", i, got[i].Doc, got[i].Speaker, got[i].Stance, all[i].Doc)
			}
		}
	}
}

func slicesSortEvidence(es []Evidence) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && compareEvidence(&es[j], &es[j-1]) < 0; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func TestReadPartialDatesAndEvidenceErrors(t *testing.T) {
	const head = `{"format":"stance-partial","version":2,"stance_model":"` + hashA + `","stance_labels":["support","oppose"],"topic_labels":null,"documents":1,"quotes":1,"unattributed":0,`
	const ann = `"Ann":{"quotes":1,"articles":1,"stance":{"support":1},"confidence_sum_1e9":5`
	const ev = `{"doc":"d1","context":"Ann said yes.","start":10,"content":[[19,22]],"speaker":"Ann","stance":"support","confidence":0.5}`
	tests := []struct {
		name, in, want string
	}{
		{"days without dates", head + `"days":{"2025-04-12":1},"names":{}}`, `document dates without "dates": true`},
		{"bad day", head + `"dates":true,"days":{"12/04/2025":1},"names":{}}`, `date "12/04/2025": want YYYY-MM-DD`},
		{"documents do not add up", head + `"dates":true,"days":{"2025-04-12":1},"undated":1,"names":{}}`, "1 dated and 1 undated documents (0 unreadable) of 1"},
		{"name days without dates", head + `"names":{` + ann + `,"days":{"2025-04-12":{"quotes":1,"stance":{"support":1}}}}}}`, `speaker "Ann": statements per day without "dates": true`},
		{"name day without documents", head + `"dates":true,"undated":1,"names":{` + ann + `,"days":{"2025-04-12":{"quotes":1,"stance":{"support":1}}}}}}`, `speaker "Ann": day 2025-04-12: no statements, more than the speaker's, or no document of that day`},
		{"name day stance", head + `"dates":true,"days":{"2025-04-12":1},"names":{` + ann + `,"days":{"2025-04-12":{"quotes":1,"stance":{"support":2}}}}}}`, `speaker "Ann": day 2025-04-12: stance counts add up to 2, more than its 1 statements`},
		{"evidence over the limit", head + `"evidence":0,"names":{` + ann + `,"evidence":[` + ev + `]}}}`, `speaker "Ann": 1 statements of evidence: want at most the evidence limit 0 and quotes 1`},
		{"evidence limit", head + `"evidence":100000,"names":{}}`, "evidence limit 100000: want 0 to 10000"},
		{"evidence outside its context", head + `"evidence":2,"names":{` + ann + `,"evidence":[` + strings.Replace(ev, "[[19,22]]", "[[19,99]]", 1) + `]}}}`, `speaker "Ann": evidence 1: a range outside its context [10, 23]`},
		{"evidence label", head + `"evidence":2,"names":{` + ann + `,"evidence":[` + strings.Replace(ev, `"support"`, `"maybe"`, 1) + `]}}}`, `speaker "Ann": evidence 1: unknown stance label "maybe"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPartial(strings.NewReader(tt.in), "part.json")
			want := "part.json: bad partial result: " + tt.want
			if err == nil || err.Error() != want {
				t.Errorf("ReadPartial error\n got %v\nwant %q", err, want)
			}
		})
	}
}
