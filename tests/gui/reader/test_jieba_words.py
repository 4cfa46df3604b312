"""Double-click selects jieba's word once the segmenter is ready (效能革命 whole, not 效能)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.words import word_at
from desktop.gui.reader import ReaderView
from tests.gui.language_fixtures import ready_segmenter  # noqa: F401 - fixture
from tests.gui.reader.conftest import build_speech
from tests.gui.reader.helpers import char_point

TEXT = "今天，市委、市政府召开全市效能革命工作会，部署政务服务中心建设。"


def _reader(qtbot: QtBot) -> ReaderView:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 400)
    reader.show_speech(build_speech(["标题", TEXT]))
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def _double_click(qtbot: QtBot, reader: ReaderView, offset: int, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    point = char_point(reader, offset)
    qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def test_double_click_selects_the_jieba_word(
    qtbot: QtBot,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    reader = _reader(qtbot)
    reader.word_range_provider = partial(_word, ready_segmenter)
    text = reader.speech().text
    start = text.index("效能革命")
    _double_click(qtbot, reader, start + 2)  # on 革
    assert reader.selected_range() == (start, start + 4)
    later = text.index("政务服务中心")
    _double_click(qtbot, reader, later + 3, shift=True)
    assert reader.selected_range() == (start, later + len("政务服务中心"))


def _word(segmenter: Segmenter, text: str, offset: int) -> tuple[int, int] | None:
    return word_at(text, offset, segmenter)
