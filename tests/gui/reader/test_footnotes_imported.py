"""The reader's note marks on speeches imported from a .docx and a .md: their notes have no
label over them, and their marks hover and jump as a .txt's under 注释 do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from desktop.core.footnotes import find_footnotes
from desktop.core.importing import import_bytes
from desktop.core.records import SpeechContent
from desktop.gui.reader import ReaderView
from tests.core.test_footnotes_imported import NOTES_MD, notes_docx
from tests.gui.reader.conftest import build_speech, shown_reader
from tests.gui.reader.helpers import char_point, hover_tooltip


def _imported(data: bytes, name: str) -> SpeechContent:
    """The file's one speech as the reader is given it."""
    (speech,) = import_bytes(data, name).speeches
    return build_speech(speech.text.split("\n"))


@pytest.fixture(params=[(notes_docx, "讲话.docx"), (lambda: NOTES_MD, "讲话.md")], ids=str)
def imported_reader(qtbot: QtBot, request: pytest.FixtureRequest) -> ReaderView:
    """A shown reader with a .docx's or a .md's speech, citing its notes."""
    make, name = request.param
    return shown_reader(qtbot, _imported(make(), name), focused=True)


def test_hovering_a_mark_shows_its_note(qtbot: QtBot, imported_reader: ReaderView) -> None:
    text = imported_reader.speech().text
    mark = find_footnotes(text).marks[0]
    tooltip = hover_tooltip(qtbot, imported_reader, mark.start + 1)
    QToolTip.hideText()
    assert text[mark.note.text_start : mark.note.end] in tooltip


def test_clicking_a_mark_goes_to_its_note_and_its_number_leads_back(
    qtbot: QtBot, imported_reader: ReaderView
) -> None:
    reader = imported_reader
    mark = find_footnotes(reader.speech().text).marks[-1]
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, mark.start)
    )
    qtbot.waitUntil(lambda: reader.flashed_range() == (mark.note.start, mark.note.end))
    qtbot.waitUntil(lambda: reader.flashed_range() is None, timeout=5000)
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, mark.note.start)
    )
    qtbot.waitUntil(lambda: reader.flashed_range() == (mark.start, mark.end))
