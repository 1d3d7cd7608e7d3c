#!/usr/bin/env python3
"""Check the Flatpak manifest: valid JSON, the right app, and exactly the sandbox holes
we mean to open (no network, no file system: files come through the portal)."""

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

    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
