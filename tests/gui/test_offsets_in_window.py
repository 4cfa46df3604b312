"""A character outside the BMP (𠮷: one str index, two UTF-16 units) before a highlight."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.importing import import_file
from desktop.core.storage.library import open_library
from desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, close_window
from tests.gui.window_helpers import click_row, select_and_press, tree_row

SPEECH = """在𠮷祥镇工作会议上的讲话

同志们：
𠮷祥镇的𠮷字有两个码元。今天我们召开会议，研究推进效能革命的具体措施，确保各项任务落到实处。
一、提高认识
各级各部门要把效能革命摆在突出位置，抓紧抓实。
"""


def _import_astral_speech(library_path: Path, folder: Path) -> int:
    source = folder / "吉祥镇讲话.txt"
    source.write_text(SPEECH, encoding="utf-8")
    with open_library(library_path, create=False, daily_backup=False) as library:
        report = library.store.import_document(import_file(source))
        return library.store.speeches(report.collection_id)[0].id


def test_a_highlight_after_ji_keeps_its_str_offsets(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, tmp_path: Path
) -> None:
    speech_id = _import_astral_speech(library_path, tmp_path)
    window: MainWindow = open_window()
    click_row(qtbot, window, tree_row(window, speech_id))
    qtbot.waitUntil(lambda: window.current_speech_id() == speech_id)
    text = window.current_speech().text
    crumbs = window.breadcrumb.crumbs()
    assert crumbs[0].text == window.current_speech().record.title, "a lone speech by its title"
    start = text.index("效能革命")
    assert text[:start].count("𠮷") >= 2, "astral characters sit before the highlight"
    with qtbot.waitSignal(window.session.annotation_added):
        select_and_press(qtbot, window, start, start + 4, Qt.Key.Key_5)
    drawn = [selection.cursor.selectedText() for selection in window.reader.extraSelections()]
    assert "效能革命" in drawn, "drawn over the right characters"
    close_window(window)
    with open_library(library_path, create=False, daily_backup=False) as library:
        (saved,) = library.annotations.annotations(speech_id)
        stored_text = library.store.speech_text(speech_id)
    assert (saved.start, saved.end, saved.color) == (start, start + 4, "purple")
    assert stored_text[saved.start : saved.end] == saved.exact == "效能革命"
