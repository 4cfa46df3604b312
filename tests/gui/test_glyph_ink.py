"""Tests for desktop/gui/glyph_ink.py: standard glyphs drawn again to read on a dark button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QMainWindow,
    QStyle,
    QStyleFactory,
)
from pytestqt.qtbot import QtBot

from desktop.gui import dark_style, glyph_ink
from desktop.gui.app_theme import DARK_COLOURS
from desktop.gui.contrast import blend, contrast_ratio
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


REPORT_GLYPHS = (
    QStyle.StandardPixmap.SP_MessageBoxWarning,
    QStyle.StandardPixmap.SP_MessageBoxInformation,
    QStyle.StandardPixmap.SP_MessageBoxCritical,
    QStyle.StandardPixmap.SP_DialogApplyButton,
    QStyle.StandardPixmap.SP_TitleBarCloseButton,
    SP_FLOAT,
)
"""The import report's glyphs and a dock's: colourful ones with many sizes, and line ones."""


def _reference_median(image: QImage, ground: QColor) -> QColor | None:
    """The median as it was worked out pixel by pixel (each one's QColor and contrast)."""
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    opaque = sorted(
        (pixel for pixel in pixels if pixel.alpha() > 200),
        key=lambda pixel: contrast_ratio(pixel, ground),
    )
    return opaque[len(opaque) // 2] if opaque else None


def _reference_mirrored(image: QImage, lift: float) -> QImage:
    """An image mirrored pixel by pixel, with QColor's own HSL arithmetic: the reference."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    white = QColor("#ffffff")
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha():
                hue, saturation, lightness, alpha = pixel.getHsl()
                pixel = blend(QColor.fromHsl(hue, saturation, 255 - lightness), white, lift)
                pixel.setAlpha(alpha)
                image.setPixelColor(x, y, pixel)
    return image


def _reference_lightened(icon: QIcon, ground: QColor) -> list[QImage]:
    """``lightened_glyph``'s images as they were drawn before its pixels were tabled."""
    sample = icon.pixmap(32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    median = _reference_median(_reference_mirrored(sample, 0.0), ground)
    lift = glyph_ink._lift(median, ground)  # noqa: SLF001 - the same search for the lift
    sizes = [size for size in icon.availableSizes() if size.width() <= 64]
    # Through a pixmap as the icon keeps them (premultiplied: faint pixels lose some bits).
    images = (_reference_mirrored(icon.pixmap(size).toImage(), lift) for size in sizes)
    return [QPixmap.fromImage(image).toImage() for image in images]


def _largest_difference(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return max(
        abs(a - b)
        for y in range(first.height())
        for x in range(first.width())
        for a, b in zip(
            first.pixelColor(x, y).getRgb(), second.pixelColor(x, y).getRgb(), strict=True
        )
    )


@pytest.mark.parametrize("glyph", REPORT_GLYPHS, ids=lambda glyph: glyph.name)
def test_a_lightened_glyph_has_the_pixels_it_had_when_worked_out_pixel_by_pixel(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, glyph: QStyle.StandardPixmap
) -> None:
    monkeypatch.setattr(glyph_ink, "_LIGHTENED", {})
    icon = QStyleFactory.create("Fusion").standardIcon(glyph)
    sample = icon.pixmap(32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert glyph_ink.median_pixel(sample, _ground()) == _reference_median(sample, _ground())
    lightened = glyph_ink.lightened_glyph(icon, _ground())
    if glyph_ink.glyph_contrast(sample, _ground()) >= glyph_ink.GLYPH_CONTRAST:
        assert lightened is None
        return
    assert lightened is not None
    expected = _reference_lightened(icon, _ground())
    drawn = [lightened.pixmap(image.size()).toImage() for image in expected]
    for image, reference in zip(drawn, expected, strict=True):
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        assert _largest_difference(image, reference) <= 2, "the same to the eye"


def test_the_median_ink_weighs_each_colour_by_its_pixels_not_each_pixel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A dark dialog's first opening drew its glyphs again: a QColor and a contrast worked out
    # in Python for every pixel of each (4,096 a 64-px icon) was most of that time.
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    colours = [QColor(40, 40, 40), QColor(90, 120, 60), QColor(200, 10, 10), QColor(9, 9, 9, 90)]
    for y in range(64):
        for x in range(4, 64):
            image.setPixelColor(x, y, colours[(x * y) % 4])
    expected = _reference_median(image, _ground())
    contrasts: list[object] = []
    contrast = glyph_ink.contrast_ratio
    monkeypatch.setattr(
        glyph_ink, "contrast_ratio", lambda *args: contrasts.append(args) or contrast(*args)
    )
    colours_asked: list[int] = []
    pixel_colour = QImage.pixelColor
    monkeypatch.setattr(
        QImage, "pixelColor", lambda *args: colours_asked.append(1) or pixel_colour(*args)
    )
    median = glyph_ink.median_pixel(image, _ground())
    assert median == expected
    assert len(contrasts) <= len(colours), "each colour's contrast once at most"
    assert colours_asked == [], "no QColor asked of each pixel"
