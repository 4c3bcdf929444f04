package tally

// Time: a Partial made with dates counts documents and each name's
// statements per calendar day; Summarize bins the days into periods
// (SummaryOptions.Period). Days, not periods, are counted so that the
// period is chosen when the summary is made, after a merge, as the other
// summary options are; a name has at most one count per day it is quoted
// on, so the cost over counting per month is only that of the names
// quoted on many days, which are few.

import (
	"fmt"
	"time"
)

// The periods Summarize can bin dates into (SummaryOptions.Period).
const (
	PeriodDay   = "day"   // a calendar day, labelled 2025-04-12
	PeriodWeek  = "week"  // an ISO 8601 week, Monday to Sunday, labelled 2025-W15
	PeriodMonth = "month" // a calendar month, labelled 2025-04
	PeriodYear  = "year"  // a calendar year, labelled 2025
)

// Periods lists the periods, shortest first.
var Periods = []string{PeriodDay, PeriodWeek, PeriodMonth, PeriodYear}

// A Day is a calendar date as a count of days since 1970-01-01: the
// date a document was published, as the document gives it (its own time
// zone, not converted to UTC).
type Day int32

// DayOf returns the calendar date of t in t's own location.
func DayOf(t time.Time) Day {
	y, m, d := t.Date()
	return Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Time returns midnight UTC of d.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// String formats d as 2006-01-02.
func (d Day) String() string { return d.Time().Format(time.DateOnly) }

// parseDay reads a day written by String.
func parseDay(s string) (Day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return DayOf(t), nil
}

// A Period is one bin of a time breakdown.
type Period struct {
	Label string    // 2025-04-12, 2025-W15, 2025-04 or 2025, as the period's constant says
	Start time.Time // the first day of the period, midnight UTC
	End   time.Time // the day after its last day, midnight UTC
}

// PeriodOf returns the period of the given length (PeriodDay, ...) that
// holds day d. It panics if period is not one of Periods.
func PeriodOf(d Day, period string) Period {
	t := d.Time()
	y, m, _ := t.Date()
	switch period {
	case PeriodDay:
		return Period{t.Format(time.DateOnly), t, t.AddDate(0, 0, 1)}
	case PeriodWeek:
		wy, w := t.ISOWeek()
		start := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // back to Monday
		return Period{fmt.Sprintf("%04d-W%02d", wy, w), start, start.AddDate(0, 0, 7)}
	case PeriodMonth:
		start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return Period{start.Format("2006-01"), start, start.AddDate(0, 1, 0)}
	case PeriodYear:
		start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return Period{start.Format("2006"), start, start.AddDate(1, 0, 0)}
	}
	panic(fmt.Sprintf("tally: PeriodOf: unknown period %q", period))
}

// DayStats are one name's statements on one day.
type DayStats struct {
	Quotes int   // statements, uncertain ones included
	Stance []int // statements per stance label, uncertain ones left out
}
