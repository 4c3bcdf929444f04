#!/usr/bin/env python3
"""Build data/labeled/quotes.jsonl from the hand-written source files in data/src/.

Source format (one statement per line, '#' lines are comments):
  <topic>.psv     : S|O|N | speaker | target | text
  hard_cases.psv  : S|O|N | topic | speaker | target | text
All statements were written by hand for this project; this script only
converts them and validates them (labels, length, duplicates). It does not
generate or recombine any text.
"""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "src")
OUT = os.path.join(HERE, "..", "labeled", "quotes.jsonl")
TOPICS = ["diplomacy", "conflict_security", "humanitarian", "economy_trade",
          "politics_elections", "law_rights", "health", "environment"]
STANCE = {"S": "support", "O": "oppose", "N": "neutral"}


def rows():
    for topic in TOPICS:
        with open(os.path.join(SRC, topic + ".psv"), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                parts = [p.strip() for p in line.split(" | ")]
                if len(parts) != 4:
                    sys.exit(f"{topic}.psv:{n}: expected 4 fields, got {len(parts)}")
                s, speaker, target, text = parts
                yield s, topic, speaker, target, text, f"{topic}.psv:{n}"
    with open(os.path.join(SRC, "hard_cases.psv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" | ")]
            if len(parts) != 5:
                sys.exit(f"hard_cases.psv:{n}: expected 5 fields, got {len(parts)}")
            s, topic, speaker, target, text = parts
            yield s, topic, speaker, target, text, f"hard_cases.psv:{n}"


def main():
    seen = {}
    out = []
    errors = []
    for s, topic, speaker, target, text, where in rows():
        if s not in STANCE:
            errors.append(f"{where}: bad stance {s!r}")
        if topic not in TOPICS:
            errors.append(f"{where}: bad topic {topic!r}")
        nw = len(text.split())
        if not 8 <= nw <= 40:
            errors.append(f"{where}: {nw} words")
        key = text.lower().rstrip(".?!")
        if key in seen:
            errors.append(f"{where}: duplicate of {seen[key]}")
        seen[key] = where
        out.append({"text": text, "stance": STANCE.get(s, s), "topic": topic,
                    "speaker": speaker, "target": target})
    if errors:
        sys.exit("\n".join(errors))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter((r["topic"], r["stance"]) for r in out)
    print(f"wrote {len(out)} statements to {os.path.relpath(OUT)}")
    print(f"{'topic':20s} {'support':>8s} {'oppose':>8s} {'neutral':>8s} {'total':>6s}")
    for t in TOPICS:
        a, b, d = c[(t, 'support')], c[(t, 'oppose')], c[(t, 'neutral')]
        print(f"{t:20s} {a:8d} {b:8d} {d:8d} {a+b+d:6d}")
    tot = collections.Counter(r["stance"] for r in out)
    print(f"{'total':20s} {tot['support']:8d} {tot['oppose']:8d} {tot['neutral']:8d} {len(out):6d}")


if __name__ == "__main__":
    main()
