"""The colour a swatch icon is drawn in, and the window's theme switched as a user does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QIcon

from desktop.core.annotation import Color
from desktop.gui.actions import SWATCHES, ActionId
from desktop.gui.icons import swatch_colour
from desktop.gui.main_window import MainWindow

PURPLE = SWATCHES[Color.PURPLE]
PURPLE_ON_DARK = QColor(swatch_colour(PURPLE, dark=True).rgb())  # as drawn: 8 bits a channel
"""Purple lifted to read on dark: a different colour from PURPLE, or these tests prove nothing."""


def swatch_fill(icon: QIcon) -> QColor:
    """The colour at the middle of the swatch, as drawn at 32 pixels."""
    image = icon.pixmap(32).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


@contextmanager
def dark_theme(window: MainWindow) -> Iterator[None]:
    """The window in the dark theme, chosen from the View menu's action; light again after."""
    assert QColor(PURPLE) != PURPLE_ON_DARK
    window.registry.action(ActionId.THEME_DARK).trigger()
    try:
        yield
    finally:
        window.registry.action(ActionId.THEME_LIGHT).trigger()
