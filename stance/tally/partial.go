package tally

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/stance/internal/jsonerr"
)

// PartialFormat and PartialVersion identify the file format written by
// (*Partial).WriteTo and read by ReadPartial. Version 2 records the models'
// hashes; ReadPartial refuses version 1 files, which do not, so a merge
// can never mix the results of two models.
const (
	PartialFormat  = "stance-partial"
	PartialVersion = 2
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
	// Type is what the extractor found the speaker to be: TypePerson,
	// TypeOrganisation or TypeGroup; "" when it could not tell.
	Type string
	// Gender is the speaker's gender as the document shows it (a
	// pronoun, an honorific, a first name): GenderFemale, GenderMale, or
	// "" when the document does not say or its evidence disagrees.
	Gender string
	// Uncertain marks a statement whose stance probability is below the
	// user's threshold: it counts as a statement of the speaker but not
	// in any stance, topic or confidence figure.
	Uncertain bool
	// Evidence, if not nil, is the statement as a Partial with an
	// evidence limit keeps it (its Speaker, Stance, Confidence, Topic and
	// Uncertain are set from the Observation's). Nil keeps nothing.
	Evidence *Evidence
}

// A DocDate is a document's date as a Partial made with Dates counts it.
type DocDate struct {
	Day   Day  // the date the document was published, when Known
	Known bool // the document gave a date that was read
	// Unreadable is set when the document gave a date that could not
	// be read; such a document is undated.
	Unreadable bool
}

// Speaker types and genders.
const (
	TypePerson       = "person"
	TypeOrganisation = "organisation"
	TypeGroup        = "group"
	TypeUnknown      = "unknown"
	GenderFemale     = "female"
	GenderMale       = "male"
	GenderUnknown    = "unknown"
)

// A Partial holds the sufficient statistics of a summary: counts and sums,
// never shares, keyed by the speaker names of each document. Partials of
// disjoint parts of a corpus merge, in any order, into exactly the Partial
// of the whole corpus, and Summarize turns a Partial into a Summary;
// actors are canonicalised across documents only then.
//
// Memory grows with the number of distinct speaker names (a few hundred
// bytes each), not with the number of documents.
//
// The zero Partial is not ready for use; call NewPartial. A Partial is
// not safe for concurrent use.
type Partial struct {
	StanceLabels []string // the stance model's labels, in model order
	TopicLabels  []string // the topic model's labels; nil without a topic model

	// StanceModel and TopicModel identify the models that made the
	// predictions: their nb.Classifier.Hash, the hex SHA-256 of the model
	// file. TopicModel is "" without a topic model. NewPartial leaves them
	// empty; the caller sets them, and WriteTo refuses to write a Partial
	// without them. Merge refuses Partials of different models.
	StanceModel string
	TopicModel  string

	Documents    int // documents read
	Quotes       int // statements found, attributed or not
	Unattributed int // statements without a speaker

	// Names holds the statistics of each speaker name, after the names
	// of one document were canonicalised among themselves.
	Names map[string]*NameStats

	// Dates says that the Partial counts documents and statements per
	// day (NameStats.Days), for summaries over time. Partials merge only
	// with Partials that agree.
	Dates bool
	// Days counts the dated documents per day; Undated the documents
	// without a date, Unreadable among them those whose date could not
	// be read. Set with Dates only.
	Days       map[Day]int
	Undated    int
	Unreadable int

	// Evidence is the number of statements kept for each name
	// (NameStats.Evidence), at most MaxEvidence; 0 keeps none.
	// EvidenceBudget bounds the statements kept over all names (0: no
	// bound), by keeping them from a 1 in 2^EvidenceShift sample once
	// there would be more (see DefaultEvidenceBudget). Partials merge
	// only with Partials of the same Evidence and EvidenceBudget.
	Evidence       int
	EvidenceBudget int
	EvidenceShift  int

	evidenceItems int // statements kept, over all names

	stanceIndex, topicIndex map[string]int
}

// NameStats are the counts for one speaker name. Label counts are dense:
// Stance[i] counts the statements labelled StanceLabels[i] of the Partial.
type NameStats struct {
	Quotes   int         // statements
	Articles int         // documents with at least one statement
	Roles    []RoleCount // the roles given for the speaker, in the order first seen; N counts articles
	Stance   []int       // statements per stance label
	Topics   []int       // statements per topic label; nil without a topic model
	// ByTopic counts statements per topic and stance label:
	// ByTopic[t*len(StanceLabels)+s].
	ByTopic []int

	// Confidence is the sum of the stance probabilities of the
	// statements, in units of 1e-9 (ConfidenceUnit). Fixed point keeps
	// sums exact, so the order of addition cannot change a result.
	Confidence int64

	// Types and Genders count the articles whose observations gave each
	// speaker type and gender: the evidence Summarize decides them from.
	Types   map[string]int
	Genders map[string]int

	// Uncertain counts the statements below the confidence threshold,
	// which Stance, Topics, ByTopic and Confidence leave out.
	Uncertain int

	// days counts the statements per day of their documents' dates, for
	// a Partial with Dates; statements of undated documents are in no
	// day.
	days dayCounts
	// Evidence holds up to Partial.Evidence statements: those with the
	// smallest hash of their document id and offsets, in that order.
	Evidence []Evidence
}

// A RoleCount is a role and the number of articles that give it.
type RoleCount struct {
	Role string
	N    int
}

// ConfidenceUnit is the fixed-point unit of NameStats.Confidence.
const ConfidenceUnit = 1e-9

// NewPartial returns an empty Partial for predictions by models with the
// given labels. topicLabels is nil when no topic model is used.
func NewPartial(stanceLabels, topicLabels []string) *Partial {
	p := &Partial{
		StanceLabels: slices.Clone(stanceLabels),
		TopicLabels:  slices.Clone(topicLabels),
		Names:        make(map[string]*NameStats),
		stanceIndex:  make(map[string]int),
		topicIndex:   make(map[string]int),
	}
	for i, l := range stanceLabels {
		p.stanceIndex[l] = i
	}
	for i, l := range topicLabels {
		p.topicIndex[l] = i
	}
	return p
}

func (p *Partial) newStats() *NameStats {
	s := &NameStats{Stance: make([]int, len(p.StanceLabels))}
	if len(p.TopicLabels) > 0 {
		s.Topics = make([]int, len(p.TopicLabels))
		s.ByTopic = make([]int, len(p.TopicLabels)*len(p.StanceLabels))
	}
	return s
}

// AddDocument counts one document and the statements found in it.
// Speaker names within the document are first canonicalised among
// themselves ("Khalidi" joins "Bushra Khalidi" if the document names
// her in full), so an article counts once for each actor it quotes.
//
// It panics if an attributed statement has a stance label, or (with
// topic labels) a topic label, that is not one of the Partial's: the
// observations must come from the models the Partial was made for.
func (p *Partial) AddDocument(obs []Observation) {
	p.AddDatedDocument(DocDate{}, obs)
}

// AddDatedDocument is AddDocument for a document of the given date: a
// Partial with Dates counts the document, and the statements of each
// name, under its day (or as undated).
func (p *Partial) AddDatedDocument(date DocDate, obs []Observation) {
	if p.Dates {
		switch {
		case date.Known:
			if p.Days == nil {
				p.Days = make(map[Day]int)
			}
			p.Days[date.Day]++
		case date.Unreadable:
			p.Undated++
			p.Unreadable++
		default:
			p.Undated++
		}
	}
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
	if len(counts) == 0 {
		return
	}
	local := canonicalActors(counts)
	seen := make(map[string]bool, len(counts))
	roleSeen := make(map[[2]string]bool)
	evidence := make(map[[3]string]bool) // name, kind, value: once per article
	for _, o := range obs {
		name, ok := local[o.Speaker]
		if !ok {
			continue
		}
		si, ok := p.stanceIndex[o.Stance]
		if !ok {
			panic(fmt.Sprintf("tally: Partial.AddDocument: stance label %q is not one of %q", o.Stance, p.StanceLabels))
		}
		s := p.Names[name]
		if s == nil {
			s = p.newStats()
			p.Names[name] = s
		}
		if !seen[name] {
			seen[name] = true
			s.Articles++
		}
		s.Quotes++
		if r := [2]string{name, strings.ToLower(o.Role)}; o.Role != "" && !roleSeen[r] {
			// A role counts once per article: one article that repeats
			// a role (or a misreading) in every statement does not
			// outvote the other articles.
			roleSeen[r] = true
			s.addRole(o.Role, 1)
		}
		if o.Type != "" && !evidence[[3]string{name, "t", o.Type}] {
			evidence[[3]string{name, "t", o.Type}] = true
			s.Types = addCount(s.Types, o.Type, 1)
		}
		if o.Gender != "" && !evidence[[3]string{name, "g", o.Gender}] {
			evidence[[3]string{name, "g", o.Gender}] = true
			s.Genders = addCount(s.Genders, o.Gender, 1)
		}
		if o.Evidence != nil && p.Evidence > 0 {
			if h := evidenceHash(o.Evidence.Doc, o.Evidence.Content); p.admits(h) {
				e := *o.Evidence
				e.Speaker, e.Stance, e.Confidence, e.Topic, e.Uncertain = o.Speaker, o.Stance, o.Confidence, o.Topic, o.Uncertain
				e.hash = h
				var grew bool
				if s.Evidence, grew = keepEvidence(s.Evidence, &e, p.Evidence); grew {
					p.evidenceItems++
					p.thin()
				}
			}
		}
		if p.Dates && date.Known {
			dsi := si
			if o.Uncertain {
				dsi = -1
			}
			s.days = s.days.add(date.Day, dsi, len(p.StanceLabels))
		}
		if o.Uncertain {
			s.Uncertain++
			continue
		}
		s.Stance[si]++
		if len(p.TopicLabels) > 0 {
			ti, ok := p.topicIndex[o.Topic]
			if !ok {
				panic(fmt.Sprintf("tally: Partial.AddDocument: topic label %q is not one of %q", o.Topic, p.TopicLabels))
			}
			s.Topics[ti]++
			s.ByTopic[ti*len(p.StanceLabels)+si]++
		}
		s.Confidence += fixedConfidence(o.Confidence)
	}
}

// addCount adds n to m[k], making m if needed.
func addCount(m map[string]int, k string, n int) map[string]int {
	if m == nil {
		m = make(map[string]int)
	}
	m[k] += n
	return m
}

// addRole counts n articles giving role. Roles that differ only in case
// are one role ("President", "president"), spelled as the last in byte
// order, which lowers a capital a title has only before a name or at a
// sentence start ("former Florida governor", not "Former ..."), and does
// not depend on the order of articles or of merged Partials.
func (s *NameStats) addRole(role string, n int) {
	for i := range s.Roles {
		if strings.EqualFold(s.Roles[i].Role, role) {
			s.Roles[i].N += n
			s.Roles[i].Role = max(s.Roles[i].Role, role)
			return
		}
	}
	s.Roles = append(s.Roles, RoleCount{role, n})
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

// Merge adds the counts of q to p. Both must come from the same models:
// the same labels and the same StanceModel and TopicModel hashes;
// otherwise Merge returns an error wrapping ErrPartial and leaves p
// unchanged.
func (p *Partial) Merge(q *Partial) error {
	if !slices.Equal(p.StanceLabels, q.StanceLabels) {
		return fmt.Errorf("%w: stance labels %q and %q differ: merge only the results of one stance model", ErrPartial, p.StanceLabels, q.StanceLabels)
	}
	if !slices.Equal(p.TopicLabels, q.TopicLabels) {
		return fmt.Errorf("%w: topic labels %q and %q differ: merge only the results of one topic model", ErrPartial, p.TopicLabels, q.TopicLabels)
	}
	if p.StanceModel != q.StanceModel {
		return fmt.Errorf("%w: partials were made with different stance models (hash %s vs %s): merge only the results of one model", ErrPartial, shortHash(p.StanceModel), shortHash(q.StanceModel))
	}
	if p.TopicModel != q.TopicModel {
		return fmt.Errorf("%w: partials were made with different topic models (hash %s vs %s): merge only the results of one model", ErrPartial, shortHash(p.TopicModel), shortHash(q.TopicModel))
	}
	if p.Dates != q.Dates {
		return fmt.Errorf("%w: one partial counts document dates and the other does not: make every part with the same options (stance analyze --partial --period)", ErrPartial)
	}
	if p.Evidence != q.Evidence {
		return fmt.Errorf("%w: partials keep %d and %d statements per speaker as evidence: make every part with the same --evidence", ErrPartial, p.Evidence, q.Evidence)
	}
	if p.Evidence > 0 && p.EvidenceBudget != q.EvidenceBudget {
		return fmt.Errorf("%w: partials have evidence budgets of %d and %d statements: make every part with the same version of stance", ErrPartial, p.EvidenceBudget, q.EvidenceBudget)
	}
	p.Documents += q.Documents
	p.Quotes += q.Quotes
	p.Unattributed += q.Unattributed
	p.Undated += q.Undated
	p.Unreadable += q.Unreadable
	for d, n := range q.Days {
		if p.Days == nil {
			p.Days = make(map[Day]int)
		}
		p.Days[d] += n
	}
	for name, qs := range q.Names {
		s := p.Names[name]
		if s == nil {
			s = p.newStats()
			p.Names[name] = s
		}
		s.add(qs, p.Evidence)
	}
	if p.Evidence > 0 {
		p.EvidenceShift = max(p.EvidenceShift, q.EvidenceShift)
		p.pruneEvidence()
		p.thin()
	}
	return nil
}

// shortHash abbreviates a model hash for a message, as git abbreviates
// commits: 12 hex digits tell models apart in practice.
func shortHash(h string) string {
	switch {
	case h == "":
		return "none"
	case len(h) > 12:
		return h[:12] + "…"
	}
	return h
}

// add adds the counts of q, which has the same labels, to s, keeping the
// k statements of their evidence that sort first.
func (s *NameStats) add(q *NameStats, k int) {
	s.addCounts(q)
	s.addDetail(q, k)
}

// addCounts adds the counts of q but its days and evidence.
func (s *NameStats) addCounts(q *NameStats) {
	s.Quotes += q.Quotes
	s.Uncertain += q.Uncertain
	s.Articles += q.Articles
	s.Confidence += q.Confidence
	for _, r := range q.Roles {
		s.addRole(r.Role, r.N)
	}
	addInts(s.Stance, q.Stance)
	addInts(s.Topics, q.Topics)
	addInts(s.ByTopic, q.ByTopic)
	for k, n := range q.Types {
		s.Types = addCount(s.Types, k, n)
	}
	for k, n := range q.Genders {
		s.Genders = addCount(s.Genders, k, n)
	}
}

// addDetail adds the days and evidence of q, keeping the k statements
// that sort first.
func (s *NameStats) addDetail(q *NameStats, k int) {
	if len(q.days) > 0 {
		s.days = s.days.addAll(q.days, len(s.Stance))
	}
	if len(q.Evidence) > 0 {
		s.Evidence = mergeEvidence(s.Evidence, q.Evidence, k)
	}
}

func addInts(dst, src []int) {
	for i, n := range src {
		dst[i] += n
	}
}

// partialFile is the JSON form of a Partial: counts keyed by label, so a
// file reads without the model. Maps are written with sorted keys, so
// equal Partials give identical files.
type partialFile struct {
	Format       string               `json:"format"`
	Version      int                  `json:"version"`
	StanceLabels []string             `json:"stance_labels"`
	TopicLabels  []string             `json:"topic_labels"`
	StanceModel  string               `json:"stance_model"`
	TopicModel   string               `json:"topic_model,omitempty"`
	Documents    int                  `json:"documents"`
	Quotes       int                  `json:"quotes"`
	Unattributed int                  `json:"unattributed"`
	Names        map[string]*nameFile `json:"names"`

	// Written only by a Partial made with dates or evidence, so files
	// without them read as before.
	Dates      bool           `json:"dates,omitzero"`
	Days       map[string]int `json:"days,omitzero"` // dated documents per day, 2006-01-02
	Undated    int            `json:"undated,omitzero"`
	Unreadable int            `json:"unreadable_dates,omitzero"`
	Evidence   int            `json:"evidence,omitzero"` // statements kept per name
	Budget     int            `json:"evidence_budget,omitzero"`
	Shift      int            `json:"evidence_shift,omitzero"`
}

type nameFile struct {
	Quotes     int                       `json:"quotes"`
	Articles   int                       `json:"articles"`
	Roles      map[string]int            `json:"roles,omitzero"`
	Stance     map[string]int            `json:"stance"`
	Topics     map[string]int            `json:"topics,omitzero"`
	ByTopic    map[string]map[string]int `json:"by_topic,omitzero"`
	Confidence int64                     `json:"confidence_sum_1e9"`
	Uncertain  int                       `json:"uncertain,omitzero"` // statements below the confidence threshold
	Types      map[string]int            `json:"types,omitzero"`     // articles per speaker type
	Genders    map[string]int            `json:"genders,omitzero"`   // articles per gender
	Days       map[string]*dayFile       `json:"days,omitzero"`      // statements per day, for a partial with dates
	Evidence   []evidenceFile            `json:"evidence,omitzero"`  // statements kept, for a partial with evidence
}

type dayFile struct {
	Quotes int            `json:"quotes"`
	Stance map[string]int `json:"stance"`
}

type evidenceFile struct {
	Doc        string   `json:"doc"`
	Path       string   `json:"path,omitzero"`
	Line       int      `json:"line,omitzero"`
	Title      string   `json:"title,omitzero"`
	Date       string   `json:"date,omitzero"`
	URL        string   `json:"url,omitzero"`
	Context    string   `json:"context"`
	Start      int      `json:"start"`
	Content    [][2]int `json:"content"`
	Source     [2]int   `json:"source,omitzero"`
	Speaker    string   `json:"speaker"`
	Stance     string   `json:"stance"`
	Confidence float64  `json:"confidence"`
	Topic      string   `json:"topic,omitzero"`
	Uncertain  bool     `json:"uncertain,omitzero"`
}

// labelCounts returns the non-zero counts of a dense slice by label.
func labelCounts(counts []int, labels []string) map[string]int {
	m := make(map[string]int)
	for i, n := range counts {
		if n != 0 {
			m[labels[i]] = n
		}
	}
	return m
}

// WriteTo writes p as JSON, the file format of "stance analyze --partial".
// It writes nothing and returns an error wrapping ErrPartial if p does not
// say which models made it (StanceModel, and TopicModel with topic
// labels).
func (p *Partial) WriteTo(w io.Writer) (int64, error) {
	if p.StanceModel == "" {
		return 0, fmt.Errorf("%w: no stance model hash: set Partial.StanceModel to the model's Hash before writing", ErrPartial)
	}
	if (p.TopicModel == "") != (len(p.TopicLabels) == 0) {
		return 0, fmt.Errorf("%w: topic labels %q with topic model hash %q: set Partial.TopicModel to the topic model's Hash, or leave both empty", ErrPartial, p.TopicLabels, p.TopicModel)
	}
	f := partialFile{
		Format: PartialFormat, Version: PartialVersion,
		StanceLabels: p.StanceLabels, TopicLabels: p.TopicLabels,
		StanceModel: p.StanceModel, TopicModel: p.TopicModel,
		Documents: p.Documents, Quotes: p.Quotes, Unattributed: p.Unattributed,
		Names: make(map[string]*nameFile, len(p.Names)),
		Dates: p.Dates, Undated: p.Undated, Unreadable: p.Unreadable, Evidence: p.Evidence,
		Budget: p.EvidenceBudget, Shift: p.EvidenceShift,
	}
	if len(p.Days) > 0 {
		f.Days = make(map[string]int, len(p.Days))
		for d, n := range p.Days {
			f.Days[d.String()] = n
		}
	}
	for name, s := range p.Names {
		nf := &nameFile{Quotes: s.Quotes, Uncertain: s.Uncertain, Articles: s.Articles, Confidence: s.Confidence,
			Stance: labelCounts(s.Stance, p.StanceLabels), Types: s.Types, Genders: s.Genders}
		if len(s.days) > 0 {
			nf.Days = make(map[string]*dayFile)
			s.days.each(len(p.StanceLabels), func(d Day, quotes int, stance []int32) {
				counts := make(map[string]int)
				for i, n := range stance {
					if n != 0 {
						counts[p.StanceLabels[i]] = int(n)
					}
				}
				nf.Days[d.String()] = &dayFile{Quotes: quotes, Stance: counts}
			})
		}
		for _, e := range s.Evidence {
			nf.Evidence = append(nf.Evidence, evidenceFile{Doc: e.Doc, Path: e.Path, Line: e.Line, Title: e.Title, Date: e.Date, URL: e.URL,
				Context: e.Context, Start: e.Start, Content: e.Content, Source: e.Source,
				Speaker: e.Speaker, Stance: e.Stance, Confidence: e.Confidence, Topic: e.Topic, Uncertain: e.Uncertain})
		}
		if len(s.Roles) > 0 {
			nf.Roles = make(map[string]int, len(s.Roles))
			for _, r := range s.Roles {
				nf.Roles[r.Role] = r.N
			}
		}
		if s.Topics != nil {
			nf.Topics = labelCounts(s.Topics, p.TopicLabels)
			nf.ByTopic = make(map[string]map[string]int)
			k := len(p.StanceLabels)
			for t, n := range s.Topics {
				if n > 0 {
					nf.ByTopic[p.TopicLabels[t]] = labelCounts(s.ByTopic[t*k:(t+1)*k], p.StanceLabels)
				}
			}
		}
		f.Names[name] = nf
	}
	b, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return 0, err
	}
	n, err := w.Write(append(b, '\n'))
	return int64(n), err
}

// ReadPartial reads a Partial written by WriteTo. name is used in error
// messages. Errors in the data wrap ErrPartial and say what is wrong: an empty file,
// truncated or invalid JSON (with its byte offset), a file that is not a
// partial (a model, a JSONL corpus, another JSON document), one of
// another version, or counts no run of analyze could have written. It
// reads the whole file into memory, about the size of the Partial.
func ReadPartial(r io.Reader, name string) (*Partial, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %w: %s", name, ErrPartial, fmt.Sprintf(format, args...))
	}
	// First what the file is, from its first JSON value alone, so that a
	// JSONL corpus or a model is named as such and not by its first
	// syntax error or unknown field.
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return nil, bad("empty file: give files written by stance analyze --partial")
	case trimmed[0] == '[':
		return nil, bad("not a stance partial: a JSON array, not an object: give files written by stance analyze --partial")
	case trimmed[0] != '{':
		line, _, _ := bytes.Cut(trimmed, []byte("\n"))
		if len(line) > 20 {
			line = line[:20]
		}
		return nil, bad("not a stance partial: it starts with %q, not a JSON object: give files written by stance analyze --partial", line)
	}
	var head struct {
		Format  *string `json:"format"`
		Version int     `json:"version"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&head); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, bad("truncated JSON: the file ends at byte %d, inside the partial", len(data))
		}
		return nil, bad("%s", jsonerr.Message(err))
	}
	if head.Format == nil {
		return nil, bad(`not a stance partial (no "format" field): give files written by stance analyze --partial`)
	}
	if *head.Format != PartialFormat {
		return nil, bad("format %q is not %q: give files written by stance analyze --partial", *head.Format, PartialFormat)
	}
	if head.Version != PartialVersion {
		return nil, bad("version %d, want %d: rerun stance analyze --partial with this version", head.Version, PartialVersion)
	}
	if off := dec.InputOffset(); len(bytes.TrimSpace(data[off:])) > 0 {
		return nil, bad("data after the partial at byte %d: give one partial per file", off)
	}
	var f partialFile
	dec = json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, bad("%s", jsonerr.Message(err))
	}
	if f.StanceModel == "" {
		return nil, bad(`no stance model hash ("stance_model")`)
	}
	if (f.TopicModel == "") != (len(f.TopicLabels) == 0) {
		return nil, bad("topic labels %q with topic model hash %q: want both or neither", f.TopicLabels, f.TopicModel)
	}
	if len(f.StanceLabels) == 0 {
		return nil, bad("no stance labels")
	}
	if slices.Contains(f.StanceLabels, "") || slices.Contains(f.TopicLabels, "") {
		return nil, bad("empty stance or topic label")
	}
	if dup := duplicate(f.StanceLabels); dup != "" {
		return nil, bad("stance label %q appears twice", dup)
	}
	if dup := duplicate(f.TopicLabels); dup != "" {
		return nil, bad("topic label %q appears twice", dup)
	}
	if f.Documents < 0 || f.Quotes < 0 || f.Unattributed < 0 || f.Unattributed > f.Quotes {
		return nil, bad("negative or inconsistent totals")
	}
	if f.Evidence < 0 || f.Evidence > MaxEvidence {
		return nil, bad("evidence limit %d: want 0 to %d", f.Evidence, MaxEvidence)
	}
	if f.Budget < 0 || f.Shift < 0 || f.Shift > 64 {
		return nil, bad("evidence budget %d and shift %d: want a budget of 0 or more and a shift from 0 to 64", f.Budget, f.Shift)
	}
	p := NewPartial(f.StanceLabels, f.TopicLabels)
	p.StanceModel, p.TopicModel = f.StanceModel, f.TopicModel
	p.Documents, p.Quotes, p.Unattributed = f.Documents, f.Quotes, f.Unattributed
	p.Dates, p.Undated, p.Unreadable, p.Evidence = f.Dates, f.Undated, f.Unreadable, f.Evidence
	p.EvidenceBudget, p.EvidenceShift = f.Budget, f.Shift
	if err := p.readDays(&f); err != nil {
		return nil, bad("%v", err)
	}
	for speaker, nf := range f.Names {
		s, err := p.statsOf(nf)
		if err != nil {
			return nil, bad("speaker %q: %v", speaker, err)
		}
		p.Names[speaker] = s
		p.evidenceItems += len(s.Evidence)
	}
	if p.EvidenceBudget > 0 && p.evidenceItems > p.EvidenceBudget {
		return nil, bad("%d statements of evidence, over the budget of %d", p.evidenceItems, p.EvidenceBudget)
	}
	return p, nil
}

// readDays checks and sets the document dates of a partial file.
func (p *Partial) readDays(f *partialFile) error {
	if !f.Dates {
		if len(f.Days) > 0 || f.Undated != 0 || f.Unreadable != 0 {
			return errors.New(`document dates without "dates": true`)
		}
		return nil
	}
	dated := 0
	for k, n := range f.Days {
		d, err := parseDay(k)
		if err != nil {
			return err
		}
		if n <= 0 {
			return fmt.Errorf("day %s has %d documents", k, n)
		}
		if p.Days == nil {
			p.Days = make(map[Day]int, len(f.Days))
		}
		p.Days[d] = n
		dated += n
	}
	if f.Undated < 0 || f.Unreadable < 0 || f.Unreadable > f.Undated || dated+f.Undated != f.Documents {
		return fmt.Errorf("%d dated and %d undated documents (%d unreadable) of %d", dated, f.Undated, f.Unreadable, f.Documents)
	}
	return nil
}

func duplicate(labels []string) string {
	seen := make(map[string]bool)
	for _, l := range labels {
		if seen[l] {
			return l
		}
		seen[l] = true
	}
	return ""
}

// statsOf converts and checks the counts of one speaker from a file,
// rejecting what no run of analyze could have written.
func (p *Partial) statsOf(nf *nameFile) (*NameStats, error) {
	if nf == nil {
		return nil, errors.New("null statistics")
	}
	if nf.Quotes <= 0 || nf.Articles <= 0 || nf.Articles > nf.Quotes {
		return nil, fmt.Errorf("quotes %d and articles %d: want 1 <= articles <= quotes", nf.Quotes, nf.Articles)
	}
	if nf.Confidence < 0 || float64(nf.Confidence)*ConfidenceUnit > float64(nf.Quotes)*(1+1e-9) {
		return nil, errors.New("confidence sum out of range [0, quotes]")
	}
	if nf.Uncertain < 0 || nf.Uncertain > nf.Quotes {
		return nil, fmt.Errorf("uncertain %d: want 0 to quotes %d", nf.Uncertain, nf.Quotes)
	}
	s := p.newStats()
	s.Quotes, s.Articles, s.Confidence, s.Uncertain = nf.Quotes, nf.Articles, nf.Confidence, nf.Uncertain
	certain := nf.Quotes - nf.Uncertain
	roles := 0
	for _, role := range slices.Sorted(maps.Keys(nf.Roles)) {
		n := nf.Roles[role]
		if n <= 0 {
			return nil, fmt.Errorf("role %q has count %d", role, n)
		}
		roles += n
		s.addRole(role, n) // a file may spell one role in two cases
	}
	if roles > nf.Quotes {
		return nil, fmt.Errorf("role counts add up to more than quotes %d", nf.Quotes)
	}
	if err := dense(s.Stance, nf.Stance, p.stanceIndex, "stance", certain); err != nil {
		return nil, err
	}
	for what, m := range map[string]map[string]int{"type": nf.Types, "gender": nf.Genders} {
		for k, n := range m {
			switch {
			case what == "type" && k != TypePerson && k != TypeOrganisation && k != TypeGroup,
				what == "gender" && k != GenderFemale && k != GenderMale:
				return nil, fmt.Errorf("unknown %s %q", what, k)
			case n <= 0 || n > nf.Articles:
				return nil, fmt.Errorf("%s %q has count %d: want 1 to articles %d", what, k, n, nf.Articles)
			}
		}
	}
	s.Types, s.Genders = maps.Clone(nf.Types), maps.Clone(nf.Genders)
	if err := p.readNameDays(s, nf.Days); err != nil {
		return nil, err
	}
	if err := p.readEvidence(s, nf.Evidence); err != nil {
		return nil, err
	}
	if s.Topics == nil {
		if len(nf.Topics) > 0 || len(nf.ByTopic) > 0 {
			return nil, errors.New("topic counts without topic labels")
		}
		return s, nil
	}
	if err := dense(s.Topics, nf.Topics, p.topicIndex, "topic", certain); err != nil {
		return nil, err
	}
	k := len(p.StanceLabels)
	for t, m := range nf.ByTopic {
		ti, ok := p.topicIndex[t]
		if !ok {
			return nil, fmt.Errorf("unknown topic label %q", t)
		}
		if err := dense(s.ByTopic[ti*k:(ti+1)*k], m, p.stanceIndex, "topic "+strconv.Quote(t)+" stance", s.Topics[ti]); err != nil {
			return nil, err
		}
	}
	for ti, n := range s.Topics {
		if n > 0 && nf.ByTopic[p.TopicLabels[ti]] == nil {
			return nil, fmt.Errorf("topic %q has no stance counts", p.TopicLabels[ti])
		}
	}
	return s, nil
}

// dense fills dst from counts by label and checks they add up to want.
func dense(dst []int, counts map[string]int, index map[string]int, what string, want int) error {
	total := 0
	for l, n := range counts {
		i, ok := index[l]
		if !ok {
			return fmt.Errorf("unknown %s label %q", what, l)
		}
		if n < 0 {
			return fmt.Errorf("%s label %q has count %d", what, l, n)
		}
		dst[i] = n
		total += n
	}
	if total != want {
		return fmt.Errorf("%s counts add up to %d, not %d", what, total, want)
	}
	return nil
}

// maxDayCount bounds a name's statements on one day in a file, far from
// the int32 limit of dayCounts.
const maxDayCount = 1 << 28

// readNameDays checks and sets one name's statements per day.
func (p *Partial) readNameDays(s *NameStats, days map[string]*dayFile) error {
	if len(days) > 0 && !p.Dates {
		return errors.New(`statements per day without "dates": true`)
	}
	total := 0
	k := len(p.StanceLabels)
	for key, df := range days {
		d, err := parseDay(key)
		if err != nil {
			return err
		}
		if df == nil || df.Quotes <= 0 || df.Quotes > s.Quotes || df.Quotes > maxDayCount || p.Days[d] == 0 {
			return fmt.Errorf("day %s: no statements, more than the speaker's, or no document of that day", key)
		}
		stance := make([]int, k)
		n := 0
		for _, c := range df.Stance {
			n += c
		}
		if err := dense(stance, df.Stance, p.stanceIndex, "day "+key+" stance", n); err != nil {
			return err
		}
		if n > df.Quotes {
			return fmt.Errorf("day %s: stance counts add up to %d, more than its %d statements", key, n, df.Quotes)
		}
		i, _ := s.days.find(d, k)
		rec := make([]int32, 2+k)
		rec[0], rec[1] = int32(d), int32(df.Quotes)
		for j, c := range stance {
			rec[2+j] = int32(c)
		}
		s.days = slices.Insert(s.days, i, rec...)
		total += df.Quotes
	}
	if total > s.Quotes {
		return fmt.Errorf("statements per day add up to %d, more than quotes %d", total, s.Quotes)
	}
	return nil
}

// readEvidence checks and sets one name's evidence, sorted as a Partial
// keeps it.
func (p *Partial) readEvidence(s *NameStats, evidence []evidenceFile) error {
	if len(evidence) > p.Evidence || len(evidence) > s.Quotes {
		return fmt.Errorf("%d statements of evidence: want at most the evidence limit %d and quotes %d", len(evidence), p.Evidence, s.Quotes)
	}
	for i, ef := range evidence {
		e := Evidence{Doc: ef.Doc, Path: ef.Path, Line: ef.Line, Title: ef.Title, Date: ef.Date, URL: ef.URL,
			Context: ef.Context, Start: ef.Start, Content: ef.Content, Source: ef.Source,
			Speaker: ef.Speaker, Stance: ef.Stance, Confidence: ef.Confidence, Topic: ef.Topic, Uncertain: ef.Uncertain}
		end := e.Start + len(e.Context)
		inside := func(r [2]int) bool { return e.Start <= r[0] && r[0] <= r[1] && r[1] <= end }
		_, stanceOK := p.stanceIndex[e.Stance]
		switch _, topicOK := p.topicIndex[e.Topic]; {
		case e.Start < 0 || e.Line < 0 || len(e.Content) == 0:
			return fmt.Errorf("evidence %d: no content, or a negative offset or line", i+1)
		case slices.ContainsFunc(e.Content, func(r [2]int) bool { return !inside(r) }),
			e.Source != [2]int{} && !inside(e.Source):
			return fmt.Errorf("evidence %d: a range outside its context [%d, %d]", i+1, e.Start, end)
		case !stanceOK:
			return fmt.Errorf("evidence %d: unknown stance label %q", i+1, e.Stance)
		case len(p.TopicLabels) > 0 && !topicOK, len(p.TopicLabels) == 0 && e.Topic != "":
			return fmt.Errorf("evidence %d: unknown topic label %q", i+1, e.Topic)
		case !(e.Confidence >= 0 && e.Confidence <= 1):
			return fmt.Errorf("evidence %d: confidence %v outside [0, 1]", i+1, e.Confidence)
		}
		e.hash = evidenceHash(e.Doc, e.Content)
		if !p.admits(e.hash) {
			return fmt.Errorf("evidence %d: not in the 1 in 2^%d sample the partial keeps", i+1, p.EvidenceShift)
		}
		s.Evidence, _ = keepEvidence(s.Evidence, &e, p.Evidence)
	}
	return nil
}
