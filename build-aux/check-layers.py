#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No file in src/ includes a header from a higher layer.

Layers, lowest first: core/base, core/text, core/parse, core/extract, core/ (the article
model and its JSON export), core/render, app/ (headless export), ui/, then the
executable's main.c. A file may include headers of its own layer or lower ones.
"""

import os
import re
import sys

LAYERS = ["core/base", "core/text", "core/parse", "core/extract", "core", "core/render", "app", "ui", ""]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(relative):
    folder = os.path.dirname(relative)
    return LAYERS.index(folder) if folder in LAYERS else None


def main(srcroot):
    src = os.path.join(srcroot, "src")
    headers, files = {}, []
    for folder, _, names in os.walk(src):
        for name in names:
            relative = os.path.relpath(os.path.join(folder, name), src)
            if name.endswith(".h"):
                headers[name] = relative
            if name.endswith((".c", ".h")):
                files.append(relative)

    errors = []
    for relative in sorted(files):
        own = layer_of(relative)
        if own is None:
            errors.append(f"src/{relative}: in no layer")
            continue
        with open(os.path.join(src, relative), encoding="utf-8") as f:
            for included in INCLUDE.findall(f.read()):
                target = headers.get(os.path.basename(included))
                if target is None:
                    continue  # generated (config.h, resources) or a library's
                if layer_of(target) > own:
                    errors.append(f"src/{relative} includes src/{target}, a higher layer")
    for error in errors:
        print(error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
