"""The status bar's figures for the open speech."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from desktop.gui.i18n import Language
from desktop.gui.status_bar import (
    CHARACTERS_PER_MINUTE,
    ReadingStatusBar,
    character_count,
    reading_minutes,
    text_reading_minutes,
)
from desktop.gui.undo import UndoCleared
from tests.gui.ui_languages import ui_language

__all__ = ["ui_language"]


@given(st.text())
def test_character_count_leaves_out_exactly_what_isspace_calls_whitespace(text: str) -> None:
    assert character_count(text) == sum(1 for character in text if not character.isspace())


def test_character_count_of_chinese_paragraphs() -> None:
    text = "一、总体要求\n\n　　坚持稳中求进。\u3000\u00a0End\t"
    assert character_count(text) == len("一、总体要求坚持稳中求进。End")


def test_reading_minutes_round_up_to_whole_minutes() -> None:
    assert [reading_minutes(n) for n in (0, 1, 300, 301)] == [0, 1, 1, 2]


def test_an_english_speech_is_timed_by_its_words(qtbot: QtBot) -> None:
    status = ReadingStatusBar()
    qtbot.addWidget(status)
    # 460 words of 10 letters: 4,600 字, which at 300 a minute said 16 min
    status.show_speech("\n".join(["Government " * 10] * 46))
    assert status.length_label.text().endswith(" characters · about 2 min")


def test_a_chinese_speech_quoting_english_is_timed_by_its_characters() -> None:
    text = "国内生产总值（GDP）增长5.2%，居民消费价格（CPI）上涨0.2%。" * 30
    count = character_count(text)
    assert text_reading_minutes(text, count) == reading_minutes(count) == 4


READING_TIMES = {
    Language.ENGLISH: ["about 25 min", "about 2 h 30 min", "about 3 h", "about 150 h 1 min"],
    Language.CHINESE: ["约 25 分钟", "约 2 小时 30 分钟", "约 3 小时", "约 150 小时 1 分钟"],
}


def test_a_long_speech_is_read_in_hours_and_minutes(qtbot: QtBot, ui_language: Language) -> None:
    status = ReadingStatusBar()
    qtbot.addWidget(status)
    shown = []
    for minutes in (25, 150, 180, 9001):
        status.show_speech("字" * (minutes * CHARACTERS_PER_MINUTE))
        shown.append(status.length_label.text().split(" · ")[1])
    assert shown == READING_TIMES[ui_language]


def test_a_notice_still_shown_stays_before_the_next(qtbot: QtBot) -> None:
    bar = ReadingStatusBar()
    qtbot.addWidget(bar)
    bar.show_kept_changes_reanchored({"moved": 1, "orphaned": 2})
    first = bar.currentMessage()
    assert first.startswith("1 change")
    assert "The passage of 2 change" in first
    bar.show_undo_cleared(UndoCleared.REIMPORTED)
    assert bar.currentMessage().startswith(first)
    assert bar.currentMessage().endswith("the re-import moved or removed what its steps refer to.")
    bar.showMessage("Importing…")
    bar.show_undo_cleared(UndoCleared.TRASH_EMPTIED)
    assert bar.currentMessage().startswith("The undo history was cleared: what its steps")


def test_the_undo_notice_in_the_ui_language(qtbot: QtBot, ui_language: Language) -> None:
    bar = ReadingStatusBar()
    qtbot.addWidget(bar)
    bar.show_undo_cleared(UndoCleared.TRASH_EMPTIED)
    said = {Language.ENGLISH: "The undo history was cleared", Language.CHINESE: "撤销记录已清空"}
    assert bar.currentMessage().startswith(said[ui_language])
