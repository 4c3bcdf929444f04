package corpus_test

import (
	"fmt"
	"time"

	"github.com/stancekit/stancekit/stance/corpus"
)

// Dates as corpora write them; the calendar day is the one written, in
// the date's own time zone.
func ExampleParseDate() {
	for _, s := range []string{"2025-04-12", "2025-04-12T23:30:00-05:00", "Sat, 12 Apr 2025 10:00:00 GMT", "12 April 2025", "soon"} {
		t, err := corpus.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(t.Format(time.DateOnly))
	}
	// Output:
	// 2025-04-12
	// 2025-04-12
	// 2025-04-12
	// 2025-04-12
	// date "soon" not understood
}
