package quote

import (
	"encoding/json"
	"fmt"
)

// A Span is a half-open range [Start, End) of UTF-8 byte offsets into a
// document's text. End is exclusive; Start <= End always holds for spans
// produced by this package.
type Span struct {
	Start int // first byte, inclusive
	End   int // last byte, exclusive
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Text returns the bytes of text covered by s. It panics, like a slice
// expression, if s is out of range for text: that is a caller bug.
func (s Span) Text(text string) string { return text[s.Start:s.End] }

// MarshalJSON writes a span as a two-element array [start, end], the form
// used by the JSON Lines output and by the PolNeAR scorer.
func (s Span) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%d,%d]", s.Start, s.End)), nil
}

// UnmarshalJSON reads the [start, end] form written by MarshalJSON.
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("stance: span %s: want [start, end]", b)
	}
	s.Start, s.End = a[0], a[1]
	return nil
}
