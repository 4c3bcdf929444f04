#!/usr/bin/env bash
# Classifier accuracy: for each shared dataset, "stance train" with default
# settings on train.jsonl and "stance eval" on test.jsonl, next to the
# jbrukh/bayesian floor (--method jbrukh) and scikit-learn's best naive
# Bayes macro-F1 (sklearn_anchor.txt). Test splits are never tuned on.
set -euo pipefail
shared=${SHARED:-../shared}
bin=${BIN:-bin/stance}
root=$shared/data/classify
if [ ! -d "$root" ]; then echo "eval-classify: $root not found; skipping"; exit 0; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
f1() { sed 's/.*"macro_f1":\([0-9.]*\).*/\1/' "$1"; }
printf '%-20s %-7s %9s %9s %9s\n' dataset label ours floor sklearn
for d in "$root"/*/; do
	name=$(basename "$d")
	[ -f "$d/train.jsonl" ] && [ -f "$d/test.jsonl" ] || continue
	label=topic
	head -n 1 "$d/train.jsonl" | grep -q '"stance": *"' && label=stance
	"$bin" train --label "$label" -o "$out/m" "$d/train.jsonl" > /dev/null
	"$bin" eval --model "$out/m" --label "$label" --format json "$d/test.jsonl" > "$out/ours.json"
	"$bin" train --label "$label" --method jbrukh --alpha 1 --weighting count --negation=false -o "$out/f" "$d/train.jsonl" > /dev/null
	"$bin" eval --model "$out/f" --label "$label" --format json "$d/test.jsonl" > "$out/floor.json"
	# Best of MultinomialNB, ComplementNB and uni+bigram MultinomialNB in the
	# anchor file's SUMMARY row (columns (a), (b), (c); cells are acc/macro-F1).
	anchor=$(awk -v n="$name" '$1 == n && /\|/ { split($0, c, "|"); best = 0; for (i = 2; i <= 4; i++) { split(c[i], v, "/"); if (v[2] + 0 > best) best = v[2] + 0 } print best; exit }' "$root/sklearn_anchor.txt" 2>/dev/null)
	printf '%-20s %-7s %9.4f %9.4f %9s\n' "$name" "$label" "$(f1 "$out/ours.json")" "$(f1 "$out/floor.json")" "${anchor:--}"
done
