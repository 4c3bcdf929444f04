package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Errors a Corpus reports for bad input. They are wrapped in a *DocError
// that gives the file and line.
var (
	ErrEmpty  = errors.New("empty document")
	ErrBinary = errors.New("binary data, not text")
	// ErrInvalidUTF8 is input that is not UTF-8 when Options.Encoding
	// says it is; otherwise such input is decoded (see DecodeText).
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrRecord      = errors.New("bad record")
	ErrTooLarge    = errors.New("record too large")
	ErrNoText      = errors.New("no article text found")
	// ErrNotRegular is a FIFO, socket or device found while walking a
	// directory: reading it could block forever, so it is skipped. Named
	// on the command line, such a file is read.
	ErrNotRegular = errors.New("not a regular file; skipped")
	// ErrGzip is a .gz file (or gzip-compressed standard input) that
	// cannot be decompressed.
	ErrGzip = errors.New("bad gzip data")
)

// Notes about input that was read all the same, wrapped in a *DocError
// and passed to Options.OnWarning.
var (
	// ErrNotUTF8 notes text that was not valid UTF-8 and was decoded
	// from the charset the note names, as detected.
	ErrNotUTF8 = errors.New("not valid UTF-8")
	// ErrDuplicateID notes a document whose ID an earlier one had.
	ErrDuplicateID = errors.New("duplicate id")
	// ErrDeepHTML notes an HTML page nested deeper than MaxHTMLDepth,
	// whose whole text was read without article extraction.
	ErrDeepHTML = errors.New("HTML nested too deeply")
)

// A DocError is a problem with one input document or record. The corpus
// can go on after it: call Next again.
type DocError struct {
	File string // the input path ("-" for standard input)
	Line int    // 1-based line of the record in a JSONL, JSON or CSV corpus, or of a problem in a file; 0 for a whole file
	Err  error
}

func (e *DocError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *DocError) Unwrap() error { return e.Err }

// Input formats, chosen by file extension (the one before ".gz" for a
// gzip-compressed file); standard input is sniffed (see
// Options.StdinFormat).
const (
	FormatText  = "text"  // .txt and anything without a known extension given by name
	FormatHTML  = "html"  // .html, .htm: the main article text is extracted
	FormatJSONL = "jsonl" // .jsonl, .ndjson: one article object per line
	// FormatJSON is .json: one article object per line as in JSONL, or
	// one array of article objects (then a syntax error ends the file).
	// Anything else is refused, never read as plain text.
	FormatJSON = "json"
	FormatCSV  = "csv" // .csv with a header row naming the text column
)

// MaxRecordBytes bounds one document or record, after decompression;
// larger ones are skipped with ErrTooLarge, so memory stays bounded by it.
const MaxRecordBytes = 64 << 20

// A Corpus streams the documents found under a list of paths: files,
// directories (walked recursively, in lexical order, for files with a
// known extension, gzip-compressed or not) and "-" for standard input.
// Whole files are read one at a time; JSONL, JSON and CSV corpora are read
// record by record, so memory is bounded by the largest record, not by the
// corpus (the IDs seen, kept as hashes to note repeats, aside).
//
// A Corpus is not safe for concurrent use.
type Corpus struct {
	queue []string // paths still to visit, next first
	stdin io.Reader
	opts  Options
	bad   error        // the error of opts.Validate, returned by every Next
	rec   recordReader // open JSONL, JSON or CSV corpus, or nil
	errs  []error      // problems found while walking a directory, to report next
	ids   idSet
	read  byteCount // bytes of input files read, for BytesRead
}

// NewCorpus returns a Corpus over paths with DefaultOptions. stdin is
// read for the path "-".
func NewCorpus(paths []string, stdin io.Reader) *Corpus {
	return NewCorpusOptions(paths, stdin, DefaultOptions)
}

// NewCorpusOptions returns a Corpus over paths read with opts. stdin is
// read for the path "-". Options that do not Validate make every call of
// Next return the validation error (not a *DocError): validate them first
// to report a bad option before any work.
func NewCorpusOptions(paths []string, stdin io.Reader, opts Options) *Corpus {
	return &Corpus{queue: append([]string(nil), paths...), stdin: stdin, opts: opts, bad: opts.Validate()}
}

// Next returns the next document. At the end it returns io.EOF. A bad
// document, record or path gives a *DocError; the caller may report it and
// call Next again to go on with the rest. Notes about documents that were
// read all the same go to Options.OnWarning.
func (c *Corpus) Next() (*Document, error) {
	if c.bad != nil {
		return nil, c.bad
	}
	for {
		doc, err := c.next()
		if err != nil {
			return nil, err
		}
		note, skip := c.ids.add(doc, c.opts.Dedupe)
		if note != nil {
			c.warn(note)
		}
		if !skip {
			return doc, nil
		}
	}
}

func (c *Corpus) next() (*Document, error) {
	for {
		if len(c.errs) > 0 {
			err := c.errs[0]
			c.errs = c.errs[1:]
			return nil, err
		}
		if c.rec != nil {
			doc, err := c.rec.next()
			if err == io.EOF {
				c.rec.close()
				c.rec = nil
				continue
			}
			return doc, err
		}
		if len(c.queue) == 0 {
			c.read.finish()
			return nil, io.EOF
		}
		path := c.queue[0]
		c.queue = c.queue[1:]
		doc, err := c.open(path)
		if doc == nil && err == nil {
			continue // a directory was expanded, or a corpus was opened
		}
		return doc, err
	}
}

// warn passes a note to Options.OnWarning.
func (c *Corpus) warn(note error) {
	if c.opts.OnWarning != nil {
		c.opts.OnWarning(note)
	}
}

// Close releases an open corpus file, if any.
func (c *Corpus) Close() error {
	if c.rec != nil {
		c.rec.close()
		c.rec = nil
	}
	return nil
}

func (c *Corpus) open(path string) (*Document, error) {
	if path == "-" {
		return c.openStdin()
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, &DocError{File: path, Err: pathError(err)}
	}
	if info.IsDir() {
		files, skipped, err := WalkDir(path, knownExtension)
		for _, p := range skipped {
			c.errs = append(c.errs, &DocError{File: p, Err: ErrNotRegular})
		}
		if err != nil {
			return nil, &DocError{File: path, Err: err}
		}
		c.queue = append(files, c.queue...)
		return nil, nil
	}
	format, gz := formatOf(path)
	c.read.start(info.Size())
	if !gz && !isRecords(format) && info.Size() > MaxRecordBytes {
		return nil, &DocError{File: path, Err: fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, info.Size(), MaxRecordBytes)}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &DocError{File: path, Err: pathError(err)}
	}
	var r io.Reader = c.read.reader(f)
	if gz {
		if r, err = Gunzip(f); err != nil {
			f.Close()
			return nil, &DocError{File: path, Err: err}
		}
	}
	if isRecords(format) {
		return nil, c.openRecords(format, path, r, f)
	}
	defer f.Close()
	data, err := readLimited(r, gz, info.Size())
	if err != nil {
		return nil, &DocError{File: path, Err: pathError(err)}
	}
	return c.wholeDocument(path, format, data)
}

func isRecords(format string) bool {
	return format == FormatJSONL || format == FormatJSON || format == FormatCSV
}

func (c *Corpus) openStdin() (*Document, error) {
	if c.stdin == nil {
		return nil, &DocError{File: "-", Err: errors.New("standard input is not available")}
	}
	in := c.stdin
	c.stdin = nil // standard input is read once
	br := bufio.NewReaderSize(in, streamBuffer)
	gz := false
	if head, _ := br.Peek(2); isGzip(head) {
		r, err := Gunzip(br)
		if err != nil {
			return nil, &DocError{File: "-", Err: err}
		}
		br, gz = bufio.NewReaderSize(r, streamBuffer), true
	}
	format := c.opts.StdinFormat
	if format == "" {
		head, _ := br.Peek(512)
		format = sniffFormat(head, c.opts.Encoding)
	}
	if isRecords(format) {
		return nil, c.openRecords(format, "-", br, nil)
	}
	data, err := readLimited(br, gz, 0)
	if err != nil {
		return nil, &DocError{File: "-", Err: err}
	}
	return c.wholeDocument("-", format, data)
}

// sniffFormat guesses the format of standard input from its first bytes,
// decoded as they would be: JSONL when they start with "{", a JSON array
// when with "[" and then "{", HTML when with "<", else plain text.
func sniffFormat(head []byte, encoding string) string {
	if text, _, err := DecodeText(trimPartialRune(head), encoding); err == nil {
		head = []byte(text)
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case len(t) > 0 && t[0] == '{':
		return FormatJSONL
	case len(t) > 0 && t[0] == '[' && bytes.HasPrefix(bytes.TrimLeft(t[1:], " \t\r\n"), []byte("{")):
		return FormatJSON
	case len(t) > 0 && t[0] == '<':
		return FormatHTML
	}
	return FormatText
}

// pathError drops the path Go's os errors repeat, since DocError names it.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(err, fs.ErrNotExist) {
			return errors.New("no such file or directory")
		}
		return pe.Err
	}
	return err
}

// WalkDir lists the files under dir whose path match accepts, in lexical
// order, skipping hidden files and directories. Files that are not
// regular (FIFOs, sockets, devices, links to them) are returned apart, as
// skipped: reading one could block forever.
func WalkDir(dir string, match func(path string) bool) (files, skipped []string, err error) {
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if p != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !match(p) {
			return nil
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 { // a link is read when it leads to a regular file
			fi, err := os.Stat(p)
			if err != nil {
				files = append(files, p) // opening it reports the broken link
				return nil
			}
			mode = fi.Mode().Type()
		}
		if mode.IsRegular() {
			files = append(files, p)
		} else {
			skipped = append(skipped, p)
		}
		return nil
	})
	sort.Strings(files)
	sort.Strings(skipped)
	return files, skipped, err
}

// knownExtension reports whether a walked file is read: one with an
// input extension, gzip-compressed or not.
func knownExtension(path string) bool {
	switch innerExt(path) {
	case ".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv":
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

// formatOf chooses the input format from a file's extension, the one
// before ".gz" for a gzip-compressed file (gz is then true); files named
// explicitly with another extension are read as plain text.
func formatOf(path string) (format string, gz bool) {
	gz = strings.EqualFold(filepath.Ext(path), ".gz")
	switch innerExt(path) {
	case ".html", ".htm":
		return FormatHTML, gz
	case ".jsonl", ".ndjson":
		return FormatJSONL, gz
	case ".json":
		return FormatJSON, gz
	case ".csv":
		return FormatCSV, gz
	}
	return FormatText, gz
}

// stem is a file's name without directory and extension (both
// extensions of a compressed file: "a.txt.gz" is "a").
func stem(path string) string {
	if path == "-" {
		return "stdin"
	}
	base := filepath.Base(path)
	if strings.EqualFold(filepath.Ext(base), ".gz") {
		base = base[:len(base)-3]
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// wholeDocument makes the document of a whole file: decoded to UTF-8
// and, for HTML, its article extracted.
func (c *Corpus) wholeDocument(path, format string, data []byte) (*Document, error) {
	encoding := c.opts.Encoding
	if format == FormatHTML && encoding == "" {
		encoding = declaredCharset(data)
	}
	text, charset, err := decodeText(data, encoding, true)
	if err != nil {
		return nil, &DocError{File: path, Line: lineOf(err), Err: err}
	}
	if strings.TrimSpace(text) == "" {
		return nil, &DocError{File: path, Err: ErrEmpty}
	}
	if charset != "" && c.opts.Encoding == "" && !isBOMCharset(data) {
		c.warn(&DocError{File: path, Err: fmt.Errorf("decoded as %s (%w)", charset, ErrNotUTF8)})
	}
	doc := &Document{ID: stem(path), Path: path, Encoding: charset}
	if format != FormatHTML {
		doc.Text = text
		return doc, nil
	}
	note, err := htmlDocument(doc, text)
	if err != nil {
		return nil, &DocError{File: path, Err: err}
	}
	if note != nil {
		c.warn(&DocError{File: path, Err: note})
	}
	return doc, nil
}

// isBOMCharset reports whether data starts with a UTF-16 byte order mark,
// which names its charset.
func isBOMCharset(data []byte) bool {
	enc, _ := bomEncoding(data)
	return enc != nil
}

// textError is a text problem at a byte offset, so the line can be named.
type textError struct {
	line int // 1-based
	err  error
}

func (e *textError) Error() string { return e.err.Error() }
func (e *textError) Unwrap() error { return e.err }

// newTextError is err at byte offset i of data.
func newTextError(data []byte, i int, err error) *textError {
	return &textError{line: bytes.Count(data[:i], []byte("\n")) + 1, err: err}
}

// lineOf returns the 1-based line of a textError, or 0.
func lineOf(err error) int {
	var te *textError
	if errors.As(err, &te) {
		return te.line
	}
	return 0
}
