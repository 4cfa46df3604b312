"""The compare window's long work: the pages drafted in the workers as the reader drafts its
page, made and marked a slice at a time, restyled in place; and a failure in the app's words."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.storage.library import open_library
from desktop.gui import compare_jobs, compare_pages, compare_window
from desktop.gui.actions import ActionId
from desktop.gui.compare_pane import ComparePane
from desktop.gui.i18n import Language
from desktop.gui.messages import error_summary
from desktop.gui.reader import document
from tests.gui.compare_helpers import import_two_versions, long_versions, open_compare, settled
from tests.gui.conftest import WindowFactory
from tests.gui.ui_languages import ui_language

__all__ = ["ui_language"]


def test_the_pages_are_drafted_in_the_workers_as_the_reader_drafts_its_page(
    qtbot: QtBot,
    open_window: WindowFactory,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Two long reports' pages were built whole on the GUI thread as the window opened.
    drafted: list[tuple[int, bool]] = []
    draft_page = document.draft_page

    def spy(content, style):  # noqa: ANN001, ANN202 - the reader's draft_page
        drafted.append((content.record.id, threading.current_thread() is threading.main_thread()))
        return draft_page(content, style)

    monkeypatch.setattr(compare_jobs, "draft_page", spy)
    draft, final = long_versions(library_path)
    compare = open_compare(qtbot, open_window(), draft, final)
    assert drafted == [(draft, False), (final, False)]  # in a worker, not on the GUI thread
    assert compare.old_pane.text.count("\n") == compare.old_pane.document().blockCount() - 1


def test_changes_are_marked_a_slice_at_a_time(
    qtbot: QtBot,
    open_window: WindowFactory,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 1,146 changes were marked in one go (one edit of the whole page, laid out again whole).
    monkeypatch.setattr(compare_pages, "MARKS_PER_SLICE", 2)
    slices: list[int] = []
    mark_changes = ComparePane.mark_changes

    def spy(pane, ranges, kind):  # noqa: ANN001, ANN202 - ComparePane.mark_changes
        ranges = list(ranges)
        slices.append(len(ranges))
        mark_changes(pane, ranges, kind)

    monkeypatch.setattr(ComparePane, "mark_changes", spy)
    draft, final = import_two_versions(library_path)
    compare = open_compare(qtbot, open_window(), draft, final)
    hunks = compare.comparison.hunks
    marked = sum(h.old_start < h.old_end for h in hunks) + sum(
        h.new_start < h.new_end for h in hunks
    )
    assert marked > 2
    assert max(slices) <= 2
    assert sum(slices) == marked


def test_a_zoom_or_a_theme_restyles_the_pages_in_place(
    qtbot: QtBot,
    open_window: WindowFactory,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each restyle built both pages again, text and all, as on opening.
    window = open_window()
    compare = open_compare(qtbot, window, *import_two_versions(library_path))
    pages = [compare.old_pane.document(), compare.new_pane.document()]
    set_text: list[object] = []
    monkeypatch.setattr(document, "set_hinted_text", lambda *args: set_text.append(args))
    for action in (ActionId.ZOOM_IN, ActionId.THEME_DARK):
        window.registry.action(action).trigger()
        settled(qtbot, compare)
    assert [compare.old_pane.document(), compare.new_pane.document()] == pages
    assert set_text == []
    size = window.reader.document().defaultFont().pointSizeF()
    assert compare.new_pane.document().defaultFont().pointSizeF() == size
    hunk = next(h for h in compare.comparison.hunks if h.new_start < h.new_end)
    cursor = QTextCursor(compare.new_pane.document())
    cursor.setPosition(compare.new_pane._map.to_utf16(hunk.new_start) + 1)
    assert cursor.charFormat().fontUnderline()  # marked again


def test_a_failed_comparison_says_so_in_the_ui_s_words(
    qtbot: QtBot,
    open_window: WindowFactory,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ui_language: Language,
) -> None:
    # It showed core's English line for developers ("database is locked …") in either language.
    error = LibraryError("database is locked while reading speech 7", code="busy")

    def failing_job(_old: str, _new: str):  # noqa: ANN202 - a job
        def job(_progress: object, _cancel: object) -> None:
            raise error

        return job

    monkeypatch.setattr(compare_window, "compare_job", failing_job)
    window = open_window()
    draft, final = import_two_versions(library_path)
    window.open_speech(final)
    compare = compare_window.CompareWindow(
        window.session, window.workers, window.reader.page_style, (draft, final), window
    )
    qtbot.waitUntil(lambda: compare.summary.text() != compare.tr("Comparing…"))
    assert error_summary(error) in compare.summary.text()
    assert "database is locked" not in compare.summary.text()
    if ui_language is Language.CHINESE:
        assert compare.summary.text().startswith("比对失败：")
    settled(qtbot, compare)
    assert compare.new_pane.text  # the pages are shown all the same
    # Speeches that cannot be read (gone from the library) say it in the same words.
    monkeypatch.setattr(
        window.session,
        "speech_content",
        lambda _id: (_ for _ in ()).throw(LibraryError("no speech 7", code="not-found")),
    )
    compare.swap_action.trigger()
    said = compare.statusBar().currentMessage()
    assert "no speech 7" not in said
    assert error_summary(LibraryError("", code="not-found")) in said
    compare.close()


def test_a_swap_that_cannot_read_a_speech_leaves_the_window_as_it_was(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path
) -> None:
    # The swap cancelled the marking under way before it read the speeches: a speech deleted
    # since (another window, the command line) left the pages half-marked, the summary gone.
    window = open_window()
    draft, final = import_two_versions(library_path)
    compare = open_compare(qtbot, window, draft, final)
    compare.next_change()
    summary, comparison = compare.summary.text(), compare.comparison
    with open_library(library_path, create=False, daily_backup=False) as other:
        collection = other.store.speech(draft).collection_id
        other.store.delete_collection(collection)
    window.registry.action(ActionId.THEME_DARK).trigger()  # the pages are marked again…
    assert compare.pages_pending()
    compare.swap_action.trigger()  # …when the swap is refused
    said = compare.statusBar().currentMessage()
    assert error_summary(LibraryError("", code="not-found")) in said
    settled(qtbot, compare)
    assert compare.speeches == (draft, final)
    assert compare.summary.text() == summary
    assert compare.comparison is comparison
    # In the new theme: the restyle under way was not cancelled.
    assert compare.new_pane.palette().base().color() == window.reader.palette().base().color()
    hunk = comparison.hunks[0]
    assert compare.new_pane.selected_range() == (hunk.new_start, hunk.new_end)
    for pane, start, end, marked in (
        (compare.old_pane, "old_start", "old_end", QTextCharFormat.fontStrikeOut),
        (compare.new_pane, "new_start", "new_end", QTextCharFormat.fontUnderline),
    ):
        for change in comparison.hunks:
            if getattr(change, start) < getattr(change, end):
                cursor = QTextCursor(pane.document())
                cursor.setPosition(pane._map.to_utf16(getattr(change, start)) + 1)
                assert marked(cursor.charFormat())
    qtbot.keyClick(compare.new_pane, Qt.Key.Key_F7)  # and it steps on through the changes
    assert compare.statusBar().currentMessage() == compare.tr("Change %1 of %2").replace(
        "%1", "2"
    ).replace("%2", str(len(comparison.hunks)))
