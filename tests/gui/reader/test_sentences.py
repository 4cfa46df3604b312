"""Selecting whole sentences in the reader: Ctrl+click (as in Word) and Select Sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.document import NodeKind, OutlineNode
from desktop.core.footnotes import find_footnotes
from desktop.core.records import SpeechContent
from desktop.gui.actions import ActionId
from desktop.gui.reader import ReaderView
from tests.gui.reader.conftest import BODY, body_offset, build_speech, shown_reader
from tests.gui.reader.helpers import char_point, drag_select, select_with_keys
from tests.gui.reader.test_footnotes import _article

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _ctrl_click(qtbot: QtBot, reader: ReaderView, offset: int) -> None:
    qtbot.mouseClick(reader.viewport(), LEFT, CTRL, char_point(reader, offset))


def test_ctrl_click_selects_the_sentence_and_1_highlights_it(
    qtbot: QtBot, reader: ReaderView
) -> None:
    text = reader.speech().text
    # The paragraph opens with 𠮷 (two UTF-16 units): the sentence after it, not a unit off.
    start = text.index("今天", body_offset(reader.speech()))
    end = text.index("。", start) + 1
    _ctrl_click(qtbot, reader, start + 10)
    assert reader.selected_range() == (start, end)
    qtbot.waitUntil(reader.selection_toolbar.isVisible)
    with qtbot.waitSignal(reader.highlight_requested) as made:
        qtbot.keyClick(reader, Qt.Key.Key_1)
    assert made.args == [start, end, "yellow"]


def test_ctrl_click_on_the_first_sentence_after_an_astral_character(
    qtbot: QtBot, reader: ReaderView
) -> None:
    text = reader.speech().text
    first = body_offset(reader.speech()) - 1  # 𠮷
    _ctrl_click(qtbot, reader, first + 2)
    assert reader.selected_range() == (first, text.index("。", first) + 1)
    assert reader.textCursor().selectedText() == "𠮷祥的开头。"


def test_ctrl_drag_takes_in_whole_sentences(qtbot: QtBot, reader: ReaderView) -> None:
    text = reader.speech().text
    start = text.index("今天", body_offset(reader.speech()))
    second = text.index("这次会议", start)
    viewport = reader.viewport()
    qtbot.mousePress(viewport, LEFT, CTRL, char_point(reader, start + 3))
    qtbot.mouseMove(viewport, char_point(reader, second + 3))
    qtbot.mouseRelease(viewport, LEFT, CTRL, char_point(reader, second + 3))
    assert reader.selected_range() == (start, text.index("。", second) + 1)
    qtbot.waitUntil(reader.selection_toolbar.isVisible)


def _glued_heading_speech() -> SpeechContent:
    """A heading run into its paragraph with no mark after it (一、…坚定的现在,…), as copies
    that lost the heading's line break read: the reader sets the heading's words in bold."""
    heading = "一、市委市政府的决心是坚定的"
    speech = build_speech(["在全市工作会上的讲话", heading + BODY, "第二段。" + BODY])
    start = speech.text.index(heading)
    node = OutlineNode(
        NodeKind.HEADING, 1, heading[2:], start, len(speech.text), start + len(heading), "一、"
    )
    return SpeechContent(record=speech.record, text=speech.text, outline=[node])


def test_a_sentence_after_a_glued_heading_leaves_the_heading_out(qtbot: QtBot) -> None:
    reader = shown_reader(qtbot, _glued_heading_speech(), focused=True)
    text = reader.speech().text
    after = text.index("今天")
    _ctrl_click(qtbot, reader, after + 5)
    assert reader.selected_range() == (after, text.index("。", after) + 1)
    # The heading's own words are a sentence of their own, and Select Sentence agrees.
    heading = text.index("一、")
    _ctrl_click(qtbot, reader, heading + 3)
    assert reader.selected_range() == (heading, after)
    select_with_keys(reader, after + 2, after + 2)
    reader.registry.action(ActionId.SELECT_SENTENCE).trigger()
    assert reader.selected_range() == (after, text.index("。", after) + 1)


def test_a_plain_click_still_selects_nothing(qtbot: QtBot, reader: ReaderView) -> None:
    start = body_offset(reader.speech()) + 10
    qtbot.mouseClick(reader.viewport(), LEFT, pos=char_point(reader, start))
    assert reader.selected_range() is None


def test_ctrl_click_on_a_note_mark_still_follows_it(qtbot: QtBot) -> None:
    reader = shown_reader(qtbot, _article(), focused=True)
    mark = find_footnotes(reader.speech().text).marks[0]
    _ctrl_click(qtbot, reader, mark.start)
    qtbot.waitUntil(lambda: reader.flashed_range() is not None)
    assert reader.flashed_range() == (mark.note.start, mark.note.end)
    assert reader.selected_range() is None


def test_select_sentence_takes_the_one_at_the_caret(qtbot: QtBot, reader: ReaderView) -> None:
    text = reader.speech().text
    start = text.index("这次会议", body_offset(reader.speech()))
    select_with_keys(reader, start + 4, start + 4)
    action = reader.registry.action(ActionId.SELECT_SENTENCE)
    assert action.isEnabled()
    action.trigger()
    assert reader.selected_range() == (
        start,
        start + len("这次会议的主要任务是统一思想、明确目标、落实责任。"),
    )
    qtbot.waitUntil(reader.selection_toolbar.isVisible)


def test_select_sentence_widens_a_selection_to_whole_sentences(
    qtbot: QtBot, reader: ReaderView
) -> None:
    text = reader.speech().text
    paragraph = text.index("第一,要加强思想教育。")
    drag_select(qtbot, reader, paragraph + 5, paragraph + 15)  # into the second sentence
    qtbot.keyClick(reader, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    end = text.index("。", paragraph + 11) + 1
    assert reader.selected_range() == (paragraph, end)
    assert text[paragraph:end] == "第一,要加强思想教育。" + BODY[: BODY.index("。") + 1]


def test_select_sentence_is_off_without_a_speech(qtbot: QtBot) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    assert not reader.registry.action(ActionId.SELECT_SENTENCE).isEnabled()


def test_a_quick_second_ctrl_click_selects_a_sentence_not_a_word(
    qtbot: QtBot, reader: ReaderView
) -> None:
    text = reader.speech().text
    start = text.index("这次会议", body_offset(reader.speech()))
    point = char_point(reader, start + 3)
    _ctrl_click(qtbot, reader, start + 3)
    qtbot.mouseDClick(reader.viewport(), LEFT, CTRL, point)
    qtbot.mouseRelease(reader.viewport(), LEFT, CTRL, point)
    assert reader.selected_range() == (start, text.index("。", start) + 1)
