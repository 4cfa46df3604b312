"""Unfolding a collection of 10,000 speeches in the library tree, on the GUI thread.

- ``tree-unfold-big``: a shown ``LibraryPane`` (360 × 800) on a copy of the big library whose
  10,000 speeches are all put in its first collection; the time from ``expand`` of that
  collection to the tree laid out and painted (the speeches' query included). Folding it again
  is untimed, and the model is made anew before each call, so each unfolding reads the library
  as the first one does. Against a ``QTreeView`` unfolding the same rows (title and detail
  line) in a ready ``QStandardItemModel``, Qt answering in C++, two-line rows as ours.

Needs the big library (``bench/big_library.py``, cached in ``bench/.cache``; a copy is used).

    python bench/run.py tree-unfold-big
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.big_library import working_copy  # noqa: E402
from bench.harness import Benchmark  # noqa: E402


@dataclass
class UnfoldInput:
    """The library with one big collection, a pane over it, and the plain tree."""

    app: Any
    path: Path
    session: Any
    plain: Any
    folder: tempfile.TemporaryDirectory[str]
    panes: list[Any] = field(default_factory=list)


def _one_collection(path: Path) -> None:
    """Every speech of the library moved into its first collection (kept in their order)."""
    with sqlite3.connect(path) as conn:
        first = conn.execute("SELECT min(id) FROM collections").fetchone()[0]
        conn.execute("UPDATE speeches SET idx = idx + 1000 * collection_id")
        conn.execute("UPDATE speeches SET collection_id = ?", (first,))


def _plain_tree(session: Any) -> Any:
    """A QTreeView over a QStandardItemModel of the same collections and speeches, shown."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    model = QStandardItemModel()
    for collection in session.collections():
        row = QStandardItem(collection.title)
        for speech in session.speeches(collection.id):
            row.appendRow(QStandardItem(f"{speech.title}\n{speech.date or ''}"))
        model.appendRow(row)
    view = QTreeView()
    view.setHeaderHidden(True)
    view.setModel(model)
    model.setParent(view)
    view.resize(360, 800)
    view.show()
    return view


def setup(quick: bool) -> UnfoldInput:
    """The big library with one collection of all its speeches, and the plain tree."""
    from PySide6.QtWidgets import QApplication

    from desktop.core.storage.library import open_library
    from desktop.gui.library_session import LibrarySession

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-unfold-")
    path = working_copy(quick, Path(folder.name))
    _one_collection(path)
    session = LibrarySession(open_library(path))
    data = UnfoldInput(app, path, session, _plain_tree(session), folder)
    settle(data)  # the first call (the harness's warm-up) finds a pane
    return data


def _shown(data: UnfoldInput, view: Any) -> None:
    """Laid out (Qt's delayed layout runs from the event loop) and painted."""
    data.app.processEvents()
    data.app.processEvents()
    view.viewport().repaint()


def settle(data: UnfoldInput) -> None:
    """Untimed: the last pane closed, a new one shown with the collection folded; the plain
    tree folded."""
    from desktop.gui.actions import ActionRegistry
    from desktop.gui.library_pane import LibraryPane
    from desktop.models.library_tree import LibrarySource, LibraryTreeModel

    for pane in data.panes:
        pane.close()
        pane.deleteLater()
    data.panes.clear()
    pane = LibraryPane(LibraryTreeModel(LibrarySource.of(data.session)), ActionRegistry())
    pane.resize(360, 800)
    pane.show()
    data.panes.append(pane)
    data.plain.collapseAll()
    _shown(data, pane.tree)
    _shown(data, data.plain)


def unfold(data: UnfoldInput) -> None:
    """The pane's big collection unfolded, laid out and painted."""
    pane = data.panes[0]
    pane.tree.expand(pane.proxy.index(0, 0))
    _shown(data, pane.tree)


def plain_unfold(data: UnfoldInput) -> None:
    """The same collection unfolded in the plain tree, laid out and painted."""
    data.plain.expand(data.plain.model().index(0, 0))
    _shown(data, data.plain)


BENCHMARK = Benchmark(
    name="tree-unfold-big",
    setup=setup,
    run=unfold,
    baseline=plain_unfold,
    target_ratio=12.0,  # before the batches: ~71; now ~8-9 (the ids' query, see README)
    description="a collection of 10,000 speeches unfolded in the tree vs a QStandardItemModel",
    settle=settle,
    repeats=7,
    quick_repeats=3,
)
