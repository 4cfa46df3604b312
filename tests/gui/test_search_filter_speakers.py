"""Several speakers in the search panel's filter: picked one after another or typed on one line,
shown as chips that remove them, a name no speech gives told of, and Counts by Year within them.

The panel took one speaker where the command line takes several (``--speaker`` repeated): a
researcher comparing 李明 and 王芳 could not keep a search to both.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.storage.speech_filter import SpeechFilter
from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from desktop.gui.search_filter_row import SearchFilterRow
from desktop.models.trend_model import Column
from tests.gui.language_fixtures import type_text
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.search_helpers import filter_row_in_host, shown_counts, summary_text
from tests.gui.test_search_filter import _searched, library_path
from tests.gui.window_helpers import right_click

__all__ = ["library_path"]  # the trend library, with notes holding the term on 1 and 4

pytestmark = [
    MENU_ON_OFFSCREEN,
    pytest.mark.qt_log_ignore(
        "does not support raise", "does not support grabbing", "propagateSizeHints"
    ),
]

BOTH = ("李明, 王芳: Hits: 6 · Speeches: 3", "In annotations: 2")


def _chips(row: SearchFilterRow) -> list[str]:
    return [chip.text() for chip in row.speakers.chip_buttons()]


def _open_row(qtbot: QtBot, window: MainWindow) -> SearchDock:
    dock = _searched(qtbot, window)
    qtbot.mouseClick(dock.filter_row.toggle, Qt.MouseButton.LeftButton)
    return dock


def _enter(qtbot: QtBot, dock: SearchDock, text: str) -> None:
    """``text`` typed in the speaker box and Enter pressed, the search run again."""
    edit = dock.filter_row.speaker_box.lineEdit()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_speakers_picked_one_after_another_keep_the_search_to_any_of_them(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _open_row(qtbot, main_window)
    row = dock.filter_row
    _enter(qtbot, dock, "李明")
    box = row.speaker_box
    box.showPopup()  # the second from the box's list, clicked
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(box.model().index(1, 0))
    assert rect.isValid()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dock.scope().speech_filter == SpeechFilter(speakers=("李明", "王芳"))
    assert _chips(row) == ["李明 ×", "王芳 ×"]
    assert shown_counts(dock) == BOTH
    assert box.currentText() == "", "emptied for the next"
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.mouseClick(row.speakers.chip_buttons()[0], Qt.MouseButton.LeftButton)
    assert _chips(row) == ["王芳 ×"]
    assert summary_text(dock) == "王芳: Hits: 1 · Speeches: 1"
    qtbot.waitUntil(box.lineEdit().hasFocus)  # its chip gone, the keyboard goes back to the box
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.mouseClick(row.clear_button, Qt.MouseButton.LeftButton)
    assert (_chips(row), dock.scope().speech_filter) == ([], None)


@pytest.mark.parametrize("typed", ["李明、王芳", "李明, 王芳", "李明；王芳；李明"])
def test_several_speakers_typed_on_one_line_are_each_taken(
    qtbot: QtBot, main_window: MainWindow, typed: str
) -> None:
    dock = _open_row(qtbot, main_window)
    _enter(qtbot, dock, typed)
    assert _chips(dock.filter_row) == ["李明 ×", "王芳 ×"]
    assert shown_counts(dock) == BOTH


def test_chips_are_reached_by_tab_and_removed_by_the_keyboard(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _open_row(qtbot, main_window)
    row = dock.filter_row
    _enter(qtbot, dock, "李明、王芳")
    edit = row.speaker_box.lineEdit()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    first, second = row.speakers.chip_buttons()
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.clear_button
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.keyClick(second, Qt.Key.Key_Space)
    assert _chips(row) == ["李明 ×"]
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # the box is empty: the last name goes
    assert dock.scope().speech_filter is None


def test_a_name_no_speech_gives_is_told_of_and_left_in_the_box(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _open_row(qtbot, main_window)
    row = dock.filter_row
    edit = row.speaker_box.lineEdit()
    with qtbot.assertNotEmitted(row.changed):
        type_text(qtbot, edit, "李")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert row.speakers.note.isVisible()
    assert row.speakers.note.text() == "No speech names “李”: the library has 李明"
    assert (edit.text(), dock.scope().speech_filter) == ("李", None)
    type_text(qtbot, edit, "x")  # being corrected: the line goes
    assert not row.speakers.note.isVisible()
    edit.clear()
    _enter(qtbot, dock, "张三，王芳")  # the known one is taken, the other told of
    assert _chips(row) == ["王芳 ×"]
    assert edit.text() == "张三"
    assert row.speakers.note.text() == "No speech names “张三”"


def test_several_speakers_are_remembered_and_one_gone_from_the_library_says_so(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.settings.search_filter = {"speakers": ["李明", "王芳", "张三"], "shown": True}
    row = main_window.search_dock().filter_row
    assert _chips(row) == ["李明 ×", "王芳 ×", "张三 ×"]
    assert row.speech_filter() == SpeechFilter(speakers=("李明", "王芳", "张三"))
    tips = [chip.toolTip() for chip in row.speakers.chip_buttons()]
    assert "No speech names 张三" in tips[2]
    assert "No speech names" not in tips[0]
    assert row.state()["speakers"] == ["李明", "王芳", "张三"]


def test_counts_by_year_opened_from_two_speakers_count_within_them(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy
) -> None:
    dock = _open_row(qtbot, main_window)
    _enter(qtbot, dock, "李明、王芳")
    menus.chosen = "search_trend"
    right_click(dock.view.viewport(), QPoint(10, 10))
    dialog = main_window._trend
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not dialog.busy.isVisible())
    rows = [
        tuple(dialog.model.index(row, column).data() for column in Column)
        for row in range(dialog.model.rowCount())
    ]
    assert rows == [("2018", 3, 2, 2), ("2019", 0, 0, 1), ("2020", 3, 1, 1)], "no undated"
    assert dialog.within.text() == "Counted within the search panel's filter: 李明, 王芳"
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        qtbot.mouseClick(dialog.by_speaker, Qt.MouseButton.LeftButton)
    keys = [dialog.model.index(row, Column.KEY).data() for row in range(dialog.model.rowCount())]
    assert keys == ["李明", "王芳"]
    dialog.close()


def test_many_speakers_wrap_in_a_narrow_panel_never_widening_it(qtbot: QtBot) -> None:
    host, row = filter_row_in_host(qtbot)
    row.toggle.setChecked(True)
    names = ("欧阳某某某", "司马某某某", "诸葛某某某", "上官某某某", "东方某某某")
    row.set_filter(SpeechFilter(speakers=names))
    host.resize(300, 400)
    host.show()
    qtbot.waitExposed(host)
    assert host.width() == 300
    chips = row.speakers.chip_buttons()

    def each_whole_in_sight() -> bool:
        area = row.speakers.chips.rect()
        return all(area.contains(chip.geometry()) for chip in chips)

    qtbot.waitUntil(each_whole_in_sight, timeout=5_000)
    assert chips[-1].y() > chips[0].y(), "wrapped"
    assert host.width() == 300
