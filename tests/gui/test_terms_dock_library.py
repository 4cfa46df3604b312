"""The terms panel over the whole library: chosen in its scope box, read from the word counts,
searched and copied like the other scopes, and honest while the counts are being made."""

from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.core.chinese.formulations import FormulationKind
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.importing import import_bytes
from desktop.core.storage import library_terms as terms_store
from desktop.core.storage.library import Library
from desktop.core.storage.library_terms import (
    LibraryTerms,
    LibraryTotals,
    library_terms,
    update_library_terms,
)
from desktop.gui.library_worker import Cancellation
from desktop.gui.terms_dock import TermsDock
from desktop.models.terms_model import Role
from desktop.resources import sample_collection_path
from tests.core.storage.disk_failures import unwritable_folder
from tests.gui.conftest import ShowDocked
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    ready_segmenter,
    sample_library,
    sample_template,
)

SPEECH = 4  # 篇4, which quotes “效能革命” throughout
UNTIL_COUNTED = (
    "Keyword scores weigh words against general Chinese usage until the library's words are "
    "counted."
)


@pytest.fixture
def dock(show_docked: ShowDocked, sample_library: Library) -> Iterator[TermsDock]:  # noqa: F811
    widget = TermsDock(sample_library.path)
    host = show_docked(widget)
    yield widget
    widget.shutdown()
    host.close()


def _ready(qtbot: QtBot, dock: TermsDock, segmenter: Segmenter) -> None:
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        dock.set_current_speech(SPEECH, 1)
        dock.set_segmenter(segmenter)
    qtbot.waitUntil(lambda: not dock.running_work(), timeout=30_000)


def _choose_scope(qtbot: QtBot, dock: TermsDock, key: Qt.Key) -> None:
    """Move through the scope box with the keyboard, as a user does, and wait for the list."""
    dock.scope_box.setFocus()
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        qtbot.keyClick(dock.scope_box, key)


def _choose_library(qtbot: QtBot, dock: TermsDock) -> None:
    for _ in range(dock.scope_box.count() - 1 - dock.scope_box.currentIndex()):
        _choose_scope(qtbot, dock, Qt.Key.Key_Down)
    assert dock.scope_box.currentText() == "Whole library"


def test_the_whole_library_holds_the_collections_terms_summed(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _ready(qtbot, dock, ready_segmenter)
    _choose_scope(qtbot, dock, Qt.Key.Key_Down)  # its collection: the sample is one collection
    collection = {entry.text: entry for entry in dock.formulations.entries()}
    collection_words = {entry.word: entry for entry in dock.keywords.entries()}
    _choose_library(qtbot, dock)
    library = {entry.text: entry for entry in dock.formulations.entries()}
    assert library.keys() == collection.keys()
    for text, entry in library.items():
        assert (entry.count, entry.quoted, entry.sources) == (
            collection[text].count,
            collection[text].quoted,
            collection[text].sources,
        )
        if entry.kind != FormulationKind.STANDING:  # a standing one's are found when chosen
            assert sorted(entry.occurrences) == sorted(collection[text].occurrences)
    revolution = next(e for e in dock.keywords.entries() if e.word == "效能革命")
    assert revolution.count == collection_words["效能革命"].count
    assert revolution.sources() == collection_words["效能革命"].sources()
    assert dock.status.full_text() == ""  # nothing to say but the weighing, which is the hint's
    assert dock.hint.text().startswith("Keyword scores weigh the library's words against")


def test_enter_on_a_term_searches_the_whole_library_and_the_list_copies(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _ready(qtbot, dock, ready_segmenter)
    _choose_library(qtbot, dock)
    view = dock.keyword_view
    model = view.model()
    rows = range(model.rowCount())
    row = next(r for r in rows if model.index(r, 0).data(Role.TERM) == "效能革命")
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    with qtbot.waitSignal(dock.substring_search_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked.args == ["效能革命", "library", None]
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(dock.table_export.copied):
        qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]
    assert lines[0] == ["Keyword", "Whole words", "Score", "Speeches"]
    entry = dock.keywords.entries()[row]
    assert lines[row + 1][0] == "效能革命"
    assert lines[row + 1][1] == str(entry.count)
    assert lines[row + 1][3] == str(entry.sources()) != "0"


def test_while_the_words_are_counted_the_panel_says_so_and_refreshes_when_done(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    sample_library: Library,  # noqa: F811
) -> None:
    started, hold = threading.Event(), threading.Event()

    def busy(_library: Library, _cancelled: Cancellation) -> int:
        started.set()
        hold.wait(60)  # the counting the dock asks for next waits behind this one
        return 0

    dock.finder.counter.submit(busy)
    qtbot.waitUntil(started.is_set)  # a job cancelled before it starts is never run
    dock.set_current_speech(SPEECH, 1)
    try:
        with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
            dock.set_segmenter(ready_segmenter)
        assert dock.hint.text().startswith(UNTIL_COUNTED)
        _choose_library(qtbot, dock)
        speeches = sample_library.db.value("SELECT count(*) FROM speeches")
        assert dock.status.full_text().startswith(
            f"Terms of 0 of {speeches} speeches; counting the rest"
        )
        assert dock.keywords.rowCount() == 0
    finally:
        hold.set()
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        pass  # the counts done, the panel reads the library's terms again
    assert dock.keywords.rowCount() > 0
    assert dock.status.full_text() == ""
    assert dock.hint.text().startswith("Keyword scores weigh the library's words against")


def test_after_a_trash_the_library_terms_are_brought_up_to_date_as_a_full_read_gives(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    sample_library: Library,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = import_bytes(sample_collection_path().read_bytes(), "sample.txt")
    for copy in range(4):  # five collections: one of them is a fifth of the library
        copied = replace(document, title=f"{document.title} {copy}", source=f"/s{copy}.txt")
        sample_library.store.import_document(copied, keep_duplicates=True)
    _ready(qtbot, dock, ready_segmenter)
    _choose_library(qtbot, dock)
    updates: list[tuple[LibraryTotals, LibraryTerms]] = []

    def update(conn: sqlite3.Connection, totals: LibraryTotals, **kwargs: object) -> LibraryTerms:
        found = update_library_terms(conn, totals, **kwargs)  # type: ignore[arg-type]
        updates.append((totals, found))
        return found

    monkeypatch.setattr(terms_store, "update_library_terms", update)
    sample_library.store.trash_collection(2)
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        dock.refresh()
    qtbot.waitUntil(lambda: not dock.running_work(), timeout=30_000)
    assert [found.totals is totals for totals, found in updates] == [True]
    with sample_library.db.read() as conn:
        full = library_terms(conn)
    shown = [(e.word, e.count, e.sources()) for e in dock.keywords.entries()]
    assert shown == [(k.word, k.count, k.sources()) for k in full.report.keywords]
    formulations = [(e.text, e.count, e.sources) for e in dock.formulations.entries()]
    assert formulations == [(f.text, f.count, f.sources) for f in full.report.formulations]
    assert (full.counted, full.speeches) == (28, 28)


def test_a_read_only_library_lists_its_terms_without_storing_counts(
    qtbot: QtBot,
    show_docked: ShowDocked,
    sample_template: Path,  # noqa: F811
    ready_segmenter: Segmenter,  # noqa: F811
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Its counts could not be stored (the failure went to stderr): the panel said "terms of
    # the 0 of 7 speeches counted" over an empty list.
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "library.sqlite"
    shutil.copyfile(sample_template, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with unwritable_folder(folder):
        widget = TermsDock(path)
        host = show_docked(widget)
        try:
            _ready(qtbot, widget, ready_segmenter)
            _choose_library(qtbot, widget)
            qtbot.waitUntil(lambda: not widget.running_work(), timeout=30_000)
            assert widget.keywords.rowCount() > 0
            assert widget.formulations.rowCount() > 0
            assert "效能革命" in {entry.word for entry in widget.keywords.entries()}
            assert "counted" not in widget.status.full_text()
        finally:
            widget.shutdown()
            host.close()
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_standing_formulation_of_the_whole_library_is_followed_as_a_word(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    sample_library: Library,  # noqa: F811
) -> None:
    """科学发展观 is listed from the library's word counts without its places: a click finds
    the speeches holding it, as a keyword's, and the arrows step to its place."""
    _ready(qtbot, dock, ready_segmenter)
    _choose_library(qtbot, dock)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "科学发展观")
    assert model.index(row, 3).data() == "standing"
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(model.index(row, 0)).center(),
    )
    qtbot.waitUntil(lambda: "“科学发展观”: once, in 1 speech." in dock.status.full_text())
    with qtbot.waitSignal(dock.open_hit_requested, timeout=30_000) as opened:
        qtbot.mouseClick(dock.next_button, Qt.MouseButton.LeftButton)
    speech, start, end = opened.args
    assert sample_library.store.speech_text(speech)[start:end] == "科学发展观"


def test_a_standing_formulation_written_apart_is_stepped_through_its_places(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    sample_library: Library,  # noqa: F811
) -> None:
    """大众创业、万众创新 is no word: the library lists it with its places (from its speeches'
    counts), and a click marks them, the arrows stepping to the place it is written at."""
    text = "政府工作报告\n推动大众创业、万众创新，落实大众创业、万众创新政策。\n"
    sample_library.store.import_document(import_bytes(text.encode(), "报告.txt"))
    _ready(qtbot, dock, ready_segmenter)
    _choose_library(qtbot, dock)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    model = view.model()
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data() == "大众创业、万众创新"
    )
    assert (model.index(row, 1).data(), model.index(row, 3).data()) == ("2", "standing")
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(model.index(row, 0)).center(),
    )
    with qtbot.waitSignal(dock.open_hit_requested, timeout=30_000) as opened:
        qtbot.mouseClick(dock.next_button, Qt.MouseButton.LeftButton)
    speech, start, end = opened.args
    assert sample_library.store.speech_text(speech)[start:end] == "大众创业、万众创新"
