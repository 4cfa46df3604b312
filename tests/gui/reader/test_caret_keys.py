"""Tests for desktop/gui/reader/caret_keys.py: the caret at a wrapped line's end, ↑ and ↓
keeping its column, its blinking."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetricsF, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.records import SpeechContent
from desktop.gui.reader import ReaderView
from desktop.gui.reader.line_hints import BREAK
from tests.gui.reader.conftest import BODY, build_speech, shown_reader
from tests.gui.reader.helpers import (
    caret_offset,
    keyboard_caret_mid_line,
    line_end_caret_drawn,
    line_of,
    page_offsets,
    select_with_keys,
)

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _line_below(reader: ReaderView, line: tuple[int, int]) -> tuple[int, int]:
    """The ``str`` ends of the line after ``line`` (a wrapped line's end is the next's start)."""
    return line_of(reader, page_offsets(reader).to_utf16(line[1]))


def _near(a: QRect, b: QRect, reader: ReaderView) -> bool:
    """Whether two carets are in the same column: the nearest places, less than a (justified)
    character's half apart."""
    em = QFontMetricsF(reader.document().defaultFont()).horizontalAdvance("中")
    return abs(a.left() - b.left()) < 0.6 * em


def _mid_paragraph_caret(qtbot: QtBot, reader: ReaderView) -> tuple[int, int]:
    """A caret the keys showed on a wrapped paragraph's second line; the ends of its line."""
    keyboard_caret_mid_line(qtbot, reader)
    qtbot.keyClick(reader, Key.Key_Down)
    return line_of(reader, reader.textCursor().position())


def test_down_from_a_lines_end_goes_to_the_end_of_the_line_below(
    qtbot: QtBot, reader: ReaderView
) -> None:
    # Qt put it before the line's last character: its end is the next line's start for Qt.
    line = keyboard_caret_mid_line(qtbot, reader)
    below = _line_below(reader, line)
    qtbot.keyClick(reader, Key.Key_End)
    drawn = reader.caret_rect()
    qtbot.keyClick(reader, Key.Key_Down)
    assert caret_offset(reader) == below[1], "the end of the line below"
    assert 0 < reader.caret_rect().top() - drawn.top() < 1.5 * drawn.height(), "a line down"
    assert _near(reader.caret_rect(), drawn, reader), (
        "drawn at that line's end, not the next's start"
    )
    qtbot.keyClick(reader, Key.Key_Up)
    assert caret_offset(reader) == line[1], "and back up to where it was"
    assert reader.caret_rect() == drawn


def test_up_from_a_lines_end_goes_to_the_end_of_the_line_above(
    qtbot: QtBot, reader: ReaderView
) -> None:
    line = _mid_paragraph_caret(qtbot, reader)
    qtbot.keyClick(reader, Key.Key_End)
    drawn = reader.caret_rect()
    qtbot.keyClick(reader, Key.Key_Up)
    assert caret_offset(reader) == line[0], "the end of the line above: where this one starts"
    assert 0 < drawn.top() - reader.caret_rect().top() < 1.5 * drawn.height(), "a line up"
    assert _near(reader.caret_rect(), drawn, reader)


@pytest.mark.parametrize("key", [Key.Key_Down, Key.Key_Up])
def test_shift_up_and_down_from_a_lines_end_select_to_a_lines_end(
    qtbot: QtBot, reader: ReaderView, key: Key
) -> None:
    line = _mid_paragraph_caret(qtbot, reader)
    below = _line_below(reader, line)
    qtbot.keyClick(reader, Key.Key_End)
    qtbot.keyClick(reader, key, SHIFT)
    if key == Key.Key_Down:
        assert reader.selected_range() == (line[1], below[1]), "the line below, whole"
        qtbot.keyClick(reader, key, SHIFT)  # from that line's end: the next line, not two on
        assert reader.selected_range() == (line[1], _line_below(reader, below)[1])
    else:
        assert reader.selected_range() == line, "this line, whole"


def test_down_keeps_the_lines_end_column_past_a_paragraphs_short_last_line(
    qtbot: QtBot, reader: ReaderView
) -> None:
    text = reader.speech().text
    paragraph_end = text.index("第31段") - 1
    keyboard_caret_mid_line(qtbot, reader)  # in 第30段's first line
    qtbot.keyClick(reader, Key.Key_End)
    column = reader.caret_rect()
    for _ in range(12):
        qtbot.keyClick(reader, Key.Key_Down)
        if caret_offset(reader) == paragraph_end:
            break
    assert caret_offset(reader) == paragraph_end, "at the end of its short last line"
    assert reader.caret_rect().left() < column.left() - 50, "a short line"
    next_line = line_of(reader, page_offsets(reader).to_utf16(paragraph_end + 1))
    qtbot.keyClick(reader, Key.Key_Down)
    assert caret_offset(reader) == next_line[1], "the next paragraph's first line's end"
    assert _near(reader.caret_rect(), column, reader), "in the column it was sent to"


def test_down_from_mid_line_keeps_qts_column(qtbot: QtBot, reader: ReaderView) -> None:
    line = keyboard_caret_mid_line(qtbot, reader)
    drawn = reader.caret_rect()
    qtbot.keyClick(reader, Key.Key_Down)
    assert line[1] < caret_offset(reader) < _line_below(reader, line)[1]
    assert _near(reader.caret_rect(), drawn, reader)
    assert reader.caret_rect() == reader.cursorRect(), "Qt draws it"


@pytest.fixture
def flash_time() -> Iterator[Callable[[int], None]]:
    """Set the application's caret flash time for a test; the one before comes back after."""
    before = QApplication.cursorFlashTime()
    yield QApplication.setCursorFlashTime
    QApplication.setCursorFlashTime(before)


def test_the_caret_at_a_lines_end_blinks_on_the_flash_timer(
    qtbot: QtBot, reader: ReaderView, flash_time: Callable[[int], None]
) -> None:
    # Qt blinks the caret it draws; the one drawn at a line's end stayed on.
    flash_time(200)
    keyboard_caret_mid_line(qtbot, reader)
    qtbot.keyClick(reader, Key.Key_End)
    assert line_end_caret_drawn(reader), "on at once, as after any move"
    assert reader.line_end_caret_blinks()
    qtbot.waitUntil(lambda: not line_end_caret_drawn(reader))
    qtbot.waitUntil(lambda: line_end_caret_drawn(reader))
    painted = QRegion()  # (not grabbed meanwhile: a grab paints the whole page)
    spy = _PaintSpy(reader.viewport(), painted)
    qtbot.waitUntil(lambda: painted.intersects(reader.caret_rect()))
    spy.remove()
    # Its rectangle only (and Qt's own caret's, which Qt blinks unseen at the next line's start).
    allowed = QRegion(reader.caret_rect().adjusted(-2, -2, 2, 2))
    allowed += QRegion(reader.cursorRect().adjusted(-8, -8, 8, 8))
    assert not painted.isEmpty()
    assert painted.subtracted(allowed).isEmpty(), "not the whole page"


def test_the_caret_at_a_lines_end_stops_blinking_when_the_page_loses_the_focus(
    qtbot: QtBot, reader: ReaderView, flash_time: Callable[[int], None]
) -> None:
    flash_time(200)
    keyboard_caret_mid_line(qtbot, reader)
    qtbot.keyClick(reader, Key.Key_End)
    reader.clearFocus()
    qtbot.waitUntil(lambda: not reader.hasFocus())
    assert not reader.line_end_caret_blinks()
    assert not line_end_caret_drawn(reader)
    reader.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(reader.hasFocus)
    assert reader.line_end_caret_blinks(), "the focus back: it blinks again"
    assert line_end_caret_drawn(reader), "from on"
    qtbot.waitUntil(lambda: not line_end_caret_drawn(reader))


def test_the_caret_at_a_lines_end_is_steady_when_the_flash_time_is_zero(
    qtbot: QtBot, reader: ReaderView, flash_time: Callable[[int], None]
) -> None:
    flash_time(0)
    keyboard_caret_mid_line(qtbot, reader)
    qtbot.keyClick(reader, Key.Key_End)
    assert line_end_caret_drawn(reader)
    assert not reader.line_end_caret_blinks()


class _PaintSpy(QObject):
    """Adds up the region of every paint event of ``widget`` into ``region``."""

    def __init__(self, widget: QWidget, region: QRegion) -> None:
        super().__init__(widget)
        self._widget, self._region = widget, region
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._region += event.region()
        return False

    def remove(self) -> None:
        self._widget.removeEventFilter(self)


QUOTES = (
    "我们要深化“放管服”改革，推进“最多跑一次”、“一网通办”、“一件事一次办”，"
    "做到“马上办”“网上办”“就近办”，"
)
"""A paragraph with line-break hints at its quotation marks (``line_hints``: 、“ and ”“)."""


def _wrap_at_a_hint(reader: ReaderView) -> int:
    """The ``str`` offset of the first opening quote a line wraps before at its hint (the
    hint ends the line above it)."""
    document = reader.document()
    document.documentLayout().blockBoundingRect(document.lastBlock())  # all of it laid out
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount() - 1):
            line = layout.lineAt(number)
            end = line.textStart() + line.textLength()
            if block.text()[end - 1] == BREAK:
                return page_offsets(reader).to_str(block.position() + end)
        block = block.next()
    raise AssertionError("no line wraps at a hint")


def test_right_over_a_lines_last_character_before_a_quote_hint_goes_to_the_next_lines_start(
    qtbot: QtBot,
) -> None:
    # It stopped at the line's end (the hint's near side), then went on to just after the next
    # line's “: never before it, where a line wrapping with no hint puts the caret.
    speech = build_speech(["题目", *["甲" * n + QUOTES * 2 for n in range(24)]])
    reader = shown_reader(qtbot, speech, focused=True)
    quote = _wrap_at_a_hint(reader)
    assert speech.text[quote] == "“"
    reader.scroll_to_offset(quote)
    select_with_keys(reader, quote - 2, quote - 2)
    qtbot.keyClick(reader, Key.Key_Right)  # over the line's last but one character
    line_end = reader.caret_rect()
    qtbot.keyClick(reader, Key.Key_Right)  # over its last: 、 or ”
    assert caret_offset(reader) == quote
    start = reader.caret_rect()
    assert start.top() > line_end.top(), "at the next line's start, as a wrap without a hint"
    assert start.left() < line_end.left()
    qtbot.keyClick(reader, Key.Key_Right)
    assert caret_offset(reader) == quote + 1, "over the “"
    assert reader.caret_rect().top() == start.top()
    assert reader.caret_rect().left() > start.left()
    qtbot.keyClick(reader, Key.Key_Left)
    assert (caret_offset(reader), reader.caret_rect()) == (quote, start), "and back, a step each"
    qtbot.keyClick(reader, Key.Key_Left)
    assert caret_offset(reader) == quote - 1
    assert reader.caret_rect().top() == line_end.top()


# The first and last lines: ↑ and ↓ go to their start and end from any column ----------------


def _first_line_end_caret(qtbot: QtBot, reader: ReaderView) -> tuple[int, int]:
    """A caret that End left at the end of the speech's first line (a wrapped one)."""
    select_with_keys(reader, 3, 3)
    qtbot.keyClick(reader, Key.Key_Right)
    qtbot.keyClick(reader, Key.Key_End)
    line = line_of(reader, 0)
    assert caret_offset(reader) == line[1]
    assert reader.caret_rect() != reader.cursorRect(), "drawn at the first line's end"
    return line


def _wrapped_first_paragraph(title: str | None = None) -> SpeechContent:
    speech = build_speech([BODY * 3, BODY])
    if title is not None:  # a title none of its lines holds: painted over the text
        speech = replace(speech, record=speech.record._replace(title=title))
    return speech


def test_up_from_the_first_lines_end_goes_to_its_start(qtbot: QtBot) -> None:
    # It stayed put; from any other column Shift+↑ went to the line's start, as in an editor.
    reader = shown_reader(qtbot, _wrapped_first_paragraph(), focused=True)
    _first_line_end_caret(qtbot, reader)
    qtbot.keyClick(reader, Key.Key_Up)
    assert caret_offset(reader) == 0
    assert reader.caret_rect() == reader.cursorRect(), "drawn where Qt draws it"
    line = _first_line_end_caret(qtbot, reader)
    qtbot.keyClick(reader, Key.Key_Up, SHIFT)
    assert reader.selected_range() == (0, line[1]), "Shift selects the line, whole"


def test_up_and_down_on_the_first_and_last_lines_go_to_their_ends_from_mid_line(
    qtbot: QtBot,
) -> None:
    speech = _wrapped_first_paragraph()
    reader = shown_reader(qtbot, speech, focused=True)
    select_with_keys(reader, 3, 3)
    qtbot.keyClick(reader, Key.Key_Right)
    qtbot.keyClick(reader, Key.Key_Up)
    assert caret_offset(reader) == 0, "as Shift+↑ selects to there"
    select_with_keys(reader, len(speech.text) - 3, len(speech.text) - 3)
    qtbot.keyClick(reader, Key.Key_Down)
    assert caret_offset(reader) == len(speech.text)


def test_shift_up_from_the_first_lines_end_goes_on_into_the_title(qtbot: QtBot) -> None:
    title = "在某某工作会议上的讲话"
    reader = shown_reader(qtbot, _wrapped_first_paragraph(title), focused=True)
    line = _first_line_end_caret(qtbot, reader)
    qtbot.keyClick(reader, Key.Key_Up, SHIFT)
    assert reader.selected_range() == (0, line[1])
    qtbot.keyClick(reader, Key.Key_Up, SHIFT)
    assert reader.plate_selected_text() == title, "the title's (last) line, above"
    assert reader.selected_range() == (0, line[1])
