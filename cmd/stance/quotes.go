package main

import (
	"context"
	"errors"
)

// runQuotes is a placeholder until the command lands.
func runQuotes(ctx context.Context, e env, args []string) error {
	return errors.New("quotes: not implemented yet")
}
