package main

import (
	"context"
	"errors"
)

// runMerge is a placeholder until the command lands.
func runMerge(ctx context.Context, e env, args []string) error {
	return errors.New("merge: not implemented yet")
}
