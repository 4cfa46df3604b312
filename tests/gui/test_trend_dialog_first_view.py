"""Counts by Year's first view: on sixty years it opens at the year of the speech being read
(else the latest years), not at 1955; and its term box is as wide as a long term."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.imported import ImportedDocument
from desktop.core.storage.library import open_library
from desktop.dialogs.trend_dialog import TrendDialog
from desktop.gui.main_window import MainWindow
from desktop.models.trend_model import Column, Role
from tests.core.storage.documents import make_speech
from tests.gui.conftest import WindowFactory

TERM = "高质量发展"
YEARS = range(1955, 2015)
READ = 1990

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "propagateSizeHints"
)


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """One speech a year from 1955 to 2014, each holding the term, and one undated."""
    path = tmp_path / "library.sqlite"
    library = open_library(path, seed=None)
    speeches = [
        make_speech(index, f"讲话{year}", [f"{year}年推动{TERM}。"], date=f"{year}-05-01")
        for index, year in enumerate(YEARS, 1)
    ]
    speeches.append(make_speech(len(speeches) + 1, "讲话", [f"推动{TERM}。"]))
    library.store.import_document(
        ImportedDocument("六十年", "/data/六十年.txt", "utf-8", "txt", speeches)
    )
    library.close()
    return path


@pytest.fixture
def dialog(qtbot: QtBot, library_path: Path) -> Iterator[TrendDialog]:
    shown = TrendDialog(library_path)
    qtbot.addWidget(shown)
    yield shown
    shown.shutdown()


def _shows_year(dialog: TrendDialog, year: int) -> bool:
    """Whether the row of ``year`` lies whole in the table's view."""
    model, table = dialog.model, dialog.table
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Role.KEY) == str(year))
    rect = table.visualRect(model.index(row, Column.KEY))
    return table.viewport().rect().contains(rect)


def test_counts_open_at_the_latest_years_when_no_speech_is_read(
    qtbot: QtBot, dialog: TrendDialog
) -> None:
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(TERM)
    assert dialog.model.rowCount() == len(YEARS) + 1  # and the undated
    assert _shows_year(dialog, YEARS[-1])
    assert not _shows_year(dialog, YEARS[0])


def test_counts_open_at_the_year_of_the_speech_being_read(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window: MainWindow = open_window()
    (collection,) = window.session.collections()
    speeches = window.session.speeches(collection.id)
    speech = next(s for s in speeches if s.date and s.date.startswith(str(READ)))
    assert window.open_speech(speech.id)
    window.show_trend_of(TERM, None)  # as the terms panel's menu asks
    dialog = window._trend
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not dialog.busy.isVisible())
    assert _shows_year(dialog, READ)
    assert not _shows_year(dialog, YEARS[0])
    assert not _shows_year(dialog, YEARS[-1])


@pytest.mark.parametrize("term", ["大众创业、万众创新", "大众创业、万众创新的新引擎"])
def test_the_term_box_shows_a_long_term_whole(qtbot: QtBot, dialog: TrendDialog, term: str) -> None:
    dialog.resize(1, dialog.height())  # as narrow as it goes: placed beside the search panel
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(term)
    edit = dialog.term_edit
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    edit.end(False)  # the cursor after the last character: the first one still in the box
    assert edit.cursorRect().center().x() - edit.fontMetrics().horizontalAdvance(term) >= (
        edit.contentsRect().left()
    )


def test_a_term_longer_than_the_screen_keeps_the_dialog_on_it(
    qtbot: QtBot, dialog: TrendDialog
) -> None:
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term("高质量发展" * 60)
    assert dialog.width() <= dialog.screen().availableGeometry().width()


def test_counts_made_again_for_a_changed_library_leave_the_rows_where_the_user_scrolled(
    qtbot: QtBot, dialog: TrendDialog, library_path: Path
) -> None:
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(TERM)
    assert not _shows_year(dialog, YEARS[0])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert _shows_year(dialog, YEARS[0])  # the user went back to the first years
    library = open_library(library_path)
    try:  # the library changes (an import elsewhere): the window asks for the counts again
        collections = [(c.id, c.title) for c in library.store.collections()]
    finally:
        library.close()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.follow_library(collections)
    assert _shows_year(dialog, YEARS[0]), "not thrown back to the latest years"
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(TERM)  # asked again for the term: its first counts scroll once more
    assert _shows_year(dialog, YEARS[-1])
