package corpus

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// A RecordStream reads a corpus of records (JSONL lines, CSV rows, JSON
// array elements) as UTF-8, the way a Corpus reads its own. A UTF-8 byte
// order mark is dropped. A UTF-16 byte order mark, or a named encoding
// other than UTF-8, decodes the whole stream before it is split into
// records (Charset is then that charset). Otherwise a record that is
// valid UTF-8 is kept as it is, and one that is not is decoded by
// DecodeText with the charset detected in the lines of the first 64 KiB
// that are not UTF-8, or, when all of those were UTF-8, with the charset
// detected in the record itself. With the encoding "utf-8" a record that
// is not UTF-8 is refused with ErrInvalidUTF8.
//
// Decode and DecodeFields may be called concurrently; Reader is read, and
// Note called, by one goroutine.
type RecordStream struct {
	r      *bufio.Reader
	named  bool   // the records are UTF-8 already: the stream was decoded, or said to be UTF-8
	stream string // the charset the whole stream is decoded from, or ""
	head   string // the charset detected in the stream's head, or ""
	noted  map[string]bool
}

// NewRecordStream returns the stream of r, with encoding as in
// Options.Encoding ("" detects). It reads up to 64 KiB ahead, to find a
// byte order mark and the charset. An unknown encoding name is an error.
func NewRecordStream(r io.Reader, encoding string) (*RecordStream, error) {
	s := &RecordStream{r: bufio.NewReaderSize(r, streamBuffer)}
	head, _ := s.r.Peek(3)
	if enc, name := bomEncoding(head); enc != nil {
		s.named, s.stream = true, name
		s.r = bufio.NewReaderSize(transform.NewReader(s.r, enc.NewDecoder()), streamBuffer)
		return s, nil
	}
	if bytes.HasPrefix(head, utf8BOM) {
		s.r.Discard(len(utf8BOM))
	}
	if encoding != "" {
		enc, name, err := lookupEncoding(encoding)
		if err != nil {
			return nil, err
		}
		s.named = true
		if name != "utf-8" {
			s.stream = name
			s.r = bufio.NewReaderSize(transform.NewReader(s.r, enc.NewDecoder()), streamBuffer)
		}
		return s, nil
	}
	head, _ = s.r.Peek(streamBuffer)
	if sample := notUTF8Lines(trimPartialRune(head)); len(sample) > 0 {
		if _, charset, err := DecodeText(sample, ""); err == nil {
			s.head = charset
		}
	}
	return s, nil
}

// Reader returns the stream to split into records.
func (s *RecordStream) Reader() *bufio.Reader { return s.r }

// Charset returns the charset the whole stream is decoded from, by its
// byte order mark or the encoding named; "" when records are decoded one
// by one, or the stream is UTF-8.
func (s *RecordStream) Charset() string { return s.stream }

// Decode returns one record as UTF-8 and the charset it was decoded from:
// Charset for a record already UTF-8, else the charset detected.
func (s *RecordStream) Decode(record []byte) (text []byte, charset string, err error) {
	if utf8.Valid(record) {
		return record, s.stream, nil
	}
	if s.named {
		return nil, "", fmt.Errorf("%w: fix the encoding of this record", ErrInvalidUTF8)
	}
	decoded, charset, err := DecodeText(record, s.head)
	if err != nil {
		return nil, "", err
	}
	return []byte(decoded), charset, nil
}

// DecodeFields is Decode for the fields of one CSV row: all are decoded
// from the same charset, detected in the row as a whole.
func (s *RecordStream) DecodeFields(fields []string) ([]string, string, error) {
	if !slices.ContainsFunc(fields, func(f string) bool { return !utf8.ValidString(f) }) {
		return fields, s.stream, nil
	}
	if s.named {
		return nil, "", fmt.Errorf("%w: fix the encoding of this record", ErrInvalidUTF8)
	}
	charset := s.head
	if charset == "" {
		var err error
		if _, charset, err = DecodeText([]byte(strings.Join(fields, "\n")), ""); err != nil {
			return nil, "", err
		}
	}
	enc, _, err := lookupEncoding(charset)
	if err != nil {
		return nil, "", err
	}
	out := make([]string, len(fields))
	for i, f := range fields {
		if out[i], _, err = decodeWith([]byte(f), enc, charset); err != nil {
			return nil, "", err
		}
	}
	return out, charset, nil
}

// Note returns the note for a record of the file path at line, decoded
// from charset, when it is the first record decoded from that charset as
// detected: a *DocError wrapping ErrNotUTF8, "decoded as windows-1252
// (not valid UTF-8)". Otherwise, and for records read as Charset, it
// returns nil.
func (s *RecordStream) Note(path string, line int, charset string) *DocError {
	if charset == s.stream || s.noted[charset] {
		return nil
	}
	if s.noted == nil {
		s.noted = map[string]bool{}
	}
	s.noted[charset] = true
	return &DocError{File: path, Line: line, Err: fmt.Errorf("decoded as %s (%w)", charset, ErrNotUTF8)}
}

// notUTF8Lines returns the lines of head that are not valid UTF-8, the
// ones to detect a charset from: the valid lines are kept as they are.
func notUTF8Lines(head []byte) []byte {
	if utf8.Valid(head) {
		return nil
	}
	var out []byte
	for line := range bytes.Lines(head) {
		if !utf8.Valid(line) {
			out = append(out, line...)
		}
	}
	return out
}
