package corpus

// Record readers: JSONL, JSON and CSV corpora, one article per record,
// each record streamed and checked on its own so a bad one costs only
// itself.

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// recordReader reads a JSONL, JSON or CSV corpus record by record.
type recordReader interface {
	next() (*Document, error)
	close()
}

// openRecords starts reading a record corpus from r: c.rec is set, or a
// *DocError returned. closer, if not nil, is closed when the corpus ends.
func (c *Corpus) openRecords(format, path string, r io.Reader, closer io.Closer) error {
	rs, err := NewRecordStream(r, c.opts.Encoding)
	if err != nil { // not after Validate
		if closer != nil {
			closer.Close()
		}
		return &DocError{File: path, Err: err}
	}
	br, text := rs.Reader(), &recordText{RecordStream: rs, path: path, warn: c.warn}
	if format == FormatJSON {
		if format, err = sniffJSON(path, br); err != nil {
			if closer != nil {
				closer.Close()
			}
			return err
		}
	}
	switch format {
	case FormatCSV:
		c.rec = newCSVReader(path, br, closer, c.opts, text)
	case FormatJSON:
		c.rec = newArrayReader(path, br, closer, c.opts, text)
	default:
		c.rec = &jsonlReader{path: path, br: br, closer: closer, opts: c.opts, text: text}
	}
	return nil
}

// sniffJSON tells the two shapes of a .json file apart by its first
// character: "{" starts one object per line (JSONL), "[" an array.
func sniffJSON(path string, br *bufio.Reader) (string, error) {
	line := 1
	for {
		b, err := br.ReadByte()
		if err != nil {
			if err == io.EOF {
				return "", &DocError{File: path, Err: ErrEmpty}
			}
			return "", &DocError{File: path, Line: line, Err: err}
		}
		switch b {
		case ' ', '\t', '\r':
			continue
		case '\n':
			line++
			continue
		}
		br.UnreadByte()
		switch b {
		case '{':
			return FormatJSONL, nil
		case '[':
			return FormatJSON, nil
		}
		return "", &DocError{File: path, Line: line, Err: fmt.Errorf("%w: a .json corpus holds one article object per line, or an array of article objects", ErrRecord)}
	}
}

// recordText decodes the records of one stream, noting the first record
// decoded from each detected charset.
type recordText struct {
	*RecordStream
	path string
	warn func(error)
}

// decode returns one record as UTF-8 and the charset it was decoded from.
func (t *recordText) decode(raw []byte, line int) ([]byte, string, error) {
	text, charset, err := t.Decode(raw)
	if err != nil {
		return nil, "", err
	}
	if note := t.Note(t.path, line, charset); note != nil {
		t.warn(note)
	}
	return text, charset, nil
}

// decodeFields is decode for the fields of one CSV record.
func (t *recordText) decodeFields(fields []string, line int) ([]string, string, error) {
	out, charset, err := t.DecodeFields(fields)
	if err != nil {
		return nil, "", err
	}
	if note := t.Note(t.path, line, charset); note != nil {
		t.warn(note)
	}
	return out, charset, nil
}

// jsonlReader reads one article object per line.
type jsonlReader struct {
	path   string
	br     *bufio.Reader
	closer io.Closer
	opts   Options
	text   *recordText
	line   int
	buf    []byte
	done   bool // a read error ended the stream
}

func (j *jsonlReader) next() (*Document, error) {
	for {
		if j.done {
			return nil, io.EOF
		}
		line, tooLong, err := j.readLine()
		if err != nil {
			return nil, err
		}
		j.line++
		if tooLong {
			return nil, &DocError{File: j.path, Line: j.line, Err: fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, MaxRecordBytes)}
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		line, charset, err := j.text.decode(line, j.line)
		if err != nil {
			return nil, &DocError{File: j.path, Line: j.line, Err: err}
		}
		doc, err := parseArticle(line, j.opts)
		if cap(j.buf) > 1<<20 {
			j.buf = nil // do not keep a large record's buffer for the next
		}
		if err != nil {
			return nil, &DocError{File: j.path, Line: j.line, Err: err}
		}
		doc.Path, doc.Line, doc.Encoding = j.path, j.line, charset
		if doc.ID == "" {
			doc.ID = fmt.Sprintf("%s:%d", stem(j.path), j.line)
		}
		return doc, nil
	}
}

// readLine returns the next line without its newline. A line longer than
// MaxRecordBytes is consumed and reported as tooLong, not kept in memory.
// A read error ends the stream.
func (j *jsonlReader) readLine() (line []byte, tooLong bool, err error) {
	j.buf = j.buf[:0]
	for {
		chunk, err := j.br.ReadSlice('\n')
		if !tooLong {
			if len(j.buf)+len(chunk) > MaxRecordBytes {
				tooLong = true
				j.buf = j.buf[:0]
			} else {
				j.buf = append(j.buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF:
			if len(j.buf) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			return j.buf, tooLong, nil
		case err != nil:
			j.done = true
			return nil, false, &DocError{File: j.path, Line: j.line + 1, Err: err}
		}
		return bytes.TrimRight(j.buf, "\r\n"), tooLong, nil
	}
}

func (j *jsonlReader) close() {
	if j.closer != nil {
		j.closer.Close()
	}
}

// csvReader reads a CSV corpus whose header names the text column and
// optionally the id, title, date, source and url columns.
type csvReader struct {
	path    string
	r       *csv.Reader
	in      *boundedReader
	closer  io.Closer
	opts    Options
	text    *recordText
	cols    map[string]int
	lastErr int // line of the last parse error, to stop on a stuck reader
	done    bool
}

func newCSVReader(path string, r io.Reader, c io.Closer, opts Options, text *recordText) *csvReader {
	in := &boundedReader{r: r, limit: MaxRecordBytes}
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return &csvReader{path: path, r: cr, in: in, closer: c, opts: opts, text: text}
}

// errRecordBound is the error of a boundedReader over its limit.
var errRecordBound = errors.New("record bound")

// boundedReader fails once more than limit bytes were read since the last
// reset: encoding/csv keeps a whole record in memory however long it is.
type boundedReader struct {
	r     io.Reader
	n     int64
	limit int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.n > b.limit {
		return 0, errRecordBound
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}

// read is c.r.Read with the record bound reset, since encoding/csv reads
// ahead at most a buffer (4 KiB) past the record it returns.
func (c *csvReader) read() ([]string, error) {
	c.in.n = 0
	off := c.r.InputOffset()
	rec, err := c.r.Read()
	if errors.Is(err, errRecordBound) {
		c.done = true
		return nil, &DocError{File: c.path, Err: fmt.Errorf("%w: the record after byte %d is longer than %d bytes; the rest of the file is skipped", ErrTooLarge, off, MaxRecordBytes)}
	}
	return rec, err
}

func (c *csvReader) next() (*Document, error) {
	if c.done {
		return nil, io.EOF
	}
	if c.cols == nil {
		if err := c.readHeader(); err != nil {
			c.done = true
			return nil, err
		}
	}
	rec, err := c.read()
	if err == io.EOF {
		c.done = true
		return nil, io.EOF
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			if pe.StartLine == c.lastErr {
				c.done = true
			}
			c.lastErr = pe.StartLine
			return nil, &DocError{File: c.path, Line: pe.StartLine, Err: fmt.Errorf("%w: %v", ErrRecord, pe.Err)}
		}
		c.done = true
		var de *DocError
		if errors.As(err, &de) {
			return nil, err
		}
		return nil, &DocError{File: c.path, Err: err}
	}
	line, _ := c.r.FieldPos(0)
	rec, charset, err := c.text.decodeFields(rec, line)
	if err != nil {
		return nil, &DocError{File: c.path, Line: line, Err: err}
	}
	field := func(name string) string {
		if i, ok := c.cols[strings.ToLower(strings.TrimSpace(name))]; ok && name != "" && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	text := field(c.opts.TextField)
	switch {
	case strings.TrimSpace(text) == "":
		return nil, &DocError{File: c.path, Line: line, Err: ErrEmpty}
	case strings.IndexByte(text, 0) >= 0:
		return nil, &DocError{File: c.path, Line: line, Err: ErrBinary}
	}
	doc := &Document{ID: field(c.opts.IDField), Path: c.path, Line: line, Title: field("title"), Date: field(c.opts.DateField),
		Source: field("source"), URL: field("url"), Text: text, Encoding: charset}
	if doc.ID == "" {
		doc.ID = fmt.Sprintf("%s:%d", stem(c.path), line)
	}
	return doc, nil
}

// readHeader reads the header row and finds the columns.
func (c *csvReader) readHeader() error {
	header, err := c.read()
	if err != nil {
		var de *DocError
		switch {
		case err == io.EOF:
			return &DocError{File: c.path, Line: 1, Err: fmt.Errorf("%w: no header row", ErrEmpty)}
		case errors.As(err, &de):
			return err
		}
		return &DocError{File: c.path, Line: 1, Err: fmt.Errorf("%w: %v", ErrRecord, err)}
	}
	header, _, err = c.text.decodeFields(header, 1)
	if err != nil {
		return &DocError{File: c.path, Line: 1, Err: err}
	}
	c.cols = map[string]int{}
	for i, name := range header {
		name = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\ufeff")))
		if _, dup := c.cols[name]; !dup {
			c.cols[name] = i
		}
	}
	if _, ok := c.cols[strings.ToLower(strings.TrimSpace(c.opts.TextField))]; !ok {
		return &DocError{File: c.path, Line: 1, Err: fmt.Errorf("%w: header has no %q column", ErrRecord, c.opts.TextField)}
	}
	return nil
}

func (c *csvReader) close() {
	if c.closer != nil {
		c.closer.Close()
	}
}
