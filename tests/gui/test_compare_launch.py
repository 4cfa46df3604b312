"""Compare With…'s chooser opens at once and lists the speeches the window's worker reads."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.imported import ImportedDocument
from desktop.core.storage import speech_choices as choices_module
from desktop.core.storage.database import Database
from desktop.core.storage.library import open_library
from desktop.core.storage.speech_choices import SpeechChoice
from desktop.dialogs.speech_chooser import SpeechChooser
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.speech_choices_model import SPEECH_ID
from tests.core.storage.documents import make_speech, sample_paragraphs
from tests.gui.access_keys import activate, press_access_key, window_problems
from tests.gui.conftest import WindowFactory
from tests.gui.ui_languages import window_language

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


def test_a_speech_dated_only_by_its_file_is_offered_with_the_files_date_marked(
    qtbot: QtBot, library_path: Path, open_window: WindowFactory
) -> None:
    # Counts by Year calls such a speech undated: the list must not give it the date as its own.
    paragraphs = sample_paragraphs()
    speeches = [
        make_speech(1, "开幕讲话", paragraphs[:2], date="2024-09-07"),
        make_speech(2, "闭幕讲话", paragraphs[2:4]),
    ]
    document = ImportedDocument("讲话汇编", "/a.txt", "utf-8", "txt", speeches, date="2024-09-08")
    with open_library(library_path, create=False, daily_backup=False) as library:
        collection_id = library.store.import_document(document).collection_id
    window = open_window()
    opening, closing = (speech.id for speech in window.session.speeches(collection_id))
    other = next(i for i in _choice_ids(window) if i not in (opening, closing))
    chooser = _opened(qtbot, window, other)  # a speech of the sample: both offered
    qtbot.waitUntil(chooser.status.isHidden)
    rows = {
        chooser.model.index(row, 0).data(SPEECH_ID): chooser.model.index(row, 0).data()
        for row in range(chooser.model.rowCount())
    }
    assert rows[opening] == "开幕讲话\nNo. 1 · 2024-09-07 · 讲话汇编"
    assert rows[closing] == "闭幕讲话\nNo. 2 · 2024-09-08 (file) · 讲话汇编"
    chooser.reject()
    qtbot.waitUntil(lambda: window.findChild(SpeechChooser) is None)  # deleted on close
    with window_language(window):
        chooser = _opened(qtbot, window, other)
        qtbot.waitUntil(chooser.status.isHidden)
        found = chooser.model.match(chooser.model.index(0, 0), SPEECH_ID, closing)
        assert found[0].data() == "闭幕讲话\n第2篇 · 2024-09-08（文件日期） · 讲话汇编"
        chooser.reject()


def test_a_read_that_fails_says_so_in_the_apps_words_not_pythons(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_db: Database) -> list[SpeechChoice]:
        raise sqlite3.OperationalError("disk I/O error")

    newest = _choice_ids(main_window)[0]
    monkeypatch.setattr(choices_module, "speech_choices", broken)
    chooser = _opened(qtbot, main_window, newest)
    said = "The speeches could not be read: Something went wrong."
    qtbot.waitUntil(lambda: chooser.status.text() == said)
    assert chooser.status.isVisible()
    chooser.reject()
    qtbot.waitUntil(lambda: main_window.findChild(SpeechChooser) is None)  # deleted on close
    with window_language(main_window):
        chooser = _opened(qtbot, main_window, newest)
        qtbot.waitUntil(lambda: chooser.status.text() == "无法读取讲话列表：出现了意外错误。")
        chooser.reject()


def test_the_chooser_shows_titles_as_the_tree_does_with_full_width_punctuation(
    qtbot: QtBot, library_path: Path, open_window: WindowFactory
) -> None:
    # The tree and the window's title read （修改稿），第二版; the chooser opened from them
    # asked about (修改稿),第二版 and listed the collections' titles so.
    paragraphs = sample_paragraphs()
    speeches = [make_speech(1, "报告(修改稿),第二版", paragraphs[:2])]
    document = ImportedDocument("汇编(二),下册", "/b.txt", "utf-8", "txt", speeches)
    with open_library(library_path, create=False, daily_backup=False) as library:
        collection_id = library.store.import_document(document).collection_id
    window = open_window()
    (speech,) = window.session.speeches(collection_id)
    window.registry.action(ActionId.FULLWIDTH_PUNCTUATION).setChecked(True)
    other = next(i for i in _choice_ids(window) if i != speech.id)
    chooser = _opened(qtbot, window, other)
    qtbot.waitUntil(chooser.status.isHidden)
    (row,) = chooser.model.match(chooser.model.index(0, 0), SPEECH_ID, speech.id)
    assert row.data() == "报告（修改稿），第二版\n汇编（二），下册"
    chooser.reject()
    qtbot.waitUntil(lambda: window.findChild(SpeechChooser) is None)
    chooser = _opened(qtbot, window, speech.id)
    assert any("“报告（修改稿），第二版”" in label.text() for label in chooser.findChildren(QLabel))
    chooser.reject()


def _question(chooser: SpeechChooser) -> str:
    """The words above the list that name the speech compared."""
    return next(label.text() for label in chooser.findChildren(QLabel) if "“" in label.text())


def test_the_full_width_toggle_reaches_the_open_choosers_question_as_its_rows(
    qtbot: QtBot, library_path: Path, open_window: WindowFactory
) -> None:
    # Toggled with the chooser open, its rows read （修改稿） and its question (修改稿).
    speeches = [make_speech(1, "报告(修改稿),第二版", sample_paragraphs()[:2])]
    document = ImportedDocument("报告(修改稿),第二版", "/c.txt", "utf-8", "txt", speeches)
    with open_library(library_path, create=False, daily_backup=False) as library:
        collection_id = library.store.import_document(document).collection_id
    window = open_window()
    (speech,) = window.session.speeches(collection_id)
    chooser = _opened(qtbot, window, speech.id)
    qtbot.waitUntil(chooser.status.isHidden)
    assert "“报告(修改稿),第二版”" in _question(chooser)
    toggle = window.registry.action(ActionId.FULLWIDTH_PUNCTUATION)
    toggle.trigger()
    assert toggle.isChecked()
    assert "“报告（修改稿），第二版”" in _question(chooser)
    toggle.trigger()
    assert "“报告(修改稿),第二版”" in _question(chooser)
    chooser.reject()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_alt_and_the_question_s_letter_take_the_keyboard_to_the_filter_box(
    qtbot: QtBot, library_path: Path, open_window: WindowFactory, language: str
) -> None:
    # A title with an ampersand of its own: shown as it is, not taken for an access key.
    speeches = [make_speech(1, "科研&开发报告", sample_paragraphs()[:2])]
    document = ImportedDocument("科研&开发报告", "/d.txt", "utf-8", "txt", speeches)
    with open_library(library_path, create=False, daily_backup=False) as library:
        collection_id = library.store.import_document(document).collection_id
    window = open_window()
    (speech,) = window.session.speeches(collection_id)
    with window_language(window, language):
        chooser = _opened(qtbot, window, speech.id)
        qtbot.waitUntil(chooser.status.isHidden)
        question = chooser.prompt_label
        assert "科研&&开发报告" in question.text()
        assert window_problems(chooser) == [], language
        activate(qtbot, chooser)
        chooser.list.setFocus()
        qtbot.waitUntil(chooser.list.hasFocus)
        press_access_key(qtbot, chooser, question.text())
        qtbot.waitUntil(chooser.filter_edit.hasFocus)
        chooser.reject()
