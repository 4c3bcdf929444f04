package stance

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Errors of Models.Check.
var (
	// ErrTopicIsStance: the topic model was trained on stance labels.
	ErrTopicIsStance = errors.New("the topic model looks like a stance model")
	// ErrStanceIsTopic: the stance model was trained on topic labels.
	ErrStanceIsTopic = errors.New("the stance model looks like a topic model")
)

// Check refuses a stance model given where the topic model goes, or the
// other way round: a model's family (the label field it was trained on)
// says which it is, and two models with the same labels cannot be one of
// each. The error wraps ErrStanceIsTopic or ErrTopicIsStance and names
// both label sets.
func (m Models) Check() error {
	if m.Stance == nil || m.Topic == nil {
		return nil
	}
	sf, tf := m.Stance.Meta().Family, m.Topic.Meta().Family
	sl, tl := m.Stance.Labels(), m.Topic.Labels()
	switch {
	case sf == "topic":
		return fmt.Errorf("%w (labels %s; the topic model's are %s): give a model trained with --label stance",
			ErrStanceIsTopic, strings.Join(sl, ", "), strings.Join(tl, ", "))
	case tf == "stance" || slices.Equal(sl, tl):
		return fmt.Errorf("%w (labels %s; the stance model's are %s): give a model trained with --label topic",
			ErrTopicIsStance, strings.Join(tl, ", "), strings.Join(sl, ", "))
	}
	return nil
}
