"""Tick marks on the reader's vertical scroll bar: where a mark layer's ranges lie in the text.

A transparent child of the scroll bar paints, for each layer, a short bar at the height of each
range's first line relative to the whole document; the layout positions are computed when a layer
changes or the document is laid out again, and only painted afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollBar, QStyleOptionSlider, QWidget


class ScrollBarMarks(QWidget):
    """Paints fractions (0 = top of the document, 1 = bottom) as ticks along a scroll bar."""

    def __init__(self, scroll_bar: QScrollBar) -> None:
        super().__init__(scroll_bar)
        self.setObjectName("scrollBarMarks")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._scroll_bar = scroll_bar
        self._layers: dict[str, tuple[QColor, list[float]]] = {}
        scroll_bar.installEventFilter(self)
        self.setGeometry(scroll_bar.rect())

    def set_layer(self, layer: str, colour: QColor, fractions: list[float]) -> None:
        """Show ``fractions`` of ``layer`` in ``colour`` (an empty list removes the layer)."""
        if fractions:
            self._layers[layer] = (QColor(colour), sorted(fractions))
        else:
            self._layers.pop(layer, None)
        self.update()

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
        # Imported here: QStyle's Python class is costly to make and no start-up work needs it.
        from PySide6.QtWidgets import QStyle

        option = QStyleOptionSlider()
        self._scroll_bar.initStyleOption(option)
        groove = self._scroll_bar.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, self
        )
        return QRectF(groove if groove.isValid() else self.rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw each layer's ticks, one per pixel row at most."""
        if not self._layers:
            return
        groove = self._groove()
        painter = QPainter(self)
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
