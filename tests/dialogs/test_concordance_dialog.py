"""The concordance dialog: lines from the library, sorted by context, opened, exported as CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.importing import import_file
from desktop.core.storage.library import Library
from desktop.dialogs.concordance_dialog import ConcordanceDialog
from desktop.dialogs.export_settings import ExportSettings
from desktop.gui.i18n import Language
from desktop.gui.search_jobs import ScopeKind, SearchScope
from desktop.models.concordance_model import Column, Role
from tests.dialogs.concordance_fixtures import TERM, shown_concordance
from tests.gui.access_keys import activate, press_access_key, window_problems
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    sample_library,
    sample_template,
)
from tests.gui.typing import commit_text
from tests.gui.wrapped_counts import as_read

# show_term() raises the dialog over the window; the offscreen platform only says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")


def _occurrences(library: Library, term: str) -> list[tuple[int, int]]:
    found = []
    for collection in library.store.collections():
        for record in library.store.speeches(collection.id):
            text = library.store.speech_text(record.id)
            found += [(record.id, i) for i in range(len(text)) if text.startswith(term, i)]
    return found


@pytest.fixture
def dialog(qtbot: QtBot, sample_library: Library) -> Iterator[ConcordanceDialog]:  # noqa: F811
    yield from shown_concordance(qtbot, sample_library)


def click_header(qtbot: QtBot, dialog: ConcordanceDialog, column: Column) -> None:
    """Click a column's header, as a user sorts."""
    header = dialog.table.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _column(dialog: ConcordanceDialog, column: Column) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_every_occurrence_in_library_order(
    dialog: ConcordanceDialog,
    sample_library: Library,  # noqa: F811
) -> None:
    model = dialog.model
    expected = _occurrences(sample_library, TERM)
    found = [
        (model.index(row, 0).data(Role.SPEECH_ID), model.index(row, 0).data(Role.START))
        for row in range(model.rowCount())
    ]
    assert found == expected
    assert set(_column(dialog, Column.HIT)) == {TERM}
    assert f"{len(expected):,}" in as_read(dialog.summary)


def test_header_clicks_sort_by_left_context_backwards_and_by_right(
    qtbot: QtBot, dialog: ConcordanceDialog
) -> None:
    click_header(qtbot, dialog, Column.LEFT)
    lefts = _column(dialog, Column.LEFT)
    assert lefts == sorted(lefts, key=lambda left: left[::-1])
    assert lefts != sorted(lefts)  # backwards really differs from forwards here
    click_header(qtbot, dialog, Column.RIGHT)
    rights = _column(dialog, Column.RIGHT)
    assert rights == sorted(rights)


def test_double_click_opens_the_speech_at_the_line(
    qtbot: QtBot,
    dialog: ConcordanceDialog,
    sample_library: Library,  # noqa: F811
) -> None:
    index = dialog.model.index(3, Column.HIT)
    rect = dialog.table.visualRect(index)
    viewport = dialog.table.viewport()
    with qtbot.waitSignal(dialog.open_hit_requested) as opened:
        # A double-click as Qt sees it from a mouse: a click, then the double-click event.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    speech_id, start = _occurrences(sample_library, TERM)[3]
    assert opened.args == [speech_id, start, start + len(TERM)]


def test_enter_on_a_line_opens_the_speech_there(
    qtbot: QtBot,
    dialog: ConcordanceDialog,
    sample_library: Library,  # noqa: F811
) -> None:
    """The keyboard's way to a line: only a double-click opened one (Enter pressed Find)."""
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, Column.HIT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    with (
        qtbot.assertNotEmitted(dialog.shown),  # not a new search
        qtbot.waitSignal(dialog.open_hit_requested, timeout=1000) as opened,
    ):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    speech_id, start = _occurrences(sample_library, TERM)[2]
    assert opened.args == [speech_id, start, start + len(TERM)]
    assert as_read(dialog.summary) != "Searching…"


def test_export_writes_the_lines_as_shown_in_utf8_with_a_bom(
    qtbot: QtBot,
    dialog: ConcordanceDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sample_library: Library,  # noqa: F811
) -> None:
    click_header(qtbot, dialog, Column.RIGHT)
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    assert dialog.export_csv() == target
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["source", "start", "end", "left", "hit", "right"]
    assert [row[5] for row in rows[1:]] == _column(dialog, Column.RIGHT)
    first_speech = sample_library.store.speech(dialog.model.index(0, 0).data(Role.SPEECH_ID))
    assert rows[1][0] == f"{first_speech.title} (No. {first_speech.index})"


def test_speeches_of_one_title_are_told_apart_by_their_number(
    qtbot: QtBot,
    dialog: ConcordanceDialog,
    sample_library: Library,  # noqa: F811
) -> None:
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term("效能")  # in every speech of the sample
    shown = {
        dialog.model.index(row, 0).data(Role.SPEECH_ID): dialog.model.index(row, 0).data()
        for row in range(dialog.model.rowCount())
    }
    titles = [sample_library.store.speech(speech_id).title for speech_id in shown]
    assert len(set(titles)) < len(titles), "the sample repeats titles"
    for speech_id, label in shown.items():
        record = sample_library.store.speech(speech_id)
        assert label == f"{record.title} (No. {record.index})"
    assert f"Speeches: {len(shown)}" in as_read(dialog.summary)
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term("文艺")  # one speech: the count is this search's, not the last one's
    assert "Speeches: 1" in as_read(dialog.summary)


def test_the_collection_is_named_when_the_lines_come_from_several(
    qtbot: QtBot,
    tmp_path: Path,
    dialog: ConcordanceDialog,
    sample_library: Library,  # noqa: F811
) -> None:
    # The command line's rule: in a library of several collections, lines all from one need
    # no collection's name.
    other = tmp_path / "另一次会议.txt"
    other.write_text("在另一次会议上的讲话\n同志们：效能要一抓到底。\n", encoding="utf-8")
    sample_library.store.import_document(import_file(other))
    sample = sample_library.store.collections()[0].title
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(TERM)  # in the sample alone
    assert not [label for label in _column(dialog, Column.SPEECH) if sample in label]
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term("效能")  # in both collections
    labels = set(_column(dialog, Column.SPEECH))
    assert "在另一次会议上的讲话" in labels, "a file of one speech: named by it once"
    samples = labels - {"在另一次会议上的讲话"}
    assert samples
    assert all(label.endswith(f", {sample})") for label in samples)


def test_a_collection_scope_and_a_term_not_found(qtbot: QtBot, dialog: ConcordanceDialog) -> None:
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term("没有这个词", SearchScope(ScopeKind.COLLECTION, 1))
    assert dialog.model.rowCount() == 0
    assert as_read(dialog.summary) == "Not found."
    assert not dialog.export_button.isEnabled()


def test_closing_while_searching_stops_the_search_and_shows_nothing_of_it(
    qtbot: QtBot, dialog: ConcordanceDialog
) -> None:
    lines = dialog.model.rowCount()
    dialog.show_term("发展")
    assert dialog.running_work() == ["concordance"]
    dialog.close()  # as the counts by year do: its lines would be shown to nobody
    qtbot.waitUntil(lambda: not dialog.worker.is_busy(), timeout=10_000)
    assert dialog.running_work() == []
    assert as_read(dialog.summary) == ""  # not "Searching…" for good, nor the lines' count
    assert dialog.model.rowCount() == lines  # the last lines shown, till the next search


def test_past_the_lines_limit_the_summary_counts_every_speech_holding_the_term(
    qtbot: QtBot,
    dialog: ConcordanceDialog,
    sample_library: Library,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # On 10,000 speeches 发展 read "Occurrences: 166,791 · Speeches: 1,214 · showing the first
    # 20,000": the speeches of the lines shown, where the search dock said 9,987.
    monkeypatch.setattr("desktop.dialogs.concordance_dialog.LIMIT", 3)
    holding = {speech_id for speech_id, _start in _occurrences(sample_library, "的")}
    assert len(holding) > 3
    dialog.term_edit.selectAll()
    commit_text(dialog.term_edit, "的")
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        qtbot.keyClick(dialog.term_edit, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 3
    assert f"Speeches: {len(holding)} · showing the first 3" in as_read(dialog.summary)


def test_a_file_that_cannot_be_written_is_explained_in_the_ui_language(
    dialog: ConcordanceDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "no such folder" / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert dialog.export_csv() is None
    (text,) = shown
    assert text == f"The folder “{target.parent}” does not exist.", (
        "the sentence lupdate translates"
    )
    assert not target.exists()


def test_every_button_has_its_own_access_key_and_enter_finds(
    qtbot: QtBot, dialog: ConcordanceDialog
) -> None:
    assert window_problems(dialog) == []
    assert dialog.focusWidget() is dialog.term_edit, "the term is the first thing to fill"


def test_the_area_and_context_width_are_reached_by_their_labels(
    qtbot: QtBot,
    ui_language: Language,
    dialog: ConcordanceDialog,
) -> None:
    dialog.retranslate()  # as the language's LanguageChange does
    assert window_problems(dialog) == []
    labels = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {dialog.term_edit, dialog.scope_box, dialog.width_box} <= set(labels)
    activate(qtbot, dialog)
    for field in (dialog.scope_box, dialog.width_box, dialog.term_edit):
        press_access_key(qtbot, dialog, labels[field].text())
        assert dialog.focusWidget() is field


def test_export_proposes_documents_first_then_the_last_folder_used(
    dialog: ConcordanceDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "user"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = Path(QStandardPaths.writableLocation(location))
    assert documents == home / "Documents"
    proposed: list[Path] = []
    target = tmp_path / "研究" / "out.csv"
    target.parent.mkdir()

    def save_to(_parent: object, _title: str, where: str, _filter: str) -> tuple[str, str]:
        proposed.append(Path(where))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_to)
    assert dialog.export_csv() == target
    assert dialog.export_csv() == target
    assert [path.parent for path in proposed] == [documents, target.parent]
    assert ExportSettings().export_folder() == target.parent, "the Export dialog's too"


def test_copy_puts_the_lines_as_sorted_on_the_clipboard_under_ui_titles(
    qtbot: QtBot, dialog: ConcordanceDialog
) -> None:
    click_header(qtbot, dialog, Column.LEFT)
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(dialog.table_export.copied) as copied:
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    lines = [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]
    assert lines[0] == ["Speech", "Start", "End", "Before", "Term", "After"]
    assert copied.args == [dialog.model.rowCount()]
    assert [row[3] for row in lines[1:]] == _column(dialog, Column.LEFT)
    assert [row[0] for row in lines[1:]] == _column(dialog, Column.SPEECH)


def test_ctrl_c_and_the_tables_menu_copy_and_export(
    qtbot: QtBot, dialog: ConcordanceDialog
) -> None:
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, 0))
    with qtbot.waitSignal(dialog.table_export.copied):
        qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    names = [action.objectName() for action in table.actions()]
    assert names == ["table_copy", "table_export"]


def test_nothing_to_copy_or_export_without_lines(qtbot: QtBot, dialog: ConcordanceDialog) -> None:
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term("没有这个词")
    assert not dialog.copy_button.isEnabled()
    assert not dialog.table_export.copy_action.isEnabled()
    assert not dialog.table_export.export_action.isEnabled()


def test_sorting_by_the_speech_column_keeps_each_speech_s_lines_together_in_library_order(
    qtbot: QtBot,
    dialog: ConcordanceDialog,
    sample_library: Library,  # noqa: F811
) -> None:
    expected = _occurrences(sample_library, TERM)
    click_header(qtbot, dialog, Column.RIGHT)
    click_header(qtbot, dialog, Column.SPEECH)
    model = dialog.model
    found = [
        (model.index(row, 0).data(Role.SPEECH_ID), model.index(row, 0).data(Role.START))
        for row in range(model.rowCount())
    ]
    assert found == expected
    click_header(qtbot, dialog, Column.SPEECH)  # again: the other way
    assert [model.index(r, 0).data(Role.START) for r in range(model.rowCount())] == [
        start for _, start in reversed(expected)
    ]


def test_a_word_typed_over_the_term_filled_in_replaces_it(
    qtbot: QtBot, dialog: ConcordanceDialog
) -> None:
    """The term filled in (the reader's selection, the terms panel's word) is selected, as a
    find box's is: typing another word looks that one up, not 效能革命两集中."""
    commit_text(dialog.term_edit, "两集中")  # as an input method types it
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        qtbot.keyClick(dialog.term_edit, Qt.Key.Key_Return)
    assert dialog.term_edit.text() == "两集中"
    assert dialog.model.rowCount() > 0


def test_each_line_is_a_line_of_text_high_in_any_text_size(dialog: ConcordanceDialog) -> None:
    """The style's 30 px rows showed fourteen lines where the table holds thirty."""
    table = dialog.table
    line = table.fontMetrics().height()
    assert line <= table.rowHeight(0) < 1.5 * line
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    table.setFont(font)
    line = table.fontMetrics().height()
    assert line <= table.rowHeight(0) < 1.5 * line
