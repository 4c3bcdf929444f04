package corpus

// Compressed input: a .gz file, or gzip on standard input, is read through
// a decompressor. What it inflates to is bounded like any input: a whole
// document by MaxRecordBytes, a record corpus record by record.

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// streamBuffer is the read buffer of an input stream: enough to sniff its
// format and detect its charset.
const streamBuffer = 64 << 10

// isGzip reports whether head starts with the gzip magic bytes.
func isGzip(head []byte) bool {
	return bytes.HasPrefix(head, []byte{0x1f, 0x8b})
}

// Gunzip returns a reader of r's decompressed bytes, as a Corpus reads a
// .gz file. Concatenated gzip members are read as one stream, as gzip -d
// does. Its errors, and those of the reader, wrap ErrGzip.
func Gunzip(r io.Reader) (io.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, gzipError(err)
	}
	return &gzipErrors{zr}, nil
}

// gzipErrors wraps the decompressor's errors in ErrGzip.
type gzipErrors struct{ r io.Reader }

func (g *gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = gzipError(err)
	}
	return n, err
}

func gzipError(err error) error {
	return fmt.Errorf("%w: %s", ErrGzip, strings.TrimPrefix(err.Error(), "gzip: "))
}

// readLimited reads all of r, up to MaxRecordBytes: more is ErrTooLarge,
// so a small compressed file that inflates without end costs at most that.
// size, the file's size when known (else 0), sizes the buffer, so a large
// document is held once and not in a buffer grown by doubling.
func readLimited(r io.Reader, gz bool, size int64) ([]byte, error) {
	var buf bytes.Buffer
	if size > 0 && !gz {
		buf.Grow(int(min(size, MaxRecordBytes)) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxRecordBytes+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if len(data) > MaxRecordBytes {
		what := ""
		if gz {
			what = " decompressed"
		}
		return nil, fmt.Errorf("%w: more than %d bytes%s", ErrTooLarge, MaxRecordBytes, what)
	}
	return data, nil
}
