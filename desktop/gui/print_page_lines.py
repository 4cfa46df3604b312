"""One page of a paginated document painted so that a paragraph cut by a page break prints once.

Apart from ``print_pages`` (which cuts the document into pages, numbers them and drives the
printer) because this is its own problem: Qt's layout draws every block that touches its clip
whole, so each page's ink is drawn here as the layout's whole blocks plus, line by line, the
lines of the blocks its edges cut that lie on it (a list item's bullet or number with its first
line), and the rules Qt's layout has no way to draw: down a note's quote (``QUOTE_RULE``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextLine,
    QTextListFormat,
)

QUOTE_RULE = QTextFormat.Property.UserProperty + 5
"""A block property: where across the page (layout units) a rule runs down the block's lines,
as a quote is set off; ``quote_rules`` finds them."""

_RULE_COLOUR = QColor("#909090")
_RULE_WIDTH = 2.0  # layout units: about half a millimetre on paper


def paint_page(
    painter: QPainter,
    document: QTextDocument,
    number: int,
    scale: float,
    cut: list[QTextBlock],
    rules: Sequence[QLineF] = (),
) -> None:
    """Page ``number`` of the document, scaled from the screen's units to the printer's.

    The painter is clipped to the page, so only the page's ink shows; but Qt's layout draws
    every block touching its clip whole, so a paragraph cut by a page break would be drawn on
    both pages: out of sight where clipped, yet in the PDF, where its lines would read (and
    search) twice. So the layout draws the blocks wholly on the page, and the blocks cut by
    its edges (``cut``) are drawn here line by line, each line on its own page only. The
    ``rules`` (``quote_rules``) are drawn where they cross the page.
    """
    page = document.pageSize()
    area = QRectF(0, (number - 1) * page.height(), page.width(), page.height())
    whole = _whole_blocks_clip(area, cut)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = whole
    # Text without a colour of its own takes the palette's, which follows the window's theme.
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    painter.save()
    painter.setPen(Qt.GlobalColor.black)
    painter.scale(scale, scale)
    painter.translate(0, -area.top())
    painter.setClipRect(area)
    # In reading order: a PDF's text reads (and copies) in the order it was drawn.
    for block in cut:
        if _block_extent(block).top() < area.top():
            _draw_lines_within(painter, block, area)
    if whole.isValid():  # else one paragraph fills the page: an invalid clip would draw all
        document.documentLayout().draw(painter, context)
    for block in cut:
        if _block_extent(block).top() >= area.top():
            _draw_lines_within(painter, block, area)
    _draw_rules(painter, rules, area)
    painter.restore()


def quote_rules(document: QTextDocument) -> list[QLineF]:
    """The rules down the blocks that ask for one (``QUOTE_RULE``), in the document's units:
    from the top of each block's first line to the bottom of its last."""
    rules = []
    block = document.firstBlock()
    while block.isValid():
        x = block.blockFormat().property(QUOTE_RULE)
        if x is not None:
            extent = _block_extent(block)
            rules.append(QLineF(float(x), extent.top(), float(x), extent.bottom()))
        block = block.next()
    return rules


def _draw_rules(painter: QPainter, rules: Sequence[QLineF], area: QRectF) -> None:
    """The part of each rule on the page ``area``."""
    pen = QPen(_RULE_COLOUR, _RULE_WIDTH)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    for rule in rules:
        top, bottom = max(rule.y1(), area.top()), min(rule.y2(), area.bottom())
        if top < bottom:
            painter.save()
            painter.setPen(pen)
            painter.drawLine(QLineF(rule.x1(), top, rule.x1(), bottom))
            painter.restore()


PAGE_EDGE_SLACK = 1.0
"""How far, in layout units (screen pixels), a line may cross a page's edge and still not be
drawn on the page beyond: the layout's fixed-point rounding can put the line that starts a
page a hair above it. No line is so thin that one of a page's own could lie within the slack."""


def blocks_cut_by_page_breaks(document: QTextDocument) -> dict[int, list[QTextBlock]]:
    """The blocks each page break cuts, partly on the page before and partly after, by the
    number of the page it ends (1: the break between pages 1 and 2); one pass for all pages."""
    height = document.pageSize().height()
    breaks: dict[int, list[QTextBlock]] = {}
    block = document.firstBlock()
    while block.isValid():
        extent = _block_extent(block)
        number = max(int(extent.top() // height), 0) + 1
        while number * height < extent.bottom():
            if extent.top() < number * height:
                breaks.setdefault(number, []).append(block)
            number += 1
        block = block.next()
    return breaks


def cut_on_page(breaks: dict[int, list[QTextBlock]], number: int) -> list[QTextBlock]:
    """The blocks cut by page ``number``'s top or bottom, in order, each once (a paragraph
    longer than the page is cut by both)."""
    blocks = (*breaks.get(number - 1, ()), *breaks.get(number, ()))
    return list({block.blockNumber(): block for block in blocks}.values())


def _block_extent(block: QTextBlock) -> QRectF:
    """Where ``block`` is for the layout's drawing and where its lines are, in the document.

    The two differ: a line moved down to the next page leaves its block's rectangle where the
    block started.
    """
    rect = block.document().documentLayout().blockBoundingRect(block)
    text_layout = block.layout()
    if not text_layout.lineCount():
        return rect
    origin = rect.topLeft()  # the layout's place in the document (its position: in its frame)
    first, last = text_layout.lineAt(0), text_layout.lineAt(text_layout.lineCount() - 1)
    top, bottom = origin.y() + first.y(), origin.y() + last.y() + last.height()
    return rect.united(QRectF(rect.left(), top, rect.width(), bottom - top))


def _whole_blocks_clip(area: QRectF, cut: list[QTextBlock]) -> QRectF:
    """A clip for the layout that touches the page's whole blocks and none of the ``cut``
    (empty, so invalid, where there are none)."""
    top, bottom = area.top(), area.bottom()
    for block in cut:
        extent = _block_extent(block)
        if extent.top() < area.top():
            top = max(top, extent.bottom())
        if extent.bottom() > area.bottom():
            bottom = min(bottom, extent.top())
    # The layout draws a block that merely touches the clip: keep clear of the cut ones.
    height = max(bottom - top - 2 * PAGE_EDGE_SLACK, 0.0)
    return QRectF(0, top + PAGE_EDGE_SLACK, area.width(), height)


def _draw_lines_within(painter: QPainter, block: QTextBlock, area: QRectF) -> None:
    """The lines of ``block`` that lie on the page ``area``, with their formats.

    Line by line: given a clip, ``QTextLayout.draw`` still draws the line just before it.
    """
    text_layout = block.layout()
    # The layout's place in the document (its own position is in its frame's).
    position = block.document().documentLayout().blockBoundingRect(block).topLeft()
    lines = area.adjusted(0, PAGE_EDGE_SLACK, 0, -PAGE_EDGE_SLACK)
    for number in range(text_layout.lineCount()):
        line = text_layout.lineAt(number)
        top = position.y() + line.y()
        if top < lines.bottom() and top + line.height() > lines.top():
            if number == 0:  # first: a PDF's text reads in the order it was drawn
                _draw_list_marker(painter, block, position, line)
            line.draw(painter, position)


def _draw_list_marker(
    painter: QPainter, block: QTextBlock, position: QPointF, line: QTextLine
) -> None:
    """A list item's bullet or number before its first line, as Qt's layout draws it (which
    it does only for a block it draws whole): a space before the words, in the block's font."""
    text_list = block.textList()
    if text_list is None:
        return
    font = block.charFormat().font().resolve(block.document().defaultFont())
    metrics = QFontMetricsF(font)  # the screen's, as the document's layout
    left = position.x() + line.x() - metrics.horizontalAdvance(" ")
    painter.save()
    foreground = block.charFormat().foreground()
    if foreground.style() != Qt.BrushStyle.NoBrush:
        painter.setPen(foreground.color())
    if text_list.format().style() == QTextListFormat.Style.ListDisc:
        size = metrics.ascent() / 3
        top = position.y() + line.y() + (metrics.height() - size) / 2
        painter.setBrush(painter.pen().color())
        painter.drawEllipse(QRectF(left - size, top, size, size))
    else:
        # Laid out as the document lays out its text: the painter's scale takes it to paper.
        number = QTextLayout(text_list.itemText(block), font)
        number.beginLayout()
        number_line = number.createLine()
        number.endLayout()
        top = position.y() + line.y() + line.ascent() - number_line.ascent()
        number.draw(painter, QPointF(left - number_line.naturalTextWidth(), top))
    painter.restore()
