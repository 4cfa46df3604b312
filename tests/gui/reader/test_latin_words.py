"""The reader's word selection with jieba: a Latin word joined by signs (R&D) is one word."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.words import word_at
from tests.gui.language_fixtures import ready_segmenter  # noqa: F401 - fixture
from tests.gui.reader.conftest import build_speech, shown_reader
from tests.gui.reader.helpers import char_point, select_with_keys

TEXT = "研发R&D投入持续增长，COVID-19疫情期间用e-mail联系U.S.同行。"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_double_click_and_word_steps_take_a_joined_latin_word_whole(
    qtbot: QtBot,
    ready_segmenter: Segmenter,  # noqa: F811 - the fixture imported above
) -> None:
    reader = shown_reader(qtbot, build_speech(["标题", TEXT]), focused=True)
    reader.word_range_provider = partial(word_at, segmenter=ready_segmenter)
    text = reader.speech().text
    for word, inside in (("R&D", 1), ("COVID-19", 6), ("e-mail", 4), ("U.S.", 2)):
        start = text.index(word)
        qtbot.mouseDClick(
            reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + inside)
        )
        assert reader.selected_range() == (start, start + len(word)), word
    start = text.index("R&D")
    select_with_keys(reader, start, start)
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL_SHIFT)
    assert reader.selected_range() == (start, start + 3)
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL_SHIFT)
    assert text[slice(*reader.selected_range())] == "R&D投入"
