"""Tests for desktop/gui/whole_list_bar.py: the search list's scroll bar over every speech
found, not only the rows the view is given."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QAbstractSlider
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import Library, open_library
from desktop.gui.search_dock import SearchDock
from desktop.models import search_batches
from desktop.models.search_results_model import Role
from tests.core.storage.documents import make_document
from tests.gui.conftest import ShowDocked
from tests.gui.language_fixtures import StoreTexts, type_text

BATCH = 10
SPEECHES = 90


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """A library of 90 speeches, each holding 效能 once, found in their order."""
    opened = open_library(tmp_path / "library.sqlite", daily_backup=False, seed=None)
    opened.store.import_document(make_document([["前言。", "推进效能革命。"]] * SPEECHES))
    yield opened
    opened.close()


@pytest.fixture
def dock(
    qtbot: QtBot, show_docked: ShowDocked, library: Library, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SearchDock]:
    """The dock on screen, its speech rows given 10 at a time, 效能 searched."""
    monkeypatch.setattr(search_batches, "ROW_BATCH", BATCH)
    widget = SearchDock(library.path, StoreTexts(library))
    host = show_docked(widget)
    with qtbot.waitSignal(widget.searched, timeout=10_000):
        type_text(qtbot, widget.query_box.lineEdit(), "效能")
    _settle(qtbot, widget)
    yield widget
    widget.shutdown()
    host.close()


def _press_ctrl_end(qtbot: QtBot, dock: SearchDock) -> None:
    """Ctrl+End pressed in the list from its first row, and the rows it asks for given."""
    dock.view.setFocus()
    dock.view.setCurrentIndex(dock.model.index(0, 0))
    qtbot.keyClick(dock.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, dock)


def _settle(qtbot: QtBot, dock: SearchDock) -> None:
    """Laid out, and whatever rows the view asks for given."""
    timer = dock.feeder.timer
    while True:
        given = (dock.model.rows_before(), dock.model.rowCount())
        dock.view.doItemsLayout()
        QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: not timer.isActive())
        if (dock.model.rows_before(), dock.model.rowCount()) == given:
            return


def _top_place(dock: SearchDock) -> int:
    """The place among all speeches found (0 first) of the speech at the view's top."""
    return dock.view.indexAt(QPoint(0, 0)).data(Role.SPEECH_ID) - _first_id(dock)


def _first_id(dock: SearchDock) -> int:
    return dock.model.speech_counts()[0][0]


def test_the_bar_covers_every_speech_found_not_the_rows_given(dock: SearchDock) -> None:
    bar = dock.whole_bar
    assert dock.model.rowCount() < SPEECHES
    assert bar.isVisible()
    assert bar.maximum() + bar.pageStep() == SPEECHES
    assert bar.value() == 0


def test_dragging_the_bar_to_the_middle_shows_the_speech_there(
    qtbot: QtBot, dock: SearchDock
) -> None:
    bar = dock.whole_bar
    bar.setSliderPosition(SPEECHES // 2)  # as a drag of its thumb does
    _settle(qtbot, dock)
    assert _top_place(dock) == SPEECHES // 2
    assert bar.value() == SPEECHES // 2
    assert bar.maximum() + bar.pageStep() == SPEECHES, "still every speech"


def test_ctrl_end_lands_on_the_last_hit_and_the_bar_at_its_end(
    qtbot: QtBot, dock: SearchDock
) -> None:
    view, bar = dock.view, dock.whole_bar
    _press_ctrl_end(qtbot, dock)
    current = view.currentIndex()
    assert current.data(Role.SPEECH_ID) == _first_id(dock) + SPEECHES - 1
    assert dock.model.rows_before() > 0, "only the last rows given"
    assert (bar.value(), bar.maximum() + bar.pageStep()) == (bar.maximum(), SPEECHES)


def test_scrolling_up_from_the_end_shows_every_earlier_speech_in_order(
    qtbot: QtBot, dock: SearchDock
) -> None:
    bar = dock.whole_bar
    _press_ctrl_end(qtbot, dock)
    tops = [_top_place(dock)]
    while bar.value() > 0:
        bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepSub)
        _settle(qtbot, dock)
        tops.append(_top_place(dock))
        assert bar.value() == tops[-1], "the thumb says where the view is"
    assert tops == list(range(SPEECHES - bar.pageStep(), -1, -1))


def test_a_speech_s_lines_shown_count_in_the_bar(qtbot: QtBot, dock: SearchDock) -> None:
    bar, model = dock.whole_bar, dock.model
    first = model.index(0, 0)
    dock.view.expand(first)
    qtbot.waitUntil(lambda: model.rowCount(first) == 1)
    _settle(qtbot, dock)
    assert bar.maximum() + bar.pageStep() == SPEECHES + 1
    bar.setSliderPosition(bar.maximum())  # beyond the rows given: the last batch
    _settle(qtbot, dock)
    assert _top_place(dock) == SPEECHES - bar.pageStep()
    assert bar.maximum() + bar.pageStep() == SPEECHES, "the lines went with their row"


def test_the_bar_sits_inside_the_list_s_frame_where_its_own_bar_was(dock: SearchDock) -> None:
    view, bar = dock.view, dock.whole_bar
    frame = view.frameWidth()
    top_left = bar.mapTo(view, QPoint(0, 0))
    assert view.isAncestorOf(bar)
    assert top_left == QPoint(view.width() - frame - bar.width(), frame)
    # Down to where the rows end: above the horizontal bar when there is one, as Qt's own.
    assert top_left.y() + bar.height() == view.viewport().geometry().bottom() + 1
    assert view.viewport().geometry().right() + 1 == top_left.x(), "beside the rows, no gap"
    assert not view.verticalScrollBar().isVisible()
