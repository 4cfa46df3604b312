"""The dark theme's style: Fusion, with Qt's own icons (dialog buttons', arrows') drawn light.

Fusion follows a palette but not its icons: the standard ones (the ✗ of Close, the arrows of a
file dialog, a field's clear button, a dock's close button) come from Qt's resources or the
desktop's icon theme, drawn in near-black ink for a light window. On a dark palette they all
but vanish: the ✗ of Cancel on a dark button, as X11's platform theme puts icons on dialog
buttons. Every standard icon whose ink does not read on the dark button is drawn again with its
lightness mirrored, hue kept: a black ✗ turns light, a dull green tick a light green one, a dark
disc with a white ✗ a light disc with a dark one, and lifted toward white where mirroring alone
falls short (a red ✗ a lighter red). Icons that read already (folders, the warning sign) are
left as they are. Only ``standardIcon`` is overridden, and it is cached: no Python runs when the
style paints (a styleHint of ours would be called some hundred times for each repaint of a tree).
It costs some 10–20 ms an icon (every pixel of each size, in Python), once each for the process:
the cache outlives the style, which Qt deletes when the light theme comes back, so choosing dark
again is not another quarter of a second of the window standing still.

``polish`` (once a widget) gives a combo box's list of choices a palette of its own: Fusion
draws the choices as menu items on the menus' Window, light in the dark theme for the menus'
edge (``app_theme.drop_down_palette``). ``unpolish`` hands it back when the theme changes.

Loaded only when the dark theme is chosen: the light start-up path never imports it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from desktop.gui.app_theme import FUSION, drop_down_palette
from desktop.gui.glyph_ink import lightened_glyph
from desktop.gui.menu_style import MenuIconStyle

_DRAWN: dict[tuple[QStyle.StandardPixmap, int, str], QIcon] = {}
"""Each standard icon as a dark style draws it, by (icon, button colour, base style): kept for
the process, across the styles made each time dark is chosen."""


class DarkStyle(MenuIconStyle):
    """Fusion for the dark palette, its standard icons in an ink that reads on it (and a
    highlighted menu item's line icon in the item's text colour, as on light)."""

    def __init__(self, ground: QColor, base: QStyle | None = None) -> None:
        super().__init__(base if base is not None else QStyleFactory.create(FUSION))
        self._ground = QColor(ground)
        self._base_name = self.baseStyle().name()

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        """Fusion's icon, drawn light when its ink does not read on the dark button."""
        key = (standardIcon, self._ground.rgba(), self._base_name)
        cached = _DRAWN.get(key)
        if cached is None:
            icon = super().standardIcon(standardIcon, option, widget)
            cached = lightened_glyph(icon, self._ground) or icon
            _DRAWN[key] = cached
        return QIcon(cached)

    def polish(self, target: QWidget | QApplication | QPalette) -> QPalette | None:
        """Fusion's polish; a combo box's list of choices on a fill its text reads on."""
        polished = super().polish(target)
        if isinstance(target, QWidget) and _is_drop_down_list(target):
            target.setPalette(drop_down_palette())
        return polished

    def unpolish(self, target: QWidget | QApplication) -> None:
        """Fusion's unpolish; a list of choices follows the application's palette again."""
        super().unpolish(target)
        if isinstance(target, QWidget) and _is_drop_down_list(target):
            target.setPalette(QPalette())  # sets no role: the application's palette


def _is_drop_down_list(widget: QWidget) -> bool:
    """Whether ``widget`` is the view a combo box drops down (a class private to Qt)."""
    return widget.inherits("QComboBoxListView")
