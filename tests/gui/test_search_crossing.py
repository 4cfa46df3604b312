"""Tests for desktop/gui/search_crossing.py: Down from the search box to the results and back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import Library
from desktop.gui.search_dock import SearchDock
from tests.gui.conftest import ShowDocked
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    StoreTexts,
    sample_library,
    sample_template,
    type_text,
)


@pytest.fixture
def dock(show_docked: ShowDocked, sample_library: Library) -> Iterator[SearchDock]:  # noqa: F811
    widget = SearchDock(sample_library.path, StoreTexts(sample_library))
    host = show_docked(widget)
    yield widget
    widget.shutdown()
    host.close()


def _type_and_wait(qtbot: QtBot, dock: SearchDock, text: str) -> None:
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), text)


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_down_in_the_box_moves_to_the_first_result_and_up_comes_back(
    qtbot: QtBot, dock: SearchDock
) -> None:
    _type_and_wait(qtbot, dock, "效能革命")
    dock.focus_query()
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    assert _focused() is dock.view
    assert dock.view.currentIndex() == dock.model.index(0, 0)
    assert dock.query_text() == "效能革命"  # the history was not stepped
    qtbot.keyClick(dock.view, Qt.Key.Key_Down)  # on through the results
    assert dock.view.currentIndex() != dock.model.index(0, 0)
    qtbot.keyClick(dock.view, Qt.Key.Key_Up)
    assert dock.view.currentIndex() == dock.model.index(0, 0)
    qtbot.keyClick(dock.view, Qt.Key.Key_Up)
    assert _focused() in (dock.query_box, dock.query_box.lineEdit())
    assert dock.query_text() == "效能革命"


def test_down_steps_the_history_when_nothing_is_found(qtbot: QtBot, dock: SearchDock) -> None:
    dock.set_history(["两集中", "效能革命"])
    _type_and_wait(qtbot, dock, "没有这样的词语")
    dock.focus_query()
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    assert _focused() in (dock.query_box, dock.query_box.lineEdit())
    assert dock.query_text() in dock.history()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_alt_down_opens_the_history_even_with_results(qtbot: QtBot, dock: SearchDock) -> None:
    dock.set_history(["两集中", "效能革命"])
    _type_and_wait(qtbot, dock, "效能革命")
    dock.focus_query()
    qtbot.keyClick(_focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = dock.query_box.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert _focused() in (dock.query_box, dock.query_box.lineEdit())
