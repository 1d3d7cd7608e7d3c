#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest: valid JSON, the right app, exactly the sandbox holes we
mean to open (no network, no file system: files come through the portal), sources a
release build accepts, and the modules the runtime lacks.

flatpak/*.Devel.json builds the working tree with the development profile; it is not
checked here."""

import json
import sys

APP_ID = "io.github.diembao.DiemBao"
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]


def main(path):
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)

    problems = []

    def expect(key, wanted):
        if manifest.get(key) != wanted:
            problems.append(f"{key} is {manifest.get(key)!r}, expected {wanted!r}")

    expect("id", APP_ID)
    expect("runtime", "org.gnome.Platform")
    expect("sdk", "org.gnome.Sdk")
    expect("command", "diembao")
    expect("finish-args", FINISH_ARGS)
    if not isinstance(manifest.get("runtime-version"), str):
        problems.append("runtime-version must be a string")

    modules = manifest.get("modules", [])
    app = modules[-1] if modules else {}
    if app.get("name") != "diembao" or app.get("buildsystem") != "meson":
        problems.append("the last module must be diembao, built with meson")

    # Flathub builds releases: every source pinned, none from the local tree
    for module in modules:
        for source in module.get("sources", []):
            kind = source.get("type")
            if kind == "git" and not (source.get("tag") or source.get("commit")):
                problems.append(f"module {module.get('name')}: a git source needs a tag or a commit")
            elif kind in ("archive", "file") and not source.get("sha256"):
                problems.append(f"module {module.get('name')}: an {kind} source needs its sha256")
            elif kind not in ("git", "archive", "file", "patch"):
                problems.append(f"module {module.get('name')}: a {kind} source is no release")
    # what the GNOME runtime lacks is built first
    if "md4c" not in [module.get("name") for module in modules[:-1]]:
        problems.append("md4c, which the runtime lacks, must be a module before diembao")

    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
