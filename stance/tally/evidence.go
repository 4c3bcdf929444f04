package tally

// Evidence: the statements behind a row, kept so that every figure can be
// traced to what was said. A Partial made with an evidence limit K keeps,
// for each name, the K statements with the smallest hash of their document
// id and content offsets: a uniform sample that does not depend on the
// order documents arrive in, so the sample of a merge is the sample of a
// single run, and the sample of an actor is the K smallest of its names'
// samples.

import (
	"cmp"
	"slices"
	"strings"
)

// MaxEvidence is the largest evidence limit a Partial file may give.
const MaxEvidence = 10000

// DefaultEvidenceBudget is the evidence budget stance report and analyze
// --partial --evidence use: at most this many statements kept over all
// names, some 50 to 100 MB, whatever the corpus.
const DefaultEvidenceBudget = 100000

// The evidence budget (Partial.EvidenceBudget). Each name keeps its K
// statements of smallest hash, but only among the statements whose hash
// is below 2^(64-s), for the shift s (Partial.EvidenceShift): a 1 in 2^s
// sample of all statements. s starts at 0 (every statement) and grows by
// one, dropping the kept statements above the new bound, whenever more
// than the budget are kept. The number kept at a given s only grows as
// statements come (a name's count is min(K, its statements below the
// bound)), so s ends as the smallest shift whose count fits the budget,
// whatever the order of the statements: a merge of Partials, which takes
// the larger shift and thins again, ends where a single run does.

// admits reports whether a statement of hash h is below the bound.
func (p *Partial) admits(h uint64) bool {
	switch {
	case p.EvidenceShift <= 0:
		return true
	case p.EvidenceShift >= 64:
		return false
	}
	return h>>(64-p.EvidenceShift) == 0
}

// pruneEvidence drops the kept statements the bound no longer admits and
// recounts them.
func (p *Partial) pruneEvidence() {
	p.evidenceItems = 0
	for _, s := range p.Names {
		i := 0
		for i < len(s.Evidence) && p.admits(s.Evidence[i].hash) {
			i++
		}
		clear(s.Evidence[i:])
		s.Evidence = s.Evidence[:i]
		p.evidenceItems += i
	}
}

// thin halves the sample until the kept statements fit the budget.
func (p *Partial) thin() {
	for p.EvidenceBudget > 0 && p.evidenceItems > p.EvidenceBudget && p.EvidenceShift < 64 {
		p.EvidenceShift++
		p.pruneEvidence()
	}
}

// An Evidence is one statement kept as evidence, with where it was found.
// Offsets are UTF-8 byte offsets into the document's text, end exclusive.
type Evidence struct {
	Doc   string // the document id
	Path  string // the file the document came from
	Line  int    // its line in Path for JSONL/CSV corpora; 0 for whole files
	Title string // the document's title; "" if none
	Date  string // the document's date as given; "" if none
	URL   string // the document's URL; "" if none

	// Context is the sentence or sentences that hold the statement, as
	// in the document; it starts at byte Start of the document's text.
	Context string
	Start   int
	// Content are the statement's content ranges and Source the speaker's
	// mention (zero if none), in offsets into the document's text; they
	// lie within [Start, Start+len(Context)].
	Content [][2]int
	Source  [2]int

	Speaker    string  // the name as resolved in the document
	Stance     string  // the predicted stance label
	Confidence float64 // the probability of Stance, in [0, 1]
	Topic      string  // the predicted topic label; "" without a topic model
	Uncertain  bool    // the stance probability was below the threshold

	hash uint64 // evidenceHash of Doc and Content; set by the Partial
}

// evidenceHash is the sampling key of a statement: FNV-1a of its document
// id and content offsets, which a split of the corpus does not change.
func evidenceHash(doc string, content [][2]int) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a, 64 bits
	h := uint64(offset)
	for i := 0; i < len(doc); i++ {
		h = (h ^ uint64(doc[i])) * prime
	}
	for _, c := range content {
		for _, v := range c {
			for k := 0; k < 8; k++ { // little endian
				h = (h ^ uint64(byte(uint64(v)>>(8*k)))) * prime
			}
		}
	}
	return h
}

// compareEvidence orders statements by hash, then by what tells two
// statements with the same document id and offsets apart (a document id
// repeated in a corpus), so that the order is total.
func compareEvidence(a, b *Evidence) int {
	if c := cmp.Compare(a.hash, b.hash); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	if c := slices.CompareFunc(a.Content, b.Content, func(x, y [2]int) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	}); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Context, b.Context), cmp.Compare(a.Speaker, b.Speaker),
		cmp.Compare(a.Stance, b.Stance), cmp.Compare(a.Topic, b.Topic),
		cmp.Compare(a.Confidence, b.Confidence), cmp.Compare(a.Title, b.Title),
		cmp.Compare(a.Date, b.Date), cmp.Compare(a.URL, b.URL), cmp.Compare(a.Start, b.Start))
}

// keepEvidence adds e to set, which is sorted by compareEvidence and
// holds at most k statements, and returns the set and whether it grew.
// e is copied (its strings cloned, so a kept statement does not hold its
// document's text) only when it is kept.
func keepEvidence(set []Evidence, e *Evidence, k int) ([]Evidence, bool) {
	if k <= 0 || (len(set) == k && e.hash > set[k-1].hash) {
		return set, false // most statements, once the set is full
	}
	i, found := slices.BinarySearchFunc(set, e, func(x Evidence, e *Evidence) int { return compareEvidence(&x, e) })
	if found || i >= k {
		return set, false // a duplicate, or not among the k smallest
	}
	c := *e
	c.Doc, c.Title, c.Date, c.URL = strings.Clone(c.Doc), strings.Clone(c.Title), strings.Clone(c.Date), strings.Clone(c.URL)
	c.Context, c.Speaker = strings.Clone(c.Context), strings.Clone(c.Speaker)
	c.Content = slices.Clone(c.Content)
	grew := len(set) < k
	if !grew {
		set = set[:k-1]
	}
	return slices.Insert(set, i, c), grew
}

// mergeEvidence returns the k smallest statements of two sorted sets.
func mergeEvidence(a, b []Evidence, k int) []Evidence {
	out := make([]Evidence, 0, min(k, len(a)+len(b)))
	for len(out) < k && (len(a) > 0 || len(b) > 0) {
		switch {
		case len(b) == 0:
			out, a = append(out, a[0]), a[1:]
		case len(a) == 0:
			out, b = append(out, b[0]), b[1:]
		default:
			switch c := compareEvidence(&a[0], &b[0]); {
			case c < 0:
				out, a = append(out, a[0]), a[1:]
			case c > 0:
				out, b = append(out, b[0]), b[1:]
			default: // the same statement twice: keep one
				out, a, b = append(out, a[0]), a[1:], b[1:]
			}
		}
	}
	return out
}
