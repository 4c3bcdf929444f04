// Package jsonerr turns encoding/json's errors into messages for a person.
// It is a leaf: it imports nothing of the module, so corpus and tally can
// share it without depending on each other.
package jsonerr

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Message shortens encoding/json's messages: a syntax error gives its
// column, a type error the field and the types involved.
func Message(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("invalid JSON at column %d: %v", se.Offset, err)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q should be a %v, not a JSON %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}
