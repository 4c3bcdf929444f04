package main

import (
	"context"
	"errors"
)

// runClassify is a placeholder until the command lands.
func runClassify(ctx context.Context, e env, args []string) error {
	return errors.New("classify: not implemented yet")
}
