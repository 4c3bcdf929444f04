package stance

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// PartialFormat and PartialVersion identify the file format written by
// (*Partial).WriteTo and read by ReadPartial.
const (
	PartialFormat  = "stance-partial"
	PartialVersion = 1
)

// ErrPartial is wrapped by the errors of ReadPartial and Merge.
var ErrPartial = errors.New("bad partial result")

// An Observation is one classified statement as a Partial counts it.
type Observation struct {
	Speaker    string  // the speaker's name as resolved in its document; "" if unattributed
	Role       string  // role or affiliation; "" if none
	Stance     string  // the stance label predicted for the statement
	Confidence float64 // the probability of Stance, in [0, 1]
	Topic      string  // the topic label; "" without a topic model
}

// A Partial holds the sufficient statistics of a summary: counts and sums,
// never shares, keyed by the speaker names of each document. Partials of
// disjoint parts of a corpus merge, in any order, into exactly the Partial
// of the whole corpus, and Summarize turns a Partial into a Summary;
// actors are canonicalised across documents only then.
//
// The zero Partial is not ready for use; call NewPartial. A Partial is
// not safe for concurrent use.
type Partial struct {
	StanceLabels []string // the stance model's labels, in model order
	TopicLabels  []string // the topic model's labels; nil without a topic model

	Documents    int // documents read
	Quotes       int // statements found, attributed or not
	Unattributed int // statements without a speaker

	// Names holds the statistics of each speaker name, after the names
	// of one document were canonicalised among themselves.
	Names map[string]*NameStats
}

// NameStats are the counts for one speaker name.
type NameStats struct {
	Quotes   int            `json:"quotes"`         // statements
	Articles int            `json:"articles"`       // documents with at least one statement
	Roles    map[string]int `json:"roles,omitzero"` // statements per role given for the speaker
	Stance   map[string]int `json:"stance"`         // statements per stance label
	Topics   map[string]int `json:"topics,omitzero"`

	// ByTopic counts statements per topic, then per stance label.
	ByTopic map[string]map[string]int `json:"by_topic,omitzero"`

	// Confidence is the sum of the stance probabilities of the
	// statements, in units of 1e-9 (ConfidenceUnit). Fixed point keeps
	// sums exact, so the order of addition cannot change a result.
	Confidence int64 `json:"confidence_sum_1e9"`
}

// ConfidenceUnit is the fixed-point unit of NameStats.Confidence.
const ConfidenceUnit = 1e-9

// NewPartial returns an empty Partial for predictions by models with the
// given labels. topicLabels is nil when no topic model is used.
func NewPartial(stanceLabels, topicLabels []string) *Partial {
	return &Partial{
		StanceLabels: slices.Clone(stanceLabels),
		TopicLabels:  slices.Clone(topicLabels),
		Names:        make(map[string]*NameStats),
	}
}

// AddDocument counts one document and the statements found in it.
// Speaker names within the document are first canonicalised among
// themselves ("Khalidi" joins "Bushra Khalidi" if the document names
// her in full), so an article counts once for each actor it quotes.
func (p *Partial) AddDocument(obs []Observation) {
	p.Documents++
	p.Quotes += len(obs)
	counts := make(map[string]int)
	for _, o := range obs {
		if actorKey(o.Speaker) == "" {
			p.Unattributed++
			continue
		}
		counts[o.Speaker]++
	}
	local := canonicalActors(counts)
	seen := make(map[string]bool, len(counts))
	for _, o := range obs {
		name, ok := local[o.Speaker]
		if !ok {
			continue
		}
		s := p.Names[name]
		if s == nil {
			s = &NameStats{Stance: make(map[string]int)}
			p.Names[name] = s
		}
		if !seen[name] {
			seen[name] = true
			s.Articles++
		}
		s.Quotes++
		if o.Role != "" {
			s.Roles = addCount(s.Roles, o.Role, 1)
		}
		s.Stance[o.Stance]++
		if o.Topic != "" {
			s.Topics = addCount(s.Topics, o.Topic, 1)
			if s.ByTopic == nil {
				s.ByTopic = make(map[string]map[string]int)
			}
			s.ByTopic[o.Topic] = addCount(s.ByTopic[o.Topic], o.Stance, 1)
		}
		s.Confidence += fixedConfidence(o.Confidence)
	}
}

// fixedConfidence converts a probability to ConfidenceUnits, clamping it
// to [0, 1] (NaN counts as 0).
func fixedConfidence(c float64) int64 {
	switch {
	case !(c > 0): // also NaN
		return 0
	case c > 1:
		c = 1
	}
	return int64(math.Round(c / ConfidenceUnit))
}

func addCount(m map[string]int, k string, n int) map[string]int {
	if m == nil {
		m = make(map[string]int)
	}
	m[k] += n
	return m
}

// Merge adds the counts of q to p. Both must come from models with the
// same labels; otherwise Merge returns an error wrapping ErrPartial and
// leaves p unchanged.
func (p *Partial) Merge(q *Partial) error {
	if !slices.Equal(p.StanceLabels, q.StanceLabels) {
		return fmt.Errorf("%w: stance labels %q and %q differ: merge only the results of one stance model", ErrPartial, p.StanceLabels, q.StanceLabels)
	}
	if !slices.Equal(p.TopicLabels, q.TopicLabels) {
		return fmt.Errorf("%w: topic labels %q and %q differ: merge only the results of one topic model", ErrPartial, p.TopicLabels, q.TopicLabels)
	}
	p.Documents += q.Documents
	p.Quotes += q.Quotes
	p.Unattributed += q.Unattributed
	for name, qs := range q.Names {
		s := p.Names[name]
		if s == nil {
			s = &NameStats{Stance: make(map[string]int)}
			p.Names[name] = s
		}
		s.add(qs)
	}
	return nil
}

func (s *NameStats) add(q *NameStats) {
	s.Quotes += q.Quotes
	s.Articles += q.Articles
	s.Confidence += q.Confidence
	for k, n := range q.Roles {
		s.Roles = addCount(s.Roles, k, n)
	}
	for k, n := range q.Stance {
		s.Stance[k] += n
	}
	for k, n := range q.Topics {
		s.Topics = addCount(s.Topics, k, n)
	}
	for t, m := range q.ByTopic {
		if s.ByTopic == nil {
			s.ByTopic = make(map[string]map[string]int)
		}
		for k, n := range m {
			s.ByTopic[t] = addCount(s.ByTopic[t], k, n)
		}
	}
}

// partialFile is the JSON form of a Partial. Maps are written with sorted
// keys, so equal Partials give identical files.
type partialFile struct {
	Format       string                `json:"format"`
	Version      int                   `json:"version"`
	StanceLabels []string              `json:"stance_labels"`
	TopicLabels  []string              `json:"topic_labels"`
	Documents    int                   `json:"documents"`
	Quotes       int                   `json:"quotes"`
	Unattributed int                   `json:"unattributed"`
	Names        map[string]*NameStats `json:"names"`
}

// WriteTo writes p as JSON, the file format of "stance analyze --partial".
func (p *Partial) WriteTo(w io.Writer) (int64, error) {
	b, err := json.MarshalIndent(partialFile{
		Format: PartialFormat, Version: PartialVersion,
		StanceLabels: p.StanceLabels, TopicLabels: p.TopicLabels,
		Documents: p.Documents, Quotes: p.Quotes, Unattributed: p.Unattributed,
		Names: p.Names,
	}, "", " ")
	if err != nil {
		return 0, err
	}
	n, err := w.Write(append(b, '\n'))
	return int64(n), err
}

// ReadPartial reads a Partial written by WriteTo. name is used in error
// messages, which wrap ErrPartial.
func ReadPartial(r io.Reader, name string) (*Partial, error) {
	var f partialFile
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w: %s", name, ErrPartial, jsonMessage(err))
	}
	if f.Format != PartialFormat {
		return nil, fmt.Errorf("%s: %w: format %q is not %q: give files written by stance analyze --partial", name, ErrPartial, f.Format, PartialFormat)
	}
	if f.Version != PartialVersion {
		return nil, fmt.Errorf("%s: %w: version %d, want %d: rerun stance analyze --partial with this version", name, ErrPartial, f.Version, PartialVersion)
	}
	if len(f.StanceLabels) == 0 {
		return nil, fmt.Errorf("%s: %w: no stance labels", name, ErrPartial)
	}
	if f.Documents < 0 || f.Quotes < 0 || f.Unattributed < 0 || f.Unattributed > f.Quotes {
		return nil, fmt.Errorf("%s: %w: negative or inconsistent totals", name, ErrPartial)
	}
	p := NewPartial(f.StanceLabels, f.TopicLabels)
	p.Documents, p.Quotes, p.Unattributed = f.Documents, f.Quotes, f.Unattributed
	for speaker, s := range f.Names {
		if err := s.check(); err != nil {
			return nil, fmt.Errorf("%s: %w: speaker %q: %v", name, ErrPartial, speaker, err)
		}
		if s.Stance == nil {
			s.Stance = make(map[string]int)
		}
		p.Names[speaker] = s
	}
	return p, nil
}

// check reports counts that no run of analyze could have written.
func (s *NameStats) check() error {
	if s == nil {
		return errors.New("null statistics")
	}
	if s.Quotes <= 0 || s.Articles <= 0 || s.Articles > s.Quotes {
		return fmt.Errorf("quotes %d and articles %d: want 1 <= articles <= quotes", s.Quotes, s.Articles)
	}
	if s.Confidence < 0 || float64(s.Confidence)*ConfidenceUnit > float64(s.Quotes)*(1+1e-9) {
		return fmt.Errorf("confidence sum out of range [0, quotes]")
	}
	if countTotal(s.Stance) != s.Quotes {
		return fmt.Errorf("stance counts add up to %d, not quotes %d", countTotal(s.Stance), s.Quotes)
	}
	if s.Topics != nil && countTotal(s.Topics) != s.Quotes {
		return fmt.Errorf("topic counts add up to %d, not quotes %d", countTotal(s.Topics), s.Quotes)
	}
	if countTotal(s.Roles) > s.Quotes {
		return fmt.Errorf("role counts add up to more than quotes %d", s.Quotes)
	}
	for t, m := range s.ByTopic {
		if countTotal(m) != s.Topics[t] {
			return fmt.Errorf("topic %q: stance counts add up to %d, not %d", t, countTotal(m), s.Topics[t])
		}
	}
	return nil
}

// total sums the counts of m; it returns -1 if any count is negative.
func countTotal(m map[string]int) int {
	t := 0
	for _, n := range m {
		if n < 0 {
			return -1
		}
		t += n
	}
	return t
}
