package corpus

import (
	"io"
	"os"
	"sync/atomic"
)

// Progress through a corpus, in bytes of input, for progress bars: Size is
// the total before a run, Corpus.BytesRead how far the run has got.

// Size returns the total size in bytes of the files a Corpus over paths
// reads: the files named, and those a walk of the directories named
// finds. Compressed files count their compressed size, as BytesRead
// does. known is false when the total cannot be known before reading:
// standard input is among the paths, or a path is not a regular file or
// directory. A missing file adds nothing (the run will warn about it).
func Size(paths []string) (total int64, known bool) {
	known = true
	for _, p := range paths {
		if p == "-" {
			known = false
			continue
		}
		info, err := os.Stat(p)
		switch {
		case err != nil:
		case info.IsDir():
			files, _, _ := WalkDir(p, knownExtension)
			for _, f := range files {
				if fi, err := os.Stat(f); err == nil {
					total += fi.Size()
				}
			}
		case info.Mode().IsRegular():
			total += info.Size()
		default:
			known = false
		}
	}
	return total, known
}

// BytesRead returns how many bytes of input files the corpus has read so
// far (compressed bytes for a compressed file); a file it is done with,
// read to the end or not, counts in full. It is safe to call from any
// goroutine while another calls Next.
func (c *Corpus) BytesRead() int64 { return c.read.read.Load() }

// byteCount is the count behind BytesRead.
type byteCount struct {
	read atomic.Int64
	// The file being read: its size and the bytes counted from it.
	size, counted int64
}

// start begins counting a file of the given size, counting the rest of
// the previous file as read.
func (b *byteCount) start(size int64) {
	b.finish()
	b.size, b.counted = size, 0
}

// finish counts the rest of the current file as read.
func (b *byteCount) finish() {
	if rest := b.size - b.counted; rest > 0 {
		b.read.Add(rest)
	}
	b.size, b.counted = 0, 0
}

// reader returns r counting what is read from it.
func (b *byteCount) reader(r io.Reader) io.Reader { return &countingReader{r, b} }

type countingReader struct {
	r io.Reader
	b *byteCount
}

func (cr *countingReader) Read(p []byte) (int, error) {
	n, err := cr.r.Read(p)
	if n > 0 {
		// Never more than the size stat gave, should the file grow.
		add := min(int64(n), max(cr.b.size-cr.b.counted, 0))
		cr.b.counted += int64(n)
		cr.b.read.Add(add)
	}
	return n, err
}
