"""A colour chip: the flat, checkable swatch button that filters by a highlight colour.

The annotations dock's filter bar and the export dialog's filters both show one per colour.
Its swatch follows a theme change by itself (``swatch_icon``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.core.annotation import Color
from desktop.gui.actions import SWATCHES, swatch_icon


def color_chip(color: Color, object_name: str, icon_px: int, parent: QWidget) -> QToolButton:
    """A checkable chip showing ``color``'s swatch at ``icon_px`` pixels."""
    chip = QToolButton(parent)
    chip.setObjectName(object_name)
    chip.setIcon(swatch_icon(SWATCHES[color]))
    chip.setCheckable(True)
    chip.setAutoRaise(True)
    chip.setIconSize(QSize(icon_px, icon_px))
    return chip
