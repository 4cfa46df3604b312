"""Glyphs drawn again to read on a dark button: the dark style's standard icons, lightened.

``dark_style.DarkStyle`` draws each of Qt's standard icons whose ink does not read on the dark
button again, its lightness mirrored. This module does the drawing, with no QStyle in it: a
dark start paints its first frame before its style is installed (``app_theme``), and inks the
few standard icons that frame shows (a dock's buttons) the same way itself
(``ink_dock_buttons``), so the style's coming changes no pixel. Each glyph is drawn once a
process, by what it looks like: every dock's close button shows the same one, and the dark
style asks for it again after the first frame. Its pixels are worked out a colour at a time
and looked up in a table (``_mirrored``, ``median_pixel``): every pixel in Python was ~3 ms an
icon (~0.7 now), most of a dark dialog's first opening.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable
from functools import cache
from itertools import islice

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

_OPAQUE = 200
"""The alpha above which a pixel counts as the icon's ink, its antialiased fringe left out."""

_MIRRORED: dict[float, dict[int, int]] = {}
"""Each ARGB value mirrored so far, by lift: the colour table ``_mirrored`` looks pixels up in."""

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
    # Each colour's contrast once, weighted by its pixels, not each pixel's (a QColor and a
    # contrast in Python for each of an icon's thousand pixels was most of a dark dialog's
    # first opening). The pixels were sorted column by column: among colours of the same
    # contrast (one colour at two alphas) the median is the pixel that order gives.
    pixels = _argb_pixels(image)
    counts = Counter(argb for argb in pixels if argb >> 24 > _OPAQUE)
    if not counts:
        return None
    contrast = _contrast_on(ground)
    by_contrast: dict[float, list[int]] = {}
    for argb in counts:
        by_contrast.setdefault(contrast(argb), []).append(argb)
    middle = sum(counts.values()) // 2
    for value in sorted(by_contrast):
        tied = by_contrast[value]
        weight = sum(counts[argb] for argb in tied)
        if middle < weight:
            return QColor.fromRgba(_nth_met(pixels, image.width(), set(tied), middle))
        middle -= weight
    raise AssertionError("the counts add up past the middle")  # not reached


def _nth_met(pixels: memoryview, width: int, colours: set[int], nth: int) -> int:
    """The ``nth`` pixel (from 0) of one of ``colours`` met column by column."""
    if len(colours) == 1:
        return next(iter(colours))
    met = (argb for x in range(width) for argb in pixels[x::width] if argb in colours)
    return next(islice(met, nth, None))


def _contrast_on(ground: QColor) -> Callable[[int], float]:
    """``contrast_ratio`` of an ARGB value on ``ground``, as a sort key: the same arithmetic,
    from a table of the channels' linear values, with no QColor made for each colour."""
    linear = _linear_channels()
    red, green, blue = (linear[round(u * 255)] for u in ground.getRgbF()[:3])
    lit = 0.2126 * red + 0.7152 * green + 0.0722 * blue

    def contrast(argb: int) -> float:
        luminance = (
            0.2126 * linear[argb >> 16 & 0xFF]
            + 0.7152 * linear[argb >> 8 & 0xFF]
            + 0.0722 * linear[argb & 0xFF]
        )
        high, low = (luminance, lit) if luminance > lit else (lit, luminance)
        return (high + 0.05) / (low + 0.05)

    return contrast


@cache
def _linear_channels() -> tuple[float, ...]:
    """Each 8-bit channel's linear value, as ``contrast_ratio`` works it out from QColor."""
    channels = (QColor(value, value, value).redF() for value in range(256))
    return tuple(u / 12.92 if u <= 0.04045 else ((u + 0.055) / 1.055) ** 2.4 for u in channels)


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
    # (~9,600 blends, ~140 ms, every icon of the window drawn again). The pixels are then
    # looked up in that table in one pass in C (``map``), not a Python loop each.
    if image.format() != QImage.Format.Format_ARGB32:
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
    pixels = image.bits().cast("I")  # ARGB32: one 0xAARRGGBB a pixel, rows never padded
    table = _MIRRORED.setdefault(lift, {})  # an icon's sizes share most of their colours
    for argb in set(pixels).difference(table):
        if argb >> 24:
            hue, saturation, lightness, alpha = QColor.fromRgba(argb).getHsl()
            mirrored = blend(QColor.fromHsl(hue, saturation, 255 - lightness), white, lift)
            mirrored.setAlpha(alpha)
            table[argb] = mirrored.rgba()
        else:
            table[argb] = argb  # a transparent pixel stays as it is
    pixels[:] = array("I", map(table.__getitem__, pixels))
    return image


def _argb_pixels(image: QImage) -> memoryview:
    """``image``'s pixels as 0xAARRGGBB values, row by row (ARGB32: rows never padded)."""
    if image.format() != QImage.Format.Format_ARGB32:
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return memoryview(bytes(image.constBits())).cast("I")
