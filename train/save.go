package train

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/stance/nb"
)

// SaveModel writes the classifier to path atomically: to a temporary file
// in the same directory, synced, then renamed over path. Readers never see
// a partial model.
func SaveModel(path string, c *nb.Classifier) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := c.WriteModel(f); err != nil {
		return fmt.Errorf("save model %s: %w", path, err)
	}
	if err := f.Chmod(0o644); err != nil {
		return fmt.Errorf("save model %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("save model %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("save model %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// LoadModel reads a model file.
func LoadModel(path string) (*nb.Classifier, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c, err := nb.ReadModel(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}
