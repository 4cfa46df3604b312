"""Tests for desktop/gui/in_turns.py: steps run one per turn of the event loop."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from desktop.gui.in_turns import InTurns


def test_a_call_queued_by_a_step_runs_before_the_next_step(qtbot: QtBot) -> None:
    owner = QObject()
    calls: list[str] = []

    def first() -> None:
        calls.append("first")
        QTimer.singleShot(0, lambda: calls.append("queued meanwhile"))  # a click, say

    turns = InTurns([first, lambda: calls.append("second"), lambda: calls.append("third")], owner)
    turns.start()
    assert calls == ["first"], "the first step runs at once, the next ones later"
    assert not turns.done
    qtbot.waitUntil(lambda: turns.done)
    assert calls == ["first", "queued meanwhile", "second", "third"]


def test_the_steps_left_are_dropped_once_cancelled(qtbot: QtBot) -> None:
    owner = QObject()
    calls: list[str] = []
    closed = [False]

    def close() -> None:
        calls.append("close")
        closed[0] = True

    turns = InTurns(
        [close, lambda: calls.append("after"), lambda: calls.append("after")],
        owner,
        cancelled=lambda: closed[0],
    )
    turns.start()
    qtbot.waitUntil(lambda: turns.done)
    assert calls == ["close"]
