#!/usr/bin/env python3
"""Build data/labeled/quotes.jsonl from the hand-written source files in data/src/.

Source format (one statement per line, '#' lines are comments):
  <topic>.psv       : S|O|N | speaker | target | text   (the first eight topics)
  hard_cases.psv    : S|O|N | topic | speaker | target | text
  news/<topic>.psv  : S|O|N | speaker | target | text   (IPTC Media Topics, see news/BRIEF.md)

Every statement gets an IPTC top-level topic ("topic"); those of the first
eight topics keep theirs as "topic8", so the old scheme stays trainable
(stance train --label topic8).
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
# The 17 top-level IPTC Media Topics: file name -> IPTC identifier.
IPTC = {"arts": "medtop:01000000", "crime": "medtop:02000000", "disaster": "medtop:03000000",
        "economy": "medtop:04000000", "education": "medtop:05000000", "environment": "medtop:06000000",
        "health": "medtop:07000000", "human_interest": "medtop:08000000", "labour": "medtop:09000000",
        "lifestyle": "medtop:10000000", "politics": "medtop:11000000", "religion": "medtop:12000000",
        "science": "medtop:13000000", "society": "medtop:14000000", "sport": "medtop:15000000",
        "conflict": "medtop:16000000", "weather": "medtop:17000000"}
# The first eight topics in IPTC terms. Diplomacy is politics (IPTC files
# international relations under politics), humanitarian aid and refugees
# are society, rights and courts are crime, law and justice.
TO_IPTC = {"diplomacy": "politics", "politics_elections": "politics", "law_rights": "crime",
           "conflict_security": "conflict", "economy_trade": "economy", "humanitarian": "society",
           "health": "health", "environment": "environment"}


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
    news = os.path.join(SRC, "news")
    for topic in sorted(IPTC):
        path = os.path.join(news, topic + ".psv")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                parts = [p.strip() for p in line.split(" | ")]
                if len(parts) != 4:
                    sys.exit(f"news/{topic}.psv:{n}: expected 4 fields, got {len(parts)}")
                s, speaker, target, text = parts
                yield s, topic, speaker, target, text, f"news/{topic}.psv:{n}"
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
        if topic not in TOPICS and topic not in IPTC:
            errors.append(f"{where}: bad topic {topic!r}")
        nw = len(text.split())
        if not 8 <= nw <= 40:
            errors.append(f"{where}: {nw} words")
        key = text.lower().rstrip(".?!")
        if key in seen:
            errors.append(f"{where}: duplicate of {seen[key]}")
        seen[key] = where
        rec = {"text": text, "stance": STANCE.get(s, s), "topic": TO_IPTC.get(topic, topic),
               "topic_id": IPTC.get(TO_IPTC.get(topic, topic), "")}
        if topic in TOPICS:
            rec["topic8"] = topic
        rec["speaker"], rec["target"] = speaker, target
        out.append(rec)
    if errors:
        sys.exit("\n".join(errors))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter((r["topic"], r["stance"]) for r in out)
    print(f"wrote {len(out)} statements to {os.path.relpath(OUT)}")
    print(f"{'topic':20s} {'support':>8s} {'oppose':>8s} {'neutral':>8s} {'total':>6s}")
    for t in sorted(IPTC):
        a, b, d = c[(t, 'support')], c[(t, 'oppose')], c[(t, 'neutral')]
        print(f"{t:20s} {a:8d} {b:8d} {d:8d} {a+b+d:6d}")
    tot = collections.Counter(r["stance"] for r in out)
    print(f"{'total':20s} {tot['support']:8d} {tot['oppose']:8d} {tot['neutral']:8d} {len(out):6d}")


if __name__ == "__main__":
    main()
