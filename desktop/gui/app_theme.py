"""The whole window's colours: a dark palette for the dark theme, the native look otherwise.

The reader paints its own page (``theme``); this module gives everything around it (the tree,
docks and their title bars, toolbar, menus, line edits, tab bars, tooltips, the status bar) the
same darkness when the dark theme is chosen. Native styles often ignore a palette (Windows 11,
macOS), so the dark theme uses Fusion, which follows one (under ``dark_style.DarkStyle``, which
keeps Qt's own icons visible on it); light and sepia put back the style
and palette the application started with (sepia tints the page only), only deepening a native
selection that its text does not read on at 4.5:1 (Fusion's own). A native Fusion is put under
``menu_style.MenuIconStyle``, which draws a highlighted menu item's icon in the item's text
colour (the dark style does the same); until the dark theme is first chosen nothing else is
touched. A start sets only its palette before the window is built and its style after the
first frame (``start_theme``): the first frame makes no QStyle, whose Python class PySide
makes with its 566 enum members (~7 ms).

Text we paint ourselves keeps 4.5:1 on the ground it is painted on, a selected row's included:
``contrast.readable_colour`` and ``contrast.secondary_colour`` derive it from the palette's
roles; here, a native palette's selection and placeholder text are made to read.

It also names the few colours our own painters use beyond the palette's roles (the vermilion of
note counts and problems, the amber of "passage not found"), in a shade for light or dark.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolTip, QWidget

from desktop.gui.native_palette import read_native_palette_clearly
from desktop.gui.theme import ThemeName, theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

FUSION = "fusion"
"""The style that follows a palette, and fills a highlighted menu item with its Highlight."""

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#323437",
    _Role.WindowText: "#dfe1e5",
    _Role.Base: "#1e1f22",  # the dark reader's page: lists and the page are one surface
    _Role.AlternateBase: "#26282b",
    _Role.ToolTipBase: "#3c3f43",
    _Role.ToolTipText: "#e8e9ec",
    _Role.PlaceholderText: "#8c8f94",
    _Role.Text: "#dfe1e5",
    _Role.Button: "#3a3c40",
    _Role.ButtonText: "#dfe1e5",
    _Role.BrightText: "#ff8a80",
    _Role.Light: "#54575c",
    _Role.Midlight: "#46494d",
    _Role.Mid: "#2a2c2f",
    _Role.Dark: "#1a1b1d",
    _Role.Shadow: "#101112",
    # 16 (CIEDE2000) from the reader's blue highlight as drawn, which #2e5c99 all but matched
    # (9.8); white on it 5.2:1.
    _Role.Highlight: "#3a6cbc",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#7db4ff",
    _Role.LinkVisited: "#c49bf5",
    _Role.Accent: "#3d7bd9",
}
"""The dark palette, in the reader's dark greys: lists share the page's #1e1f22; the chrome
around them is a step lighter, so Fusion's outlines of check boxes and frames still show."""

DARK_DISABLED: dict[QPalette.ColorRole, str] = {
    # Quieter than the text (9.5:1) yet readable: 3.5:1 on the window, 3.3:1 on a button.
    _Role.WindowText: "#878a90",
    _Role.Text: "#878a90",
    _Role.ButtonText: "#878a90",
    _Role.Base: "#232427",
    _Role.Button: "#35373a",
    _Role.Highlight: "#3a3d42",
    _Role.HighlightedText: "#9a9da2",
    _Role.PlaceholderText: "#5c5f64",
}


OUTLINED_CONTROLS = ("QCheckBox", "QRadioButton", "QLineEdit", "QAbstractSpinBox")
"""Controls that Fusion outlines in a shade of the Window role, and never fills with it.

Fusion draws the frame of a check box, a radio button, a line edit or a spin box in
``Window.darker(140)``: on a light window a grey line, on the dark one a line darker than the
window and as dark as the box inside it, so the control all but vanishes. These classes get the
dark palette with a light Window (``CONTROL_COLOURS``): their outline then reads at 3:1 or more
on the window and on the lists, while everything else keeps the dark window.
"""

CONTROL_COLOURS: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#b0b5bd",  # outlines of #7e8187, check boxes' of #8a8e94
    _Role.Highlight: "#4a84d4",  # the focus ring, Highlight.darker(125), 3:1 on a list
}
CONTROL_DISABLED: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#74787f",  # a disabled control still shows its outline, faintly
}


MENU_COLOURS: dict[QPalette.ColorRole, str] = {
    # Fusion fills a menu with Base.lighter(108) and outlines it in Window.darker(160): with
    # the lists' Base and the window's Window a context menu was the page's own colour, edge
    # and all, its items floating over the text. Now a panel a step lighter than the window
    # (#3e4044), outlined in #6e7176 (3.4:1 on the page).
    _Role.Base: "#393b3f",
    _Role.Window: "#b0b5bd",
}
MENU_DISABLED: dict[QPalette.ColorRole, str] = {
    _Role.Text: "#95989e",  # 3.6:1 on the lighter panel, where the window's grey was 3.0
}


def dark_palette() -> QPalette:
    """The palette of the dark theme, for every widget of the application."""
    palette = QPalette()
    for role, colour in DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))  # every group
    for role, colour in DARK_DISABLED.items():
        palette.setColor(_Group.Disabled, role, QColor(colour))
    return palette


def control_palette() -> QPalette:
    """The dark palette for ``OUTLINED_CONTROLS``: a light Window for Fusion's outlines."""
    return _dark_variant(CONTROL_COLOURS, CONTROL_DISABLED)


def menu_palette() -> QPalette:
    """The dark palette for menus: a panel lighter than the page, with an edge that shows."""
    return _dark_variant(MENU_COLOURS, MENU_DISABLED)


def drop_down_palette() -> QPalette:
    """The dark palette for a combo box's list of choices: the menus' panel, filled.

    Fusion draws the choices as menu items on the menus' Window, which ``MENU_COLOURS`` makes
    light for the menus' edge: light text on light grey. The list gets the panel's own fill.
    """
    palette = menu_palette()
    panel = palette.color(_Role.Base).lighter(108)  # how Fusion fills a menu
    palette.setColor(_Role.Window, panel)  # every group
    return palette


def _dark_variant(
    colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    palette = dark_palette()
    for group in (_Group.Active, _Group.Inactive):
        for role, colour in colours.items():
            palette.setColor(group, role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(_Group.Disabled, role, QColor(colour))
    return palette


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class _NativeLook(NamedTuple):
    """The style and palette the application had before the dark theme replaced them."""

    style: str
    palette: QPalette


_native: _NativeLook | None = None
_start_palette: QPalette | None = None
"""The native palette while a dark start's first frame has the dark palette alone."""


def apply_application_theme(name: str) -> None:
    """Dark: Fusion with the dark palette everywhere; light, sepia: the look the app began with."""
    global _native
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _start_palette is not None:
        complete_start_theme()  # a dark start's style, before any other change
    if theme(name).name == ThemeName.DARK:
        if _native is not None:
            return  # dark already: a palette set again would reach every widget again
        _native = _NativeLook(_style_name(app.style()), QPalette(app.palette()))
        _use_dark_style(app)
        _set_palette(app, dark_palette(), dark=True)
    else:
        native = None
        if _native is not None:
            native, _native = _native, None
        _use_light_style(app, native.style if native else _style_name(app.style()))
        if native is not None:
            _set_palette(app, native.palette, dark=False)
        read_native_palette_clearly(app)


def apply_start_theme(name: str) -> None:
    """The theme of a window about to be built: its palette only, its style left to
    ``complete_start_theme`` once the window is on screen (``app.style()`` would make QStyle's
    Python class, and nothing before the first frame draws a menu). A dark start whose native
    style may not be Fusion (which follows a palette as the dark style does) gets its style
    now: Windows' and macOS's would paint the first frame light, and a change after it show."""
    global _start_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    dark = theme(name).name == ThemeName.DARK
    if _start_palette is not None:  # a dark start's first frame to come, the theme chosen again
        if dark:
            return
        _set_palette(app, _start_palette, dark=False)
        _start_palette = None
    if dark and _native is None and native_style_is_fusion():
        _start_palette = QPalette(app.palette())
        _set_palette(app, dark_palette(), dark=True)
    elif dark or _native is not None:  # dark, or from dark
        apply_application_theme(name)
    else:
        read_native_palette_clearly(app)


def complete_start_theme() -> None:
    """After the first frame: the dark style under a dark start's palette (Fusion's own drawing,
    so nothing painted changes), the native style or a Fusion under the proxy that inks a
    highlighted menu item's icon on a light or sepia one (``apply_start_theme``)."""
    global _native, _start_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _start_palette is not None:
        _native = _NativeLook(_style_name(app.style()), _start_palette)
        _start_palette = None
        _use_dark_style(app)
    elif _native is None:  # None: not dark (it has its style)
        # No field's clear button to renew: Fusion's icons are the proxy's.
        _use_light_style(app, _style_name(app.style()), renew=False)


def ink_start_glyphs(window: QWidget) -> None:
    """Before a dark start's first frame: its docks' buttons in the ink of the style that
    comes after it (``glyph_ink``), so that nothing drawn changes when it does."""
    if _start_palette is not None:
        from desktop.gui.glyph_ink import ink_dock_buttons

        ink_dock_buttons(window, QColor(DARK_COLOURS[_Role.Button]))


def native_style_is_fusion() -> bool:
    """Whether Qt's own choice of style is Fusion, told without asking for it: the choice of
    Qt's generic and GNOME themes on Linux; not of Windows, macOS or a desktop's own theme
    (KDE's Breeze, qt6ct…), nor of a style named in ``QT_STYLE_OVERRIDE`` (unless Fusion)."""
    override = os.environ.get("QT_STYLE_OVERRIDE", "")
    if override:
        return override.lower() == FUSION
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORMTHEME"):
        return False
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "").lower()
    return not any(name in desktop for name in ("kde", "lxqt", "deepin", "ukui"))


def _style_name(style: QStyle) -> str:
    """The name of ``style``, or of the style under it when it is a proxy (which has none)."""
    from PySide6.QtWidgets import QProxyStyle

    if isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        return style.baseStyle().name()
    return style.name()


def _use_light_style(app: QApplication, native: str, *, renew: bool = True) -> None:
    """The native style; Fusion under the proxy whose menus draw a highlighted item's icon in
    its text colour (other styles draw their own selection, in colours of their own, so their
    menus go back to them)."""
    from PySide6.QtWidgets import QProxyStyle, QStyleFactory

    from desktop.gui.menu_style import MenuIconStyle, release_menus

    style = app.style()
    if native.lower() != FUSION:
        if isinstance(style, QProxyStyle) or style.name().lower() != native.lower():
            app.setStyle(native)  # and Qt deletes the dark one
            _renew_clear_buttons(app)
            release_menus(app)
    elif type(style) is not MenuIconStyle:
        app.setStyle(MenuIconStyle(QStyleFactory.create(FUSION)))
        if renew:
            _renew_clear_buttons(app)


def _use_dark_style(app: QApplication) -> None:
    """Fusion, under the proxy that keeps its standard icons visible on the dark palette."""
    from desktop.gui.dark_style import DarkStyle  # only ever needed once dark is chosen

    if not isinstance(app.style(), DarkStyle):
        app.setStyle(DarkStyle(QColor(DARK_COLOURS[_Role.Button])))
        _renew_clear_buttons(app)


def _renew_clear_buttons(app: QApplication) -> None:
    """Fields' clear buttons in the new style's icon: Qt keeps the one it had at first."""
    for widget in app.allWidgets():
        if isinstance(widget, QLineEdit) and widget.isClearButtonEnabled():
            widget.setClearButtonEnabled(False)
            widget.setClearButtonEnabled(True)


def _set_palette(app: QApplication, palette: QPalette, dark: bool) -> None:
    """The application's palette, and the outlined controls' and menus' (dark: their own;
    otherwise the same as the rest)."""
    app.setPalette(palette)
    QToolTip.setPalette(palette)  # tooltips keep a palette of their own
    # Qt cannot forget a class's palette; one that sets no role follows the application's.
    controls = control_palette() if dark else QPalette()
    for name in OUTLINED_CONTROLS:
        app.setPalette(controls, name)
    app.setPalette(menu_palette() if dark else QPalette(), "QMenu")


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's when None) paints light text on dark."""
    used = palette if palette is not None else QGuiApplication.palette()
    return used.color(_Role.Window).lightness() < 128


def accent_colour(palette: QPalette | None = None) -> QColor:
    """The vermilion of 朱批 (note counts, problems), light enough to read on a dark surface."""
    return QColor("#ff8a80" if is_dark(palette) else "#b3261e")


def info_colour(palette: QPalette | None = None) -> QColor:
    """A calm blue for advice (why a query cannot be searched), readable on either surface."""
    return QColor("#7db4ff" if is_dark(palette) else "#1d5fa6")


def focus_colour(palette: QPalette | None = None) -> QColor:
    """The ring around the control with the keyboard: 4.5:1 or more on either surface."""
    return QColor("#7db4ff" if is_dark(palette) else "#1d5fa6")


def warning_colour(palette: QPalette | None = None) -> QColor:
    """The amber of "passage not found" and of changed anchors."""
    return QColor("#f0a030" if is_dark(palette) else "#b36200")


def row_colours(palette: QPalette, *, active: bool, selected: bool) -> tuple[QColor, QColor]:
    """A list row's text colour and the ground under it, in the colour group the style paints
    it in: a selected row in a window without the focus may be quieter."""
    group = _Group.Active if active else _Group.Inactive
    if selected:
        return palette.color(group, _Role.HighlightedText), palette.color(group, _Role.Highlight)
    return palette.color(group, _Role.Text), palette.color(group, _Role.Base)


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: the window's text blended a third of the way into its background.

    Quieter than the text, yet readable on light and dark alike (the disabled colour is not).
    """
    text, window = palette.color(_Role.WindowText), palette.color(_Role.Window)
    mix = 0.64
    return QColor.fromRgbF(
        text.redF() * mix + window.redF() * (1 - mix),
        text.greenF() * mix + window.greenF() * (1 - mix),
        text.blueF() * mix + window.blueF() * (1 - mix),
    )


class MutedLabel(QLabel):
    """A label of secondary text (a hint), in ``muted_colour`` of whatever palette it is on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mute()

    def _mute(self) -> None:
        source = self.parentWidget().palette() if self.parentWidget() else self.palette()
        wanted = muted_colour(source)
        if self.palette().color(_Role.WindowText) != wanted:
            palette = self.palette()
            palette.setColor(_Role.WindowText, wanted)
            self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the palette (a theme change) with the muted colour of the new one."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._mute()
