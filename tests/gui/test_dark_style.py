"""Tests for desktop/gui/dark_style.py: Qt's own icons stay visible in the dark theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.gui import dark_style, glyph_ink
from desktop.gui.app_theme import DARK_COLOURS, apply_application_theme
from desktop.gui.contrast import contrast_ratio
from desktop.gui.dark_style import DarkStyle
from desktop.gui.menu_style import MenuIconStyle

SP = QStyle.StandardPixmap
BUTTON = QColor(DARK_COLOURS[QPalette.ColorRole.Button])
Buttons = QDialogButtonBox.StandardButton
EVERY_BUTTON = (
    Buttons.Ok | Buttons.Cancel | Buttons.Close | Buttons.Save | Buttons.Open | Buttons.Apply
) | (Buttons.Reset | Buttons.Help | Buttons.Discard | Buttons.Yes | Buttons.No)


class IconsOnButtons(QProxyStyle):
    """Fusion as X11's platform theme makes it: icons on every dialog button."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: object = None,
    ) -> int:
        """The hint the platform gives under X11, whatever offscreen says."""
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


def _drawn(icon: QIcon) -> list[QColor]:
    image = icon.pixmap(32).toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return [pixel for pixel in pixels if pixel.alpha() > 200]


def _reads(icon: QIcon, ground: QColor = BUTTON) -> float:
    """The contrast of an icon's median drawn pixel on ``ground``; a null or blank icon fails
    (it would read on anything)."""
    assert not icon.isNull(), "no icon"
    ratios = sorted(contrast_ratio(pixel, ground) for pixel in _drawn(icon))
    assert ratios, "an icon that draws nothing"
    return ratios[len(ratios) // 2]


def _is_grey(icon: QIcon) -> bool:
    pixels = _drawn(icon)
    return bool(pixels) and sum(p.hslSaturation() < 48 for p in pixels) >= 0.85 * len(pixels)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QStyle]:
    """The dark theme for the whole application (its style), the light one again afterwards."""
    apply_application_theme("dark")
    yield qapp.style()
    apply_application_theme("light")


def test_the_close_buttons_cross_reads_on_a_dark_button(dark: QStyle) -> None:
    for pixmap in (SP.SP_DialogCloseButton, SP.SP_DialogCancelButton, SP.SP_LineEditClearButton):
        assert _reads(dark.standardIcon(pixmap)) >= 3, pixmap.name


def test_dialog_buttons_icons_read_on_them_where_the_platform_asks_for_icons(
    qtbot: QtBot,
) -> None:
    def icons(style: QStyle) -> dict[str, QIcon]:
        box = QDialogButtonBox()
        qtbot.addWidget(box)
        box.setStyle(style)  # before the buttons: each takes its icon as it is made
        box.setStandardButtons(EVERY_BUTTON)
        return {button.text(): button.icon() for button in box.buttons()}

    # As X11 shows them without the fix: some all but invisible on a dark button.
    plain = icons(IconsOnButtons())
    assert min(_reads(icon) for icon in plain.values() if not icon.isNull()) < 3
    shown = icons(DarkStyle(BUTTON, IconsOnButtons()))
    assert not any(icon.isNull() for icon in shown.values()), "the platform's choice is kept"
    for text, icon in shown.items():
        assert _reads(icon) >= 3, text


def test_every_grey_standard_glyph_is_drawn_light_on_dark(dark: QStyle) -> None:
    fusion = QStyleFactory.create("Fusion")
    greys = [
        pixmap
        for pixmap in SP
        if pixmap != SP.SP_CustomBase and _is_grey(fusion.standardIcon(pixmap))
    ]
    assert {SP.SP_ArrowBack, SP.SP_FileDialogToParent} <= set(greys), "Fusion's are dark"
    for pixmap in greys:
        assert _reads(dark.standardIcon(pixmap)) >= 3, pixmap.name


def test_icons_that_read_are_kept_and_dull_colours_lightened_in_their_hue(dark: QStyle) -> None:
    fusion = QStyleFactory.create("Fusion")
    for pixmap in (SP.SP_MessageBoxWarning, SP.SP_DirIcon):
        assert _drawn(fusion.standardIcon(pixmap)), pixmap.name
        wanted = fusion.standardIcon(pixmap).pixmap(32).toImage()
        shown = dark.standardIcon(pixmap).pixmap(32).toImage()
        assert _argb(shown) == _argb(wanted), pixmap.name
    # A red sign (white ✗ on a red disc) too dark for the button: a lighter red.
    before = _median(fusion.standardIcon(SP.SP_MessageBoxCritical))
    after = _median(dark.standardIcon(SP.SP_MessageBoxCritical))
    assert contrast_ratio(before, BUTTON) < 3 <= contrast_ratio(after, BUTTON)
    assert abs(before.hslHue() - after.hslHue()) <= 6, "still red"


def _argb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _median(icon: QIcon) -> QColor:
    return sorted(_drawn(icon), key=lambda pixel: contrast_ratio(pixel, BUTTON))[
        len(_drawn(icon)) // 2
    ]


def _clear_icon(edit: QLineEdit) -> QIcon:
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    assert action is not None
    return action.icon()


def test_switching_theme_back_and_forth_swaps_the_style_and_its_icons(
    qtbot: QtBot, qapp: QApplication
) -> None:
    native = _under_any_proxy(qapp.style()).name()
    edit = QLineEdit("政务服务")
    edit.setClearButtonEnabled(True)
    qtbot.addWidget(edit)
    for _ in range(2):
        apply_application_theme("dark")
        style = qapp.style()
        assert isinstance(style, DarkStyle)
        apply_application_theme("dark")  # chosen again: the same style, not a new one
        assert qapp.style() is style
        assert _reads(_clear_icon(edit)) >= 3, "the field's clear button follows the style"
        apply_application_theme("light")
        # Fusion (offscreen's native style) under the proxy that inks a menu item's icon only.
        assert type(qapp.style()) is MenuIconStyle
        assert qapp.style().baseStyle().name() == native
    light = qapp.style()
    apply_application_theme("sepia")
    assert qapp.style() is light, "sepia tints the page only"


def _under_any_proxy(style: QStyle) -> QStyle:
    return style.baseStyle() if isinstance(style, QProxyStyle) else style


def test_choosing_dark_again_draws_no_icon_again(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[QIcon] = []
    lighten = dark_style.lightened_glyph

    def counted(icon: QIcon, ground: QColor) -> QIcon | None:
        drawn.append(icon)
        return lighten(icon, ground)

    monkeypatch.setattr(dark_style, "lightened_glyph", counted)
    try:
        apply_application_theme("dark")
        first = qapp.style().standardIcon(SP.SP_DialogCloseButton)
        apply_application_theme("light")
        drawn.clear()
        apply_application_theme("dark")  # a new style: Qt deleted the first one
        again = qapp.style().standardIcon(SP.SP_DialogCloseButton)
    finally:
        apply_application_theme("light")
    assert drawn == [], "every pixel of the icon mirrored again, on the GUI thread"
    assert again.cacheKey() == first.cacheKey()


def _mirrored_pixel_by_pixel(image: QImage, lift: float) -> list[int]:
    """What mirroring gave when it worked each pixel out alone: the reference."""
    white, out = QColor("#ffffff"), []
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha():
                hue, saturation, lightness, alpha = pixel.getHsl()
                pixel = glyph_ink.blend(
                    QColor.fromHsl(hue, saturation, 255 - lightness), white, lift
                )
                pixel.setAlpha(alpha)
            out.append(pixel.rgba())
    return out


def test_mirroring_works_each_colour_out_once_as_each_pixel_had_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The first switch to dark draws the window's standard icons again: working out every
    # pixel's colour in Python (~9,600 blends) was most of it, though an icon has few colours.
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    colours = [QColor(40, 40, 40), QColor(90, 120, 60, 180), QColor(200, 10, 10, 90)]
    for y in range(32):
        for x in range(8, 32):
            image.setPixelColor(x, y, colours[(x + y) % 3])
    expected = _mirrored_pixel_by_pixel(image, 0.25)
    monkeypatch.setattr(glyph_ink, "_MIRRORED", {})  # no colour of an earlier icon kept
    blends: list[object] = []
    blend = glyph_ink.blend
    monkeypatch.setattr(glyph_ink, "blend", lambda *args: blends.append(args) or blend(*args))
    mirrored = glyph_ink._mirrored(image.copy(), 0.25)  # noqa: SLF001 - the pixels' work
    assert len(blends) == len(colours)
    got = [mirrored.pixelColor(x, y).rgba() for y in range(32) for x in range(32)]
    assert got == expected
    glyph_ink._mirrored(image.scaled(16, 16), 0.25)  # noqa: SLF001 - another size of it
    assert len(blends) == len(colours), "its colours are in the table already"
