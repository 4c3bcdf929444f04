package pipeline

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/tally"
)

// Options describe one run of the pipeline. Start from DefaultOptions.
type Options struct {
	// Inputs are the files to analyse: globs, files or directories, on any
	// file system Beam knows (a local path, gs://bucket/path/*.jsonl).
	// A directory is walked recursively for the files "stance analyze"
	// reads in one (.txt, .html, .jsonl, .json, .csv, each also .gz).
	Inputs []string
	// Output is the file the summary (or the Partial) is written to.
	Output string
	// DeadLetters is the JSON Lines file the bad records are written to,
	// one DeadLetter per line, sorted by file and line; it is written,
	// empty or not, on every run.
	DeadLetters string

	// StanceModel and TopicModel are model files as written by "stance
	// train"; nil means the embedded default. NoTopics analyses without
	// a topic model. The bytes travel with the pipeline, so workers need
	// no access to the files.
	StanceModel, TopicModel []byte
	NoTopics                bool
	// AllAttributions counts every attribution (quote.DefaultOptions),
	// not only the statements (stance.StatementOptions).
	AllAttributions bool
	// MinConfidence, in [0, 1), counts the statements whose stance
	// probability is below it as uncertain (stance.Options.MinConfidence).
	MinConfidence float64
	// TopicContext weighs the article's topic in each statement's topic
	// (stance.Models.TopicContext), 0 or more.
	TopicContext float64
	// Dates counts the documents' dates (stance.Options.Dates), as
	// Summary.Period needs, and a Partial for merges by period may.
	Dates bool

	// TextField, IDField, DateField and Encoding are the corpus options
	// of the same names (see corpus.Options).
	TextField, IDField, DateField, Encoding string

	// Summary are the options of the summary, Format its format (one of
	// report.Formats). Partial writes the merged tally.Partial instead,
	// the file "stance analyze --partial" writes, for "stance merge".
	Summary tally.SummaryOptions
	Format  string
	Partial bool

	// ChunkBytes is the size, in bytes, of the chunks an uncompressed
	// UTF-8 JSONL file is cut into so that workers read it in parallel;
	// a file no larger is one chunk. At least 1.
	ChunkBytes int64
}

// DefaultOptions are the defaults of "stance analyze": embedded models,
// statements only, the article's topic weighed in at
// stance.DefaultTopicContext, the default summary as a table; and 8 MiB
// chunks (about a second of work for one core).
var DefaultOptions = Options{
	TextField:    corpus.DefaultOptions.TextField,
	IDField:      corpus.DefaultOptions.IDField,
	DateField:    corpus.DefaultOptions.DateField,
	Summary:      tally.DefaultSummaryOptions,
	Format:       report.Table,
	TopicContext: stance.DefaultTopicContext,
	ChunkBytes:   8 << 20,
}

// ErrOptions is wrapped by the errors of Options.Validate.
var ErrOptions = errors.New("invalid options")

// Validate reports the first unusable option, naming its field. It does
// not read the models (New does).
func (o Options) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrOptions, fmt.Sprintf(format, args...))
	}
	switch {
	case len(o.Inputs) == 0:
		return bad("no Inputs")
	case slices.Contains(o.Inputs, ""):
		return bad("an empty path in Inputs")
	case o.Output == "":
		return bad("no Output")
	case o.DeadLetters == "":
		return bad("no DeadLetters")
	case o.DeadLetters == o.Output:
		return bad("DeadLetters and Output are the same file %q", o.Output)
	case o.ChunkBytes < 1:
		return bad("ChunkBytes is %d, want 1 or more", o.ChunkBytes)
	case !(o.MinConfidence >= 0 && o.MinConfidence < 1):
		return bad("MinConfidence is %v, want a probability in [0, 1)", o.MinConfidence)
	case !(o.TopicContext >= 0):
		return bad("TopicContext is %v, want a weight of 0 or more", o.TopicContext)
	case o.Summary.Period != "" && !o.Dates:
		return bad("Summary.Period %q needs Dates", o.Summary.Period)
	case strings.TrimSpace(o.TextField) == "":
		return bad("TextField must name a field")
	}
	if err := report.CheckFormat(o.Format); err != nil {
		return bad("Format: %v", err)
	}
	if err := o.Summary.Validate(); err != nil {
		return bad("Summary: %v", err)
	}
	if err := o.corpusOptions().Validate(); err != nil {
		return bad("%v", err)
	}
	return nil
}

// corpusOptions are the corpus options a chunk is read with.
func (o Options) corpusOptions() corpus.Options {
	c := corpus.DefaultOptions
	c.TextField, c.IDField, c.DateField, c.Encoding = o.TextField, o.IDField, o.DateField, o.Encoding
	return c
}
