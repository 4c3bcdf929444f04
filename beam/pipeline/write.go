package pipeline

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"io"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/stancekit/stancekit/internal/atomicfile"
	"github.com/stancekit/stancekit/internal/report"
	"github.com/stancekit/stancekit/stance/tally"
)

// summaryFn writes the summary of the corpus's Partial with the
// renderers of "stance analyze" (report.Write), or with Partial set the
// Partial itself as "stance analyze --partial" writes it.
type summaryFn struct {
	Output  string
	Format  string
	Partial bool
	Summary tally.SummaryOptions
}

func (f *summaryFn) ProcessElement(ctx context.Context, p *tally.Partial) error {
	s, err := tally.Summarize(p, f.Summary)
	if err != nil {
		return err
	}
	speakers.Inc(ctx, int64(s.Actors))
	return writeFile(ctx, f.Output, func(w io.Writer) error {
		if f.Partial {
			_, err := p.WriteTo(w)
			return err
		}
		return report.Write(w, s, f.Format)
	})
}

// deadLetterFn writes the dead letters, sorted by file, line and error,
// as JSON Lines; the file is written, empty, when there are none.
type deadLetterFn struct {
	Path string
}

func (f *deadLetterFn) ProcessElement(ctx context.Context, _ []byte, letters func(*DeadLetter) bool) error {
	var all []DeadLetter
	var d DeadLetter
	for letters(&d) {
		all = append(all, d)
	}
	slices.SortFunc(all, func(a, b DeadLetter) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Error, b.Error))
	})
	return writeFile(ctx, f.Path, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for _, d := range all {
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return bw.Flush()
	})
}

// writeFile writes a file through write: a local file atomically (a
// temporary file renamed when complete), a remote one with its Beam file
// system, whose object appears when the writer is closed.
func writeFile(ctx context.Context, path string, write func(io.Writer) error) error {
	if isLocal(path) {
		return atomicfile.Write(path, 0o644, write)
	}
	// Cancelling the context of the writer abandons the object, so a
	// failed write leaves none (closing would commit what was written).
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	if err := write(w); err != nil {
		cancel()
		w.Close()
		return err
	}
	return w.Close()
}
