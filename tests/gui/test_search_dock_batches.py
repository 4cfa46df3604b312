"""The search dock given its speech rows a batch at a time (desktop/gui/search_dock.py with
desktop/gui/batch_feeder.py and desktop/models/search_batches.py), driven from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import Library, open_library
from desktop.gui.search_dock import SearchDock
from desktop.models import search_batches
from desktop.models.search_results_model import Column, Role
from tests.core.storage.documents import make_document
from tests.gui.conftest import ShowDocked
from tests.gui.language_fixtures import StoreTexts, type_text
from tests.gui.search_helpers import summary_text
from tests.gui.ui_languages import english_locale, locale_default
from tests.models.search_rows import first_given

__all__ = ["english_locale", "locale_default"]

BATCH = 10
SPEECHES = 120
HITS = SPEECHES * (SPEECHES + 1) // 2


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """A library of 120 speeches; the n-th holds 效能 n times."""
    opened = open_library(tmp_path / "library.sqlite", daily_backup=False, seed=None)
    speeches = [["前言。", "推进效能革命。" * n] for n in range(1, SPEECHES + 1)]
    opened.store.import_document(make_document(speeches))
    yield opened
    opened.close()


@pytest.fixture
def dock(
    show_docked: ShowDocked,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    english_locale: None,
) -> Iterator[SearchDock]:
    """The dock on screen, given 10 speech rows at a time, its figures as the English UI
    writes them."""
    monkeypatch.setattr(search_batches, "ROW_BATCH", BATCH)
    widget = SearchDock(library.path, StoreTexts(library))
    host = show_docked(widget)
    yield widget
    widget.shutdown()
    host.close()


def _search(qtbot: QtBot, dock: SearchDock, text: str) -> None:
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), text)


def _settle(qtbot: QtBot, dock: SearchDock) -> None:
    """Let the dock give the view all it will now (laid out as Qt would, rows given after)."""
    timer = dock.feeder.timer
    while True:
        rows = dock.model.rowCount()
        dock.view.doItemsLayout()
        QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: not timer.isActive())
        if dock.model.rowCount() == rows:
            return


def _speech_of(index: QModelIndex) -> int:
    while index.parent().isValid():
        index = index.parent()
    return index.data(Role.SPEECH_ID)


def test_the_results_come_a_batch_at_a_time_and_the_summary_counts_them_all(
    qtbot: QtBot, dock: SearchDock
) -> None:
    _search(qtbot, dock, "效能")
    _settle(qtbot, dock)
    given = dock.model.rowCount()
    assert BATCH <= given < SPEECHES, "filled to a page past the view's bottom, no further"
    assert summary_text(dock) == f"Hits: {HITS:,} · Speeches: {SPEECHES}"
    bar = dock.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dock.model.rowCount() > given)
    assert summary_text(dock) == f"Hits: {HITS:,} · Speeches: {SPEECHES}"


def test_end_goes_to_the_last_speech_not_the_last_given(qtbot: QtBot, dock: SearchDock) -> None:
    _search(qtbot, dock, "效能")
    view = dock.view
    view.setFocus()
    view.setCurrentIndex(dock.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert _speech_of(view.currentIndex()) == SPEECHES
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _speech_of(view.currentIndex()) == SPEECHES


def test_down_and_page_down_walk_through_every_speech(qtbot: QtBot, dock: SearchDock) -> None:
    _search(qtbot, dock, "效能")
    view = dock.view
    view.setFocus()
    view.setCurrentIndex(dock.model.index(0, 0))
    seen = [_speech_of(view.currentIndex())]
    for _ in range(SPEECHES - 1):
        qtbot.keyClick(view, Qt.Key.Key_Down)  # no event loop between: rows given at once
        seen.append(_speech_of(view.currentIndex()))
    assert seen == list(range(1, SPEECHES + 1))
    view.setCurrentIndex(dock.model.index(0, 0))
    for _ in range(SPEECHES):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert _speech_of(view.currentIndex()) == SPEECHES


def test_stepping_through_a_speech_s_hits_walks_into_the_next_not_given_yet(
    qtbot: QtBot, dock: SearchDock
) -> None:
    _search(qtbot, dock, "效能")
    view, model = dock.view, dock.model
    last = model.index(model.rowCount() - 1, 0)  # the last speech given: n holds n hits
    hits = last.data(Role.HIT_COUNT)
    view.expand(last)
    qtbot.waitUntil(lambda: model.rowCount(last) == hits)
    view.setFocus()
    view.setCurrentIndex(model.index(hits - 1, Column.HIT, last))  # its last hit
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert _speech_of(view.currentIndex()) == last.data(Role.SPEECH_ID) + 1


def test_a_speech_asked_for_beyond_the_rows_given_is_given_and_shown(
    qtbot: QtBot, dock: SearchDock
) -> None:
    _search(qtbot, dock, "效能")
    index = dock.model.speech_index(SPEECHES - 1)
    assert index.data(Role.SPEECH_ID) == SPEECHES - 1
    dock.view.expand(index)
    qtbot.waitUntil(lambda: dock.model.rowCount(index) == SPEECHES - 1)
    dock.view.setCurrentIndex(dock.model.index(0, Column.HIT, index))
    assert dock.model.index(0, Column.HIT, index).data() == "效能"


def test_sorting_by_found_puts_the_top_speech_first_and_end_reaches_the_last(
    qtbot: QtBot, dock: SearchDock
) -> None:
    _search(qtbot, dock, "效能")
    view, model = dock.view, dock.model
    header = view.header()
    found = QPoint(header.sectionViewportPosition(Column.HIT) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=found)
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:  # most found first
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=found)
    assert header.sortIndicatorSection() == Column.HIT
    assert model.index(0, 0).data(Role.SPEECH_ID) == SPEECHES, "the most found first"
    assert model.rowCount() < SPEECHES
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert _speech_of(view.currentIndex()) == 1, "the least found last"
    assert summary_text(dock) == f"Hits: {HITS:,} · Speeches: {SPEECHES}"


def test_end_gives_only_the_last_rows_and_the_earlier_come_above_as_the_view_goes_up(
    qtbot: QtBot, dock: SearchDock
) -> None:
    # Laying out every speech found before End was ~65 ms on 10,000: the view gets the last
    # batch; going up gives the batches before it, the view staying on the rows it showed.
    _search(qtbot, dock, "效能")
    view, model = dock.view, dock.model
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _speech_of(view.currentIndex()) == SPEECHES
    assert model.rowCount() < SPEECHES / 2
    assert model.has_earlier_rows()
    _settle(qtbot, dock)
    first, first_speech = first_given(model), model.index(0, 0).data(Role.SPEECH_ID)
    bar = view.verticalScrollBar()
    bar.setValue(bar.minimum())
    qtbot.waitUntil(lambda: first_given(model) < first)
    _settle(qtbot, dock)
    assert view.indexAt(QPoint(0, 0)).data(Role.SPEECH_ID) == first_speech, "the view stayed"
    for _ in range(SPEECHES):  # Up walks through every speech, as Down does
        qtbot.keyClick(view, Qt.Key.Key_Up)
        if _speech_of(view.currentIndex()) == 1:
            break
    assert _speech_of(view.currentIndex()) == 1
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert _speech_of(view.currentIndex()) == SPEECHES
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert _speech_of(view.currentIndex()) == 1
    assert first_given(model) == 0
