"""A line of text and its buttons: on one row where the text fits beside them, else the text
across the panel and the buttons under it.

A panel's counts ("命中 145 处 · 涉及 4 篇讲话") beside Copy Table and Export CSV read well in
a dock along the bottom of the window, but a dock at the side (some 300 px at 1366 wide)
squeezed them into a tall column of a few characters a line. A fixed layout cannot do both,
so the row turns into a column when the text no longer fits, and back when it does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

_ROW = QBoxLayout.Direction.LeftToRight
_COLUMN = QBoxLayout.Direction.TopToBottom


class BesideOrUnder(QWidget):
    """``label`` with ``buttons`` at its right, or above them when it would have to wrap."""

    def __init__(self, label: QLabel, buttons: Sequence[QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self._layout = QBoxLayout(_ROW, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(label, 1)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)  # at the right, under the text as beside it
        for button in buttons:
            button.setParent(self)
            self._buttons.addWidget(button)
        self._layout.addLayout(self._buttons)

    def beside(self) -> bool:
        """True while the text and the buttons share one row."""
        return self._layout.direction() == _ROW

    def event(self, event: QEvent) -> bool:
        """Fit again when the label's text changes (its new size asks for a new layout)."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit again to the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        text = "" if self.label.isHidden() else self.label.text()
        needed = self.label.fontMetrics().horizontalAdvance(text)
        needed += self._layout.spacing() + self._buttons.sizeHint().width()
        direction = _ROW if needed <= self.width() else _COLUMN
        if direction != self._layout.direction():
            self._layout.setDirection(direction)
