"""Glyphs drawn again to read on a dark button: the dark style's standard icons, lightened.

``dark_style.DarkStyle`` draws each of Qt's standard icons whose ink does not read on the dark
button again, its lightness mirrored. This module does the drawing, with no QStyle in it: a
dark start paints its first frame before its style is installed (``app_theme``), and inks the
few standard icons that frame shows (a dock's buttons) the same way itself
(``ink_dock_buttons``), so the style's coming changes no pixel. Each glyph is drawn once a
process, by what it looks like: every dock's close button shows the same one, and the dark
style asks for it again after the first frame (some 40 ms an icon, every pixel in Python).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QWidget

from desktop.gui.contrast import blend, contrast_ratio

GLYPH_CONTRAST = 3.0
"""WCAG's minimum for a graphical object: what a glyph keeps on the button it is drawn on."""

_AIM = GLYPH_CONTRAST + 0.3
"""What a lightened glyph aims at: a little above the minimum, for its antialiased strokes."""
_LARGEST = 64
"""The largest size drawn again: beyond it the icon is scaled down from one of these."""

_LIGHTENED: dict[tuple[bytes, tuple[tuple[int, int], ...], int], QIcon | None] = {}
"""Each glyph lightened so far (None: it read already), by its 32-px image, its sizes and the
ground: the same standard icon, made again for each dock or by the dark style, is drawn once."""


def ink_dock_buttons(root: QWidget, ground: QColor) -> None:
    """The close and float buttons of the docks under ``root`` in the dark style's ink: the
    icons Fusion gave them, drawn again as the dark style draws its own."""
    for dock in root.findChildren(QDockWidget):
        for button in dock.findChildren(QAbstractButton):
            if button.objectName().startswith("qt_dockwidget_"):
                lightened = lightened_glyph(button.icon(), ground)
                if lightened is not None:
                    button.setIcon(lightened)


def lightened_glyph(icon: QIcon, ground: QColor) -> QIcon | None:
    """``icon`` with every pixel's lightness mirrored (and lifted further toward white where
    that is not enough) when its ink does not read on ``ground`` at GLYPH_CONTRAST; None when
    it reads already, or is null."""
    if icon.isNull():
        return None
    sample = icon.pixmap(32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    sizes = tuple((size.width(), size.height()) for size in icon.availableSizes())
    key = (bytes(sample.constBits()), sizes, ground.rgba())
    if key not in _LIGHTENED:
        _LIGHTENED[key] = _drawn_lightened(icon, sample, ground)
    return _LIGHTENED[key]


def _drawn_lightened(icon: QIcon, sample: QImage, ground: QColor) -> QIcon | None:
    """``lightened_glyph``'s drawing, of ``icon`` whose 32-px image is ``sample``."""
    if glyph_contrast(sample, ground) >= GLYPH_CONTRAST:
        return None
    lift = _lift(median_pixel(_mirrored(sample, 0.0), ground), ground)
    lightened = QIcon()
    sizes = [size for size in icon.availableSizes() if size.width() <= _LARGEST]
    for size in sizes or [QSize(16, 16), QSize(32, 32)]:
        image = icon.pixmap(size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        lightened.addPixmap(QPixmap.fromImage(_mirrored(image, lift)))
    return lightened


def glyph_contrast(image: QImage, ground: QColor) -> float:
    """How an icon's ink reads on ``ground``: the contrast of its median opaque pixel."""
    median = median_pixel(image, ground)
    return 21.0 if median is None else contrast_ratio(median, ground)


def median_pixel(image: QImage, ground: QColor) -> QColor | None:
    """The opaque pixel of ``image`` whose contrast on ``ground`` is the median (None: none)."""
    pixels = sorted(_opaque_pixels(image), key=lambda pixel: contrast_ratio(pixel, ground))
    return pixels[len(pixels) // 2] if pixels else None


def _lift(median: QColor | None, ground: QColor) -> float:
    """How far toward white the mirrored ink must go for its median to read (0 to 1)."""
    if median is None:
        return 0.0
    white = QColor("#ffffff")
    for step in range(41):
        if contrast_ratio(blend(median, white, step / 40), ground) >= _AIM:
            return step / 40
    return 1.0


def _mirrored(image: QImage, lift: float) -> QImage:
    """``image`` with each pixel's HSL lightness mirrored, its hue, saturation and alpha kept
    (inverting red, green and blue would turn a dull green purple), then moved ``lift`` of
    the way to white."""
    white = QColor("#ffffff")
    # Each colour once, not each pixel: an icon's few hundred colours cover thousands of
    # pixels, and the colour arithmetic in Python was most of the first switch to dark
    # (~9,600 blends, ~140 ms, every icon of the window drawn again).
    if image.format() != QImage.Format.Format_ARGB32:
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
    done: dict[int, int] = {}
    pixels = image.bits().cast("I")  # ARGB32: one 0xAARRGGBB a pixel, rows never padded
    for position, argb in enumerate(pixels):
        if argb >> 24:
            new = done.get(argb)
            if new is None:
                hue, saturation, lightness, alpha = QColor.fromRgba(argb).getHsl()
                mirrored = blend(QColor.fromHsl(hue, saturation, 255 - lightness), white, lift)
                mirrored.setAlpha(alpha)
                new = done[argb] = mirrored.rgba()
            pixels[position] = new
    return image


def _opaque_pixels(image: QImage) -> list[QColor]:
    """The pixels an icon draws, its antialiased fringe left out."""
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return [pixel for pixel in pixels if pixel.alpha() > 200]
