"""desktop/gui/color_chip.py: the swatch button both colour filters use."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Color
from desktop.gui.color_chip import color_chip


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
