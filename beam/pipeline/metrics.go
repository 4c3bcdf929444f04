package pipeline

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Namespace is the namespace of the pipeline's counters.
const Namespace = "stance"

var (
	documents    = beam.NewCounter(Namespace, "documents")
	statements   = beam.NewCounter(Namespace, "statements")
	unattributed = beam.NewCounter(Namespace, "unattributed")
	badRecords   = beam.NewCounter(Namespace, "bad_records")
	warnings     = beam.NewCounter(Namespace, "warnings")
	speakers     = beam.NewCounter(Namespace, "speakers")
)

// Counts are the pipeline's counters after a run.
type Counts struct {
	Documents    int64 // documents read and analysed
	Statements   int64 // statements found, attributed or not
	Unattributed int64 // statements without a speaker
	BadRecords   int64 // records skipped, each a DeadLetter
	Warnings     int64 // notes about documents read all the same (a charset detected, an id repeated)
	Speakers     int64 // actors in the summary, before --min-quotes and --top
}

// Metrics returns the counters of a finished run: their committed values
// where the runner reports them, else the attempted ones.
func Metrics(r beam.PipelineResult) Counts {
	var c Counts
	if r == nil {
		return c
	}
	fields := map[string]*int64{
		"documents": &c.Documents, "statements": &c.Statements, "unattributed": &c.Unattributed,
		"bad_records": &c.BadRecords, "warnings": &c.Warnings, "speakers": &c.Speakers,
	}
	for _, cr := range r.Metrics().AllMetrics().Counters() {
		if p, ok := fields[cr.Name()]; ok && cr.Namespace() == Namespace {
			*p += cr.Result()
		}
	}
	return c
}
