"""The search panel's filter of years and speaker, driven as a user drives it in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.storage.speech_filter import SpeechFilter
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from desktop.models.trend_model import Column
from tests.core.storage.trend_library import TERM, make_trend_library
from tests.gui.conftest import WindowFactory, close_window
from tests.gui.language_fixtures import type_text
from tests.gui.menu_spy import MENU_ON_OFFSCREEN
from tests.gui.search_helpers import filter_row_in_host, shown_counts, summary_text
from tests.gui.ui_languages import window_language
from tests.gui.window_helpers import type_over

# The dialog is raised over the window; the offscreen platform says it cannot raise it.
pytestmark = [
    MENU_ON_OFFSCREEN,
    pytest.mark.qt_log_ignore(
        "does not support raise", "does not support grabbing", "propagateSizeHints"
    ),
]


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """The trend library (tests.core.storage): 2018 (李明, 王芳), 2019 (王芳), 2020 (李明),
    one undated by nobody, a compilation of two; a note holding the term on 2018's and
    2020's first speeches."""
    path = tmp_path / "library.sqlite"
    library, _first, _second = make_trend_library(path)
    for speech_id in (1, 4):
        library.annotations.create(speech_id, "note", 0, 2, note=f"{TERM}的例子")
    library.close()
    return path


def _searched(qtbot: QtBot, window: MainWindow, text: str = TERM) -> SearchDock:
    """The search panel opened by its action, ``text`` typed and its results come."""
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), text)
    return dock


def test_years_typed_in_the_row_keep_the_results_to_them(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _searched(qtbot, main_window)
    row = dock.filter_row
    assert not row.isVisible(), "closed until asked for"
    assert shown_counts(dock) == ("Hits: 7 · Speeches: 5 · In titles: 1", "In annotations: 2")
    qtbot.mouseClick(row.toggle, Qt.MouseButton.LeftButton)
    assert row.isVisible()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, row.from_box, "2019")
    assert dock.model.outcome().result.speech_counts() == [(4, 3)]  # type: ignore[union-attr]
    assert shown_counts(dock) == ("from 2019: Hits: 3 · Speeches: 1", "In annotations: 1")
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, row.from_box, "2018")
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, row.to_box, "2019")
    assert shown_counts(dock) == ("2018–2019: Hits: 3 · Speeches: 2", "In annotations: 1")
    assert row.toggle.font().bold(), "it shows a filter is set, even closed"
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.mouseClick(row.clear_button, Qt.MouseButton.LeftButton)
    assert (row.from_box.text(), row.to_box.text()) == ("any", "any")
    assert summary_text(dock).startswith("Hits: 7 ·")
    assert not row.toggle.font().bold()


def test_a_speaker_is_completed_from_the_library_and_keeps_the_results_to_theirs(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _searched(qtbot, main_window)
    row = dock.filter_row
    qtbot.mouseClick(row.toggle, Qt.MouseButton.LeftButton)
    names = [row.speaker_box.itemText(i) for i in range(row.speaker_box.count())]
    assert names == ["李明", "王芳", "No speaker named"]
    completer = row.speaker_box.completer()
    completer.setCompletionPrefix("明")  # any part of a name
    assert completer.currentCompletion() == "李明"
    edit = row.speaker_box.lineEdit()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, edit, "王芳")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert summary_text(dock) == "王芳: Hits: 1 · Speeches: 1"
    assert [chip.text() for chip in row.speakers.chip_buttons()] == ["王芳 ×"]
    assert edit.text() == "", "emptied for the next"
    if completer.popup().isVisible():  # the names holding what was typed: put away
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Escape)
    assert not completer.popup().isVisible()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # in the empty box: the last name goes
    assert dock.scope().speech_filter is None
    assert row.speakers.chip_buttons() == []
    with qtbot.assertNotEmitted(row.changed):
        for _name in names:  # down its list to the last: each shown, none taken yet
            qtbot.keyClick(row.speaker_box, Qt.Key.Key_Down)
    assert edit.text() == "No speaker named"
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dock.scope().speech_filter == SpeechFilter(no_speaker=True)
    assert summary_text(dock).startswith("no speaker named: Hits: 1 · Speeches: 2")


def _put_popup_away(qtbot: QtBot, window: MainWindow, popup: QWidget) -> None:
    """Escape the completer's list, and the window active again (offscreen does not give
    it back by itself)."""
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_half_a_name_typed_searches_nothing_until_a_speaker_is_chosen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _searched(qtbot, main_window)
    row = dock.filter_row
    qtbot.mouseClick(row.toggle, Qt.MouseButton.LeftButton)
    edit = row.speaker_box.lineEdit()
    with qtbot.assertNotEmitted(row.changed):
        type_text(qtbot, edit, "王")  # on the way to 王芳
    assert dock.scope().speech_filter is None
    assert summary_text(dock).startswith("Hits: 7 ·"), "no 'no hits by this speaker'"
    popup = row.speaker_box.completer().popup()
    assert popup.isVisible(), "the names holding 王 are offered"
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.keyClick(popup, Qt.Key.Key_Down)  # 王芳 chosen from them
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert summary_text(dock) == "王芳: Hits: 1 · Speeches: 1"
    for typed in ("李", "李明"):  # half a name, then the whole one; each time away by Tab
        edit.selectAll()
        type_text(qtbot, edit, typed)
        _put_popup_away(qtbot, main_window, popup)
        edit.setFocus()
        assert edit.hasFocus()
        if typed == "李":
            with qtbot.assertNotEmitted(row.changed):  # it waits for the rest
                qtbot.keyClick(edit, Qt.Key.Key_Tab)
            assert not edit.hasFocus()
            assert row.speech_filter() == SpeechFilter(speakers=("王芳",))
        else:
            with qtbot.waitSignal(dock.searched, timeout=10_000):
                qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert dock.scope().speech_filter == SpeechFilter(speakers=("王芳", "李明"))


def test_a_filter_with_no_hits_says_to_clear_it(qtbot: QtBot, main_window: MainWindow) -> None:
    dock = _searched(qtbot, main_window)
    dock.filter_row.toggle.click()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, dock.filter_row.from_box, "2030")
    assert dock.model.speech_total() == 0
    assert "clear the filter" in summary_text(dock)


def test_years_typed_backwards_are_taken_in_order(qtbot: QtBot, main_window: MainWindow) -> None:
    dock = _searched(qtbot, main_window)
    dock.filter_row.toggle.click()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, dock.filter_row.from_box, "2020")
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, dock.filter_row.to_box, "2019")
    assert dock.scope().speech_filter == SpeechFilter(2019, 2020)
    assert summary_text(dock).startswith("2019–2020: Hits: 3 ·")


def test_the_row_opens_from_the_keyboard_and_takes_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _searched(qtbot, main_window)
    row = dock.filter_row
    dock.scope_box.setFocus()
    qtbot.keyClick(dock.scope_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.toggle
    qtbot.keyClick(row.toggle, Qt.Key.Key_Space)
    assert row.isVisible()
    qtbot.waitUntil(row.from_box.hasFocus)
    walked = []
    for _ in range(5):  # through the row, on to the options beside the scope
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    speaker = (row.speaker_box, row.speaker_box.lineEdit())
    assert walked[:2] == [row.to_box, row.undated_box]
    assert walked[2] in speaker
    assert walked[3:] == [row.clear_button, dock.notes_box]
    row.from_box.setFocus()
    qtbot.keyClick(row.from_box, Qt.Key.Key_Up)  # from "any" to the library's first year
    assert row.from_box.value() == 2018
    qtbot.keyClick(row.to_box, Qt.Key.Key_Up)
    assert row.to_box.value() == 2020


def test_the_filter_and_the_open_row_are_remembered_with_the_panel(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    dock = _searched(qtbot, window)
    dock.filter_row.toggle.click()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, dock.filter_row.to_box, "2019")
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.filter_row.speaker_box.lineEdit(), "王芳")
        qtbot.keyClick(dock.filter_row.speaker_box.lineEdit(), Qt.Key.Key_Return)
    close_window(window)
    again = open_window().search_dock()
    assert again.filter_row.isVisible()
    assert again.scope().speech_filter == SpeechFilter(to_year=2019, speakers=("王芳",))
    assert again.filter_row.speaker_box.findText("李明") >= 0, "opened, it has the speakers"
    assert [chip.text() for chip in again.filter_row.speakers.chip_buttons()] == ["王芳 ×"]


@pytest.mark.parametrize(
    "saved",
    [
        {"from_year": "soon", "to_year": 1999},
        {"from_year": 2021, "to_year": 2019},  # backwards: the panel did not open at all
        {"from_year": 0},  # out of range: the same
        {"speakers": "王芳"},  # a name, not a list: it searched for 王 or 芳
    ],
)
def test_a_saved_filter_the_app_cannot_read_is_dropped(
    qtbot: QtBot, main_window: MainWindow, saved: dict[str, object]
) -> None:
    main_window.settings.search_filter = {**saved, "shown": True}
    row = main_window.search_dock().filter_row
    assert row.toggle.isChecked()
    assert row.speech_filter() is None


def test_no_speaker_named_stays_so_when_the_language_changes(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Set whole (restored, or a row of the counts), its words stayed English after a switch
    to Chinese: a filter for a speaker called "No speaker named", and no hits."""
    main_window.settings.search_filter = {"no_speaker": True, "shown": True}
    row = main_window.search_dock().filter_row
    assert row.speech_filter() == SpeechFilter(no_speaker=True)
    chips = row.speakers.chip_buttons
    with window_language(main_window):
        qtbot.waitUntil(lambda: [chip.text() for chip in chips()] == ["未注明讲话人 ×"])
        assert row.speech_filter() == SpeechFilter(no_speaker=True)
    qtbot.waitUntil(lambda: [chip.text() for chip in chips()] == ["No speaker named ×"])
    assert row.speech_filter() == SpeechFilter(no_speaker=True)


def test_copy_table_copies_the_hits_the_filter_keeps(qtbot: QtBot, main_window: MainWindow) -> None:
    dock = _searched(qtbot, main_window)
    dock.filter_row.toggle.click()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_over(qtbot, dock.filter_row.from_box, "2020")
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(dock.table_export.copied, timeout=10_000):
        dock.table_export.copy_action.trigger()
    header, *lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3
    assert all(line.split("\t")[0] == "4" for line in lines)


def test_a_speakers_row_of_the_counts_searches_that_speaker(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _searched(qtbot, main_window, "别的")
    main_window.show_trend_of(TERM, None)
    dialog = main_window._trend
    assert dialog is not None
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        qtbot.mouseClick(dialog.by_speaker, Qt.MouseButton.LeftButton)
    assert dialog.model.index(0, Column.KEY).data() == "李明"
    rect = dialog.table.visualRect(dialog.model.index(0, Column.KEY))
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dock.query_text() == TERM
    assert dock.scope().speech_filter == SpeechFilter(speakers=("李明",))
    assert [chip.text() for chip in dock.filter_row.speakers.chip_buttons()] == ["李明 ×"]
    assert shown_counts(dock) == ("李明: Hits: 5 · Speeches: 2", "In annotations: 2")
    assert "filtered (李明)" in dialog.note.text()
    dialog.close()


@pytest.mark.parametrize(("width", "under"), [(300, True), (900, False)])
def test_in_a_narrow_panel_the_speaker_goes_under_the_years(
    qtbot: QtBot, width: int, under: bool
) -> None:
    host, row = filter_row_in_host(qtbot)
    row.toggle.setChecked(True)
    host.resize(width, 120)
    host.show()
    qtbot.waitExposed(host)
    assert host.width() == width, "the row never makes the panel wider than it is"

    def speaker_under() -> bool:  # the box sits in the speakers' picker: the row's place
        return row.speaker_box.mapTo(row, QPoint(0, 0)).y() > row.from_box.y()

    qtbot.waitUntil(lambda: speaker_under() == under)
    assert row.clear_button.geometry().right() <= row.width()
