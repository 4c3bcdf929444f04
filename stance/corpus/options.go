package corpus

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Options control how a Corpus reads its inputs. Start from
// DefaultOptions and change what you need.
type Options struct {
	// TextField, IDField and DateField name the key of a JSONL or JSON
	// article object, and the header column of a CSV corpus, that holds
	// the article text (required in every record), its identifier and
	// its date. A key matches exactly or else ignoring case; a column
	// ignoring case and surrounding space. TextField must not be empty;
	// IDField or DateField "" reads no such field. The title, source and
	// url fields keep those names; a field named like an earlier one in
	// this list is read once, as the earlier. Names cannot hold quotes, a
	// backslash, a comma or control characters.
	TextField, IDField, DateField string

	// StdinFormat is the format of standard input ("-"): "" sniffs it
	// (JSONL when it starts with "{", a JSON array when with "[" and an
	// object, HTML when with "<", else plain text; CSV is never guessed),
	// or one of Formats. Gzip-compressed input is recognised by its magic
	// bytes and decompressed in either case.
	StdinFormat string

	// Encoding is the character encoding of every input: "" detects it
	// (see DecodeText: UTF-8 is kept, UTF-16 needs a byte order mark,
	// anything else is guessed, or for an HTML page taken from its <meta>
	// declaration, and noted through OnWarning), or a name
	// that golang.org/x/text/encoding/htmlindex or ianaindex accepts,
	// such as "utf-8", "windows-1252", "iso-8859-1" or "latin1" (both
	// read as windows-1252), "utf-16le", "utf-16be", "utf-16" (little
	// endian), "shift_jis" or "koi8-r". A byte order mark wins over it.
	Encoding string

	// Dedupe skips a document whose ID was already returned. Without it a
	// repeated ID is noted through OnWarning and the document is returned.
	// Either way the first repeat of an ID is noted and later ones are
	// not. IDs are the file name without extensions for a whole file, and
	// the IDField value or file:line for a record. The IDs seen are kept
	// as 64-bit hashes: memory grows by a few dozen bytes per document.
	Dedupe bool

	// OnWarning, if not nil, is called by Next with each note about input
	// that was read all the same, a *DocError naming the file and line:
	// a repeated ID (ErrDuplicateID), text decoded from a detected
	// charset other than UTF-8 (ErrNotUTF8; once per file and charset),
	// or an HTML page too deeply nested for article extraction
	// (ErrDeepHTML). A dropped UTF-8 byte order mark, UTF-16 read by its
	// byte order mark and text decoded from the named Encoding are not
	// noted.
	OnWarning func(error)
}

// DefaultOptions read the fields "text", "id" and "date", sniff standard
// input and detect the encoding.
var DefaultOptions = Options{TextField: "text", IDField: "id", DateField: "date"}

// Formats lists the input formats, for Options.StdinFormat.
var Formats = []string{FormatText, FormatHTML, FormatJSONL, FormatJSON, FormatCSV}

// ErrBadOption is wrapped by the errors of Options.Validate.
var ErrBadOption = errors.New("bad corpus option")

// Validate reports the first unusable option, naming it.
func (o Options) Validate() error {
	if strings.TrimSpace(o.TextField) == "" {
		return fmt.Errorf("%w: TextField is empty", ErrBadOption)
	}
	for _, f := range []struct{ name, value string }{{"TextField", o.TextField}, {"IDField", o.IDField}, {"DateField", o.DateField}} {
		if !validKey(f.value) {
			return fmt.Errorf("%w: %s %q has a character a field name cannot have here (quotes, backslash, comma, control)", ErrBadOption, f.name, f.value)
		}
	}
	if o.StdinFormat != "" && !slices.Contains(Formats, o.StdinFormat) {
		return fmt.Errorf("%w: StdinFormat is %q, want one of %s", ErrBadOption, o.StdinFormat, strings.Join(Formats, ", "))
	}
	if o.Encoding != "" {
		if _, _, err := lookupEncoding(o.Encoding); err != nil {
			return fmt.Errorf("%w: Encoding: %v (for example utf-8, windows-1252, iso-8859-1, utf-16le)", ErrBadOption, err)
		}
	}
	return nil
}
