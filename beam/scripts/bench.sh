#!/usr/bin/env bash
# The engine's overhead: stance-beam on prism (both cores, in this
# process) beside stance analyze, on the same JSONL corpus of about 100 MB
# (SIZE_MB) made by repeating the PolNeAR train articles, each under
# /usr/bin/time -v in the same run. Prints articles per second, CPU time,
# peak RSS, the ratio of the two throughputs, and checks the two summaries
# are byte-identical.
#
#   make bench-beam                         # from the repository root
#   SIZE_MB=20 beam/scripts/bench.sh        # a quicker look
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
size_mb=${SIZE_MB:-100}
stance=${BIN:-bin/stance}
beam=${BEAM_BIN:-bin/stance-beam}
corpus=${CORPUS:-/tmp/stance-bench-beam-${size_mb}mb.jsonl}
timer=/usr/bin/time
train=$shared/data/polnear/train
if [ ! -x "$timer" ]; then
	echo "bench-beam: $timer not found (apt-get install -y time)" >&2
	exit 1
fi
if [ ! -d "$train" ]; then
	echo "bench-beam: $train not found: the PolNeAR train articles are in the shared data (SHARED=DIR)" >&2
	exit 1
fi
[ -x "$stance" ] || go build -o "$stance" ./cmd/stance
[ -x "$beam" ] || (cd beam && go build -o "../$beam" ./cmd/stance-beam)

# The corpus: every PolNeAR train article as one JSONL record, repeated
# with fresh ids until the file reaches size_mb.
if [ ! -s "$corpus" ] || [ "$(stat -c %s "$corpus")" -lt $((size_mb * 1000 * 1000)) ]; then
	echo "bench-beam: writing a ${size_mb} MB corpus of PolNeAR train articles to $corpus" >&2
	python3 - "$corpus" "$size_mb" "$train" <<'PY'
import json, os, sys
out, size_mb, train = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = [open(os.path.join(train, n), encoding="utf-8").read()
         for n in sorted(os.listdir(train)) if n.endswith(".txt")]
limit, written, n = size_mb * 1000 * 1000, 0, 0
with open(out + ".tmp", "w", encoding="utf-8") as f:
    while written < limit:
        for t in texts:
            line = json.dumps({"id": "bench-%d" % n, "text": t}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
os.rename(out + ".tmp", out)
PY
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Each command ROUNDS times (default 2), alternating, so that other work
# on the machine weighs on both alike; the fastest round of each counts.
rounds=${ROUNDS:-2}
for r in $(seq "$rounds"); do
	"$timer" -v "$stance" analyze --quiet --format json -o "$tmp/analyze.json" "$corpus" 2>"$tmp/analyze.$r.log" ||
		{ cat "$tmp/analyze.$r.log" >&2; exit 1; }
	"$timer" -v "$beam" --input "$corpus" --format json -o "$tmp/beam.json" 2>"$tmp/beam.$r.log" ||
		{ cat "$tmp/beam.$r.log" >&2; exit 1; }
done
same="byte-identical"
cmp -s "$tmp/analyze.json" "$tmp/beam.json" || same="** DIFFERENT **"

docs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["documents"])' "$tmp/analyze.json")
bytes=$(stat -c %s "$corpus")
# best LOG...: the fields of the fastest run: wall seconds, CPU seconds, peak RSS in KB.
best() {
	for log in "$@"; do
		awk -F': ' '
			/Elapsed \(wall clock\)/ { n = split($2, t, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + t[i] }
			/User time/ { c += $2 } /System time/ { c += $2 }
			/Maximum resident set size/ { r = $2 }
			END { print w, c, r }' "$log"
	done | sort -n | head -1
}
read -r wa ca ra <<<"$(best "$tmp"/analyze.*.log)"
read -r wb cb rb <<<"$(best "$tmp"/beam.*.log)"
awk -v d="$docs" -v b="$bytes" -v same="$same" -v rounds="$rounds" -v cores="$(nproc)" \
	-v wa="$wa" -v ca="$ca" -v ra="$ra" -v wb="$wb" -v cb="$cb" -v rb="$rb" 'BEGIN {
	printf "bench-beam: %.0f MB JSONL corpus, %d PolNeAR train articles, %d cores, best of %d rounds\n", b / 1e6, d, cores, rounds
	printf "  %-31s %6.1f s wall %6.1f s CPU %6.0f articles/s %5.1f MB/s  peak RSS %6.1f MB\n", "stance analyze", wa, ca, d / wa, b / 1e6 / wa, ra / 1024
	printf "  %-31s %6.1f s wall %6.1f s CPU %6.0f articles/s %5.1f MB/s  peak RSS %6.1f MB\n", "stance-beam (prism, in process)", wb, cb, d / wb, b / 1e6 / wb, rb / 1024
	printf "  throughput beam/analyze %.2f, CPU time beam/analyze %.2f; summaries %s\n", wa / wb, cb / ca, same
}'
