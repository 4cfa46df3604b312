"""Selecting on from the text into the title painted over it, with Shift and the keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.reader import ReaderView
from desktop.gui.reader.title_plate import PLATE_DOCUMENT_NAME
from tests.gui.reader.conftest import shown_reader
from tests.gui.reader.helpers import char_point, compilation_speech

TITLE = "在全市优化营商环境大会上的讲话"
SHIFT = Qt.KeyboardModifier.ShiftModifier
Key = Qt.Key


def _copied(qtbot: QtBot, view: ReaderView) -> str:
    QGuiApplication.clipboard().setText("before")
    qtbot.keyClick(view, Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QApplication.clipboard().text()


def _click_before(qtbot: QtBot, view: ReaderView, offset: int) -> None:
    """Put the caret before the character at ``offset`` with a click on its left edge."""
    point = char_point(view, offset)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point - QPoint(6, 0))
    assert view.textCursor().position() == offset


def _plate_point(view: ReaderView, index: int) -> QPoint:
    """A viewport point on the left of the title's character ``index``."""
    plate = view.document().findChild(QTextDocument, PLATE_DOCUMENT_NAME)
    line = plate.firstBlock().layout().lineForTextPosition(index)
    left, right = line.cursorToX(index)[0], line.cursorToX(index + 1)[0]
    margin = view.document().documentMargin()
    y = margin + line.y() + line.height() / 2 - view.verticalScrollBar().value()
    return QPoint(round(margin + left + (right - left) / 4), round(y))


def _keys(qtbot: QtBot, view: ReaderView, key: Key, times: int = 1, modifiers=SHIFT) -> None:
    for _ in range(times):
        qtbot.keyClick(view, key, modifiers)


def test_shift_left_runs_on_from_the_texts_start_into_the_title(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _click_before(qtbot, view, 6)
    _keys(qtbot, view, Key.Key_Left, 6)
    assert view.selected_range() == (0, 6)
    assert view.plate_selected_text() == ""
    _keys(qtbot, view, Key.Key_Left, 2)  # over the joint: the title's last two characters
    assert _copied(qtbot, view) == TITLE[-2:] + "\n" + content.text[:6]
    assert view.selected_range() == (0, 6), "the text's part stays selected from its anchor"
    # The highlight takes the text's part only: the title is not in the canonical text.
    with qtbot.waitSignal(view.highlight_requested) as blocker:
        view.registry.action(ActionId.HIGHLIGHT_1).trigger()
    assert blocker.args[:2] == [0, 6]


def test_shift_right_comes_back_over_the_joint(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _click_before(qtbot, view, 6)
    _keys(qtbot, view, Key.Key_Left, 9)
    assert view.plate_selected_text() == TITLE[-3:]
    _keys(qtbot, view, Key.Key_Right, 3)  # back to the joint: the title's part is gone
    assert view.plate_selected_text() == ""
    assert _copied(qtbot, view) == content.text[:6]
    _keys(qtbot, view, Key.Key_Right, 2)  # and on into the text, from its anchor
    assert view.selected_range() == (2, 6)


def test_shift_up_from_the_first_line_takes_the_titles_line(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _click_before(qtbot, view, 2)
    _keys(qtbot, view, Key.Key_Up)  # to the first line's start, as in any editor
    assert view.selected_range() == (0, 2)
    _keys(qtbot, view, Key.Key_Up)  # on up: the title's line above
    assert _copied(qtbot, view) == TITLE + "\n" + content.text[:2]
    _keys(qtbot, view, Key.Key_Down)  # back down to the joint
    assert _copied(qtbot, view) == content.text[:2]


def test_ctrl_shift_home_selects_to_the_titles_start(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _click_before(qtbot, view, 30)
    _keys(qtbot, view, Key.Key_Home, modifiers=SHIFT | Qt.KeyboardModifier.ControlModifier)
    assert _copied(qtbot, view) == TITLE + "\n" + content.text[:30]
    assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()
    _keys(qtbot, view, Key.Key_Right, 2)  # the moving end is in the title: it moves there
    assert _copied(qtbot, view) == TITLE[2:] + "\n" + content.text[:30]


def test_a_plain_arrow_drops_the_titles_part_too(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _click_before(qtbot, view, 3)
    _keys(qtbot, view, Key.Key_Left, 5)
    assert view.plate_selected_text() == TITLE[-2:]
    _keys(qtbot, view, Key.Key_Right, modifiers=Qt.KeyboardModifier.NoModifier)
    assert view.plate_selected_text() == ""
    assert view.selected_range() is None


def test_shift_keys_from_a_caret_clicked_into_the_title(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_plate_point(view, 4))
    _keys(qtbot, view, Key.Key_Right, 2)
    assert _copied(qtbot, view) == TITLE[4:6]
    _keys(qtbot, view, Key.Key_End, modifiers=SHIFT | Qt.KeyboardModifier.ControlModifier)
    assert _copied(qtbot, view) == TITLE[4:] + "\n" + content.text


def test_shift_click_on_the_title_extends_the_selection_into_it(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _click_before(qtbot, view, 6)
    viewport = view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, SHIFT, _plate_point(view, 4))
    assert _copied(qtbot, view) == TITLE[4:] + "\n" + content.text[:6]
    assert view.selected_range() == (0, 6)
    # Shift+click back in the text: from the same anchor, the title's part dropped.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, SHIFT, char_point(view, 2))
    assert view.plate_selected_text() == ""
    assert view.selected_range() is not None
    assert view.selected_range()[1] == 6


def test_a_click_in_the_title_then_shift_click_in_the_text_selects_both(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    viewport = view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_plate_point(view, 4))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, SHIFT, char_point(view, 6) - QPoint(6, 0))
    assert view.selected_range() == (0, 6)
    assert _copied(qtbot, view) == TITLE[4:] + "\n" + content.text[:6]


_WORDS = ("同志们", "全市", "优化", "营商环境", "大会", "讲话")


def _words(text: str, offset: int) -> tuple[int, int] | None:
    """A stand-in for jieba: the words above where they are, no word elsewhere."""
    for word in _WORDS:
        start = text.find(word, max(0, offset - len(word) + 1))
        if 0 <= start <= offset < start + len(word):
            return start, start + len(word)
    return None


def test_ctrl_shift_arrows_take_the_titles_words_as_the_texts(qtbot: QtBot) -> None:
    # Into the title Qt's word moves were used: the whole title at once (no words in Chinese
    # for Qt), where the text goes by jieba's words.
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    view.word_range_provider = _words
    ctrl_shift = SHIFT | Qt.KeyboardModifier.ControlModifier
    _click_before(qtbot, view, 3)
    _keys(qtbot, view, Key.Key_Left, modifiers=ctrl_shift)
    assert view.selected_range() == (0, 3), "同志们, a word of the text"
    _keys(qtbot, view, Key.Key_Left, modifiers=ctrl_shift)
    assert view.plate_selected_text() == "讲话", "the title's last word, not all of it"
    _keys(qtbot, view, Key.Key_Left, 2, modifiers=ctrl_shift)
    assert view.plate_selected_text() == "上的讲话", "a character where there is no word"
    _keys(qtbot, view, Key.Key_Left, modifiers=ctrl_shift)
    assert view.plate_selected_text() == "大会上的讲话"
    _keys(qtbot, view, Key.Key_Left, modifiers=ctrl_shift)
    assert view.plate_selected_text() == "营商环境大会上的讲话"
    _keys(qtbot, view, Key.Key_Right, modifiers=ctrl_shift)
    assert view.plate_selected_text() == "大会上的讲话"
    assert view.selected_range() == (0, 3), "the text's part kept from its anchor"


def test_ctrl_shift_left_into_the_title_goes_by_characters_while_jieba_loads(
    qtbot: QtBot,
) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _click_before(qtbot, view, 0)
    _keys(qtbot, view, Key.Key_Left, modifiers=SHIFT | Qt.KeyboardModifier.ControlModifier)
    assert view.plate_selected_text() == TITLE[-1], "as the text's Ctrl+arrows go meanwhile"
