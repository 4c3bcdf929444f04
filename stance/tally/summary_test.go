package tally

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestNetInterval checks Newcombe's method 10 against values computed
// independently, in Python from the paper's 2x2-table formulation
// (statistics.NormalDist for z; a = 0, b = s, c = o, d = n-s-o).
func TestNetInterval(t *testing.T) {
	tests := []struct {
		s, o, n int
		level   float64
		lo, hi  float64
	}{
		{1, 0, 1, 0.95, -0.122108720682, 1},
		{0, 1, 1, 0.95, -1, 0.122108720682},
		{0, 0, 1, 0.95, -0.793450685623, 0.793450685623},
		{3, 1, 5, 0.95, -0.313097287449, 0.803981725884},
		{2, 5, 10, 0.95, -0.657315151144, 0.196986760212},
		{10, 10, 30, 0.95, -0.277682002272, 0.277682002272},
		{7, 0, 7, 0.95, 0.498901093167, 1},
		{40, 25, 100, 0.9, 0.017827566054, 0.275742037649},
		{1, 1, 2, 0.95, -0.810937588532, 0.810937588532},
		{12, 3, 20, 0.99, -0.034124585384, 0.743981419934},
		{0, 0, 0, 0.95, -1, 1},
	}
	for _, tt := range tests {
		got := NetInterval(tt.s, tt.o, tt.n, tt.level)
		if math.Abs(got.Lo-tt.lo) > 1e-9 || math.Abs(got.Hi-tt.hi) > 1e-9 {
			t.Errorf("NetInterval(%d, %d, %d, %v) = [%.12f, %.12f], want [%.12f, %.12f]",
				tt.s, tt.o, tt.n, tt.level, got.Lo, got.Hi, tt.lo, tt.hi)
		}
	}
}

// TestNetIntervalBrackets checks, for every table up to n = 60, that the
// interval contains the estimate, lies within [-1, 1] and is symmetric
// under swapping support and oppose.
func TestNetIntervalBrackets(t *testing.T) {
	z := 1.959963984540054
	for n := 1; n <= 60; n++ {
		for s := 0; s <= n; s++ {
			for o := 0; s+o <= n; o++ {
				ci := netInterval(s, o, n, z)
				d := float64(s)/float64(n) - float64(o)/float64(n)
				if !(ci.Lo >= -1 && ci.Lo <= d && d <= ci.Hi && ci.Hi <= 1) || ci.Lo == ci.Hi {
					t.Fatalf("s=%d o=%d n=%d: interval [%v, %v] does not bracket %v within [-1, 1]", s, o, n, ci.Lo, ci.Hi, d)
				}
				sw := netInterval(o, s, n, z)
				if math.Abs(sw.Lo+ci.Hi) > 1e-12 || math.Abs(sw.Hi+ci.Lo) > 1e-12 {
					t.Fatalf("s=%d o=%d n=%d: swapped interval [%v, %v] is not the mirror of [%v, %v]", s, o, n, sw.Lo, sw.Hi, ci.Lo, ci.Hi)
				}
			}
		}
	}
}

func TestSummaryOptionsValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*SummaryOptions)
		want string
	}{
		{"default", func(*SummaryOptions) {}, ""},
		{"min quotes", func(o *SummaryOptions) { o.MinQuotes = 0 }, "invalid options: MinQuotes is 0, want 1 or more"},
		{"top", func(o *SummaryOptions) { o.Top = -1 }, "invalid options: Top is -1, want 0 (all) or more"},
		{"sort", func(o *SummaryOptions) { o.Sort = "size" }, `invalid options: Sort is "size", want "quotes", "net" or "name"`},
		{"level", func(o *SummaryOptions) { o.Level = 95 }, "invalid options: Level is 95, want a value in (0, 1) such as 0.95"},
		{"labels", func(o *SummaryOptions) { o.Oppose = "support" }, `invalid options: Support "support" and Oppose "support" must be two different stance labels`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := DefaultSummaryOptions
			tt.edit(&o)
			err := o.Validate()
			got := ""
			if err != nil {
				got = err.Error()
				if !errors.Is(err, ErrSummaryOptions) {
					t.Errorf("error %v does not wrap ErrSummaryOptions", err)
				}
			}
			if got != tt.want {
				t.Errorf("Validate() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSummarizeUnknownLabel(t *testing.T) {
	p := NewPartial([]string{"pro", "con"}, nil)
	_, err := Summarize(p, DefaultSummaryOptions)
	want := `invalid options: the stance model has no label "support" (its labels are ["pro" "con"])`
	if err == nil || err.Error() != want {
		t.Errorf("Summarize error = %v, want %q", err, want)
	}
}

var (
	summaryStanceLabels = []string{"support", "oppose", "neutral"}
	summaryTopicLabels  = []string{"diplomacy", "humanitarian", "security"}
)

// TestSummarize checks one small corpus by hand.
func TestSummarize(t *testing.T) {
	p := NewPartial(summaryStanceLabels, summaryTopicLabels)
	p.AddDocument([]Observation{
		{Speaker: "Bushra Khalidi", Role: "policy lead at Oxfam", Stance: "oppose", Confidence: 0.9, Topic: "humanitarian"},
		{Speaker: "Khalidi", Stance: "oppose", Confidence: 0.7, Topic: "humanitarian"},
		{Speaker: "Wang Yi", Role: "Chinese Foreign Minister", Stance: "support", Confidence: 0.8, Topic: "diplomacy"},
		{Stance: "neutral", Confidence: 0.5, Topic: "security"},
	})
	p.AddDocument([]Observation{
		{Speaker: "Khalidi", Stance: "neutral", Confidence: 0.6, Topic: "security"},
		{Speaker: "Wang", Role: "foreign minister", Stance: "support", Confidence: 1, Topic: "diplomacy"},
		{Speaker: "Wang", Stance: "neutral", Confidence: 0.4, Topic: "diplomacy"},
	})
	p.AddDocument(nil)
	opts := DefaultSummaryOptions
	opts.ByTopic = true
	s, err := Summarize(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != 3 || s.Quotes != 7 || s.Unattributed != 1 || s.Actors != 2 || len(s.Speakers) != 2 {
		t.Fatalf("totals: documents %d quotes %d unattributed %d actors %d speakers %d, want 3 7 1 2 2",
			s.Documents, s.Quotes, s.Unattributed, s.Actors, len(s.Speakers))
	}
	kh, wang := s.Speakers[0], s.Speakers[1] // 3 quotes each; Khalidi first by name
	if kh.Name != "Bushra Khalidi" || wang.Name != "Wang Yi" {
		t.Fatalf("speakers %q, %q; want Bushra Khalidi, Wang Yi", kh.Name, wang.Name)
	}
	check := func(what string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	check("Khalidi aliases", kh.Aliases, []string{"Khalidi"})
	check("Khalidi articles", kh.Articles, 2)
	check("Khalidi role", kh.Role, "policy lead at Oxfam")
	check("Khalidi net", kh.Net, -2.0/3)
	check("Khalidi top topic", kh.TopTopic, "humanitarian")
	check("Khalidi by topic", len(kh.ByTopic), 2)
	check("Wang roles", wang.Roles, []string{"Chinese Foreign Minister"}) // "foreign minister": one article
	check("Wang shares", wang.Shares, map[string]float64{"support": 2.0 / 3, "oppose": 0, "neutral": 1.0 / 3})
	check("Wang topics", wang.Topics, map[string]float64{"diplomacy": 1})
	if math.Abs(wang.Confidence-(0.8+1+0.4)/3) > 1e-12 {
		t.Errorf("Wang confidence = %v, want %v", wang.Confidence, (0.8+1+0.4)/3)
	}
	if want := NetInterval(2, 0, 3, 0.95); wang.NetCI != want {
		t.Errorf("Wang interval = %v, want %v", wang.NetCI, want)
	}
	if kh.Net >= wang.Net {
		t.Errorf("Khalidi net %v not below Wang Yi's %v", kh.Net, wang.Net)
	}
}

// randomObservations returns documents of random statements by speakers from a
// pool that includes short forms, an ambiguous surname and unattributed
// statements.
func randomObservations(r *rand.Rand, docs int) [][]Observation {
	names := []string{"Bushra Khalidi", "Khalidi", "Rashid Khalidi", "Wang Yi", "Wang", "Sergey Lavrov",
		"Lavrov", "Oxfam", "OXFAM", "Antonio Guterres", "", "Yi"}
	roles := []string{"", "", "policy lead at Oxfam", "foreign minister", "UN Secretary-General"}
	corpus := make([][]Observation, docs)
	for i := range corpus {
		n := r.IntN(6)
		for range n {
			corpus[i] = append(corpus[i], Observation{
				Speaker:    names[r.IntN(len(names))],
				Role:       roles[r.IntN(len(roles))],
				Stance:     summaryStanceLabels[r.IntN(len(summaryStanceLabels))],
				Confidence: r.Float64(),
				Topic:      summaryTopicLabels[r.IntN(len(summaryTopicLabels))],
				Type:       []string{"", TypePerson, TypePerson, TypeOrganisation, TypeGroup}[r.IntN(5)],
				Gender:     []string{"", "", GenderFemale, GenderMale}[r.IntN(4)],
				Uncertain:  r.IntN(6) == 0,
			})
		}
	}
	return corpus
}

func partialOfDocs(docs [][]Observation) *Partial {
	p := NewPartial(summaryStanceLabels, summaryTopicLabels)
	p.StanceModel, p.TopicModel = hashA, hashB
	for _, d := range docs {
		p.AddDocument(d)
	}
	return p
}

// TestSummaryProperties checks, on random corpora, that shares sum to 1,
// intervals bracket the net stance within [-1, 1], the order of documents
// does not change the summary, and merging partials of three shards (in
// any order, through their files) gives exactly the summary of one run.
func TestSummaryProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cb, err := ReadCodebook(strings.NewReader("name,aliases,type,gender,group\nBushra Khalidi,Khalidi,,,Oxfam people\nWang Yi,Wang|Yi,person,male,China\nSergey Lavrov,Lavrov,,,Russia\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	for trial := range 100 {
		opts := DefaultSummaryOptions
		opts.ByTopic = true
		switch trial % 4 {
		case 1:
			opts.Codebook = cb
		case 2:
			opts.Codebook, opts.By = cb, ByGroup
		case 3:
			opts.By, opts.Types = ByGender, []string{TypePerson}
		}
		docs := randomObservations(r, 1+r.IntN(40))
		want, err := Summarize(partialOfDocs(docs), opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range want.Speakers {
			if sp.Quotes == sp.Uncertain {
				continue // every statement below the threshold: no shares
			}
			checkStanceShares(t, sp.Name, sp.StanceShares)
			sum := 0.0
			for _, v := range sp.Topics {
				sum += v
			}
			if math.Abs(sum-1) > 1e-12 {
				t.Errorf("%s: topic shares sum to %v", sp.Name, sum)
			}
			for _, ts := range sp.ByTopic {
				checkStanceShares(t, sp.Name+"/"+ts.Topic, ts.StanceShares)
			}
		}

		shuffled := append([][]Observation(nil), docs...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got, err := Summarize(partialOfDocs(shuffled), opts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: summary changed when documents were shuffled", trial)
		}

		shards := make([][][]Observation, 3)
		for _, d := range shuffled {
			k := r.IntN(3)
			shards[k] = append(shards[k], d)
		}
		merged := NewPartial(summaryStanceLabels, summaryTopicLabels)
		merged.StanceModel, merged.TopicModel = hashA, hashB
		for _, k := range r.Perm(3) {
			var buf bytes.Buffer
			if _, err := partialOfDocs(shards[k]).WriteTo(&buf); err != nil {
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
		got, err = Summarize(merged, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: merged summary differs from a single run\n got %+v\nwant %+v", trial, got, want)
		}
	}
}

func checkStanceShares(t *testing.T, who string, st StanceShares) {
	t.Helper()
	sum := 0.0
	for _, v := range st.Shares {
		if v < 0 || v > 1 {
			t.Errorf("%s: share %v outside [0, 1]", who, v)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Errorf("%s: stance shares sum to %v", who, sum)
	}
	if !(st.NetCI.Lo >= -1 && st.NetCI.Lo <= st.Net && st.Net <= st.NetCI.Hi && st.NetCI.Hi <= 1) {
		t.Errorf("%s: interval [%v, %v] does not bracket %v within [-1, 1]", who, st.NetCI.Lo, st.NetCI.Hi, st.Net)
	}
}

func TestSummarizeSortAndTop(t *testing.T) {
	p := NewPartial(summaryStanceLabels, nil)
	add := func(name string, labels ...string) {
		var obs []Observation
		for _, l := range labels {
			obs = append(obs, Observation{Speaker: name, Stance: l, Confidence: 1})
		}
		p.AddDocument(obs)
	}
	add("Carol Ames", "oppose", "oppose", "oppose")
	add("Ann Bell", "support")
	add("Dan Cole", "support", "neutral")
	add("Bo Dahl", "neutral", "neutral")
	tests := []struct {
		sort      string
		min, top  int
		wantNames []string
	}{
		{SortQuotes, 1, 0, []string{"Carol Ames", "Bo Dahl", "Dan Cole", "Ann Bell"}},
		{SortNet, 1, 0, []string{"Ann Bell", "Dan Cole", "Bo Dahl", "Carol Ames"}},
		{SortName, 1, 0, []string{"Ann Bell", "Bo Dahl", "Carol Ames", "Dan Cole"}},
		{SortName, 2, 0, []string{"Bo Dahl", "Carol Ames", "Dan Cole"}},
		{SortNet, 1, 2, []string{"Ann Bell", "Dan Cole"}},
	}
	for _, tt := range tests {
		opts := DefaultSummaryOptions
		opts.Sort, opts.MinQuotes, opts.Top = tt.sort, tt.min, tt.top
		s, err := Summarize(p, opts)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sp := range s.Speakers {
			got = append(got, sp.Name)
		}
		if !reflect.DeepEqual(got, tt.wantNames) || s.Actors != 4 {
			t.Errorf("sort %s min %d top %d: got %q (of %d), want %q (of 4)", tt.sort, tt.min, tt.top, got, s.Actors, tt.wantNames)
		}
	}
}

// TestRoleCountsArticles: a role counts once per article, so one article
// that gives a speaker a misread role in every statement does not outvote
// the articles that agree on another, and a role of one article is not
// shown beside the role of two.
func TestRoleCountsArticles(t *testing.T) {
	p := NewPartial([]string{"neutral", "oppose", "support"}, nil)
	misread := Observation{Speaker: "Ana Ruiz", Role: "during an interview", Stance: "neutral", Confidence: 0.5}
	p.AddDocument([]Observation{misread, misread, misread, misread})
	for range 2 {
		p.AddDocument([]Observation{{Speaker: "Ana Ruiz", Role: "mayor of Hale", Stance: "support", Confidence: 0.5}})
	}
	s, err := Summarize(p, DefaultSummaryOptions)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Speakers[0]; got.Role != "mayor of Hale" || len(got.Roles) != 1 {
		t.Errorf("role %q (roles %q), want mayor of Hale alone", got.Role, got.Roles)
	}
	p.AddDocument([]Observation{misread})
	s, err = Summarize(p, DefaultSummaryOptions)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Speakers[0]; len(got.Roles) != 2 || !slices.Contains(got.Roles, "during an interview") {
		t.Errorf("roles %q, want both roles, each of two articles", got.Roles)
	}
}

// BenchmarkSummarizeManyNames summarizes a Partial of 20,000 speakers, each
// quoted in one article under a full and a short name, as a corpus of
// many sources is: B/name is what Summarize allocates per speaker name.
func BenchmarkSummarizeManyNames(b *testing.B) {
	topics := []string{"arts", "crime", "economy", "environment", "health", "politics", "science", "sport"}
	p := NewPartial([]string{"neutral", "oppose", "support"}, topics)
	const n = 20000
	for d := 0; d < n; d++ {
		full, short := fmt.Sprintf("Alda Kor%05d", d), fmt.Sprintf("Kor%05d", d)
		p.AddDocument([]Observation{
			{Speaker: full, Role: "minister", Stance: "support", Confidence: 0.5, Topic: "politics", Type: TypePerson, Gender: GenderFemale},
			{Speaker: short, Stance: "oppose", Confidence: 0.5, Topic: "economy", Type: TypePerson},
		})
	}
	opts := SummaryOptions{MinQuotes: 1, Sort: SortQuotes, Level: 0.95, Support: "support", Oppose: "oppose", Top: 30}
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.TotalAlloc
	for b.Loop() {
		if _, err := Summarize(p, opts); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.TotalAlloc-before)/float64(b.N)/float64(len(p.Names)), "B/name")
}
