package train

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/stancekit/stancekit/internal/atomicfile"
	"github.com/stancekit/stancekit/stance/nb"
)

// SaveModel writes the classifier to path atomically, with mode 0644: to a
// temporary file in the same directory, synced, then renamed over path.
// Readers never see a partial model.
func SaveModel(path string, c *nb.Classifier) error {
	created := false
	err := atomicfile.Write(path, 0o644, func(w io.Writer) error {
		created = true
		return c.WriteModel(w)
	})
	if err == nil {
		return nil
	}
	// Errors creating and renaming the temporary file name path or its
	// directory already; the others name only the temporary file.
	var le *os.LinkError
	if !created || errors.As(err, &le) {
		return fmt.Errorf("save model: %w", err)
	}
	return fmt.Errorf("save model %s: %w", path, err)
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
