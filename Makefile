# stance: build, test, benchmark and evaluate.
SHARED ?= ../shared
GO     ?= go
BIN    := bin/stance
FUZZTIME ?= 5s

.PHONY: all build test lint fuzz bench eval-polnear eval-classify model clean

all: lint build test

build:
	$(GO) build -o $(BIN) ./cmd/stance

test:
	$(GO) test -race ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Each fuzz target for $(FUZZTIME); go test -fuzz takes one target at a time.
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  dir=$$($(GO) list -f '{{.Dir}}' $$pkg); \
	  for t in $$(grep -ho '^func Fuzz[A-Za-z0-9_]*' $$dir/*_test.go 2>/dev/null | sed 's/func //'); do \
	    echo "fuzz $$pkg $$t"; $(GO) test $$pkg -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME); \
	  done; \
	done

# Quote extraction scored against PolNeAR dev with the shared scorer.
eval-polnear: build
	@mkdir -p bin
	$(BIN) quotes --format jsonl $(SHARED)/data/polnear/dev > bin/polnear-dev.jsonl
	python3 $(SHARED)/tools/score_quotes.py $(SHARED)/data/polnear/dev bin/polnear-dev.jsonl

clean:
	rm -rf bin
