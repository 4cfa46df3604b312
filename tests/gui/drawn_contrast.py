"""Contrast as drawn: a view's row painted by its delegate in a chosen state, and the WCAG
ratio of the ink in a part of it against the ground under that ink."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

from tests.gui.colour_difference import contrast

TEXT = 4.5
"""WCAG AA for small text (1.4.3)."""
MARK = 3.0
"""WCAG AA for large text and for the marks that make a control out (1.4.11)."""


@dataclass(frozen=True, slots=True)
class RowState:
    """How a row is shown: selected or not, under the mouse or not, in the active window or not."""

    selected: bool = False
    hovered: bool = False
    active: bool = True

    def __str__(self) -> str:
        words = [
            "selected" if self.selected else "plain",
            "hovered" if self.hovered else "",
            "focused" if self.active else "unfocused",
        ]
        return "-".join(word for word in words if word)


ROW_STATES = [
    RowState(selected, hovered, active)
    for selected in (False, True)
    for hovered in (False, True)
    for active in (True, False)
]
"""Every way a row may be shown."""


def render_row(view: QAbstractItemView, index: QModelIndex, state: RowState) -> QImage:
    """``index``'s row painted by the view's delegate in ``state``, on the view's ground."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    size = view.visualRect(index).size()
    option.rect = QRect(QPoint(0, 0), size)
    flags = QStyle.StateFlag
    option.state &= ~(flags.State_Selected | flags.State_MouseOver | flags.State_Active)
    option.state |= flags.State_Enabled
    if state.selected:
        option.state |= flags.State_Selected
    if state.hovered:
        option.state |= flags.State_MouseOver
    if state.active:
        option.state |= flags.State_Active
    selection = view.selectionModel()
    command = selection.SelectionFlag.Select if state.selected else selection.SelectionFlag.Deselect
    selection.select(index, command)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(view.viewport().palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    view.itemDelegateForIndex(index).paint(painter, option, index)
    painter.end()
    return image


def ink_contrast(image: QImage, area: QRect) -> tuple[float, QColor, QColor]:
    """The contrast of the ink in ``area`` with its ground (the commonest colour there):
    the pixel that stands out most, so antialiased edges do not count against the text."""
    area = area.intersected(image.rect())
    pixels = [
        image.pixelColor(x, y)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    ]
    ground = QColor.fromRgb(Counter(pixel.rgb() for pixel in pixels).most_common(1)[0][0])
    ink = max(pixels, key=lambda pixel: contrast(pixel, ground))
    return contrast(ink, ground), ink, ground
