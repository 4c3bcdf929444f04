#!/usr/bin/env bash
# Regenerates stance/internal/lexicon/data/common-words.txt: the lower-case
# English words of SCOWL size 50 (Debian's wamerican, 2020.12.07)
# that the list does not also hold capitalised. "despite", "year",
# "rival" and "veteran" are in it; "bill", "mark" and "chuck" are not,
# because "Bill", "Mark" and "Chuck" are listed as names too. The extractor
# reads it to tell a common word glued to the front of a name ("Despite Ted
# Cruz", "the Year Barack Obama") from a given name. The SCOWL notice is in
# stance/internal/lexicon/data/COPYING-SCOWL.
set -euo pipefail
cd "$(dirname "$0")/.."
dict=/usr/share/dict/american-english
if [ ! -f "$dict" ]; then apt-get install -y -qq wamerican >/dev/null; fi
out=stance/internal/lexicon/data/common-words.txt
LC_ALL=C python3 - "$dict" "$out" <<'PY'
import sys
words = open(sys.argv[1], encoding="utf-8").read().split()
have = set(words)
common = sorted(w for w in words
                if w.isascii() and w.isalpha() and w.islower() and w.capitalize() not in have)
with open(sys.argv[2], "w") as f:
    f.write("\n".join(common) + "\n")
print(f"{len(common)} words -> {sys.argv[2]}")
PY
cp /usr/share/doc/wamerican/copyright stance/internal/lexicon/data/COPYING-SCOWL
