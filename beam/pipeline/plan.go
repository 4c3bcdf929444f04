package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/stancekit/stancekit/stance/corpus"
)

// A fileSet is the unit of planning: one file, or whole files that are
// small together (at most about Options.ChunkBytes), so that a directory
// of short articles is shared out in pieces of work of about a second
// rather than one article each.
type fileSet struct {
	Paths []string
	Sizes []int64 // in bytes; -1 if unknown
}

// A chunk is the unit of work of the read stage: whole files, read in
// turn, or the lines of an uncompressed JSONL file that start in
// [Start, End).
type chunk struct {
	Paths []string // the files, as matched; one for a range
	Range bool     // the chunk is lines of Paths[0]; Start, End and FirstLine are set
	Start int64    // byte offset of the first line of the chunk
	End   int64    // byte offset just past the chunk's last line
	// FirstLine is the 1-based line number of the line at Start.
	FirstLine int
}

// matchFn expands each input into the files it names, as "stance
// analyze" would read them: a glob into the paths it matches on its Beam
// file system, a local directory into the files a walk of it finds (a
// file that is not regular, such as a FIFO, is a dead letter, as it is a
// warning for "stance analyze"). A path without a wildcard that matches
// nothing is a dead letter too. Files larger than ChunkBytes are emitted
// alone; smaller ones together, in sets of about ChunkBytes.
type matchFn struct {
	ChunkBytes int64
}

func (f *matchFn) ProcessElement(ctx context.Context, input string, emit func(fileSet), dead func(DeadLetter)) error {
	fs, err := filesystem.New(ctx, input)
	if err != nil {
		return err
	}
	defer fs.Close()
	matched, err := fs.List(ctx, input)
	if err != nil {
		return fmt.Errorf("%s: %w", input, err)
	}
	if len(matched) == 0 && !strings.ContainsAny(input, "*?[") {
		badRecord(ctx, dead, &corpus.DocError{File: input, Err: errors.New("no such file or directory")})
	}
	var small fileSet
	var smallBytes int64
	add := func(path string, size int64) {
		if size < 0 || size > f.ChunkBytes {
			emit(fileSet{Paths: []string{path}, Sizes: []int64{size}})
			return
		}
		small.Paths, small.Sizes = append(small.Paths, path), append(small.Sizes, size)
		if smallBytes += size; smallBytes >= f.ChunkBytes {
			emit(small)
			small, smallBytes = fileSet{}, 0
		}
	}
	for _, path := range matched {
		if !isLocal(path) {
			size, err := fs.Size(ctx, path)
			if err != nil {
				size = -1 // the reader reports the problem
			}
			add(path, size)
			continue
		}
		info, err := os.Stat(path)
		if err != nil || !info.IsDir() {
			size := int64(-1)
			if err == nil {
				size = info.Size()
			}
			add(path, size)
			continue
		}
		files, skipped, err := corpus.WalkDir(path, walked)
		for _, p := range skipped {
			badRecord(ctx, dead, &corpus.DocError{File: p, Err: corpus.ErrNotRegular})
		}
		if err != nil {
			badRecord(ctx, dead, &corpus.DocError{File: path, Err: err})
		}
		for _, p := range files {
			size := int64(-1)
			if info, err := os.Stat(p); err == nil {
				size = info.Size()
			}
			add(p, size)
		}
	}
	if len(small.Paths) > 0 {
		emit(small)
	}
	return nil
}

// planFn turns each set of files into the chunks workers read: a set of
// small files into one chunk; an uncompressed UTF-8 JSONL file larger
// than ChunkBytes into chunks of about ChunkBytes cut at line starts; any
// other file into one chunk.
type planFn struct {
	ChunkBytes int64
	Encoding   string
}

func (f *planFn) ProcessElement(ctx context.Context, set fileSet, emit func(chunk)) {
	if len(set.Paths) != 1 {
		emit(chunk{Paths: set.Paths})
		return
	}
	path, size := set.Paths[0], set.Sizes[0]
	whole := chunk{Paths: set.Paths}
	format, gz := inputFormat(path)
	if format != corpus.FormatJSONL || gz || size <= f.ChunkBytes || !isUTF8Name(f.Encoding) {
		emit(whole)
		return
	}
	r, err := openFile(ctx, path)
	if err != nil {
		emit(whole) // the reader reports the problem
		return
	}
	defer r.Close()
	chunks, err := cutLines(r, f.ChunkBytes)
	if err != nil {
		emit(whole) // not UTF-8, or unreadable: the reader reports it
		return
	}
	for _, c := range chunks {
		c.Paths, c.Range = set.Paths, true
		emit(c)
	}
}

// errNotUTF8 stops cutLines on a file that is not all UTF-8.
var errNotUTF8 = errors.New("not UTF-8")

// cutLines reads r to the end and returns chunks of at least size bytes
// (the last may be smaller), each ending at a line end, with the numbers
// of their first lines. It returns errNotUTF8 if the data is not valid
// UTF-8 (a UTF-16 byte order mark included): a corpus reader detects the
// charset of such a file from its first 64 KiB, so the file must be read
// whole to give the same records.
func cutLines(r io.Reader, size int64) ([]chunk, error) {
	const head = utf8.UTFMax // room before the block for a rune cut by the last one
	var (
		chunks []chunk
		cur    = chunk{FirstLine: 1}
		off    int64 // bytes read before the block
		line   = 1   // the number of the line after the last newline seen
		buf    = make([]byte, head+1<<20)
		carry  int // bytes of an incomplete rune kept before the block
	)
	for {
		n, err := r.Read(buf[head:])
		data := buf[head-carry : head+n]
		k := incompleteRune(data)
		if err == io.EOF {
			k = 0 // a rune cut by the end of the file is invalid
		}
		if !utf8.Valid(data[:len(data)-k]) {
			return nil, errNotUTF8
		}
		copy(buf[head-k:head], data[len(data)-k:])
		carry = k
		block := buf[head : head+n]
		for i := 0; ; {
			j := bytes.IndexByte(block[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			line++
			if end := off + int64(i); end-cur.Start >= size {
				cur.End = end
				chunks = append(chunks, cur)
				cur = chunk{Start: end, FirstLine: line}
			}
		}
		off += int64(n)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if cur.Start < off {
		cur.End = off
		chunks = append(chunks, cur)
	}
	return chunks, nil
}

// incompleteRune returns the length of the incomplete UTF-8 sequence at
// the end of data, if any (at most 3 bytes).
func incompleteRune(data []byte) int {
	for k := 1; k <= utf8.UTFMax-1 && k <= len(data); k++ {
		b := data[len(data)-k]
		if utf8.RuneStart(b) {
			if !utf8.FullRune(data[len(data)-k:]) {
				return k
			}
			return 0
		}
	}
	return 0
}

// isUTF8Name reports whether an encoding option reads UTF-8 as UTF-8:
// "" (detect) or a name of UTF-8.
func isUTF8Name(enc string) bool {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "utf-8", "utf8", "unicode-1-1-utf-8":
		return true
	}
	return false
}

// isLocal reports whether path is on the local file system: Beam's file
// systems are chosen by a "scheme://" prefix, and a path without one is
// local.
func isLocal(path string) bool {
	return !strings.Contains(path, "://")
}

// openFile opens path on its Beam file system.
func openFile(ctx context.Context, path string) (io.ReadCloser, error) {
	if isLocal(path) {
		return os.Open(path)
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	return fs.OpenRead(ctx, path)
}
