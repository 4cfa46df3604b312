"""desktop/gui/color_chip.py: the swatch button both colour filters use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Color
from desktop.gui.color_chip import color_chip
from desktop.gui.main_window import MainWindow
from tests.gui.swatches import PURPLE, PURPLE_ON_DARK, dark_theme, swatch_fill


def test_a_chip_is_a_flat_checkable_swatch_of_its_size(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    chip = color_chip(Color.PINK, "chip_pink", 18, parent)
    assert chip.parent() is parent
    assert chip.objectName() == "chip_pink"
    assert chip.isCheckable()
    assert chip.autoRaise()
    assert not chip.icon().isNull()
    assert (chip.iconSize().width(), chip.iconSize().height()) == (18, 18)


def test_the_dock_s_chips_follow_a_theme_change(main_window: MainWindow) -> None:
    chip = main_window.annotations_dock.filter_bar.chip(Color.PURPLE.value)
    assert swatch_fill(chip.icon()) == QColor(PURPLE)
    with dark_theme(main_window):
        assert swatch_fill(chip.icon()) == PURPLE_ON_DARK
    assert swatch_fill(chip.icon()) == QColor(PURPLE), "and back on light"


def test_a_row_of_chips_is_one_tab_stop_walked_by_the_arrows(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Tab passes the five colours at once; the arrows choose one, Space presses it, and Tab
    comes back to the chip last used."""
    bar = main_window.annotations_dock.filter_bar
    chips = [bar.chip(color.value) for color in Color]
    main_window.activateWindow()
    chips[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chips[0].hasFocus)
    qtbot.keyClick(chips[0], Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after not in chips
    assert after.parent() is bar, "the next control of the bar"
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is chips[0]
    qtbot.keyClick(chips[0], Qt.Key.Key_Right)
    qtbot.keyClick(chips[1], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is chips[2]
    qtbot.keyClick(chips[2], Qt.Key.Key_Space)
    assert bar.colors() == frozenset({list(Color)[2].value})
    qtbot.keyClick(chips[2], Qt.Key.Key_End)
    assert QApplication.focusWidget() is chips[-1]
    qtbot.keyClick(chips[-1], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is chips[0], "round to the first"
    qtbot.keyClick(chips[0], Qt.Key.Key_Left)
    qtbot.keyClick(chips[-1], Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is chips[-1], "the chip last used is the row's stop"
