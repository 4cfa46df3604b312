"""Where things are on a reader's screen, for driving it with the mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from desktop.core.importing.pipeline import import_bytes
from desktop.core.offsets import HintedMap
from desktop.core.records import SpeechContent, SpeechRecord
from desktop.gui.reader import ReaderView
from desktop.gui.reader.line_hints import HINTS, page_map
from tests.gui.reader.conftest import BODY


def page_offsets(reader: ReaderView) -> HintedMap:
    """The offsets map of the reader's page (its text has line-break hints put in)."""
    return page_map(reader.document(), reader.speech().text)


def page_text(document: QTextDocument) -> str:
    """A reader's page's text without its line-break hints: the text shown, character for
    character."""
    return document.toPlainText().translate(dict.fromkeys(map(ord, HINTS)))


def char_point(reader: ReaderView, offset: int) -> QPoint:
    """The viewport point in the middle of the character at ``str`` offset ``offset``."""
    utf16 = page_offsets(reader)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(utf16.to_utf16(offset))
    left = reader.cursorRect(cursor)
    cursor.setPosition(utf16.to_utf16(offset + 1))
    right = reader.cursorRect(cursor)
    width = right.left() - left.left() if right.top() == left.top() else 8
    return QPoint(left.left() + max(width // 2, 1), left.center().y())


def line_of(reader: ReaderView, position: int) -> tuple[int, int]:
    """The ``str`` offsets of the start and end of the page's line holding Qt's ``position``."""
    utf16 = page_offsets(reader)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    start = utf16.to_str(cursor.position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
    return start, utf16.to_str(cursor.position())


def caret_offset(reader: ReaderView) -> int:
    """The ``str`` offset of the reader's caret (the selection's moving end)."""
    return page_offsets(reader).to_str(reader.textCursor().position())


def keyboard_caret_mid_line(qtbot: QtBot, reader: ReaderView) -> tuple[int, int]:
    """A caret the arrow keys showed in a wrapped paragraph; the ends of its line."""
    start = reader.speech().text.index("第30段") + 2
    reader.scroll_to_offset(start)
    select_with_keys(reader, start, start)
    qtbot.keyClick(reader, Qt.Key.Key_Right)  # a keyboard reader: the caret shows
    return line_of(reader, reader.textCursor().position())


def line_end_caret_drawn(reader: ReaderView) -> bool:
    """Whether the caret at the line's end shows on screen now: its middle in the text's colour."""
    image = reader.viewport().grab().toImage()
    centre = reader.caret_rect().center()
    return image.pixelColor(centre) == reader.palette().color(QPalette.ColorRole.Text)


def select_with_keys(reader: ReaderView, start: int, end: int) -> None:
    """Place the text cursor at ``start`` and extend to ``end`` as Shift+Right would."""
    utf16 = page_offsets(reader)
    cursor = reader.textCursor()
    cursor.setPosition(utf16.to_utf16(start))
    cursor.setPosition(utf16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)


def drag_select(qtbot: QtBot, reader: ReaderView, start: int, end: int) -> None:
    """Select from the character at ``start`` through the one before ``end`` with the mouse."""
    viewport = reader.viewport()
    first = char_point(reader, start)
    last = char_point(reader, end - 1)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(first.x() - 6, first.y()))
    beyond = QPoint(last.x() + 6, last.y())  # the right half of the last character
    qtbot.mouseMove(viewport, last)
    qtbot.mouseMove(viewport, beyond)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=beyond)


def hover_tooltip(qtbot: QtBot, reader: ReaderView, offset: int) -> str:
    """Rest the mouse on the character at ``offset`` until its tooltip shows; the tooltip's text.

    The caller hides it (``QToolTip.hideText()``) once it has looked.
    """
    point = char_point(reader, offset)
    QTest.mouseMove(reader.viewport(), point)
    event = QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point))
    QGuiApplication.sendEvent(reader.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


COMPILATION = "\n\n".join(
    [
        "全市工作会议讲话汇编（精选2篇）",
        "在全市经济工作会议上的讲话 篇1",
        "同志们：\n" + BODY + "\n一、关于今年的工作\n" + BODY,
        "在全市优化营商环境大会上的讲话 篇2",
        "同志们：\n营商环境就是生产力。" + BODY + "\n一、提高认识\n" + BODY,
    ]
)


def compilation_speech(number: int) -> SpeechContent:
    """Speech ``number`` of the compilation above, as the importer makes it."""
    document = import_bytes(COMPILATION.encode(), "汇编.txt")
    speech = document.speeches[number - 1]
    record = SpeechRecord(
        number, 1, number, speech.title, None, None, None, len(speech.text), speech.text_hash
    )
    return SpeechContent(record, speech.text, speech.outline, speech.spans)
