"""desktop/gui/color_chip.py: the swatch button both colour filters use."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
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
