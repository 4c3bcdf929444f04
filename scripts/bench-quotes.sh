#!/usr/bin/env bash
# Extraction throughput: "stance quotes" on one core (GOMAXPROCS=1) against
# the shared naive regex baseline, on the same PolNeAR train texts, in the
# same run. Prints articles per second for each and the ratio.
set -euo pipefail
shared=${SHARED:-../shared}
bin=${BIN:-bin/stance}
dir=$shared/data/polnear/train
if [ ! -d "$dir" ]; then echo "bench-quotes: $dir not found; skipping"; exit 0; fi
n=$(ls "$dir"/*.txt | wc -l)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

now() { date +%s.%N; }
best() { # best of 3 wall times of a command
	local best=999999 t0 t1 d
	for _ in 1 2 3; do
		t0=$(now); "$@" > "$out/pred.jsonl"; t1=$(now)
		best=$(awk -v a="$t0" -v b="$t1" -v m="$best" 'BEGIN { d = b - a; print (d < m ? d : m) }')
	done
	echo "$best"
}
ours=$(best env GOMAXPROCS=1 "$bin" quotes --format jsonl "$dir")
theirs=$(best python3 "$shared/tools/naive_baseline.py" "$dir")
printf 'quotes: %d PolNeAR train articles, best of 3 wall-clock runs\n' "$n"
awk -v n="$n" -v o="$ours" -v t="$theirs" 'BEGIN {
	printf "  stance quotes (GOMAXPROCS=1)  %7.3f s  %8.0f articles/s\n", o, n / o
	printf "  naive_baseline.py             %7.3f s  %8.0f articles/s\n", t, n / t
	printf "  ratio (baseline time / ours)  %7.2fx faster\n", t / o
}'
