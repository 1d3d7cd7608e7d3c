#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fail when a source file includes a project header from a layer above its own.

  check-layers.py PROJECT_DIR

The core's folders are layers, lowest first; the headless export (app/) sits on the
whole core, the GTK front end on both, and the executable on everything. A folder may include headers from the folders listed
for it, and from itself.
"""
import os
import re
import sys

MAY_INCLUDE = {
    "core/base": [],
    "core/text": ["core/base"],
    "core/parse": ["core/base", "core/text"],
    "core/extract": ["core/base", "core/text", "core/parse"],
    "core": ["core/base", "core/text", "core/parse", "core/extract"],
    "core/desk": ["core/base", "core/text", "core/parse", "core/extract", "core"],
    "core/summary": ["core/base", "core/text", "core/parse", "core/extract", "core"],
    "core/render": ["core/base", "core/text", "core/parse", "core/extract", "core"],
}
CORE = [layer for layer in MAY_INCLUDE]
MAY_INCLUDE["app"] = CORE
MAY_INCLUDE["ui"] = CORE + ["app"]
MAY_INCLUDE["."] = CORE + ["app", "ui"]

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def main(src):
    home = {}
    files = []
    for folder, _, names in os.walk(src):
        layer = os.path.relpath(folder, src)
        for name in names:
            if name.endswith((".c", ".h")):
                home.setdefault(name, layer)
                files.append((layer, os.path.join(folder, name)))
    if not files:
        sys.exit(f"no sources under {src}")

    wrong = []
    for layer, path in files:
        if layer not in MAY_INCLUDE:
            wrong.append(f"{path}: folder {layer} has no place in the layers (build-aux/check-layers.py)")
            continue
        allowed = set(MAY_INCLUDE[layer]) | {layer}
        with open(path, encoding="utf-8") as source:
            for header in INCLUDE.findall(source.read()):
                owner = home.get(os.path.basename(header))
                if owner is not None and owner not in allowed:
                    wrong.append(f"{path}: includes {header} from {owner}, above {layer}")
    for line in wrong:
        print(line)
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main(os.path.join(sys.argv[1] if len(sys.argv) > 1 else ".", "src"))
