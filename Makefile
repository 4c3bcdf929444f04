# stance: build, test, benchmark and evaluate.
SHARED ?= ../shared
GO     ?= go
BIN    := bin/stance
FUZZTIME ?= 100000x

.PHONY: all build test lint fuzz bench bench-classify eval-polnear eval-gold eval-classify model clean test-beam bench-beam

all: lint build test

build:
	$(GO) build -o $(BIN) ./cmd/stance

test:
	$(GO) test -race ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Each fuzz target for $(FUZZTIME); go test -fuzz takes one target at a time.
# The budget is an execution count, not a duration: with a duration, Go 1.26's
# fuzz coordinator can report a spurious "context deadline exceeded" failure
# at the deadline on a loaded machine (go.dev/issue/75804, fixed in Go 1.27).
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

# Quote extraction scored on the project's own gold articles (data/gold, 266
# articles in 10 house styles): the shared scorer for contents and sources,
# then the project's measures of statements, speakers and roles.
eval-gold: build
	@mkdir -p bin
	python3 data/tools/build_gold.py
	$(BIN) quotes --format jsonl data/gold/*.txt > bin/gold.jsonl
	python3 $(SHARED)/tools/score_quotes.py data/gold bin/gold.jsonl
	$(GO) test ./stance/quote -run TestGoldArticles -v -count=1 | grep -v '^=== '

# The default classifiers, trained deterministically on the project's own
# labeled quotes and embedded in the binary (models/). The stance model also
# learns from data/labeled/stance_only.jsonl, statements labeled for stance
# only, which the topic model does not see; its settings are the ones chosen
# on the real-news set (data/realnews) by TestRealNewsSelection, which also
# scores that choice by nested cross-validation and fails if these flags
# differ from it; its 5-fold cross-validation on the own data is plain, not
# nested. The topic model's settings are chosen by 5-fold cross-validation
# (--select) and scored by nested cross-validation. The creation time is the
# data files' last commit, so the same data gives the same bytes. The
# temperatures are then refitted on the real-news set (needs $(SHARED)).
model:
	@mkdir -p bin
	$(GO) build -o bin/stance-train ./cmd/stance
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct -- data/labeled/quotes.jsonl data/labeled/stance_only.jsonl) bin/stance-train train --label stance --method complement --alpha 0.3 --weighting count --ngrams 1 --negation --polarity 3 --kfold 5 -o models/stance.model data/labeled/quotes.jsonl data/labeled/stance_only.jsonl
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct -- data/labeled/quotes.jsonl) bin/stance-train train --label topic --target-field "" --select --kfold 5 -o models/topic.model data/labeled/quotes.jsonl
	$(GO) test ./models -run TestRealNewsCalibration -recalibrate -count=1

# Classifier accuracy on the shared datasets against scikit-learn.
eval-classify: build
	SHARED=$(SHARED) BIN=$(BIN) scripts/eval-classify.sh

# Classifier speed on 20 Newsgroups against scikit-learn, with its Go benchmarks.
bench-classify: build
	SHARED=$(SHARED) BIN=$(BIN) scripts/bench-classify.sh
	$(GO) test -run '^$$' -bench 'Train|Predict|ReadModel' -benchmem ./stance/

# Go benchmarks, then each bench script: extraction vs the regex baseline,
# classifier vs scikit-learn, analyze on a ~1 GB corpus (peak RSS), quotes
# and analyze on one 20 MB document (peak RSS, at most 5x the document).
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./...
	@for s in scripts/bench-*.sh; do echo "== $$s"; SHARED=$(SHARED) BIN=$(BIN) bash $$s || exit 1; done

# The Beam pipeline (beam/, a module of its own so that the stance binary
# does not carry Beam): vet, and the tests on prism, in this process.
test-beam:
	cd beam && $(GO) vet ./... && $(GO) test -race ./...

# stance-beam on prism (both cores) beside stance analyze on the PolNeAR
# train articles repeated to about 100 MB: throughput ratio and peak RSS.
bench-beam: build
	cd beam && $(GO) build -o ../bin/stance-beam ./cmd/stance-beam
	SHARED=$(SHARED) BIN=$(BIN) BEAM_BIN=bin/stance-beam bash beam/scripts/bench.sh

clean:
	rm -rf bin
