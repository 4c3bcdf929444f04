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
	"io/fs"
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

// MaxLineBytes bounds one JSONL line or CSV record (64 MiB), after
// decompression.
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
	// Encoding is the charset the record was decoded from ("windows-1252",
	// "utf-16le"; see corpus.DecodeText), or "" for UTF-8.
	Encoding string
}

// A Reader reads labeled records from one JSONL or CSV (with a header)
// stream, one at a time. A bad record is reported as a *corpus.DocError by
// Read, and the next call continues with the following record.
type Reader struct {
	name   string
	fields Fields
	text   *corpus.RecordStream
	br     *bufio.Reader
	line   int
	csv    *csv.Reader
	bound  *recordBound // under csv
	cols   [3]int       // text, label, target column; -1 if absent
	n      int          // records returned
	done   bool
	long   []byte
}

// NewReader returns a reader of r, named name in errors. The format is CSV
// when name ends in .csv or .tsv (tab-separated), JSONL otherwise; a
// ".gz" ending is looked through, but r must be decompressed already.
// Records are decoded to UTF-8 as a corpus.RecordStream does: UTF-16
// with a byte order mark, and records in another charset detected.
// NewReader reads up to 64 KiB of r ahead.
func NewReader(r io.Reader, name string, f Fields) *Reader {
	text, _ := corpus.NewRecordStream(r, "") // no error without an encoding name
	rd := &Reader{name: name, fields: f, text: text, br: bufio.NewReaderSize(text.Reader(), 1<<20)}
	switch ext := innerExt(name); ext {
	case ".csv", ".tsv":
		rd.bound = &recordBound{r: rd.br}
		rd.csv = csv.NewReader(rd.bound)
		rd.csv.FieldsPerRecord = -1
		rd.csv.ReuseRecord = true
		if ext == ".tsv" {
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
	b, charset, err := r.text.Decode(b)
	if err != nil {
		return Record{Line: line}, &corpus.DocError{File: r.name, Line: line, Err: err}
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
	rec, err := r.record(line, vals[0], vals[1], vals[2])
	rec.Encoding = charset
	return rec, err
}

// readJSONLParallel reads all records of a JSONL stream, decoding batches
// of lines on all cores; results keep input order. A read error ends the
// stream and is returned.
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
		return readErr
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
// wanted fields, which must be strings (null counts as absent): a number
// is not taken for a text or a label.
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
		default:
			return nil, fmt.Errorf("field %q should be a string, not a JSON %s", f, jsonKind(raw[0]))
		}
		out[i] = &s
	}
	return out, nil
}

// jsonKind names the kind of the JSON value that starts with c.
func jsonKind(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "boolean"
	}
	return "number"
}

func (r *Reader) readCSV() (Record, error) {
	if r.cols[0] == -1 && r.cols[1] == -1 && r.n == 0 && r.line == 0 {
		header, err := r.readRow()
		if err != nil {
			if err == io.EOF {
				return Record{}, io.EOF
			}
			return Record{}, r.csvError(err)
		}
		r.line = 1
		if header, _, err = r.text.DecodeFields(header); err != nil {
			r.done = true
			return Record{}, &corpus.DocError{File: r.name, Line: 1, Err: err}
		}
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
	rec, err := r.readRow()
	if err != nil {
		if err == io.EOF {
			return Record{}, io.EOF
		}
		return Record{}, r.csvError(err)
	}
	line, _ := r.csv.FieldPos(0)
	r.line = line
	rec, charset, err := r.text.DecodeFields(rec)
	if err != nil {
		return Record{Line: line}, &corpus.DocError{File: r.name, Line: line, Err: err}
	}
	get := func(col int) *string {
		if col < 0 || col >= len(rec) {
			return nil
		}
		s := rec[col]
		return &s
	}
	out, err := r.record(line, get(r.cols[0]), get(r.cols[1]), get(r.cols[2]))
	out.Encoding = charset
	return out, err
}

// errRowBound is the error of a recordBound over MaxLineBytes.
var errRowBound = errors.New("row bound")

// recordBound fails once more than MaxLineBytes were read since n was
// last reset: encoding/csv keeps a whole row in memory however long.
type recordBound struct {
	r io.Reader
	n int64
}

func (b *recordBound) Read(p []byte) (int, error) {
	if b.n > MaxLineBytes {
		return 0, errRowBound
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}

// readRow reads one CSV row, failing with ErrLineTooLong (and ending the
// file) for a row over MaxLineBytes.
func (r *Reader) readRow() ([]string, error) {
	r.bound.n = 0
	off := r.csv.InputOffset()
	row, err := r.csv.Read()
	if errors.Is(err, errRowBound) {
		r.done = true
		return nil, &corpus.DocError{File: r.name, Err: fmt.Errorf("%w: the row after byte %d is over %d bytes; the rest of the file is skipped", ErrLineTooLong, off, MaxLineBytes)}
	}
	return row, err
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
	// Problems are the bad records, skipped, and the files that could
	// not be read (missing, unreadable, bad gzip data).
	Problems []*corpus.DocError
	// Warnings are notes about records read all the same: the first
	// record of each file decoded from a detected charset other than
	// UTF-8 (wrapping corpus.ErrNotUTF8).
	Warnings []*corpus.DocError
}

// Position is a record's place in its file.
type Position struct {
	File string
	Line int
}

// ReadFiles reads every record of the files and directories named ("-"
// is stdin). Directories are walked, in lexical order, for .jsonl,
// .ndjson, .csv and .tsv files, gzip-compressed (.gz) or not, skipping
// hidden files and FIFOs and devices (a Problem wrapping
// corpus.ErrNotRegular). A .gz file, or any gzip data (by its magic
// bytes), is decompressed.
// Bad records, and files that cannot be read, are collected in Problems
// and skipped; the other files are still read. The data hash covers the
// bytes of all files as stored, in order. The error is for fields with
// no text or label name.
func ReadFiles(paths []string, stdin io.Reader, f Fields) (*Dataset, error) {
	switch {
	case strings.TrimSpace(f.Text) == "":
		return nil, errors.New("no text field named (Fields.Text)")
	case strings.TrimSpace(f.Label) == "":
		return nil, errors.New("no label field named (Fields.Label)")
	}
	ds := &Dataset{}
	h := sha256.New()
	for _, p := range paths {
		files := []string{p}
		if info, err := os.Stat(p); p != "-" && err == nil && info.IsDir() {
			var skipped []string
			files, skipped, err = corpus.WalkDir(p, isDataFile)
			for _, s := range skipped {
				ds.Problems = append(ds.Problems, &corpus.DocError{File: s, Err: corpus.ErrNotRegular})
			}
			if err != nil {
				ds.Problems = append(ds.Problems, &corpus.DocError{File: p, Err: pathError(err)})
			}
		}
		for _, file := range files {
			if ds.readFile(file, stdin, f, h) {
				ds.Info.Files = append(ds.Info.Files, filepath.Base(file))
			}
		}
	}
	ds.Info.SHA256 = hex.EncodeToString(h.Sum(nil))
	return ds, nil
}

// isDataFile reports whether a walked file holds labeled data.
func isDataFile(path string) bool {
	switch innerExt(path) {
	case ".jsonl", ".ndjson", ".csv", ".tsv":
		return true
	}
	return false
}

// innerExt is a file's lower-case extension, the one before ".gz" for a
// compressed file.
func innerExt(path string) string {
	name := strings.ToLower(filepath.Base(path))
	return filepath.Ext(strings.TrimSuffix(name, ".gz"))
}

// pathError drops the path that Go's file errors repeat, since a
// corpus.DocError names it.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFile adds the records of one file to ds, the bad ones and a file
// that cannot be read to ds.Problems. It reports whether the file was
// opened.
func (ds *Dataset) readFile(path string, stdin io.Reader, f Fields, h hash.Hash) bool {
	var in io.Reader
	if path == "-" {
		if stdin == nil {
			ds.Problems = append(ds.Problems, &corpus.DocError{File: path, Err: errors.New("standard input is not available")})
			return false
		}
		in = stdin
	} else {
		file, err := os.Open(path)
		if err != nil {
			ds.Problems = append(ds.Problems, &corpus.DocError{File: path, Err: pathError(err)})
			return false
		}
		defer file.Close()
		in = file
	}
	cr := &countingReader{r: io.TeeReader(in, h)}
	defer func() { ds.Info.Bytes += cr.n }()
	br := bufio.NewReader(cr)
	in = br
	if head, _ := br.Peek(2); bytes.HasPrefix(head, []byte{0x1f, 0x8b}) || strings.EqualFold(filepath.Ext(path), ".gz") {
		zr, err := corpus.Gunzip(br)
		if err != nil {
			ds.Problems = append(ds.Problems, &corpus.DocError{File: path, Err: err})
			return true
		}
		in = zr
	}
	rd := NewReader(in, path, f)
	add := func(rec Record, err error) {
		if err != nil {
			pe, ok := err.(*corpus.DocError)
			if !ok {
				pe = &corpus.DocError{File: path, Line: rec.Line, Err: err}
			}
			ds.Problems = append(ds.Problems, pe)
			return
		}
		if note := rd.text.Note(path, rec.Line, rec.Encoding); note != nil {
			ds.Warnings = append(ds.Warnings, note)
		}
		ds.Examples = append(ds.Examples, rec.Example)
		ds.Pos = append(ds.Pos, Position{File: path, Line: rec.Line})
	}
	fail := func(err error) {
		ds.Problems = append(ds.Problems, &corpus.DocError{File: path, Err: err})
	}
	if rd.csv == nil {
		if err := rd.readJSONLParallel(add); err != nil {
			fail(err)
		}
		return true
	}
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		var pe *corpus.DocError
		if err != nil && !errors.As(err, &pe) {
			fail(errors.Unwrap(err)) // Read prefixes the name

			break
		}
		add(rec, err)
	}
	return true
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
