package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/nb"
)

// loadModel reads the model file at path, or returns the embedded default
// when path is empty. flagName names the flag in errors.
func loadModel(flagName, path string, embedded func() (*nb.Classifier, error)) (*nb.Classifier, error) {
	if path == "" {
		return embedded()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flagName, err)
	}
	defer f.Close()
	c, err := nb.ReadModel(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", flagName, path, err)
	}
	return c, nil
}

// checkModels refuses a stance model given where the topic model goes, or
// the other way round: the model's family (the label field it was trained
// on) says which it is, and two models with the same labels cannot be one
// of each.
func checkModels(m stance.Models) error {
	if m.Topic == nil {
		return nil
	}
	sf, tf := m.Stance.Meta().Family, m.Topic.Meta().Family
	sl, tl := m.Stance.Labels(), m.Topic.Labels()
	switch {
	case sf == "topic":
		return fmt.Errorf("the stance model looks like a topic model (labels %s; the topic model's are %s): give a model trained with --label stance",
			strings.Join(sl, ", "), strings.Join(tl, ", "))
	case tf == "stance" || slices.Equal(sl, tl):
		return fmt.Errorf("--topic-model: the topic model looks like a stance model (labels %s; the stance model's are %s): give a model trained with --label topic",
			strings.Join(tl, ", "), strings.Join(sl, ", "))
	}
	return nil
}
