#!/usr/bin/env bash
# Streaming and memory: "stance analyze" on a JSONL corpus of about 1 GB
# (SIZE_MB) made by repeating the sample articles in data/samples, run
# under /usr/bin/time -v. Prints articles per second and peak RSS, which
# should stay under 300 MB whatever the corpus size.
#
#   scripts/bench-analyze.sh              # 1024 MB corpus in /tmp
#   SIZE_MB=100 scripts/bench-analyze.sh  # a quicker look
set -euo pipefail
size_mb=${SIZE_MB:-1024}
bin=${BIN:-bin/stance}
corpus=${CORPUS:-/tmp/stance-bench-${size_mb}mb.jsonl}
timer=/usr/bin/time
if [ ! -x "$timer" ]; then
	echo "bench-analyze: $timer not found (apt-get install -y time)" >&2
	exit 1
fi
[ -x "$bin" ] || go build -o "$bin" ./cmd/stance

# The corpus: every sample article (text files and JSONL records) as one
# JSONL record, repeated with fresh ids until the file reaches size_mb.
if [ ! -s "$corpus" ] || [ "$(stat -c %s "$corpus")" -lt $((size_mb * 1000 * 1000)) ]; then
	echo "bench-analyze: writing a ${size_mb} MB corpus to $corpus" >&2
	python3 - "$corpus" "$size_mb" data/samples <<'PY'
import json, os, sys
out, size_mb, samples = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = []
for name in sorted(os.listdir(samples)):
    path = os.path.join(samples, name)
    if name.endswith(".txt"):
        texts.append(open(path, encoding="utf-8").read())
    elif name.endswith(".jsonl"):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                texts.append(json.loads(line)["text"])
records = [json.dumps({"text": t}, ensure_ascii=False) for t in texts]
limit, written, n = size_mb * 1000 * 1000, 0, 0
with open(out + ".tmp", "w", encoding="utf-8") as f:
    while written < limit:
        for r in records:
            line = '{"id": "bench-%d", %s\n' % (n, r[1:])
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
os.rename(out + ".tmp", out)
PY
fi

log=$(mktemp)
res=$(mktemp)
trap 'rm -f "$log" "$res"' EXIT
"$timer" -v "$bin" analyze --quiet --format json -o "$res" "$corpus" 2>"$log" || { cat "$log" >&2; exit 1; }
docs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["documents"])' "$res")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
cpu=$(awk -F': ' '/Percent of CPU/ { print $2 }' "$log")
bytes=$(stat -c %s "$corpus")
awk -v d="$docs" -v w="$wall" -v r="$rss" -v b="$bytes" -v c="$cpu" 'BEGIN {
	printf "analyze: %.0f MB JSONL corpus, %d articles, GOMAXPROCS=%s\n", b / 1e6, d, ENVIRON["GOMAXPROCS"] == "" ? "all cores" : ENVIRON["GOMAXPROCS"]
	printf "  wall time      %8.1f s (CPU %s)\n", w, c
	printf "  throughput     %8.0f articles/s  (%.1f MB/s)\n", d / w, b / 1e6 / w
	printf "  peak RSS       %8.1f MB%s\n", r / 1024, (r / 1024 < 300 ? "" : "  ** over the 300 MB budget **")
}'
