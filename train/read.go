// Package train reads labeled data, trains and evaluates stance and topic
// classifiers: k-fold cross-validation, metrics, model selection and
// atomic model files. The classifier itself lives in package stance/nb.
package train

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
)

// Errors of bad records, wrapped in a *corpus.DocError that gives the
// file (as given; "-" for standard input) and line (1-based; 0 for the
// file as a whole).
var (
	// ErrSyntax means a line is not valid JSON or CSV.
	ErrSyntax = errors.New("malformed record")
	// ErrMissingField means a record lacks the text or label field, or it is empty.
	ErrMissingField = errors.New("missing field")
	// ErrEmpty means a file holds no records.
	ErrEmpty = errors.New("no records")
	// ErrLineTooLong means a line exceeds MaxLineBytes.
	ErrLineTooLong = errors.New("line too long")
)

// MaxLineBytes bounds one JSONL line or CSV record (64 MiB).
const MaxLineBytes = 64 << 20

// Fields names the fields of labeled data.
type Fields struct {
	Text   string // default "text"
	Label  string // required, e.g. "stance" or "topic"
	Target string // optional; "" means none
}

// DefaultFields returns the fields of the project's labeled data for the
// given label field: "text", label, "target".
func DefaultFields(label string) Fields {
	return Fields{Text: "text", Label: label, Target: "target"}
}

// A Record is one labeled example and where it came from.
type Record struct {
	nb.Example
	Line int
}

// A Reader reads labeled records from one JSONL or CSV (with a header)
// stream, one at a time. A bad record is reported as a *corpus.DocError by
// Read, and the next call continues with the following record.
type Reader struct {
	name   string
	fields Fields
	br     *bufio.Reader
	line   int
	csv    *csv.Reader
	cols   [3]int // text, label, target column; -1 if absent
	n      int    // records returned
	done   bool
	long   []byte
}

// NewReader returns a reader of r, named name in errors. The format is CSV
// when name ends in .csv or .tsv (tab-separated), JSONL otherwise.
func NewReader(r io.Reader, name string, f Fields) *Reader {
	rd := &Reader{name: name, fields: f, br: bufio.NewReaderSize(r, 1<<20)}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".tsv":
		rd.csv = csv.NewReader(rd.br)
		rd.csv.FieldsPerRecord = -1
		rd.csv.ReuseRecord = true
		if strings.EqualFold(filepath.Ext(name), ".tsv") {
			rd.csv.Comma = '\t'
			rd.csv.LazyQuotes = true
		}
		rd.cols = [3]int{-1, -1, -1}
	}
	return rd
}

// Read returns the next record, a *corpus.DocError for a bad one, or io.EOF.
// A file without records yields one *corpus.DocError wrapping ErrEmpty before io.EOF.
func (r *Reader) Read() (Record, error) {
	if r.done {
		return Record{}, io.EOF
	}
	var rec Record
	var err error
	if r.csv != nil {
		rec, err = r.readCSV()
	} else {
		rec, err = r.readJSONL()
	}
	if err == io.EOF {
		r.done = true
		if r.n == 0 {
			return Record{}, &corpus.DocError{File: r.name, Err: ErrEmpty}
		}
		return Record{}, io.EOF
	}
	var pe *corpus.DocError
	if err != nil && !errors.As(err, &pe) {
		r.done = true
		return Record{}, fmt.Errorf("%s: %w", r.name, err)
	}
	r.n++ // a record, though perhaps an unusable one

	return rec, err
}

func (r *Reader) errorf(line int, sentinel error, format string, args ...any) error {
	return &corpus.DocError{File: r.name, Line: line, Err: fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)}
}

// readLine returns the next line without its end, or io.EOF.
func (r *Reader) readLine() ([]byte, error) {
	r.long = r.long[:0]
	for {
		b, err := r.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if len(r.long)+len(b) > MaxLineBytes {
				// Skip the rest of the line.
				for err == bufio.ErrBufferFull {
					_, err = r.br.ReadSlice('\n')
				}
				r.line++
				if err != nil && err != io.EOF {
					return nil, err
				}
				return nil, r.errorf(r.line, ErrLineTooLong, "over %d bytes", MaxLineBytes)
			}
			r.long = append(r.long, b...)
			continue
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		if len(r.long) > 0 {
			b = append(r.long, b...)
		}
		if err == io.EOF && len(b) == 0 {
			return nil, io.EOF
		}
		r.line++
		b = bytes.TrimSuffix(b, []byte("\n"))
		b = bytes.TrimSuffix(b, []byte("\r"))
		return b, nil
	}
}

func (r *Reader) readJSONL() (Record, error) {
	for {
		b, err := r.readLine()
		if err != nil {
			return Record{}, err
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		return r.decodeLine(b, r.line)
	}
}

// decodeLine decodes one non-blank JSONL line. It only reads r's
// settings, so lines may be decoded concurrently.
func (r *Reader) decodeLine(b []byte, line int) (Record, error) {
	if line == 1 {
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) // UTF-8 byte order mark
	}
	want := []string{r.fields.Text, r.fields.Label, r.fields.Target}
	vals, ok := decodeFlat(b, want)
	if !ok {
		var err error
		vals, err = decodeSlow(b, want)
		if err != nil {
			return Record{}, r.errorf(line, ErrSyntax, "%v", err)
		}
	}
	return r.record(line, vals[0], vals[1], vals[2])
}

// readJSONLParallel reads all records of a JSONL stream, decoding batches
// of lines on all cores; results keep input order.
func (r *Reader) readJSONLParallel(emit func(Record, error)) error {
	type batch struct {
		lines [][]byte
		nums  []int
		recs  []Record
		errs  []error
		done  chan struct{}
	}
	batches := make(chan *batch, 2*runtime.GOMAXPROCS(0))
	work := make(chan *batch, 2*runtime.GOMAXPROCS(0))
	var readErr error
	go func() {
		defer close(batches)
		defer close(work)
		for {
			bt := &batch{done: make(chan struct{})}
			size := 0
			for size < 1<<20 {
				b, err := r.readLine()
				if err == io.EOF {
					break
				}
				var pe *corpus.DocError
				if errors.As(err, &pe) { // a line too long: pass it on in order
					bt.lines, bt.nums = append(bt.lines, nil), append(bt.nums, -len(bt.errs)-1)
					bt.errs = append(bt.errs, err)
					continue
				}
				if err != nil {
					readErr = err
					break
				}
				if len(bytes.TrimSpace(b)) == 0 {
					continue
				}
				bt.lines = append(bt.lines, bytes.Clone(b))
				bt.nums = append(bt.nums, r.line)
				size += len(b)
			}
			if len(bt.lines) == 0 {
				return
			}
			batches <- bt
			work <- bt
			if readErr != nil {
				return
			}
		}
	}()
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for bt := range work {
				errs := bt.errs
				bt.errs = make([]error, len(bt.lines))
				bt.recs = make([]Record, len(bt.lines))
				for i, b := range bt.lines {
					if n := bt.nums[i]; n < 0 {
						bt.errs[i] = errs[-n-1]
						continue
					}
					bt.recs[i], bt.errs[i] = r.decodeLine(b, bt.nums[i])
				}
				bt.lines = nil
				close(bt.done)
			}
		}()
	}
	for bt := range batches {
		<-bt.done
		for i := range bt.recs {
			r.n++
			emit(bt.recs[i], bt.errs[i])
		}
	}
	if readErr != nil {
		return fmt.Errorf("%s: %w", r.name, readErr)
	}
	if r.n == 0 {
		emit(Record{}, &corpus.DocError{File: r.name, Err: ErrEmpty})
	}
	return nil
}

func (r *Reader) record(line int, text, label, target *string) (Record, error) {
	rec := Record{Line: line}
	if text != nil {
		rec.Text = *text
	}
	if label != nil {
		rec.Label = strings.TrimSpace(*label)
	}
	if target != nil {
		rec.Target = *target
	}
	switch {
	case text == nil:
		return rec, r.errorf(line, ErrMissingField, "no %q field", r.fields.Text)
	case strings.TrimSpace(rec.Text) == "":
		return rec, r.errorf(line, ErrMissingField, "empty %q field", r.fields.Text)
	case label == nil:
		return rec, r.errorf(line, ErrMissingField, "no %q field", r.fields.Label)
	case rec.Label == "":
		return rec, r.errorf(line, ErrMissingField, "empty %q field", r.fields.Label)
	}
	return rec, nil
}

// decodeSlow decodes one JSON object with encoding/json and returns the
// wanted fields as strings (numbers and booleans in their JSON spelling).
func decodeSlow(b []byte, want []string) ([]*string, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("invalid JSON at column %d: %v", se.Offset, se)
		}
		return nil, fmt.Errorf("not a JSON object: %v", err)
	}
	if obj == nil {
		return nil, errors.New("not a JSON object: null")
	}
	out := make([]*string, len(want))
	for i, f := range want {
		raw, ok := obj[f]
		if f == "" || !ok {
			continue
		}
		var s string
		switch raw[0] {
		case '"':
			if err := json.Unmarshal(raw, &s); err != nil {
				return nil, err
			}
		case 'n': // null counts as absent
			continue
		case '{', '[':
			return nil, fmt.Errorf("field %q is not a string", f)
		default:
			s = string(raw)
		}
		out[i] = &s
	}
	return out, nil
}

func (r *Reader) readCSV() (Record, error) {
	if r.cols[0] == -1 && r.cols[1] == -1 && r.n == 0 && r.line == 0 {
		header, err := r.csv.Read()
		if err != nil {
			if err == io.EOF {
				return Record{}, io.EOF
			}
			return Record{}, r.csvError(err)
		}
		r.line = 1
		if len(header) > 0 {
			header[0] = strings.TrimPrefix(header[0], "\ufeff")
		}
		for i, want := range []string{r.fields.Text, r.fields.Label, r.fields.Target} {
			if want != "" {
				r.cols[i] = slices.IndexFunc(header, func(h string) bool { return strings.TrimSpace(h) == want })
			}
		}
		if r.cols[0] < 0 || r.cols[1] < 0 {
			r.done = true
			missing := r.fields.Text
			if r.cols[0] >= 0 {
				missing = r.fields.Label
			}
			return Record{}, r.errorf(1, ErrMissingField, "the header has no %q column", missing)
		}
	}
	rec, err := r.csv.Read()
	if err != nil {
		if err == io.EOF {
			return Record{}, io.EOF
		}
		return Record{}, r.csvError(err)
	}
	line, _ := r.csv.FieldPos(0)
	r.line = line
	get := func(col int) *string {
		if col < 0 || col >= len(rec) {
			return nil
		}
		s := rec[col]
		return &s
	}
	return r.record(line, get(r.cols[0]), get(r.cols[1]), get(r.cols[2]))
}

func (r *Reader) csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return r.errorf(pe.StartLine, ErrSyntax, "%v", pe.Err)
	}
	return err
}

// A Dataset is labeled data read from files.
type Dataset struct {
	Examples []nb.Example
	Pos      []Position // where each example came from
	Info     nb.DataInfo
	Problems []*corpus.DocError // bad records, skipped
}

// Position is a record's place in its file.
type Position struct {
	File string
	Line int
}

// ReadFiles reads every record of the files ("-" is stdin). Bad records
// are collected in Problems and skipped; other errors (a missing file)
// end the read. The data hash covers the bytes of all files in order.
func ReadFiles(paths []string, stdin io.Reader, f Fields) (*Dataset, error) {
	ds := &Dataset{}
	h := sha256.New()
	for _, p := range paths {
		if err := ds.readFile(p, stdin, f, h); err != nil {
			return nil, err
		}
		ds.Info.Files = append(ds.Info.Files, filepath.Base(p))
	}
	ds.Info.SHA256 = hex.EncodeToString(h.Sum(nil))
	return ds, nil
}

func (ds *Dataset) readFile(path string, stdin io.Reader, f Fields, h hash.Hash) error {
	var in io.Reader
	if path == "-" {
		in = stdin
	} else {
		file, err := os.Open(path)
		if err != nil {
			return err
		}
		defer file.Close()
		in = file
	}
	cr := &countingReader{r: io.TeeReader(in, h)}
	rd := NewReader(cr, path, f)
	add := func(rec Record, err error) {
		if err != nil {
			pe, ok := err.(*corpus.DocError)
			if !ok {
				pe = &corpus.DocError{File: path, Line: rec.Line, Err: err}
			}
			ds.Problems = append(ds.Problems, pe)
			return
		}
		ds.Examples = append(ds.Examples, rec.Example)
		ds.Pos = append(ds.Pos, Position{File: path, Line: rec.Line})
	}
	if rd.csv == nil {
		if err := rd.readJSONLParallel(add); err != nil {
			return err
		}
		ds.Info.Bytes += cr.n
		return nil
	}
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		var pe *corpus.DocError
		if errors.As(err, &pe) {
			ds.Problems = append(ds.Problems, pe)
			continue
		}
		if err != nil {
			return err
		}
		ds.Examples = append(ds.Examples, rec.Example)
		ds.Pos = append(ds.Pos, Position{File: path, Line: rec.Line})
	}
	ds.Info.Bytes += cr.n
	return nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Labels returns the number of examples per label.
func (ds *Dataset) Labels() map[string]int {
	m := map[string]int{}
	for _, e := range ds.Examples {
		m[e.Label]++
	}
	return m
}

// HasTargets reports whether any example has a target.
func (ds *Dataset) HasTargets() bool {
	return slices.ContainsFunc(ds.Examples, func(e nb.Example) bool { return e.Target != "" })
}

// Targets returns the examples' targets, in order.
func (ds *Dataset) Targets() []string {
	out := make([]string, len(ds.Examples))
	for i, e := range ds.Examples {
		out[i] = e.Target
	}
	return out
}
