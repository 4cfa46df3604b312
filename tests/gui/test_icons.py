"""Tests for desktop/gui/icons.py: the SVG icons in light and dark ink, and the swatches."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Color
from desktop.gui import icons
from desktop.gui.actions import SWATCHES, ActionId, ActionRegistry
from desktop.gui.app_theme import apply_application_theme

DARK_FOLDER = icons.ICON_INK_ON_DARK.lstrip("#")
"""The cache folder of the icons drawn for a dark window."""


def _ink(image: QImage) -> float:
    """How light the drawn (opaque) pixels are, 0–255."""
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    return sum(values) / len(values)


@pytest.fixture
def dark(qtbot: QtBot) -> Iterator[None]:
    """The application in the dark theme for one test, light again after it."""
    icons._on_dark_icons.clear()
    apply_application_theme("dark")
    yield
    apply_application_theme("light")
    icons._on_dark_icons.clear()


def test_light_icons_are_the_shipped_files(qtbot: QtBot) -> None:
    icon = icons.svg_icon("import")
    assert _ink(icon.pixmap(24).toImage()) < 128


@pytest.mark.usefixtures("dark")
def test_dark_icons_are_drawn_light_from_a_copy_in_the_cache_folder(
    isolated_environment: Path,
) -> None:
    icon = icons.svg_icon("import")
    copies = list((isolated_environment / "cache").rglob(f"{DARK_FOLDER}/import.svg"))
    assert len(copies) == 1
    assert icons.ICON_INK_ON_DARK.encode() in copies[0].read_bytes()
    assert icons.ICON_INK.encode() not in copies[0].read_bytes()
    assert _ink(icon.pixmap(24).toImage()) > 128
    assert _ink(icon.pixmap(48).toImage()) > 128, "any size, drawn when asked for"


@pytest.mark.usefixtures("dark")
def test_a_stale_copy_is_written_again(isolated_environment: Path) -> None:
    icons.svg_icon("export")
    (copy,) = (isolated_environment / "cache").rglob(f"{DARK_FOLDER}/export.svg")
    copy.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    icons._on_dark_icons.clear()
    icon = icons.svg_icon("export")
    assert icons.ICON_INK_ON_DARK.encode() in copy.read_bytes()
    assert _ink(icon.pixmap(24).toImage()) > 128


@pytest.mark.usefixtures("dark")
def test_without_a_writable_cache_the_sizes_are_drawn_at_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setattr("desktop.app_paths.cache_folder", lambda: blocked)
    icon = icons.svg_icon("trash-restore")
    assert len(icon.availableSizes()) == len(icons.ICON_SIZES)
    assert _ink(icon.pixmap(24).toImage()) > 128


@pytest.mark.usefixtures("dark")
def test_a_disabled_icon_on_dark_is_dimmed_as_on_light(qtbot: QtBot) -> None:
    # As a disabled toolbar button (Undo with nothing to undo) draws it.
    icon = icons.svg_icon("undo")
    normal = _ink(icon.pixmap(24).toImage())
    disabled = _ink(icon.pixmap(24, QIcon.Mode.Disabled).toImage())
    assert disabled < normal - 60, "a greyed-out button must look greyed out"


def _swatch_contrast(icon: QIcon, ground: str) -> float:
    from desktop.gui.glyph_ink import glyph_contrast  # measured as the dark style measures

    image = icon.pixmap(32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return glyph_contrast(image, QColor(ground))


@pytest.mark.usefixtures("dark")
def test_on_dark_every_swatch_reads_as_an_icon_on_the_grounds_it_sits_on() -> None:
    for colour in SWATCHES.values():
        icon = icons.swatch_icon(colour)
        for ground in (icons.SWATCH_GROUND_ON_DARK, "#323437"):  # selection toolbar, window
            assert _swatch_contrast(icon, ground) >= 3.0, (colour, ground)
    purple = icons.swatch_colour(SWATCHES[Color.PURPLE], dark=True)
    assert purple.hslHue() == QColor(SWATCHES[Color.PURPLE]).hslHue()  # lighter, still purple


def test_on_light_swatches_keep_their_colours(qtbot: QtBot) -> None:
    for colour in SWATCHES.values():
        assert icons.swatch_colour(colour, dark=False) == QColor(colour)
    assert _swatch_contrast(icons.swatch_icon(SWATCHES[Color.PURPLE]), "#ffffff") >= 3.0


@pytest.mark.usefixtures("dark")
def test_the_registry_s_swatches_follow_a_new_theme_with_no_refresh(qtbot: QtBot) -> None:
    apply_application_theme("light")
    registry = ActionRegistry()
    purple = registry.action(ActionId.HIGHLIGHT_5)
    assert _swatch_contrast(purple.icon(), icons.SWATCH_GROUND_ON_DARK) < 3.0
    apply_application_theme("dark")
    assert _swatch_contrast(purple.icon(), icons.SWATCH_GROUND_ON_DARK) >= 3.0


def _middle(image: QImage) -> QColor:
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_a_shown_swatch_follows_a_theme_change_with_no_redraw_call(qtbot: QtBot) -> None:
    purple = SWATCHES[Color.PURPLE]
    lifted = QColor(icons.swatch_colour(purple, dark=True).rgb())
    assert lifted != QColor(purple)
    button = QToolButton()
    qtbot.addWidget(button)
    button.setIconSize(QSize(32, 32))
    button.setIcon(icons.swatch_icon(purple))
    button.show()
    assert _middle(button.grab().toImage()) == QColor(purple)
    apply_application_theme("dark")
    try:
        assert _middle(button.icon().pixmap(32).toImage()) == lifted
        assert _middle(button.grab().toImage()) == lifted, "what the button shows, too"
    finally:
        apply_application_theme("light")
    assert _middle(button.grab().toImage()) == QColor(purple), "and back on light"


def test_a_swatch_is_faded_when_disabled_and_sharp_at_any_pixel_ratio(qtbot: QtBot) -> None:
    icon = icons.swatch_icon(SWATCHES[Color.BLUE])
    disabled = _middle(icon.pixmap(32, QIcon.Mode.Disabled).toImage())
    assert disabled.alphaF() == pytest.approx(icons.DISABLED_SWATCH_ALPHA, abs=0.01)
    double = icon.pixmap(QSize(16, 16), 2.0)
    assert (double.width(), double.devicePixelRatio()) == (32, 2.0)
    assert _middle(double.toImage()) == QColor(SWATCHES[Color.BLUE])


def test_a_changed_copy_of_a_swatch_still_paints_once_python_let_go(qtbot: QtBot) -> None:
    copy = QIcon(icons.swatch_icon(SWATCHES[Color.GREEN]))
    copy.addPixmap(QPixmap(8, 8))  # Qt clones the engine for the copy it changes
    gc.collect()
    assert _middle(copy.pixmap(32).toImage()) == QColor(SWATCHES[Color.GREEN])
