"""bench/harness.py: a benchmark's shown windows are closed before its input is dropped."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTreeView, QVBoxLayout, QWidget

from bench.harness import Benchmark, close_windows, time_benchmark

_ASKED_WHEN_EMPTIED: list[str] = []
"""Outside the model: the collector empties the model's own attributes."""

AnyIndex = QModelIndex | QPersistentModelIndex


class _Rows(QAbstractListModel):
    """Rows kept in an attribute, as the app's Python models keep theirs; none at the end.

    A view with no rows lays itself out again whenever it is hidden (as the search dock's
    results, emptied by ``settle``, were).
    """

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[str] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if "_rows" not in self.__dict__:
            _ASKED_WHEN_EMPTIED.append("rowCount")
            return 0
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if "_rows" not in self.__dict__:
            _ASKED_WHEN_EMPTIED.append("data")
            return None
        return self._rows[index.row()] if role == Qt.ItemDataRole.DisplayRole else None


def _shown_panel_in_a_cycle(_quick: bool) -> dict[str, Any]:
    """A shown panel with a view, and its model referring back to it: only the collector
    frees them, and it may empty the model's attributes before the panel is destroyed."""
    panel = QWidget()
    model = _Rows()
    model.setParent(panel)
    view = QTreeView(panel)
    view.setModel(model)
    QVBoxLayout(panel).addWidget(view)
    model.panel = panel  # type: ignore[attr-defined]
    panel.rows = model  # type: ignore[attr-defined]
    panel.show()
    QApplication.processEvents()  # laid out, as a benchmark's settle leaves it
    return {"view": view}


def test_a_shown_window_is_closed_before_the_input_is_dropped(qapp: QApplication) -> None:
    benchmark = Benchmark(
        name="shown-panel",
        setup=_shown_panel_in_a_cycle,
        run=lambda data: data["view"].viewport().repaint(),
        baseline=lambda data: data["view"].viewport().repaint(),
        target_ratio=10.0,
        repeats=1,
        quick_repeats=1,
    )
    time_benchmark(benchmark, quick=True)
    assert not [window for window in QApplication.topLevelWidgets() if window.isVisible()]


@pytest.mark.parametrize("closed_first", [False, True])
def test_only_a_shown_panel_asks_its_model_as_it_is_destroyed(
    qapp: QApplication, closed_first: bool
) -> None:
    """Why: the collector empties the model's attributes, then the panel's destructor runs."""
    panel = _shown_panel_in_a_cycle(True)["view"].parent()
    if closed_first:
        close_windows()
    model = panel.rows
    del model._rows, model.panel, panel.rows  # what the collector's pass leaves
    _ASKED_WHEN_EMPTIED.clear()
    shiboken6.delete(panel)
    assert _ASKED_WHEN_EMPTIED == ([] if closed_first else ["rowCount"])  # noqa: SIM300
