#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keep a translation complete.

  check-po.py complete PO          PO has no untranslated and no fuzzy messages
  check-po.py current PO POTFILES  PO translates every message the sources hold now
"""

import os
import re
import subprocess
import sys
import tempfile

# The keywords of meson's "glib" gettext preset: the messages `diembao-pot` extracts.
XGETTEXT_KEYWORDS = [
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
]


def statistics(po):
    """(translated, fuzzy, untranslated) as msgfmt counts them."""
    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                            capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
    if result.returncode != 0 or "warning" in result.stderr:
        sys.stderr.write(result.stderr)
        sys.exit(1)

    def count(pattern):
        found = re.search(r"(\d+) " + pattern, result.stderr)
        return int(found.group(1)) if found else 0

    return count("translated message"), count("fuzzy translation"), count("untranslated message")


def list_messages(po, *selection):
    result = subprocess.run(["msgattrib", "--no-obsolete", "--no-wrap", *selection, po],
                            capture_output=True, text=True, check=True)
    return [m for m in re.findall(r'^msgid "(.*)"$', result.stdout, re.M) if m]


def check_complete(po):
    translated, fuzzy, untranslated = statistics(po)
    print(f"{po}: {translated} translated, {fuzzy} fuzzy, {untranslated} untranslated")
    for message in list_messages(po, "--only-fuzzy"):
        print(f"  fuzzy: {message}")
    for message in list_messages(po, "--untranslated"):
        print(f"  untranslated: {message}")
    return 0 if translated > 0 and fuzzy == 0 and untranslated == 0 else 1


def check_current(po, potfiles):
    srcroot = os.path.dirname(os.path.dirname(os.path.abspath(potfiles)))
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "messages.pot")
        merged = os.path.join(tmp, "merged.po")
        subprocess.run(["xgettext", "--from-code=UTF-8", *XGETTEXT_KEYWORDS,
                        "--directory", srcroot, "--files-from", potfiles, "--output", pot],
                       check=True)
        subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "--output-file", merged,
                        po, pot], check=True)
        missing = list_messages(merged, "--untranslated") + list_messages(merged, "--only-fuzzy")
    for message in missing:
        print(f"{po}: not translated: {message}")
    if missing:
        print(f"{po}: run `ninja diembao-update-po` and translate {len(missing)} message(s)")
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "complete":
        sys.exit(check_complete(sys.argv[2]))
    if len(sys.argv) == 4 and sys.argv[1] == "current":
        sys.exit(check_current(sys.argv[2], sys.argv[3]))
    sys.exit(__doc__)
