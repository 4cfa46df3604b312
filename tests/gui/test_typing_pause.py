"""desktop/gui/typing_pause.py: a burst of keys filters once; emptying and flushing at once."""

from __future__ import annotations

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.gui.typing_pause import TypingPause


def test_a_burst_applies_once_after_the_pause(qtbot: QtBot) -> None:
    owner = QObject()
    applied: list[int] = []
    pause = TypingPause(lambda: applied.append(1), owner, delay_ms=20)
    for text in ("效", "效能", "效能革"):
        pause.text_changed(text)
    assert pause.pending
    assert applied == []
    qtbot.waitUntil(lambda: not pause.pending)
    assert applied == [1]


def test_emptying_and_flushing_apply_at_once(qtbot: QtBot) -> None:
    owner = QObject()
    applied: list[int] = []
    pause = TypingPause(lambda: applied.append(1), owner)
    pause.text_changed("效能")
    pause.flush()
    assert (applied, pause.pending) == ([1], False)
    pause.text_changed("  ")
    assert (applied, pause.pending) == ([1, 1], False)
