"""The title over a speech whose text has no title line: painted above it, never part of it.

A compilation's speech may take its title from its separator line (``在…的讲话 篇2``,
``【第2篇】…``), which the importer keeps out of the speech: the text then opens on its
salutation or first paragraph. The reader's document must hold the canonical text and nothing
else (offsets), so the title is set in a small document of its own, in the title's formats,
and painted in room made above the text by the root frame's top margin, as the exports print
the title first when the text has none (``core.export.layout``). A speech whose title is its
opening words (a file with no title at all) gets none: the words would only be said twice.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QPainter, QTextCursor, QTextDocument

from desktop.core.document import SpanKind
from desktop.core.records import SpeechContent
from desktop.gui.reader.balance import balance_centred_blocks, remember_centred_blocks
from desktop.gui.reader.document import BlockFormats, BlockRole, ReaderStyle

_ELLIPSIS = "…"

PLATE_DOCUMENT_NAME = "title_plate"
"""The plate's document's objectName: a child of the page's document, found by it."""

HEAD_GAP_EM = 1.2
"""Space under the title, in ems: as much as a speaker's line leaves under a speech's head."""


def needs_title_plate(content: SpeechContent) -> bool:
    """Whether ``content``'s title is shown by none of its lines: no title line, and the
    title is not its first words (a title the importer took from the opening)."""
    title = content.record.title.strip()
    if not title or any(span.kind == SpanKind.TITLE for span in content.spans):
        return False
    opening = _squeezed(content.text.lstrip()[: 2 * len(title)])
    return not opening.startswith(_squeezed(title.removesuffix(_ELLIPSIS)))


class TitlePlate:
    """The speech's title as a centred, balanced heading, laid out at the page's width."""

    def __init__(self, title: str, style: ReaderStyle, parent: QObject | None = None) -> None:
        self.document = QTextDocument(parent)
        self.document.setObjectName(PLATE_DOCUMENT_NAME)
        self.document.setUndoRedoEnabled(False)
        self.document.setDocumentMargin(0)
        self.document.setDefaultFont(style.font)
        self.document.setPlainText(title.strip())
        formats = BlockFormats(style)
        cursor = QTextCursor(self.document)
        cursor.select(QTextCursor.SelectionType.Document)
        block = formats.block(BlockRole.TITLE)
        # The room a date or speaker's line leaves under a title: the text opens on its
        # salutation or first paragraph, which would otherwise sit close under it.
        block.setBottomMargin(style.em * HEAD_GAP_EM)
        cursor.setBlockFormat(block)
        cursor.setCharFormat(formats.char(BlockRole.TITLE))
        remember_centred_blocks(self.document, [0])

    def fit(self, page: QTextDocument) -> None:
        """Lay the title out across ``page``'s column and make room for it above the text."""
        margin = page.documentMargin()
        self.document.setTextWidth(max(page.textWidth() - 2 * margin, 1.0))
        balance_centred_blocks(self.document)
        top = margin + self.document.size().height()
        frame = page.rootFrame()
        fmt = frame.frameFormat()
        if fmt.topMargin() != top:  # a new frame format lays the whole page out again
            fmt.setTopMargin(top)
            frame.setFrameFormat(fmt)

    def paint(self, painter: QPainter, page: QTextDocument, scrolled: int) -> None:
        """Paint the title on a viewport whose page is scrolled down ``scrolled`` pixels."""
        margin = page.documentMargin()
        painter.save()
        painter.translate(QPointF(margin, margin - scrolled))
        self.document.drawContents(painter)
        painter.restore()


def _squeezed(text: str) -> str:
    """``text`` as compared with a title: widths and spacing do not count."""
    return "".join(unicodedata.normalize("NFKC", text).split())
