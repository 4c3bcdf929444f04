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
// a whole local file through a corpus.Corpus over its path; a remote
// file, and a range of a JSONL file, through a corpus.Corpus over
// standard input in the file's format, with the positions put back.
type readFn struct {
	TextField, IDField, DateField, Encoding string
}

func (f *readFn) ProcessElement(ctx context.Context, c chunk, emit func(*corpus.Document), dead func(DeadLetter)) error {
	for _, path := range c.Paths {
		if err := f.read(ctx, c, path, emit, dead); err != nil {
			return err
		}
	}
	return nil
}

// read reads one file of c, or c's range of it.
func (f *readFn) read(ctx context.Context, c chunk, path string, emit func(*corpus.Document), dead func(DeadLetter)) error {
	pos := position{path: path, byPath: !c.Range && isLocal(path)}
	if c.Range {
		pos.firstLine = c.FirstLine
	}
	opts := corpus.DefaultOptions
	opts.TextField, opts.IDField, opts.DateField, opts.Encoding = f.TextField, f.IDField, f.DateField, f.Encoding
	// Notes about documents read all the same (a charset detected, an id
	// repeated in the chunk) are warnings in the worker's log.
	opts.OnWarning = func(err error) {
		warnings.Inc(ctx, 1)
		log.Warnf(ctx, "stance: warning: %v", pos.fix(err))
	}
	var cp *corpus.Corpus
	if pos.byPath {
		cp = corpus.NewCorpusOptions([]string{path}, nil, opts)
	} else {
		r, err := c.open(ctx, path)
		if err != nil {
			badRecord(ctx, dead, &corpus.DocError{File: path, Err: err})
			return nil
		}
		defer r.Close()
		opts.StdinFormat, _ = inputFormat(path)
		cp = corpus.NewCorpusOptions([]string{"-"}, r, opts)
	}
	defer cp.Close()
	for {
		doc, err := cp.Next()
		if err == io.EOF {
			return nil
		}
		var de *corpus.DocError
		if errors.As(pos.fix(err), &de) {
			badRecord(ctx, dead, de)
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if !pos.byPath {
			doc.Path = path
			if doc.Line > 0 && pos.firstLine > 0 {
				doc.Line += pos.firstLine - 1
			}
		}
		documents.Inc(ctx, 1)
		emit(doc)
	}
}

// open returns a reader of the bytes of path that c reads: the whole
// file, or c's range of it.
func (c chunk) open(ctx context.Context, path string) (io.ReadCloser, error) {
	r, err := openFile(ctx, path)
	if err != nil || !c.Range {
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

// A position puts the file and line of a file read as standard input
// into the *corpus.DocErrors of its corpus.
type position struct {
	path      string
	byPath    bool // read by its path: the corpus names it itself
	firstLine int  // the line a range starts at; 0 for a whole file
}

// fix returns err with the position put back; errors that are not
// *corpus.DocErrors are returned as they are.
func (p position) fix(err error) error {
	var de *corpus.DocError
	if !errors.As(err, &de) || p.byPath {
		return err
	}
	fixed := *de
	fixed.File = p.path
	if fixed.Line > 0 && p.firstLine > 0 {
		fixed.Line += p.firstLine - 1
	}
	return &fixed
}
