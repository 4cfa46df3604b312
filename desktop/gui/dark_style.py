"""The dark theme's style: Fusion, with Qt's own icons (dialog buttons', arrows') drawn light.

Fusion follows a palette but not its icons: the standard ones (the ✗ of Close, the arrows of a
file dialog, a field's clear button, a dock's close button) come from Qt's resources or the
desktop's icon theme, drawn in near-black ink for a light window. On a dark palette they all
but vanish: the ✗ of Cancel on a dark button, as X11's platform theme puts icons on dialog
buttons. Every standard icon whose ink does not read on the dark button is drawn again with its
lightness mirrored, hue kept: a black ✗ turns light, a dull green tick a light green one, a dark
disc with a white ✗ a light disc with a dark one, and lifted toward white where mirroring alone
falls short (a red ✗ a lighter red). Icons that read already (folders, the warning sign) are
left as they are. Only ``standardIcon`` is overridden, and it is cached: no Python runs when the
style paints (a styleHint of ours would be called some hundred times for each repaint of a tree).
It costs some 10–20 ms an icon (every pixel of each size, in Python), once each for the process:
the cache outlives the style, which Qt deletes when the light theme comes back, so choosing dark
again is not another quarter of a second of the window standing still.

``polish`` (once a widget) gives a combo box's list of choices a palette of its own: Fusion
draws the choices as menu items on the menus' Window, light in the dark theme for the menus'
edge (``app_theme.drop_down_palette``). ``unpolish`` hands it back when the theme changes.

Loaded only when the dark theme is chosen: the light start-up path never imports it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from desktop.gui.app_theme import FUSION, drop_down_palette
from desktop.gui.contrast import blend, contrast_ratio
from desktop.gui.menu_style import MenuIconStyle

GLYPH_CONTRAST = 3.0
"""WCAG's minimum for a graphical object: what a glyph keeps on the button it is drawn on."""

_AIM = GLYPH_CONTRAST + 0.3
"""What a lightened glyph aims at: a little above the minimum, for its antialiased strokes."""
_LARGEST = 64
"""The largest size drawn again: beyond it the icon is scaled down from one of these."""


_DRAWN: dict[tuple[QStyle.StandardPixmap, int, str], QIcon] = {}
"""Each standard icon as a dark style draws it, by (icon, button colour, base style): kept for
the process, across the styles made each time dark is chosen."""


class DarkStyle(MenuIconStyle):
    """Fusion for the dark palette, its standard icons in an ink that reads on it (and a
    highlighted menu item's line icon in the item's text colour, as on light)."""

    def __init__(self, ground: QColor, base: QStyle | None = None) -> None:
        super().__init__(base if base is not None else QStyleFactory.create(FUSION))
        self._ground = QColor(ground)
        self._base_name = self.baseStyle().name()

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        """Fusion's icon, drawn light when its ink does not read on the dark button."""
        key = (standardIcon, self._ground.rgba(), self._base_name)
        cached = _DRAWN.get(key)
        if cached is None:
            icon = super().standardIcon(standardIcon, option, widget)
            cached = lightened_glyph(icon, self._ground) or icon
            _DRAWN[key] = cached
        return QIcon(cached)

    def polish(self, target: QWidget | QApplication | QPalette) -> QPalette | None:
        """Fusion's polish; a combo box's list of choices on a fill its text reads on."""
        polished = super().polish(target)
        if isinstance(target, QWidget) and _is_drop_down_list(target):
            target.setPalette(drop_down_palette())
        return polished

    def unpolish(self, target: QWidget | QApplication) -> None:
        """Fusion's unpolish; a list of choices follows the application's palette again."""
        super().unpolish(target)
        if isinstance(target, QWidget) and _is_drop_down_list(target):
            target.setPalette(QPalette())  # sets no role: the application's palette


def _is_drop_down_list(widget: QWidget) -> bool:
    """Whether ``widget`` is the view a combo box drops down (a class private to Qt)."""
    return widget.inherits("QComboBoxListView")


def lightened_glyph(icon: QIcon, ground: QColor) -> QIcon | None:
    """``icon`` with every pixel's lightness mirrored (and lifted further toward white where
    that is not enough) when its ink does not read on ``ground`` at GLYPH_CONTRAST; None when
    it reads already, or is null."""
    if icon.isNull():
        return None
    sample = icon.pixmap(32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
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
