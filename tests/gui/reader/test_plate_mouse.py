"""Selecting and copying the title painted over a compilation's speech, as a user does."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.records import SpeechContent, SpeechRecord
from desktop.gui.actions import ActionId
from desktop.gui.reader import ReaderView
from desktop.gui.reader.balance import BALANCE_INDENT
from desktop.gui.reader.title_plate import PLATE_DOCUMENT_NAME
from tests.gui.reader.conftest import BODY, build_speech, shown_reader
from tests.gui.reader.helpers import char_point, compilation_speech, page_text

TITLE = "在全市优化营商环境大会上的讲话"


def _plate_point(view: ReaderView, index: int, *, after: bool = False) -> QPoint:
    """A viewport point on the title's character ``index``, near its start (or its end)."""
    plate = view.document().findChild(QTextDocument, PLATE_DOCUMENT_NAME)
    block = plate.firstBlock()
    line = block.layout().lineForTextPosition(index)
    left, right = line.cursorToX(index)[0], line.cursorToX(index + 1)[0]
    x = right - 1 if after else left + (right - left) / 4
    margin = view.document().documentMargin()
    y = line.y() + line.height() / 2
    return QPoint(round(margin + x), round(margin + y - view.verticalScrollBar().value()))


def _selection_pixels(view: ReaderView, image: QImage) -> int:
    """How many pixels of the room above the text have the selection's colour."""
    selection = view.palette().highlight().color()
    top = round(view.document().rootFrame().frameFormat().topMargin())
    pixels = ((x, y) for x in range(image.width()) for y in range(0, top, 2))
    return sum(image.pixelColor(x, y) == selection for x, y in pixels)


def _drag(qtbot: QtBot, view: ReaderView, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def _copied_with_keys(qtbot: QtBot, view: ReaderView) -> str:
    QGuiApplication.clipboard().setText("before")
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QApplication.clipboard().text()


def test_dragging_over_the_title_selects_and_copies_its_words(qtbot: QtBot) -> None:
    view = shown_reader(qtbot, compilation_speech(2), focused=True)
    before = view.viewport().grab().toImage()
    _drag(qtbot, view, _plate_point(view, 2), _plate_point(view, 5, after=True))
    assert _copied_with_keys(qtbot, view) == TITLE[2:6]
    assert view.selected_range() is None  # the page's text is not selected
    assert page_text(view.document()) == compilation_speech(2).text
    # Drawn as the page draws a selection, in the theme's colour, over the title only.
    assert _selection_pixels(view, before) == 0
    assert _selection_pixels(view, view.viewport().grab().toImage()) > 100


def test_a_drag_from_the_title_into_the_text_copies_both(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _drag(qtbot, view, _plate_point(view, 4), char_point(view, 6))
    assert view.selected_range() == (0, 6)
    assert _copied_with_keys(qtbot, view) == TITLE[4:] + "\n" + content.text[:6]
    toolbar = view.selection_toolbar
    assert toolbar.isVisible()
    plate_words = QRect(_plate_point(view, 4), _plate_point(view, len(TITLE) - 1, after=True))
    assert not toolbar.geometry().intersects(plate_words.adjusted(0, -8, 0, 8))
    # The highlight acts on the text's part: the title is not in the canonical text.
    with qtbot.waitSignal(view.highlight_requested) as blocker:
        view.registry.action(ActionId.HIGHLIGHT_1).trigger()
    assert blocker.args[:2] == [0, 6]


@pytest.mark.parametrize("action", [ActionId.HIGHLIGHT_3, ActionId.ADD_NOTE])
def test_a_mark_up_of_a_selection_from_the_title_leaves_nothing_selected(
    qtbot: QtBot, action: ActionId
) -> None:
    # The text's part became the highlight and was unselected, but the title's part stayed:
    # Ctrl+C then copied those few words of the title alone.
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _drag(qtbot, view, _plate_point(view, 4), char_point(view, 6))
    view.registry.action(action).trigger()
    assert view.plate_selected_text() == ""
    assert view.selected_range() is None
    assert _copied_with_keys(qtbot, view) == "before"


def test_a_drag_from_the_text_up_into_the_title_copies_both(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    _drag(qtbot, view, char_point(view, 6), _plate_point(view, 4))
    assert view.selected_range() == (0, 6)
    assert _copied_with_keys(qtbot, view) == TITLE[4:] + "\n" + content.text[:6]
    qtbot.mouseMove(view.viewport(), char_point(view, 30))  # a hover keeps the selection
    assert _copied_with_keys(qtbot, view) == TITLE[4:] + "\n" + content.text[:6]
    viewport = view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=char_point(view, 30))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=char_point(view, 6))
    qtbot.mouseMove(viewport, _plate_point(view, 4))
    qtbot.mouseMove(viewport, char_point(view, 2))  # back down: the text's part only
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=char_point(view, 2))
    assert _copied_with_keys(qtbot, view) == content.text[2:6]


def test_select_all_takes_the_title_too_and_a_zoom_keeps_the_selection(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    view = shown_reader(qtbot, content, focused=True)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert _copied_with_keys(qtbot, view) == TITLE + "\n" + content.text
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=char_point(view, 30))
    _drag(qtbot, view, _plate_point(view, 4), char_point(view, 6))
    view.zoom_in()
    assert _copied_with_keys(qtbot, view) == TITLE[4:] + "\n" + content.text[:6]


def test_a_double_click_selects_a_word_of_the_title(qtbot: QtBot) -> None:
    view = shown_reader(qtbot, compilation_speech(2), focused=True)
    view.word_range_provider = lambda text, offset: (2, 4) if 2 <= offset < 4 else None
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_plate_point(view, 3))
    assert _copied_with_keys(qtbot, view) == "市优"


def test_only_the_title_selected_offers_copy_and_no_mark_up(qtbot: QtBot) -> None:
    view = shown_reader(qtbot, compilation_speech(2), focused=True)
    _drag(qtbot, view, _plate_point(view, 0), _plate_point(view, 3, after=True))
    registry = view.registry
    assert registry.action(ActionId.COPY).isEnabled()
    assert not registry.action(ActionId.HIGHLIGHT_1).isEnabled()
    assert not registry.action(ActionId.COPY_WITH_CITATION).isEnabled()
    assert not view.selection_toolbar.isVisible()
    menu = view.build_context_menu(_plate_point(view, 1))
    copy = registry.action(ActionId.COPY)
    assert copy in menu.actions()
    QGuiApplication.clipboard().setText("before")
    copy.trigger()
    assert QApplication.clipboard().text() == TITLE[:4]
    menu.deleteLater()


def test_a_click_elsewhere_or_escape_drops_the_titles_selection(qtbot: QtBot) -> None:
    view = shown_reader(qtbot, compilation_speech(2), focused=True)
    _drag(qtbot, view, _plate_point(view, 0), _plate_point(view, 3, after=True))
    assert view.registry.action(ActionId.COPY).isEnabled()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=char_point(view, 10))
    assert not view.registry.action(ActionId.COPY).isEnabled()
    assert _copied_with_keys(qtbot, view) == "before"
    _drag(qtbot, view, _plate_point(view, 0), _plate_point(view, 3, after=True))
    assert view.registry.action(ActionId.COPY).isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert _copied_with_keys(qtbot, view) == "before"


def test_a_screen_reader_meets_the_title_first(qtbot: QtBot) -> None:
    for content, title in [
        (compilation_speech(2), TITLE),  # painted over the text only
        (build_speech(["在全市效能革命工作会上的讲话", BODY]), "在全市效能革命工作会上的讲话"),
    ]:
        view = shown_reader(qtbot, content)
        view.setAccessibleName("Speech text")
        accessible = QAccessible.queryAccessibleInterface(view)
        assert accessible.text(QAccessible.Text.Name) == "Speech text"
        assert accessible.text(QAccessible.Text.Description) == title


HELD_TITLE = "中共中央 国务院关于实施乡村振兴战略的意见"
HELD = HELD_TITLE.index("院")
"""The last character of the title's first line, 中共中央 国务院, held short of the line's end."""


def _held_plate_reader(qtbot: QtBot) -> tuple[ReaderView, QTextDocument]:
    """A reader zoomed until the plate's title wraps to a first line held short."""
    text = "\n".join(["同志们：", BODY * 6])
    record = SpeechRecord(1, 1, 1, HELD_TITLE, None, None, None, len(text), "hash")
    view = shown_reader(qtbot, SpeechContent(record, text, [], []), focused=True)
    for _ in range(12):
        plate = view.document().findChild(QTextDocument, PLATE_DOCUMENT_NAME)
        if plate.firstBlock().blockFormat().property(BALANCE_INDENT):
            return view, plate
        view.zoom_in()
    raise AssertionError("the title never wrapped to a held first line")


def test_a_selection_ending_the_titles_held_line_stops_at_its_last_character(
    qtbot: QtBot,
) -> None:
    view, plate = _held_plate_reader(qtbot)
    line = plate.firstBlock().layout().lineAt(0)
    assert line.textStart() + line.textLength() == HELD + 1, "中共中央 国务院 / 关于…"
    _drag(qtbot, view, _plate_point(view, HELD - 2), _plate_point(view, HELD, after=True))
    assert _copied_with_keys(qtbot, view) == "国务院"
    glyph = line.cursorToX(HELD)[0] - line.cursorToX(HELD - 1)[0]
    ink_end, line_end = line.cursorToX(HELD)[0] + glyph, line.cursorToX(HELD + 1)[0]
    assert line_end - ink_end > 2 * glyph, "the line is held by spacing after its character"
    image = view.viewport().grab().toImage()
    margin = view.document().documentMargin()
    y = round(margin + line.y() + line.height() / 2 - view.verticalScrollBar().value())
    selection = view.palette().highlight().color()
    held = range(round(ink_end - glyph + 2), round(ink_end - 2))
    assert selection in [image.pixelColor(round(margin + x), y) for x in held]  # 院 is selected
    blank = range(round(ink_end + 3), round(line_end - 2), 4)
    assert blank
    shown = [image.pixelColor(round(margin + x), y) for x in blank]
    assert selection not in shown, "the selection ran on to the line's end"


def test_select_all_takes_a_title_with_characters_beyond_the_basic_plane(qtbot: QtBot) -> None:
    # 𠮷 is two UTF-16 units: the plate's positions are Qt's, not the title's str indices.
    plain = compilation_speech(2)
    title = "𠮷" + TITLE
    content = replace(plain, record=plain.record._replace(title=title))
    view = shown_reader(qtbot, content, focused=True)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert _copied_with_keys(qtbot, view) == title + "\n" + content.text


def test_the_plate_mouse_uses_the_views_public_methods_only() -> None:
    """It reached into the view's private methods (``view._hide_toolbar()``…): the view
    now offers what it needs as public methods."""
    from desktop.gui.reader import plate_mouse

    tree = ast.parse(Path(plate_mouse.__file__).read_text(encoding="utf-8"))
    private = sorted(
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and (
            (isinstance(node.value, ast.Name) and node.value.id == "view")
            or (isinstance(node.value, ast.Attribute) and node.value.attr == "_view")
        )
    )
    assert private == []
