package main

import (
	"context"
	"errors"
)

// runTrain is a placeholder until the command lands.
func runTrain(ctx context.Context, e env, args []string) error {
	return errors.New("train: not implemented yet")
}
