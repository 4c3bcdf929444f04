package corpus

// Character sets: every input becomes UTF-8 text here. A byte order mark
// decides first (UTF-8 is dropped, UTF-16 is decoded), then a named
// encoding, else valid UTF-8 is kept as it is and anything else is
// detected with github.com/gogs/chardet (a port of ICU's detector).

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// DecodeText returns data as UTF-8 text and the charset it was decoded
// from: "" when data was UTF-8 (a UTF-8 byte order mark is dropped), else
// the canonical WHATWG name ("windows-1252", "utf-16le", "shift_jis"),
// or the lower-case IANA name for an encoding only IANA lists.
//
// encoding "" detects the charset: a byte order mark decides (UTF-8,
// UTF-16LE, UTF-16BE), then valid UTF-8 is kept, and anything else is
// guessed from its bytes; when the guess is unsure, windows-1252, the
// commonest charset of Western news before UTF-8, is used. As in the
// WHATWG Encoding Standard, ISO-8859-1 (latin1) is read as its superset
// windows-1252, whose bytes 0x80-0x9F are the curly quotes and dashes
// that ISO-8859-1 leaves as control codes. Any other encoding is a name
// that golang.org/x/text/encoding/htmlindex or ianaindex accepts (see
// Options.Encoding); a byte order mark still wins over it, as in WHATWG.
//
// Data that is not text is refused with an error wrapping ErrBinary: a
// NUL byte in what is not UTF-16, or in data that is not UTF-8 a control
// byte that no text charset uses. With encoding "utf-8" invalid UTF-8 is
// refused with ErrInvalidUTF8. DecodeText does not reject empty text.
func DecodeText(data []byte, encoding string) (text, charset string, err error) {
	return decodeText(data, encoding, false)
}

// decodeText is DecodeText. With owned, data belongs to the caller, who
// will never change it again: UTF-8 text is then data itself, not a copy,
// so a large document is held once.
func decodeText(data []byte, encoding string, owned bool) (text, charset string, err error) {
	str := func(b []byte) string {
		if owned {
			return unsafe.String(unsafe.SliceData(b), len(b))
		}
		return string(b)
	}
	if enc, name := bomEncoding(data); enc != nil {
		return decodeWith(data, enc, name)
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if encoding != "" {
		enc, name, err := lookupEncoding(encoding)
		if err != nil {
			return "", "", err
		}
		if name != "utf-8" {
			return decodeWith(data, enc, name)
		}
		if err := checkUTF8(data); err != nil {
			return "", "", err
		}
		return str(data), "", nil
	}
	if utf8.Valid(data) {
		if i := bytes.IndexByte(data, 0); i >= 0 {
			return "", "", newTextError(data, i, ErrBinary)
		}
		return str(data), "", nil
	}
	if i := bytes.IndexFunc(data, isBinaryControl); i >= 0 {
		return "", "", newTextError(data, i, ErrBinary)
	}
	enc, name := detectCharset(data)
	return decodeWith(data, enc, name)
}

var utf8BOM = []byte("\xef\xbb\xbf")

// bomEncoding returns the UTF-16 encoding that data's byte order mark
// names, or nil.
func bomEncoding(data []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	}
	return nil, ""
}

// decodeWith decodes data with enc, named name, dropping a leading byte
// order mark, and refuses text with a NUL character.
func decodeWith(data []byte, enc encoding.Encoding, name string) (string, string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("cannot decode as %s: %v", name, err)
	}
	out = bytes.TrimPrefix(out, utf8BOM)
	if i := bytes.IndexByte(out, 0); i >= 0 {
		return "", "", newTextError(out, i, ErrBinary)
	}
	return string(out), name, nil
}

// checkUTF8 refuses invalid UTF-8 and NUL bytes.
func checkUTF8(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return newTextError(data, i, ErrBinary)
	}
	if utf8.Valid(data) {
		return nil
	}
	i := invalidUTF8At(data)
	return newTextError(data, i, fmt.Errorf("%w at byte %d; convert the file to UTF-8 (for example with iconv)", ErrInvalidUTF8, i))
}

// invalidUTF8At returns the offset of the first byte of data that is not
// part of valid UTF-8, or len(data).
func invalidUTF8At(data []byte) int {
	i := 0
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	return i
}

// isBinaryControl reports a byte that no text charset uses: the C0
// control codes other than tab, line feed, vertical tab, form feed,
// carriage return, the DOS end-of-file mark (0x1A) and escape (which
// ISO-2022 encodings use). Only ASCII is looked at: the runes here are
// UTF-8 decoding errors or ASCII.
func isBinaryControl(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', 0x1a, 0x1b:
		return false
	}
	return r < 0x20
}

// lookupEncoding resolves an encoding name: WHATWG labels first
// (htmlindex), then IANA names (ianaindex). The "replacement" encoding,
// which decodes anything to one U+FFFD, is refused.
func lookupEncoding(name string) (encoding.Encoding, string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if enc, err := htmlindex.Get(n); err == nil {
		canon, err := htmlindex.Name(enc)
		if err == nil && canon != "replacement" {
			return enc, canon, nil
		}
	}
	if enc, err := ianaindex.IANA.Encoding(n); err == nil && enc != nil {
		if canon, err := ianaindex.IANA.Name(enc); err == nil {
			return enc, strings.ToLower(canon), nil
		}
		return enc, n, nil
	}
	return nil, "", fmt.Errorf("unknown encoding %q", name)
}

// detectSample bounds the bytes the charset detector looks at.
const detectSample = 64 << 10

// detectCharset guesses the charset of data, which is not valid UTF-8.
// The detector sees up to 64 KiB around the first byte that is not UTF-8.
// A guess is taken when its confidence is over 10 (of 100), when it is not
// a Unicode encoding (the byte order mark and UTF-8 were ruled out) and
// when it decodes the sample without replacement characters; a guess that
// decodes the sample just as windows-1252 does is called windows-1252.
// Without such a guess the answer is windows-1252.
func detectCharset(data []byte) (encoding.Encoding, string) {
	sample := detectWindow(data)
	fallback := charmap.Windows1252
	want1252, _ := fallback.NewDecoder().Bytes(sample)
	results, err := chardet.NewTextDetector().DetectAll(sample)
	if err != nil {
		return fallback, "windows-1252"
	}
	hadFFFD := bytes.Contains(sample, []byte("\uFFFD"))
	// The detector's order among guesses of equal confidence is not
	// stable from run to run ("café crème" scores the same as
	// ISO-8859-1 and ISO-8859-2), so the best confidence is taken as a
	// group: windows-1252 if any guess in it decodes the sample as
	// windows-1252 does, else the first by name.
	var best encoding.Encoding
	bestName, bestConf := "", -1
	for _, r := range results {
		if r.Confidence <= 10 || bestConf >= 0 && r.Confidence < bestConf {
			break
		}
		lower := strings.ToLower(r.Charset)
		if strings.HasPrefix(lower, "utf-") {
			continue
		}
		enc, name, err := lookupEncoding(lower)
		if err != nil {
			continue // IBM420 and IBM424 (EBCDIC) have no decoder here
		}
		got, err := enc.NewDecoder().Bytes(sample)
		if err != nil || !hadFFFD && bytes.ContainsRune(got, utf8.RuneError) {
			continue
		}
		if bytes.Equal(got, want1252) {
			return fallback, "windows-1252"
		}
		if bestConf < 0 || name < bestName {
			best, bestName, bestConf = enc, name, r.Confidence
		}
	}
	if best != nil {
		return best, bestName
	}
	return fallback, "windows-1252"
}

// detectWindow returns up to detectSample bytes of data around its first
// byte that is not UTF-8, cut at line feeds (an ASCII line feed never
// occurs inside a character of the ASCII-compatible charsets guessed), so
// that no character is cut in two.
func detectWindow(data []byte) []byte {
	if len(data) <= detectSample {
		return data
	}
	start := 0
	if bad := invalidUTF8At(data); bad > detectSample/2 {
		start = bad - detectSample/2
		if i := bytes.IndexByte(data[start:bad], '\n'); i >= 0 {
			start += i + 1
		}
	}
	end := min(start+detectSample, len(data))
	if end < len(data) {
		if i := bytes.LastIndexByte(data[start:end], '\n'); i > 0 {
			end = start + i
		}
	}
	return data[start:end]
}

// trimPartialRune drops an incomplete UTF-8 sequence at the end of b, as
// left by cutting a stream at a buffer size.
func trimPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}
