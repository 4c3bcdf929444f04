#!/usr/bin/env python3
"""Build the project's gold articles from their marked-up sources.

Usage:
    build_gold.py [SRC_DIR [OUT_DIR]]     (default data/gold/src -> data/gold)

Each source data/gold/src/<stem>.txt is an article written for the project
with its attributions marked inline, and a header:

    %style: uk-broadsheet
    #1 speaker=Anna Berg; role=Mayor of Harbourton; class=speech; type=person
    #2 speaker=; class=belief; type=unknown
    ---
    ⟦c1 "We will rebuild the bridge by spring,"⟧ ⟦v1 said⟧ ⟦s1 Ms Berg⟧.

Markup: ⟦cN ...⟧ is a content span of attribution N (several spans of one
N make a discontinuous content), ⟦sN ...⟧ its source (the mention in the
text: a name, a pronoun, "the minister", "officials"), ⟦vN ...⟧ its cue.
Spans nest; ⟧ closes the innermost open one. The header gives, per
attribution: speaker (the canonical name of the person, organisation or
group the source refers to; empty when the article does not say), role
(the role the article states for the speaker, if any), class (speech,
writing, belief, evidence, perception) and type (person, organisation,
group, unknown).

Output: <stem>.txt (the article, markup removed) and <stem>.ann in the
brat standoff format of PolNeAR (code point offsets; Source, Cue and
Content spans tied by an Attribution event), so that
../shared/tools/score_quotes.py scores it, plus one AnnotatorNotes line
per event carrying speaker, role, class and type for the project's own
speaker and role scores.

Python 3 standard library only.
"""

import os
import re
import sys

OPEN, CLOSE = "\u27e6", "\u27e7"
KINDS = {"c": "Content", "s": "Source", "v": "Cue"}
CLASSES = {"speech", "writing", "belief", "evidence", "perception"}
TYPES = {"person", "organisation", "group", "unknown"}
STYLES = {"uk-broadsheet", "uk-tabloid", "us-wire", "sport", "business", "tech",
          "culture", "feature", "qa", "liveblog-html"}


class GoldError(Exception):
    pass


def parse_header(lines, where):
    meta, attrs = {}, {}
    for i, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("%"):
            k, _, v = line[1:].partition(":")
            meta[k.strip()] = v.strip()
            continue
        m = re.match(r"#(\d+)\s+(.*)$", line)
        if not m:
            raise GoldError("%s: header line %d: want '#N key=value; ...' or '%%key: value'" % (where, i))
        fields = {}
        for part in m.group(2).split(";"):
            if not part.strip():
                continue
            k, eq, v = part.partition("=")
            if not eq:
                raise GoldError("%s: header line %d: %r is not key=value" % (where, i, part.strip()))
            fields[k.strip()] = v.strip()
        for k in ("speaker", "class", "type"):
            if k not in fields:
                raise GoldError("%s: #%s has no %s" % (where, m.group(1), k))
        if fields["class"] not in CLASSES:
            raise GoldError("%s: #%s: class %r, want one of %s" % (where, m.group(1), fields["class"], sorted(CLASSES)))
        if fields["type"] not in TYPES:
            raise GoldError("%s: #%s: type %r, want one of %s" % (where, m.group(1), fields["type"], sorted(TYPES)))
        attrs[int(m.group(1))] = fields
    if meta.get("style") not in STYLES:
        raise GoldError("%s: %%style %r, want one of %s" % (where, meta.get("style"), sorted(STYLES)))
    return meta, attrs


def strip_markup(body, where):
    """Return (text, spans): spans are (kind, n, start, end) in code points."""
    out, spans, stack = [], [], []
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == OPEN:
            m = re.match(r"([csv])(\d+) ", body[i + 1:])
            if not m:
                line = body.count("\n", 0, i) + 1
                raise GoldError("%s: body line %d: %s must be followed by c, s or v, a number and a space" % (where, line, OPEN))
            stack.append((m.group(1), int(m.group(2)), len(out), i))
            i += 1 + m.end()
            continue
        if ch == CLOSE:
            if not stack:
                line = body.count("\n", 0, i) + 1
                raise GoldError("%s: body line %d: %s without an open span" % (where, line, CLOSE))
            kind, num, start, _ = stack.pop()
            if start == len(out):
                raise GoldError("%s: empty %s%d span" % (where, kind, num))
            spans.append((kind, num, start, len(out)))
            i += 1
            continue
        out.append(ch)
        i += 1
    if stack:
        kind, num, _, pos = stack[-1]
        line = body.count("\n", 0, pos) + 1
        raise GoldError("%s: body line %d: %s%d is never closed" % (where, line, kind, num))
    return "".join(out), spans


def build(src_path, out_dir):
    where = os.path.basename(src_path)
    with open(src_path, encoding="utf-8") as f:
        raw = f.read()
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise GoldError("%s: no '---' line between the header and the article" % where)
    meta, attrs = parse_header(head.split("\n"), where)
    text, spans = strip_markup(body, where)
    by_num = {}
    for kind, num, start, end in spans:
        # Spans do not start or end on white space.
        seg = text[start:end]
        if seg != seg.strip():
            raise GoldError("%s: %s%d span %r starts or ends with white space" % (where, kind, num, seg))
        by_num.setdefault(num, []).append((kind, start, end))
    if set(by_num) != set(attrs):
        raise GoldError("%s: attributions in the text %s and in the header %s differ" % (where, sorted(by_num), sorted(attrs)))
    lines, t = [], 0
    for num in sorted(by_num):
        roles = []
        for kind in ("s", "v", "c"):
            parts = sorted((s, e) for k, s, e in by_num[num] if k == kind)
            if kind in ("s", "v") and len(parts) > 1:
                raise GoldError("%s: #%d has %d %s spans, want at most one" % (where, num, len(parts), KINDS[kind]))
            if kind == "c" and not parts:
                raise GoldError("%s: #%d has no content" % (where, num))
            if not parts:
                continue
            t += 1
            offs = ";".join("%d %d" % p for p in parts)
            seg = " ".join(text[s:e] for s, e in parts).replace("\n", " ")
            lines.append("T%d\t%s %s\t%s" % (t, KINDS[kind], offs, seg))
            roles.append("%s:T%d" % (KINDS[kind], t))
        a = attrs[num]
        if a["class"] and not a["speaker"] and a["type"] != "unknown":
            raise GoldError("%s: #%d has a type but no speaker" % (where, num))
        lines.append("E%d\tAttribution:%s %s" % (num, roles[0].split(":")[1], " ".join(roles)))
        note = "; ".join("%s=%s" % (k, a.get(k, "")) for k in ("speaker", "role", "class", "type"))
        lines.append("#%d\tAnnotatorNotes E%d\t%s" % (num, num, note))
    stem = os.path.splitext(where)[0]
    with open(os.path.join(out_dir, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    # Offsets were counted on the body as written; the leading newlines
    # dropped above shift them.
    shift = len(text) - len(text.lstrip("\n"))
    if shift:
        fixed = []
        for line in lines:
            m = re.match(r"(T\d+\t\w+ )([\d ;]+)(\t.*)$", line)
            if m:
                offs = ";".join("%d %d" % (int(a) - shift, int(b) - shift)
                                for a, b in (p.split() for p in m.group(2).split(";")))
                line = m.group(1) + offs + m.group(3)
            fixed.append(line)
        lines = fixed
    with open(os.path.join(out_dir, stem + ".ann"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return meta["style"], len(by_num)


def main(argv):
    src = argv[1] if len(argv) > 1 else "data/gold/src"
    out = argv[2] if len(argv) > 2 else "data/gold"
    styles, n, errors = {}, 0, 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        try:
            style, k = build(os.path.join(src, name), out)
        except GoldError as e:
            print("build_gold: %s" % e, file=sys.stderr)
            errors += 1
            continue
        styles[style] = styles.get(style, 0) + 1
        n += k
    print("build_gold: %d articles, %d attributions; styles: %s" % (
        sum(styles.values()), n, ", ".join("%s %d" % kv for kv in sorted(styles.items()))))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
