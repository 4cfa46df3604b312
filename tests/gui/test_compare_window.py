"""Compare With…: the tree's menu and the View menu, the chooser, the compare window as a user
drives it (summary, F7 through the changes, aligned scrolling, swap, closing while it runs)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.errors import CancelledError
from desktop.core.storage.library import open_library
from desktop.core.storage.speech_choices import speech_choices
from desktop.dialogs.speech_chooser import SPEECH_ID
from desktop.gui import compare_window
from desktop.gui.actions import ActionId
from desktop.gui.compare_window import CompareWindow
from desktop.gui.i18n import Language, Translations
from desktop.gui.main_window import MainWindow
from tests.gui.compare_helpers import (
    DRAFT,
    FINAL,
    chooser_of,
    compared,
    import_two_versions,
    open_compare,
    settled,
)
from tests.gui.conftest import WindowFactory
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.window_helpers import tree_row, type_chinese


@pytest.fixture
def two_versions(library_path: Path) -> tuple[int, int]:
    """The draft's and the final version's speech ids, imported into the test's library."""
    return import_two_versions(library_path)


def _right_click_row(window: MainWindow, speech_id: int) -> None:
    tree = window.library_pane.tree
    index = tree_row(window, speech_id)
    tree.scrollTo(index)
    point = tree.visualRect(index).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(tree.viewport(), event)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue, which gives the counted summary its singular and plural."""
    translations = Translations(qapp)
    assert translations.apply(Language.ENGLISH) == Language.ENGLISH
    yield
    translations.remove()


@MENU_ON_OFFSCREEN
@pytest.mark.usefixtures("english")
def test_the_tree_menu_then_the_chooser_open_a_window_with_the_summary(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int], menus: MenuSpy
) -> None:
    draft, final = two_versions
    window = open_window()
    menus.chosen = "action_compare_with"
    _right_click_row(window, final)
    assert "action_compare_with" in menus.opened[0][1]
    chooser = chooser_of(qtbot, window)
    listed = [
        chooser.model.index(row, 0).data(SPEECH_ID) for row in range(chooser.model.rowCount())
    ]
    assert final not in listed  # not compared with itself
    assert draft in listed
    type_chinese(chooser.filter_edit, "意见")
    assert chooser.model.rowCount() == 1
    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Return)
    compare = compared(qtbot, window)
    assert compare.isVisible()
    assert not compare.isModal()
    assert compare.speeches == (draft, final)
    comparison = compare.comparison
    assert comparison is not None
    assert len(comparison.hunks) == 5  # the title, 𠮷, the phrase, the word, the paragraph
    added, removed = comparison.added, comparison.removed
    summary = f"5 changes: {added} characters added, {removed} characters removed"
    assert compare.summary.text() == summary
    assert DRAFT in compare.old_title.text()
    assert FINAL in compare.new_title.text()


def test_the_next_change_key_selects_the_change_in_both_panes(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    hunks = compare.comparison.hunks
    old_text, new_text = compare.old_pane.text, compare.new_pane.text
    compare.new_pane.setFocus()
    for index in (0, 1, 2, 3):
        qtbot.keyClick(compare.new_pane, Qt.Key.Key_F7)
        hunk = hunks[index]
        assert compare.old_pane.selected_range() == (hunk.old_start, hunk.old_end)
        assert compare.new_pane.selected_range() == (hunk.new_start, hunk.new_end)
    # The fourth change: the word replaced, offsets right after the 𠮷 added before it.
    selected = compare.new_pane.textCursor().selectedText()
    assert selected == new_text[hunks[3].new_start : hunks[3].new_end] == "深化"
    assert (
        compare.old_pane.textCursor().selectedText()
        == old_text[hunks[3].old_start : hunks[3].old_end]
    )
    qtbot.keyClick(compare.new_pane, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert compare.new_pane.selected_range() == (hunks[2].new_start, hunks[2].new_end)
    assert compare.statusBar().currentMessage() == "Change 3 of 5"


def test_changes_are_marked_with_a_line_as_well_as_a_colour(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    deleted = compare.comparison.hunks[-1]  # the paragraph the final version left out
    inserted = compare.comparison.hunks[2]  # the phrase added
    assert deleted.new_start == deleted.new_end
    assert inserted.old_start == inserted.old_end

    def char_format(pane, offset):  # noqa: ANN001, ANN202
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane._map.to_utf16(offset) + 1)
        return cursor.charFormat()

    gone = char_format(compare.old_pane, deleted.old_start + 3)
    came = char_format(compare.new_pane, inserted.new_start + 1)
    kept = char_format(compare.new_pane, inserted.new_end + 5)
    assert gone.fontStrikeOut()
    assert came.fontUnderline()
    assert gone.background().color() != came.background().color()
    assert not kept.fontUnderline()
    assert not kept.fontStrikeOut()
    # Where the other side has text this one lacks: a bar at the place.
    assert compare.new_pane.change_points() == [deleted.new_start]
    assert inserted.old_start in compare.old_pane.change_points()
    # The reader's typography: its body font and theme.
    reader_font = window.reader.document().defaultFont()
    assert compare.old_pane.document().defaultFont().family() == reader_font.family()
    assert compare.new_pane.palette().base().color() == window.reader.palette().base().color()


def test_the_panes_follow_the_window_s_theme_keeping_the_change(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    compare.next_change()
    compare.next_change()
    window.registry.action(ActionId.THEME_DARK).trigger()
    settled(qtbot, compare)
    assert compare.new_pane.palette().base().color() == window.reader.palette().base().color()
    assert compare.new_pane.palette().base().color().lightness() < 128
    hunk = compare.comparison.hunks[1]
    assert compare.new_pane.selected_range() == (hunk.new_start, hunk.new_end)
    assert compare.new_pane.change_points() == [compare.comparison.hunks[-1].new_start]


def test_scrolling_one_pane_brings_the_other_to_the_aligned_place(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    compare.resize(900, 500)
    qtbot.waitExposed(compare)
    old_bar = compare.old_pane.verticalScrollBar()
    assert old_bar.maximum() > 0
    old_bar.setValue(old_bar.maximum() // 2)
    old_top, _ = compare.old_pane.top_offset()
    aligned = compare.comparison.new_offset(old_top)
    new_top, _ = compare.new_pane.top_offset()
    new_text = compare.new_pane.text
    # The same line of the same paragraph stands at the top of both.
    assert new_text.count("\n", 0, new_top) == new_text.count("\n", 0, aligned)
    assert abs(new_top - aligned) < 40


def test_swap_puts_the_new_speech_on_the_left(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    draft, final = two_versions
    window = open_window()
    compare = open_compare(qtbot, window, draft, final)
    before = compare.comparison
    tip = compare.swap_action.statusTip()
    assert tip == f"Put “{FINAL}” on the left and “{DRAFT}” on the right, and compare again"
    compare.swap_action.trigger()
    qtbot.waitUntil(lambda: compare.comparison is not None)
    settled(qtbot, compare)
    assert compare.speeches == (final, draft)
    assert FINAL in compare.old_title.text()
    # Swapped back, the tip says so (it said "the new speech on the left" whichever was there).
    assert compare.swap_action.statusTip() == tip.replace(FINAL, "%").replace(DRAFT, FINAL).replace(
        "%", DRAFT
    )
    assert (compare.comparison.added, compare.comparison.removed) == (
        before.removed,
        before.added,
    )


def test_closing_the_window_cancels_the_comparison(
    qtbot: QtBot,
    open_window: WindowFactory,
    two_versions: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, cancelled = threading.Event(), threading.Event()

    def slow_job(_old: str, _new: str):  # noqa: ANN202 - a job
        def job(_progress: object, cancel) -> None:  # noqa: ANN001
            started.set()
            while not cancel():  # a long report's diff, until the window is closed
                cancelled.wait(0.005)
            cancelled.set()
            raise CancelledError("cancelled")

        return job

    monkeypatch.setattr(compare_window, "compare_job", slow_job)
    draft, final = two_versions
    window = open_window()
    window.open_speech(final)
    window.registry.action(ActionId.COMPARE_WITH).trigger()
    chooser = chooser_of(qtbot, window)
    type_chinese(chooser.filter_edit, DRAFT)
    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(CompareWindow) is not None)
    compare = window.findChild(CompareWindow)
    qtbot.waitUntil(started.is_set)
    settled(qtbot, compare)  # the pages are shown while the comparison runs on
    assert compare.summary.text() == "Comparing…"
    assert window.running_work() == ["compare"]
    compare.close()
    qtbot.waitUntil(lambda: not window.running_work())
    assert cancelled.is_set()


def test_the_chooser_filters_as_one_types_and_moves_with_the_arrows(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    draft, final = two_versions
    window = open_window()
    window.open_speech(final)
    window.registry.action(ActionId.COMPARE_WITH).trigger()
    chooser = chooser_of(qtbot, window)
    # In the library's order for choosing (newest first: tests/core/storage/test_speech_choices).
    listed = [
        chooser.model.index(row, 0).data(SPEECH_ID) for row in range(chooser.model.rowCount())
    ]
    with open_library(window.session.library_path, create=False, daily_backup=False) as library:
        expected = [choice.speech_id for choice in speech_choices(library.db)]
    assert listed == [speech_id for speech_id in expected if speech_id != final]
    assert draft in listed
    type_chinese(chooser.filter_edit, "讲话")
    first = chooser.chosen_speech()
    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Down)
    assert chooser.chosen_speech() != first
    assert chooser.list.currentIndex().row() == 1
    type_chinese(chooser.filter_edit, "没有这样的标题")
    assert chooser.model.rowCount() == 0
    assert not chooser.ok_button.isEnabled()
    chooser.reject()
    assert window.findChild(CompareWindow) is None
