package stance_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/corpus"
)

// docs is a Reader of n documents, every fifth of them bad.
type docs struct{ i, n int }

func (d *docs) Next() (*corpus.Document, error) {
	if d.i == d.n {
		return nil, io.EOF
	}
	d.i++
	if d.i%5 == 0 {
		return nil, &corpus.DocError{File: "corpus.jsonl", Line: d.i, Err: corpus.ErrRecord}
	}
	return &corpus.Document{ID: fmt.Sprint(d.i), Line: d.i, Text: fmt.Sprintf("Document %d.", d.i)}, nil
}

func TestEachKeepsOrder(t *testing.T) {
	var got []int
	var bad []int
	opts := stance.Options{Workers: 4, OnError: func(err error) {
		var de *corpus.DocError
		if !errors.As(err, &de) {
			t.Errorf("OnError got %v, not a *corpus.DocError", err)
		}
		bad = append(bad, de.Line)
	}}
	err := stance.Each(context.Background(), &docs{n: 200}, opts,
		func(d *corpus.Document) int { return d.Line },
		func(d *corpus.Document, line int) error { got = append(got, line); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 160 || len(bad) != 40 {
		t.Fatalf("%d documents and %d bad ones, want 160 and 40", len(got), len(bad))
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Fatalf("document %d emitted after %d: order lost", got[i], got[i-1])
		}
	}
	for i := 1; i < len(bad); i++ {
		if bad[i] <= bad[i-1] {
			t.Fatalf("bad document %d reported after %d: order lost", bad[i], bad[i-1])
		}
	}
}

func TestEachStrictAndEmitErrors(t *testing.T) {
	n := 0
	err := stance.Each(context.Background(), &docs{n: 200}, stance.Options{Workers: 3, Strict: true},
		func(d *corpus.Document) int { return d.Line },
		func(*corpus.Document, int) error { n++; return nil })
	var de *corpus.DocError
	if !errors.As(err, &de) || de.Line != 5 || n != 4 {
		t.Errorf("strict: got %v after %d documents, want the DocError of line 5 after 4", err, n)
	}
	stop := errors.New("stop")
	err = stance.Each(context.Background(), &docs{n: 200}, stance.Options{Workers: 3},
		func(d *corpus.Document) int { return d.Line },
		func(_ *corpus.Document, line int) error {
			if line == 7 {
				return stop
			}
			return nil
		})
	if err != stop {
		t.Errorf("emit error: got %v, want it returned", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = stance.Each(ctx, &docs{n: 200}, stance.Options{},
		func(d *corpus.Document) int { return d.Line },
		func(*corpus.Document, int) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: got %v", err)
	}
}

// A panic in the work on one document is that document's error, with
// its file and line; the rest of the corpus is processed, in order.
func TestEachSurvivesAPanic(t *testing.T) {
	var got, bad []int
	opts := stance.Options{Workers: 3, OnError: func(err error) {
		var de *corpus.DocError
		if !errors.As(err, &de) {
			t.Errorf("OnError got %v, not a *corpus.DocError", err)
			return
		}
		if de.Line == 7 && !strings.Contains(err.Error(), "internal error") {
			t.Errorf("the panic's error does not say what it is: %v", err)
		}
		bad = append(bad, de.Line)
	}}
	err := stance.Each(context.Background(), &docs{n: 20}, opts,
		func(d *corpus.Document) int {
			if d.Line == 7 {
				var s []int
				return s[d.Line] // index out of range
			}
			return d.Line
		},
		func(_ *corpus.Document, line int) error { got = append(got, line); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(bad) != "[5 7 10 15 20]" || len(got) != 15 {
		t.Errorf("bad %v and %d good documents, want [5 7 10 15 20] and 15", bad, len(got))
	}
	err = stance.Each(context.Background(), &docs{n: 20}, stance.Options{Workers: 2, Strict: true},
		func(d *corpus.Document) int { panic("boom") },
		func(*corpus.Document, int) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("strict: got %v, want the panic as an error", err)
	}
}

func TestAnalyzeNeedsStanceModel(t *testing.T) {
	if _, err := stance.Analyze(context.Background(), &docs{n: 3}, stance.Models{}, stance.DefaultOptions); err == nil {
		t.Error("Analyze without a stance model: no error")
	}
}

// big is a Reader of n documents of size bytes each that counts the
// documents read and not yet emitted.
type big struct {
	i, n, size  int
	out, maxOut atomic.Int64
}

func (b *big) Next() (*corpus.Document, error) {
	if b.i == b.n {
		return nil, io.EOF
	}
	b.i++
	if n := b.out.Add(1); n > b.maxOut.Load() {
		b.maxOut.Store(n)
	}
	return &corpus.Document{ID: fmt.Sprint(b.i), Text: strings.Repeat("x", b.size)}, nil
}

func TestEachBoundsTextInFlight(t *testing.T) {
	r := &big{n: 40, size: 3 << 20}
	opts := stance.Options{Workers: 8}
	err := stance.Each(context.Background(), r, opts,
		func(d *corpus.Document) int { time.Sleep(time.Millisecond); return len(d.Text) },
		func(*corpus.Document, int) error { r.out.Add(-1); return nil })
	if err != nil {
		t.Fatal(err)
	}
	// Reading stops once 8 MiB are in flight: three documents of 3 MiB.
	if got := r.maxOut.Load(); got > 3 {
		t.Errorf("%d documents of 3 MiB in flight, want at most 3", got)
	}
}
