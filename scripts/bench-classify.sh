#!/usr/bin/env bash
# Classifier speed: "stance train" + "stance eval" on 20 Newsgroups through
# the CLI (reading, training, writing and loading the model included)
# against scikit-learn's CountVectorizer + MultinomialNB fit + predict on
# the same texts (reading excluded), in the same run, best of 3 each.
# Needs Debian's scikit-learn (apt-get install -y python3-sklearn).
set -euo pipefail
shared=${SHARED:-../shared}
bin=${BIN:-bin/stance}
dir=$shared/data/classify/20newsgroups
if [ ! -d "$dir" ]; then echo "bench-classify: $dir not found; skipping"; exit 0; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

now() { date +%s.%N; }
ours_once() {
	"$bin" train --label topic -o "$out/20ng.model" "$dir/train.jsonl" > /dev/null
	"$bin" eval --model "$out/20ng.model" --label topic --format json "$dir/test.jsonl" > "$out/eval.json"
}
best=999999
for _ in 1 2 3; do
	t0=$(now); ours_once; t1=$(now)
	best=$(awk -v a="$t0" -v b="$t1" -v m="$best" 'BEGIN { d = b - a; print (d < m ? d : m) }')
done
ours=$best
if ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
	echo "bench-classify: installing Debian's python3-sklearn" >&2
	apt-get update -qq && apt-get install -y -qq python3-sklearn >/dev/null
fi
theirs=$(/usr/bin/python3 - "$dir" <<'PY'
import json, sys, time
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import MultinomialNB
def load(split):
    with open(f"{sys.argv[1]}/{split}.jsonl", encoding="utf-8") as f:
        rows = [json.loads(l) for l in f]
    return [r["text"] for r in rows], [r["topic"] for r in rows]
Xtr, ytr = load("train"); Xte, yte = load("test")
best = 1e9
for _ in range(3):
    # Only fit + predict are timed: reading the files is not (ours is).
    t0 = time.perf_counter()
    vec = CountVectorizer(lowercase=True)
    nb = MultinomialNB(alpha=1.0).fit(vec.fit_transform(Xtr), ytr)
    nb.predict(vec.transform(Xte))
    best = min(best, time.perf_counter() - t0)
print(best)
PY
)
f1=$(sed 's/.*"macro_f1":\([0-9.]*\).*/\1/' "$out/eval.json")
printf 'classify: 20 Newsgroups (11314 train, 7532 test), best of 3 wall-clock runs, %s cores\n' "$(nproc)"
awk -v o="$ours" -v t="$theirs" -v f="$f1" 'BEGIN {
	printf "  stance train + eval (CLI)              %7.3f s   (macro-F1 %.4f)\n", o, f
	printf "  sklearn CountVectorizer+MultinomialNB  %7.3f s   (fit + predict, files already read)\n", t
	printf "  ratio (ours / sklearn)                 %7.2f   (target <= 0.50)\n", o / t
}'
