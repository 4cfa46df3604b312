"""The main window's completion right after its first paint, one piece per turn of the loop.

The first frame shows the library and the speech; what it did without (the menu style and
focus ring, the annotations dock, the docks left open last time, the docks at the user's widths)
follows right after it. In one go that held the painted window 0.1–0.3 s on a big library
(bench/README.md), deaf to the click or key the user reaches for it with; here each piece has a
turn of the event loop of its own (``InTurns``), and a dock's modules are imported a turn before
it is built (about half of its cost). ``first_painted`` says the window is complete, after the
last piece; a window closed meanwhile stops there. Loaded after the first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.gui.in_turns import InTurns

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ANNOTATIONS_DOCK_MODULES = (
    "desktop.gui.annotations_dock",
    "desktop.gui.note_saving",
    "desktop.gui.window_annotation_batch",
)
"""Imported a turn each before the annotations dock is built: the dock's (~20 ms with what it
brings), then the window's side of it (~8 ms), of the ~45 ms it took in one turn."""
TOOL_DOCK_MODULES = {
    "search_dock": (
        "desktop.core.storage.search_index",
        "desktop.core.chinese.concordance",
        "desktop.gui.search_jobs",
        "desktop.gui.search_dock",
    ),
    "terms_dock": ("desktop.gui.terms_dock",),
}
"""The docks reopened after the first frame (by objectName): the modules imported a turn each
before each is built, in the order its imports reach them (each 5–20 ms with what it brings)."""


def complete_in_turns(window: MainWindow) -> InTurns:
    """Start completing ``window``: its first piece now, each next one in a later turn."""
    steps: list[Callable[[], object]] = [partial(_complete_style, window)]
    steps.append(partial(_complete_keys_and_drops, window))
    steps.append(window.restore_library_sort)
    steps += [partial(import_module, name) for name in ANNOTATIONS_DOCK_MODULES]
    steps.append(lambda: window.take_file_drops(window.ensure_annotations_dock()))
    for dock in window.settings.open_tool_docks:
        if dock in TOOL_DOCK_MODULES:
            steps += [partial(import_module, name) for name in TOOL_DOCK_MODULES[dock]]
            steps.append(partial(window.reopen_tool_docks, [dock]))
    steps += [partial(_complete_layout, window), partial(_completed, window)]
    completion = InTurns(steps, window, cancelled=lambda: window.has_closed)
    completion.start()
    return completion


def _complete_style(window: MainWindow) -> None:
    from desktop.gui.app_theme import complete_start_theme

    complete_start_theme()  # light's menu style, before the docks below are polished
    window.start_theme_done = True


def _complete_keys_and_drops(window: MainWindow) -> None:
    from desktop.gui.focus_ring import install_focus_ring

    install_focus_ring()  # the keyboard's place shown on lists and tool buttons too
    window.let_export_keys_through()  # Ctrl+E in a line edit of the window too
    window.watch_library()  # before the docks start their writers (the word counts)
    window.take_file_drops(window.library_pane)


def _complete_layout(window: MainWindow) -> None:
    """The docks at the user's widths and in place, and Tab's order."""
    window.keep_reader_room()
    # Tab follows the screen: the library's filter and tree, the page, then the right docks
    # (the page was made first, so by default it came before the library).
    QWidget.setTabOrder(window.library_pane.tree, window.reader)
    window.panes.order_tabs()  # the docks built in the turns before, in F6's order
    window.layout().activate()  # the docks in place now, not at the next turn of the loop


def _completed(window: MainWindow) -> None:
    """The last piece: the window is complete (``first_painted``)."""
    from desktop.gui.unsaved_notes_notice import tell_of_unsaved_notes

    window.first_paint_done = True
    tell_of_unsaved_notes(window)  # words the last close at logout wrote to a file
    window.first_painted.emit()
