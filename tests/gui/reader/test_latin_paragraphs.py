"""An English paragraph beside the Chinese is set ragged-right; highlights still fit its words."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from desktop.gui.reader import ReaderView
from desktop.gui.reader.document import ReaderStyle, build_document
from desktop.gui.reader.roles import latin_paragraphs
from tests.gui.reader.conftest import BODY, build_speech, make_annotation, shown_reader
from tests.gui.reader.helpers import page_offsets, page_text

ENGLISH = (
    "Advancing the efficiency revolution is an important measure for comprehensively "
    "improving the government's governance capacity. We must adhere to the “two "
    "concentrations and two in-place” principle, build the government service centers "
    "well, and roll out parallel approval, so that people can get things done quickly."
)
MIXED = "推进效能革命（efficiency revolution），是全面提升政府治理能力的重要举措。" + BODY
WORD = "government"


def _speech():
    return build_speech(["在全省深化效能革命大会上的讲话", MIXED, ENGLISH, BODY * 2])


def test_paragraphs_mostly_in_latin_letters_are_found() -> None:
    text = "\n".join(["标题", MIXED, ENGLISH, "G20峰会", "COVID-19疫情防控", "2024", ""])
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    assert latin_paragraphs(text, starts) == [2]


def test_an_english_paragraph_is_ragged_right_and_the_chinese_stays_justified(
    qtbot: QtBot,
) -> None:
    speech = _speech()
    document = build_document(speech, ReaderStyle())
    alignments = [
        document.findBlockByNumber(number).blockFormat().alignment()
        & Qt.AlignmentFlag.AlignHorizontal_Mask
        for number in range(1, 4)
    ]
    assert alignments == [
        Qt.AlignmentFlag.AlignJustify,
        Qt.AlignmentFlag.AlignLeft,
        Qt.AlignmentFlag.AlignJustify,
    ]
    assert page_text(document) == speech.text, "the text and its offsets are as they were"


def _word_spaces(view: ReaderView, number: int) -> list[float]:
    """The width of every space on the first line of block ``number``."""
    block = view.document().findBlockByNumber(number)
    line = block.layout().lineAt(0)
    shown = block.text()
    return [
        line.cursorToX(at + 1)[0] - line.cursorToX(at)[0]
        for at in range(line.textStart(), line.textStart() + line.textLength() - 1)
        if shown[at] == " "
    ]


def test_its_words_are_spaced_evenly_not_stretched(qtbot: QtBot) -> None:
    view = shown_reader(qtbot, _speech())
    spaces = _word_spaces(view, 2)
    natural = view.fontMetrics().horizontalAdvance(" ")
    assert spaces
    assert max(spaces) - min(spaces) < 1
    assert max(spaces) < 2 * natural, "justified, its spaces were stretched"


def test_a_highlight_paints_exactly_over_its_word(qtbot: QtBot) -> None:
    view = shown_reader(qtbot, _speech())
    speech = view.speech()
    start = speech.text.index(WORD, speech.text.index(ENGLISH))
    end = start + len(WORD)
    view.set_annotations([make_annotation(speech, start, end, "blue")])
    qtbot.waitUntil(lambda: len(view.extraSelections()) > 0)
    utf16 = page_offsets(view)
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16.to_utf16(start))
    left = view.cursorRect(cursor)
    cursor.setPosition(utf16.to_utf16(end))
    right = view.cursorRect(cursor)
    assert left.top() == right.top(), "the word on one line"
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    y = round((left.top() + 3) * ratio)  # above the letters: the fill alone
    page = image.pixelColor(QPoint(round((left.left() - 20) * ratio), y))
    filled = [
        x
        for x in range(image.width())
        if image.pixelColor(QPoint(x, y)) != page
        and left.left() - 20 <= x / ratio <= right.left() + 20
    ]
    assert filled
    assert abs(min(filled) / ratio - left.left()) <= 1
    assert abs((max(filled) + 1) / ratio - right.left()) <= 1
