"""The user's highlights and notes as ticks on the reader's scroll bar, under the marks' ticks.

Loaded after the first frame (the reader places these ticks once Qt has laid the speech out,
``overlays``): a long report with its highlights opens laying out only its first page. Each
annotation's tick sits at the height of its first line, in its colour, opaque; a note is a dot
(the shape the page gives a note's end), a highlight a bar. Ticks are kept one per pixel row
when painted, so thousands of highlights cost at most the groove's height in drawing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextDocument

from desktop.gui.reader.decorations import ShownAnnotation
from desktop.gui.theme import Theme

MARK_HEIGHT = 3
"""The height of a mark layer's tick (find, search, terms): ``ScrollBarMarks`` paints them."""
BAR_HEIGHT = 2
"""A highlight's tick: thinner and narrower than a mark's, which wins where both fall."""
DOT = 5
"""A note's tick: a dot this wide."""


class AnnotationTick(NamedTuple):
    """One annotation's tick: where (0 top … 1 bottom), in which colour, a note or not."""

    fraction: float
    colour: QColor
    note: bool


class TickPlaces:
    """The height of each annotation's first line, kept while the page's layout stays the same:
    adding one highlight to thousands asks Qt for that one's line only."""

    def __init__(self) -> None:
        self._layout: tuple[int, float, float] | None = None
        self._tops: dict[int, float] = {}

    def ticks(
        self,
        document: QTextDocument,
        line_top: Callable[[int], float],
        shown: Iterable[ShownAnnotation],
        theme: Theme,
    ) -> list[AnnotationTick]:
        """The ticks of ``shown`` on the page ``document`` (laid out to its end by now), whose
        line holding an offset has its top at ``line_top`` of it."""
        height = max(document.documentLayout().documentSize().height(), 1.0)
        layout = (id(document), document.textWidth(), height)
        if layout != self._layout:
            self._layout, self._tops = layout, {}
        colours: dict[str | None, QColor] = {}
        ticks = []
        for item in shown:
            top = self._tops.get(item.start)
            if top is None:
                top = self._tops[item.start] = line_top(item.start)
            colour = colours.get(item.color)
            if colour is None:
                colour = colours[item.color] = tick_colour(theme, item.color)
            ticks.append(AnnotationTick(min(top / height, 1.0), colour, item.has_note))
        return ticks


def tick_colour(theme: Theme, color: str | None) -> QColor:
    """A highlight colour's tick: its fill made opaque (a note with no colour: the accent,
    the colour of its underline and dot on the page)."""
    if color is None:
        return theme.color("accent")
    colour = theme.highlight(color)
    colour.setAlpha(255)
    return colour


class TickRows:
    """The annotations' ticks bucketed one per pixel row, kept until the ticks, the marks or
    the groove change: the scroll bar is painted again at each step of a scroll."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._rows: dict[int, AnnotationTick] = {}

    def paint(
        self,
        painter: QPainter,
        groove: QRectF,
        ticks: list[AnnotationTick],
        marks: Iterable[list[float]],
        version: int,
    ) -> None:
        """Paint ``ticks`` along ``groove``, leaving bare the rows of the marks' ticks (at
        ``marks``' fractions, painted over them); ``version`` changes with either."""
        key = (groove.getRect(), version)
        if key != self._key:
            taken = rows_taken(groove, (fraction for layer in marks for fraction in layer))
            self._key, self._rows = key, _bucketed(groove, ticks, taken)
        _paint_rows(painter, groove, self._rows)


def _bucketed(
    groove: QRectF, ticks: list[AnnotationTick], taken: set[int]
) -> dict[int, AnnotationTick]:
    """One tick a pixel row (a note wins its row), none in the rows ``taken``."""
    top, span = groove.top(), max(groove.height() - MARK_HEIGHT, 1)
    rows: dict[int, AnnotationTick] = {}
    for tick in ticks:
        row = round(top + tick.fraction * span)
        if row not in taken and (tick.note or row not in rows or not rows[row].note):
            rows[row] = tick
    return rows


def _paint_rows(painter: QPainter, groove: QRectF, rows: dict[int, AnnotationTick]) -> None:
    """A bar for each highlight's row, then a dot for each note's: a note stays a dot where a
    highlight's bar is next to it."""
    painter.setPen(Qt.PenStyle.NoPen)
    left, width = groove.left() + 3, max(groove.width() - 6, 1)
    for row, tick in rows.items():
        if not tick.note:
            painter.setBrush(tick.colour)
            painter.drawRect(QRectF(left, row + 1, width, BAR_HEIGHT))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = groove.center().x()
    for row, tick in rows.items():
        if tick.note:
            painter.setBrush(tick.colour)
            painter.drawEllipse(QRectF(centre - DOT / 2, row + 1.5 - DOT / 2, DOT, DOT))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def rows_taken(groove: QRectF, fractions: Iterable[float]) -> set[int]:
    """The rows a mark layer's ticks at ``fractions`` cover, with a row's room either side:
    an annotation's tick there would show as a fringe around the mark's."""
    top, span = groove.top(), max(groove.height() - MARK_HEIGHT, 1)
    taken: set[int] = set()
    for fraction in fractions:
        row = round(top + fraction * span)
        taken.update(range(row - 2, row + MARK_HEIGHT + 2))
    return taken
