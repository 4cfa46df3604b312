"""What the reader paints over the text: highlights, note marks and mark layers.

Everything here is drawn with ``QTextEdit.ExtraSelection`` rather than char formats, so adding
or removing a highlight never edits the document (no relayout, no undo history). Fills are
translucent (see theme.py): where two highlights overlap, both colours show through.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
)
from PySide6.QtWidgets import QTextEdit, QToolTip

from desktop.core.annotation import AnchorState, Annotation
from desktop.core.offsets import Utf16Map
from desktop.gui.theme import Theme

Range = tuple[int, int]


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class ShownAnnotation(NamedTuple):
    """An annotation the reader can draw: a range inside the text, its colour and note."""

    id: str
    start: int
    end: int
    color: str | None
    note: str

    @property
    def has_note(self) -> bool:
        """True when the user wrote something on it."""
        return bool(self.note.strip())


def drawable(annotations: list[Annotation], text_length: int) -> list[ShownAnnotation]:
    """The annotations that have a live range inside the text, ordered by start then length."""
    shown = []
    for annotation in annotations:
        if annotation.deleted or annotation.state == AnchorState.ORPHANED:
            continue
        if annotation.start is None or annotation.end is None:
            continue
        start, end = max(annotation.start, 0), min(annotation.end, text_length)
        if start < end:
            shown.append(
                ShownAnnotation(annotation.id, start, end, annotation.color, annotation.note)
            )
    shown.sort(key=lambda item: (item.start, -(item.end - item.start)))
    return shown


class AnnotationIndex:
    """Find the annotations covering a ``str`` offset."""

    def __init__(self, shown: list[ShownAnnotation]) -> None:
        self._shown = shown
        self._starts = [item.start for item in shown]
        self._longest = max((item.end - item.start for item in shown), default=0)

    def __iter__(self) -> Iterator[ShownAnnotation]:
        return iter(self._shown)

    def __len__(self) -> int:
        return len(self._shown)

    def at(self, offset: int) -> list[ShownAnnotation]:
        """The annotations whose range holds the character at ``offset``, innermost first."""
        # Only annotations starting within the longest length before ``offset`` can cover it.
        first = bisect_left(self._starts, offset - self._longest)
        last = bisect_left(self._starts, offset + 1)
        hits = [item for item in self._shown[first:last] if item.start <= offset < item.end]
        return sorted(hits, key=lambda item: item.end - item.start)

    def overlapping(self, start: int, end: int) -> list[ShownAnnotation]:
        """The annotations sharing at least one character with ``[start, end)``, in order."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return [item for item in self._shown[first:last] if item.end > start]

    def by_id(self, annotation_id: str) -> ShownAnnotation | None:
        """The annotation with ``annotation_id`` when it is shown."""
        return next((item for item in self._shown if item.id == annotation_id), None)


def _selection(
    document: QTextDocument, utf16: Utf16Map, start: int, end: int, fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    return _utf16_selection(document, utf16.to_utf16(start), utf16.to_utf16(end), fmt)


def _utf16_selection(
    document: QTextDocument, start: int, end: int, fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = fmt
    return selection


def _paragraph_selections(
    document: QTextDocument, utf16: Utf16Map, start: int, end: int, fmt: QTextCharFormat
) -> list[QTextEdit.ExtraSelection]:
    """``[start, end)`` as one selection per paragraph it touches.

    Qt finds where a selection crossing paragraphs is from the bounds of the whole text's
    frame, which lays all of the text out (~60 ms for 200,000 characters); one paragraph's
    needs that paragraph only.
    """
    first, last = utf16.range_to_utf16(start, end)
    block = document.findBlock(first)
    pieces = []
    while block.isValid() and block.position() < last:
        piece_end = min(last, block.position() + block.length() - 1)
        if piece_end > max(first, block.position()):
            pieces.append(_utf16_selection(document, max(first, block.position()), piece_end, fmt))
        block = block.next()
    return pieces


def annotation_selections(
    document: QTextDocument, utf16: Utf16Map, shown: Iterable[ShownAnnotation], theme: Theme
) -> list[QTextEdit.ExtraSelection]:
    """Fills for highlights and a dotted underline for every annotation with a note."""
    shown = list(shown)
    fills: dict[str | None, QTextCharFormat] = {}
    note_format = QTextCharFormat()
    note_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    note_format.setUnderlineColor(theme.color("accent"))
    selections = []
    for item in shown:
        if item.color:
            fmt = fills.get(item.color)
            if fmt is None:
                fmt = fills[item.color] = QTextCharFormat()
                fmt.setBackground(theme.highlight(item.color))
            selections += _paragraph_selections(document, utf16, item.start, item.end, fmt)
    for item in shown:
        if item.has_note:
            selections += _paragraph_selections(document, utf16, item.start, item.end, note_format)
    return selections


def mark_selections(
    document: QTextDocument,
    utf16: Utf16Map,
    layer: str,
    ranges: list[Range],
    theme: Theme,
    current: int | None = None,
) -> list[QTextEdit.ExtraSelection]:
    """Fills for one mark layer; the ``current`` mark (e.g. the active search hit) stronger."""
    fmt = QTextCharFormat()
    fmt.setBackground(theme.mark(layer))
    selections = [
        piece
        for start, end in ranges
        for piece in _paragraph_selections(document, utf16, start, end, fmt)
    ]
    if current is not None and 0 <= current < len(ranges):
        strong = QTextCharFormat()
        colour = QColor(theme.mark(layer))
        colour.setAlpha(255)
        # Text in the page colour on a solid mark: the current hit stands out from the others.
        strong.setBackground(colour.darker(112))
        strong.setForeground(theme.color("background"))
        start, end = ranges[current]
        selections += _paragraph_selections(document, utf16, start, end, strong)
    return selections


def marks_within(
    ranges: list[Range], current: int | None, start: int, end: int
) -> tuple[list[Range], int | None]:
    """The ranges sharing a character with ``[start, end)``, and where ``current`` is among
    them (None when it is not)."""
    kept: list[Range] = []
    kept_current = None
    for index, (first, last) in enumerate(ranges):
        if first < end and last > start:
            if index == current:
                kept_current = len(kept)
            kept.append((first, last))
    return kept, kept_current


def line_flash_colour(theme: Theme) -> QColor:
    """The tint of the band behind the line where a jump landed (``ReaderOverlays``)."""
    colour = QColor(theme.accent)
    colour.setAlpha(40)
    return colour


def range_flash_selections(
    document: QTextDocument, utf16: Utf16Map, start: int, end: int, theme: Theme
) -> list[QTextEdit.ExtraSelection]:
    """A tint behind ``[start, end)``: the note (or the mark) a link led to."""
    fmt = QTextCharFormat()
    colour = QColor(theme.accent)
    colour.setAlpha(48)
    fmt.setBackground(colour)
    return _paragraph_selections(document, utf16, start, end, fmt)


TOOLTIP_NOTE_CHARACTERS = 600
"""Longer notes are cut in the tooltip; the annotations dock shows them whole."""
TOOLTIP_LINE_CHARACTERS = 28
"""The widest a tooltip's line grows, in CJK characters, before the note wraps."""


def note_tooltip(parts: list[str]) -> str:
    """Rich text for the tooltip over annotated words: its parts (``note_tooltip_part``'s, a
    note mark's) a rule apart, as wide as their widest line."""
    document = QTextDocument()
    document.setHtml("<hr>".join(parts))
    return _at_least_as_wide_as_its_lines(document)


def note_tooltip_part(note: str, head: str = "") -> str:
    """A highlight's part of the tooltip, as HTML: ``head`` (its colour's name) in italics, then
    its Markdown note read as the exports read it (``note_markup.note_blocks``: paragraphs,
    lists, quotes, bold, italics, code and links; raw HTML shows as typed), a long one cut."""
    # Named here: the export's HTML is needed at the first hover, not at start-up.
    from desktop.core.export.html_base import esc, note_html

    note = note.strip()
    if len(note) > TOOLTIP_NOTE_CHARACTERS:
        note = note[:TOOLTIP_NOTE_CHARACTERS].rstrip() + "…"
    lead = f"<p><i>{esc(head)}</i></p>" if head else ""
    return lead + note_html(note) if note else lead


def _at_least_as_wide_as_its_lines(document: QTextDocument) -> str:
    """``document``'s HTML in a table as wide as its widest line (up to a cap).

    Qt squeezes a wrapped tooltip that fits in a few lines to a quarter of 80 Latin
    characters' width: a 20-character CJK note came out as four lines of five.
    """
    # Named here, not with the module: PySide makes a Qt class's Python enums when it is first
    # imported, and only a note's tooltip needs these.
    from PySide6.QtGui import QTextDocumentFragment, QTextTableFormat

    font = QToolTip.font()
    document.setDefaultFont(font)
    cap = QFontMetricsF(font).horizontalAdvance("国") * TOOLTIP_LINE_CHARACTERS
    width = min(document.idealWidth(), cap)
    table = QTextTableFormat()
    table.setBorder(0)
    table.setCellPadding(0)
    table.setCellSpacing(0)
    table.setWidth(QTextLength(QTextLength.Type.FixedLength, round(width)))
    framed = QTextDocument()
    cursor = QTextCursor(framed)
    cursor.insertTable(1, 1, table)
    cursor.insertFragment(QTextDocumentFragment(document))
    return framed.toHtml()
