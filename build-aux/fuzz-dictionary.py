#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A libFuzzer dictionary from the lexicons: every entry, and its words, once.

    build-aux/fuzz-dictionary.py OUT LEXICON…

A lexicon line is an entry, optionally followed by |fields; lines starting with # are
comments. Fields that are words (an abbreviation's full form) are entries too. A few
markers of the formats the loader reads (HTML, Markdown, byte-order marks) are added.
"""
import sys

FORMAT_TOKENS = [
    "<html>", "<body>", "<article>", "<h1>", "<p>", "</p>", "<figure>", "<figcaption>",
    "<img src=\"", "<br>", "<div>", "</div>", "<!--", "-->", "<![CDATA[", "&nbsp;", "&#",
    "# ", "## ", "![", "](", "**", "\n\n", "Ảnh: ",
    " số ", "/NQ-CP", "/QĐ-TTg", "/2023/QH15", "hạng Nhất", "hạng Nhì", "hạng Ba", " về ",
]
FORMAT_TOKENS = [token.encode("utf-8") for token in FORMAT_TOKENS]
BYTE_ORDER_MARKS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]


def escape(entry: bytes) -> str:
    out = []
    for byte in entry:
        if byte in (0x22, 0x5C) or byte < 0x20 or byte >= 0x7F:
            out.append("\\x%02X" % byte)
        else:
            out.append(chr(byte))
    return "".join(out)


def main() -> int:
    out_path, lexicons = sys.argv[1], sys.argv[2:]
    entries = []
    seen = set()

    def add(data: bytes) -> None:
        if data and data not in seen:
            seen.add(data)
            entries.append(data)

    for token in FORMAT_TOKENS:
        add(token)
    for mark in BYTE_ORDER_MARKS:
        add(mark)
    for path in lexicons:
        with open(path, encoding="utf-8") as lexicon:
            for line in lexicon:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                entry, *fields = line.split("|")
                # a field in words (an abbreviation's full form) is vocabulary too;
                # ranks and kinds' export names are not
                for text in [entry] + [f for f in fields if " " in f]:
                    add(text.encode("utf-8"))
                    for word in text.split():
                        add(word.encode("utf-8"))

    with open(out_path, "w", encoding="ascii") as out:
        for i, entry in enumerate(entries):
            out.write('w%d="%s"\n' % (i, escape(entry)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
