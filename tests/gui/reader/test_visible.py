"""Tests for desktop/gui/reader/visible.py: blocks found by height, laying out no more text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from desktop.gui.reader import ReaderView
from desktop.gui.reader.visible import block_at, laid_out_blocks, line_start_at, text_between
from tests.gui.reader.conftest import BODY, build_speech


@pytest.fixture
def long_reader(qtbot: QtBot) -> ReaderView:
    """A shown reader with a speech of 3,000 paragraphs, just opened (laid out near its top)."""
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_speech(build_speech([f"第{n}段。" + BODY * 3 for n in range(3000)]))
    return view


def _rect(reader: ReaderView, number: int):  # noqa: ANN202 - QRectF
    document = reader.document()
    return document.documentLayout().blockBoundingRect(document.findBlockByNumber(number))


def test_the_block_at_a_height_is_the_one_whose_box_reaches_below_it(
    long_reader: ReaderView,
) -> None:
    for number in (0, 1, 7, 20):
        rect = _rect(long_reader, number)
        for y in (rect.top() + 1, rect.center().y(), rect.bottom() - 1):
            assert block_at(long_reader.document(), y).blockNumber() == number
    assert block_at(long_reader.document(), -500).blockNumber() == 0


def test_finding_a_block_lays_out_the_text_only_down_to_it(long_reader: ReaderView) -> None:
    document = long_reader.document()
    assert laid_out_blocks(document) < 100
    number = block_at(document, 20 * long_reader.viewport().height()).blockNumber()
    assert 20 < number < laid_out_blocks(document) < 4 * number  # steps doubling, not all
    assert document.lastBlock().layout().lineCount() == 0


def test_a_line_start_is_where_the_line_at_that_height_begins(long_reader: ReaderView) -> None:
    document = long_reader.document()
    cursor = QTextCursor(document)
    for position in (0, 37, 120, 400, 1000):
        cursor.setPosition(position)
        line = long_reader.cursorRect(cursor)  # viewport coordinates, page at the top
        cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
        assert line_start_at(document, line.center().y()) == cursor.position()


def test_the_text_between_two_heights_is_in_whole_paragraphs(long_reader: ReaderView) -> None:
    document = long_reader.document()
    first, last = text_between(
        document, _rect(long_reader, 3).top() + 1, _rect(long_reader, 5).top() + 1
    )
    assert first == document.findBlockByNumber(3).position()
    block = document.findBlockByNumber(5)
    assert last == block.position() + block.length() - 1
