"""Balancing centred lines: a wrapping centred title narrowed by its margins to even lines.

A long centred title wraps as wide as the column lets it, which can leave one or two
characters alone on its last line (孤字): Chinese typesetting instead narrows such a block so
its lines are even, as CSS ``text-wrap: balance`` does. For each centred block that wraps, the
narrowest width keeping the same number of lines is found with trial layouts of the block's
own text and formats (a free ``QTextLayout``, never the document's layout), and the block is
narrowed to it by equal left and right margins. The text is untouched: offsets stay as they
were. A typographer breaks a title between phrases, not inside a word ("中共中央 国务院 / 关于
实施乡村振兴战略的意见", not "…关于实 / 施…"): a setting whose lines all break at a space,
after punctuation or at a phrase boundary (``phrase_breaks``: rules of the text alone, so a
title is set at the first frame, before jieba, and never re-flows) and stay near even is taken
when there is one (``phrasing``, loaded only when a break lies where one may be); a title of
three lines or more may also break between words (``long_titles``), never inside one.
A first line shorter than the next is held by an indent and as much letter spacing after its
last character: it ends there, still centred (``held_gap``: the blank that spacing leaves).
Only centred blocks are looked at (``build_document`` names them, so the body is never
walked), and a document remembers the width it was balanced for: again at it costs nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
)

if TYPE_CHECKING:
    from desktop.gui.reader.phrasing import Phrased

BALANCE_INSET = QTextFormat.Property.UserProperty + 2
"""A block property: the margin, each side, that balancing added to the block's own margins."""

BALANCE_INDENT = QTextFormat.Property.UserProperty + 3
"""A block property: the first-line indent balancing added (``_Setting.indent``)."""

BALANCE_SPACED = QTextFormat.Property.UserProperty + 4
"""The character balancing spaced (a block property; -1: none), and its spacing (its own)."""
_LETTER_SPACING = QTextFormat.Property.FontLetterSpacing
_LETTER_SPACING_TYPE = QTextFormat.Property.FontLetterSpacingType

PHRASE_ENDS_AFTER = "的之和与及暨"
"""Particles and conjunctions that close a phrase of a title (…战略的 / 意见, …和 / …)."""

PHRASE_STARTS = ("关于", "——")
"""Words that open a phrase: a line may begin with them (中共中央 国务院 / 关于…)."""

PAUSES = "，、；：。！？）)》〉」』】”’"
"""Punctuation a line may end with, never begin with."""

OPENINGS = "（(《〈「『【“‘"
"""Punctuation a line may begin with, never end with."""

WHOLE_WORDS = (
    "共和国", "和平", "和谐", "和睦", "的确", "及时", "及早", "与会", "与时俱进",
    "之一", "之间", "之后", "之前", "之中", "之下", "之上", "之际", "之内", "之外",
)  # fmt: skip
"""Words holding a particle of ``PHRASE_ENDS_AFTER`` that no line breaks inside (中华人民共和 /
国): a short list of the common ones, since jieba is not ready at a title's first frame."""

MOST_BREAKS = 12
"""Past this many phrase breaks a centred block is a paragraph, not a title: balanced only."""

NUMERALS = "〇零一二三四五六七八九十百千万亿"
"""Chinese numerals: a run of them (十四五, 七十五) is a number, kept on one line."""

MOST_LINES = 10
"""Past this many lines a centred block is a paragraph, not a title: balanced only."""


CENTRED_BLOCKS = "pizhuCentredBlocks"
"""A document property: the numbers of its centred blocks, when its builder knows them."""

_BALANCED_WIDTH = "pizhuBalancedWidth"
"""A document property: the text width its centred blocks were last balanced for."""

SLACK = 1.0
"""Pixels each side left beyond the narrowest trial width: the document's own layout rounds
its widths a little differently, and a line must not wrap again for a fraction of a pixel."""

PRECISION = 0.5
"""How close, in pixels, the search comes to the narrowest width."""


def remember_centred_blocks(document: QTextDocument, numbers: list[int]) -> None:
    """Record which blocks of ``document`` are centred, so balancing need not look at the rest."""
    document.setProperty(CENTRED_BLOCKS, list(numbers))


def forget_balance(document: QTextDocument) -> None:
    """Have the next ``balance_centred_blocks`` balance ``document`` again, at any width (its
    blocks were given new formats, which hold no balancing)."""
    document.setProperty(_BALANCED_WIDTH, None)


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
        changed |= _apply(block, _setting(document, block, column))
    if changed:
        # Changed during a QTextEdit's lazy layout (a resize), a block may keep the lines of its
        # old margins and crash the next paint; a fresh layout from the top, as a new width
        # gets anyway (and only as far as it shows), is safe. (The page size, not the text
        # width: a paginated document keeps its page height.)
        document.setPageSize(document.pageSize())


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class _Setting(NamedTuple):
    """How a centred block is set: margins each side, and its first line held short."""

    inset: float = 0.0
    indent: float = 0.0  # and the spacing after character ``spaced`` of the block (-1: none)
    spaced: int = -1


def _narrowest_width(layout: QTextLayout, lines: int, available: float) -> float:
    """The narrowest width (≤ ``available``) keeping ``layout`` in ``lines`` lines: evenest."""
    if lines <= 1:
        return available
    line_count(layout, available)
    natural = sum(layout.lineAt(i).naturalTextWidth() for i in range(lines))
    low = natural / lines  # no narrower: the words would not fit
    high = available
    while high - low > PRECISION:
        middle = (low + high) / 2
        if line_count(layout, middle) <= lines:
            high = middle
        else:
            low = middle
    return high


def _setting(document: QTextDocument, block: QTextBlock, column: float) -> _Setting:
    """How ``block`` is set in a column ``column`` wide: balanced, broken between phrases."""
    if column <= 0 or not block.text():
        return _Setting()
    fmt, ours = block.blockFormat(), _current(block)
    available = column - (fmt.leftMargin() - ours.inset) - (fmt.rightMargin() - ours.inset)
    available -= fmt.textIndent() - ours.indent
    if available <= 0:
        return _Setting()
    layout = _trial_layout(document, block)
    lines = line_count(layout, available)
    if lines <= 1:
        return _Setting()
    narrowest = _narrowest_width(layout, lines, available)
    phrased = _phrased(layout, block.text(), lines, narrowest, available)
    width = narrowest if phrased is None else phrased.width
    inset = max(0.0, math.floor((available - width) / 2 - SLACK))
    if phrased is None:
        return _Setting(inset)
    return _Setting(inset, *_held_first_line(layout, block.text(), phrased, available - 2 * inset))


def _phrased(
    layout: QTextLayout, text: str, lines: int, narrowest: float, available: float
) -> Phrased | None:
    """A setting of ``layout`` breaking between phrases (``phrasing``), if one may be better
    than the balance at ``narrowest``: not when that breaks between phrases already, nor for
    a paragraph, nor for two lines with no phrase break near the middle and no word broken."""
    breaks = phrase_breaks(text)
    if lines > MOST_LINES or len(breaks) > MOST_BREAKS:
        return None
    balanced = line_starts(layout, narrowest)[1:]
    if all(start in breaks for start in balanced):
        return None
    near = any(len(text) / 4 <= b <= len(text) * 3 / 4 for b in breaks)  # NEAR_BALANCED
    if lines == 2 and not near and not _breaks_a_word(text, balanced):
        return None
    from desktop.gui.reader.phrasing import phrased_width  # loaded only when it may help

    return phrased_width(layout, text, lines, breaks, (narrowest, available))


def _breaks_a_word(text: str, starts: list[int]) -> bool:
    """Whether a line starting at one of ``starts`` splits a number or a word known whole."""
    whole = {i for word in WHOLE_WORDS for i in word_insides(text, word)}
    return any(i in whole or is_numeral(text[i - 1]) and is_numeral(text[i]) for i in starts)


def is_numeral(char: str) -> bool:
    """Whether ``char`` is a digit or a Chinese numeral: a run of them is one number."""
    return char.isdigit() or char in NUMERALS


def _held_first_line(
    layout: QTextLayout, text: str, phrased: Phrased, width: float
) -> tuple[float, int]:
    """The indent (and spacing) that ends the first line at its phrase in a line ``width``
    wide, and the character spaced; none when the width alone ends it there."""
    starts = line_starts(layout, width)
    if len(starts) > 1 and starts[1] == phrased.first_break:
        return 0.0, -1
    # Indent and spacing alike take half the room left: the line is full, its text centred.
    indent = math.floor((width - phrased.first_width) / 2 - 1)
    last = len(text[: phrased.first_break].rstrip()) - 1
    return (float(indent), last) if indent > 0 else (0.0, -1)


def _apply(block: QTextBlock, setting: _Setting) -> bool:
    old = _current(block)
    if setting == old:
        return False
    fmt = block.blockFormat()
    fmt.setLeftMargin(fmt.leftMargin() - old.inset + setting.inset)
    fmt.setRightMargin(fmt.rightMargin() - old.inset + setting.inset)
    fmt.setTextIndent(fmt.textIndent() - old.indent + setting.indent)
    fmt.setProperty(BALANCE_INSET, setting.inset)
    fmt.setProperty(BALANCE_INDENT, setting.indent)
    fmt.setProperty(BALANCE_SPACED, setting.spaced)
    QTextCursor(block).setBlockFormat(fmt)
    if old.spaced >= 0:
        _space_character(block, old.spaced, 0.0)
    if setting.spaced >= 0:
        _space_character(block, setting.spaced, setting.indent)
    return True


def _space_character(block: QTextBlock, index: int, spacing: float) -> None:
    """Give the character ``index`` of ``block`` this letter spacing after it (0: none)."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + index)
    cursor.setPosition(block.position() + index + 1, QTextCursor.MoveMode.KeepAnchor)
    fmt = cursor.charFormat()
    _unspaced(fmt)
    if spacing:
        fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
        fmt.setFontLetterSpacing(spacing)
        fmt.setProperty(BALANCE_SPACED, spacing)
    cursor.setCharFormat(fmt)


def _unspaced(fmt: QTextCharFormat) -> None:
    """``fmt`` without the letter spacing balancing gave it."""
    if fmt.hasProperty(BALANCE_SPACED):
        for key in (BALANCE_SPACED, _LETTER_SPACING, _LETTER_SPACING_TYPE):
            fmt.clearProperty(key)


def _current(block: QTextBlock) -> _Setting:
    """The setting balancing last gave ``block``."""
    fmt = block.blockFormat()
    inset, indent, spaced = (
        fmt.property(key) for key in (BALANCE_INSET, BALANCE_INDENT, BALANCE_SPACED)
    )
    return _Setting(
        float(inset or 0.0), float(indent or 0.0), -1 if spaced is None else int(spaced)
    )


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
            _unspaced(piece.format)
            ranges.append(piece)
        iterator += 1
    layout.setFormats(ranges)
    option = document.defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    option.setUseDesignMetrics(document.useDesignMetrics())
    layout.setTextOption(option)
    return layout


def line_count(layout: QTextLayout, width: float) -> int:
    """How many lines ``layout`` takes at ``width``."""
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


def line_starts(layout: QTextLayout, width: float, first: float | None = None) -> list[int]:
    """Where ``layout``'s lines start at ``width``, the first ``first`` wide if given."""
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(first if first is not None and line.lineNumber() == 0 else width)
        line = layout.createLine()
    layout.endLayout()
    return [layout.lineAt(i).textStart() for i in range(layout.lineCount())]


def held_gap(block: QTextBlock) -> QRectF | None:
    """The blank after ``block``'s held first line, in document coordinates (None: not held).

    Balancing holds a short first line (``中共中央 国务院 / 关于…``) by an indent and as much
    letter spacing after its last character; Qt counts that spacing as part of the character,
    so a highlight, find match or selection ending on it would run on to the line's end.
    """
    fmt = block.blockFormat()
    spaced, spacing = fmt.property(BALANCE_SPACED), fmt.property(BALANCE_INDENT)
    if spaced is None or int(spaced) < 0 or not spacing:
        return None
    index = int(spaced)
    line = block.layout().lineForTextPosition(index)
    if not line.isValid():
        return None
    top_left = block.document().documentLayout().blockBoundingRect(block).topLeft()
    end = line.cursorToX(index + 1)[0]  # after the character: its glyph, then the spacing
    return QRectF(end - float(spacing), line.y(), float(spacing), line.height()).translated(
        top_left
    )


def phrase_breaks(text: str) -> dict[int, bool]:
    """Where a title may break between phrases: index of the next line's first character →
    whether the break is a strong one (a space, punctuation, before 关于) or weak (after 的)."""
    inside = {i for word in WHOLE_WORDS for i in word_insides(text, word)}
    breaks: dict[int, bool] = {}
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if after.isspace() or after in PAUSES or before in OPENINGS or i in inside:
            continue
        if before.isspace() and text[:i].rstrip()[-1:] in OPENINGS:
            continue  # （ 中共: a bracket keeps to what it opens across the space
        if _opens_phrase(text, i):
            breaks[i] = True
        elif before in PHRASE_ENDS_AFTER:
            breaks[i] = False
    return breaks


def _opens_phrase(text: str, i: int) -> bool:
    """Whether ``text[i]`` opens a phrase: after a space, punctuation or a dash, or at an
    opening bracket, quote or word."""
    before, after = text[i - 1], text[i]
    if before.isspace() or before in PAUSES or (before == "—" != after):
        return True
    return after in OPENINGS or (text.startswith(PHRASE_STARTS, i) and before != "—")


def word_insides(text: str, word: str) -> Iterator[int]:
    """The indices strictly inside each occurrence of ``word`` in ``text``."""
    start = text.find(word)
    while start >= 0:
        yield from range(start + 1, start + len(word))
        start = text.find(word, start + 1)
