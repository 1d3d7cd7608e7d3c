#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: Điểm Báo used from the keyboard and read through the accessibility tree.

The app runs as it would on a desktop and talks AT-SPI; this script is the assistive
technology (dogtail, pyatspi) and presses keys as a user does:

  1. Ctrl+O, the fixture's path typed into the file chooser, Enter: the article opens
     and its headline becomes the window's name.
  2. Every control in the window has a name a screen reader can say, and Tab goes from
     the header bar to the sidebar to the article and round again.
  3. The official's sidebar row, found by its accessible name (name, titles, mention
     count), is reached with Tab and activated with Enter. The text under the reading
     view's caret, up to where its highlight ends, reads back as the official's first
     mention, and the indicator says "1 of 4"; F3 and Shift+F3 move both.
  4. Reading the whole article with its text attributes, as a screen reader does, gets
     every paragraph of the fixture and does not bring the app down.
  5. F9 hides the sidebar and Escape closes the find bar (Ctrl+F, "hau giang" finds
     "Hậu Giang" three times): the focus each held goes to the article.
  6. Ctrl+E, a file name typed, Enter (and Enter again if an options dialog follows):
     the PDF is written and holds the official's name.
  7. Ctrl+M goes to the summary; what is typed there is kept: the app killed with
     SIGKILL two seconds later and started again on the same file shows it, and the
     desk's database passes SQLite's integrity check.

Exit status 77 (skipped) without an X display, dogtail or an accessibility bus.
Run under a private session bus, from the source tree:

  DIEMBAO_BIN=build/src/diembao GSETTINGS_SCHEMA_DIR=build/data \\
    xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- /usr/bin/python3 tests/e2e/test-e2e.py
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "fixtures", "e2e", "cau-tan-loc.txt")

OFFICIAL_ROW = "Trần Văn Bình, Phó Thủ tướng, 4 mentions"
# The official's first mentions in reading order: the full name twice, then "Bình" of "Ông Bình"
FIRST_MENTIONS = ["Trần Văn Bình", "Trần Văn Bình", "Bình"]
N_MENTIONS = 4

# Roles a user operates; each needs a name. Labels, panels and images are not listed.
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "menu item",
    "check menu item", "radio menu item", "combo box", "entry", "password text",
    "spin button", "slider", "switch", "list item", "page tab", "link", "text",
    "tree item", "menu",
}
# Containers that take the focus only to pass it on; any other focusable object needs a
# name too (the sidebar's resize handle, for one)
FOCUS_CONTAINER_ROLES = {"scroll pane", "list", "panel", "viewport"}
# GTK 4.8 names a widget without an accessible name after its type
TYPE_NAME = re.compile(r"(Gtk|Adw|Diem)[A-Z][A-Za-z]*")
RAW_MNEMONIC = re.compile(r"(^|\s)_[^\s_]")

WAIT = 15.0  # seconds, for anything the app does in response to a key


class Failure(Exception):
    pass


def skip(reason):
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def say(message):
    print(message, flush=True)


def nfc(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


# ---------------------------------------------------------------- environment

if not os.environ.get("DISPLAY"):
    skip("no X display (run under xvfb-run)")

try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Gio, GLib
except (ImportError, ValueError) as error:
    skip(f"PyGObject with Atspi is missing: {error}")


def accessibility_bus_address():
    """The address of the accessibility bus that belongs to this D-Bus user bus."""
    try:
        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        reply = bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                              None, GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 10000, None)
    except GLib.Error as error:
        skip(f"no accessibility bus (run under dbus-run-session; at-spi2-core installed?): {error.message}")
    return reply.unpack()[0]


# The X root window may name the bus of an earlier session on the same display; the
# app and this script both take this one instead.
os.environ["AT_SPI_BUS_ADDRESS"] = accessibility_bus_address()

try:
    from dogtail.config import config
    config.checkForA11y = False  # it asks GSettings; the bus above is proof enough
    config.logDebugToFile = False
    config.logDebugToStdOut = False
    config.typingDelay = 0.02
    config.defaultDelay = 0.1
    config.actionDelay = 0.1
    import pyatspi
    from dogtail import rawinput, tree
except (ImportError, ValueError) as error:
    skip(f"dogtail is missing (apt-get install python3-dogtail): {error}")


# ---------------------------------------------------------------- the app

class App:
    def __init__(self, binary, workdir, args=()):
        self.workdir = workdir
        home = os.path.join(workdir, "home")
        env = dict(os.environ)
        for name in ("GTK_A11Y", "GTK_MODULES", "NO_AT_BRIDGE"):
            env.pop(name, None)
        env.update({
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
            "GSETTINGS_BACKEND": "memory",
            "ADW_DISABLE_PORTAL": "1",
            "GSK_RENDERER": "cairo",
            "GDK_BACKEND": "x11",
            "LANGUAGE": "C",  # the script reads the English strings
            "LANG": "C.UTF-8",
            # not warnings: GTK's file chooser may warn about the bare test session
            "G_DEBUG": "fatal-criticals",
        })
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.makedirs(env[name], exist_ok=True)
        self.log_path = os.path.join(workdir, "app.log")
        self.log = open(self.log_path, "a")
        self.data_home = env["XDG_DATA_HOME"]
        self.process = subprocess.Popen([binary, *args], env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        self.node = None

    def check_alive(self):
        code = self.process.poll()
        if code is not None:
            how = f"signal {-code}" if code < 0 else f"exit status {code}"
            raise Failure(f"the app ended ({how})")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def output(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as log:
            return log.read()


class Focus:
    """Follows the focused object through AT-SPI events, as a screen reader does."""

    def __init__(self):
        self.current = None
        self.changes = 0
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:focused")

    def _on_event(self, event):
        if event.detail1:
            self.current = event.source
            self.changes += 1


app = None
focus = None


def pump():
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


def wait_for(what, predicate, timeout=WAIT):
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        pump()
        try:
            result = predicate()
        except Exception as error:  # objects come and go while the app works
            result, last_error = None, error
        if result:
            return result
        app.check_alive()
        if time.monotonic() > deadline:
            detail = f" (last error: {last_error})" if last_error else ""
            raise Failure(f"timed out after {timeout:g} s waiting for {what}{detail}")
        time.sleep(0.05)


def descendants(node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(list(current.children)))


def find(node, predicate):
    for candidate in descendants(node):
        if predicate(candidate):
            return candidate
    return None


def top_levels():
    return list(app.node.children)


def main_window():
    frames = [window for window in top_levels() if window.roleName == "frame"]
    return frames[0] if frames else None


def dialog_named(title):
    return next((window for window in top_levels() if window.name == title), None)


def press(key):
    rawinput.pressKey(key)


def combo(keys):
    rawinput.keyCombo(keys)


def is_focused(node):
    return node.getState().contains(pyatspi.STATE_FOCUSED)


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def describe(node):
    parts = []
    while node is not None and node.roleName not in ("frame", "application"):
        parts.append(f"{node.roleName} {node.name!r}" if node.name else node.roleName)
        node = node.parent
    return " < ".join(parts[:3])


# ---------------------------------------------------------------- steps

def open_fixture_with_keyboard(path, headline):
    combo("<Control>o")
    dialog = wait_for("the Open dialog", lambda: dialog_named("Open an Article"))
    # typing a path in GTK's file chooser opens its location entry
    rawinput.typeText(path)
    entry = wait_for("the file chooser's location entry to hold the path",
                     lambda: find(dialog, lambda n: n.roleName == "text" and is_focused(n)
                                  and text_of(n) == path))
    say(f"typed the path into {describe(entry)}")
    press("Return")
    wait_for("the Open dialog to close", lambda: dialog_named("Open an Article") is None)
    window = wait_for(f"the window to be named after the headline {headline!r}",
                      lambda: (w := main_window()) is not None and w.name == headline and w)
    say(f"opened the fixture: window {window.name!r}")
    return window


def audit_names(window):
    """Every control a user operates has a name that is not a type name or raw label."""
    nameless = []
    count = 0
    for node in descendants(window):
        if node.roleName not in INTERACTIVE_ROLES and (
                node.roleName in FOCUS_CONTAINER_ROLES or not node.getState().contains(pyatspi.STATE_FOCUSABLE)):
            continue
        count += 1
        name = node.name.strip()
        if not name or TYPE_NAME.fullmatch(name) or RAW_MNEMONIC.search(name):
            nameless.append(f"{describe(node)} (tooltip {node.description!r})")
    if nameless:
        raise Failure("controls without a proper accessible name:\n  " + "\n  ".join(nameless))
    return count


def region_finder(window):
    """Which part of the window (header bar, sidebar, article) a focused object is in."""
    def ancestors(node):
        chain = []
        while node is not None and node.roleName != "application":
            chain.append(node)
            node = node.parent
        return chain

    def common_ancestor(a, b):
        chain = ancestors(b)
        return next(node for node in ancestors(a) if node in chain)

    open_button = find(window, lambda n: n.roleName == "push button" and n.name == "Open")
    menu_button = find(window, lambda n: n.roleName == "push button" and n.name == "Main Menu")
    officials = find(window, lambda n: n.roleName == "list" and n.name == "Officials")
    awards = find(window, lambda n: n.roleName == "list" and n.name == "Awards")
    article = find(window, lambda n: n.roleName == "text" and n.name == "Article")
    summary = find(window, lambda n: n.roleName == "text" and n.name == "Summary text")
    new_draft = find(window, lambda n: n.roleName == "push button" and n.name == "New draft from the article")
    if None in (open_button, menu_button, officials, awards, article, summary, new_draft):
        raise Failure("the window lacks its Open button, main menu, Officials or Awards list, Article or Summary")
    regions = [("header bar", common_ancestor(open_button, menu_button)),
               ("sidebar", common_ancestor(officials, awards)),
               ("article", article),
               ("summary", common_ancestor(summary, new_draft))]

    def region_of(node):
        chain = ancestors(node)
        return next((name for name, root in regions if root in chain), "elsewhere")
    return region_of


def press_tab_and_follow():
    before = focus.changes
    press("Tab")
    wait_for("Tab to move the focus", lambda: focus.changes > before, timeout=5)
    time.sleep(0.1)
    pump()
    return focus.current


def check_tab_order(window):
    region_of = region_finder(window)
    stops = []
    for _ in range(80):
        node = press_tab_and_follow()
        if stops and node == stops[0]:
            break
        stops.append(node)
    else:
        raise Failure("Tab did not come back round within 80 presses: a focus trap?")

    regions = [region_of(node) for node in stops]
    say("Tab order (one round):")
    for node, region in zip(stops, regions):
        say(f"  {region:10} {describe(node)}")
    start = regions.index("header bar") if "header bar" in regions else 0
    rotated = regions[start:] + regions[:start]
    sequence = [region for i, region in enumerate(rotated) if i == 0 or region != rotated[i - 1]]
    if sequence != ["header bar", "sidebar", "article", "summary"]:
        raise Failure(f"Tab goes {' → '.join(sequence)}, not header bar → sidebar → article → summary")
    unnamed = [describe(node) for node in stops if not node.name.strip()]
    if unnamed:
        raise Failure("Tab stops without a name: " + "; ".join(unnamed))
    return stops


def activate_row_with_keyboard(row):
    for _ in range(80):
        if is_focused(row):
            break
        press_tab_and_follow()
    else:
        raise Failure(f"Tab never reached the row {row.name!r}")
    press("Return")


def mention_indicator(window):
    label = find(window, lambda n: n.roleName == "label" and re.fullmatch(r"\d+ of \d+", n.name))
    return label.name if label else None


def read_current_mention(article):
    """The highlighted text the caret sits on: from the caret to where the highlight ends."""
    text = article.queryText()
    caret = text.caretOffset
    attributes, start, end = text.getAttributeRun(caret, False)
    if start != caret or not any(a.startswith("bg-color:") for a in attributes):
        raise Failure(f"no highlight starts at the caret ({caret}): run {start}–{end} {attributes}")
    return caret, text.getText(start, end)


def expect_mention(window, article, position, expected_text, after=None):
    indicator = f"{position} of {N_MENTIONS}"
    wait_for(f"the indicator to say {indicator!r}", lambda: mention_indicator(window) == indicator)
    def moved():
        found = read_current_mention(article)
        return found if after is None or found[0] != after else None
    offset, text = wait_for(f"the caret on mention {position}", moved)
    say(f"mention {indicator}: caret at {offset}, highlighted text {text!r}")
    if nfc(text) != nfc(expected_text):
        raise Failure(f"mention {position} reads {text!r}, expected {expected_text!r}")
    return offset


def read_like_a_screen_reader(article, fixture_text):
    """The whole text with its attribute runs; every paragraph of the fixture is there."""
    text = article.queryText()
    everything = text.getText(0, text.characterCount)
    offset = runs = 0
    while offset < text.characterCount:
        _, _, end = text.getAttributeRun(offset, True)
        offset = max(end, offset + 1)
        runs += 1
    app.check_alive()
    spoken = nfc(everything)
    missing = [p for p in fixture_text.split("\n\n") if p.strip() and nfc(p) not in spoken]
    if missing:
        raise Failure(f"the article's accessible text lacks: {missing[0][:60]!r}…")
    say(f"read {text.characterCount} characters in {runs} attribute runs")


def focus_on(node, what):
    wait_for(what, lambda: focus.current is not None and focus.current == node)


def check_focus_when_parts_hide(window, row, article):
    """F9 hides the sidebar and Escape the find bar: the focus they held goes to the
    article, not to a widget a screen reader cannot name."""
    if not is_focused(row):
        raise Failure(f"the row {row.name!r} lost the focus while stepping through mentions")
    press("F9")
    focus_on(article, "the article to take the focus from the hidden sidebar")
    press("F9")
    wait_for("the sidebar to come back",
             lambda: find(window, lambda n: n.roleName == "list item" and n.name == row.name))

    combo("<Control>f")
    entry = wait_for("the find entry to have the focus",
                     lambda: find(window, lambda n: n.roleName == "entry" and is_focused(n)))
    rawinput.typeText("hau giang")  # finds "Hậu Giang": diacritics do not matter
    count = wait_for("the find bar to count 3 matches",
                     lambda: find(window, lambda n: n.roleName == "label" and n.name.endswith(" 3 matches")))
    say(f"find {text_of(entry)!r} in {entry.name!r}: {count.name!r}")
    press("Escape")
    focus_on(article, "the article to take the focus from the closed find bar")
    say("the focus went to the article when the sidebar and the find bar hid")


def export_pdf_with_keyboard(window, pdf_path, official):
    """Ctrl+E, then each dialog in turn: the file chooser gets the path, any other one
    (export options) is accepted with Enter, until the PDF is there."""
    combo("<Control>e")

    def file_name_entry(dialog):
        # the save dialog offers the article's name with the PDF suffix, focused
        return find(dialog, lambda n: n.roleName == "text" and is_focused(n) and text_of(n).endswith(".pdf"))

    def written():
        return os.path.exists(pdf_path) and os.path.getsize(pdf_path) > 0

    seen = []  # [dialog, when first seen]; "handled" once a key went to it
    handled = []
    typed = False
    deadline = time.monotonic() + 30
    while not (typed and written()):
        if time.monotonic() > deadline:
            raise Failure(f"timed out after 30 s waiting for the export dialogs and the PDF {pdf_path}")
        app.check_alive()
        pump()
        for dialog in top_levels():
            try:
                if dialog == window or dialog in handled:
                    continue
                if not any(dialog == known for known, _ in seen):
                    seen.append([dialog, time.monotonic()])
                since = next(when for known, when in seen if dialog == known)
                entry = None if typed else file_name_entry(dialog)
            except Exception:  # a dialog going away
                continue
            if entry:
                combo("<Control>a")
                rawinput.typeText(pdf_path)
                wait_for("the file name entry to hold the path", lambda: text_of(entry) == pdf_path)
                say(f"typed the PDF's path into {dialog.name!r}")
                typed = True
            elif time.monotonic() - since < (0.5 if typed else 5):
                continue  # settling; before the path, perhaps a file chooser still to focus its entry
            else:
                say(f"accepting the dialog {dialog.roleName} {dialog.name!r} with Enter")
            handled.append(dialog)
            press("Return")
        time.sleep(0.1)

    with open(pdf_path, "rb") as pdf:
        if not pdf.read(5) == b"%PDF-":
            raise Failure(f"{pdf_path} is not a PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        say("pdftotext is missing (poppler-utils): the PDF's text is not checked")
        return
    text = subprocess.run([pdftotext, "-enc", "UTF-8", pdf_path, "-"], capture_output=True,
                          check=True, timeout=60).stdout.decode("utf-8")
    if nfc(official) not in nfc(text):
        raise Failure(f"the PDF does not hold {official!r}")
    say(f"exported {os.path.getsize(pdf_path)} bytes of PDF holding {official!r}")


def run(binary, workdir):
    global app, focus
    with open(FIXTURE, encoding="utf-8") as fixture:
        fixture_text = fixture.read()
    headline = fixture_text.split("\n", 1)[0].strip()

    focus = Focus()
    app = App(binary, workdir)
    app.node = wait_for("the app on the accessibility bus",
                        lambda: next((a for a in tree.root.applications() if a.name == "diembao"), None))
    wait_for("the main window", main_window)
    say(f"started: window {main_window().name!r}")

    window = open_fixture_with_keyboard(os.path.abspath(FIXTURE), headline)
    article = wait_for("the article text",
                       lambda: find(window, lambda n: n.roleName == "text" and n.name == "Article"))
    wait_for("the headline in the article's text",
             lambda: nfc(text_of(article)).startswith(nfc(headline)))

    count = audit_names(window)
    say(f"{count} controls, each with a name")
    check_tab_order(window)

    row = wait_for(f"the row {OFFICIAL_ROW!r}",
                   lambda: find(window, lambda n: n.roleName == "list item" and n.name == OFFICIAL_ROW))
    activate_row_with_keyboard(row)
    offsets = [expect_mention(window, article, 1, FIRST_MENTIONS[0])]
    for position in (2, 3):
        press("F3")
        offsets.append(expect_mention(window, article, position, FIRST_MENTIONS[position - 1],
                                      after=offsets[-1]))
    if not offsets[0] < offsets[1] < offsets[2]:
        raise Failure(f"F3 did not walk forwards through the text: {offsets}")
    combo("<Shift>F3")
    if expect_mention(window, article, 2, FIRST_MENTIONS[1], after=offsets[2]) != offsets[1]:
        raise Failure("Shift+F3 did not go back to the second mention")

    read_like_a_screen_reader(article, fixture_text)
    count = audit_names(window)  # the mention indicator's buttons are showing now
    say(f"{count} controls with the mention indicator showing, each with a name")
    check_focus_when_parts_hide(window, row, article)

    export_pdf_with_keyboard(window, os.path.join(workdir, "export", "Tân Lộc.pdf"), FIRST_MENTIONS[0])
    keep_summary_across_kill(binary, workdir, window, headline)


def summary_text(window):
    return find(window, lambda n: n.roleName == "text" and n.name == "Summary text")


def keep_summary_across_kill(binary, workdir, window, headline):
    global app
    mark = " Ghi chu DESK-42"
    combo("<Control>m")
    summary = wait_for("the focus in the summary", lambda: (n := summary_text(window)) is not None and is_focused(n) and n)
    combo("<Control>End")
    rawinput.typeText(mark)
    wait_for("the typed words in the summary", lambda: mark.strip() in text_of(summary))
    time.sleep(2.0)  # kept within a second of a change
    app.process.send_signal(signal.SIGKILL)
    app.process.wait()
    say("typed into the summary, then killed the app with SIGKILL")

    app = App(binary, workdir, [os.path.abspath(FIXTURE)])
    app.node = wait_for("the app on the accessibility bus again",
                        lambda: next((a for a in tree.root.applications() if a.name == "diembao"), None))
    window = wait_for("the window with the article again",
                      lambda: (w := main_window()) is not None and w.name == headline and w)
    summary = wait_for("the summary text", lambda: summary_text(window))
    wait_for("the kept summary with the typed words", lambda: mark.strip() in text_of(summary))
    say("after a restart the summary holds what was typed")

    import sqlite3
    database = sqlite3.connect(os.path.join(app.data_home, "diembao", "desk.sqlite"))
    verdict = database.execute("PRAGMA integrity_check").fetchone()[0]
    database.close()
    if verdict != "ok":
        raise Failure(f"the desk database after SIGKILL: {verdict}")
    say("the desk's database is intact")


def main():
    binary = os.environ.get("DIEMBAO_BIN") or (sys.argv[1] if len(sys.argv) > 1 else None)
    if not binary or not os.access(binary, os.X_OK):
        say(f"FAIL: no app to run: set DIEMBAO_BIN (got {binary!r})")
        return 1

    # meson stops a test that overruns with SIGTERM: still stop the app
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    workdir = tempfile.mkdtemp(prefix="diembao-e2e-")
    os.makedirs(os.path.join(workdir, "export"))
    status = 1
    try:
        run(binary, workdir)
        say("PASS")
        status = 0
    except Failure as failure:
        say(f"FAIL: {failure}")
    finally:
        if app is not None:
            app.stop()
            output = app.output().strip()
            if output:
                say("app output:\n" + output)
        shutil.rmtree(workdir, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
