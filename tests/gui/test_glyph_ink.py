"""Tests for desktop/gui/glyph_ink.py: standard glyphs drawn again to read on a dark button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QMainWindow, QStyle, QStyleFactory
from pytestqt.qtbot import QtBot

from desktop.gui import dark_style, glyph_ink
from desktop.gui.app_theme import DARK_COLOURS
from desktop.gui.contrast import contrast_ratio
from desktop.gui.dark_style import DarkStyle

SP_FLOAT = QStyle.StandardPixmap.SP_TitleBarNormalButton  # a dock's float button's glyph


def _ground() -> QColor:
    return QColor(DARK_COLOURS[QPalette.ColorRole.Button])


def test_a_dark_start_draws_each_dock_glyph_once_however_many_docks(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setStyle(QStyleFactory.create("Fusion"))  # a dark start's native style
    for number in range(4):
        dock = QDockWidget(f"dock {number}", window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    drawn: list[QImage] = []
    mirror = glyph_ink._mirrored

    def counted(image: QImage, lift: float) -> QImage:
        drawn.append(image)
        return mirror(image, lift)

    monkeypatch.setattr(glyph_ink, "_mirrored", counted)
    monkeypatch.setattr(glyph_ink, "_LIGHTENED", {})  # as a new process starts
    glyph_ink.ink_dock_buttons(window, _ground())
    once = len(drawn)
    drawn.clear()
    monkeypatch.setattr(dark_style, "_DRAWN", {})
    style = DarkStyle(_ground(), QStyleFactory.create("Fusion"))  # the style after the frame
    for glyph in (QStyle.StandardPixmap.SP_TitleBarCloseButton, SP_FLOAT):
        style.standardIcon(glyph)
    assert drawn == [], "the style that comes after the first frame mirrors them again"
    buttons = [
        button
        for button in window.findChildren(QAbstractButton)
        if button.objectName().startswith("qt_dockwidget_")
    ]
    assert len(buttons) == 8
    glyphs = {button.objectName() for button in buttons}
    assert once <= 8 * len(glyphs), "each glyph's sizes drawn once, not once a dock"
    for button in buttons:
        image = button.icon().pixmap(16).toImage()
        median = glyph_ink.median_pixel(image, _ground())
        assert median is not None
        assert contrast_ratio(median, _ground()) >= glyph_ink.GLYPH_CONTRAST
