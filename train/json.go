package train

import (
	"unicode/utf16"
	"unicode/utf8"
)

// decodeFlat is the fast path of JSONL decoding: a JSON object whose
// values are all strings. It returns the wanted fields' values (nil when
// absent; the last one wins for a repeated key, as in encoding/json).
// On anything else - other value types, invalid JSON, invalid UTF-8 - it
// returns ok false and the caller decodes with encoding/json, which also
// produces the error message. FuzzDecodeFlat checks it agrees with
// encoding/json.
func decodeFlat(b []byte, want []string) (vals []*string, ok bool) {
	vals = make([]*string, len(want))
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return nil, false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return vals, skipSpace(b, i+1) == len(b)
	}
	var buf []byte
	for {
		if i >= len(b) || b[i] != '"' {
			return nil, false
		}
		var key []byte
		key, buf, i, ok = scanString(b, i, buf[:0])
		if !ok {
			return nil, false
		}
		field := -1
		for j, w := range want {
			if w != "" && string(key) == w {
				field = j
			}
		}
		i = skipSpace(b, i)
		if i >= len(b) || b[i] != ':' {
			return nil, false
		}
		i = skipSpace(b, i+1)
		if i >= len(b) || b[i] != '"' {
			return nil, false
		}
		var val []byte
		val, buf, i, ok = scanString(b, i, buf[:0])
		if !ok {
			return nil, false
		}
		if field >= 0 {
			s := string(val)
			vals[field] = &s
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return nil, false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return vals, skipSpace(b, i+1) == len(b)
		default:
			return nil, false
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// scanString decodes the JSON string starting at b[i] == '"'. It returns
// the decoded bytes (a sub-slice of b when there are no escapes, else in
// buf), buf, the index after the closing quote, and ok.
func scanString(b []byte, i int, buf []byte) (s, outBuf []byte, next int, ok bool) {
	i++
	start := i
	ascii := true
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			s := b[start:i]
			if !ascii && !utf8.Valid(s) {
				return nil, buf, 0, false
			}
			return s, buf, i + 1, true
		case c == '\\':
			return scanEscaped(b, start, i, buf)
		case c < 0x20:
			return nil, buf, 0, false
		case c >= utf8.RuneSelf:
			ascii = false
		}
		i++
	}
	return nil, buf, 0, false
}

// scanEscaped continues scanString from the first backslash at i.
func scanEscaped(b []byte, start, i int, buf []byte) ([]byte, []byte, int, bool) {
	buf = append(buf, b[start:i]...)
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			if !utf8.Valid(buf) {
				return nil, buf, 0, false
			}
			return buf, buf, i + 1, true
		case c < 0x20:
			return nil, buf, 0, false
		case c != '\\':
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(b) {
			return nil, buf, 0, false
		}
		switch b[i+1] {
		case '"', '\\', '/':
			buf = append(buf, b[i+1])
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := hex4(b, i+2)
			if !ok {
				return nil, buf, 0, false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				// Only a well-formed pair takes the fast path.
				if i+1 >= len(b) || b[i] != '\\' || b[i+1] != 'u' {
					return nil, buf, 0, false
				}
				r2, ok := hex4(b, i+2)
				if !ok {
					return nil, buf, 0, false
				}
				r = utf16.DecodeRune(r, r2)
				if r == utf8.RuneError {
					return nil, buf, 0, false
				}
				i += 6
			}
			buf = utf8.AppendRune(buf, r)
			continue
		default:
			return nil, buf, 0, false
		}
		i += 2
	}
	return nil, buf, 0, false
}

func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
