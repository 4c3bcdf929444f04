package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/stancekit/stancekit/stance"
)

// eachDocument reads corpus and calls work on each document in parallel on
// workers goroutines, then emit on the results in input order. A bad
// document is passed to warn and the run goes on; emit's error stops it.
// Memory is bounded by a few documents per worker.
func eachDocument[T any](ctx context.Context, corpus *stance.Corpus, workers int,
	work func(*stance.Document) T, emit func(*stance.Document, T) error, warn func(error)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		doc *stance.Document
	}
	type result struct {
		seq int
		doc *stance.Document
		val T
	}
	parent := ctx
	jobs := make(chan job, workers)
	results := make(chan result, workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var readErr error
	go func() {
		defer close(jobs)
		for seq := 0; ; {
			doc, err := corpus.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				var de *stance.DocError
				if !errors.As(err, &de) {
					readErr = err
					return
				}
				warn(err)
				continue
			}
			select {
			case jobs <- job{seq, doc}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := result{j.seq, j.doc, work(j.doc)}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]result{}
	next := 0
	var emitErr error
	for r := range results {
		if emitErr != nil {
			continue
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := emit(p.doc, p.val); err != nil {
				emitErr = err
				cancel()
				break
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	if err := parent.Err(); err != nil {
		return err
	}
	if readErr != nil {
		return fmt.Errorf("reading input: %w", readErr)
	}
	return nil
}
