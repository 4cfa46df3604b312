"""Tests for desktop/gui/theme.py: themes, the reader font and zoom steps."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter, QPalette

from desktop.core.annotation import Color
from desktop.gui.theme import (
    DEFAULT_FONT_SIZE,
    FONT_SIZES,
    SERIF_FAMILIES,
    THEMES,
    ThemeName,
    next_font_size,
    reader_font,
    theme,
)


@pytest.mark.parametrize("name", list(ThemeName))
def test_every_theme_has_translucent_highlights_and_readable_text(name: ThemeName) -> None:
    colours = THEMES[name]
    for colour in Color:
        fill = colours.highlight(colour)
        assert 0 < fill.alpha() < 160, colour
    background, text = colours.color("background"), colours.color("text")
    assert abs(background.lightness() - text.lightness()) > 120
    assert colours.mark("search") != colours.mark("term")


SELECTION_DISTANCE = 15.0
"""CIEDE2000 between a drawn highlight and the selection: at 10 and above two colours read as
different at a glance; the old dark theme's blue highlight and selection were 8 apart."""


Lab = tuple[float, float, float]


def _drawn(fill: QColor, page: QColor) -> QColor:
    """The colour a translucent fill comes out as on the page (painted, then read back)."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.fill(page)
    painter = QPainter(image)
    painter.fillRect(0, 0, 1, 1, fill)
    painter.end()
    return image.pixelColor(0, 0)


def _lab(colour: QColor) -> Lab:
    """CIELAB (D65) of an sRGB colour."""

    def linear(u: float) -> float:
        return u / 12.92 if u <= 0.04045 else ((u + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(u) for u in (colour.redF(), colour.greenF(), colour.blueF()))
    xyz = (
        (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
        0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
        (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _delta_e2000(first: Lab, second: Lab) -> float:
    """The CIEDE2000 difference of two Lab colours (Sharma, Wu and Dalal's formulation)."""
    (l1, a1, b1), (l2, a2, b2) = first, second
    mean_c = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(mean_c**7 / (mean_c**7 + 25**7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = (math.degrees(math.atan2(b, a)) % 360 for a, b in ((a1, b1), (a2, b2)))
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    mean_h = h1 + h2 if c1 * c2 == 0 else (h1 + dh / 2) % 360
    mean_l, mean_c = (l1 + l2) / 2, (c1 + c2) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(mean_h - 30))
        + 0.24 * math.cos(math.radians(2 * mean_h))
        + 0.32 * math.cos(math.radians(3 * mean_h + 6))
        - 0.20 * math.cos(math.radians(4 * mean_h - 63))
    )
    s_l = 1 + 0.015 * (mean_l - 50) ** 2 / math.sqrt(20 + (mean_l - 50) ** 2)
    s_c, s_h = 1 + 0.045 * mean_c, 1 + 0.015 * mean_c * t
    r_c = 2 * math.sqrt(mean_c**7 / (mean_c**7 + 25**7))
    r_t = -r_c * math.sin(math.radians(60 * math.exp(-(((mean_h - 275) / 25) ** 2))))
    d_l, d_c = (l2 - l1) / s_l, (c2 - c1) / s_c
    d_h = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2)) / s_h
    return math.sqrt(d_l**2 + d_c**2 + d_h**2 + r_t * d_c * d_h)


def _contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours."""

    def luminance(colour: QColor) -> float:
        channels = (colour.redF(), colour.greenF(), colour.blueF())
        r, g, b = (u / 12.92 if u <= 0.04045 else ((u + 0.055) / 1.055) ** 2.4 for u in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [  # pairs from Sharma, Wu and Dalal's table of CIEDE2000 test data
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ],
)
def test_delta_e2000_matches_the_published_values(first: Lab, second: Lab, expected: float) -> None:
    assert _delta_e2000(first, second) == pytest.approx(expected, abs=1e-4)


def test_lab_of_known_colours() -> None:
    assert _lab(QColor("#ffffff")) == pytest.approx((100, 0, 0), abs=0.01)
    assert _lab(QColor("#ff0000")) == pytest.approx((53.24, 80.09, 67.20), abs=0.05)


@pytest.mark.parametrize("name", list(ThemeName))
def test_highlights_are_not_mistaken_for_the_selection(name: ThemeName) -> None:
    colours = THEMES[name]
    page, selection = colours.color("background"), colours.color("selection")
    for colour in Color:
        drawn = _drawn(colours.highlight(colour), page)
        distance = _delta_e2000(_lab(drawn), _lab(selection))
        assert distance >= SELECTION_DISTANCE, (colour, drawn.name(), distance)
        assert _contrast(drawn, colours.color("text")) >= 4.5, colour
    assert _contrast(selection, colours.color("selection_text")) >= 4.5


def test_palette_carries_the_page_colours() -> None:
    palette = THEMES[ThemeName.DARK].palette()
    assert palette.color(QPalette.ColorRole.Base).name() == THEMES[ThemeName.DARK].background
    assert palette.color(QPalette.ColorRole.Highlight).name() == THEMES[ThemeName.DARK].selection


def test_unknown_theme_falls_back_to_light() -> None:
    assert theme("solarized").name == ThemeName.LIGHT
    assert theme("dark").name == ThemeName.DARK


def test_unknown_mark_layer_gets_the_default_colour() -> None:
    light = THEMES[ThemeName.LIGHT]
    assert light.mark("custom") == light.mark("default")


def test_reader_font_prefers_a_cjk_serif(qapp) -> None:  # noqa: ARG001 - needs the app's fonts
    font = reader_font(18)
    assert font.families()[0] == SERIF_FAMILIES[0]
    assert font.pointSizeF() == 18
    installed = set(QFontDatabase.families())
    if SERIF_FAMILIES[0] in installed:
        from desktop.gui.theme import resolved_family

        assert resolved_family(font) == SERIF_FAMILIES[0]


@pytest.mark.parametrize(
    ("size", "step", "expected"),
    [
        (16, 1, 17),
        (16, -1, 15),
        (15.5, -1, 15),
        (15.5, 1, 16),
        (FONT_SIZES[-1], 1, FONT_SIZES[-1]),
        (FONT_SIZES[0], -1, FONT_SIZES[0]),
        (5, -1, FONT_SIZES[0]),
    ],
)
def test_zoom_steps(size: float, step: int, expected: float) -> None:
    assert next_font_size(size, step) == expected


def test_default_size_is_a_step() -> None:
    assert DEFAULT_FONT_SIZE in FONT_SIZES
