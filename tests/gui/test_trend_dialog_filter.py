"""Counts by Year opened from a filtered search: counted within the search panel's filter,
named in the dialog, and its rows searched within it; from the terms panel, the scope as it is.

Opened from the results of a search kept to some years and a speaker, it counted the whole
scope: rows for years the panel had left out, and a double-click that dropped the speaker.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.storage.speech_filter import SpeechFilter
from desktop.core.storage.term_trend import TrendBy
from desktop.dialogs.trend_dialog import TrendDialog, row_filter
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from desktop.gui.search_scope import ScopeKind, SearchScope
from desktop.models.trend_model import Column
from tests.core.storage.trend_library import TERM, make_trend_library
from tests.gui.language_fixtures import type_text
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.window_helpers import right_click, type_over

pytestmark = [
    MENU_ON_OFFSCREEN,
    pytest.mark.qt_log_ignore(
        "does not support raise", "does not support grabbing", "propagateSizeHints"
    ),
]


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """The trend library (tests.core.storage): the term twice in 2018 (李明), once in 2018
    (王芳), never in 2019 (王芳), three times in 2020 (李明), once undated by nobody."""
    path = tmp_path / "library.sqlite"
    library, _first, _second = make_trend_library(path)
    library.close()
    return path


def _filtered_search(qtbot: QtBot, window: MainWindow) -> SearchDock:
    """The term searched, kept to 2018–2019 and 王芳 through the panel's filter row."""
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), TERM)
    row = dock.filter_row
    qtbot.mouseClick(row.toggle, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, row.from_box, "2018")
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, row.to_box, "2019")
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, row.speaker_box.lineEdit(), "王芳")
        qtbot.keyClick(row.speaker_box.lineEdit(), Qt.Key.Key_Return)
    assert dock.scope().speech_filter == SpeechFilter(2018, 2019, speakers=("王芳",))
    return dock


def _open_counts(qtbot: QtBot, window: MainWindow, dock: SearchDock, menus: MenuSpy) -> TrendDialog:
    """Counts by Year… chosen in the results' context menu, its rows come."""
    menus.chosen = "search_trend"
    right_click(dock.view.viewport(), QPoint(10, 10))
    assert "search_trend" in menus.opened[-1][1]
    dialog = window._trend
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not dialog.busy.isVisible())
    return dialog


def _keys(dialog: TrendDialog) -> list[str]:
    return [dialog.model.index(row, Column.KEY).data() for row in range(dialog.model.rowCount())]


def _double_click(qtbot: QtBot, dialog: TrendDialog, dock: SearchDock, key: str) -> None:
    number = _keys(dialog).index(key)
    rect = dialog.table.visualRect(dialog.model.index(number, Column.KEY))
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_counts_opened_from_a_filtered_search_count_within_its_filter(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy
) -> None:
    dock = _filtered_search(qtbot, main_window)
    dialog = _open_counts(qtbot, main_window, dock, menus)
    rows = [
        tuple(dialog.model.index(row, column).data() for column in Column)
        for row in range(dialog.model.rowCount())
    ]
    assert rows == [("2018", 1, 1, 1), ("2019", 0, 0, 1)], "王芳's speeches of 2018–2019 alone"
    assert dialog.within.isVisible()
    assert dialog.within.text() == "Counted within the search panel's filter: 2018–2019 · 王芳"
    assert dialog.windowTitle().endswith(" · 2018–2019 · 王芳")
    assert "2018–2019 · 王芳" in dialog.export_name()
    # A row's search keeps to its year and keeps the speaker.
    _double_click(qtbot, dialog, dock, "2018")
    assert dock.scope().speech_filter == SpeechFilter(2018, 2018, speakers=("王芳",))
    assert "filtered (2018 · 王芳)" in dialog.note.text()
    # By speaker: 王芳 alone, and her row keeps the years counted in.
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        qtbot.mouseClick(dialog.by_speaker, Qt.MouseButton.LeftButton)
    assert _keys(dialog) == ["王芳"]
    _double_click(qtbot, dialog, dock, "王芳")
    assert dock.scope().speech_filter == SpeechFilter(2018, 2019, speakers=("王芳",))
    dialog.close()


def test_counts_opened_from_the_terms_panel_count_the_whole_scope(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy
) -> None:
    dock = _filtered_search(qtbot, main_window)
    dialog = _open_counts(qtbot, main_window, dock, menus)
    terms = main_window.terms_dock()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        terms.trend_requested.emit(TERM, SearchScope(ScopeKind.LIBRARY))  # its menu's request
    assert _keys(dialog) == ["2018", "2019", "2020", "Undated"]
    assert not dialog.within.isVisible()
    assert dialog.speech_filter() is None
    assert "王芳" not in dialog.windowTitle()
    _double_click(qtbot, dialog, dock, "2020")
    assert dock.scope().speech_filter == SpeechFilter(2020, 2020)
    dialog.close()


@pytest.mark.parametrize(
    ("by", "key", "within", "searched"),
    [
        (
            TrendBy.YEAR,
            None,
            SpeechFilter(2018, 2019, True, ("王芳",)),
            SpeechFilter(undated=True, speakers=("王芳",)),
        ),
        (
            TrendBy.YEAR,
            "2019",
            SpeechFilter(to_year=2020, no_speaker=True),
            SpeechFilter(2019, 2019, no_speaker=True),
        ),
        (
            TrendBy.SPEAKER,
            None,
            SpeechFilter(2018, 2019, True),
            SpeechFilter(2018, 2019, True, no_speaker=True),
        ),
        (TrendBy.SPEAKER, "李明", None, SpeechFilter(speakers=("李明",))),
    ],
)
def test_a_rows_search_narrows_the_filter_it_was_counted_in(
    by: TrendBy, key: str | None, within: SpeechFilter | None, searched: SpeechFilter
) -> None:
    assert row_filter(by, key, within) == searched


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _counts_beside(
    qtbot: QtBot, window: MainWindow, menus: MenuSpy, area: Qt.DockWidgetArea
) -> tuple[TrendDialog, SearchDock]:
    """The window as wide as the screen, the search panel moved to ``area`` and searched,
    then Counts by Year opened from its results."""
    window.setGeometry(window.screen().availableGeometry().adjusted(0, 40, 0, -40))
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    window.addDockWidget(area, dock)  # where a user dragged it
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), TERM)
    return _open_counts(qtbot, window, dock, menus), dock


def test_counts_open_beside_the_search_panel_not_over_the_results_they_bring_up(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy
) -> None:
    # Below the page (where it opens), the panel leaves room above it on the 800 px screen.
    dialog, dock = _counts_beside(qtbot, main_window, menus, Qt.DockWidgetArea.BottomDockWidgetArea)
    assert not dialog.frameGeometry().intersects(_global_rect(dock))
    assert main_window.screen().availableGeometry().contains(dialog.frameGeometry())
    _double_click(qtbot, dialog, dock, "2018")  # the results it brings up stay in sight
    assert not dialog.frameGeometry().intersects(_global_rect(dock))
    dialog.close()


def test_counts_with_no_room_beside_the_panel_open_where_qt_puts_them(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy
) -> None:
    # On the right, the panel leaves the 800 px screen too little room at its left.
    dialog, _dock = _counts_beside(qtbot, main_window, menus, Qt.DockWidgetArea.RightDockWidgetArea)
    offset = dialog.frameGeometry().center() - main_window.frameGeometry().center()
    assert offset.manhattanLength() <= 2, "centred over the window, as Qt places a dialog"
    assert dialog.width() >= dialog.minimumSizeHint().width()
    dialog.close()
