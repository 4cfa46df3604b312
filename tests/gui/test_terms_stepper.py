"""The chosen term's occurrences: marked in the speech read, stepped through across speeches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.terms_stepper import TermStepper


@pytest.fixture
def parts(
    qtbot: QtBot, library_path: Path
) -> Iterator[tuple[TermStepper, QToolButton, QToolButton, QLabel]]:
    host = QWidget()
    qtbot.addWidget(host)
    previous, following, label = QToolButton(host), QToolButton(host), QLabel(host)
    stepper = TermStepper(previous, following, label, library_path)
    stepper.speech_id = 7
    yield stepper, previous, following, label
    stepper.words.shutdown()
    host.close()


def test_choosing_marks_the_occurrences_in_the_speech_read(
    qtbot: QtBot, parts: tuple[TermStepper, QToolButton, QToolButton, QLabel]
) -> None:
    stepper, previous, _following, label = parts
    with qtbot.waitSignal(stepper.marks_requested) as marked:
        stepper.choose("三严三实", [(7, 2, 6), (8, 0, 4), (7, 10, 14)])
    assert marked.args == [[(2, 6), (10, 14)], -1]
    assert stepper.term() == "三严三实"
    assert previous.isEnabled()
    assert label.text() == "0/3"


def test_the_arrows_step_through_and_ask_for_the_other_speech(
    qtbot: QtBot, parts: tuple[TermStepper, QToolButton, QToolButton, QLabel]
) -> None:
    stepper, previous, following, label = parts
    stepper.choose("一带一路", [(7, 2, 6), (8, 0, 4)])
    with qtbot.waitSignal(stepper.marks_requested) as marked:
        qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    assert marked.args == [[(2, 6)], 0]
    with qtbot.waitSignal(stepper.open_hit_requested) as opened:
        qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    assert opened.args == [8, 0, 4]
    assert label.text() == "2/2"
    stepper.speech_id = 8  # the window opened it
    with qtbot.waitSignal(stepper.marks_requested) as marked:
        stepper.mark(keep_step=True)
    assert marked.args == [[(0, 4)], 0]
    with qtbot.waitSignal(stepper.open_hit_requested) as opened:
        qtbot.mouseClick(previous, Qt.MouseButton.LeftButton)
    assert opened.args == [7, 2, 6]


def test_forgetting_leaves_nothing_to_step(
    qtbot: QtBot, parts: tuple[TermStepper, QToolButton, QToolButton, QLabel]
) -> None:
    stepper, _previous, _following, _label = parts
    stepper.choose("一带一路", [(7, 2, 6)])
    stepper.forget()
    assert stepper.term() is None
    with qtbot.assertNotEmitted(stepper.marks_requested):
        stepper.next_occurrence()
