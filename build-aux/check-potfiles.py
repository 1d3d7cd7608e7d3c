#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""po/POTFILES.in must list, sorted, every file with a translatable string and nothing
else: a file left out ships English in the middle of a translated UI."""

import os
import re
import sys

MARKED_IN_C = re.compile(r'\b(?:_|N_|C_|NC_|g_dngettext|g_dpgettext2|ngettext)\s*\(\s*"')
MARKED_IN_UI = re.compile(r'translatable="(?:yes|true)"')
DATA_SUFFIXES = (".desktop.in", ".metainfo.xml.in", ".gschema.xml")


def has_messages(path):
    if path.endswith(DATA_SUFFIXES):
        return True
    if path.endswith((".c", ".h")):
        pattern = MARKED_IN_C
    elif path.endswith(".ui"):
        pattern = MARKED_IN_UI
    else:
        return False
    with open(path, encoding="utf-8", errors="replace") as f:
        return bool(pattern.search(f.read()))


def main(srcroot):
    os.chdir(srcroot)
    with open("po/POTFILES.in", encoding="utf-8") as f:
        listed = [line.strip() for line in f if line.strip() and not line.startswith("#")]

    wanted = set()
    for top in ("src", "data"):
        for folder, subfolders, files in os.walk(top):
            subfolders[:] = sorted(d for d in subfolders if d not in ("sample", "lexicons"))
            wanted.update(os.path.join(folder, name) for name in files
                          if has_messages(os.path.join(folder, name)))

    problems = [f"missing: {path}" for path in sorted(wanted - set(listed))]
    problems += [f"listed but has no messages or does not exist: {path}"
                 for path in listed if path not in wanted]
    if listed != sorted(set(listed)):
        problems.append("entries are not sorted, or repeat")
    for problem in problems:
        print(f"po/POTFILES.in: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
