"""Highlight colours in one place: their Chinese names and the hex fills every view and export uses.

The reader, the annotation list, the export dialog and every export writer read this table, so a
yellow highlight is the same yellow on screen, in Word, in HTML and in a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.annotation import Color


@dataclass(frozen=True, slots=True)
class ColorInfo:
    """One highlight colour: its key, its short Chinese name (``黄``, typed and parsed) and the
    fill drawn behind text."""

    color: Color
    name_zh: str
    fill: str  # "#RRGGBB", light enough that black text on it stays readable (and prints)

    @property
    def label_zh(self) -> str:
        """The name the app's menus and every export give it: ``黄色``."""
        return self.name_zh + "色"

    @property
    def fill_hex(self) -> str:
        """The fill without the ``#``, as Word's shading and some formats want it."""
        return self.fill.removeprefix("#").upper()


COLOR_TABLE: dict[Color, ColorInfo] = {
    Color.YELLOW: ColorInfo(Color.YELLOW, "黄", "#FFE58F"),
    Color.GREEN: ColorInfo(Color.GREEN, "绿", "#B7EB8F"),
    Color.BLUE: ColorInfo(Color.BLUE, "蓝", "#91D5FF"),
    Color.PINK: ColorInfo(Color.PINK, "粉", "#FFADD2"),
    Color.PURPLE: ColorInfo(Color.PURPLE, "紫", "#D3ADF7"),
}
"""Every colour, in the order of keys 1 to 5."""

_ALIASES: dict[str, Color] = {}
for _number, _info in enumerate(COLOR_TABLE.values(), 1):
    for _alias in (_info.color.value, _info.name_zh, _info.name_zh + "色", str(_number)):
        _ALIASES[_alias] = _info.color


def color_info(color: str | None) -> ColorInfo | None:
    """The table entry for a colour value (``"yellow"``), or None for no or an unknown colour."""
    if color is None:
        return None
    try:
        return COLOR_TABLE[Color(color)]
    except ValueError:
        return None


def color_label_zh(color: str | None) -> str:
    """The name (``黄色``) the menus and every export give a colour value; empty when none."""
    info = color_info(color)
    return info.label_zh if info else ""


def parse_color(text: str) -> Color | None:
    """A colour from what a user typed: ``yellow``, ``黄``, ``黄色`` or its key ``1``."""
    return _ALIASES.get(text.strip().casefold())
