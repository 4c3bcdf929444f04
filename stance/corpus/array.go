package corpus

// JSON arrays: a .json corpus holding one array of article objects is read
// element by element, so memory is bounded by the largest element.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// arrayReader reads the elements of one JSON array of article objects. A
// bad element costs only itself, but invalid JSON ends the file: the
// decoder cannot find the next element after it.
type arrayReader struct {
	path    string
	in      *lineCounter
	dec     *json.Decoder
	closer  io.Closer
	opts    Options
	text    *recordText
	started bool
	done    bool
}

func newArrayReader(path string, r io.Reader, c io.Closer, opts Options, text *recordText) *arrayReader {
	in := &lineCounter{r: r, limit: MaxRecordBytes}
	return &arrayReader{path: path, in: in, dec: json.NewDecoder(in), closer: c, opts: opts, text: text}
}

func (a *arrayReader) next() (*Document, error) {
	if a.done {
		return nil, io.EOF
	}
	if !a.started {
		a.started = true
		if _, err := a.dec.Token(); err != nil { // the "[" that sniffJSON saw
			return nil, a.fail(err, 1)
		}
	}
	more := a.dec.More()
	line := a.in.lineAt(a.elementStart())
	if !more {
		a.done = true
		if _, err := a.dec.Token(); err != nil {
			return nil, a.fail(err, line)
		}
		if _, err := a.dec.Token(); err != io.EOF {
			var se *json.SyntaxError
			if errors.As(err, &se) || err == nil {
				return nil, &DocError{File: a.path, Line: a.in.lineAt(a.dec.InputOffset()), Err: fmt.Errorf("%w: more data after the array of articles; ignored", ErrRecord)}
			}
			return nil, a.fail(err, line)
		}
		return nil, io.EOF
	}
	a.in.sinceMark = 0
	var raw json.RawMessage
	if err := a.dec.Decode(&raw); err != nil {
		return nil, a.fail(err, line)
	}
	// The line above may fall short when the buffer ended in the space
	// before the element; the element's own bytes end where the decoder is.
	line = a.in.lineAt(a.dec.InputOffset() - int64(len(raw)))
	obj, charset, err := a.text.decode(raw, line)
	if err != nil {
		return nil, &DocError{File: a.path, Line: line, Err: err}
	}
	doc, err := parseArticle(obj, a.opts)
	if err != nil {
		return nil, &DocError{File: a.path, Line: line, Err: err}
	}
	doc.Path, doc.Line, doc.Encoding = a.path, line, charset
	if doc.ID == "" {
		doc.ID = fmt.Sprintf("%s:%d", stem(a.path), line)
	}
	return doc, nil
}

// elementStart returns the input offset of the next element: past the
// white space and comma after the last value read, as far as the
// decoder's buffer goes.
func (a *arrayReader) elementStart() int64 {
	off := a.dec.InputOffset()
	buf, _ := a.dec.Buffered().(*bytes.Reader)
	if buf == nil {
		return off
	}
	for {
		b, err := buf.ReadByte()
		if err != nil {
			return off
		}
		switch b {
		case ' ', '\t', '\r', '\n', ',':
			off++
			continue
		}
		return off
	}
}

// fail ends the file with err, an error of the element that starts at
// line.
func (a *arrayReader) fail(err error, line int) error {
	a.done = true
	var se *json.SyntaxError
	switch {
	case errors.Is(err, errRecordBound):
		err = fmt.Errorf("%w: an element longer than %d bytes; the rest of the file is skipped", ErrTooLarge, MaxRecordBytes)
	case errors.As(err, &se):
		if se.Offset >= a.in.base {
			line = a.in.lineAt(se.Offset)
		}
		err = fmt.Errorf("%w: invalid JSON: %v; the rest of the file is skipped", ErrRecord, se)
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		err = fmt.Errorf("%w: the array is not closed", ErrRecord)
	default:
		var de *DocError
		if errors.As(err, &de) {
			return err
		}
	}
	return &DocError{File: a.path, Line: line, Err: err}
}

// lineCounter passes on a reader's bytes, keeping those not yet counted
// so that lineAt can name the line of an input offset, and failing with
// errRecordBound once more than limit bytes were read since sinceMark
// was last reset.
type lineCounter struct {
	r         io.Reader
	pending   []byte // the bytes from offset base on
	base      int64
	lines     int // line feeds before base
	sinceMark int64
	limit     int64
}

func (l *lineCounter) Read(p []byte) (int, error) {
	if l.sinceMark > l.limit {
		return 0, errRecordBound
	}
	n, err := l.r.Read(p)
	l.pending = append(l.pending, p[:n]...)
	l.sinceMark += int64(n)
	return n, err
}

// lineAt returns the 1-based line of input offset off. Offsets asked must
// not decrease; the bytes before off are let go.
func (l *lineCounter) lineAt(off int64) int {
	k := int(min(max(off-l.base, 0), int64(len(l.pending))))
	l.lines += bytes.Count(l.pending[:k], []byte("\n"))
	l.pending = append(l.pending[:0], l.pending[k:]...)
	l.base += int64(k)
	return l.lines + 1
}

func (a *arrayReader) close() {
	if a.closer != nil {
		a.closer.Close()
	}
}
