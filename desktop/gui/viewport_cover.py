"""A widget laid over a view's viewport, as large as it: the library tree's hints.

The empty library's hint and the filter's "no title holds…" both cover the tree's viewport and
show only while their case holds; this keeps one of them fitted to the viewport as it resizes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

HINT_MARGIN = 12
"""Space between a hint's text and the view's edges, in pixels."""


class ViewportCover(QObject):
    """Keeps ``widget`` (a child of ``view``'s viewport) covering the viewport."""

    def __init__(self, widget: QWidget, view: QAbstractScrollArea) -> None:
        super().__init__(widget)
        self._widget = widget
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The viewport resized: the widget too."""
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """The widget over the whole viewport."""
        self._widget.setGeometry(self._viewport.rect())

    def show_while(self, shown: bool) -> None:
        """Show the widget, fitted, while ``shown``; else hide it."""
        if shown:
            self.fit()
        self._widget.setVisible(shown)
