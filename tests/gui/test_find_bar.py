"""The find bar under a reader: type, count, step with F3 and Enter, Escape clears the marks."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.offsets import Utf16Map
from desktop.gui.find_bar import LAYER, FindBar
from desktop.gui.reader import ReaderView
from tests.gui.language_fixtures import type_text
from tests.gui.reader.conftest import sample_speech

WORD = "效能革命"


class Page(QWidget):
    """A reader with a find bar under it, wired as the main window wires them."""

    def __init__(self) -> None:
        super().__init__()
        self.reader = ReaderView(parent=self)
        self.bar = FindBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reader, 1)
        layout.addWidget(self.bar)
        self.bar.matches_changed.connect(self._on_matches_changed)
        self.bar.closed.connect(lambda: self.reader.clear_marks(LAYER))
        QShortcut(QKeySequence("F3"), self, self.bar.find_next)
        QShortcut(QKeySequence("Shift+F3"), self, self.bar.find_previous)

    def _on_matches_changed(self, ranges: list[tuple[int, int]], current: int) -> None:
        self.reader.set_marks(LAYER, ranges, current if current >= 0 else None)
        if current >= 0:
            self.reader.reveal_offset(ranges[current][0])


@pytest.fixture
def page(qtbot: QtBot) -> Page:
    built = Page()
    content = sample_speech()
    # Three occurrences: the title, one in full-width-insensitive Latin, one far down.
    text = content.text + f"\n结尾再说{WORD}。\nＧＤＰ增长，{WORD}见效。"
    content = replace(content, text=text)
    built.reader.show_speech(content)
    built.bar.set_text(text)
    qtbot.addWidget(built)
    built.resize(700, 500)
    built.show()
    qtbot.waitExposed(built)
    return built


def _open_and_type(qtbot: QtBot, page: Page, text: str) -> None:
    page.bar.open_bar(page.reader.current_offset())
    type_text(qtbot, page.bar.edit, text)


def test_typing_marks_every_hit_and_counts_them(qtbot: QtBot, page: Page) -> None:
    _open_and_type(qtbot, page, WORD)
    text = page.reader.speech().text
    expected = [(i, i + len(WORD)) for i in range(len(text)) if text.startswith(WORD, i)]
    assert len(expected) == 3
    assert page.bar.count_text() == "1/3"
    assert page.reader.marks(LAYER) == expected
    # Ticked once Qt has laid the page out to its end (``overlays``).
    qtbot.waitUntil(lambda: len(page.reader.scroll_mark_fractions(LAYER)) == 3)


def test_f3_and_enter_move_the_current_mark_and_wrap(qtbot: QtBot, page: Page) -> None:
    _open_and_type(qtbot, page, WORD)
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_F3)
    assert page.bar.count_text() == "2/3"
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return)
    assert page.bar.count_text() == "3/3"
    start = page.bar.ranges()[2][0]
    reader = page.reader
    utf16 = Utf16Map(reader.speech().text)
    top = reader.current_offset()
    bottom = utf16.to_str(
        reader.cursorForPosition(reader.viewport().rect().bottomLeft()).position()
    )
    assert top <= start <= bottom  # the reader scrolled to the far hit
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return)
    assert page.bar.count_text() == "1/3"
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert page.bar.count_text() == "3/3"
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert page.bar.count_text() == "2/3"
    assert page.bar.current() == 1


def test_escape_closes_the_bar_and_clears_the_marks(qtbot: QtBot, page: Page) -> None:
    _open_and_type(qtbot, page, WORD)
    assert page.reader.marks(LAYER)
    with qtbot.waitSignal(page.bar.closed):
        qtbot.keyClick(page.bar.edit, Qt.Key.Key_Escape)
    assert not page.bar.isVisible()
    assert page.reader.marks(LAYER) == []
    assert page.reader.scroll_mark_fractions(LAYER) == []


def test_width_and_case_are_folded_as_in_the_library_search(qtbot: QtBot, page: Page) -> None:
    _open_and_type(qtbot, page, "gdp增长,")
    assert page.bar.count_text() == "1/1"
    start, end = page.bar.ranges()[0]
    assert page.reader.speech().text[start:end] == "ＧＤＰ增长，"


def test_nothing_found_counts_zero(qtbot: QtBot, page: Page) -> None:
    _open_and_type(qtbot, page, "没有这句话")
    assert page.bar.count_text() == "0/0"
    assert page.reader.marks(LAYER) == []
    assert not page.bar.next_button.isEnabled()


def test_a_new_speech_is_searched_again(qtbot: QtBot, page: Page) -> None:
    _open_and_type(qtbot, page, WORD)
    page.bar.set_text(f"{WORD}和{WORD}")
    assert page.bar.count_text() == "1/2"
