"""Build the reader's QTextDocument from a speech: one block per paragraph, styled by role.

Its plain text is the shown text (canonical, or full-width: the same length) with zero-width
line-break hints put in; a ``str`` offset becomes a position by ``line_hints.page_map``, which
converts around them and to UTF-16. Paragraphs are joined by ``\\n``, each block separator one
position. Formats never add or remove characters; a centred title that wraps is evened out by
its margins alone (``reader.balance``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

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
)

from desktop.core.footnotes import find_footnotes
from desktop.core.offsets import HintedMap
from desktop.core.records import SpeechContent
from desktop.gui.contrast import readable_colour
from desktop.gui.reader.balance import forget_balance, remember_centred_blocks
from desktop.gui.reader.line_hints import page_hints, set_hinted_text, with_hints
from desktop.gui.reader.roles import (
    CENTRED_ROLES,
    BlockRole,
    block_roles,
    bold_runs,
    head_gap_block,
    latin_paragraphs,
)
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

HEAD_GAP_EM = 1.2
"""Space under a speech's head, in ems, above its salutation or first paragraph: a speaker's
line's (under a date's 0.2 the salutation sat close, as if one more line of the head)."""


JUSTIFIED_ROLES = frozenset(
    {BlockRole.BODY, BlockRole.HEADING_1, BlockRole.HEADING_2, BlockRole.HEADING_3}
)
"""The paragraphs set justified (and opened with an indent), unless in Latin letters."""

SINGLE_LINE_ROLES = frozenset(
    {BlockRole.SALUTATION, BlockRole.SIGNATURE, BlockRole.CLOSING_DATE, BlockRole.TOC}
)
"""Lines of their own, never given glue against a lone last character (``line_hints``)."""


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


def with_head_gap(fmt: QTextBlockFormat, em: float) -> QTextBlockFormat:
    """``fmt`` with at least HEAD_GAP_EM under it."""
    fmt.setBottomMargin(max(fmt.bottomMargin(), em * HEAD_GAP_EM))
    return fmt


Range = tuple[int, int]


# A NamedTuple, not a dataclass: the first frame makes it (bench/README.md, "startup").
class PagePlan(NamedTuple):
    """Where a page's formats go, which no change of theme or font size moves: each
    paragraph's role, its Latin and centred paragraphs, the head's last line, and the UTF-16
    ranges of its bold runs, note marks and notes' numbers."""

    roles: dict[int, BlockRole]
    latin: tuple[int, ...]
    centred: tuple[int, ...]
    head_end: int | None
    bold: tuple[Range, ...]
    marks: tuple[Range, ...]
    numbers: tuple[Range, ...]


def build_document(
    content: SpeechContent, style: ReaderStyle, parent: QObject | None = None
) -> QTextDocument:
    """A new read-only document showing ``content`` in ``style``."""
    return build_page(content, style, parent)[0]


def build_page(
    content: SpeechContent,
    style: ReaderStyle,
    parent: QObject | None = None,
    shown: str | None = None,
) -> tuple[QTextDocument, PagePlan]:
    """A new read-only document showing ``content`` in ``style``, and its plan, with which
    ``style_page`` sets it in another theme or size without building it again. ``shown`` is
    ``display_text(content, style)`` when the caller has it (full-width: ~30 ms a long report)."""
    return page_from_draft(draft_page(content, style, shown), style, parent)


class PageDraft(NamedTuple):
    """What ``build_page`` works out without Qt: the page's text with its line-break hints put
    in, where they are, and the plan. A worker may make it (the compare window's do)."""

    hinted: str
    hints: tuple[int, ...]
    plan: PagePlan


def draft_page(content: SpeechContent, style: ReaderStyle, shown: str | None = None) -> PageDraft:
    """The draft of ``content``'s page in ``style`` (plain Python: safe off the GUI thread)."""
    text = display_text(content, style) if shown is None else shown
    starts = paragraph_starts(text)
    roles = block_roles(content, starts)
    centred = [index for index, role in roles.items() if role in CENTRED_ROLES]
    footnotes = find_footnotes(content.text)
    single = [index for index, role in roles.items() if role in SINGLE_LINE_ROLES]
    hints = page_hints(text, starts, centred, footnotes, single)
    utf16 = HintedMap(text, hints)

    def ranges(pairs: Iterable[Range]) -> tuple[Range, ...]:
        return tuple(utf16.range_to_utf16(start, end) for start, end in pairs)

    plan = PagePlan(
        roles=roles,
        latin=tuple(latin_paragraphs(text, starts)),
        centred=tuple(centred),
        head_end=head_gap_block(roles),
        bold=ranges(bold_runs(content, starts)),
        marks=ranges((cited.start, cited.end) for cited in footnotes.marks),
        numbers=ranges((item.start, item.mark_end) for item in footnotes.items),
    )
    return PageDraft(with_hints(text, hints), tuple(sorted(hints)), plan)


def page_from_draft(
    draft: PageDraft, style: ReaderStyle, parent: QObject | None = None
) -> tuple[QTextDocument, PagePlan]:
    """The document of ``draft`` set in ``style``, and its plan (the Qt half of ``build_page``)."""
    document = QTextDocument(parent)
    document.setUndoRedoEnabled(False)
    set_hinted_text(document, draft.hinted, draft.hints)
    style_page(document, draft.plan, style)
    return document, draft.plan


def style_page(document: QTextDocument, plan: PagePlan, style: ReaderStyle) -> None:
    """Set every block and character format of ``document`` for ``style`` by ``plan``: the
    same formats a new build in ``style`` gets, the text and its layout's blocks kept."""
    document.setDefaultFont(style.font)
    document.setDocumentMargin(round(style.em * 1.5))
    formats = BlockFormats(style)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.setBlockFormat(formats.block(BlockRole.BODY))
    cursor.setCharFormat(QTextCharFormat())  # the last style's fonts, colours and spacing go
    by_role: dict[BlockRole, tuple[QTextBlockFormat, QTextCharFormat]] = {}
    for index, role in plan.roles.items():
        pair = by_role.get(role)
        if pair is None:  # made once a role: a heading colour is found for a contrast
            pair = by_role[role] = (formats.block(role), formats.char(role))
        _apply_role(cursor, document.findBlockByNumber(index), *pair)
    _set_latin_ragged(cursor, document, plan.latin, plan.roles)
    remember_centred_blocks(document, list(plan.centred))
    forget_balance(document)  # new margins and fonts: the centred lines are evened out anew
    if plan.head_end is not None:
        block = document.findBlockByNumber(plan.head_end)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(with_head_gap(block.blockFormat(), style.em))
    _merge(cursor, plan.bold, formats.glued_heading())
    # The body's note marks as quiet superscripts, each note's own number as a link back.
    _merge(cursor, plan.marks, formats.note_mark())
    _merge(cursor, plan.numbers, formats.note_number())
    cursor.endEditBlock()


_KEEP = QTextCursor.MoveMode.KeepAnchor  # looked up once: thousands of ranges are set


def _merge(cursor: QTextCursor, ranges: Iterable[Range], fmt: QTextCharFormat) -> None:
    for start, end in ranges:
        cursor.setPosition(start)
        cursor.setPosition(end, _KEEP)
        cursor.mergeCharFormat(fmt)


def _set_latin_ragged(
    cursor: QTextCursor,
    document: QTextDocument,
    latin: Iterable[int],
    roles: dict[int, BlockRole],
) -> None:
    """Set the justified paragraphs of ``latin`` (mostly Latin letters) ragged-right: with no
    hyphenation, justified English spreads its words loosely (Chinese stays justified)."""
    left = QTextBlockFormat()
    left.setAlignment(Qt.AlignmentFlag.AlignLeft)
    for index in latin:
        if roles.get(index, BlockRole.BODY) in JUSTIFIED_ROLES:
            cursor.setPosition(document.findBlockByNumber(index).position())
            cursor.mergeBlockFormat(left)


def _apply_role(
    cursor: QTextCursor, block: QTextBlock, block_format: QTextBlockFormat, char: QTextCharFormat
) -> None:
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, _KEEP)
    cursor.setBlockFormat(block_format)
    cursor.setCharFormat(char)


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
        if role in JUSTIFIED_ROLES:
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
