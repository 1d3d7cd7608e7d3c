#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-web-pages.py — real saved web pages against hand-made references.

For each tests/fixtures/web/NAME.html with a NAME.ref beside it, the article diembao
reads (its whole text: headline, standfirst, body, captions, byline) is compared word
by word with the reference's body: word precision must be at least 0.97 and recall at
least 0.98. The reference's header lines (headline:, lead:, byline:, source:,
published:) must match what the page gives. Prints TAP.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

MIN_PRECISION = 0.97
MIN_RECALL = 0.98


def words(text):
    text = unicodedata.normalize("NFC", text).casefold()
    return Counter(re.findall(r"\w+", text))


def folded(text):
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def read_reference(path):
    header, body = {}, []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    at = lines.index("---")
    for line in lines[:at]:
        if ":" in line:
            key, value = line.split(":", 1)
            header[key.strip()] = value.strip()
    body = "\n".join(lines[at + 1:])
    return header, body


def block_text(article, kind):
    text = article["text"]
    found = [text[b["start"]:b["end"]] for b in article["blocks"] if b["kind"] == kind]
    return " ".join(found) if found else None


def check(diembao, html, ref):
    header, body = read_reference(ref)
    out = subprocess.run([diembao, "--export-json=-", html], capture_output=True, check=True)
    article = json.loads(out.stdout)
    got, want = words(article["text"]), words(body)
    overlap = sum((got & want).values())
    precision = overlap / max(1, sum(got.values()))
    recall = overlap / max(1, sum(want.values()))
    problems = []
    if precision < MIN_PRECISION or recall < MIN_RECALL:
        problems.append("precision %.3f recall %.3f; spurious %s; missed %s"
                        % (precision, recall, list((got - want).elements())[:12],
                           list((want - got).elements())[:12]))
    wanted = {
        "headline": article.get("headline"),
        "lead": block_text(article, "lead"),
        "byline": ", ".join(article.get("byline") or []) or None,
        "source": article.get("source"),
        "published": article.get("published"),
    }
    for key, value in wanted.items():
        if key in header and folded(header[key]) != folded(value):
            problems.append("%s: want %r, got %r" % (key, header[key], value))
    return precision, recall, problems


def main():
    diembao, folder = sys.argv[1], sys.argv[2]
    pages = sorted(n[:-5] for n in os.listdir(folder)
                   if n.endswith(".html") and os.path.exists(os.path.join(folder, n[:-5] + ".ref")))
    print("1..%d" % len(pages))
    failed = 0
    for i, name in enumerate(pages, 1):
        precision, recall, problems = check(diembao, os.path.join(folder, name + ".html"),
                                            os.path.join(folder, name + ".ref"))
        status = "ok" if not problems else "not ok"
        failed += bool(problems)
        print("%s %d - %s (precision %.3f, recall %.3f)" % (status, i, name, precision, recall))
        for problem in problems:
            print("# " + problem)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
