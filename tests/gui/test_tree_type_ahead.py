"""Tests for desktop/gui/tree_type_ahead.py: typing a title in the library tree finds it, folded
collections included, as a user types it (keys, or Chinese from the input method)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionRegistry
from desktop.gui.library_pane import LibraryPane
from desktop.gui.library_session import LibrarySession
from desktop.gui.tree_type_ahead import TreeTypeAhead
from desktop.models.library_tree import LibrarySource, LibraryTreeModel, Role
from tests.core.storage.documents import small_document
from tests.gui.typing import commit_text

COLLECTIONS = {
    "Reports": ["Alpha plan", "Budget review", "Beta notes"],
    "合集三": ["效能革命讲话", "Annual budget", "Alpha two"],
    "合集四": ["提效(试点)方案", "工作（草案）说明", "另一篇讲话"],
}


class Clock:
    """A clock the test moves: keys typed without moving it come within Qt's typing pause."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def pause(self) -> None:
        self.now += 2 * QApplication.keyboardInputInterval() / 1000


@pytest.fixture
def session(tmp_path: Path, qtbot: QtBot) -> Iterator[LibrarySession]:
    """The test collection (讲话1–3), then Reports and 合集三 above."""
    library = open_library(tmp_path / "library.sqlite", seed=small_document)
    for number, (title, titles) in enumerate(COLLECTIONS.items(), 2):
        document = small_document(title=title, source=f"/data/{number}.txt", titles=titles)
        library.store.import_document(document)
    opened = LibrarySession(library)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> Clock:
    """The type-ahead's clock."""
    return Clock()


@pytest.fixture
def pane(qtbot: QtBot, session: LibrarySession, clock: Clock) -> Iterator[LibraryPane]:
    """The library pane, shown, its tree folded and focused, typing timed by ``clock``.

    Deleted before the session closes: a pane left for deletion later would answer a later
    test's language change by reading the closed library."""
    model = LibraryTreeModel(LibrarySource.of(session))
    shown = LibraryPane(model, ActionRegistry())
    qtbot.addWidget(shown)
    type_ahead = TreeTypeAhead(model, shown.proxy, shown.tree, clock)
    shown.tree.type_ahead = type_ahead.search
    shown.resize(300, 500)
    shown.show()
    qtbot.waitExposed(shown)
    shown.tree.setFocus()
    yield shown
    shown.close()
    shown.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _current_title(pane: LibraryPane) -> str:
    return pane.tree.currentIndex().data()


def _collection(pane: LibraryPane, title: str) -> QModelIndex:
    rows = (pane.proxy.index(row, 0) for row in range(pane.proxy.rowCount()))
    return next(index for index in rows if index.data() == title)


def _make_current(pane: LibraryPane, speech_title: str, collection: str) -> None:
    parent = _collection(pane, collection)
    pane.proxy.fetchMore(parent)
    rows = (pane.proxy.index(row, 0, parent) for row in range(pane.proxy.rowCount(parent)))
    pane.tree.setCurrentIndex(next(index for index in rows if index.data() == speech_title))


def test_a_title_in_a_folded_collection_is_found_unfolded_and_selected(
    qtbot: QtBot, pane: LibraryPane
) -> None:
    qtbot.keyClicks(pane.tree, "budg")
    assert _current_title(pane) == "Budget review"
    reports = _collection(pane, "Reports")
    assert pane.tree.isExpanded(reports)
    assert pane.tree.currentIndex().parent() == reports
    assert [index.data() for index in pane.tree.selectionModel().selectedRows()] == [
        "Budget review"
    ]
    assert pane.tree.visualRect(pane.tree.currentIndex()).intersects(pane.tree.viewport().rect())
    assert pane.model.canFetchMore(pane.proxy.mapToSource(_collection(pane, "合集三"))), (
        "only the collection holding the title is read"
    )


def test_a_title_holding_the_words_is_found_when_none_starts_with_them(
    qtbot: QtBot, pane: LibraryPane
) -> None:
    qtbot.keyClicks(pane.tree, "review")
    assert _current_title(pane) == "Budget review"


def test_chinese_from_the_input_method_finds_a_title(pane: LibraryPane) -> None:
    commit_text(pane.tree, "效能")
    assert _current_title(pane) == "效能革命讲话"
    assert pane.tree.isExpanded(_collection(pane, "合集三"))


def test_typing_goes_round_to_the_top(qtbot: QtBot, pane: LibraryPane, clock: Clock) -> None:
    _make_current(pane, "Alpha two", "合集三")
    qtbot.keyClicks(pane.tree, "alpha")
    assert pane.tree.currentIndex().parent() == _collection(pane, "Reports")
    assert _current_title(pane) == "Alpha plan"
    clock.pause()
    qtbot.keyClicks(pane.tree, "a")  # a new string: from the row after the current one
    assert _current_title(pane) == "Annual budget"


def test_the_same_letter_again_goes_to_the_next_title_starting_with_it(
    qtbot: QtBot, pane: LibraryPane
) -> None:
    qtbot.keyClicks(pane.tree, "b")
    assert _current_title(pane) == "Budget review"
    qtbot.keyClicks(pane.tree, "b")
    assert _current_title(pane) == "Beta notes"
    qtbot.keyClicks(pane.tree, "b")
    assert _current_title(pane) == "Budget review", "round again: 'Annual budget' only holds b"


def test_a_longer_string_stays_on_a_row_it_still_names(qtbot: QtBot, pane: LibraryPane) -> None:
    qtbot.keyClicks(pane.tree, "a")
    assert _current_title(pane) == "Alpha plan"
    qtbot.keyClicks(pane.tree, "lpha t")
    assert _current_title(pane) == "Alpha two"


def test_the_string_starts_over_after_a_pause(
    qtbot: QtBot, pane: LibraryPane, clock: Clock
) -> None:
    qtbot.keyClicks(pane.tree, "be")
    assert _current_title(pane) == "Beta notes"
    clock.pause()
    qtbot.keyClicks(pane.tree, "re")
    assert _current_title(pane) == "Reports"


def test_no_match_leaves_the_selection(qtbot: QtBot, pane: LibraryPane, clock: Clock) -> None:
    _make_current(pane, "Beta notes", "Reports")
    qtbot.keyClicks(pane.tree, "zq")
    assert _current_title(pane) == "Beta notes"
    clock.pause()
    commit_text(pane.tree, "没有这篇")
    assert _current_title(pane) == "Beta notes"
    assert len(pane.tree.selectionModel().selectedRows()) == 1


def test_rows_the_filter_hides_are_passed_over(
    qtbot: QtBot, pane: LibraryPane, clock: Clock
) -> None:
    pane.filter_edit.setText("alpha")
    pane.tree_filter.apply()
    pane.tree.setCurrentIndex(_collection(pane, "Reports"))
    qtbot.keyClicks(pane.tree, "b")  # Budget review, Beta notes, Annual budget: all hidden
    assert _current_title(pane) == "Reports"
    clock.pause()
    commit_text(pane.tree, "Alpha t")
    assert _current_title(pane) == "Alpha two"
    assert pane.tree.currentIndex().data(Role.KIND) == "speech"


def test_brackets_of_either_width_find_a_title_shown_with_either(
    qtbot: QtBot, pane: LibraryPane, clock: Clock
) -> None:
    """The tree shows 提效(试点)方案 as 提效（试点）方案 with the full-width option: the （
    a Chinese input method types finds it, as the ( of the keyboard finds 工作（草案）说明."""
    pane.model.set_fullwidth_labels(True)
    commit_text(pane.tree, "（试点")
    assert _current_title(pane) == "提效（试点）方案"
    clock.pause()
    qtbot.keyClicks(pane.tree, "(")  # a key press: none starts with it, the first holding it
    assert _current_title(pane) == "工作（草案）说明"
    pane.model.set_fullwidth_labels(False)
    clock.pause()
    qtbot.keyClicks(pane.tree, "(")
    assert _current_title(pane) == "提效(试点)方案", "round again"
