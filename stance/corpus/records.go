package corpus

// Record readers: JSONL and CSV corpora, one article per record, each
// record streamed and checked on its own so a bad one costs only itself.

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance/internal/jsonerr"
)

// recordReader reads a JSONL or CSV corpus record by record.
type recordReader interface {
	next() (*Document, error)
	close()
}

func newRecordReader(format, path string, r io.Reader, c io.Closer) recordReader {
	if format == FormatCSV {
		return newCSVReader(path, r, c)
	}
	return &jsonlReader{path: path, br: bufio.NewReaderSize(r, 64<<10), closer: c}
}

// jsonlReader reads one article object per line.
type jsonlReader struct {
	path   string
	br     *bufio.Reader
	closer io.Closer
	line   int
	buf    []byte
}

// articleRecord is the JSONL article schema: text is required.
type articleRecord struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Date   string          `json:"date"`
	Source string          `json:"source"`
	URL    string          `json:"url"`
	Text   *string         `json:"text"`
}

func (j *jsonlReader) next() (*Document, error) {
	for {
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
		doc, err := parseArticleJSON(line)
		if err != nil {
			return nil, &DocError{File: j.path, Line: j.line, Err: err}
		}
		doc.Path, doc.Line = j.path, j.line
		if doc.ID == "" {
			doc.ID = fmt.Sprintf("%s:%d", stem(j.path), j.line)
		}
		return doc, nil
	}
}

// readLine returns the next line without its newline. A line longer than
// MaxRecordBytes is consumed and reported as tooLong, not kept in memory.
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

func parseArticleJSON(line []byte) (*Document, error) {
	if !utf8.Valid(line) {
		return nil, fmt.Errorf("%w: fix the encoding of this record", ErrInvalidUTF8)
	}
	var rec articleRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRecord, jsonerr.Message(err))
	}
	if rec.Text == nil {
		return nil, fmt.Errorf("%w: missing \"text\" field", ErrRecord)
	}
	if strings.TrimSpace(*rec.Text) == "" {
		return nil, ErrEmpty
	}
	if strings.IndexByte(*rec.Text, 0) >= 0 {
		return nil, ErrBinary
	}
	doc := &Document{Title: rec.Title, Date: rec.Date, Source: rec.Source, URL: rec.URL, Text: *rec.Text}
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		var s string
		if json.Unmarshal(rec.ID, &s) == nil {
			doc.ID = s
		} else {
			doc.ID = string(rec.ID) // a number, kept as written
		}
	}
	return doc, nil
}

// csvReader reads a CSV corpus whose header names a "text" column and
// optionally id, title, date, source and url.
type csvReader struct {
	path    string
	r       *csv.Reader
	closer  io.Closer
	cols    map[string]int
	lastErr int // line of the last parse error, to stop on a stuck reader
	done    bool
}

func newCSVReader(path string, r io.Reader, c io.Closer) *csvReader {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return &csvReader{path: path, r: cr, closer: c}
}

func (c *csvReader) next() (*Document, error) {
	if c.done {
		return nil, io.EOF
	}
	if c.cols == nil {
		header, err := c.r.Read()
		if err != nil {
			c.done = true
			if err == io.EOF {
				return nil, &DocError{File: c.path, Line: 1, Err: fmt.Errorf("%w: no header row", ErrEmpty)}
			}
			return nil, &DocError{File: c.path, Line: 1, Err: fmt.Errorf("%w: %v", ErrRecord, err)}
		}
		c.cols = map[string]int{}
		for i, name := range header {
			c.cols[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\ufeff")))] = i
		}
		if _, ok := c.cols["text"]; !ok {
			c.done = true
			return nil, &DocError{File: c.path, Line: 1, Err: fmt.Errorf("%w: header has no \"text\" column", ErrRecord)}
		}
	}
	rec, err := c.r.Read()
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
		return nil, &DocError{File: c.path, Err: err}
	}
	line, _ := c.r.FieldPos(0)
	field := func(name string) string {
		if i, ok := c.cols[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	text := field("text")
	switch {
	case strings.TrimSpace(text) == "":
		return nil, &DocError{File: c.path, Line: line, Err: ErrEmpty}
	case !utf8.ValidString(text):
		return nil, &DocError{File: c.path, Line: line, Err: ErrInvalidUTF8}
	}
	doc := &Document{ID: field("id"), Path: c.path, Line: line, Title: field("title"), Date: field("date"),
		Source: field("source"), URL: field("url"), Text: text}
	if doc.ID == "" {
		doc.ID = fmt.Sprintf("%s:%d", stem(c.path), line)
	}
	return doc, nil
}

func (c *csvReader) close() {
	if c.closer != nil {
		c.closer.Close()
	}
}
