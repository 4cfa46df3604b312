"""The title painted over a compilation's speech whose title line was its separator (篇2)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from desktop.gui.reader import ReaderView
from desktop.gui.reader.title_plate import PLATE_DOCUMENT_NAME, needs_title_plate
from tests.gui.drawn_contrast import ink_contrast
from tests.gui.reader.conftest import BODY, build_speech, shown_reader
from tests.gui.reader.helpers import compilation_speech, page_text


def _plate_title(view: ReaderView) -> str | None:
    """The title set in the plate over the page (a child of the page's document), if any."""
    plate = view.document().findChild(QTextDocument, PLATE_DOCUMENT_NAME)
    return plate.toPlainText() if plate is not None else None


def _first_line_top(view: ReaderView) -> int:
    document = view.document()
    rect = document.documentLayout().blockBoundingRect(document.firstBlock())
    return round(rect.top())


def test_a_speech_titled_by_its_separator_opens_under_its_title(qtbot: QtBot) -> None:
    content = compilation_speech(2)
    assert content.text.startswith("同志们")  # the separator, and so the title, is not in it
    view = shown_reader(qtbot, content)
    assert _plate_title(view) == "在全市优化营商环境大会上的讲话"
    top = _first_line_top(view)
    assert top > view.fontMetrics().height() * 2  # room made above the first line
    image = view.viewport().grab().toImage()
    contrast, _ink, _ground = ink_contrast(image, QRect(0, 0, image.width(), top))
    assert contrast > 4.5  # the title is painted there, readable
    # The page's text is still the canonical text, one for one: offsets are untouched.
    assert page_text(view.document()) == content.text
    view.select_range(0, 3)
    assert view.selected_range() == (0, 3)


def test_the_title_keeps_its_room_when_the_page_narrows_or_the_font_grows(
    qtbot: QtBot,
) -> None:
    view = shown_reader(qtbot, compilation_speech(1))
    wide = _first_line_top(view)
    view.resize(300, 700)
    qtbot.waitUntil(lambda: _first_line_top(view) > wide)  # the title wraps: more room
    narrow = _first_line_top(view)
    view.zoom_in()
    qtbot.waitUntil(lambda: _first_line_top(view) > narrow)  # set again in the larger size
    assert _plate_title(view) == "在全市经济工作会议上的讲话"


def test_a_speech_with_its_own_title_line_gets_no_second_title(qtbot: QtBot) -> None:
    view = shown_reader(qtbot, build_speech(["同志们：", BODY]))  # title = its first words
    assert _plate_title(view) is None
    assert _first_line_top(view) == round(view.document().documentMargin())


def test_only_a_title_said_nowhere_in_the_text_needs_the_plate() -> None:
    titled = build_speech(["在全市优化营商环境大会上的讲话", BODY])
    assert not needs_title_plate(titled)  # the title is the text's opening line
    assert needs_title_plate(compilation_speech(2))
    assert not needs_title_plate(build_speech(["今天我们召开全市经济工作会议", BODY]))
