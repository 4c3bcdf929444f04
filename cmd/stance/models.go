package main

import (
	"errors"
	"fmt"
	"os"

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

// checkModels is Models.Check with the flag named for a topic model that
// is a stance model.
func checkModels(m stance.Models) error {
	err := m.Check()
	if errors.Is(err, stance.ErrTopicIsStance) {
		return fmt.Errorf("--topic-model: %w", err)
	}
	return err
}
