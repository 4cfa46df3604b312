"""The app's icons: its SVG line icons (in an ink that shows on the window) and colour swatches.

``is_line_icon`` tells the line icons from the swatches: ``menu_style`` draws a highlighted menu
item's line icon in the item's text colour (``inked_icon``), a swatch in its own.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from shiboken6 import Shiboken

from desktop.gui.app_theme import is_dark
from desktop.gui.contrast import contrast_ratio, first_readable
from desktop.resources import resource_path

ICON_INK = "#43474e"
"""The stroke colour of the app's SVG icons, drawn for a light window."""
ICON_INK_ON_DARK = "#c9ccd1"
ICON_INK_DISABLED_ON_DARK = "#6f747c"
"""A disabled icon's ink on dark: Qt's own greying barely dims a light ink (190 for 205)."""
SWATCH_GROUND_ON_DARK = "#45474d"
"""The lightest ground a swatch sits on in the dark theme: the selection toolbar over the page
(the window is #323437, a menu #393b3f)."""
SWATCH_CONTRAST = 3.3
"""What a swatch keeps on that ground: WCAG's 3:1 for a graphical object, and a little more for
its antialiased edge."""
DISABLED_SWATCH_ALPHA = 0.38
"""A disabled swatch's opacity: paler, its colour still told apart."""
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64)
"""The sizes a recoloured icon is drawn at (twice the toolbar's and menus' for high DPI)."""

_on_dark_icons: dict[str, QIcon] = {}
_light_icons: dict[str, QIcon] = {}
_line_icons: set[int] = set()
"""The ``cacheKey`` of every line icon handed out (a copy of an icon shares its key): the icons
a highlighted menu item may draw in its text's colour, where a swatch keeps its own."""
_inked_icons: dict[tuple[int, int, int, float], QIcon] = {}
_MOST_INKED = 512
"""How many inked icons are kept (a few dozen icons, in one ink or two, at one ratio or two):
past it the cache starts again, rather than hold the icons of themes left long ago."""


def svg_icon(name: str) -> QIcon:
    """One of the app's icons (``resources/icons/NAME.svg``), in ink that shows on the window.

    On a dark palette the strokes are drawn light, so the toolbar and the tree stay legible;
    the registry draws its icons again when the theme changes (``refresh_icons``).
    """
    path = resource_path("icons", f"{name}.svg")
    dark = is_dark()
    made = _on_dark_icons if dark else _light_icons
    if name not in made:
        # Light: Qt draws the shipped file itself.
        icon = _recoloured_icon(path, ICON_INK_ON_DARK) if dark else QIcon(str(path))
        _line_icons.add(icon.cacheKey())
        made[name] = icon
    return made[name]


def is_line_icon(icon: QIcon) -> bool:
    """Whether ``icon`` (or a copy of it) is one of the app's line icons, not a swatch."""
    return icon.cacheKey() in _line_icons


def _recoloured_icon(path: Path, ink: str) -> QIcon:
    """The icon at ``path`` in ``ink``: a recoloured copy of the SVG in the cache folder.

    From a file, Qt's SVG icon engine draws each size only when it is first shown, as it does
    for the light icons; drawing every size of every icon up front made a dark window's start
    some 10 ms slower. Without a writable cache folder the sizes are drawn here after all.
    """
    source = path.read_bytes()
    svg = source.replace(ICON_INK.encode(), ink.encode())
    dimmed = source.replace(ICON_INK.encode(), ICON_INK_DISABLED_ON_DARK.encode())
    try:
        icon = QIcon(str(_cached_copy(svg, ink, path.name)))
        disabled = _cached_copy(dimmed, ICON_INK_DISABLED_ON_DARK, path.name)
        icon.addFile(str(disabled), QSize(), QIcon.Mode.Disabled)
    except OSError:
        icon = _recoloured(svg)
        _recoloured(dimmed, icon, QIcon.Mode.Disabled)
    return icon


def _cached_copy(svg: bytes, ink: str, name: str) -> Path:
    from desktop.app_paths import cache_folder

    target = cache_folder() / "icons" / ink.lstrip("#") / name
    if not target.is_file() or target.read_bytes() != svg:  # new, or the app's icon changed
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{name}.{os.getpid()}")
        partial.write_bytes(svg)
        os.replace(partial, target)  # another process may write the same copy meanwhile
    return target


def _recoloured(
    svg: bytes, icon: QIcon | None = None, mode: QIcon.Mode = QIcon.Mode.Normal
) -> QIcon:
    # Named here, not with the module: PySide makes a Qt class's Python enums when it is first
    # imported, and only a dark start without a cache folder draws its icons by hand.
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QImageReader

    data = QByteArray(svg)
    icon = QIcon() if icon is None else icon
    for size in ICON_SIZES:
        buffer = QBuffer(data)
        reader = QImageReader(buffer, b"svg")
        reader.setScaledSize(QSize(size, size))
        image = reader.read()
        if not image.isNull():
            icon.addPixmap(QPixmap.fromImage(image), mode)
    return icon


def swatch_icon(color: str) -> QIcon:
    """A round colour swatch, the icon of a highlight action (paler, not grey, when disabled).

    It is painted each time it is shown, in the fill that reads on the application's palette
    then: on dark a swatch too dark to read there (purple, 2.2:1 on the selection toolbar) is
    lifted toward white as far as it needs, its hue kept. A theme change repaints the widgets,
    so every swatch follows it with nobody drawing it again.
    """
    return QIcon(_SwatchEngine(color))


class _SwatchEngine(QIconEngine):
    """Paints ``color``'s swatch for the palette of the moment, at any size and pixel ratio."""

    def __init__(self, color: str) -> None:
        super().__init__()
        self._color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        """The swatch inside ``rect``, faded when disabled."""
        fill = swatch_colour(self._color, dark=is_dark())
        if mode == QIcon.Mode.Disabled:
            fill.setAlphaF(DISABLED_SWATCH_ALPHA)
        _draw_swatch(painter, QRectF(rect), fill)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The swatch drawn at ``size`` pixels."""
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """The swatch at ``size`` logical pixels, sharp on a screen of ratio ``scale``."""
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        """A twin, for a copy of the icon that is changed (Qt deletes it with that copy)."""
        twin = _SwatchEngine(self._color)
        # PySide does not hand a returned engine to C++: kept here, its Python side lives as
        # long as Qt's, and goes from the list once Qt deleted it.
        _clones[:] = [kept for kept in _clones if Shiboken.isValid(kept)]
        _clones.append(twin)
        return twin


_clones: list[_SwatchEngine] = []


def swatch_colour(color: str, *, dark: bool) -> QColor:
    """The fill of ``color``'s swatch: itself, or on dark lifted to read at SWATCH_CONTRAST."""
    fill, ground = QColor(color), QColor(SWATCH_GROUND_ON_DARK)
    if not dark or contrast_ratio(fill, ground) >= SWATCH_CONTRAST:
        return fill
    white = QColor("#ffffff")
    return first_readable(fill, white, ground, SWATCH_CONTRAST) or white


def _draw_swatch(painter: QPainter, rect: QRectF, color: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60 if color.alphaF() == 1 else 25))
    painter.setBrush(color)
    inset = rect.width() * 0.12
    painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
    painter.restore()


def inked_pixmap(icon: QIcon, size: QSize, ink: QColor, ratio: float) -> QPixmap:
    """``icon`` at ``size`` (for a ``ratio`` device) with every stroke in ``ink``.

    The app's icons are line drawings in one ink, so recolouring keeps them whole: a selected
    row draws them in its text colour.
    """
    pixmap = icon.pixmap(size, ratio)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    # A rectangle drawn, not ``fillRect``: resolving fillRect's overloads makes PySide create
    # the Python enums of QGradient (its 169 presets: ~16 M instructions) during start-up.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRect(QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return pixmap


def inked_icon(icon: QIcon, ink: QColor, size: int, ratio: float) -> QIcon:
    """``icon`` drawn in ``ink`` at ``size`` logical pixels for a ``ratio`` screen, as an icon
    whose Normal and Active modes both show it; cached, so a repaint draws no SVG."""
    key = (icon.cacheKey(), ink.rgba(), size, ratio)
    inked = _inked_icons.get(key)
    if inked is None:
        if len(_inked_icons) >= _MOST_INKED:
            _inked_icons.clear()
        pixmap = inked_pixmap(icon, QSize(size, size), ink, ratio)
        inked = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active):
            inked.addPixmap(pixmap, mode)
        _inked_icons[key] = inked
    return inked
