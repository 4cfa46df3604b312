"""Build the reader's QTextDocument from a speech: one block per paragraph, styled by role.

The document's plain text is the speech's canonical text (or its full-width display variant,
which has the same length), so a ``str`` offset becomes a document position by the UTF-16
conversion alone: paragraphs are joined by ``\\n`` and each block separator is one position.
Formats are applied after ``setPlainText`` and never add or remove characters; a centred
title that wraps is evened out by its margins alone (``balance_centred_blocks``).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
)

from desktop.core.document import NodeKind, OutlineNode, SpanKind, TextSpan, iter_nodes
from desktop.core.emphasis import bold_end
from desktop.core.footnotes import Footnotes, find_footnotes
from desktop.core.offsets import Utf16Map
from desktop.core.records import SpeechContent
from desktop.gui.contrast import readable_colour
from desktop.gui.theme import (
    DEFAULT_FONT_SIZE,
    DEFAULT_THEME,
    KAI_FAMILIES,
    SANS_FAMILIES,
    Theme,
    reader_font,
    theme,
)

LINE_HEIGHT_EM = 1.85
"""Generous leading for CJK body text, in ems as CSS counts it: glyphs fill their em box."""

COLUMN_CHARACTERS = 38
"""The widest line, in CJK characters: about what a printed page of a speech holds."""

SIGN_OFF_INDENT = 2
"""How far, in CJK characters, the signature and closing date stand in from the right."""


class BlockRole(StrEnum):
    """How a paragraph is set."""

    BODY = "body"
    TITLE = SpanKind.TITLE.value
    SUBTITLE = SpanKind.SUBTITLE.value
    DATE = SpanKind.DATE.value
    SPEAKER = SpanKind.SPEAKER.value
    SALUTATION = SpanKind.SALUTATION.value
    TOC = SpanKind.TOC.value
    SIGNATURE = SpanKind.SIGNATURE.value
    CLOSING_DATE = "closing-date"  # a date after the body: the sign-off's, not the title's
    HEADING_1 = "heading-1"
    HEADING_2 = "heading-2"
    HEADING_3 = "heading-3"
    NOTES_LABEL = "notes-label"  # 注释： over the notes closing a speech
    NOTE = "note"  # one of those notes (①《某某文选》…)


CENTRED_ROLES = frozenset({BlockRole.TITLE, BlockRole.SUBTITLE, BlockRole.DATE, BlockRole.SPEAKER})
"""The lines set centred, and balanced when they wrap (``balance_centred_blocks``)."""


@dataclass(frozen=True, slots=True)
class ReaderStyle:
    """What the document's look depends on: theme, font size and the punctuation option."""

    theme_name: str = DEFAULT_THEME.value
    font_size: float = DEFAULT_FONT_SIZE
    fullwidth_punctuation: bool = False

    @property
    def theme(self) -> Theme:
        """The colours."""
        return theme(self.theme_name)

    @property
    def font(self) -> QFont:
        """The body font."""
        return reader_font(self.font_size)

    @property
    def line_height_percent(self) -> float:
        """LINE_HEIGHT_EM as Qt's proportional line height, which counts the font's own height.

        CJK fonts are tall (Noto's ascent + descent is about 1.45 em), so 180 % in Qt's terms
        would be some 2.6 em; convert so the leading is what a CSS ``line-height`` would give.
        """
        metrics = QFontMetricsF(self.font)
        return 100 * LINE_HEIGHT_EM * metrics.horizontalAdvance("国") / metrics.height()

    @property
    def em(self) -> float:
        """The advance of one CJK character in the body font, in pixels."""
        return QFontMetricsF(self.font).horizontalAdvance("国")


def paragraph_starts(text: str) -> list[int]:
    """The ``str`` offset where each paragraph (block) begins."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def display_text(content: SpeechContent, style: ReaderStyle) -> str:
    """The text the reader shows: canonical, or with full-width punctuation (same length)."""
    if not style.fullwidth_punctuation:
        return content.text
    from desktop.core.punctuation import to_fullwidth  # its patterns compile on first use

    return to_fullwidth(content.text)


def block_roles(content: SpeechContent, starts: list[int]) -> dict[int, BlockRole]:
    """The role of every paragraph that is not body text, by paragraph index."""
    roles: dict[int, BlockRole] = {}
    for span in content.spans:
        if span.kind == SpanKind.SALUTATION and not _span_fills(content.text, starts, span):
            continue  # 同志们！ opening a closing appeal: the paragraph is body text
        first = bisect_right(starts, span.start) - 1
        last = bisect_right(starts, max(span.start, span.end - 1)) - 1
        for index in range(max(first, 0), last + 1):
            roles[index] = _SPAN_ROLES.get(span.kind, BlockRole.BODY)
    body_start = _body_start(content, starts, roles)
    for index, role in roles.items():
        if role == BlockRole.DATE and index > body_start:
            roles[index] = BlockRole.CLOSING_DATE
    for node in iter_nodes(content.outline):
        index = bisect_right(starts, node.start) - 1
        if node.kind == NodeKind.HEADING and _fills_paragraph(content.text, starts, index, node):
            roles[index] = _heading_role(node.level)
    roles.update(notes_roles(find_footnotes(content.text), starts))
    return roles


def notes_roles(footnotes: Footnotes, starts: list[int]) -> dict[int, BlockRole]:
    """The roles of the paragraphs of the notes blocks: their labels and their notes."""
    if not footnotes:
        return {}
    roles = {
        bisect_right(starts, start) - 1: BlockRole.NOTES_LABEL for start, _ in footnotes.labels
    }
    for item in footnotes.items:
        # A note run onto more lines is a note on each of them, not body text under it.
        first = bisect_right(starts, item.start) - 1
        last = bisect_right(starts, item.end - 1) - 1
        roles.update(dict.fromkeys(range(first, last + 1), BlockRole.NOTE))
    return roles


def bold_runs(content: SpeechContent, starts: list[int]) -> list[tuple[int, int]]:
    """``str`` ranges set bold inside body paragraphs: headings and points glued to their text
    (``core.emphasis`` says how far)."""
    runs = []
    text = content.text
    for node in iter_nodes(content.outline):
        index = bisect_right(starts, node.start) - 1
        whole = _fills_paragraph(text, starts, index, node)
        if node.head_end > node.start and (node.kind == NodeKind.POINT or not whole):
            paragraph_end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
            runs.append((node.start, bold_end(text, node, max(paragraph_end, node.start))))
    return runs


_SPAN_ROLES = {role.value: role for role in BlockRole}


def _body_start(content: SpeechContent, starts: list[int], roles: dict[int, BlockRole]) -> int:
    """The first paragraph of the body: the first with words and no head role, or the first
    outline entry's, whichever comes first (a date after it closes the speech)."""
    text = content.text
    ends = [start - 1 for start in starts[1:]] + [len(text)]
    first_plain = next(
        (
            index
            for index, (start, end) in enumerate(zip(starts, ends, strict=True))
            if index not in roles and text[start:end].strip()
        ),
        len(starts),
    )
    first_node = min((node.start for node in content.outline), default=len(text) + 1)
    return min(first_plain, bisect_right(starts, first_node) - 1)


def _fills_paragraph(text: str, starts: list[int], index: int, node: OutlineNode) -> bool:
    if index < 0 or starts[index] != node.start:
        return False
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
    return node.head_end >= len(text[starts[index] : end].rstrip()) + starts[index]


def _span_fills(text: str, starts: list[int], span: TextSpan) -> bool:
    """Whether ``span`` holds all the words of the paragraph it starts in."""
    index = bisect_right(starts, span.start) - 1
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
    return not text[span.end : end].strip()


def _heading_role(level: int) -> BlockRole:
    return {1: BlockRole.HEADING_1, 2: BlockRole.HEADING_2}.get(level, BlockRole.HEADING_3)


def build_document(
    content: SpeechContent, style: ReaderStyle, parent: QObject | None = None
) -> QTextDocument:
    """A new read-only document showing ``content`` in ``style``."""
    document = QTextDocument(parent)
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(style.font)
    document.setDocumentMargin(round(style.em * 1.5))
    text = display_text(content, style)
    document.setPlainText(text)
    starts = paragraph_starts(text)
    formats = BlockFormats(style)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.setBlockFormat(formats.block(BlockRole.BODY))
    roles = block_roles(content, starts)
    for index, role in roles.items():
        _apply_role(cursor, document, index, formats, role)
    remember_centred_blocks(document, [i for i, role in roles.items() if role in CENTRED_ROLES])
    utf16 = Utf16Map(text)
    glued = formats.glued_heading()
    for start, end in bold_runs(content, starts):
        cursor.setPosition(utf16.to_utf16(start))
        cursor.setPosition(utf16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(glued)
    _format_footnotes(cursor, utf16, find_footnotes(content.text), formats)
    cursor.endEditBlock()
    return document


def _format_footnotes(
    cursor: QTextCursor, utf16: Utf16Map, footnotes: Footnotes, formats: BlockFormats
) -> None:
    """The body's note marks as quiet superscripts, each note's own number as a link back."""
    if not footnotes:
        return
    mark, number = formats.note_mark(), formats.note_number()
    ranges = [(cited.start, cited.end, mark) for cited in footnotes.marks]
    ranges += [(item.start, item.mark_end, number) for item in footnotes.items]
    for start, end, fmt in ranges:
        cursor.setPosition(utf16.to_utf16(start))
        cursor.setPosition(utf16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def _apply_role(
    cursor: QTextCursor, document: QTextDocument, index: int, formats: BlockFormats, role: BlockRole
) -> None:
    block = document.findBlockByNumber(index)
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.setBlockFormat(formats.block(role))
    cursor.setCharFormat(formats.char(role))


class BlockFormats:
    """The block and character formats of each role, for one style."""

    def __init__(self, style: ReaderStyle) -> None:
        self._style = style
        self._em = style.em
        self._theme = style.theme
        self._line_height = style.line_height_percent

    def block(self, role: BlockRole) -> QTextBlockFormat:
        """Alignment, indent, leading and spacing of a paragraph of ``role``."""
        em = self._em
        fmt = QTextBlockFormat()
        proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        fmt.setLineHeight(self._line_height, proportional)
        if role in (BlockRole.BODY, BlockRole.HEADING_1, BlockRole.HEADING_2, BlockRole.HEADING_3):
            # Chinese paragraphs and numbered headings alike open with a two-character indent.
            fmt.setTextIndent(2 * em)
            fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
        if role in (BlockRole.NOTES_LABEL, BlockRole.NOTE):
            fmt.setLineHeight(self._line_height * 0.9, proportional)
        if role in CENTRED_ROLES:
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            fmt.setLineHeight(self._line_height * 0.8, proportional)
        if role in (BlockRole.SIGNATURE, BlockRole.CLOSING_DATE):
            # GB/T 9704 sets the sign-off at the right, two to four characters in (右空二字)
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
            fmt.setRightMargin(SIGN_OFF_INDENT * em)
        top, bottom = _SPACING.get(role, (0.0, 0.35))
        fmt.setTopMargin(em * top)
        fmt.setBottomMargin(em * bottom)
        fmt.setProperty(QTextFormat.Property.UserProperty, role.value)
        return fmt

    def char(self, role: BlockRole) -> QTextCharFormat:
        """Font and colour of the words of a paragraph of ``role``."""
        fmt = QTextCharFormat()
        scale, families, weight, colour = _CHAR.get(role, (1.0, None, None, "text"))
        fmt.setFontPointSize(self._style.font_size * scale)
        if families is not None:
            fmt.setFontFamilies(list(families))
        if weight is not None:
            fmt.setFontWeight(weight)
        fmt.setForeground(self._theme.color(colour))
        return fmt

    def glued_heading(self) -> QTextCharFormat:
        """The heading words at the start of a body paragraph: bold, in the heading colour."""
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setForeground(self._theme.color("heading"))
        return fmt

    def note_mark(self) -> QTextCharFormat:
        """A mark citing a note (论述①): raised and set smaller by Qt, in the quiet colour."""
        fmt = QTextCharFormat()
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        fmt.setForeground(self._theme.color("muted"))
        return fmt

    def note_number(self) -> QTextCharFormat:
        """A note's own number, which leads back to where it is cited: in the link colour."""
        fmt = QTextCharFormat()
        page = self._theme.color("background")
        fmt.setForeground(readable_colour(self._theme.color("accent"), page))
        return fmt


_SPACING: dict[BlockRole, tuple[float, float]] = {
    BlockRole.TITLE: (0.6, 0.5),
    BlockRole.SUBTITLE: (0.0, 0.5),
    BlockRole.DATE: (0.0, 0.2),
    BlockRole.SPEAKER: (0.0, 1.2),
    BlockRole.TOC: (0.0, 0.2),
    BlockRole.SIGNATURE: (1.2, 0.0),
    BlockRole.CLOSING_DATE: (0.0, 0.35),
    BlockRole.HEADING_1: (1.0, 0.45),
    BlockRole.HEADING_2: (0.6, 0.35),
    BlockRole.HEADING_3: (0.3, 0.35),
    BlockRole.NOTES_LABEL: (1.6, 0.3),
    BlockRole.NOTE: (0.0, 0.25),
}

_Weight = QFont.Weight
_CHAR: dict[BlockRole, tuple[float, tuple[str, ...] | None, QFont.Weight | None, str]] = {
    BlockRole.TITLE: (1.5, None, _Weight.Bold, "heading"),
    BlockRole.SUBTITLE: (1.12, KAI_FAMILIES, None, "heading"),
    BlockRole.DATE: (0.9, None, None, "muted"),
    BlockRole.SPEAKER: (1.0, KAI_FAMILIES, None, "muted"),
    BlockRole.SALUTATION: (1.0, None, None, "text"),
    BlockRole.TOC: (0.9, None, None, "muted"),
    BlockRole.SIGNATURE: (1.0, None, None, "text"),
    BlockRole.CLOSING_DATE: (0.9, None, None, "muted"),
    BlockRole.HEADING_1: (1.1, SANS_FAMILIES, _Weight.Medium, "heading"),
    BlockRole.HEADING_2: (1.05, KAI_FAMILIES, _Weight.Bold, "heading"),
    BlockRole.HEADING_3: (1.0, None, _Weight.Bold, "heading"),
    BlockRole.NOTES_LABEL: (0.9, SANS_FAMILIES, _Weight.Medium, "muted"),
    BlockRole.NOTE: (0.9, None, None, "text"),
}


# Balancing centred lines ---------------------------------------------------------------------
#
# A long centred title wraps as wide as the column lets it, which can leave one or two
# characters alone on its last line (孤字): Chinese typesetting instead narrows such a block so
# its lines are even, as CSS ``text-wrap: balance`` does. For each centred block that wraps, the
# narrowest width keeping the same number of lines is found with trial layouts of the block's
# own text and formats (a free ``QTextLayout``, never the document's layout), and the block is
# narrowed to it by equal left and right margins. The text is untouched: offsets stay as they
# were. Only centred blocks are looked at (``build_document`` names them, so the body is never
# walked), and a document remembers the width it was balanced for: again at it costs nothing.

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
