"""A common word's search results arriving in the search dock, on the GUI thread.

- ``search-results-big``: a shown ``SearchDock`` (420 × 800) on a copy of the big library; the
  outcome of a search of 的 over its 10,000 speeches (made once, untimed, as the dock's worker
  makes it) handed to the dock as the worker's result is, then the results laid out and
  painted. Cleared again untimed before each call. Against a ``QTreeView`` given a ready
  ``QStandardItemModel`` of the same speech rows (label and count, one row each), laid out and
  painted: Qt answering in C++.

Needs the big library (``bench/big_library.py``, cached in ``bench/.cache``; a copy is used).

    python bench/run.py search-results-big
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

TERM = "的"


class LibraryTexts:
    """The dock's ``TextSource`` over a library opened on the GUI thread."""

    def __init__(self, library: Any) -> None:
        self._store = library.store

    def speech_text(self, speech_id: int) -> str:
        """A speech's canonical text."""
        return self._store.speech_text(speech_id)

    def section_path(self, speech_id: int, offset: int) -> str:
        """No headings: the benchmark paints speech rows only."""
        return ""


@dataclass
class ResultsInput:
    """The library, the dock over it, the worker's outcome, and the plain view and model."""

    app: Any
    library: Any
    dock: Any
    outcome: Any
    plain: Any
    plain_model: Any
    folder: tempfile.TemporaryDirectory[str]


def search_outcome(library: Any, term: str) -> Any:
    """What the dock's worker hands over for ``term`` searched in the whole library."""
    from desktop.core.storage.search_index import parse_query
    from desktop.gui.search_jobs import ScopeKind, SearchScope, search_job

    texts = LibraryTexts(library)
    scope = SearchScope(ScopeKind.LIBRARY, None, False)
    job = search_job(parse_query(term), scope, texts.speech_text, texts.section_path)
    return job(library, lambda: False)


def _plain_model(dock: Any, outcome: Any) -> Any:
    """A QStandardItemModel of the same speech rows: each one's label and count."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from desktop.models.search_nodes import speech_runs

    model = QStandardItemModel()
    for speech_id, _first, count in speech_runs(outcome):
        info = outcome.speeches[speech_id]
        model.appendRow(QStandardItem(f"{info.label()}  ({count:,})"))
    model.setParent(dock)
    return model


def setup(quick: bool) -> ResultsInput:
    """The big library, a shown dock over it, the outcome of 的, the plain view beside."""
    from PySide6.QtWidgets import QApplication, QTreeView

    from desktop.core.storage.library import open_library
    from desktop.gui.search_dock import SearchDock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-results-")
    library = open_library(working_copy(quick, Path(folder.name)), daily_backup=False)
    dock = SearchDock(library.path, LibraryTexts(library))
    dock.resize(420, 800)
    dock.show()
    outcome = search_outcome(library, TERM)
    plain = QTreeView()
    plain.setUniformRowHeights(True)
    plain.resize(420, 800)
    plain.show()
    data = ResultsInput(app, library, dock, outcome, plain, _plain_model(dock, outcome), folder)
    settle(data)
    return data


def shown(app: Any, view: Any) -> None:
    """Laid out (Qt's delayed layout runs from the event loop) and painted."""
    app.processEvents()
    app.processEvents()
    view.viewport().repaint()


def settle(data: ResultsInput) -> None:
    """Untimed: the dock's results and the plain view emptied, and that laid out."""
    data.dock.forget_results()
    data.plain.setModel(None)
    shown(data.app, data.dock.view)
    shown(data.app, data.plain)


def arrive(data: ResultsInput) -> None:
    """The worker's outcome shown by the dock, laid out and painted."""
    data.dock._on_worker_finished(0, data.outcome)  # noqa: SLF001 - as the worker's signal does
    shown(data.app, data.dock.view)


def plain_arrive(data: ResultsInput) -> None:
    """The same rows given to the plain view in a ready model, laid out and painted."""
    data.plain.setModel(data.plain_model)
    shown(data.app, data.plain)


BENCHMARK = Benchmark(
    name="search-results-big",
    setup=setup,
    run=arrive,
    baseline=plain_arrive,
    target_ratio=2.0,  # a guard: 4.5-4.6 with every speech a row at once, ~0.9 in batches
    description="的's results over 10,000 speeches shown in the dock vs a QStandardItemModel",
    settle=settle,
    repeats=7,
    quick_repeats=3,
)
