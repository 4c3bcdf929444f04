// Package atomicfile writes files atomically: readers of the path see
// either its old content or the complete new content, never a partial
// file.
package atomicfile

import (
	"io"
	"os"
	"path/filepath"
)

// Write writes path atomically. It creates a temporary file in path's
// directory (so that the final rename stays on one file system), calls
// write on it, sets its mode to perm, syncs and closes it, then renames it
// over path. If any step fails the temporary file is removed, path is
// left as it was, and the error is returned as is: the os errors name the
// file concerned; an error of write is returned unchanged.
//
// The mode is set with chmod, so perm is not reduced by the umask.
func Write(path string, perm os.FileMode, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
