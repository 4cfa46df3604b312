"""The user's highlights and notes as ticks on the reader's scroll bar, under the marks' ticks.

Loaded after the first frame (the reader places these ticks once Qt has laid the speech out,
``overlays``): a long report with its highlights opens laying out only its first page. Each
annotation's tick sits at the height of its first line, in its colour, opaque; a note is a dot
(the shape the page gives a note's end), a highlight a bar. Ticks are kept one per pixel row
when painted, so thousands of highlights cost at most the groove's height in drawing.

``ScrollBarMarks``, a transparent child of the scroll bar made with the first ticks, paints
them, and over them the mark layers' (find, search, terms): a short bar at each mark's height.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextDocument
from PySide6.QtWidgets import QScrollBar, QWidget

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


class ScrollBarMarks(QWidget):
    """Paints fractions (0 = top of the document, 1 = bottom) as ticks along a scroll bar."""

    def __init__(self, scroll_bar: QScrollBar) -> None:
        super().__init__(scroll_bar)
        self.setObjectName("scrollBarMarks")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._scroll_bar = scroll_bar
        self._layers: dict[str, tuple[QColor, list[float]]] = {}
        self._annotation_ticks: list[AnnotationTick] = []  # under the layers'
        self._tick_rows: TickRows | None = None  # those ticks a pixel row each, kept
        self._version = 0  # of the ticks and layers: what the kept rows were made from
        scroll_bar.installEventFilter(self)
        self.setGeometry(scroll_bar.rect())

    def set_layer(self, layer: str, colour: QColor, fractions: list[float]) -> None:
        """Show ``fractions`` of ``layer`` in ``colour`` (an empty list removes the layer)."""
        if fractions:
            self._layers[layer] = (QColor(colour), sorted(fractions))
        else:
            self._layers.pop(layer, None)
        self._version += 1
        self.update()

    def set_annotation_ticks(self, ticks: list[AnnotationTick]) -> None:
        """Show the user's highlights and notes as ``ticks``, under the layers' ticks."""
        if ticks or self._annotation_ticks:
            self._annotation_ticks = ticks
            self._version += 1
            self.update()

    def annotation_ticks(self) -> list[AnnotationTick]:
        """The annotations' ticks shown."""
        return list(self._annotation_ticks)

    def layers(self) -> list[str]:
        """The layers with ticks."""
        return list(self._layers)

    def layer(self, layer: str) -> list[float]:
        """The fractions shown for ``layer``."""
        return self._layers.get(layer, (QColor(), []))[1]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the scroll bar's size."""
        if watched is self._scroll_bar and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._scroll_bar.rect())
        return False

    def _groove(self) -> QRectF:
        # Imported here: QStyle's and the slider option's Python classes (their enums) are
        # costly to make, and the first frame shows no ticks.
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        option = QStyleOptionSlider()
        self._scroll_bar.initStyleOption(option)
        groove = self._scroll_bar.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, self
        )
        return QRectF(groove if groove.isValid() else self.rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the annotations' ticks, then each layer's over them, one per pixel row at most."""
        if not (self._layers or self._annotation_ticks):
            return
        groove = self._groove()
        painter = QPainter(self)
        if self._annotation_ticks:
            if self._tick_rows is None:
                self._tick_rows = TickRows()
            marks = (fractions for _colour, fractions in self._layers.values())
            self._tick_rows.paint(painter, groove, self._annotation_ticks, marks, self._version)
        for colour, fractions in self._layers.values():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            drawn: set[int] = set()
            for fraction in fractions:
                y = round(groove.top() + fraction * max(groove.height() - 3, 1))
                if y not in drawn:
                    drawn.add(y)
                    painter.drawRect(QRectF(groove.left() + 2, y, groove.width() - 4, 3))
        painter.end()
