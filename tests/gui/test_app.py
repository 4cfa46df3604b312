"""Tests for desktop/gui/app.py: start-up, a damaged library, jieba after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui import app as app_module
from desktop.gui.app_theme import DARK_COLOURS, MENU_COLOURS
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from desktop.gui.theme import ThemeName
from tests.gui.reader.helpers import char_point

ROOT = Path(__file__).resolve().parents[2]


HEAVY_MODULES = ("jieba", "docx", "reportlab", "bs4", "lxml", "markdown_it", "yaml")
"""What the window must not wait for: segmentation, importers' and exporters' libraries."""

MAX_FIRST_FRAME_MODULES = 101
"""How many ``desktop.*`` modules may load before the first frame (65 when this was written;
73 with keyboard_menu, the Menu key of the tree and the page that the first frame shows; 74
with models.library_filter, the tree's filter model moved out of the library pane; 75 with
gui.library_tree_view, the tree view moved out of it too; 76 with gui.window_session, the
window's following of the session moved out of main_window; 77 with gui.window_tags, the
window's Manage Tags mixin, whose dialog and core edits still load only when first used; 78
with gui.window_print, the Print mixin moved out of window_export; 79 with
core.storage.annotation_values, the checks of an annotation's parts moved out of the store;
80 with gui.library_session_tags, the session's tag renames moved out of library_session; 81
with core.text_templates, the one-pass filling of %1/%2 that speech labels and dialogs share;
82 with gui.screen_fit, the first window's size bounded by its screen, shared with Export; 83
with core.emphasis, how much of a point the reader and the exports set in bold; 84 with
gui.window_library, the File ▸ Library commands, whose tools and dialogs load when first used;
85 with gui.reader.visible, the blocks at a height found without laying out the whole speech;
86 with gui.library_follow, the tree's following of the reader moved out of the library pane:
the first frame reveals the speech it opens, so it loads there either way; 87 with
models.node_rows, the O(1) row of a node that the library and annotation trees share; 88 with
gui.contrast, the WCAG arithmetic moved out of app_theme so the reader's themes use it too; 89
with gui.library_session_batch, the session's trashing and recolouring of several annotations as one
undo step: a mixin of the session the first frame opens; 90 with
gui.library_session_annotations, the session's reads and changes of annotations split out of it
(the write queue they use while an import saves, gui.pending_writes, loads with the first import);
91 with core.punctuation, whose table of marks the View menu's Full-width tip names, so that it
and Preferences list what the reader converts from one source (its regexes are a few small ones);
92 with core.storage.annotation_tags, the store's tag operations split out of it as its base
class (the store loads with the library the first frame reads; ``tag_edits`` still loads when
first used); 93 with gui.window_import, the window's import commands split out of
window_dialogs as a mixin of the window (the import job and its dialogs still load when used);
94 and 95 with models.library_batches and gui.library_tree_batches, a big collection's speeches
given to the tree a batch at a time (the first frame unfolds the collection being read); 96
and 97 with core.footnotes and gui.reader.footnotes, a speech's note marks set as superscripts
and followed as links (the importer's rule they share loads only with a speech that ends on a
note); 98 with models.library_sync, the tree's reload from the library split out of
models.library_tree (over 400 lines) as a mixin of the model the first frame shows; 99 with
gui.reader.balance, the balancing of centred titles split out of gui.reader.document (over 400
lines): the first frame's reader balances the title it shows; 100 with gui.reader.line_hints, the
zero-width hints the page's text holds so that a note mark keeps to its word and a line may end
before an opening quote (the sample the first frame shows quotes “效能革命” on every page); 99
once the store read import reports (and so loaded core.storage.import_writer) only when one is
shown; 100 with gui.undo_stack, the session's undo stack split out of gui.library_session (at
400 lines) when it came to say which step runs; 101 with core.storage.open_files, the count of
library files open here split out of core.storage.database (over 400 lines with the WAL's
bounds): the first frame opens a library and its session; still 101 with gui.reader.roles,
what each paragraph is (its role, and whether it is in Latin letters, set ragged-right) split
out of gui.reader.document at 400 lines, as core.section_paths left the first frame (the search
dock's texts, gui.session_texts, are built with the dock); 103 with gui.reader.styling, the
reader's theme and font size (restyled in place) split out of gui.reader.view at 399 lines, and
gui.native_palette, a native palette made to read, split out of gui.app_theme at 399 lines
when a dark start came to set its style after the first frame; 100 once core.storage.backup,
gui.messages and cli.library_option loaded where used (the daily backup is a worker's, a
message and a parsed --library come after the first frame), and 101 with
gui.library_tree_actions, the tree's actions and menu split out of gui.library_pane (at 399
lines), gui.window_find taking gui.find_bar's place (the bar is made at the first Ctrl+F); still
101 with gui.library_session_reading, the session's reading state split out of
gui.library_session (at 392 lines), as gui.library_session_tags joined gui.library_session_batch
(a tag's rename changes many annotations as one undo step, as a batch does).

A guard against eager imports creeping back onto the start-up path, not a timing: each module
costs its own body and often the Python classes PySide makes for the Qt types it names. A
change that needs more should first ask whether the first frame shows what it loads."""

AFTER_FIRST_FRAME = (
    "desktop.cli.library_option",  # the command line's --library: a start parses no arguments
    "desktop.core.chinese",
    "desktop.core.export",
    "desktop.core.find",
    "desktop.core.imported",  # the importer's document, speeches and removals
    "desktop.core.importing",
    "desktop.core.storage.backup",  # the window backs up from a worker, after the first frame
    "desktop.core.storage.import_report",
    "desktop.core.storage.import_writer",
    "desktop.core.storage.search_index",
    "desktop.dialogs",
    "desktop.gui.annotations_dock",
    "desktop.gui.dark_style",  # the dark theme's; the light start never needs it
    "desktop.gui.find_bar",  # built at the first Ctrl+F
    "desktop.gui.library_filter_box",
    "desktop.gui.messages",  # what an error says: none has happened yet
    "desktop.gui.library_tree_filter",
    "desktop.gui.search_dock",
    "desktop.gui.search_query_box",
    "desktop.gui.terms_dock",
    "desktop.gui.terms_finder",
    "desktop.gui.segmenter_service",
)
"""What the first frame does not show, so must not load before it (a prefix each)."""

MAX_FIRST_FRAME_DATACLASSES = 7
"""How many of our dataclasses are made before the first frame (32 when this was written, 19
once the small records that are never ``replace()``d became NamedTuples, 10 once the storage
records, text spans, quotes, removals and themes did too: ``_replace`` edits a copy; 7 once
the importer's document, speeches and report moved to modules of their own, ``core.imported``
and ``core.storage.import_report``). Python 3.11 compiles each method a dataclass generates,
some 2.5–6 M instructions a class (a NamedTuple ~1 M): what is mutated, subclassed or needs a
``field()`` stays a dataclass."""

UNUSED_QT_CLASSES = (
    "QGradient",
    "QStyleOptionMenuItem",
    "QStyle",
    "QProxyStyle",
    "QStyleOptionSlider",
    "QBuffer",
    "QImageReader",
    "QTextTableFormat",
    "QTextDocumentFragment",
)
"""Qt classes the first frame draws without. PySide makes the Python enums of a Qt class when
the class is first imported (some 85,000 instructions a member): QGradient's 169 presets came
with ``QPainter.fillRect``, whose overloads PySide tries in turn; a menu item's style option
only with a menu drawn; QStyle's 566 (~48 M) with ``app.style()`` or the menus' proxy style,
which a start installs after the first frame (a dark one too, where Qt's own choice is Fusion,
which follows the dark palette as the dark style does: ``app_theme.native_style_is_fusion``). The
rest (~7 M with their bases) are named where they are used: the scroll bar's ticks, icons drawn
by hand (a dark start with no cache folder) and a note's tooltip."""

_AT_FIRST_PAINT = """
import os, sys
from desktop.gui import app

def report(exit_after):
    print(" ".join(%s), flush=True)
    os._exit(0)

app.report_first_paint = report
from desktop.cli.gui_command import main
main([])
"""
_MODULES = "sys.modules"  # in the order they were imported
_DATACLASSES = (
    "f'{name}.{key}' for name, module in list(sys.modules.items()) if name.startswith('desktop')"
    " for key, value in vars(module).items() if isinstance(value, type)"
    " and value.__module__ == name and '__dataclass_fields__' in vars(value)"
)
_QT_CLASSES = (
    "name for qt in ('QtCore', 'QtGui', 'QtWidgets') for name in vars(sys.modules['PySide6.' + qt])"
)

_WIDE_CLASSES = (
    "hex(len(pattern)) for pattern in"
    " __import__('tests.gui.regex_classes', fromlist=['_']).wide_classes()"
)  # printed as their lengths: the words are split at spaces


_MENU_AFTER_FIRST_FRAME = """
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu
from desktop.gui import app, icons
from desktop.gui.actions import ActionId
from tests.gui.menu_drawing import highlighted_item, icon_ink, stroke_contrast

def draw(window):
    menu = QMenu(window)
    item = menu.addAction(icons.svg_icon("import"), "Import")
    image, area, selection = highlighted_item(menu, item)
    ink = stroke_contrast(icon_ink(image, area, selection))
    print(type(QApplication.style()).__name__, type(menu.style()).__name__, ink, flush=True)

def switch(window):
    draw(window)
    for theme in (ActionId.THEME_DARK, ActionId.THEME_LIGHT):
        window.registry.action(theme).trigger()
        draw(window)
    os._exit(0)

app.report_first_paint = lambda exit_after: None  # the probe's exit: after the menu
app.after_show = lambda window, files: QTimer.singleShot(0, lambda: switch(window))
from desktop.cli.gui_command import main
main([])
"""


def _start(*options: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PIZHU_STARTUP_PROBE="exit", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, *options, str(ROOT / "main.py")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_main_py_paints_the_sample_speech_without_loading_heavy_modules() -> None:
    """Real starts: the first creates the library with the sample; the next loads little."""
    first = _start()
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("first-paint ")
    with open_library(os.environ["PIZHU_LIBRARY"], create=False, daily_backup=False) as library:
        assert len(library.store.collections()) == 1, "created with the sample on first run"
    again = _start("-X", "importtime")
    assert again.returncode == 0, again.stderr
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in again.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert imported.isdisjoint(HEAVY_MODULES), sorted(imported & set(HEAVY_MODULES))


def _modules_at_first_paint() -> list[str]:
    """The modules of a real start (main.py's path) when the speech has painted, in order."""
    return _at_first_paint(_MODULES)


def _at_first_paint(names: str) -> list[str]:
    """``names`` (an expression) in a real start (main.py's path) when the speech has painted."""
    return _started_with(_AT_FIRST_PAINT % names)


def _started_with(script: str) -> list[str]:
    """The words ``script`` (a start through main.py's path, patched) prints, library made."""
    assert _start().returncode == 0, "the first start creates the library"
    env = dict(os.environ, PIZHU_STARTUP_PROBE="exit", QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    return shown.stdout.split()


def test_the_first_frame_loads_only_what_it_shows() -> None:
    """Our modules at the first frame: few, and none of what the first frame does not show."""
    loaded = [name for name in _modules_at_first_paint() if name.split(".")[0] == "desktop"]
    assert "desktop.gui.main_window" in loaded, "it was the window that painted"
    early = [name for name in loaded if name.startswith(AFTER_FIRST_FRAME)]
    assert early == []
    assert len(loaded) <= MAX_FIRST_FRAME_MODULES, loaded


def test_the_first_frame_makes_no_qt_class_it_does_not_use() -> None:
    """PySide makes a Qt class (and its Python enums) when it is first used: not these."""
    made = set(_at_first_paint(_QT_CLASSES))
    assert "QPainter" in made, "the names are the classes made so far"
    assert made.isdisjoint(UNUSED_QT_CLASSES), sorted(made & set(UNUSED_QT_CLASSES))


_DARK_START = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication
from desktop.gui import app

def glyphs():
    # The docks' buttons' icons as drawn: the standard icons the first frame shows.
    return {
        (button.parentWidget().objectName(), button.objectName()):
            button.icon().pixmap(16).toImage()
        for button in QApplication.allWidgets()
        if isinstance(button, QAbstractButton)
        and button.objectName().startswith("qt_dockwidget_")
    }

def report(exit_after):
    global first
    made = {name for qt in ('QtCore', 'QtGui', 'QtWidgets')
            for name in vars(sys.modules['PySide6.' + qt])}
    print(",".join(name for name in %r if name in made) or "none", flush=True)
    print(QApplication.palette().color(QPalette.ColorRole.Window).name(), flush=True)
    first = glyphs()
    QTimer.singleShot(0, after)  # after the window's own (its filter was made first)

def after():
    window = QPalette.ColorRole.Window
    print(type(QApplication.style()).__name__, QApplication.palette().color(window).name(),
          QApplication.palette("QMenu").color(QPalette.ColorRole.Base).name(), flush=True)
    now = glyphs()
    same = all(now[key] == image for key, image in first.items())
    print(len(first), "same" if same else "changed", flush=True)
    os._exit(0)

app.report_first_paint = report
from desktop.cli.gui_command import main
main([])
"""


def test_a_dark_start_paints_its_first_frame_with_the_palette_and_no_style(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Qt's own choice here is Fusion, which the dark style draws on: the first frame needs
    the dark palette only, the style (QStyle's Python class) comes right after it."""
    for name in ("QT_STYLE_OVERRIDE", "QT_QPA_PLATFORMTHEME", "XDG_CURRENT_DESKTOP"):
        monkeypatch.delenv(name, raising=False)
    Settings().theme = ThemeName.DARK.value
    words = _started_with(_DARK_START % (UNUSED_QT_CLASSES,))
    made, first_window, style, window, menu, buttons, glyphs = words
    assert made == "none", made
    assert first_window == DARK_COLOURS[QPalette.ColorRole.Window], "dark from the first frame"
    assert style == "DarkStyle"
    assert window == first_window, "the style left the palette as it was"
    assert menu == MENU_COLOURS[QPalette.ColorRole.Base]
    assert int(buttons) > 0, "the library's dock shows its buttons"
    assert glyphs == "same", "drawn in the dark style's ink before the style came"


def test_after_the_first_frame_a_highlighted_menu_item_s_icon_is_inked() -> None:
    """The menus' style, which a light start installs once the window is on screen; then
    dark and light again, chosen in the window."""
    words = _started_with(_MENU_AFTER_FIRST_FRAME)
    light, dark, again = (words[at : at + 3] for at in range(0, 9, 3))
    assert light[:2] == ["MenuIconStyle", "MenuItemStyle"]
    assert float(light[2]) >= 3.0, "Fusion's own grey on the selection is 1.8:1"
    assert dark[:2] == ["DarkStyle", "MenuItemStyle"]
    assert again[:2] == ["MenuIconStyle", "MenuItemStyle"]
    assert min(float(dark[2]), float(again[2])) >= 3.0


def test_the_first_frame_makes_few_dataclasses() -> None:
    """Each costs start-up its compiled methods: a budget, as for the modules."""
    made = _at_first_paint(_DATACLASSES)
    assert "desktop.core.annotation.Annotation" in made, "the names are our dataclasses"
    assert len(made) <= MAX_FIRST_FRAME_DATACLASSES, made


def test_the_first_frame_compiles_no_wide_character_class() -> None:
    """A regex class spanning the Han blocks costs ~1 ms to compile (``re`` builds its table
    in Python): the first frame tells such characters by code point or compiles on first use."""
    assert _at_first_paint("('start',)") == ["start"], "the probe prints what it is given"
    assert _at_first_paint(_WIDE_CLASSES) == []


def test_the_first_frame_loads_no_json() -> None:
    """json's import (its decoder, encoder and their patterns) is ~5 M instructions: loaded
    when a row holds JSON, which the first frame reads none of."""
    loaded = _modules_at_first_paint()
    assert "desktop.core.storage.rows" in loaded, "the names are the modules loaded"
    assert "json" not in loaded


def test_storage_loads_before_pyside() -> None:
    """PySide's import hook reads the source of each module imported after PySide: the
    storage layer, which needs no Qt, loads before it (desktop/gui/app.py)."""
    loaded = _modules_at_first_paint()
    storage = [name for name in loaded if name.startswith("desktop.core.storage")]
    assert "desktop.core.storage.library" in storage
    late = [name for name in storage if loaded.index(name) > loaded.index("PySide6")]
    assert late == []


def test_a_damaged_library_is_named_with_its_backup_and_no_window_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "library.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 100)
    before = damaged.read_bytes()
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    # Windows an earlier test left for deletion later are not this start's.
    earlier = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert app_module.run_gui(damaged) == app_module.EXIT_LIBRARY_ERROR
    (message,) = shown
    assert str(damaged) in message
    assert "backup" in message
    assert damaged.read_bytes() == before, "nothing was written to it"
    windows = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and id(w) not in earlier
    ]
    assert windows == []


def test_jieba_loads_after_the_window_and_then_selects_whole_words(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    reader = main_window.reader
    assert reader.word_range_provider is None, "Qt's own words until jieba is ready"
    main_window.start_segmenter(app_module.make_segmenter_service(main_window))
    assert main_window.status.segmenter_label.text() == "Loading the word dictionary…"
    qtbot.waitUntil(lambda: reader.word_range_provider is not None, timeout=120_000)
    assert not main_window.status.segmenter_label.isVisible()
    assert "double-click" in main_window.status.currentMessage()
    text = main_window.current_speech().text
    start = text.index("效能革命")
    reader.scroll_to_offset(start)
    qtbot.mouseDClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 1)
    )
    assert reader.selected_range() == (start, start + 4), "效能革命 is one word to Pizhu"


def test_the_window_waits_briefly_for_a_worker_holding_the_interpreter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Beside a worker running Python the GUI thread waited up to Python's default 5 ms at each
    # call into our code: switching themes beside a busy thread took 3.5-6.8 s, not 0.2-1 s.
    asked: list[float] = []
    monkeypatch.setattr(sys, "setswitchinterval", asked.append)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Ok)
    damaged = tmp_path / "library.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 100)
    app_module.run_gui(damaged)
    assert asked
    assert asked[-1] <= 0.001


def test_the_start_up_work_after_the_window_lets_the_event_loop_turn_between_its_pieces(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each piece brings modules of its own (the instance server's QtNetwork, the signals'
    # socket): a click queued by the first is answered before the next, not after them all.
    done: list[str] = []

    def background(_window: MainWindow) -> None:
        done.append("background")
        QTimer.singleShot(0, lambda: done.append("a click"))

    monkeypatch.setattr(app_module, "_start_background_work", background)
    monkeypatch.setattr(app_module, "listen_for_other_instances", lambda _w: done.append("listen"))
    monkeypatch.setattr(app_module, "_finish_start", lambda _w, _f: done.append("finish"))
    app_module.after_show(main_window, [])
    qtbot.waitUntil(lambda: "finish" in done)
    assert done == ["background", "a click", "listen", "finish"]
