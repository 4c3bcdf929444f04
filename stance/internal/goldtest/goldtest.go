// Package goldtest holds what the tests that score the project's gold
// articles (data/gold) share.
package goldtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Selected reports whether the gold article stem is measured:
// STANCE_GOLD_GLOB is a filepath.Match pattern on the stem ("heldout-*"
// measures the held-out articles, "[^h]*" the ones the rules were tuned
// on); unset, all are.
func Selected(tb testing.TB, stem string) bool {
	pat := os.Getenv("STANCE_GOLD_GLOB")
	if pat == "" {
		return true
	}
	ok, err := filepath.Match(pat, stem)
	if err != nil {
		tb.Fatalf("STANCE_GOLD_GLOB %q: %v", pat, err)
	}
	return ok
}
