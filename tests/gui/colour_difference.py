"""Colour science for the GUI tests: colours as drawn, CIELAB and their CIEDE2000 distance."""

from __future__ import annotations

import math

from PySide6.QtGui import QColor, QImage, QPainter

SELECTION_DISTANCE = 15.0
"""CIEDE2000 between a drawn highlight and the selection: at 10 and above two colours read as
different at a glance; the old dark theme's blue highlight and selection were 8 apart."""

READER_SELECTION_DISTANCE = 30.0
"""CIEDE2000 between the reader's selection and every highlight drawn on its page: the page is
where the two meet, so no highlight may pass for a passage selected (nor the reverse)."""

READER_SELECTION_LIGHTNESS = 30.0
"""The least CIELAB lightness between the reader's selection and a highlight drawn: told apart
without hue (colour-blind readers, a dim screen)."""

NEUTRAL_CHROMA = 15.0
"""CIELAB chroma under which a colour is a near-grey: of no highlight's hue."""


Lab = tuple[float, float, float]


def drawn(fill: QColor, page: QColor) -> QColor:
    """The colour a translucent fill comes out as on the page (painted, then read back)."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.fill(page)
    painter = QPainter(image)
    painter.fillRect(0, 0, 1, 1, fill)
    painter.end()
    return image.pixelColor(0, 0)


def lab(colour: QColor) -> Lab:
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


def delta_e2000(first: Lab, second: Lab) -> float:
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


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours."""

    def luminance(colour: QColor) -> float:
        channels = (colour.redF(), colour.greenF(), colour.blueF())
        r, g, b = (u / 12.92 if u <= 0.04045 else ((u + 0.055) / 1.055) ** 2.4 for u in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
