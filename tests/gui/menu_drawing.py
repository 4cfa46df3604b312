"""A menu drawn with an item highlighted, and how its icon's ink reads on the selection."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QAction, QColor, QImage, QPalette
from PySide6.QtWidgets import QMenu

from desktop.gui.contrast import contrast_ratio


def highlighted_item(menu: QMenu, action: QAction) -> tuple[QImage, QRect, QColor]:
    """``menu`` drawn with ``action`` highlighted; that item's icon area (in the image's
    pixels); the selection's colour."""
    menu.adjustSize()  # drawn as it would pop up (a popup itself warns offscreen)
    menu.setActiveAction(action)
    image = menu.grab().toImage()
    ratio = image.devicePixelRatio()
    item = menu.actionGeometry(action)
    # The icon's column, inside the selection's darker outline.
    area = QRect(item.left(), item.top(), item.height(), item.height()).adjusted(2, 2, -2, -2)
    scaled = QRect(*(round(value * ratio) for value in area.getRect()))
    return image, scaled, menu.palette().color(QPalette.ColorRole.Highlight)


def icon_ink(image: QImage, area: QRect, ground: QColor) -> list[float]:
    """The contrast with ``ground`` of each pixel in ``area`` that is not the ground itself."""
    ratios = (
        contrast_ratio(image.pixelColor(x, y), ground)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )
    return sorted(ratio for ratio in ratios if ratio > 1.05)


def stroke_contrast(ink: list[float]) -> float:
    """The median contrast of an icon's strokes, their antialiased fringe left out."""
    strokes = ink[len(ink) // 2 :]
    return strokes[len(strokes) // 2]
