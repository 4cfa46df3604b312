"""The search summary's count of hits in annotations, as a link to them.

A text search counts its hits in annotations too ("批注中 2 处") but lists only the texts'
hits; the count is a link that shows the annotations' hits (the panel's "Annotations only"
ticked, the same query searched again), and unticking that box comes back. A flat button
drawn as a link: Tab reaches it, Space or Enter follows it, and it has a spoken name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QToolButton, QWidget


class NotesLink(QToolButton):
    """A link drawn as text: the hits in annotations that a text search counted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_notes_hits")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, as a page's links
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.hide()

    def set_colour(self, colour: QColor) -> None:
        """Draw it in ``colour`` (the palette's link colour), framed only while it has focus."""
        name = colour.name()
        self.setStyleSheet(
            f"QToolButton {{ color: {name}; border: 1px solid transparent; padding: 0 1px; }}"
            f" QToolButton:focus {{ border: 1px dotted {name}; }}"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter follows the link, as on a page (a button takes only Space)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)
