"""Tests for desktop/gui/library_delegate.py: how the library tree's rows are painted."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.gui.icons import ICON_INK
from desktop.gui.library_delegate import ICON_SIZE, PADDING
from desktop.gui.main_window import MainWindow


def _inked(colour: QColor, ink: QColor) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(colour.getRgb()[:3], ink.getRgb()[:3], strict=True))


def test_every_row_shows_its_kind_icon(qtbot: QtBot, main_window: MainWindow) -> None:
    tree = main_window.library_pane.tree
    tree.scrollToTop()
    image = tree.viewport().grab().toImage()
    ink = QColor(ICON_INK)
    ratio = image.devicePixelRatio()
    proxy = main_window.library_pane.proxy
    collection = proxy.index(0, 0)
    for index in (collection, proxy.index(0, 0, collection)):
        rect = tree.visualRect(index)
        left, top = rect.left() + PADDING, rect.top() + PADDING
        pixels = [
            image.pixelColor(int(x * ratio), int(y * ratio))
            for x in range(left, left + ICON_SIZE)
            for y in range(top, top + ICON_SIZE + 4)
        ]
        assert any(_inked(pixel, ink) for pixel in pixels), f"no icon beside {index.data()}"
