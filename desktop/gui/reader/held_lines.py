"""The blank after a centred title's held first line, where nothing of the text may paint.

Balancing holds a short first line (``中共中央 国务院 / 关于…``) by an indent and as much letter
spacing after its last character (``balance``). Qt counts that spacing as part of the
character: a highlight, a find match or a selection ending on it would run on across the blank
to the line's end. The reader paints the page over these blanks after the text (``overlays``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextDocument

from desktop.gui.reader.balance import BALANCE_INDENT, BALANCE_SPACED, centred_blocks


def held_gaps(document: QTextDocument) -> list[QRectF]:
    """The letter spacing balancing put after a held first line, in document coordinates."""
    gaps = []
    for block in centred_blocks(document):
        gap = _gap(block)
        if gap is not None:
            gaps.append(gap)
    return gaps


def _gap(block: QTextBlock) -> QRectF | None:
    fmt = block.blockFormat()
    spaced, spacing = fmt.property(BALANCE_SPACED), fmt.property(BALANCE_INDENT)
    if spaced is None or int(spaced) < 0 or not spacing:
        return None
    index = int(spaced)
    top_left = block.document().documentLayout().blockBoundingRect(block).topLeft()
    line = block.layout().lineForTextPosition(index)
    if not line.isValid():
        return None
    # The caret's place after the character, on its line: its glyph, then the spacing.
    end = line.cursorToX(index + 1)[0]
    gap = QRectF(end - float(spacing), line.y(), float(spacing), line.height())
    return gap.translated(top_left)
