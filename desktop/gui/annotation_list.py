"""The annotations dock's list and the page shown in its place when there is nothing to list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget


class AnnotationListView(QTreeView):
    """The dock's list; it knows whether a selection change comes from a mouse press."""

    return_pressed = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.in_mouse_press = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a row asks to go to its passage again."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.return_pressed.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A press selects; the click that follows asks for the jump (once)."""
        self.in_mouse_press = True
        try:
            super().mousePressEvent(event)
        finally:
            self.in_mouse_press = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rows re-wrap their quotes to the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class EmptyState(QWidget):
    """Why the list is empty and what to do: a title, a hint, maybe "clear filters"."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._title = self._label("emptyTitle", 1.1)
        self._hint = self._label("emptyHint", 1.0)
        self._hint.setEnabled(False)  # drawn in the muted colour of disabled text
        self._clear = QPushButton(self)
        self._clear.setObjectName("clearFilters")
        self._clear.clicked.connect(self.clear_requested)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def _label(self, name: str, scale: float) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
        return label

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self._clear.setText(self.tr("Clear Filters"))

    def show_message(self, title: str, hint: str, offer_clear: bool) -> None:
        """Say ``title`` and ``hint``; offer to clear the filters when they hide everything."""
        self._title.setText(title)
        self._hint.setText(hint)
        self._hint.setVisible(bool(hint))
        self._clear.setVisible(offer_clear)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
