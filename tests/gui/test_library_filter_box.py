"""Tests for desktop/gui/library_filter_box.py: Down and Enter in the library's filter box,
before and after its worker answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from desktop.models.library_tree import Role
from tests.gui.window_helpers import tree_row, type_chinese


def test_down_in_the_filter_box_goes_to_the_first_title_matching(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    asked: list[str] = []
    pane.proxy._find = asked.append  # the GUI's own connection: never asked
    type_chinese(pane.filter_edit, "文艺")  # Down comes before the typing pause is over
    with qtbot.waitSignal(pane.tree_filter.applied):
        qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Down)
        assert pane.tree.hasFocus()  # at once; the worker's answer selects
    assert pane.tree.currentIndex().data() == "在全市文艺工作会议上的讲话"
    assert pane.tree.selectionModel().isSelected(pane.tree.currentIndex())
    assert asked == []


def test_down_after_the_worker_answered_selects_at_once(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    with qtbot.waitSignal(pane.tree_filter.applied):
        type_chinese(pane.filter_edit, "文艺")
    asked: list[str] = []
    pane.proxy._find = asked.append
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Down)
    assert not pane.tree_filter.pending, "no second question for words already shown"
    assert pane.tree.hasFocus()
    assert pane.tree.currentIndex().data() == "在全市文艺工作会议上的讲话"
    assert asked == []


def test_enter_before_the_answer_waits_for_it_and_enter_after_asks_nothing(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    asked: list[str] = []
    pane.proxy._find = asked.append
    type_chinese(pane.filter_edit, "依法行政")
    with qtbot.waitSignal(pane.tree_filter.applied) as applied:
        qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Return)
        assert pane.tree_filter.pending  # asked of the worker, not here
    assert applied.args == ["依法行政"]
    assert pane.proxy.needle == "依法行政"
    with qtbot.waitSignal(pane.tree_filter.applied, timeout=1000):
        qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Return)  # shown already: at once
    assert not pane.tree_filter.pending
    assert asked == []


def test_down_is_forgotten_when_the_words_change_before_the_answer(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    speech = "在全市文艺工作会议上的讲话"
    selection = pane.tree.selectionModel()
    type_chinese(pane.filter_edit, "文艺")
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Down)
    pane.filter_edit.clear()  # the question dropped; everything shows at once
    assert speech not in [index.data() for index in selection.selectedRows()]
    with qtbot.waitSignal(pane.tree_filter.applied):
        type_chinese(pane.filter_edit, "文艺")  # typed again, no Down: it is not chosen
    assert pane.proxy.needle == "文艺"
    assert speech not in [index.data() for index in selection.selectedRows()]


def test_clearing_a_filter_that_hid_every_row_shows_the_open_speech_again(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Hiding every row drops the tree's unfolded rows; emptying the filter brought the
    # library back folded to its collections, the open speech out of sight and unmarked.
    pane = main_window.library_pane
    main_window.show()
    main_window.next_speech()
    speech_id = main_window.current_speech_id()
    assert pane.tree.isExpanded(tree_row(main_window, speech_id)), "a speech with headings"
    with qtbot.waitSignal(pane.tree_filter.applied):
        type_chinese(pane.filter_edit, "无此标题")
    assert pane.proxy.rowCount() == 0
    with qtbot.waitSignal(pane.tree_filter.applied):
        qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Escape)
    row = tree_row(main_window, speech_id)
    assert pane.tree.isExpanded(row.parent()), "the speech's collection is unfolded"
    assert pane.tree.isExpanded(row), "the speech is unfolded to its headings"
    current = pane.tree.currentIndex()
    assert current.data(Role.SPEECH_ID) == speech_id, "the reading place is marked again"


def test_clearing_a_filter_that_hid_the_open_speech_marks_it_again(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # The filter hid the speech being read (the tree made another row current meanwhile):
    # emptied, the tree must mark the speech being read again, not that other row.
    pane = main_window.library_pane
    main_window.show()
    main_window.next_speech()
    speech_id = main_window.current_speech_id()
    with qtbot.waitSignal(pane.tree_filter.applied):
        type_chinese(pane.filter_edit, "文艺")
    assert pane.proxy.rowCount() == 1
    with qtbot.waitSignal(pane.tree_filter.applied):
        qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Escape)
    assert pane.tree.currentIndex().data(Role.SPEECH_ID) == speech_id
