"""Tests for desktop/gui/menu_style.py: a highlighted menu item's line icon in its text colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyleFactory
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Color
from desktop.gui import icons, menu_style
from desktop.gui.actions import SWATCHES
from desktop.gui.app_theme import apply_application_theme
from desktop.gui.contrast import contrast_ratio
from tests.gui.menu_drawing import highlighted_item, icon_ink, stroke_contrast


def _menu_with_active(qtbot: QtBot, icon: QIcon) -> tuple[QImage, QRect, QColor]:
    """A menu whose first item (with ``icon``) is highlighted, as drawn; that item's icon
    area; the selection's colour."""
    menu = QMenu()
    qtbot.addWidget(menu)
    first = menu.addAction(icon, "导入文件")
    menu.addAction(icons.svg_icon("export"), "导出")
    return highlighted_item(menu, first)


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_a_highlighted_menu_item_draws_its_icon_in_the_selected_text_s_colour(
    qtbot: QtBot, theme: str
) -> None:
    # Fusion draws it in the icon's Active mode: grey on the blue selection, 1.8:1.
    apply_application_theme(theme)
    try:
        image, area, selection = _menu_with_active(qtbot, icons.svg_icon("import"))
    finally:
        apply_application_theme("light")
    corner = image.pixelColor(area.right(), area.top())
    assert corner.rgb() == selection.rgb(), "the item is highlighted"
    ink = icon_ink(image, area, selection)
    assert len(ink) > 20, "the icon is drawn"
    assert stroke_contrast(ink) >= 3.0, (theme, stroke_contrast(ink))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_highlighted_menu_items_swatch_keeps_its_colour(qtbot: QtBot, theme: str) -> None:
    apply_application_theme(theme)
    try:
        fill = icons.swatch_colour(SWATCHES[Color.GREEN], dark=theme == "dark")
        image, area, _selection = _menu_with_active(qtbot, icons.swatch_icon(SWATCHES[Color.GREEN]))
    finally:
        apply_application_theme("light")
    middle = image.pixelColor(area.center())
    assert contrast_ratio(middle, fill) < 1.1, (middle.name(), fill.name())


def test_menus_alone_run_python_to_draw_and_go_back_to_a_native_style(
    qtbot: QtBot, qapp: QApplication
) -> None:
    apply_application_theme("light")  # offscreen's native style is Fusion
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.ensurePolished()
    assert isinstance(menu.style(), menu_style.MenuItemStyle)
    assert "drawControl" not in vars(menu_style.MenuIconStyle), "a tree's repaint runs no Python"
    qapp.setStyle(QStyleFactory.create("Windows"))  # a native style that is not Fusion
    try:
        menu_style.release_menus(qapp)
        assert menu.style().name().lower() == "windows"
    finally:
        qapp.setStyle(menu_style.MenuIconStyle(QStyleFactory.create("Fusion")))


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "propagateSizeHints"
)
def test_a_greyed_menu_item_says_what_it_needs_in_the_status_bar(qtbot: QtBot) -> None:
    # Fusion let no disabled item be hovered: its status tip, which says what it acts on
    # ("the selection"), never showed, and a greyed command gave no reason.
    apply_application_theme("light")
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Edit")
    action = menu.addAction("Highlight &Yellow")
    action.setStatusTip("Highlight the selection in yellow")
    action.setEnabled(False)
    status = window.statusBar()
    window.show()
    qtbot.waitExposed(window)
    window.menuBar().setActiveAction(menu.menuAction())  # opened from the menu bar, as a user does
    qtbot.waitExposed(menu)
    qtbot.mouseMove(menu, menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: menu.activeAction() is action)
    assert status.currentMessage() == "Highlight the selection in yellow"
    menu.close()
