package main

import (
	"context"
	"errors"
)

// runEval is a placeholder until the command lands.
func runEval(ctx context.Context, e env, args []string) error {
	return errors.New("eval: not implemented yet")
}
