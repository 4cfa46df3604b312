"""Reader themes (light, sepia, dark) and the reader's font.

A theme is plain data: the colours the reader paints with. Highlight fills are translucent so
that where two highlights overlap both colours still show and the text stays legible. The
selection is of no highlight's hue (a near-grey) and far from all of them in lightness: a dark
slate under light text on the light and sepia pages, a pale grey under dark text on the dark
page. A hued selection always resembled one highlight (a blue one: the dark page's blue
highlight and selection were told apart by lightness alone, and barely).
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QFontInfo, QPalette

from desktop.core.annotation import Color
from desktop.gui.contrast import readable_colour

SERIF_FAMILIES = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "STSong",
    "SimSun",
    "Noto Serif",
    "serif",
)
"""The reader's body font, best first: a CJK serif (宋体/明体), then whatever serif there is."""

SANS_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "SimHei",
    "sans-serif",
)
"""Top-level headings, set in a 黑体 as Chinese official documents do."""

KAI_FAMILIES = ("Kaiti SC", "STKaiti", "KaiTi", "AR PL UKai CN", *SERIF_FAMILIES)
"""Second-level headings and the speaker line, in a 楷体 where one is installed."""

FONT_SIZES = (11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 32, 36)
"""Zoom steps in points."""

DEFAULT_FONT_SIZE = 16


class ThemeName(StrEnum):
    """The reader's colour schemes."""

    LIGHT = "light"
    SEPIA = "sepia"
    DARK = "dark"


TEXT_ROLES = frozenset({"text", "heading", "muted"})
"""The colours of words on the page: ``Theme.color`` gives them at 4.5:1 on it as drawn, so a
quiet grey chosen by eye (the date line's, the breadcrumb's) cannot fall short on one theme."""


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class Theme(NamedTuple):
    """The colours of one reader theme, as ``#rrggbb`` or ``#aarrggbb`` strings."""

    name: ThemeName
    background: str
    text: str
    heading: str
    muted: str
    accent: str
    selection: str
    selection_text: str
    highlights: dict[str, str]
    marks: dict[str, str]

    def color(self, role: str) -> QColor:
        """One of the named colours as a QColor; a text's as it is painted, readable on the
        page (``TEXT_ROLES``)."""
        colour = QColor(getattr(self, role))
        if role not in TEXT_ROLES:
            return colour
        return readable_colour(colour, QColor(self.background), toward=QColor(self.text))

    def highlight(self, color: str) -> QColor:
        """The translucent fill of highlight colour ``color`` (yellow when unknown)."""
        return QColor(self.highlights.get(color, self.highlights[Color.YELLOW]))

    def mark(self, layer: str) -> QColor:
        """The fill of mark layer ``layer`` (the default mark colour when unknown)."""
        return QColor(self.marks.get(layer, self.marks["default"]))

    def palette(self, base: QPalette | None = None) -> QPalette:
        """A palette for the reader widget: page, text and selection colours."""
        palette = QPalette(base) if base is not None else QPalette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, self.color("background"))
            palette.setColor(group, QPalette.ColorRole.Window, self.color("background"))
            palette.setColor(group, QPalette.ColorRole.Text, self.color("text"))
            palette.setColor(group, QPalette.ColorRole.WindowText, self.color("text"))
            palette.setColor(group, QPalette.ColorRole.Highlight, self.color("selection"))
            palette.setColor(
                group, QPalette.ColorRole.HighlightedText, self.color("selection_text")
            )
            # The style's own is the text at half opacity: 3.9:1 on the light page at best.
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, self.color("muted"))
            self._shade_controls(palette, group)
        return palette

    def _shade_controls(self, palette: QPalette, group: QPalette.ColorGroup) -> None:
        """Scroll bars and buttons in shades of the page, so a dark page has a dark scroll bar."""
        page = self.color("background")
        dark_page = page.lightness() < 128
        roles = QPalette.ColorRole
        for role, amount in (
            (roles.Button, 14),
            (roles.Light, 4),
            (roles.Midlight, 8),
            (roles.Mid, 30),
            (roles.Dark, 45),
            (roles.Shadow, 60),
        ):
            shade = page.lighter(100 + 3 * amount) if dark_page else page.darker(100 + amount // 2)
            palette.setColor(group, role, shade)
        palette.setColor(group, roles.ButtonText, self.color("text"))


def _argb(alpha: float, rgb: str) -> str:
    return f"#{round(alpha * 255):02x}{rgb.lstrip('#')}"


def _highlights(alpha: float, rgbs: tuple[str, str, str, str, str]) -> dict[str, str]:
    return {color.value: _argb(alpha, rgb) for color, rgb in zip(Color, rgbs, strict=True)}


THEMES: dict[ThemeName, Theme] = {
    ThemeName.LIGHT: Theme(
        name=ThemeName.LIGHT,
        background="#fcfcfa",
        text="#262626",
        heading="#1a1a1a",
        muted="#7a7a7a",
        accent="#b3261e",
        selection="#3d4a5c",
        selection_text="#ffffff",
        highlights=_highlights(0.42, ("#ffd43b", "#8ce99a", "#74c0fc", "#f783ac", "#b197fc")),
        marks={"search": "#80ff922b", "term": "#6020c997", "default": "#70ff922b"},
    ),
    ThemeName.SEPIA: Theme(
        name=ThemeName.SEPIA,
        background="#f6efdf",
        text="#3b2f22",
        heading="#2b2117",
        muted="#8a7963",
        accent="#9c3d1f",
        selection="#4e4539",
        selection_text="#f6efdf",
        highlights=_highlights(0.42, ("#ffc933", "#91d88c", "#7fb8e6", "#f08cab", "#b59be8")),
        marks={"search": "#80f08c00", "term": "#602f9e7a", "default": "#70f08c00"},
    ),
    ThemeName.DARK: Theme(
        name=ThemeName.DARK,
        background="#1e1f22",
        text="#d4d4d0",
        heading="#ececea",
        muted="#8c8c88",
        accent="#ff8a80",
        selection="#c9ccd1",
        selection_text="#1a1a1a",
        highlights=_highlights(0.38, ("#e6b800", "#2f9e44", "#1c7ed6", "#d6336c", "#7048e8")),
        marks={"search": "#90d9480f", "term": "#7012b886", "default": "#80d9480f"},
    ),
}

DEFAULT_THEME = ThemeName.LIGHT


def theme(name: str) -> Theme:
    """The theme called ``name``; unknown names (an old settings file) give the default theme."""
    try:
        return THEMES[ThemeName(name)]
    except ValueError:
        return THEMES[DEFAULT_THEME]


def reader_font(
    point_size: float = DEFAULT_FONT_SIZE, families: tuple[str, ...] = SERIF_FAMILIES
) -> QFont:
    """The reader's font at ``point_size``: the first installed family of ``families``."""
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    # Full hinting squashes the strokes of CJK glyphs; vertical hinting keeps them crisp.
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    return font


def resolved_family(font: QFont) -> str:
    """The family Qt actually uses for ``font`` (for diagnostics and tests)."""
    return QFontInfo(font).family()


def next_font_size(size: float, step: int) -> float:
    """The zoom step ``step`` places away from ``size``, clamped to the ends of FONT_SIZES."""
    below = [index for index, value in enumerate(FONT_SIZES) if value <= size]
    index = below[-1] if below else 0
    if step < 0 and FONT_SIZES[index] < size:
        index += 1  # a size between steps zooms out to the step below it
    return float(FONT_SIZES[min(max(index + step, 0), len(FONT_SIZES) - 1)])
