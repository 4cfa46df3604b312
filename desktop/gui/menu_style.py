"""Menus that draw a highlighted item's line icon in the item's text colour.

``MenuIconStyle`` (the application's style over Fusion) hands every menu ``MenuItemStyle``.
Loaded after the first frame: PySide makes QStyle's Python class, its 566 enum members
(~7 ms), when a module names it, and no menu is shown before the window is on screen
(``app_theme.complete_start_theme``); the dark theme's style builds on it when dark is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QProxyStyle, QStyle, QStyleFactory, QWidget

from desktop.gui.app_theme import FUSION
from desktop.gui.icons import inked_icon, is_line_icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleHintReturn, QStyleOption, QStyleOptionMenuItem

_MENU_ITEM = QStyle.ControlElement.CE_MenuItem
_HIGHLIGHTED = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_Enabled


class MenuIconStyle(QProxyStyle):
    """Fusion (or the style given) for the application, its menus under ``MenuItemStyle``.

    Only ``polish`` is overridden (once a widget): a ``drawControl`` of the application's style
    would run Python for every control of every repaint (a fifth more time for a tree's).
    """

    def polish(self, target: QWidget | QApplication | QPalette) -> QPalette | None:
        """The base style's polish; a menu drawn by the menus' own style."""
        polished = super().polish(target)
        if isinstance(target, QMenu) and not isinstance(target.style(), MenuItemStyle):
            target.setStyle(menu_item_style())
        return polished


class MenuItemStyle(QProxyStyle):
    """Fusion for menus, with a highlighted item's line icon in the item's text colour.

    Fusion draws that icon in its Active mode, grey on the blue selection (1.8:1); a hovered
    tool button draws the same mode on its light ground, so the icon's Active mode cannot change.
    The style hands Fusion the item with an inked icon instead (cached: no SVG drawn a paint).
    Swatches and Qt's own icons keep their colours.
    """

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        """Fusion's hints, but a greyed item can be hovered (as on Windows and KDE): its status
        tip then says what it needs ("Highlight the selection…"); Fusion showed nothing."""
        if hint == QStyle.StyleHint.SH_Menu_AllowActiveAndDisabled:
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing, a highlighted menu item's line icon in its text colour."""
        if element == _MENU_ITEM and option.state & _HIGHLIGHTED == _HIGHLIGHTED:
            option = self._with_inked_icon(option, painter, widget)
        super().drawControl(element, option, painter, widget)

    def _with_inked_icon(
        self, option: QStyleOptionMenuItem, painter: QPainter, widget: QWidget | None
    ) -> QStyleOptionMenuItem:
        if not is_line_icon(option.icon):
            return option
        # Imported here: PySide makes the Python enums of a Qt class when it is first imported,
        # and no menu item is drawn before the window's first frame.
        from PySide6.QtWidgets import QStyleOptionMenuItem

        size = self.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, widget)
        ink = option.palette.color(QPalette.ColorRole.HighlightedText)
        item = QStyleOptionMenuItem(option)
        item.icon = inked_icon(option.icon, ink, size, painter.device().devicePixelRatio())
        return item


_menu_item_style: list[MenuItemStyle] = []


def menu_item_style() -> MenuItemStyle:
    """The one style of every menu, over a Fusion of its own: the application's style may be
    replaced (a theme change deletes the old one) while its menus live on."""
    if not _menu_item_style:
        style = MenuItemStyle(QStyleFactory.create(FUSION))
        style.setParent(QApplication.instance())  # deleted with the application, not before
        _menu_item_style.append(style)
    return _menu_item_style[0]


def release_menus(app: QApplication) -> None:
    """Every menu back on the application's style (a native one, that draws its own)."""
    for widget in app.allWidgets():
        if isinstance(widget, QMenu) and isinstance(widget.style(), MenuItemStyle):
            widget.setStyle(None)
