#!/usr/bin/env bash
# Regenerates stance/internal/lexicon/data/common-words.txt: the lower-case
# English words of SCOWL size 50, in both its American and its British
# spellings (Debian's wamerican and wbritish, 2020.12.07), that neither
# list also holds capitalised. "despite", "year", "rival", "veteran" and
# "harbour" are in it; "bill", "mark" and "chuck" are not, because "Bill",
# "Mark" and "Chuck" are listed as names too. The extractor reads it to
# tell a common word glued to the front of a name ("Despite Ted Cruz", "the
# Year Barack Obama") from a given name. The SCOWL notice is in
# stance/internal/lexicon/data/COPYING-SCOWL.
set -euo pipefail
cd "$(dirname "$0")/.."
us=/usr/share/dict/american-english
uk=/usr/share/dict/british-english
if [ ! -f "$us" ] || [ ! -f "$uk" ]; then apt-get install -y -qq wamerican wbritish >/dev/null; fi
out=stance/internal/lexicon/data/common-words.txt
LC_ALL=C python3 - "$us" "$uk" "$out" <<'PY'
import sys
words = set()
for path in sys.argv[1:3]:
    words |= set(open(path, encoding="utf-8").read().split())
common = sorted(w for w in words
                if w.isascii() and w.isalpha() and w.islower() and w.capitalize() not in words)
with open(sys.argv[3], "w") as f:
    f.write("\n".join(common) + "\n")
print(f"{len(common)} words -> {sys.argv[3]}")
PY
cp /usr/share/doc/wamerican/copyright stance/internal/lexicon/data/COPYING-SCOWL
