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
	"slices"
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

// dayCounts are one name's statements per day, compact: for each day, in
// increasing order, a record of 2+k int32s for k stance labels: the day,
// its statements (uncertain ones included), then its statements per stance
// label (uncertain ones left out). A name quoted on many days costs
// 4(2+k) bytes a day, not a map entry's hundred.
type dayCounts []int32

// find returns the index of day d's record, or where it goes.
func (dc dayCounts) find(d Day, k int) (int, bool) {
	stride := 2 + k
	lo, hi := 0, len(dc)/stride
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if Day(dc[m*stride]) < d {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo * stride, lo*stride < len(dc) && Day(dc[lo*stride]) == d
}

// add counts a statement on day d with stance label si (si < 0: an
// uncertain statement, in no stance count).
func (dc dayCounts) add(d Day, si, k int) dayCounts {
	i, ok := dc.find(d, k)
	if !ok {
		rec := make([]int32, 2+k)
		rec[0] = int32(d)
		dc = slices.Insert(dc, i, rec...)
	}
	dc[i+1]++
	if si >= 0 {
		dc[i+2+si]++
	}
	return dc
}

// addAll adds the counts of q, for the same k labels.
func (dc dayCounts) addAll(q dayCounts, k int) dayCounts {
	stride := 2 + k
	if len(dc) == 0 {
		return slices.Clone(q)
	}
	out := make(dayCounts, 0, len(dc)+len(q))
	for len(dc) > 0 || len(q) > 0 {
		switch {
		case len(q) == 0 || (len(dc) > 0 && dc[0] < q[0]):
			out, dc = append(out, dc[:stride]...), dc[stride:]
		case len(dc) == 0 || q[0] < dc[0]:
			out, q = append(out, q[:stride]...), q[stride:]
		default:
			out = append(out, dc[:stride]...)
			for j := 1; j < stride; j++ {
				out[len(out)-stride+j] += q[j]
			}
			dc, q = dc[stride:], q[stride:]
		}
	}
	return out
}

// each calls f with each day's statements and stance counts, in order.
func (dc dayCounts) each(k int, f func(d Day, quotes int, stance []int32)) {
	stride := 2 + k
	for i := 0; i+stride <= len(dc); i += stride {
		f(Day(dc[i]), int(dc[i+1]), dc[i+2:i+stride])
	}
}
