"""Tests for desktop/gui/annotation_filter_bar.py: the scope switch shows which scope is chosen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QToolButton
from pytestqt.qtbot import QtBot

from desktop.gui.annotation_filter_bar import AnnotationFilterBar
from desktop.gui.app_theme import apply_application_theme
from desktop.gui.i18n import Language
from tests.gui.ui_languages import ui_language

__all__ = ["ui_language"]


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


@pytest.fixture
def plain_bar(qtbot: QtBot) -> AnnotationFilterBar:
    """The filter bar on screen, with the keyboard in its search line."""
    widget = AnnotationFilterBar()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.search_edit.setFocus()
    return widget


def test_a_burst_of_keys_filters_once_after_the_pause(
    qtbot: QtBot, plain_bar: AnnotationFilterBar
) -> None:
    # Filtering "all speeches" of a big library tests every annotation: not once per key.
    emitted: list[str] = []
    plain_bar.text_changed.connect(emitted.append)
    qtbot.keyClicks(plain_bar.search_edit, "reform")
    assert emitted == []
    assert plain_bar.text_pending
    with qtbot.waitSignal(plain_bar.text_changed) as blocker:
        pass
    assert blocker.args == ["reform"]
    assert emitted == ["reform"]
    assert not plain_bar.text_pending


def test_enter_filters_at_once_and_only_once(qtbot: QtBot, plain_bar: AnnotationFilterBar) -> None:
    emitted: list[str] = []
    plain_bar.text_changed.connect(emitted.append)
    qtbot.keyClicks(plain_bar.search_edit, "plan")
    qtbot.keyClick(plain_bar.search_edit, Qt.Key.Key_Return)
    assert emitted == ["plan"]
    assert not plain_bar.text_pending, "the pause has nothing left to filter"
    qtbot.keyClick(plain_bar.search_edit, Qt.Key.Key_Return)
    assert emitted == ["plan"], "the same text again filters nothing"


def test_emptying_the_line_shows_everything_at_once(
    qtbot: QtBot, plain_bar: AnnotationFilterBar
) -> None:
    emitted: list[str] = []
    plain_bar.text_changed.connect(emitted.append)
    qtbot.keyClicks(plain_bar.search_edit, "ab")
    qtbot.keyClick(plain_bar.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(plain_bar.search_edit, Qt.Key.Key_Backspace)
    assert emitted == [], "typed then erased before the pause: nothing to filter"
    qtbot.keyClicks(plain_bar.search_edit, "ab")
    qtbot.keyClick(plain_bar.search_edit, Qt.Key.Key_Return)
    plain_bar.clear()
    assert emitted == ["ab", ""]
    assert not plain_bar.text_pending


def test_the_tag_list_is_in_pinyin_order_with_latin_tags_without_case(
    plain_bar: AnnotationFilterBar,
) -> None:
    in_order = ["安全", "北京", "结构", "金句", "提法", "重点", "draft", "Final"]
    plain_bar.set_tag_counts(dict.fromkeys(sorted(in_order), 2))  # code points: F < d < 安
    tags = plain_bar.findChild(QComboBox, "tagFilter")
    assert tags is not None
    listed = [tags.itemData(row) for row in range(1, tags.count())]  # after "All Tags"
    assert listed == in_order
    assert tags.itemText(1) == "安全 (2)"


def test_the_colour_chips_are_named_as_labels_are(ui_language: Language, qtbot: QtBot) -> None:
    # A screen reader reads an accessible name as a label: "Yellow", as the Export dialog's
    # chips and the Highlight menu say it; the tip's sentence keeps its lower case.
    bar = AnnotationFilterBar()
    qtbot.addWidget(bar)
    names = {color: bar.chip(color).accessibleName() for color in ("yellow", "purple")}
    tip = bar.chip("yellow").toolTip()
    if ui_language == Language.ENGLISH:
        assert names == {"yellow": "Yellow", "purple": "Purple"}
        assert tip == "Show only yellow highlights"
    else:
        assert names == {"yellow": "黄色", "purple": "紫色"}
