package nb

import (
	"math"
	"slices"
	"testing"
)

func TestScoreLabels(t *testing.T) {
	gold := []string{"a", "a", "a", "b", "b", "c", ""}
	pred := []string{"a", "a", "b", "b", "", "c", "a"}
	s := ScoreLabels(gold, pred, []string{"d"})
	if s.N != 6 {
		t.Errorf("N %d, want 6 (the empty gold label skipped)", s.N)
	}
	if want := 4.0 / 6; s.Accuracy != want {
		t.Errorf("accuracy %v, want %v", s.Accuracy, want)
	}
	if want := []string{"a", "b", "c", "d"}; !slices.Equal(s.Labels, want) {
		t.Errorf("labels %q, want %q", s.Labels, want)
	}
	// a: P 1, R 2/3; b: P 1/2, R 1/2; c: 1, 1; d: 0 (no support, no predictions).
	f1a := 2 * 1 * (2.0 / 3) / (1 + 2.0/3)
	if want := (f1a + 0.5 + 1 + 0) / 4; math.Abs(s.MacroF1-want) > 1e-12 {
		t.Errorf("macro-F1 %v, want %v", s.MacroF1, want)
	}
	if cs := s.Classes["b"]; cs.Support != 2 || cs.Precision != 0.5 || cs.Recall != 0.5 {
		t.Errorf("class b %+v", cs)
	}
	if n := s.Confusion["b"][""]; n != 1 {
		t.Errorf("confusion[b][\"\"] = %d, want 1", n)
	}
}
