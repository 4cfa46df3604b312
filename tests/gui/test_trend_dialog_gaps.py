"""Counts by Year lists the years between the first and last dated ones that the scope has no
speech of: greyed, reading "No speeches", copied empty, and a double-click searches nothing.

Without them 2015, 2016, 2018 read as a continuous run, and a gap in the record as a rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.dialogs.trend_dialog import TrendDialog
from desktop.gui.actions import ActionId
from desktop.gui.i18n import Translations
from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from desktop.models.trend_model import Column, Role
from tests.core.storage.trend_library import TERM, make_gap_library
from tests.gui.language_fixtures import type_text
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.window_helpers import right_click

pytestmark = [
    MENU_ON_OFFSCREEN,
    pytest.mark.qt_log_ignore(
        "does not support raise", "does not support grabbing", "propagateSizeHints"
    ),
]


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """Speeches of 2015, 2016 and 2018 (none of 2017) holding the term, and one undated."""
    path = tmp_path / "library.sqlite"
    make_gap_library(path).close()
    return path


def _open_counts(
    qtbot: QtBot, window: MainWindow, menus: MenuSpy
) -> tuple[SearchDock, TrendDialog]:
    """The term searched in the library, then Counts by Year… from the results' menu."""
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), TERM)
    menus.chosen = "search_trend"
    right_click(dock.view.viewport(), QPoint(10, 10))
    assert "search_trend" in menus.opened[-1][1]
    dialog = window._trend
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not dialog.busy.isVisible())
    return dock, dialog


def _rows(dialog: TrendDialog) -> list[tuple[object, ...]]:
    model = dialog.model
    return [
        tuple(model.index(row, column).data() for column in Column)
        for row in range(model.rowCount())
    ]


def test_a_year_without_speeches_is_listed_greyed_and_searches_nothing(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy
) -> None:
    dock, dialog = _open_counts(qtbot, main_window, menus)
    assert _rows(dialog) == [
        ("2015", 1, 1, 1),
        ("2016", 2, 1, 1),
        ("2017", "—", "No speeches", 0),  # a gap in the record, not 0 of 0
        ("2018", 3, 1, 1),
        ("Undated", 0, 0, 1),
    ]
    gap = dialog.model.index(2, Column.OCCURRENCES)
    assert gap.data(Role.NO_SPEECHES) is True
    assert gap.data(Role.SHARE) == 0.0  # no bar
    assert dialog.model.index(1, Column.KEY).data(Role.NO_SPEECHES) is False
    # Greyed: the delegate paints its text in the palette's disabled colour.
    delegate = dialog.table.itemDelegate()
    palette = dialog.table.palette()
    grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for row, colour in ((2, grey), (1, palette.color(QPalette.ColorRole.Text))):
        option = QStyleOptionViewItem()
        option.initFrom(dialog.table)
        delegate.initStyleOption(option, dialog.model.index(row, Column.SPEECHES))
        assert option.palette.color(QPalette.ColorRole.Text) == colour
    # Its double-click asks for no search, and the dialog says there is nothing to search.
    before = dock.scope()
    rect = dialog.table.visualRect(dialog.model.index(2, Column.KEY))
    with qtbot.assertNotEmitted(dialog.search_requested):
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dock.scope() == before
    assert dialog.note.isVisible()
    assert dialog.note.text() == (
        "No speeches of 2017 in the whole library: there is nothing to search."
    )
    # Copy Table: the gap's counts empty, all its speeches 0.
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(dialog.table_export.copied):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[3].split("\t") == ["2017", "", "", "0"]
    assert lines[2].split("\t") == ["2016", "2", "1", "1"]
    dialog.close()


def test_by_speaker_lists_no_gap_and_chinese_reads_it(
    qtbot: QtBot, qapp: QApplication, main_window: MainWindow, menus: MenuSpy, tmp_path: Path
) -> None:
    _dock, dialog = _open_counts(qtbot, main_window, menus)
    saved = QLocale()
    translations = Translations(qapp, cache=tmp_path / "cache")
    try:
        translations.apply("zh_CN")
        qtbot.waitUntil(lambda: dialog.by_year.text() == "按年份(&A)")
        assert dialog.model.index(2, Column.SPEECHES).data() == "无讲话"
        with qtbot.waitSignal(dialog.shown, timeout=10_000):
            qtbot.mouseClick(dialog.by_speaker, Qt.MouseButton.LeftButton)
        rows = _rows(dialog)
        assert all(isinstance(row[2], int) for row in rows)  # no "no speeches" row by speaker
        assert not any(
            dialog.model.index(row, Column.KEY).data(Role.NO_SPEECHES) for row in range(len(rows))
        )
    finally:
        translations.remove()
        QLocale.setDefault(saved)
    dialog.close()
