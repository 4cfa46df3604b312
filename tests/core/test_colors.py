"""The colour table every view and export shares."""

from __future__ import annotations

import re

import pytest

from desktop.core.annotation import Color
from desktop.core.colors import COLOR_TABLE, color_info, color_label_zh, parse_color


def test_every_colour_has_a_distinct_chinese_name_and_fill() -> None:
    assert list(COLOR_TABLE) == list(Color)
    names = [info.name_zh for info in COLOR_TABLE.values()]
    assert names == ["黄", "绿", "蓝", "粉", "紫"]
    fills = [info.fill for info in COLOR_TABLE.values()]
    assert len(set(fills)) == len(fills)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", fill) for fill in fills)


def test_fills_are_light_enough_for_black_text() -> None:
    for info in COLOR_TABLE.values():
        red, green, blue = (int(info.fill_hex[i : i + 2], 16) for i in (0, 2, 4))
        assert 0.299 * red + 0.587 * green + 0.114 * blue > 160, info.color


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("yellow", Color.YELLOW),
        ("Green", Color.GREEN),
        ("蓝", Color.BLUE),
        ("粉色", Color.PINK),
        (" 5 ", Color.PURPLE),
        ("orange", None),
        ("", None),
    ],
)
def test_parse_color_accepts_english_chinese_and_key_numbers(typed: str, expected: Color) -> None:
    assert parse_color(typed) == expected


def test_lookups_tolerate_no_and_unknown_colours() -> None:
    assert color_info(None) is None
    assert color_info("orange") is None


def test_every_colour_has_one_label_for_menus_and_exports() -> None:
    assert [color_label_zh(color) for color in COLOR_TABLE] == [
        "黄色",
        "绿色",
        "蓝色",
        "粉色",
        "紫色",
    ]
    assert color_label_zh(None) == ""
    assert all(parse_color(info.label_zh) == info.color for info in COLOR_TABLE.values())
