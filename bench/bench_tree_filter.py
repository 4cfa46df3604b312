"""Down in the library tree's filter box on the 10,000-speech library, on the GUI thread.

- ``tree-filter-down``: 效能 typed into a shown ``LibraryPane``'s filter box (untimed), then
  Down pressed before the typing pause is over, as a quick typist does: the GUI thread's time
  handling the key (the tree given the keyboard; the first match is chosen when the filter's
  worker answers, untimed here: that filter is the pause's, ~18 ms). Against what Down did
  before: the same words' ``title_matches`` asked of the library on the GUI thread's
  connection and the tree filtered by them (``TitleFilterModel.set_text``).

Needs the big library (``bench/big_library.py``, cached in ``bench/.cache``; a copy is used).

    python bench/run.py tree-filter-down
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.big_library import working_copy  # noqa: E402
from bench.harness import Benchmark  # noqa: E402

WORDS = "效能"
"""Words in many titles and outlines of the big library (hundreds of speeches)."""


@dataclass
class PaneInput:
    """A shown library pane over the big library, and what keeps it open."""

    app: Any
    pane: Any
    session: Any
    folder: tempfile.TemporaryDirectory[str]


def setup(quick: bool) -> PaneInput:
    """The pane on a copy of the big library, 360 × 800, its filter asking a worker."""
    from PySide6.QtWidgets import QApplication

    from desktop.core.storage.library import open_library
    from desktop.gui.actions import ActionRegistry
    from desktop.gui.library_pane import LibraryPane
    from desktop.gui.library_session import LibrarySession
    from desktop.models.library_tree import LibrarySource, LibraryTreeModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-tree-")
    path = working_copy(quick, Path(folder.name))
    session = LibrarySession(open_library(path))
    pane = LibraryPane(LibraryTreeModel(LibrarySource.of(session)), ActionRegistry())
    pane.library_path = path
    pane.resize(360, 800)
    pane.show()
    return PaneInput(app, pane, session, folder)


def settle(data: PaneInput) -> None:
    """Untimed: the last Down's answer shown, the box emptied and the words typed."""
    from PySide6.QtCore import QEventLoop

    pane = data.pane
    while pane.tree_filter.pending:
        data.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    data.app.processEvents()
    pane.filter_edit.clear()
    pane.filter_edit.setFocus()
    pane.filter_edit.insert(WORDS)  # as an input method commits it; the pause starts


def press_down(data: PaneInput) -> None:
    """Down in the box during the typing pause: the key handled, the tree painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(data.pane.filter_edit, Qt.Key.Key_Down)
    data.pane.tree.viewport().repaint()


def query_on_gui_thread(data: PaneInput) -> None:
    """What Down did before: the library asked on the GUI's connection, the tree filtered."""
    pane = data.pane
    pane.proxy.set_text("")
    pane.proxy.set_text(WORDS)
    data.app.processEvents()
    pane.tree.viewport().repaint()


BENCHMARK = Benchmark(
    name="tree-filter-down",
    setup=setup,
    run=press_down,
    baseline=query_on_gui_thread,
    target_ratio=0.5,
    description="Down in the tree's filter box while typing (10,000 speeches) vs the query",
    settle=settle,
    repeats=7,
    quick_repeats=3,
)
