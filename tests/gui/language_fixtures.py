"""Fixtures of the search and language tools: a sample library per test, one jieba per session.

Test modules import the fixtures they use from here.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.chinese.dictionary import app_dictionaries
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.section_paths import SectionPaths
from desktop.core.storage.library import Library, open_library


class StoreTexts:
    """A TextSource over a library opened on the GUI thread (the window uses its session)."""

    def __init__(self, library: Library) -> None:
        self._store = library.store
        self._sections = SectionPaths(library.store.outline)

    def speech_text(self, speech_id: int) -> str:
        """A speech's canonical text."""
        return self._store.speech_text(speech_id)

    def section_path(self, speech_id: int, offset: int) -> str:
        """The headings above an offset."""
        return self._sections(speech_id, offset)


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library holding the sample collection, made once per session."""
    path = tmp_path_factory.mktemp("language-template") / "library.sqlite"
    open_library(path, daily_backup=False).close()
    return path


@pytest.fixture
def sample_library(tmp_path: Path, sample_template: Path) -> Iterator[Library]:
    """This test's copy of the sample library, open on the GUI thread."""
    path = tmp_path / "sample.sqlite"
    shutil.copyfile(sample_template, path)
    library = open_library(path, create=False, daily_backup=False)
    yield library
    library.close()


@pytest.fixture(scope="session")
def ready_segmenter(tmp_path_factory: pytest.TempPathFactory) -> Segmenter:
    """jieba with the app's dictionaries, loaded once for the session."""
    segmenter = Segmenter(tmp_path_factory.mktemp("jieba"), app_dictionaries())
    segmenter.initialize()
    return segmenter


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into a focused widget as a Chinese input method commits it (QTest's key
    clicks are ASCII only), then nothing else: the widget sees a user's edit."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    qtbot.wait(0)  # let queued reactions to the edit start
