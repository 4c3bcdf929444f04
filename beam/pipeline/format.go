package pipeline

import (
	"path"
	"strings"

	"github.com/stancekit/stancekit/stance/corpus"
)

// The choice of format by file name mirrors stance/corpus (formatOf and
// knownExtension there, which are unexported): a file read whole through
// corpus.Corpus has its format chosen by the corpus itself, but a chunk
// of a JSONL file, and a file on a remote file system, are read as
// standard input with this format. TestFormatsMatchCorpus checks the two
// agree on every extension the corpus knows.

// inputFormat returns the corpus format of a file from its name (the
// extension before ".gz" for a compressed file; gz is then true): files
// with another extension are plain text, as when named on the command
// line.
func inputFormat(name string) (format string, gz bool) {
	gz = strings.EqualFold(path.Ext(name), ".gz")
	switch innerExt(name) {
	case ".html", ".htm":
		return corpus.FormatHTML, gz
	case ".jsonl", ".ndjson":
		return corpus.FormatJSONL, gz
	case ".json":
		return corpus.FormatJSON, gz
	case ".csv":
		return corpus.FormatCSV, gz
	}
	return corpus.FormatText, gz
}

// walked reports whether a file found in a directory is read: one with an
// input extension, compressed or not.
func walked(name string) bool {
	switch innerExt(name) {
	case ".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv":
		return true
	}
	return false
}

// innerExt is a file's lower-case extension, the one before ".gz" for a
// compressed file.
func innerExt(name string) string {
	name = strings.ToLower(path.Base(name))
	return path.Ext(strings.TrimSuffix(name, ".gz"))
}
