"""A colour chip: the flat, checkable swatch button that filters by a highlight colour.

The annotations dock's filter bar and the export dialog's filters both show one per colour.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.core.annotation import Color
from desktop.gui.actions import SWATCHES, swatch_icon

SWATCH_PX = 32
"""The size the swatch is drawn at: twice the largest chip, for high DPI."""


class ColorChip(QToolButton):
    """A chip whose swatch its owner draws again when the theme changes (dark lifts purple)."""

    def __init__(self, color: Color, parent: QWidget) -> None:
        super().__init__(parent)
        self._color = color
        self.redraw_swatch()

    def redraw_swatch(self) -> None:
        """The swatch in the colour that reads on the current palette."""
        self.setIcon(swatch_icon(SWATCHES[self._color], SWATCH_PX))


def color_chip(color: Color, object_name: str, icon_px: int, parent: QWidget) -> ColorChip:
    """A checkable chip showing ``color``'s swatch at ``icon_px`` pixels."""
    chip = ColorChip(color, parent)
    chip.setObjectName(object_name)
    chip.setCheckable(True)
    chip.setAutoRaise(True)
    chip.setIconSize(QSize(icon_px, icon_px))
    return chip
