"""Tests for desktop/gui/theme.py: themes, the reader font and zoom steps."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor, QFontDatabase, QPalette

from desktop.core.annotation import Color
from desktop.gui.contrast import PAINTED_CONTRAST
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
from tests.gui.colour_difference import (
    NEUTRAL_CHROMA,
    READER_SELECTION_DISTANCE,
    READER_SELECTION_LIGHTNESS,
    Lab,
    contrast,
    delta_e2000,
    drawn,
    lab,
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
    assert delta_e2000(first, second) == pytest.approx(expected, abs=1e-4)


def test_lab_of_known_colours() -> None:
    assert lab(QColor("#ffffff")) == pytest.approx((100, 0, 0), abs=0.01)
    assert lab(QColor("#ff0000")) == pytest.approx((53.24, 80.09, 67.20), abs=0.05)


@pytest.mark.parametrize("colour", list(Color))
@pytest.mark.parametrize("name", list(ThemeName))
def test_highlights_are_not_mistaken_for_the_selection(name: ThemeName, colour: Color) -> None:
    colours = THEMES[name]
    page, selection = colours.color("background"), colours.color("selection")
    shown = drawn(colours.highlight(colour), page)
    distance = delta_e2000(lab(shown), lab(selection))
    assert distance >= READER_SELECTION_DISTANCE, (shown.name(), distance)
    lightness = abs(lab(shown)[0] - lab(selection)[0])
    assert lightness >= READER_SELECTION_LIGHTNESS, (shown.name(), lightness)
    assert contrast(shown, colours.color("text")) >= 4.5


@pytest.mark.parametrize("name", list(ThemeName))
def test_the_selection_is_of_no_highlight_s_hue_and_its_text_reads(name: ThemeName) -> None:
    colours = THEMES[name]
    palette = colours.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        selection = palette.color(group, QPalette.ColorRole.Highlight)
        _, a, b = lab(selection)
        assert math.hypot(a, b) < NEUTRAL_CHROMA, selection.name()
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        assert contrast(selection, text) >= PAINTED_CONTRAST
        page = colours.color("background")
        assert delta_e2000(lab(selection), lab(page)) >= READER_SELECTION_DISTANCE


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
