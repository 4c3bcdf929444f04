package corpus

// The article object of JSONL and JSON corpora. It is decoded into a
// struct built for the field names of the Options, so that the text is
// scanned no more than encoding/json scans it for a fixed struct.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode"

	"github.com/stancekit/stancekit/stance/internal/jsonerr"
)

// The fields of an article object, in the order of articleNames.
const (
	fieldText = iota
	fieldID
	fieldDate
	fieldTitle
	fieldSource
	fieldURL
	numFields
)

// articleTypes caches the struct type of each set of field names.
var articleTypes sync.Map // [numFields]string -> reflect.Type

// articleNames returns the JSON key of each field; "" for a field not
// read (no name, or the name of an earlier field).
func articleNames(opts Options) [numFields]string {
	names := [numFields]string{opts.TextField, opts.IDField, opts.DateField, "title", "source", "url"}
	for i := range names {
		for j := range i {
			if strings.EqualFold(names[i], names[j]) {
				names[i] = ""
			}
		}
	}
	return names
}

// articleType returns a struct type with one field per name: the ID a
// json.RawMessage (a string or a number), the others *string. As for any
// struct, encoding/json matches a key exactly or else ignoring case.
func articleType(names [numFields]string) reflect.Type {
	if t, ok := articleTypes.Load(names); ok {
		return t.(reflect.Type)
	}
	fields := make([]reflect.StructField, numFields)
	for i, name := range names {
		tag := "-"
		if name != "" {
			tag = name
		}
		typ := reflect.TypeFor[*string]()
		if i == fieldID {
			typ = reflect.TypeFor[json.RawMessage]()
		}
		fields[i] = reflect.StructField{Name: fmt.Sprintf("F%d", i), Type: typ, Tag: reflect.StructTag(`json:"` + tag + `"`)}
	}
	t, _ := articleTypes.LoadOrStore(names, reflect.StructOf(fields))
	return t.(reflect.Type)
}

// validKey reports whether encoding/json can match a struct field to the
// key name: letters, digits, spaces and punctuation other than quotes,
// backslash and comma.
func validKey(name string) bool {
	for _, c := range name {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// parseArticle reads one article object, with the field names of opts.
// The text is required; title, date, source and url must be strings
// when present, and the id a string or a number (kept as written).
func parseArticle(obj []byte, opts Options) (*Document, error) {
	names := articleNames(opts)
	v := reflect.New(articleType(names))
	if err := json.Unmarshal(obj, v.Interface()); err != nil {
		var te *json.UnmarshalTypeError
		switch {
		case !errors.As(err, &te):
			return nil, fmt.Errorf("%w: %v", ErrRecord, jsonerr.Message(err))
		case te.Field == "":
			return nil, fmt.Errorf("%w: not a JSON object but a JSON %s", ErrRecord, kindName(te.Value))
		}
		return nil, fmt.Errorf("%w: field %q should be a string, not a JSON %s", ErrRecord, te.Field, kindName(te.Value))
	}
	if bytes.Equal(bytes.TrimSpace(obj), []byte("null")) {
		return nil, fmt.Errorf("%w: not a JSON object but null", ErrRecord)
	}
	rec := v.Elem()
	str := func(i int) string {
		if p := rec.Field(i).Interface().(*string); p != nil {
			return *p
		}
		return ""
	}
	text := rec.Field(fieldText).Interface().(*string)
	switch {
	case text == nil:
		return nil, fmt.Errorf("%w: missing %q field", ErrRecord, opts.TextField)
	case strings.TrimSpace(*text) == "":
		return nil, ErrEmpty
	case strings.IndexByte(*text, 0) >= 0:
		return nil, ErrBinary
	}
	doc := &Document{Text: *text, Date: str(fieldDate), Title: str(fieldTitle), Source: str(fieldSource), URL: str(fieldURL)}
	raw := bytes.TrimSpace(rec.Field(fieldID).Interface().(json.RawMessage))
	switch {
	case len(raw) == 0 || string(raw) == "null":
	case raw[0] == '"':
		json.Unmarshal(raw, &doc.ID)
	case raw[0] == '-' || '0' <= raw[0] && raw[0] <= '9':
		doc.ID = string(raw) // a number, kept as written
	default:
		return nil, fmt.Errorf("%w: field %q should be a string or a number, not a JSON %s", ErrRecord, opts.IDField, kindName(jsonKind(raw[0])))
	}
	return doc, nil
}

// jsonKind names the kind of the JSON value that starts with c, as
// encoding/json's UnmarshalTypeError does.
func jsonKind(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	case '"':
		return "string"
	}
	return "number"
}

// kindName spells out encoding/json's names of JSON kinds.
func kindName(kind string) string {
	if kind == "bool" {
		return "boolean"
	}
	return kind
}
