#!/usr/bin/env bash
# The HTML report at scale: "stance analyze" and "stance report" on the
# same dated JSONL corpus of about 1 GB (SIZE_MB) made from the sample
# articles, each under /usr/bin/time -v: wall time, peak RSS, and the
# report's size, which --top and --evidence bound whatever the corpus.
#
# Wall time depends on what else the machine runs; CPU time (user + system)
# compares the commands more fairly on a shared machine.
#
# Records repeat the sample articles with fresh ids, titles, URLs and dates
# spread over three years. NAMES=N (default 0) renames the people quoted
# in each copy to one of N made-up surnames, so that the corpus quotes
# about N times more distinct names, as a real corpus does: the per-name
# counts and evidence then grow with it.
#
#   scripts/bench-report.sh                    # 1024 MB corpus in /tmp
#   SIZE_MB=200 NAMES=20000 scripts/bench-report.sh
set -euo pipefail
size_mb=${SIZE_MB:-1024}
names=${NAMES:-0}
bin=${BIN:-bin/stance}
corpus=${CORPUS:-/tmp/stance-report-${size_mb}mb-${names}names.jsonl}
out=${OUT:-/tmp/stance-report-bench.html}
timer=/usr/bin/time
if [ ! -x "$timer" ]; then
	echo "bench-report: $timer not found (apt-get install -y time)" >&2
	exit 1
fi
[ -x "$bin" ] || go build -o "$bin" ./cmd/stance

if [ ! -s "$corpus" ]; then
	echo "bench-report: writing a ${size_mb} MB corpus to $corpus" >&2
	python3 - "$corpus" "$size_mb" "$names" data/samples <<'PY'
import datetime, json, os, re, sys
out, size_mb, names, samples = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
texts = []
for name in sorted(os.listdir(samples)):
    path = os.path.join(samples, name)
    if name.endswith(".txt"):
        texts.append(open(path, encoding="utf-8").read())
    elif name.endswith(".jsonl"):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                texts.append(json.loads(line)["text"])
# Surnames of the samples' people (two capitalised words, the second
# renamed), and made-up surnames built from syllables.
people = sorted({m.group(2) for t in texts for m in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]{3,})\b", t)})
syll = ["ka", "ro", "len", "dov", "mi", "tas", "ber", "gun", "sel", "vik", "an", "or", "pel", "zu", "hal", "dri"]
def surname(i):
    s = ""
    for _ in range(3):
        s += syll[i % len(syll)]
        i //= len(syll)
    return s.capitalize() + syll[i % len(syll)]
start = datetime.date(2023, 1, 1)
limit, written, n = size_mb * 1000 * 1000, 0, 0
with open(out + ".tmp", "w", encoding="utf-8") as f:
    while written < limit:
        for t in texts:
            if names:
                k = n % names
                t = re.sub(r"\b(%s)\b" % "|".join(people), lambda m: surname(k * 7919 + people.index(m.group(1))), t)
            rec = {"id": "bench-%d" % n, "date": (start + datetime.timedelta(days=n % 1095)).isoformat(),
                   "title": "Bench article %d" % n, "url": "https://example.org/bench/%d" % n, "text": t}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
os.rename(out + ".tmp", out)
PY
fi

measure() { # label, then the command
	local label=$1 log
	shift
	log=$(mktemp)
	"$timer" -v "$@" 2>"$log" || { cat "$log" >&2; exit 1; }
	awk -F': ' -v l="$label" '
		/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
		/Maximum resident set size/ { r = $2 }
		/Percent of CPU/ { c = $2 }
		/User time/ { u = $2 }
		/System time/ { y = $2 }
		END { printf "  %-32s %7.1f s wall, %7.1f s CPU (%s)  peak RSS %6.1f MB\n", l, s, u + y, c, r / 1024 }' "$log"
	rm -f "$log"
}
bytes=$(stat -c %s "$corpus")
echo "report: $((bytes / 1000000)) MB JSONL corpus ($corpus), names=${names}, GOMAXPROCS=${GOMAXPROCS:-all cores}"
measure "analyze --format json" "$bin" analyze --quiet --format json -o /tmp/stance-report-bench.json "$corpus"
measure "analyze --by speaker,period" "$bin" analyze --quiet --by speaker,period --format json -o /tmp/stance-report-bench-period.json "$corpus"
measure "report (top 30, evidence 20)" "$bin" report --quiet -o "$out" "$corpus"
python3 - "$out" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
print("  report size %10.1f KB, %d charts, %d statements embedded" % (len(page.encode()) / 1000, page.count('<svg class="chart'), page.count('<li class="statement')))
PY
