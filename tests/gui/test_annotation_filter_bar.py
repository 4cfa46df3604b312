"""Tests for desktop/gui/annotation_filter_bar.py: the scope switch shows which scope is chosen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.gui.annotation_filter_bar import AnnotationFilterBar
from desktop.gui.app_theme import apply_application_theme


def _face(button: QToolButton) -> QColor:
    """The colour of a button's face, beside its text."""
    return button.grab().toImage().pixelColor(QPoint(6, button.height() // 2))


def _distance(one: QColor, other: QColor) -> int:
    """How far apart two colours are, channel by channel (hue counts, not only lightness)."""
    return max(abs(a - b) for a, b in zip(one.getRgb()[:3], other.getRgb()[:3], strict=True))


@pytest.fixture(params=["light", "dark"])
def bar(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[AnnotationFilterBar]:
    """The filter bar on screen, in each theme."""
    apply_application_theme(request.param)
    widget = AnnotationFilterBar()
    qtbot.addWidget(widget)
    widget.resize(320, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    apply_application_theme("light")


def test_the_chosen_scope_stands_out_in_either_theme(
    qtbot: QtBot, bar: AnnotationFilterBar
) -> None:
    this = bar.findChild(QToolButton, "scopeThisSpeech")
    every = bar.findChild(QToolButton, "scopeAllSpeeches")
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)
    for chosen, other in ((this, every), (every, this)):
        if chosen is every:
            with qtbot.waitSignal(bar.scope_changed):
                qtbot.mouseClick(every, Qt.MouseButton.LeftButton)
        assert chosen.isChecked()
        assert _distance(_face(chosen), _face(other)) >= 60, "told apart at a glance"
        assert _distance(_face(chosen), highlight) < _distance(_face(other), highlight)
    assert bar.all_speeches
