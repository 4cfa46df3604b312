"""The library search dock, driven as a user drives it: type, wait, read the counts, choose."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.export.table import Table
from desktop.core.storage.library import Library
from desktop.gui import search_tables
from desktop.gui.search_dock import SearchDock
from desktop.models.search_results_model import Column, Role
from tests.core.storage.documents import make_document, sample_paragraphs
from tests.gui.conftest import ShowDocked
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    StoreTexts,
    sample_library,
    sample_template,
    type_text,
)
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.search_helpers import shown_counts, summary_text
from tests.gui.window_helpers import right_click


def _scan(library: Library, term: str) -> dict[int, list[int]]:
    """Where a plain substring scan finds ``term``, speech by speech."""
    found: dict[int, list[int]] = {}
    for collection in library.store.collections():
        for record in library.store.speeches(collection.id):
            text = library.store.speech_text(record.id)
            starts = [i for i in range(len(text)) if text.startswith(term, i)]
            if starts:
                found[record.id] = starts
    return found


@pytest.fixture
def dock(show_docked: ShowDocked, sample_library: Library) -> Iterator[SearchDock]:  # noqa: F811
    widget = SearchDock(sample_library.path, StoreTexts(sample_library))
    widget.set_collections([(c.id, c.title) for c in sample_library.store.collections()])
    host = show_docked(widget)
    yield widget
    widget.shutdown()
    host.close()
    assert widget.running_work() == []


def _type_and_wait(qtbot: QtBot, dock: SearchDock, text: str) -> None:
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), text)


def test_typing_a_query_shows_hit_counts_per_speech(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
) -> None:
    _type_and_wait(qtbot, dock, "效能革命")
    expected = _scan(sample_library, "效能革命")
    counts = dock.model.speech_counts()
    assert [run for run in counts if run[1]] == [(s, len(starts)) for s, starts in expected.items()]
    # The sample's 篇N speeches have their title apart from their text: found by it, no lines.
    outcome = dock.model.outcome()
    assert outcome is not None
    assert {speech_id for speech_id, count in counts if not count} == outcome.titled - set(expected)
    total = sum(len(starts) for starts in expected.values())
    assert f"{total:,}" in summary_text(dock)
    assert not dock.message.isVisible()
    first = dock.model.index(0, 0)
    assert first.data(Role.HIT_COUNT) == len(next(iter(expected.values())))


def test_choosing_a_line_asks_to_open_the_speech_at_the_hit(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
) -> None:
    _type_and_wait(qtbot, dock, "两集中")
    expected = _scan(sample_library, "两集中")
    speech_id = next(iter(expected))
    group = dock.model.speech_index(speech_id)
    dock.view.expand(group)
    qtbot.waitUntil(lambda: dock.model.rowCount(group) == len(expected[speech_id]))
    line = dock.model.index(0, Column.HIT, group)
    assert line.data() == "两集中"
    dock.view.scrollTo(line)
    rect = dock.view.visualRect(line)
    with qtbot.waitSignal(dock.open_hit_requested) as opened:
        qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    start = expected[speech_id][0]
    assert opened.args == [speech_id, start, start + len("两集中")]
    assert dock.history()[0] == "两集中"


def _click_first_line(qtbot: QtBot, dock: SearchDock, term: str, double: bool = False) -> None:
    group = dock.model.index(0, 0)
    dock.view.expand(group)
    qtbot.waitUntil(lambda: dock.model.rowCount(group) > 0)
    line = dock.model.index(0, Column.HIT, group)
    assert line.data() == term
    dock.view.scrollTo(line)
    point = dock.view.visualRect(line).center()
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:
        qtbot.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_double_click_opens_a_hit_once(qtbot: QtBot, dock: SearchDock) -> None:
    _type_and_wait(qtbot, dock, "两集中")
    opened = []
    dock.open_hit_requested.connect(lambda *args: opened.append(args))
    _click_first_line(qtbot, dock, "两集中", double=True)
    assert len(opened) == 1


def test_choosing_the_same_hit_again_opens_it_again(qtbot: QtBot, dock: SearchDock) -> None:
    # The user has read on from the hit, and clicks it again to go back there.
    _type_and_wait(qtbot, dock, "两集中")
    opened = []
    dock.open_hit_requested.connect(lambda *args: opened.append(args))
    _click_first_line(qtbot, dock, "两集中")
    _click_first_line(qtbot, dock, "两集中")
    assert len(opened) == 2
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert len(opened) == 3
    assert len(set(opened)) == 1


def test_a_query_the_index_cannot_take_is_explained_in_words(
    qtbot: QtBot, dock: SearchDock
) -> None:
    _type_and_wait(qtbot, dock, '"效能')
    assert dock.message.isVisible()
    assert "quotation mark" in dock.message.text()
    assert "sqlite" not in dock.message.text().lower()
    assert dock.model.rowCount() == 0
    _type_and_wait(qtbot, dock, "革命")  # completes the phrase: "效能革命
    assert dock.message.isVisible()


def test_only_exclusions_is_explained(qtbot: QtBot, dock: SearchDock) -> None:
    _type_and_wait(qtbot, dock, "-革命")
    assert dock.message.isVisible()
    assert "minus" in dock.message.text()


def test_a_speech_scope_searches_only_the_speech_being_read(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
) -> None:
    expected = _scan(sample_library, "干部")
    speech_id = sorted(expected)[1]
    dock.set_current_speech(speech_id, 1)
    dock.scope_box.setCurrentIndex(dock.scope_box.findData("speech"))
    _type_and_wait(qtbot, dock, "干部")
    assert dock.model.speech_counts() == [(speech_id, len(expected[speech_id]))]


def test_a_query_that_matches_nothing_says_so(qtbot: QtBot, dock: SearchDock) -> None:
    _type_and_wait(qtbot, dock, "没有这样的句子ZZZ")
    assert dock.model.rowCount() == 0
    assert (
        summary_text(dock)
        == "No hits. Words are found exactly as typed: try fewer or shorter ones."
    )
    dock.set_current_speech(1, 1)
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        dock.scope_box.setCurrentIndex(dock.scope_box.findData("speech"))
    assert summary_text(dock).startswith("No hits in this speech: choose Whole library")


def test_typing_on_replaces_a_stale_search(qtbot: QtBot, dock: SearchDock) -> None:
    dock.query_box.setEditText("的")
    dock.search_now()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        dock.set_query("效能革命")
    qtbot.waitUntil(lambda: not dock.worker.is_busy())
    assert all(
        dock.model.index(row, 0).data(Role.HIT_COUNT) < 50 for row in range(dock.model.rowCount())
    )


def test_notes_only_finds_a_note_and_asks_for_it(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
) -> None:
    note = sample_library.annotations.create(3, "note", 10, 14, note="这里要写进述职报告")
    dock.notes_box.setChecked(True)
    _type_and_wait(qtbot, dock, "述职报告")
    assert dock.model.speech_counts() == [(3, 1)]
    group = dock.model.index(0, 0)
    qtbot.waitUntil(lambda: dock.model.rowCount(group) == 1)  # a single speech opens itself
    line = dock.model.index(0, Column.HIT, group)
    assert line.data() == "述职报告"
    dock.view.setFocus()
    dock.view.setCurrentIndex(line)
    with qtbot.waitSignal(dock.open_note_requested) as opened:
        qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert opened.args == [3, note.id]


def test_collections_in_the_trash_are_not_searched(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
) -> None:
    sample_library.store.trash_collection(1)
    _type_and_wait(qtbot, dock, "效能革命")
    assert dock.model.rowCount() == 0
    assert (
        summary_text(dock)
        == "No hits. Words are found exactly as typed: try fewer or shorter ones."
    )
    sample_library.store.restore_collection(1)
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        dock.refresh()
    assert dock.model.rowCount() > 0


def _group_labels(dock: SearchDock) -> dict[int, str]:
    model = dock.model
    return {
        model.index(row, 0).data(Role.SPEECH_ID): model.index(row, 0).data()
        for row in range(model.rowCount())
    }


def test_speech_rows_name_the_speech_by_number_and_collection(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
) -> None:
    _type_and_wait(qtbot, dock, "效能")
    store = sample_library.store
    labels = _group_labels(dock)
    assert len({store.speech(speech_id).title for speech_id in labels}) < len(labels)
    outcome = dock.model.outcome()
    assert outcome is not None
    for speech_id, label in labels.items():
        record = store.speech(speech_id)
        count = len(_scan(sample_library, "效能").get(speech_id, ()))
        found = f"{count:,}"
        if speech_id in outcome.titled:  # its title, apart from its text, holds 效能 too
            found = f"title, {count:,}" if count else "title"
        assert label == f"No. {record.index} · {record.title}  ({found})"
    report = store.import_document(make_document([sample_paragraphs()[0:2]], source="/x.txt"))
    dock.set_collections([(c.id, c.title) for c in store.collections()])
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        dock.refresh()
    labels = _group_labels(dock)
    sample = store.collections()[0]
    (lone,) = store.speeches(report.collection_id)
    assert labels[lone.id].startswith(f"测试合集 › {lone.title}  (")  # alone: no number
    first = store.speeches(sample.id)[0]
    assert labels[first.id].startswith(f"{sample.title} › No. 1 · {first.title}  (")
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        dock.scope_box.setCurrentIndex(dock.scope_box.findData("collection"))
    assert all(" › " not in label for label in _group_labels(dock).values())


def test_a_lone_speech_named_as_its_collection_is_named_once(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
) -> None:
    # A file of one speech: the collection takes the speech's title.
    title = "在全市干部作风建设大会上的讲话"
    document = make_document(
        [["要把效能革命作为作风建设的抓手，一以贯之抓下去。"]],
        title=title,
        titles=[title],
        source="/data/作风.txt",
    )
    sample_library.store.import_document(document)
    _type_and_wait(qtbot, dock, "一以贯之抓下去")
    group = dock.model.index(0, 0)
    assert group.data(Qt.ItemDataRole.ToolTipRole) == title
    assert title + " ›" not in group.data()


def test_counts_of_annotations_say_annotations_not_notes(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
) -> None:
    """A highlight without a note is matched by the words it marks: the texts say annotations."""
    marked = sample_library.store.speech_text(3)[10:14]
    sample_library.annotations.create(3, "highlight", 10, 14)
    _type_and_wait(qtbot, dock, marked)
    assert dock.notes_link.text().startswith("In annotations: ")
    assert "note" not in " ".join(shown_counts(dock)).lower()
    assert dock.notes_box.text() == "Annotations only"
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        dock.notes_box.setChecked(True)
    assert summary_text(dock).startswith("Hits in annotations: ")


@MENU_ON_OFFSCREEN
def test_the_results_menu_copies_every_hit_as_a_table(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
    menus: MenuSpy,
) -> None:
    _type_and_wait(qtbot, dock, "效能革命")
    expected = _scan(sample_library, "效能革命")
    QGuiApplication.clipboard().clear()
    menus.chosen = "table_copy"
    with qtbot.waitSignal(dock.table_export.copied):
        right_click(dock.view.viewport(), QPoint(10, 10))
    ((_point, names),) = menus.opened
    assert names == ["table_copy", "table_export"]
    header, *lines = QGuiApplication.clipboard().text().splitlines()
    assert header.split("\t") == [
        *("Speech ID", "Speech", "Section", "Start", "End"),
        *("Before", "Hit", "After", "Annotation", "Where"),
        *("Collection", "Date", "Speaker"),
    ]
    every = [line.split("\t") for line in lines]
    cells = [c for c in every if c[9] == "text"]
    assert [(int(c[0]), int(c[3])) for c in cells] == [
        (sid, start) for sid, starts in expected.items() for start in starts
    ]
    # The speeches found by their titles (篇N) have a row of their own, before their hits.
    outcome = dock.model.outcome()
    assert outcome is not None
    title_rows = [(int(c[0]), c[3]) for c in every if c[9] == "title"]
    assert sorted(title_rows) == [(sid, "") for sid in sorted(outcome.titled)]
    assert {c[6] for c in cells} == {"效能革命"}
    titles = {
        r.id: r.title
        for c in sample_library.store.collections()
        for r in sample_library.store.speeches(c.id)
    }
    assert all(c[1] == titles[int(c[0])] for c in cells)


def test_export_writes_every_hit_as_csv(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not dock.table_export.export_action.isEnabled()  # nothing found yet
    _type_and_wait(qtbot, dock, "效能革命")
    target = tmp_path / "hits.csv"
    proposed: list[str] = []

    def save_to(_parent: QWidget, _title: str, where: str, _filter: str) -> tuple[str, str]:
        proposed.append(where)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_to)
    button = next(
        b
        for b in dock.findChildren(QToolButton)
        if b.defaultAction() is dock.table_export.export_action
    )
    with qtbot.waitSignal(dock.table_export.exported):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert proposed[0].endswith("效能革命.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    expected = _scan(sample_library, "效能革命")
    outcome = dock.model.outcome()
    assert outcome is not None
    assert len(rows) == sum(len(starts) for starts in expected.values()) + len(outcome.titled)
    assert {row["hit"] for row in rows} == {"效能革命"}
    assert {int(row["speech_id"]) for row in rows if row["where"] == "title"} == outcome.titled


def test_the_exported_hits_name_each_speech_s_collection_date_and_speaker(
    qtbot: QtBot,
    dock: SearchDock,
    sample_library: Library,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A researcher counting a formulation by year or speaker had only the speech's id and
    # title, and in a library of compilations one title names many speeches.
    _type_and_wait(qtbot, dock, "工作")
    target = tmp_path / "hits.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    with qtbot.waitSignal(dock.table_export.exported):
        dock.table_export.export_action.trigger()
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline="")))
    store = sample_library.store
    expected = {
        record.id: (collection.title, record.date or "", record.speaker or "")
        for collection in store.collections()
        for record in store.speeches(collection.id)
    }
    found = [(row["collection"], row["date"], row["speaker"]) for row in rows]
    assert found == [expected[int(row["speech_id"])] for row in rows]
    assert any(date for _, date, _ in found)
    assert any(speaker for _, _, speaker in found)


def test_ctrl_c_in_the_results_copies_them(qtbot: QtBot, dock: SearchDock) -> None:
    _type_and_wait(qtbot, dock, "效能革命")
    dock.view.setFocus()
    with qtbot.waitSignal(dock.table_export.copied) as copied:
        qtbot.keyClick(dock.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copied.args == [len(QGuiApplication.clipboard().text().splitlines()) - 1]
    assert copied.args[0] > 0


def test_the_table_of_every_hit_is_made_off_the_gui_thread(
    qtbot: QtBot, dock: SearchDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each row's snippet and section read its speech: on a library of 3,000 speeches, Copy
    # Table of a formulation's 5,000 hits froze the window for ~0.7 s.
    made_in: list[threading.Thread] = []
    making = Table.of.__func__

    def recording(cls: type[Table], *args: object) -> Table:
        made_in.append(threading.current_thread())
        return making(cls, *args)

    _type_and_wait(qtbot, dock, "效能革命")
    monkeypatch.setattr(Table, "of", classmethod(recording))
    dock.view.setFocus()
    with qtbot.waitSignal(dock.table_export.copied) as copied:
        qtbot.keyClick(dock.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copied.args[0] > 0
    assert made_in
    assert threading.main_thread() not in made_in


def test_a_table_the_library_cannot_give_says_why_and_writes_nothing(
    qtbot: QtBot, dock: SearchDock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*_args: object) -> Callable[..., Table]:
        def run(*_args: object) -> Table:
            raise LibraryError("disk I/O error", code="io-error")

        return run

    _type_and_wait(qtbot, dock, "效能革命")
    monkeypatch.setattr(search_tables, "table_job", failing)
    target = tmp_path / "hits.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    dock.table_export.export_action.trigger()
    qtbot.waitUntil(lambda: bool(warned))
    qtbot.waitUntil(lambda: dock.running_work() == [])
    assert not target.exists()


def test_closing_while_the_table_is_made_stops_it(qtbot: QtBot, dock: SearchDock) -> None:
    _type_and_wait(qtbot, dock, "效能革命")
    QGuiApplication.clipboard().clear()
    copied: list[int] = []
    dock.table_export.copied.connect(copied.append)
    dock.table_export.copy_action.trigger()
    assert dock.running_work() == ["search table"]
    dock.shutdown()
    assert dock.running_work() == []
    QApplication.processEvents()  # what the worker posted before it ended
    assert copied == []


def _rows_shown(dock: SearchDock) -> list[tuple[int, int]]:
    """(speech id, start) of every line, speech by speech, as the results show them expanded."""
    model = dock.model
    shown = []
    for row in range(model.rowCount()):
        speech = model.index(row, 0)
        model.fetch_all(speech)
        for line in range(model.rowCount(speech)):
            child = model.index(line, 0, speech)
            shown.append((child.data(Role.SPEECH_ID), child.data(Role.START)))
    return shown


@pytest.mark.parametrize(
    ("column", "clicks"), [(Column.HIT, 1), (Column.LEFT, 1), (Column.RIGHT, 2), (Column.WHERE, 2)]
)
def test_copy_and_export_follow_the_sort_shown(
    qtbot: QtBot,
    dock: SearchDock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    column: Column,
    clicks: int,
) -> None:
    _type_and_wait(qtbot, dock, "效能")
    header = dock.view.header()
    point = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    for _ in range(clicks):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    dock.view.setFocus()
    with qtbot.waitSignal(dock.table_export.copied):
        qtbot.keyClick(dock.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()[1:]]
    target = tmp_path / "hits.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    with qtbot.waitSignal(dock.table_export.exported):
        dock.table_export.export_action.trigger()
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline="")))
    shown = _rows_shown(dock)
    assert len(set(shown)) == len(shown) > 10
    assert [(int(c[0]), int(c[3])) for c in copied if c[9] != "title"] == shown
    in_text = [row for row in rows if row["where"] != "title"]
    assert [(int(row["speech_id"]), int(row["start"])) for row in in_text] == shown
    with_hits = {row["speech_id"] for row in in_text}
    for place, row in enumerate(rows):  # a title's row leads its speech's hits
        if row["where"] == "title" and row["speech_id"] in with_hits:
            assert rows[place + 1]["speech_id"] == row["speech_id"]


def _count_buttons(dock: SearchDock) -> list[QToolButton]:
    actions = (dock.table_export.copy_action, dock.table_export.export_action)
    buttons = [b for b in dock.findChildren(QToolButton) if b.defaultAction() in actions]
    assert len(buttons) == 2
    return buttons


def test_the_counts_read_across_a_narrow_dock_above_their_buttons(
    qtbot: QtBot, dock: SearchDock
) -> None:
    """At 1366 wide a side dock is some 300 px: the counts must not be a column beside buttons."""
    _type_and_wait(qtbot, dock, "效能")
    dock.window().resizeDocks([dock], [300], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() <= 320)
    qtbot.waitUntil(lambda: dock.summary.width() >= dock.widget().width() * 0.8, timeout=2000)
    summary = dock.summary.geometry()
    assert dock.summary.heightForWidth(summary.width()) <= dock.summary.fontMetrics().height() * 1.5
    for button in _count_buttons(dock):
        assert button.geometry().top() >= summary.bottom()


def test_the_counts_sit_beside_their_buttons_in_a_wide_dock(qtbot: QtBot, dock: SearchDock) -> None:
    """Along the window's foot there is room: one row, the hits keep the height."""
    _type_and_wait(qtbot, dock, "效能")
    dock.window().resize(1300, 600)
    dock.window().resizeDocks([dock], [1000], Qt.Orientation.Horizontal)

    def buttons_beside_the_summary() -> bool:
        summary = dock.summary.geometry()
        return all(
            button.geometry().top() < summary.bottom()
            and button.geometry().left() >= summary.right()
            for button in _count_buttons(dock)
        )

    # The layout is set a turn after the row is chosen: under load the geometry comes later.
    qtbot.waitUntil(lambda: dock.counts.beside() and buttons_beside_the_summary())
