"""The compare tests' shared steps: two versions imported, the compare window opened as a user
opens it (View ▸ Compare With…, the chooser), and waiting for its pages to settle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.dialogs.speech_chooser import SpeechChooser
from desktop.gui.actions import ActionId
from desktop.gui.compare_window import CompareWindow
from desktop.gui.main_window import MainWindow
from tests.core.storage.documents import make_document, sample_paragraphs
from tests.gui.window_helpers import type_chinese

DRAFT, FINAL = "征求意见稿", "正式稿"


def versions() -> tuple[list[str], list[str]]:
    """A draft and its final version: a word replaced, a phrase added after 𠮷, a paragraph gone."""
    draft = list(sample_paragraphs()[:5])
    final = list(draft)
    at = final[1].index(",", 10)
    final[1] = "𠮷" + final[1][:at] + ",坚持以人民为中心" + final[1][at:]
    final[3] = final[3][:12] + "深化" + final[3][14:]
    del final[4]
    return draft, final


def import_versions(
    library_path: Path, draft: list[str], final: list[str], source: str = "/versions.txt"
) -> tuple[int, int]:
    """A draft and a final version (paragraphs) imported into the library: their speech ids."""
    with open_library(library_path, create=False, daily_backup=False) as library:
        report = library.store.import_document(
            make_document([draft, final], titles=[DRAFT, FINAL], source=source)
        )
        ids = [speech.id for speech in library.store.speeches(report.collection_id)]
    return ids[0], ids[1]


def import_two_versions(library_path: Path) -> tuple[int, int]:
    """The draft and the final version (``versions``) imported: their speech ids."""
    return import_versions(library_path, *versions())


def long_versions(library_path: Path) -> tuple[int, int]:
    """A long draft (~100,000 characters) and its final version, two characters added at once."""
    draft = list(sample_paragraphs()) * 4
    final = list(draft)
    final[0] = final[0][:5] + "坚持" + final[0][5:]
    return import_versions(library_path, draft, final, source="/long.txt")


def chooser_of(qtbot: QtBot, window: MainWindow) -> SpeechChooser:
    """The speech chooser Compare With… opened, once its worker has read the speeches."""
    qtbot.waitUntil(lambda: window.findChild(SpeechChooser) is not None)
    chooser = window.findChild(SpeechChooser)
    assert isinstance(chooser, SpeechChooser)
    qtbot.waitExposed(chooser)
    qtbot.waitUntil(chooser.status.isHidden)  # the worker has read the speeches
    return chooser


def compared(qtbot: QtBot, window: MainWindow) -> CompareWindow:
    """The compare window the main window opened, once compared and its pages settled."""
    qtbot.waitUntil(lambda: window.findChild(CompareWindow) is not None)
    compare = window.findChild(CompareWindow)
    assert isinstance(compare, CompareWindow)
    qtbot.waitUntil(lambda: compare.comparison is not None, timeout=10_000)
    settled(qtbot, compare)
    return compare


def settled(qtbot: QtBot, compare: CompareWindow) -> None:
    """Wait until the pages are made and their changes marked (a slice a turn)."""
    qtbot.waitUntil(lambda: not compare.pages_pending(), timeout=10_000)


def open_compare(qtbot: QtBot, window: MainWindow, draft: int, final: int) -> CompareWindow:
    """The compare window of the draft and the final version opened as a user does: View ▸
    Compare With… on the final version being read, the draft chosen by typing its title."""
    window.open_speech(final)
    window.registry.action(ActionId.COMPARE_WITH).trigger()
    chooser = chooser_of(qtbot, window)
    type_chinese(chooser.filter_edit, DRAFT)
    assert chooser.chosen_speech() == draft
    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Return)
    return compared(qtbot, window)
