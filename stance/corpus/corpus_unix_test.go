//go:build unix

package corpus

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestWalkSkipsFIFO: a FIFO inside a walked directory would block a reader
// forever; it is reported as skipped and the files around it are read. A
// FIFO named explicitly is still opened (tested with a writer on the other
// end).
func TestWalkSkipsFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "b-pipe.txt"), 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	for _, name := range []string{"a.txt", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Text of "+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan struct{})
	var ids []string
	var skipped []string
	go func() {
		defer close(done)
		c := NewCorpus([]string{dir}, nil)
		defer c.Close()
		for {
			doc, err := c.Next()
			if err == io.EOF {
				return
			}
			var de *DocError
			if errors.As(err, &de) && errors.Is(err, ErrNotRegular) {
				skipped = append(skipped, filepath.Base(de.File))
				continue
			}
			if err != nil {
				t.Errorf("Next: %v", err)
				continue
			}
			ids = append(ids, doc.ID)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("walking a directory with a FIFO blocked")
	}
	if len(ids) != 2 || ids[0] != "a" || ids[1] != "c" {
		t.Errorf("documents %v, want [a c]", ids)
	}
	if len(skipped) != 1 || skipped[0] != "b-pipe.txt" {
		t.Errorf("skipped %v, want [b-pipe.txt]", skipped)
	}

	// Named on the command line, the FIFO is read.
	fifo := filepath.Join(dir, "b-pipe.txt")
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("Piped text.")
		f.Close()
	}()
	c := NewCorpus([]string{fifo}, nil)
	defer c.Close()
	doc, err := c.Next()
	if err != nil || doc.Text != "Piped text." {
		t.Errorf("named FIFO: %v, %v", doc, err)
	}
}
