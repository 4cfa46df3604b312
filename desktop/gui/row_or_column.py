"""A row of a panel's parts that turns into a column where the panel is too narrow for it.

The search panel docks along the bottom of the window (wide) or at its side (~300 px): the
query and its options, the counts and their buttons, the filter's years and speaker each sit
side by side where they fit and one under the other where they do not. A fixed layout cannot
do both, so the row turns into a column at each resize, and at each new size of its parts (a
language's words, a longer count), when it no longer fits (``needed_width``), and back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

ROW = QBoxLayout.Direction.LeftToRight
COLUMN = QBoxLayout.Direction.TopToBottom


class RowOrColumn(QWidget):
    """A box of parts laid out in a row while ``needed_width`` fits, else in a column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QBoxLayout(ROW, self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def needed_width(self) -> int:
        """The width the parts need side by side (each subclass says what its parts need)."""
        raise NotImplementedError

    def beside(self) -> bool:
        """True while the parts share one row."""
        return self._layout.direction() == ROW

    def event(self, event: QEvent) -> bool:
        """Fit again when a part's size changes (its new size asks for a new layout)."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Fit again to the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        direction = ROW if self.needed_width() <= self.width() else COLUMN
        if direction != self._layout.direction():
            self._layout.setDirection(direction)
