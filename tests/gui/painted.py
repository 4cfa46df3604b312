"""The texts a view's delegate draws for one row, caught by a painter that remembers them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView


class TextSpy(QPainter):
    """A painter that remembers every text drawn through it."""

    def __init__(self, device: QPixmap) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: object) -> None:  # noqa: N802 - Qt's name
        """Remember the text, then draw it."""
        self.texts.append(next(a for a in args if isinstance(a, str)))
        super().drawText(*args)


def painted_texts(view: QTreeView, index: QModelIndex) -> list[str]:
    """Every text ``view``'s delegate draws for the row at ``index``."""
    rect = view.visualRect(index)
    pixmap = QPixmap(rect.size())
    painter = TextSpy(pixmap)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(QPoint(0, 0), rect.size())
    try:
        view.itemDelegate().paint(painter, option, index)
    finally:
        painter.end()
    return painter.texts
