package tally

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/stat/distuv"
)

// The orders Summarize can sort actors in.
const (
	SortQuotes = "quotes" // most statements first
	SortNet    = "net"    // highest net stance first
	SortName   = "name"   // by name
)

// SummaryOptions control Summarize.
type SummaryOptions struct {
	// ByTopic adds a stance breakdown per topic to each actor.
	ByTopic bool
	// MinQuotes leaves out actors with fewer statements; at least 1.
	MinQuotes int
	// Top keeps only the first Top actors after sorting; 0 keeps all.
	Top int
	// Sort is SortQuotes, SortNet or SortName. Ties are broken by
	// statements, then articles, then name, so the order is total.
	Sort string
	// Level is the confidence level of net stance intervals, in (0, 1).
	Level float64
	// Support and Oppose are the stance labels net stance is computed
	// from; both must be labels of the stance model.
	Support, Oppose string
	// Codebook, if not nil, pins canonical names, merges aliases, and
	// sets types, genders, groups and ids; it wins over the rules and
	// the evidence.
	Codebook *Codebook
	// Types keeps only actors of these types (TypePerson, ...); nil
	// keeps all.
	Types []string
	// By groups the rows: ByActor (each actor), ByGroup (the codebook
	// group of each actor: a group's statements are those of its
	// members; actors without a group are left out) or ByGender (people
	// by gender).
	By string
	// Period bins the documents' dates: PeriodDay, PeriodWeek,
	// PeriodMonth or PeriodYear, for Summary.Periods and ByPeriod; ""
	// for no time breakdown. It needs a Partial made with Dates.
	Period string
	// ByPeriod adds a stance breakdown per period to each row; it needs
	// Period.
	ByPeriod bool
}

// The rows a Summary can have (SummaryOptions.By).
const (
	ByActor  = ""
	ByGroup  = "group"
	ByGender = "gender"
)

// DefaultSummaryOptions are the options of "stance analyze".
var DefaultSummaryOptions = SummaryOptions{
	MinQuotes: 1,
	Sort:      SortQuotes,
	Level:     0.95,
	Support:   "support",
	Oppose:    "oppose",
}

// ErrSummaryOptions is wrapped by the errors of SummaryOptions.Validate.
var ErrSummaryOptions = errors.New("invalid options")

// Validate reports the first invalid option, naming its field.
func (o SummaryOptions) Validate() error {
	switch {
	case o.MinQuotes < 1:
		return fmt.Errorf("%w: MinQuotes is %d, want 1 or more", ErrSummaryOptions, o.MinQuotes)
	case o.Top < 0:
		return fmt.Errorf("%w: Top is %d, want 0 (all) or more", ErrSummaryOptions, o.Top)
	case o.Sort != SortQuotes && o.Sort != SortNet && o.Sort != SortName:
		return fmt.Errorf("%w: Sort is %q, want %q, %q or %q", ErrSummaryOptions, o.Sort, SortQuotes, SortNet, SortName)
	case !(o.Level > 0 && o.Level < 1):
		return fmt.Errorf("%w: Level is %v, want a value in (0, 1) such as 0.95", ErrSummaryOptions, o.Level)
	case o.Support == "" || o.Oppose == "" || o.Support == o.Oppose:
		return fmt.Errorf("%w: Support %q and Oppose %q must be two different stance labels", ErrSummaryOptions, o.Support, o.Oppose)
	case o.By != ByActor && o.By != ByGroup && o.By != ByGender:
		return fmt.Errorf("%w: By is %q, want %q, %q or %q", ErrSummaryOptions, o.By, ByActor, ByGroup, ByGender)
	case o.Period != "" && !slices.Contains(Periods, o.Period):
		return fmt.Errorf("%w: Period is %q, want %q, %q, %q, %q or empty", ErrSummaryOptions, o.Period, PeriodDay, PeriodWeek, PeriodMonth, PeriodYear)
	case o.ByPeriod && o.Period == "":
		return fmt.Errorf("%w: ByPeriod needs a Period", ErrSummaryOptions)
	}
	for _, t := range o.Types {
		switch t {
		case TypePerson, TypeOrganisation, TypeGroup, TypeUnknown:
		default:
			return fmt.Errorf("%w: Types has %q, want person, organisation, group or unknown", ErrSummaryOptions, t)
		}
	}
	return nil
}

// A Summary is the per-actor stance table of a corpus.
type Summary struct {
	Documents    int    // documents read
	Quotes       int    // statements found, attributed or not
	Unattributed int    // statements without a speaker
	Actors       int    // actors in the corpus, before MinQuotes and Top
	Dropped      int    // statements of actors the codebook drops
	Uncertain    int    // statements of the rows shown whose stance was below the confidence threshold
	By           string // the rows: ByActor, ByGroup or ByGender

	StanceLabels []string // the stance model's labels
	TopicLabels  []string // the topic model's labels; nil without one
	Support      string   // the label counted as support in net stance
	Oppose       string   // the label counted as oppose in net stance
	Level        float64  // the confidence level of the intervals

	// With SummaryOptions.Period: the period, the documents with a date
	// and without one (Unreadable of them gave a date that could not be
	// read), the first and last dates (midnight UTC; zero without dated
	// documents), and the dated documents per period, in time order
	// (periods with documents only).
	Period                     string
	Dated, Undated, Unreadable int
	First, Last                time.Time
	Periods                    []PeriodCount

	// Evidence is the most statements each row keeps as evidence
	// (Partial.Evidence); 0 when none were kept. EvidenceShift says they
	// come from a 1 in 2^EvidenceShift sample of the statements, when the
	// evidence budget was reached (Partial.EvidenceShift); 0 otherwise.
	Evidence      int
	EvidenceShift int

	Speakers []SpeakerSummary // the actors kept, in the order asked for
}

// A PeriodCount is the number of dated documents in a period.
type PeriodCount struct {
	Period
	Documents int
}

// A SpeakerSummary is one actor's row of a Summary.
type SpeakerSummary struct {
	Name     string   // the actor's canonical name
	Aliases  []string // other names merged into the actor, sorted
	Role     string   // the role given in the most articles; "" if none was seen
	Roles    []string // the roles seen, in the most articles first: the first, then those of two articles or more
	Quotes   int      // statements
	Articles int      // documents quoting the actor; for a group or gender row, the sum over its actors
	// Uncertain are the statements whose stance was below the confidence
	// threshold: counted in Quotes, left out of shares, topics and
	// confidence.
	Uncertain int

	// Type is person, organisation, group or unknown; Gender is female,
	// male or unknown for people, "" for others; Group and ID come from
	// the codebook. Rows of a group or a gender have the gender of a
	// gender row and no type.
	Type   string
	Gender string
	Group  string
	ID     string

	StanceShares
	Confidence float64            // mean probability of the predicted stance labels, in [0, 1]
	Topics     map[string]float64 // share of statements per topic (topics seen only); sums to 1
	TopTopic   string             // the most frequent topic; "" without a topic model

	// ByTopic breaks stance down per topic, most statements first, when
	// SummaryOptions.ByTopic is set.
	ByTopic []TopicStance
	// ByPeriod breaks stance down per period, in time order (periods
	// with statements only), when SummaryOptions.ByPeriod is set.
	// Statements of undated documents are in no period.
	ByPeriod []PeriodStance

	// Evidence is a sample of the row's statements: the Summary.Evidence
	// with the smallest hash of document id and offsets (all of them when
	// there are no more), in that order. Quotes - len(Evidence) were
	// left out.
	Evidence []Evidence
}

// A PeriodStance is a row's stance in one period.
type PeriodStance struct {
	Period
	Quotes int // statements in documents of the period, uncertain ones included
	StanceShares
}

// StanceShares is the stance of a set of statements.
type StanceShares struct {
	Shares map[string]float64 // share of statements per stance label (every label); sums to 1
	Net    float64            // share(support) - share(oppose), in [-1, 1]
	NetCI  Interval           // interval for Net at Summary.Level
}

// A TopicStance is an actor's stance on one topic.
type TopicStance struct {
	Topic  string
	Quotes int // the actor's statements on the topic
	StanceShares
}

// An Interval is a closed interval [Lo, Hi].
type Interval struct{ Lo, Hi float64 }

// Summarize computes the Summary of the statistics in p. It returns an
// error wrapping ErrSummaryOptions if opts are invalid or name stance labels the
// model does not have.
func Summarize(p *Partial, opts SummaryOptions) (*Summary, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	for _, l := range []string{opts.Support, opts.Oppose} {
		if !slices.Contains(p.StanceLabels, l) {
			return nil, fmt.Errorf("%w: the stance model has no label %q (its labels are %q)", ErrSummaryOptions, l, p.StanceLabels)
		}
	}
	if opts.Period != "" && !p.Dates {
		return nil, fmt.Errorf("%w: Period %q: the statistics were counted without document dates (Partial.Dates)", ErrSummaryOptions, opts.Period)
	}
	z := distuv.UnitNormal.Quantile(1 - (1-opts.Level)/2)
	support, oppose := slices.Index(p.StanceLabels, opts.Support), slices.Index(p.StanceLabels, opts.Oppose)

	as, dropped := actorStats(p, opts.Codebook)

	// Rows are cut and sorted on light records; full rows are built only
	// for the actors kept.
	type record struct {
		name   string
		stats  *NameStats
		net    float64
		info   actorInfo
		shared bool // stats is a Partial's own, days and evidence included
	}
	var rows []record
	add := func(name string, st *NameStats, info actorInfo, shared bool) {
		if st.Quotes >= opts.MinQuotes {
			rows = append(rows, record{name, st, net(st.Stance, support, oppose), info, shared})
		}
	}
	switch opts.By {
	case ByActor:
		for name, a := range as {
			if opts.Types == nil || slices.Contains(opts.Types, a.info.typ) {
				add(name, a.stats, a.info, a.shared)
			}
		}
	default:
		groups := map[string]*actorStat{}
		for name, a := range as {
			key := a.info.group
			if opts.By == ByGender {
				if a.info.typ != TypePerson {
					continue
				}
				key = a.info.gender
			} else if opts.Types != nil && !slices.Contains(opts.Types, a.info.typ) {
				continue
			}
			if key == "" {
				continue
			}
			g := groups[key]
			if g == nil {
				g = &actorStat{stats: p.newStats()}
				if opts.By == ByGender {
					g.info.gender = key
				}
				groups[key] = g
			}
			g.stats.addCounts(a.stats)
			g.info.variants = append(g.info.variants, name)
		}
		for key, g := range groups {
			slices.Sort(g.info.variants)
			add(key, g.stats, g.info, false)
		}
	}
	slices.SortFunc(rows, func(a, b record) int {
		var c int
		switch opts.Sort {
		case SortNet:
			c = cmp.Compare(b.net, a.net)
		case SortName:
			c = cmp.Compare(actorKey(a.name), actorKey(b.name))
		}
		if c != 0 {
			return c
		}
		if c = cmp.Compare(b.stats.Quotes, a.stats.Quotes); c != 0 {
			return c
		}
		if c = cmp.Compare(b.stats.Articles, a.stats.Articles); c != 0 {
			return c
		}
		return cmp.Compare(a.name, b.name)
	})
	if opts.Top > 0 && len(rows) > opts.Top {
		rows = rows[:opts.Top]
	}

	sum := &Summary{
		Documents: p.Documents, Quotes: p.Quotes, Unattributed: p.Unattributed,
		Actors: len(as), Dropped: dropped, By: opts.By,
		StanceLabels: slices.Clone(p.StanceLabels), TopicLabels: slices.Clone(p.TopicLabels),
		Support: opts.Support, Oppose: opts.Oppose, Level: opts.Level,
		Evidence: p.Evidence, EvidenceShift: p.EvidenceShift,
		Speakers: make([]SpeakerSummary, 0, len(rows)),
	}
	if opts.Period != "" {
		sum.Period, sum.Undated, sum.Unreadable = opts.Period, p.Undated, p.Unreadable
		sum.Periods = periodCounts(p.Days, opts.Period)
		for d, n := range p.Days {
			sum.Dated += n
			if t := d.Time(); sum.First.IsZero() || t.Before(sum.First) {
				sum.First = t
			}
			if t := d.Time(); t.After(sum.Last) {
				sum.Last = t
			}
		}
	}
	for _, r := range rows {
		s := r.stats
		// The days and evidence of the rows kept, from their names: only
		// counts were summed for every actor.
		names := r.info.variants
		if opts.By != ByActor {
			names = nil
			for _, actor := range r.info.variants {
				names = append(names, as[actor].info.variants...)
			}
		}
		if r.shared {
			names = nil // its one name's days and evidence are its own
		}
		for _, name := range names {
			s.addDetail(p.Names[name], p.Evidence)
		}
		sp := SpeakerSummary{
			Name:         r.name,
			Quotes:       s.Quotes,
			Articles:     s.Articles,
			StanceShares: stanceOf(s.Stance, p.StanceLabels, support, oppose, z),
			Confidence:   confidenceMean(s),
			Uncertain:    s.Uncertain,
			Type:         r.info.typ, Gender: r.info.gender, Group: r.info.group, ID: r.info.id,
			Evidence: evidenceOf(s),
		}
		if opts.ByPeriod {
			sp.ByPeriod = periodStances(s.days, opts.Period, p.StanceLabels, support, oppose, z)
		}
		for _, v := range r.info.variants {
			if v != r.name {
				sp.Aliases = append(sp.Aliases, v)
			}
		}
		if opts.By == ByActor { // a group's members' roles are no role of the group
			sp.Roles = shownRoles(s.Roles)
		}
		if len(sp.Roles) > 0 {
			sp.Role = sp.Roles[0]
		}
		sum.Uncertain += s.Uncertain
		if s.Topics != nil && s.Quotes > s.Uncertain {
			sp.Topics = make(map[string]float64)
			shares := shareSlice(s.Topics)
			for i, n := range s.Topics {
				if n > 0 {
					sp.Topics[p.TopicLabels[i]] = shares[i]
				}
			}
			order := topicOrder(s.Topics, p.TopicLabels)
			sp.TopTopic = p.TopicLabels[order[0]]
			if opts.ByTopic {
				k := len(p.StanceLabels)
				for _, t := range order {
					if s.Topics[t] == 0 {
						break
					}
					sp.ByTopic = append(sp.ByTopic, TopicStance{
						Topic:        p.TopicLabels[t],
						Quotes:       s.Topics[t],
						StanceShares: stanceOf(s.ByTopic[t*k:(t+1)*k], p.StanceLabels, support, oppose, z),
					})
				}
			}
		}
		sum.Speakers = append(sum.Speakers, sp)
	}
	return sum, nil
}

// periodCounts bins documents per day into periods, in time order.
func periodCounts(days map[Day]int, period string) []PeriodCount {
	bins := map[string]*PeriodCount{}
	for d, n := range days {
		pr := PeriodOf(d, period)
		b := bins[pr.Label]
		if b == nil {
			b = &PeriodCount{Period: pr}
			bins[pr.Label] = b
		}
		b.Documents += n
	}
	out := make([]PeriodCount, 0, len(bins))
	for _, b := range bins {
		out = append(out, *b)
	}
	slices.SortFunc(out, func(a, b PeriodCount) int { return a.Start.Compare(b.Start) })
	return out
}

// periodStances bins a row's statements per day into periods, in time
// order.
func periodStances(days dayCounts, period string, labels []string, support, oppose int, z float64) []PeriodStance {
	type bin struct {
		Period
		quotes int
		stance []int
	}
	bins := map[string]*bin{}
	days.each(len(labels), func(d Day, quotes int, stance []int32) {
		pr := PeriodOf(d, period)
		b := bins[pr.Label]
		if b == nil {
			b = &bin{Period: pr, stance: make([]int, len(labels))}
			bins[pr.Label] = b
		}
		b.quotes += quotes
		for i, n := range stance {
			b.stance[i] += int(n)
		}
	})
	out := make([]PeriodStance, 0, len(bins))
	for _, b := range bins {
		out = append(out, PeriodStance{Period: b.Period, Quotes: b.quotes, StanceShares: stanceOf(b.stance, labels, support, oppose, z)})
	}
	slices.SortFunc(out, func(a, b PeriodStance) int { return a.Start.Compare(b.Start) })
	return out
}

// confidenceMean is the mean stance probability of the statements above
// the threshold; 0 when there are none.
func confidenceMean(s *NameStats) float64 {
	if n := s.Quotes - s.Uncertain; n > 0 {
		return float64(s.Confidence) * ConfidenceUnit / float64(n)
	}
	return 0
}

// net is the net stance of dense stance counts.
func net(counts []int, support, oppose int) float64 {
	n := 0
	for _, c := range counts {
		n += c
	}
	if n == 0 {
		return 0
	}
	return float64(counts[support])/float64(n) - float64(counts[oppose])/float64(n)
}

// stanceOf computes the shares and net stance of dense stance counts.
func stanceOf(counts []int, labels []string, support, oppose int, z float64) StanceShares {
	shares := shareSlice(counts)
	st := StanceShares{Shares: make(map[string]float64, len(labels))}
	for i, l := range labels {
		st.Shares[l] = shares[i]
	}
	n := 0
	for _, c := range counts {
		n += c
	}
	st.Net = net(counts, support, oppose)
	st.NetCI = netInterval(counts[support], counts[oppose], n, z)
	return st
}

// shareSlice returns counts divided by their sum (all 0 if the sum is 0).
func shareSlice(counts []int) []float64 {
	v := make([]float64, len(counts))
	for i, c := range counts {
		v[i] = float64(c)
	}
	if n := floats.Sum(v); n > 0 {
		floats.Scale(1/n, v)
	}
	return v
}

// topicOrder returns topic indexes, most statements first, ties in label
// order.
func topicOrder(counts []int, labels []string) []int {
	order := make([]int, len(counts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(labels[a], labels[b])
	})
	return order
}

// shownRoles returns the roles to show for an actor, most articles first:
// the most frequent one, then those that two articles or more give. A
// role only one article gives is as often an extraction slip ("bad
// president", a headline's words) as a fact, and a corpus's actors are
// known by roles many articles share.
func shownRoles(roles []RoleCount) []string {
	var out []string
	for i, rc := range sortedRoles(roles) {
		if i == 0 || rc.N >= 2 {
			out = append(out, rc.Role)
		}
	}
	return out
}

// sortedRoles returns roles, most frequent first, ties in byte order.
func sortedRoles(roles []RoleCount) []RoleCount {
	r := slices.Clone(roles)
	slices.SortFunc(r, func(a, b RoleCount) int {
		if c := cmp.Compare(b.N, a.N); c != 0 {
			return c
		}
		return cmp.Compare(a.Role, b.Role)
	})
	return r
}

// NetInterval returns Newcombe's hybrid score interval (method 10) for
// the net stance s/n - o/n of n statements, s supporting and o opposing,
// at the given confidence level in (0, 1). For n = 0 it returns [-1, 1].
//
// Net stance and its interval. For an actor with n statements, s of them
// classified support and o oppose, the net stance is
//
//	d = p_s - p_o,   p_s = s/n,   p_o = o/n,
//
// in [-1, 1]: 1 when every statement supports, -1 when every one opposes.
// Its interval (95% by default) is Newcombe's hybrid score interval for a
// difference of paired proportions (R. G. Newcombe, "Improved confidence
// intervals for the difference between binomial proportions based on
// paired data", Statistics in Medicine 17, 1998, method 10). It applies
// because "supports" and "opposes" are two binary variables measured on
// the same n statements: a 2x2 table with cells a = 0 (both), b = s, c = o
// and d = n-s-o (neither), whose paired difference (b-c)/n is the net
// stance. With z the 1-(1-level)/2 quantile of the standard normal
// distribution (1.959964 for 95%), the Wilson score interval of a share
// p = k/n is
//
//	(2k + z² ∓ z·sqrt(z² + 4k(n-k)/n)) / (2(n + z²)),
//
// giving [l_s, u_s] for p_s and [l_o, u_o] for p_o. The correlation of the
// two variables is φ = -sqrt(s·o / ((n-s)(n-o))), and φ = 0 when s or o
// is 0. The interval is
//
//	lower = d - sqrt((p_s-l_s)² - 2φ(p_s-l_s)(u_o-p_o) + (u_o-p_o)²)
//	upper = d + sqrt((u_s-p_s)² - 2φ(u_s-p_s)(p_o-l_o) + (p_o-l_o)²).
//
// Unlike the Wald interval d ± z·sqrt((p_s + p_o - d²)/n), it is never
// empty at small n or at d = ±1, always contains d and lies within
// [-1, 1] (the Wilson intervals lie within [0, 1] and φ >= -1). The
// quantile comes from gonum's stat/distuv.
//
// NetInterval panics if the counts
// are negative or s+o > n, or if level is outside (0, 1).
func NetInterval(s, o, n int, level float64) Interval {
	if s < 0 || o < 0 || s+o > n {
		panic(fmt.Sprintf("tally: NetInterval(%d, %d, %d): want 0 <= s, o and s+o <= n", s, o, n))
	}
	if !(level > 0 && level < 1) {
		panic(fmt.Sprintf("tally: NetInterval level %v outside (0, 1)", level))
	}
	return netInterval(s, o, n, distuv.UnitNormal.Quantile(1-(1-level)/2))
}

func netInterval(s, o, n int, z float64) Interval {
	if n == 0 {
		return Interval{-1, 1}
	}
	nf := float64(n)
	ps, po := float64(s)/nf, float64(o)/nf
	ls, us := wilson(s, n, z)
	lo, uo := wilson(o, n, z)
	phi := 0.0
	if s > 0 && o > 0 {
		phi = -math.Sqrt(float64(s) * float64(o) / (float64(n-s) * float64(n-o)))
	}
	d := ps - po
	dl, du := ps-ls, uo-po // distances below p_s and above p_o
	lower := d - math.Sqrt(dl*dl-2*phi*dl*du+du*du)
	dl, du = us-ps, po-lo // distances above p_s and below p_o
	upper := d + math.Sqrt(dl*dl-2*phi*dl*du+du*du)
	// Rounding can step a hair outside the bounds the method guarantees.
	return Interval{max(-1, min(lower, d)), min(1, max(upper, d))}
}

// wilson returns the Wilson score interval for the proportion k/n.
func wilson(k, n int, z float64) (lo, hi float64) {
	kf, nf, z2 := float64(k), float64(n), z*z
	center := 2*kf + z2
	half := z * math.Sqrt(z2+4*kf*(nf-kf)/nf)
	den := 2 * (nf + z2)
	return max(0, (center-half)/den), min(1, (center+half)/den)
}

// evidenceOf is the evidence of s for a SpeakerSummary: nil when there is
// none, and capped so that appending to it never writes into s, which may
// be a Partial's own.
func evidenceOf(s *NameStats) []Evidence {
	if len(s.Evidence) == 0 {
		return nil
	}
	return s.Evidence[:len(s.Evidence):len(s.Evidence)]
}
