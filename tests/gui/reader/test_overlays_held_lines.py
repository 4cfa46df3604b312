"""Tests for desktop/gui/reader/overlays.py: nothing paints across a held first line's blank."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPalette, QTextLine
from pytestqt.qtbot import QtBot

from desktop.core.document import SpanKind, TextSpan
from desktop.core.records import SpeechContent, SpeechRecord
from desktop.gui.reader import ReaderView
from desktop.gui.reader.balance import BALANCE_INDENT
from tests.gui.reader.conftest import BODY, make_annotation, shown_reader
from tests.gui.reader.helpers import select_with_keys

TITLE = "中共中央 国务院关于实施乡村振兴战略的意见"
HELD = TITLE.index("院")
"""The last character of the first line, 中共中央 国务院, held short of the line's end."""


def _speech() -> SpeechContent:
    text = "\n".join([TITLE, BODY * 6, BODY * 4])
    record = SpeechRecord(1, 1, 1, TITLE, "2018-01-02", None, None, len(text), "hash")
    return SpeechContent(record, text, [], [TextSpan(SpanKind.TITLE, 0, len(TITLE))])


def _held_reader(qtbot: QtBot) -> ReaderView:
    """A reader narrowed (or zoomed) until its title's first line is held short."""
    view = shown_reader(qtbot, _speech())
    block = view.document().firstBlock()
    for _ in range(12):
        if block.blockFormat().property(BALANCE_INDENT):
            return view
        view.zoom_in()
        block = view.document().firstBlock()
    raise AssertionError("the title never wrapped to a held first line")


def _gap_points(view: ReaderView) -> tuple[list[QPoint], QPoint]:
    """Points across the blank after 院 on the title's first line, and one of the page before
    the line (the indent that centres it), in viewport coordinates."""
    block = view.document().firstBlock()
    top = view.document().documentLayout().blockBoundingRect(block).topLeft()
    line = block.layout().lineAt(0)
    assert line.textStart() + line.textLength() == HELD + 1, "中共中央 国务院 / 关于…"
    glyph = line.cursorToX(HELD)[0] - line.cursorToX(HELD - 1)[0]
    ink_end = line.cursorToX(HELD)[0] + glyph
    line_end = line.cursorToX(HELD + 1)[0]
    assert line_end - ink_end > 2 * glyph, "the line is held by spacing after its character"
    y = round(top.y() + line.y() + line.height() / 2 - view.verticalScrollBar().value())
    xs = range(round(ink_end + 3), round(line_end - 2), 4)
    offset = round(top.x())
    before = QPoint(offset + round(line.cursorToX(0)[0]) - 4, y)
    return [QPoint(offset + x, y) for x in xs], before


def _painted_over(image: QImage, points: list[QPoint], page: QPoint) -> list[QPoint]:
    ground = image.pixelColor(page)
    return [point for point in points if image.pixelColor(point) != ground]


def test_a_highlight_ending_a_held_line_stops_at_its_last_character(qtbot: QtBot) -> None:
    view = _held_reader(qtbot)
    speech = view.speech()
    view.set_annotations([make_annotation(speech, HELD - 2, HELD + 1)])  # 国务院
    qtbot.waitUntil(lambda: len(view.extraSelections()) > 0)
    points, page = _gap_points(view)
    image = view.viewport().grab().toImage()
    assert points
    assert _painted_over(image, points, page) == [], "the highlight ran on to the line's end"


def test_a_selection_ending_a_held_line_stops_at_its_last_character(qtbot: QtBot) -> None:
    view = _held_reader(qtbot)
    select_with_keys(view, HELD - 2, HELD + 1)  # as Shift+→ would
    assert view.selected_range() == (HELD - 2, HELD + 1)
    points, page = _gap_points(view)
    image = view.viewport().grab().toImage()
    assert _painted_over(image, points, page) == [], "the selection ran on to the line's end"


def test_a_note_ending_a_held_line_has_its_dot_right_after_the_character(qtbot: QtBot) -> None:
    view = _held_reader(qtbot)
    speech = view.speech()
    view.set_annotations([make_annotation(speech, HELD - 2, HELD + 1, note="两个主体")])
    qtbot.waitUntil(lambda: len(view.extraSelections()) > 0)
    block = view.document().firstBlock()
    top = view.document().documentLayout().blockBoundingRect(block).topLeft()
    line = block.layout().lineAt(0)
    glyph = line.cursorToX(HELD)[0] - line.cursorToX(HELD - 1)[0]
    ink_end = top.x() + line.cursorToX(HELD)[0] + glyph
    corner = view._note_end_corner(HELD + 1)
    assert abs(corner.x() - ink_end) < 1, "the dot sits after 院, not at the blank's far end"
    assert corner.y() == view.cursor_rect_at(HELD).top(), "on 院's line"


def _row(view: ReaderView, line_number: int) -> tuple[int, QTextLine, float]:
    """A y through line ``line_number`` of the title (viewport coordinates), the line, and the
    x (viewport) its block's lines are laid out from."""
    block = view.document().firstBlock()
    top = view.document().documentLayout().blockBoundingRect(block).topLeft()
    line = block.layout().lineAt(line_number)
    y = round(top.y() + line.y() + line.height() / 2 - view.verticalScrollBar().value())
    return y, line, top.x()


def test_a_jump_to_a_held_title_line_flashes_one_band_across_the_page(qtbot: QtBot) -> None:
    # A pink block stood apart at the right of 中共中央 国务院 (found after trashing
    # collections, clicking the open speech's row): Qt's full-width selection ran from the
    # line's first character past its end, and the held blank cut a hole in it.
    view = _held_reader(qtbot)
    view.scroll_to_offset(0, mark=True)
    assert view.flashed_offset() == 0
    points, before = _gap_points(view)
    y = _row(view, 0)[0]
    right = QPoint(view.viewport().width() - 2, y)
    image = view.viewport().grab().toImage()
    page = view.palette().color(QPalette.ColorRole.Base)
    band = image.pixelColor(right)
    assert band != page, "the band runs on to the page's right edge"
    left = QPoint(1, y)
    assert image.pixelColor(left) == band, "from the page's left edge"
    assert image.pixelColor(before) == band, "behind the indent centring the line"
    assert [p for p in points if image.pixelColor(p) != band] == [], "with no hole after 院"
    y1, next_line, x = _row(view, 1)
    ahead = range(1, round(x + next_line.naturalTextRect().left()) - 1)
    marked = [i for i in ahead if image.pixelColor(QPoint(i, y1)) != page]
    assert marked == [], "the next line is not marked"
    qtbot.waitUntil(lambda: view.flashed_offset() is None, timeout=5000)
    image = view.viewport().grab().toImage()
    assert [p for p in [*points, before, left, right] if image.pixelColor(p) != page] == []
