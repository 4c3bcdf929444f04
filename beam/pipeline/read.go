package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/stancekit/stancekit/stance/corpus"
)

// A DeadLetter is a bad record: one "stance analyze" warns about and
// skips (an empty or binary file, a malformed JSONL line, a record
// without text). It is written as one JSON object per line.
type DeadLetter struct {
	File string `json:"file"`           // the input file
	Line int    `json:"line,omitempty"` // 1-based line in File; 0 for a whole file
	// Error says what is wrong, without the position: "bad record:
	// missing \"text\" field".
	Error string `json:"error"`
}

// String is the dead letter as "stance analyze" warns about it:
// "corpus.jsonl:4: bad record: missing "text" field".
func (d DeadLetter) String() string {
	return (&corpus.DocError{File: d.File, Line: d.Line, Err: errors.New(d.Error)}).Error()
}

// badRecord counts a bad record and sends it to the dead-letter output.
func badRecord(ctx context.Context, dead func(DeadLetter), e *corpus.DocError) {
	badRecords.Inc(ctx, 1)
	dead(DeadLetter{File: e.File, Line: e.Line, Error: e.Err.Error()})
}

// readFn reads the documents of a chunk with the reader "stance analyze"
// uses, so a record gives the same document, or the same error, as there:
// a whole local file through a corpus.Corpus over its path, a remote file
// and a chunk of a JSONL file through a corpus.Corpus over standard input
// in the file's format, with the positions put back.
type readFn struct {
	TextField, IDField, DateField, Encoding string
}

func (f *readFn) ProcessElement(ctx context.Context, c chunk, emit func(*corpus.Document), dead func(DeadLetter)) error {
	opts := corpus.DefaultOptions
	opts.TextField, opts.IDField, opts.DateField, opts.Encoding = f.TextField, f.IDField, f.DateField, f.Encoding
	// Notes about documents read all the same (a charset detected, an id
	// repeated in the chunk) are warnings in the worker's log.
	opts.OnWarning = func(err error) {
		warnings.Inc(ctx, 1)
		log.Warnf(ctx, "stance: warning: %v", c.position(err))
	}
	var cp *corpus.Corpus
	if c.Whole && isLocal(c.Path) {
		cp = corpus.NewCorpusOptions([]string{c.Path}, nil, opts)
	} else {
		r, err := c.open(ctx)
		if err != nil {
			badRecord(ctx, dead, &corpus.DocError{File: c.Path, Err: err})
			return nil
		}
		defer r.Close()
		opts.StdinFormat = c.Format
		cp = corpus.NewCorpusOptions([]string{"-"}, r, opts)
	}
	defer cp.Close()
	for {
		doc, err := cp.Next()
		if err == io.EOF {
			return nil
		}
		var de *corpus.DocError
		if errors.As(c.position(err), &de) {
			badRecord(ctx, dead, de)
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", c.Path, err)
		}
		if !c.Whole || !isLocal(c.Path) {
			doc.Path = c.Path
			if doc.Line > 0 {
				doc.Line += c.FirstLine - 1
			}
		}
		documents.Inc(ctx, 1)
		emit(doc)
	}
}

// open returns a reader of the chunk's bytes.
func (c chunk) open(ctx context.Context) (io.ReadCloser, error) {
	r, err := openFile(ctx, c.Path)
	if err != nil || c.Whole {
		return r, err
	}
	if f, ok := r.(*os.File); ok {
		_, err = f.Seek(c.Start, io.SeekStart)
	} else {
		_, err = io.CopyN(io.Discard, r, c.Start)
	}
	if err != nil {
		r.Close()
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{io.LimitReader(r, c.End-c.Start), r}, nil
}

// position puts the file and line of the chunk into a *corpus.DocError of
// a corpus read over standard input; other errors are returned as they
// are.
func (c chunk) position(err error) error {
	var de *corpus.DocError
	if !errors.As(err, &de) || (c.Whole && isLocal(c.Path)) {
		return err
	}
	fixed := *de
	fixed.File = c.Path
	if fixed.Line > 0 && !c.Whole {
		fixed.Line += c.FirstLine - 1
	}
	return &fixed
}
