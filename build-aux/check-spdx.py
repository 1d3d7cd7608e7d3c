#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file and script names its licence, as COPYING declares it, in its first
lines: SPDX-License-Identifier: GPL-3.0-or-later."""

import os
import sys

TAG = "SPDX-License-Identifier: GPL-3.0-or-later"
FOLDERS = ["src", "tests", "bench", "build-aux"]
SUFFIXES = (".c", ".h", ".py", ".sh")


def main(srcroot):
    missing = []
    for top in FOLDERS:
        for folder, _, names in os.walk(os.path.join(srcroot, top)):
            for name in names:
                path = os.path.join(folder, name)
                if not name.endswith(SUFFIXES) and path != os.path.join(srcroot, "build-aux", "diembao"):
                    continue
                with open(path, encoding="utf-8", errors="replace") as f:
                    head = "".join(f.readline() for _ in range(3))
                if TAG not in head:
                    missing.append(os.path.relpath(path, srcroot))
    for path in sorted(missing):
        print(f"{path}: no '{TAG}' in its first lines")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
