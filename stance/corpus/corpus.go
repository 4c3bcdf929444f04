package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
)

// Errors a Corpus reports for bad input. They are wrapped in a *DocError
// that gives the file and line.
var (
	ErrEmpty       = errors.New("empty document")
	ErrBinary      = errors.New("binary data, not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrRecord      = errors.New("bad record")
	ErrTooLarge    = errors.New("record too large")
	ErrNoText      = errors.New("no article text found")
	// ErrNotRegular is a FIFO, socket or device found while walking a
	// directory: reading it could block forever, so it is skipped. Named
	// on the command line, such a file is read.
	ErrNotRegular = errors.New("not a regular file; skipped")
)

// A DocError is a problem with one input document or record. The corpus
// can go on after it: call Next again.
type DocError struct {
	File string // the input path ("-" for standard input)
	Line int    // 1-based line of the record in a JSONL or CSV corpus; 0 for a whole file
	Err  error
}

func (e *DocError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *DocError) Unwrap() error { return e.Err }

// Input formats, chosen by file extension; standard input is sniffed.
const (
	FormatText  = "text"  // .txt and anything without a known extension given by name
	FormatHTML  = "html"  // .html, .htm: the main article text is extracted
	FormatJSONL = "jsonl" // .jsonl, .ndjson: one article object per line
	FormatCSV   = "csv"   // .csv with a header row naming a "text" column
)

// MaxRecordBytes bounds one document or record; larger ones are skipped
// with ErrTooLarge, so memory stays bounded by it.
const MaxRecordBytes = 64 << 20

// A Corpus streams the documents found under a list of paths: files,
// directories (walked recursively, in lexical order, for files with a
// known extension) and "-" for standard input. Whole files are read one at
// a time; JSONL and CSV corpora are read record by record, so memory is
// bounded by the largest record, not by the corpus.
//
// A Corpus is not safe for concurrent use.
type Corpus struct {
	queue []string // paths still to visit, next first
	stdin io.Reader
	rec   recordReader // open JSONL or CSV corpus, or nil
	errs  []error      // problems found while walking a directory, to report next
}

// NewCorpus returns a Corpus over paths. stdin is read for the path "-".
func NewCorpus(paths []string, stdin io.Reader) *Corpus {
	return &Corpus{queue: append([]string(nil), paths...), stdin: stdin}
}

// Next returns the next document. At the end it returns io.EOF. A bad
// document, record or path gives a *DocError; the caller may report it and
// call Next again to go on with the rest.
func (c *Corpus) Next() (*Document, error) {
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
		files, skipped, err := walkDir(path)
		for _, p := range skipped {
			c.errs = append(c.errs, &DocError{File: p, Err: ErrNotRegular})
		}
		if err != nil {
			return nil, &DocError{File: path, Err: err}
		}
		c.queue = append(files, c.queue...)
		return nil, nil
	}
	format := formatOf(path)
	switch format {
	case FormatJSONL, FormatCSV:
		f, err := os.Open(path)
		if err != nil {
			return nil, &DocError{File: path, Err: pathError(err)}
		}
		c.rec = newRecordReader(format, path, f, f)
		return nil, nil
	}
	if info.Size() > MaxRecordBytes {
		return nil, &DocError{File: path, Err: fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, info.Size(), MaxRecordBytes)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &DocError{File: path, Err: pathError(err)}
	}
	return wholeDocument(path, format, data)
}

func (c *Corpus) openStdin() (*Document, error) {
	if c.stdin == nil {
		return nil, &DocError{File: "-", Err: errors.New("standard input is not available")}
	}
	br := bufio.NewReader(c.stdin)
	c.stdin = nil // standard input is read once
	head, _ := br.Peek(512)
	format := FormatText
	switch t := bytes.TrimLeft(head, " \t\r\n\ufeff"); {
	case len(t) > 0 && t[0] == '{':
		format = FormatJSONL
	case len(t) > 0 && t[0] == '<':
		format = FormatHTML
	}
	if format == FormatJSONL {
		c.rec = newRecordReader(format, "-", br, nil)
		return nil, nil
	}
	data, err := io.ReadAll(io.LimitReader(br, MaxRecordBytes+1))
	if err != nil {
		return nil, &DocError{File: "-", Err: err}
	}
	if len(data) > MaxRecordBytes {
		return nil, &DocError{File: "-", Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxRecordBytes)}
	}
	return wholeDocument("-", format, data)
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

// walkDir lists the files under dir with a known input extension, in
// lexical order, skipping hidden files and directories. Files that are not
// regular (FIFOs, sockets, devices, links to them) are returned apart, as
// skipped: reading one could block forever.
func walkDir(dir string) (files, skipped []string, err error) {
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
		if d.IsDir() || !knownExtension(p) {
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

func knownExtension(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".csv":
		return true
	}
	return false
}

// formatOf chooses the input format from a file's extension; files named
// explicitly with another extension are read as plain text.
func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".csv":
		return FormatCSV
	}
	return FormatText
}

// stem is a file's name without directory and extension.
func stem(path string) string {
	if path == "-" {
		return "stdin"
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func wholeDocument(path, format string, data []byte) (*Document, error) {
	if err := checkText(data); err != nil {
		return nil, &DocError{File: path, Line: lineOf(data, err), Err: err}
	}
	doc := &Document{ID: stem(path), Path: path}
	if format == FormatHTML {
		title, text, err := htmlText(data)
		if err != nil {
			return nil, &DocError{File: path, Err: err}
		}
		doc.Title, doc.Text, doc.Extracted = title, text, true
		return doc, nil
	}
	doc.Text = string(data)
	return doc, nil
}

// textError is a text problem at a byte offset, so the line can be named.
type textError struct {
	offset int
	err    error
}

func (e *textError) Error() string { return e.err.Error() }
func (e *textError) Unwrap() error { return e.err }

// checkText rejects input that is not UTF-8 text: empty (or only white
// space), binary (a NUL byte), or invalid UTF-8.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &textError{i, ErrBinary}
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		return &textError{i, fmt.Errorf("%w at byte %d; convert the file to UTF-8 (for example with iconv)", ErrInvalidUTF8, i)}
	}
	return nil
}

// lineOf returns the 1-based line of a textError's offset, or 0.
func lineOf(data []byte, err error) int {
	var te *textError
	if errors.As(err, &te) {
		return bytes.Count(data[:te.offset], []byte("\n")) + 1
	}
	return 0
}

// htmlText extracts the title and main text of an HTML page with
// go-readability; paragraphs are separated by blank lines.
func htmlText(data []byte) (title, text string, err error) {
	base, _ := url.Parse("file:///")
	article, err := readability.FromReader(bytes.NewReader(data), base)
	if err != nil {
		return "", "", fmt.Errorf("%w: %v", ErrNoText, err)
	}
	var b strings.Builder
	if article.Node == nil {
		return "", "", ErrNoText
	}
	if err := article.RenderText(&b); err != nil {
		return "", "", fmt.Errorf("%w: %v", ErrNoText, err)
	}
	text = strings.TrimSpace(b.String())
	if text == "" {
		return "", "", ErrNoText
	}
	return strings.TrimSpace(article.Title()), text, nil
}
