"""Compare With…'s chooser opens at once and lists the speeches the window's worker reads."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.storage import speech_choices as choices_module
from desktop.core.storage.database import Database
from desktop.core.storage.library import open_library
from desktop.core.storage.speech_choices import SpeechChoice
from desktop.dialogs.speech_chooser import SpeechChooser
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow

GATE_WAIT = 30.0
"""Seconds a held read waits at most for its test to let it go (a failing test must end)."""


class HeldRead:
    """``speech_choices`` held until the test lets it go; which thread called it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.threads: list[threading.Thread] = []
        real = choices_module.speech_choices

        def held(db: Database) -> list[SpeechChoice]:
            self.threads.append(threading.current_thread())
            self.gate.wait(GATE_WAIT)
            return real(db)

        monkeypatch.setattr(choices_module, "speech_choices", held)


def _choice_ids(window: MainWindow) -> list[int]:
    """The library's speeches in the chooser's order (newest first), read as a test reads."""
    path = window.session.library_path
    with open_library(path, create=False, daily_backup=False) as library:
        return [choice.speech_id for choice in choices_module.speech_choices(library.db)]


def _opened(qtbot: QtBot, window: MainWindow, speech_id: int) -> SpeechChooser:
    window.open_speech(speech_id)
    window.registry.action(ActionId.COMPARE_WITH).trigger()
    chooser = window.findChild(SpeechChooser)
    assert isinstance(chooser, SpeechChooser), "opened at once, not after the read"
    qtbot.waitExposed(chooser)
    return chooser


def test_the_speeches_are_read_off_the_gui_thread_while_the_chooser_says_so(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest, *expected = _choice_ids(main_window)
    read = HeldRead(monkeypatch)
    chooser = _opened(qtbot, main_window, newest)
    assert chooser.status.isVisible()
    assert chooser.model.rowCount() == 0
    assert not chooser.ok_button.isEnabled()
    read.gate.set()
    qtbot.waitUntil(chooser.status.isHidden)
    assert read.threads
    assert read.threads[0] is not threading.main_thread()
    listed = [chooser.model.index(row, 0).data() for row in range(chooser.model.rowCount())]
    assert len(listed) == len(expected)
    assert chooser.chosen_speech() == expected[0]
    assert chooser.ok_button.isEnabled()
    chooser.reject()


def test_a_chooser_closed_before_the_speeches_come_drops_them(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest = _choice_ids(main_window)[0]
    read = HeldRead(monkeypatch)
    chooser = _opened(qtbot, main_window, newest)
    (task,) = main_window.workers.active()
    chooser.reject()
    qtbot.waitUntil(lambda: main_window.findChild(SpeechChooser) is None)  # deleted on close
    assert task.is_cancel_requested()
    with qtbot.waitSignal(task.finished):  # its outcome reaches no deleted chooser
        read.gate.set()
    assert read.threads
