"""Tests for desktop/gui/lock_wait.py: edits refused for another program's lock are sent again
once it goes, looked for more and more seldom (the note's end to end: test_note_saving.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.gui import lock_wait
from desktop.gui.lock_wait import LockWait


class _Window(QObject):
    """The window as the wait sees it: its session (the lock) and its status bar, in one."""

    def __init__(self, held_for: int) -> None:
        super().__init__()
        self.session = self.status = self
        self.closed = False
        self.held_for = held_for  # looks that find the lock still held
        self.looks: list[int] = []  # the wait before each look
        self.messages: list[str] = []
        self.wait: LockWait | None = None

    def write_lock_free(self) -> bool:
        assert self.wait is not None
        self.looks.append(self.wait.interval_ms)
        return len(self.looks) > self.held_for

    def showMessage(self, text: str, _timeout: int = 0) -> None:  # noqa: N802 - QStatusBar's
        self.messages.append(text)


def test_the_lock_is_looked_for_more_and_more_seldom_and_the_edits_sent_once_it_goes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lock_wait, "FIRST_MS", 1)
    monkeypatch.setattr(lock_wait, "LONGEST_MS", 4)
    window = _Window(held_for=4)
    sent: list[int] = []
    window.wait = wait = LockWait(window, lambda: sent.append(len(window.looks)))  # type: ignore[arg-type]
    wait.wait()
    assert window.messages, "the status bar says the edits wait"
    qtbot.waitUntil(lambda: sent != [])
    assert window.looks == [2, 4, 4, 4, 4], "doubling, up to the longest wait"
    assert sent == [5], "sent once, when the lock is free"
    assert not wait.is_waiting()
    wait.stop()
    assert wait.interval_ms == 1, "a new refusal starts again from the first wait"


def test_a_closed_library_is_waited_for_no_more(qtbot: QtBot) -> None:
    window = _Window(held_for=100)
    window.wait = wait = LockWait(window, lambda: None)  # type: ignore[arg-type]
    window.closed = True
    wait.wait()
    qtbot.waitUntil(lambda: not wait.is_waiting())
    assert window.looks == []
