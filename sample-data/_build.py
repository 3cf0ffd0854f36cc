#!/usr/bin/env python3
"""Rebuilds the sample JSON Lines files from the readable sources in _src/ and checks them.

Why a build step: the articles are easier to write and review as plain text than as one-line
JSON strings. Run from anywhere: python3 sample-data/_build.py  (needs python3 and gzip -n).
The outputs are byte-stable: records are written in source order, and the gzip file carries
no name or timestamp.
"""
import gzip
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "_src"
HEADER_FIELDS = ("id", "source", "title", "published", "url", "file")
OPTIONAL_FIELDS = ("language",)  # after "file:"; a record without it gets "en"


def parse_sources():
    """Yields (file, record) pairs; a source file holds articles separated by '=====' lines."""
    for path in sorted(SRC.glob("*.txt")):
        for chunk in path.read_text(encoding="utf-8").split("\n=====\n"):
            head, body = chunk.split("\n---\n", 1)
            fields = dict(line.split(": ", 1) for line in head.strip().splitlines())
            extra = tuple(fields)[len(HEADER_FIELDS):]
            assert tuple(fields)[:len(HEADER_FIELDS)] == HEADER_FIELDS, (path, fields)
            assert extra in ((), OPTIONAL_FIELDS), (path, fields)
            record = {k: fields[k] for k in ("id", "source", "title", "published", "url")}
            record["language"] = fields.get("language", "en")
            record["body"] = body.strip("\n")
            yield fields["file"], record


def write_outputs(records):
    by_file = {}
    for name, record in records:
        by_file.setdefault(name, []).append(record)
    for name, rows in by_file.items():
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if name.endswith(".gz"):
            raw = subprocess.run(["gzip", "-n", "-9", "-c"], input=text.encode("utf-8"),
                                 capture_output=True, check=True).stdout
            (HERE / name).write_bytes(raw)
        else:
            (HERE / name).parent.mkdir(parents=True, exist_ok=True)
            (HERE / name).write_text(text, encoding="utf-8")
    return by_file


def straighten(text):
    return text.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}))


def read_all_inputs():
    """Reads every input file the job would read, returning (file, line, parsed-or-None)."""
    rows = []
    for path in sorted(HERE.rglob("*")):
        rel = path.relative_to(HERE)
        if any(part.startswith(("_", ".")) for part in rel.parts) or not path.is_file():
            continue
        if path.name.endswith(".gz"):
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
        elif path.suffix in (".jsonl", ".json"):
            text = path.read_text(encoding="utf-8")
        else:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            try:
                rows.append((str(rel), number, json.loads(line)))
            except json.JSONDecodeError:
                rows.append((str(rel), number, None))
    return rows


def check(rows):
    errors = []
    good = {}
    for name, number, rec in rows:
        if name == "bad-records.jsonl":
            continue
        if rec is None:
            errors.append(f"{name}:{number} is not valid JSON")
        elif rec["id"] in good:
            errors.append(f"{name}:{number} repeats id {rec['id']}")
        else:
            good[rec["id"]] = rec
    bad = [r for r in rows if r[0] == "bad-records.jsonl"]
    if len(bad) != 5:
        errors.append(f"bad-records.jsonl has {len(bad)} lines, want 5")
    planted = json.loads((HERE / "_planted.json").read_text(encoding="utf-8"))
    story_of = {a: s for s, ids in planted["stories"].items() for a in ids}
    if set(story_of) != set(good):
        errors.append(f"stories vs articles differ: {set(story_of) ^ set(good)}")
    bodies = {i: straighten(r["body"]) for i, r in good.items()}

    def carries(article, entry):
        # A figure match must stand alone ("40" is not in "14:40"); a quote or phrase may not.
        if entry.get("kind") != "figure":
            return entry["match"] in bodies[article]
        pattern = r"(?<![\w.,:])" + re.escape(entry["match"]) + r"(?![\w]|[.,:]\d)"
        return re.search(pattern, bodies[article]) is not None

    for p in planted["planted"]:
        art, match = p["articleId"], p["match"]
        # Versions are compared within their language (a cross-language toll is a figure change,
        # checked like any other: no other version writes its words).
        others = [a for a in planted["stories"][story_of[art]]
                  if a != art and good[a].get("language", "en") == good[art].get("language", "en")]
        carriers = [a for a in others if carries(a, p)]
        if p["change"] == "omitted":
            if carries(art, p) or len(carriers) != len(others):
                errors.append(f"omitted {art} {match!r}: own={carries(art, p)} carriers={carriers}")
        elif not carries(art, p):
            errors.append(f"{p['change']} {art} {match!r} not in its body")
        elif p["change"] == "added" and carriers:
            errors.append(f"added {art} {match!r} also in {carriers}")
        elif p["change"] == "changed" and p.get("aspect") != "speaker" and carriers:
            # A speaker change keeps the quote's words, so the others carry the same match.
            errors.append(f"changed {art} {match!r} also in {carriers}")
        elif p.get("aspect") == "speaker" and len(carriers) != len(others):
            errors.append(f"speaker change {art} {match!r}: the quote is not in every other version")
    for f in planted["formOnly"]:
        if f["match"] not in bodies[f["articleId"]]:
            errors.append(f"formOnly {f['articleId']} {f['match']!r} not in its body")
    for i, r in good.items():
        paragraphs = r["body"].split("\n\n")
        if len(planted["stories"][story_of[i]]) > 1 and not 8 <= len(paragraphs) <= 16:
            errors.append(f"{i} has {len(paragraphs)} paragraphs")
        if any(not p.strip() or "\n" in p for p in paragraphs):
            errors.append(f"{i} has an empty or wrapped paragraph")
    return good, planted, errors


def main():
    write_outputs(parse_sources())
    good, planted, errors = check(read_all_inputs())
    for e in errors:
        print("ERROR", e)
    multi = sum(1 for ids in planted["stories"].values() if len(ids) > 1)
    print(f"{len(good)} articles, {len(planted['stories'])} stories ({multi} multi-version), "
          f"{len(planted['planted'])} planted, {len(planted['formOnly'])} form-only")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
