"""Balancing centred lines: a wrapping centred title narrowed by its margins to even lines.

A long centred title wraps as wide as the column lets it, which can leave one or two
characters alone on its last line (孤字): Chinese typesetting instead narrows such a block so
its lines are even, as CSS ``text-wrap: balance`` does. For each centred block that wraps, the
narrowest width keeping the same number of lines is found with trial layouts of the block's
own text and formats (a free ``QTextLayout``, never the document's layout), and the block is
narrowed to it by equal left and right margins. The text is untouched: offsets stay as they
were. Only centred blocks are looked at (``build_document`` names them, so the body is never
walked), and a document remembers the width it was balanced for: again at it costs nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextLayout

BALANCE_INSET = QTextFormat.Property.UserProperty + 2
"""A block property: the margin, each side, that balancing added to the block's own margins."""

CENTRED_BLOCKS = "pizhuCentredBlocks"
"""A document property: the numbers of its centred blocks, when its builder knows them."""

_BALANCED_WIDTH = "pizhuBalancedWidth"
"""A document property: the text width its centred blocks were last balanced for."""

SLACK = 1.0
"""Pixels each side left beyond the narrowest trial width: the document's own layout rounds
its widths a little differently, and a line must not wrap again for a fraction of a pixel."""

_PRECISION = 0.5
"""How close, in pixels, the search comes to the narrowest width."""


def remember_centred_blocks(document: QTextDocument, numbers: list[int]) -> None:
    """Record which blocks of ``document`` are centred, so balancing need not look at the rest."""
    document.setProperty(CENTRED_BLOCKS, list(numbers))


def centred_blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    """The centred blocks of ``document``: those recorded, else every block is looked at."""
    numbers = document.property(CENTRED_BLOCKS)
    if numbers is not None:
        for number in numbers:
            block = document.findBlockByNumber(int(number))
            if block.isValid() and _is_centred(block):
                yield block
        return
    block = document.firstBlock()
    while block.isValid():
        if _is_centred(block):
            yield block
        block = block.next()


def balance_centred_blocks(document: QTextDocument) -> None:
    """Narrow each wrapping centred block of ``document`` to even lines at its text width."""
    width = document.textWidth()
    if document.property(_BALANCED_WIDTH) == width:
        return
    document.setProperty(_BALANCED_WIDTH, width)
    column = width - 2 * document.documentMargin() if width > 0 else -1.0
    changed = False
    for block in list(centred_blocks(document)):
        changed |= _set_inset(block, _balanced_inset(document, block, column))
    if changed:
        # Changed during a QTextEdit's lazy layout (a resize), a block may keep the lines of its
        # old margins and crash the next paint; a fresh layout from the top, as a new width
        # gets anyway (and only as far as it shows), is safe. (The page size, not the text
        # width: a paginated document keeps its page height.)
        document.setPageSize(document.pageSize())


def balanced_width(document: QTextDocument, block: QTextBlock, available: float) -> float:
    """The narrowest line width (≤ ``available``) at which ``block`` has as many lines as at
    ``available``: its lines then as even as they can be."""
    layout = _trial_layout(document, block)
    lines = _line_count(layout, available)
    if lines <= 1:
        return available
    low = _natural_width(layout, available) / lines  # no narrower: the words would not fit
    high = available
    while high - low > _PRECISION:
        middle = (low + high) / 2
        if _line_count(layout, middle) <= lines:
            high = middle
        else:
            low = middle
    return high


def _balanced_inset(document: QTextDocument, block: QTextBlock, column: float) -> float:
    """The margin each side that balances ``block`` in a column ``column`` wide (0: none)."""
    if column <= 0 or not block.text():
        return 0.0
    fmt = block.blockFormat()
    inset = _inset(block)
    available = column - (fmt.leftMargin() - inset) - (fmt.rightMargin() - inset)
    available -= fmt.textIndent()
    if available <= 0:
        return 0.0
    narrowest = balanced_width(document, block, available)
    return max(0.0, math.floor((available - narrowest) / 2 - SLACK))


def _set_inset(block: QTextBlock, inset: float) -> bool:
    old = _inset(block)
    if inset == old:
        return False
    fmt = block.blockFormat()
    fmt.setLeftMargin(fmt.leftMargin() - old + inset)
    fmt.setRightMargin(fmt.rightMargin() - old + inset)
    fmt.setProperty(BALANCE_INSET, inset)
    QTextCursor(block).setBlockFormat(fmt)
    return True


def _inset(block: QTextBlock) -> float:
    value = block.blockFormat().property(BALANCE_INSET)
    return float(value) if value is not None else 0.0


def _is_centred(block: QTextBlock) -> bool:
    alignment = block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    return alignment == Qt.AlignmentFlag.AlignHCenter


def _trial_layout(document: QTextDocument, block: QTextBlock) -> QTextLayout:
    """A free-standing layout of ``block``'s text in its fonts, to be tried at any width."""
    layout = QTextLayout(block.text(), document.defaultFont())
    ranges = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            piece = QTextLayout.FormatRange()
            piece.start = fragment.position() - block.position()
            piece.length = fragment.length()
            piece.format = fragment.charFormat()
            ranges.append(piece)
        iterator += 1
    layout.setFormats(ranges)
    option = document.defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    option.setUseDesignMetrics(document.useDesignMetrics())
    layout.setTextOption(option)
    return layout


def _line_count(layout: QTextLayout, width: float) -> int:
    layout.beginLayout()
    count = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    return count


def _natural_width(layout: QTextLayout, width: float) -> float:
    """The sum of the widths of ``layout``'s lines at ``width``: its words' length on one line."""
    _line_count(layout, width)
    return sum(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount()))
