"""Tests for desktop/gui/reader/events.py: the reader used from the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QCursor
from pytestqt.qtbot import QtBot

from desktop.core.offsets import Utf16Map
from desktop.gui.reader import ReaderView
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.reader.conftest import (
    blank_reader,
    body_offset,
    build_speech,
    long_speech,
    make_annotation,
)
from tests.gui.reader.helpers import (
    caret_offset,
    char_point,
    keyboard_caret_mid_line,
    line_of,
    page_offsets,
    select_with_keys,
)


def _global_rect(reader: ReaderView, start: int, end: int) -> QRect:
    first, last = char_point(reader, start), char_point(reader, end - 1)
    rect = QRect(first, last).normalized().adjusted(-30, -30, 30, 30)
    return QRect(reader.viewport().mapToGlobal(rect.topLeft()), rect.size())


@MENU_ON_OFFSCREEN
@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_the_menu_key_opens_the_selections_menu_at_the_selection(
    qtbot: QtBot, reader: ReaderView, menus: MenuSpy, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    start = body_offset(reader.speech())
    select_with_keys(reader, start, start + 4)
    QCursor.setPos(reader.mapToGlobal(QPoint(2, 2)))  # the mouse rests far from the words
    qtbot.keyClick(reader, key, modifiers)
    assert len(menus.opened) == 1
    point, names = menus.opened[0]
    assert names[:5] == [f"action_highlight_{n}" for n in range(1, 6)]
    assert _global_rect(reader, start, start + 4).contains(point), "opened at the selection"


@MENU_ON_OFFSCREEN
def test_the_menu_key_on_a_highlight_under_the_caret_offers_to_delete_it(
    qtbot: QtBot, reader: ReaderView, menus: MenuSpy
) -> None:
    speech = reader.speech()
    start = body_offset(speech)
    reader.set_annotations([make_annotation(speech, start, start + 6, id="h1")])
    select_with_keys(reader, start + 2, start + 2)
    qtbot.keyClick(reader, Qt.Key.Key_Menu)
    ((point, names),) = menus.opened
    assert names[-1] == "action_delete_annotation"
    assert _global_rect(reader, start, start + 6).contains(point)


def test_keys_act_on_the_highlight_the_caret_moved_into_not_the_one_clicked_before(
    qtbot: QtBot, reader: ReaderView
) -> None:
    speech = reader.speech()
    start = body_offset(speech)
    first = make_annotation(speech, start, start + 4, id="first")
    second = make_annotation(speech, start + 8, start + 12, "green", id="second")
    reader.set_annotations([first, second])
    with qtbot.waitSignal(reader.annotation_clicked):
        qtbot.mouseClick(
            reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 1)
        )
    for _ in range(8):
        qtbot.keyClick(reader, Qt.Key.Key_Right)
    caret = Utf16Map(speech.text).to_str(reader.textCursor().position())
    assert reader.annotations_at(caret) == ["second"]
    with qtbot.waitSignal(reader.annotation_color_requested) as recoloured:
        qtbot.keyClick(reader, Qt.Key.Key_3)
    assert recoloured.args == ["second", "blue"]
    with qtbot.waitSignal(reader.annotation_delete_requested) as deleted:
        qtbot.keyClick(reader, Qt.Key.Key_Delete)
    assert deleted.args == ["second"]


@pytest.mark.parametrize("key", [Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Down])
def test_paging_after_a_jump_goes_on_from_the_page_shown_not_from_the_caret_left_above(
    qtbot: QtBot, reader: ReaderView, key: Qt.Key
) -> None:
    speech = reader.speech()
    reader.scroll_to_offset(speech.text.index("第30段"))
    shown = reader.verticalScrollBar().value()
    page = reader.viewport().height()
    qtbot.keyClick(reader, key)
    # The caret was left at the title: paging from it threw the reader back to the top.
    assert abs(reader.verticalScrollBar().value() - shown) <= page


@pytest.mark.parametrize(("key", "at_end"), [(Qt.Key.Key_Home, False), (Qt.Key.Key_End, True)])
def test_ctrl_home_and_ctrl_end_show_the_very_top_and_bottom_of_the_page(
    qtbot: QtBot, reader: ReaderView, key: Qt.Key, at_end: bool
) -> None:
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.keyClick(reader, key, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == (bar.maximum() if at_end else bar.minimum())


@pytest.mark.parametrize(("key", "at_end"), [(Qt.Key.Key_Home, False), (Qt.Key.Key_End, True)])
def test_plain_home_and_end_go_to_the_top_and_bottom_of_the_speech(
    qtbot: QtBot, reader: ReaderView, key: Qt.Key, at_end: bool
) -> None:
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.keyClick(reader, key)
    assert bar.value() == (bar.maximum() if at_end else bar.minimum())
    assert not reader.textCursor().hasSelection()


def test_home_and_end_move_a_caret_the_keys_showed_to_its_lines_start_and_end(
    qtbot: QtBot, reader: ReaderView
) -> None:
    line = keyboard_caret_mid_line(qtbot, reader)
    shown = reader.verticalScrollBar().value()
    caret_top = reader.caret_rect().top()
    qtbot.keyClick(reader, Qt.Key.Key_End)
    assert caret_offset(reader) == line[1], "to the line's end, not the speech's bottom"
    assert reader.caret_rect().top() == caret_top, "drawn on its line, not the next's start"
    assert reader.caret_rect().left() > reader.viewport().width() // 2
    qtbot.keyClick(reader, Qt.Key.Key_End)
    assert caret_offset(reader) == line[1], "a second End stays at the line's end"
    qtbot.keyClick(reader, Qt.Key.Key_Home)
    assert caret_offset(reader) == line[0], "back to the start of the same line"
    assert reader.caret_rect().top() == caret_top
    assert reader.verticalScrollBar().value() == shown
    assert not reader.textCursor().hasSelection()
    assert reader.cursorWidth() > 0


def test_down_from_a_lines_end_goes_one_line_down_each_time(
    qtbot: QtBot, reader: ReaderView
) -> None:
    keyboard_caret_mid_line(qtbot, reader)
    qtbot.keyClick(reader, Qt.Key.Key_End)
    rect = reader.caret_rect()
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_Down)
        below = reader.caret_rect()
        assert 0 < below.top() - rect.top() < 1.5 * rect.height(), "the line below, not two"
        assert below.left() > reader.viewport().width() // 2, "near its end, as it was"
        rect = below


def _end_on_the_last_line_shown(qtbot: QtBot, reader: ReaderView) -> tuple[int, int]:
    """End on a wrapped line, then the page scrolled so that line is the last one shown (the
    next line's start, where Qt puts the caret, below the page); that line's ends."""
    line = keyboard_caret_mid_line(qtbot, reader)
    qtbot.keyClick(reader, Qt.Key.Key_End)
    bar = reader.verticalScrollBar()
    bar.setValue(bar.value() + reader.caret_rect().bottom() - reader.viewport().height() + 2)
    page = reader.viewport().rect()
    assert page.contains(reader.caret_rect())
    assert not page.intersects(reader.cursorRect()), "Qt's place for it is off the page"
    return line


@pytest.mark.parametrize("key", [Qt.Key.Key_Up, Qt.Key.Key_Home])
def test_keys_from_a_line_end_on_the_last_line_shown_stay_on_that_line(
    qtbot: QtBot, reader: ReaderView, key: Qt.Key
) -> None:
    # The caret was taken for one off the page (Qt's place for it, the next line's start) and
    # put on the first line shown: ↑ or Home went on from the page's top.
    line = _end_on_the_last_line_shown(qtbot, reader)
    drawn = reader.caret_rect()
    qtbot.keyClick(reader, key)
    if key == Qt.Key.Key_Home:
        assert caret_offset(reader) == line[0]
    else:
        assert 0 < drawn.top() - reader.caret_rect().top() < 1.5 * drawn.height(), "a line up"


def test_the_keyboard_coming_back_finds_the_caret_at_a_line_end_on_the_last_line_shown(
    qtbot: QtBot, reader: ReaderView
) -> None:
    line = _end_on_the_last_line_shown(qtbot, reader)
    reader.clearFocus()
    reader.setFocus(Qt.FocusReason.ShortcutFocusReason)  # Escape or F6 back to the page
    qtbot.waitUntil(reader.hasFocus)
    assert caret_offset(reader) == line[1], "where it was left, not the page's first line"
    assert reader.caret_rect().left() > reader.viewport().width() // 2


def test_end_after_a_zoom_rewrapped_a_line_end_goes_to_the_new_lines_end(
    qtbot: QtBot, reader: ReaderView
) -> None:
    # The place End had held at a line's end was taken for one still: End did nothing.
    keyboard_caret_mid_line(qtbot, reader)
    qtbot.keyClick(reader, Qt.Key.Key_End)
    held = caret_offset(reader)
    reader.set_font_size(reader.font_size + 4)  # the lines wrap anew: ``held`` is mid-line
    line = line_of(reader, reader.textCursor().position())
    assert line[0] < held < line[1]
    qtbot.keyClick(reader, Qt.Key.Key_End)
    assert caret_offset(reader) == line[1], "to the end of the line it is on now"


def test_shift_home_at_a_lines_end_selects_that_line(qtbot: QtBot, reader: ReaderView) -> None:
    line = keyboard_caret_mid_line(qtbot, reader)
    qtbot.keyClick(reader, Qt.Key.Key_End)
    qtbot.keyClick(reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert reader.selected_range() == line


def test_home_after_end_with_the_caret_hidden_goes_back_to_the_top(
    qtbot: QtBot, reader: ReaderView
) -> None:
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.keyClick(reader, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(reader, Qt.Key.Key_Home)
    assert bar.value() == bar.minimum()


def test_shift_end_and_shift_home_still_select_to_the_lines_ends(
    qtbot: QtBot, reader: ReaderView
) -> None:
    text = reader.speech().text
    start = text.index("第30段") + 2
    reader.scroll_to_offset(start)
    select_with_keys(reader, start, start)
    shown = reader.verticalScrollBar().value()
    qtbot.keyClick(reader, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    selected = reader.selected_range()
    assert selected is not None
    assert selected[0] == start
    assert "\n" not in text[start : selected[1]], "to the line's end, not the speech's"
    qtbot.keyClick(reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert reader.verticalScrollBar().value() == shown


def test_reports_whether_the_last_line_is_shown(reader: ReaderView) -> None:
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert not reader.shows_end()
    bar.setValue(bar.maximum())
    assert reader.shows_end()


def test_a_speech_shorter_than_the_page_shows_its_end(qtbot: QtBot) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 700)
    reader.show_speech(build_speech(["标题", "第一段。", "第二段。"]))
    reader.show()
    qtbot.waitExposed(reader)
    assert reader.shows_end()


def test_asking_for_the_end_lays_out_only_the_page_of_a_long_speech(qtbot: QtBot) -> None:
    reader = blank_reader(qtbot)
    reader.show_speech(long_speech(body_times=4))
    assert not reader.shows_end()
    # Qt lays the rest out bit by bit later; the answer did not need it now.
    assert reader.document().lastBlock().layout().lineCount() == 0


@MENU_ON_OFFSCREEN
def test_the_menu_key_after_a_highlight_is_made_acts_on_that_highlight(
    qtbot: QtBot, reader: ReaderView, menus: MenuSpy
) -> None:
    """1–5 leave the caret at the new highlight's end, just outside it: the menu opened there
    is about it, while Delete and the colour keys still act only on a highlight the caret is in."""
    speech = reader.speech()
    start = body_offset(speech)
    select_with_keys(reader, start, start + 6)
    with qtbot.waitSignal(reader.highlight_requested) as made:
        qtbot.keyClick(reader, Qt.Key.Key_2)
    assert made.args == [start, start + 6, "green"]
    reader.set_annotations([make_annotation(speech, start, start + 6, "green", id="made")])
    menus.chosen = "action_delete_annotation"
    with qtbot.waitSignal(reader.annotation_delete_requested) as deleted:
        qtbot.keyClick(reader, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert deleted.args == ["made"]
    names = menus.opened[0][1]
    assert names[:5] == [f"action_highlight_{n}" for n in range(1, 6)]
    with qtbot.assertNotEmitted(reader.annotation_delete_requested):
        qtbot.keyClick(reader, Qt.Key.Key_Delete)
    with qtbot.assertNotEmitted(reader.annotation_color_requested):
        qtbot.keyClick(reader, Qt.Key.Key_3)


# Word by word: Ctrl+→, Ctrl+←, with Shift to select ------------------------------------------

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _pairs(text: str, offset: int) -> tuple[int, int]:
    """A stand-in for jieba: each paragraph cut into words of two characters."""
    line = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    start = line + (offset - line) // 2 * 2
    return start, min(start + 2, len(text) if end < 0 else end)


def test_ctrl_shift_right_selects_word_by_word_with_jieba(qtbot: QtBot, reader: ReaderView) -> None:
    """Qt finds no words in Chinese: Ctrl+Shift+→ selected the whole paragraph at once."""
    reader.word_range_provider = _pairs
    text = reader.speech().text
    start = body_offset(reader.speech()) - 1  # 𠮷: two UTF-16 units, one character
    select_with_keys(reader, start, start)
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL_SHIFT)
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL_SHIFT)
    assert reader.selected_range() == (start, start + 4)
    assert text[start : start + 4] == "𠮷祥的开"
    qtbot.keyClick(reader, Qt.Key.Key_Left, CTRL_SHIFT)
    assert reader.selected_range() == (start, start + 2)
    qtbot.keyClick(reader, Qt.Key.Key_Left, CTRL_SHIFT)
    assert reader.selected_range() is None


def test_ctrl_arrows_move_the_caret_a_character_while_jieba_loads(
    qtbot: QtBot, reader: ReaderView
) -> None:
    start = body_offset(reader.speech()) - 1
    utf16 = Utf16Map(reader.speech().text)
    select_with_keys(reader, start, start)
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL_SHIFT)
    assert reader.selected_range() == (start, start + 1)
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL)
    assert reader.textCursor().position() == utf16.to_utf16(start + 2)
    assert not reader.textCursor().hasSelection()
    qtbot.keyClick(reader, Qt.Key.Key_Left, CTRL)
    qtbot.keyClick(reader, Qt.Key.Key_Left, CTRL)
    qtbot.keyClick(reader, Qt.Key.Key_Left, CTRL)
    assert reader.textCursor().position() == utf16.to_utf16(start - 1), "the line break before"


def test_the_keyboard_coming_back_finds_the_caret_on_the_passage_jumped_to(
    qtbot: QtBot, reader: ReaderView
) -> None:
    speech = reader.speech()
    start = body_offset(speech) + 3
    reader.set_annotations([make_annotation(speech, start, start + 4, id="h1")])
    qtbot.keyClick(reader, Qt.Key.Key_Down)  # a caret the keys showed, in sight on the page
    reader.clearFocus()  # the keyboard in the annotations list
    reader.put_caret(start)  # its jump to the passage, on this page
    reader.setFocus(Qt.FocusReason.ShortcutFocusReason)  # Escape or F6 back to the page
    qtbot.waitUntil(reader.hasFocus)
    assert page_offsets(reader).to_str(reader.textCursor().position()) == start
    with qtbot.waitSignal(reader.annotation_color_requested) as recoloured:
        qtbot.keyClick(reader, Qt.Key.Key_3)
    assert recoloured.args == ["h1", "blue"]


def test_ctrl_down_and_ctrl_up_go_by_paragraph(qtbot: QtBot, reader: ReaderView) -> None:
    text = reader.speech().text
    start = text.index("第30段")
    reader.scroll_to_offset(start)
    select_with_keys(reader, start + 5, start + 5)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(reader, Qt.Key.Key_Down, control)
    assert caret_offset(reader) == text.index("第31段"), "the next paragraph's start"
    assert reader.viewport().rect().intersects(reader.caret_rect()), "in sight"
    qtbot.keyClick(reader, Qt.Key.Key_Right)
    qtbot.keyClick(reader, Qt.Key.Key_Up, control)
    assert caret_offset(reader) == text.index("第31段"), "back to this paragraph's start"
    qtbot.keyClick(reader, Qt.Key.Key_Up, control)
    assert caret_offset(reader) == start, "then the one before"
    shift = control | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(reader, Qt.Key.Key_Down, shift)
    assert reader.selected_range() == (start, text.index("第31段")), "Shift selects it whole"


def test_the_keyboard_coming_back_after_a_jump_leaves_a_line_end_for_the_passage(
    qtbot: QtBot, reader: ReaderView
) -> None:
    # The caret that End left at a wrapped line's end stayed there: 1-5, N and the menu key
    # acted where it was, not on the passage the list had just shown.
    speech = reader.speech()
    start = speech.text.index("第30段") + 2
    reader.scroll_to_offset(start)
    select_with_keys(reader, start, start)
    qtbot.keyClick(reader, Qt.Key.Key_Right)
    qtbot.keyClick(reader, Qt.Key.Key_End)
    passage = start + 12  # on the page, a line or so below
    reader.set_annotations([make_annotation(speech, passage, passage + 4, id="h1")])
    reader.clearFocus()  # the keyboard in the annotations list
    reader.put_caret(passage)  # its jump to the passage, on this page
    reader.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(reader.hasFocus)
    assert page_offsets(reader).to_str(reader.textCursor().position()) == passage
    assert reader.caret_rect() == reader.cursorRect(), "Qt draws the caret there"
    with qtbot.waitSignal(reader.annotation_color_requested) as recoloured:
        qtbot.keyClick(reader, Qt.Key.Key_3)
    assert recoloured.args == ["h1", "blue"]
