package corpus

import (
	"errors"
	"fmt"
	"testing"
)

// TestIDSetWindow checks that without Dedupe an idSet notes a repeat
// within its window and forgets IDs older than that, and that with Dedupe
// it remembers every ID.
func TestIDSetWindow(t *testing.T) {
	defer func(n int) { recentIDs = n }(recentIDs)
	recentIDs = 4
	doc := func(i int) *Document { return &Document{ID: fmt.Sprintf("id-%d", i), Path: "c.jsonl", Line: i + 1} }
	for _, dedupe := range []bool{false, true} {
		var s idSet
		for i := 0; i < 10; i++ {
			if note, _ := s.add(doc(i), dedupe); note != nil {
				t.Fatalf("dedupe %v: note for a new id: %v", dedupe, note)
			}
		}
		note, skip := s.add(doc(8), dedupe) // within the window
		if !errors.Is(note, ErrDuplicateID) || skip != dedupe {
			t.Errorf("dedupe %v: a recent repeat gave note %v, skip %v", dedupe, note, skip)
		}
		note, skip = s.add(doc(1), dedupe) // older than the window
		if remembered := dedupe; (note != nil) != remembered || skip != dedupe {
			t.Errorf("dedupe %v: an old repeat gave note %v, skip %v", dedupe, note, skip)
		}
		if !dedupe && len(s.first) > recentIDs {
			t.Errorf("%d ids remembered, want at most %d", len(s.first), recentIDs)
		}
	}
}
