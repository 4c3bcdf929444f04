package tally_test

import (
	"fmt"
	"time"

	"github.com/stancekit/stancekit/stance/tally"
)

// The periods a date falls in: ISO weeks start on Monday, and the last
// days of December can belong to the first week of the next year.
func ExamplePeriodOf() {
	d := tally.DayOf(time.Date(2024, 12, 31, 18, 0, 0, 0, time.UTC))
	for _, period := range tally.Periods {
		p := tally.PeriodOf(d, period)
		fmt.Printf("%-5s %-10s from %s\n", period, p.Label, p.Start.Format(time.DateOnly))
	}
	// Output:
	// day   2024-12-31 from 2024-12-31
	// week  2025-W01   from 2024-12-30
	// month 2024-12    from 2024-12-01
	// year  2024       from 2024-01-01
}
