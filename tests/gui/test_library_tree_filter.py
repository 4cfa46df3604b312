"""Tests for desktop/gui/library_tree_filter.py: one filter per burst of keys, a screenful
of collections unfolded, the rest folded with their match counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTreeView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.i18n import Language
from desktop.gui.library_session import LibrarySession
from desktop.gui.library_tree_filter import ROWS_ON_SCREEN_MIN, TreeFilter
from desktop.gui.title_matches_finder import TitleMatchesFinder
from desktop.models.library_filter import TitleFilterModel
from desktop.models.library_nodes import Role
from desktop.models.library_tree import LibrarySource, LibraryTreeModel
from tests.core.storage.documents import small_document
from tests.gui.ui_languages import ui_language
from tests.gui.window_helpers import type_chinese

__all__ = ["ui_language"]

COLLECTIONS = 2 * ROWS_ON_SCREEN_MIN
"""More collections holding 讲话 than a short tree shows, however few speeches each lists."""


@pytest.fixture
def session(tmp_path: Path, qtbot: QtBot) -> Iterator[LibrarySession]:
    """A library of many collections of three speeches; only 合集5's second is 甲乙丙."""
    opened = LibrarySession(open_library(tmp_path / "library.sqlite", seed=small_document))
    for number in range(2, COLLECTIONS + 1):
        titles = ["讲话一", "甲乙丙讲话" if number == 5 else "报告二", "讲话三"]
        document = small_document(title=f"合集{number}", source=f"/{number}.txt", titles=titles)
        opened._library.store.import_document(document, keep_duplicates=True)  # copies
    yield opened
    opened.close()


class Pane(QWidget):
    """The filter box over the tree, as the library pane lays them out and connects them."""

    def __init__(self, session: LibrarySession) -> None:
        super().__init__()
        self.edit = QLineEdit(self)
        self.model = LibraryTreeModel(LibrarySource.of(session), self)
        self.proxy = TitleFilterModel(self.model.title_matches, self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.filter = TreeFilter(self.edit, self.proxy, self.tree, self)
        self.edit.textChanged.connect(self.filter.text_changed)
        self.edit.returnPressed.connect(self.filter.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.tree)
        self.resize(300, 200)  # a short tree: a screenful is a few rows


@pytest.fixture
def pane(qtbot: QtBot, session: LibrarySession) -> Pane:
    """The filter and tree on screen."""
    widget = Pane(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_burst_of_keys_filters_once_after_the_last(qtbot: QtBot, pane: Pane) -> None:
    applied: list[str] = []
    pane.filter.applied.connect(applied.append)
    with qtbot.waitSignal(pane.filter.applied):
        for character in "甲乙丙":
            type_chinese(pane.edit, character)
            assert pane.proxy.needle == "", "no filter while the keys come"
    assert applied == ["甲乙丙"]
    assert pane.proxy.rowCount() == 1
    assert not pane.filter.pending


def test_enter_filters_at_once_and_emptying_the_box_shows_everything(
    qtbot: QtBot, pane: Pane
) -> None:
    type_chinese(pane.edit, "甲乙丙")
    assert pane.filter.pending
    qtbot.keyClick(pane.edit, Qt.Key.Key_Return)
    assert not pane.filter.pending
    assert pane.proxy.needle == "甲乙丙"
    pane.edit.clear()
    assert pane.proxy.needle == ""
    assert pane.proxy.rowCount() == COLLECTIONS


def test_only_a_screenful_of_collections_unfold_the_rest_say_their_matches(
    qtbot: QtBot, pane: Pane
) -> None:
    with qtbot.waitSignal(pane.filter.applied):
        type_chinese(pane.edit, "讲话")
    collections = [pane.proxy.index(row, 0) for row in range(pane.proxy.rowCount())]
    assert len(collections) == COLLECTIONS
    unfolded = [index for index in collections if pane.tree.isExpanded(index)]
    assert unfolded == collections[: len(unfolded)], "the first ones, in library order"
    assert 1 <= len(unfolded) <= ROWS_ON_SCREEN_MIN // 2
    fetched = [index for index in collections if pane.model.canFetchMore(
        pane.proxy.mapToSource(index)
    ) is False]  # fmt: skip
    assert len(fetched) == len(unfolded), "folded collections listed none of their speeches"
    folded = collections[len(unfolded) :]
    assert all(pane.proxy.match_count(index) > 0 for index in folded)
    assert pane.proxy.match_count(collections[-1]) == 2, "讲话一 and 讲话三"


MATCHES = {Language.ENGLISH: "2 matching speeches", Language.CHINESE: "2 篇相符"}
NOTES = {Language.ENGLISH: "1 annotation", Language.CHINESE: "1 条批注"}


def test_the_badges_say_what_they_count(
    qtbot: QtBot, pane: Pane, session: LibrarySession, ui_language: Language
) -> None:
    """A collection's badge counts matching speeches, a speech's its annotations: each says so."""
    speech = session._library.store.speeches(1)[0]
    session._library.annotations.create(speech.id, start=0, end=2, note="批注")
    with qtbot.waitSignal(pane.filter.applied):
        type_chinese(pane.edit, "讲话")
    last = pane.proxy.index(pane.proxy.rowCount() - 1, 0)
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        assert MATCHES[ui_language] in last.data(role)
    first = pane.proxy.index(0, 0)
    pane.tree.expand(first)
    annotated = next(
        pane.proxy.index(row, 0, first)
        for row in range(pane.proxy.rowCount(first))
        if pane.proxy.index(row, 0, first).data(Role.NOTE_COUNT)
    )
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        assert NOTES[ui_language] in annotated.data(role)


@pytest.fixture
def worker_pane(qtbot: QtBot, session: LibrarySession) -> Iterator[Pane]:
    """The filter asking a worker which rows match (as the window's library pane does)."""
    widget = Pane(session)
    finder = TitleMatchesFinder(session.library_path, widget)
    widget.filter = TreeFilter(widget.edit, widget.proxy, widget.tree, widget, finder)
    widget.edit.textChanged.disconnect()
    widget.edit.textChanged.connect(widget.filter.text_changed)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    finder.shutdown()


def test_after_the_pause_the_worker_says_which_rows_match(qtbot: QtBot, worker_pane: Pane) -> None:
    asked: list[str] = []
    worker_pane.proxy._find = lambda text: asked.append(text)  # the GUI's own connection
    with qtbot.waitSignal(worker_pane.filter.applied) as applied:
        type_chinese(worker_pane.edit, "甲乙丙")
        assert worker_pane.filter.pending
    assert applied.args == ["甲乙丙"]
    assert asked == [], "the worker's answer, not the GUI's connection"
    assert worker_pane.proxy.rowCount() == 1
    assert not worker_pane.filter.pending


class FakeFinder(QObject):
    """Records the questions; the test gives the answers."""

    found = Signal(str, object)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []
        self.cancelled = 0

    def find(self, text: str) -> None:
        self.asked.append(text)

    def cancel(self) -> None:
        self.cancelled += 1


@pytest.fixture
def fake_pane(qtbot: QtBot, session: LibrarySession) -> tuple[Pane, FakeFinder]:
    """The filter with a finder whose answers the test gives."""
    widget = Pane(session)
    finder = FakeFinder()
    widget.filter = TreeFilter(widget.edit, widget.proxy, widget.tree, widget, finder)
    widget.edit.textChanged.disconnect()
    widget.edit.textChanged.connect(widget.filter.text_changed)
    qtbot.addWidget(widget)
    widget.show()
    return widget, finder


def test_an_answer_for_words_no_longer_in_the_box_is_dropped(
    qtbot: QtBot, fake_pane: tuple[Pane, FakeFinder], session: LibrarySession
) -> None:
    pane, finder = fake_pane
    type_chinese(pane.edit, "甲乙丙")
    qtbot.waitUntil(lambda: finder.asked == ["甲乙丙"])
    assert pane.filter.pending
    pane.edit.clear()  # at once, on the GUI's connection; the question is dropped
    assert finder.cancelled == 1
    assert not pane.filter.pending
    finder.found.emit("甲乙丙", session.title_matches("甲乙丙"))  # late
    assert pane.proxy.needle == ""
    assert pane.proxy.rowCount() == COLLECTIONS
    type_chinese(pane.edit, "讲话")
    qtbot.waitUntil(lambda: finder.asked[-1:] == ["讲话"])
    with qtbot.waitSignal(pane.filter.applied) as applied:
        finder.found.emit("讲话", session.title_matches("讲话"))
    assert applied.args == ["讲话"]
    assert pane.proxy.needle == "讲话"


def test_when_the_worker_fails_the_filter_asks_the_gui_s_connection(
    qtbot: QtBot, fake_pane: tuple[Pane, FakeFinder]
) -> None:
    pane, finder = fake_pane
    type_chinese(pane.edit, "甲乙丙")
    qtbot.waitUntil(lambda: finder.asked == ["甲乙丙"])
    with qtbot.waitSignal(pane.filter.applied):
        finder.failed.emit("甲乙丙")
    assert pane.proxy.rowCount() == 1
