package corpus

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// ErrNoDate is returned by ParseDate for an empty date.
var ErrNoDate = errors.New("no date")

// ParseDate reads a document's date as corpora and web pages write it:
// ISO 8601 dates and times (2025-04-12, 2025-04-12T09:40:00+02:00),
// RFC 1123 and RFC 822 (Sat, 12 Apr 2025 10:00:00 GMT), written-out
// dates (April 12, 2025; 12 April 2025), 20250412, Unix seconds; a date
// with slashes or dots is read month first (04/12/2025 is 12 April)
// unless its first number is over 12 (31/03/2025). The time keeps the
// zone the date gives (UTC if none), so its calendar day is the one
// written. It returns ErrNoDate for an empty date and an error naming the
// date for one it cannot read or outside the years 1000 to 9999.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, ErrNoDate
	}
	t, err := dateparse.ParseAny(s, dateparse.RetryAmbiguousDateWithSwap(true), dateparse.SimpleErrorMessages(true))
	if err != nil || t.Year() < 1000 || t.Year() > 9999 {
		return time.Time{}, fmt.Errorf("date %q not understood", s)
	}
	return t, nil
}

// Time returns ParseDate(d.Date).
func (d *Document) Time() (time.Time, error) { return ParseDate(d.Date) }
