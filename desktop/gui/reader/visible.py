"""Which blocks of the reader's document lie at a height, laying out no more text than that.

Qt lays a long document out bit by bit after the visible page. Asking it where a point is
(``QTextEdit.cursorForPosition``) may undo that: a point in a paragraph's spacing, or left of
the text's column, has its hit test try every block after it, and lay each out (~85 ms for a
200,000-character speech). Here blocks are found by their bounding rectangles instead, among
the blocks already laid out (always a leading run of the document) and, past them, by laying
out a few more at a time, twice as many each step, until the height is reached.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument

FIRST_STEP = 16
"""Blocks laid out in the first step past the laid-out ones (each step doubles it)."""


def laid_out_blocks(document: QTextDocument) -> int:
    """How many blocks, from the first, Qt has laid out (a laid-out block has a line)."""
    low, high = 0, document.blockCount()
    while low < high:
        middle = (low + high) // 2
        if document.findBlockByNumber(middle).layout().lineCount() > 0:
            low = middle + 1
        else:
            high = middle
    return low


def block_at(document: QTextDocument, y: float) -> QTextBlock:
    """The block at document height ``y`` (the first or last block beyond either end)."""
    layout = document.documentLayout()
    count = document.blockCount()
    known = laid_out_blocks(document)  # blocks [0, known) are laid out: rects come free
    step = FIRST_STEP
    while known < count and (
        known == 0 or layout.blockBoundingRect(document.findBlockByNumber(known - 1)).bottom() < y
    ):
        known = min(known + step, count)
        layout.blockBoundingRect(document.findBlockByNumber(known - 1))  # lays out up to it
        step *= 2
    low, high = 0, max(known - 1, 0)
    while low < high:  # the first block whose bottom is below y
        middle = (low + high) // 2
        if layout.blockBoundingRect(document.findBlockByNumber(middle)).bottom() <= y:
            low = middle + 1
        else:
            high = middle
    return document.findBlockByNumber(low)


def text_between(document: QTextDocument, top: float, bottom: float) -> tuple[int, int]:
    """The document positions of the whole blocks between heights ``top`` and ``bottom``."""
    last = block_at(document, bottom)
    return block_at(document, top).position(), last.position() + last.length() - 1


def line_start_at(document: QTextDocument, y: float) -> int:
    """The document position where the line at height ``y`` begins (of the nearest line when
    ``y`` falls in spacing between paragraphs or beyond the text)."""
    block = block_at(document, y)
    layout = block.layout()
    top = layout.position().y()
    line_start = 0
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        if top + line.y() > y:
            break
        line_start = line.textStart()
    return block.position() + line_start
