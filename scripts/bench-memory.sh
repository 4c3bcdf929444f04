#!/usr/bin/env bash
# Memory on one long document: "stance quotes" and "stance analyze" on a
# document of SIZE_MB (default 20) megabytes of news prose, about one
# statement per 280 bytes, given three ways: one line of plain text,
# paragraphs of plain text, and one JSONL record. Each run is under
# /usr/bin/time -v; prints the peak RSS and its ratio to the document's
# size, which should stay at most 5.
#
#   scripts/bench-memory.sh              # 20 MB documents in /tmp
#   SIZE_MB=5 scripts/bench-memory.sh    # a quicker look
set -euo pipefail
size_mb=${SIZE_MB:-20}
bin=${BIN:-bin/stance}
dir=${DIR:-/tmp/stance-bench-memory-${size_mb}mb}
timer=/usr/bin/time
if [ ! -x "$timer" ]; then
	echo "bench-memory: $timer not found (apt-get install -y time)" >&2
	exit 1
fi
[ -x "$bin" ] || go build -o "$bin" ./cmd/stance

# The documents: sentences drawn with a fixed seed from the templates
# below, a fifth of them attributed, as in the PolNeAR articles.
if [ ! -s "$dir/line.txt" ]; then
	echo "bench-memory: writing ${size_mb} MB documents to $dir" >&2
	mkdir -p "$dir"
	python3 - "$dir" "$size_mb" <<'PY'
import json, os, random, sys
out, size = sys.argv[1], int(sys.argv[2]) * 1000 * 1000
rnd = random.Random(8)
names = ["Maria Lopez", "John Whitaker", "Sen. Ellen Ward", "Gov. Tom Ekker", "Dr. Ada Moss",
         "Rep. Nina Berg", "Mayor Eric Lund", "Chen Wei", "Priya Natarajan", "Omar Haddad"]
roles = ["a spokeswoman for the campaign", "the state's attorney general", "an economist at the Dover Institute",
         "the union's president", "a senior official", "the company's chief executive"]
topics = ["the tax plan", "the sea wall", "the health bill", "the trade deal", "the ferry fares",
          "the minimum wage", "the school budget", "the court nominee", "the port expansion"]
views = ["reckless", "long overdue", "a disaster", "the right thing to do", "deeply flawed",
         "a historic step", "unworkable", "good for working families", "dead on arrival"]
cues = ["said", "told reporters", "argued", "wrote", "added", "insisted", "warned", "said on Tuesday"]
places = ["Ohio", "the capital", "Lowmarsh", "the coast", "the valley", "the north", "Hale County"]
def attributed():
    n, r, t, v, c = rnd.choice(names), rnd.choice(roles), rnd.choice(topics), rnd.choice(views), rnd.choice(cues)
    last = n.split()[-1]
    return rnd.choice([
        f'"We think {t} is {v}," {n} {c}.',
        f'{n}, {r}, {c} that {t} was {v}.',
        f'"This is {v}. Nobody in this room believes otherwise," {last} {c}. "We will fight it."',
        f'According to {n}, {t} would cost taxpayers ${rnd.randint(2, 900)} million.',
        f'{n} {c}: "I will say it again: {t} is {v}."',
        f'\u201cIt is {v},\u201d {last} said in an interview.',
        f'{last} believes {t} is {v}, aides said.',
        f'Polls show that {rnd.randint(20, 80)} percent of voters oppose {t}.',
    ])
def plain():
    t, p = rnd.choice(topics), rnd.choice(places)
    return rnd.choice([
        f'The committee met for {rnd.randint(2, 9)} hours on Monday to review {t}.',
        f'Turnout in {p} rose to {rnd.randint(40, 80)} percent last year, the highest in two decades.',
        f'The measure passed by a vote of {rnd.randint(200, 240)} to {rnd.randint(180, 230)} after a long debate.',
        f'Hundreds of people gathered outside the courthouse in {p}, many of them carrying signs.',
        f'Prices for fuel and food have climbed steadily in {p} since the spring.',
        f'Negotiators are scheduled to meet again next week in {p}.',
        f'The report runs to {rnd.randint(90, 400)} pages and includes data from {rnd.randint(12, 50)} towns.',
        f'Lawmakers left for the recess without a deal on {t}.',
    ])
sentences, n = [], 0
while n < size:
    s = attributed() if rnd.random() < 0.22 else plain()
    sentences.append(s)
    n += len(s.encode()) + 1
paras, i = [], 0
while i < len(sentences):
    k = rnd.randint(1, 5)
    paras.append(" ".join(sentences[i:i + k]))
    i += k
line = " ".join(sentences)
for name, text in [("line.txt", line + "\n"), ("paragraphs.txt", "\n\n".join(paras) + "\n"),
                   ("record.jsonl", json.dumps({"id": "long", "text": line}, ensure_ascii=False) + "\n")]:
    with open(os.path.join(out, name + ".tmp"), "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(os.path.join(out, name + ".tmp"), os.path.join(out, name))
PY
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf 'memory: one document of %d MB, peak RSS (ratio to the document size)\n' "$size_mb"
for input in line.txt paragraphs.txt record.jsonl; do
	path=$dir/$input
	bytes=$(stat -c %s "$path")
	for cmd in quotes analyze; do
		case $cmd in
		quotes) "$timer" -v "$bin" quotes --format jsonl "$path" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; } ;;
		analyze) "$timer" -v "$bin" analyze --quiet --format json "$path" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; } ;;
		esac
		rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
		wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$log")
		awk -v c="$cmd" -v i="$input" -v r="$rss" -v b="$bytes" -v w="$wall" 'BEGIN {
			ratio = r * 1024 / b
			printf "  %-8s %-15s %7.1f MB  %4.1fx  %s%s\n", c, i, r / 1024, ratio, w, (ratio <= 5 ? "" : "  ** over 5x **")
		}'
	done
done
