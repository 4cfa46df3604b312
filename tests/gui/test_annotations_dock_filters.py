"""Tests for desktop/gui/annotations_dock_filters.py with the list given only the groups that
match (desktop/models/annotations_fetch.py): words typed, cleared, rows chosen and copied, and
a deletion under the filter undone, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.core.annotation_groups import group_annotations, speech_ranks
from desktop.core.annotation_match import search_texts
from desktop.core.storage.library import open_library
from desktop.gui.annotations_dock import AnnotationsDock
from desktop.gui.main_window import MainWindow
from desktop.models import annotations_fetch
from desktop.models.annotation_nodes import rows_of
from desktop.models.annotations_model import Role
from tests.core.storage.documents import make_document, sample_paragraphs
from tests.gui.conftest import ShowDocked, WindowFactory
from tests.gui.painted import painted_texts
from tests.models.factory import make_annotation

BATCH = 4
SPEECHES = range(1, 61)
TITLES = {speech: f"第{speech}篇讲话" for speech in SPEECHES}
RARE = (7, 33, 58)
"""The speeches holding a note with 罕见 (far apart, past several batches)."""
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of four groups, so sixty speeches take many."""
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", BATCH)


def _annotations() -> list[Annotation]:
    return [
        make_annotation(
            speech,
            10 * n,
            f"第{speech}篇第{n}处",
            note="罕见之词" if speech in RARE and n == 1 else "",
            annotation_id=f"s{speech}n{n}",
        )
        for speech in SPEECHES
        for n in range(3)
    ]


@pytest.fixture
def dock(show_docked: ShowDocked) -> AnnotationsDock:
    """The dock on screen under "all speeches", given the list as the worker gives it."""
    widget = AnnotationsDock()
    show_docked(widget)
    widget.set_all_speeches(True)
    annotations = _annotations()
    grouped = group_annotations(annotations, speech_ranks(TITLES), all_speeches=True)
    widget.adopt_annotations(
        grouped,
        speech_id=None,
        titles=TITLES,
        search_texts=search_texts(annotations),
        rows=rows_of(grouped),
    )
    return widget


def _type(qtbot: QtBot, dock: AnnotationsDock, text: str) -> None:
    edit = dock._filters.search_edit  # noqa: SLF001 - the box the user types in
    edit.setFocus()
    edit.insert(text)  # as an input method commits it (QTest types ASCII only)


def _rows(dock: AnnotationsDock) -> list[str]:
    """The ids of the rows the view shows, group by group."""
    proxy, rows = dock.proxy, []
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        rows += [proxy.index(r, 0, parent).data(Role.ID) for r in range(proxy.rowCount(parent))]
    return rows


def _headings(dock: AnnotationsDock) -> list[str]:
    return [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())]


RARE_ROWS = [f"s{speech}n1" for speech in RARE]


def _empty_title(dock: AnnotationsDock) -> str:
    label = dock.findChild(QLabel, "emptyTitle")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_words_typed_show_the_groups_holding_them_and_clearing_brings_all_back(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    first_batch = _headings(dock)
    _type(qtbot, dock, "罕见")  # filtered after the typing pause, when the matcher answers
    qtbot.waitUntil(lambda: _rows(dock) == RARE_ROWS)
    assert dock.model.rowCount() == len(RARE), "Qt is given the three groups, not those between"
    assert not dock.model.has_more_groups()
    edit = dock._filters.search_edit  # noqa: SLF001
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: _headings(dock)[: len(first_batch)] == first_batch)
    assert dock.model.rowCount() >= BATCH
    assert _rows(dock)[:3] == ["s1n0", "s1n1", "s1n2"]


def test_words_matching_nothing_say_so_and_not_that_the_library_is_empty(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    _type(qtbot, dock, "无此词")
    qtbot.waitUntil(lambda: dock.model.rowCount() == 0)
    assert _empty_title(dock) == "No annotation matches the filters"


def test_ctrl_a_and_copy_under_words_take_the_rows_shown(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    _type(qtbot, dock, "罕见")
    qtbot.keyClick(dock._filters.search_edit, Qt.Key.Key_Return)  # noqa: SLF001
    qtbot.waitUntil(lambda: _rows(dock) == RARE_ROWS)
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_A, CTRL)
    assert [a.id for a in dock.selected_annotations()] == RARE_ROWS
    with qtbot.waitSignal(dock.copy_requested) as copied:
        qtbot.keyClick(dock.view, Qt.Key.Key_C, CTRL)
    assert [a.id for a in copied.args[0]] == RARE_ROWS, "in the list's order"


def test_an_annotation_starting_to_match_comes_in_its_place(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    # Its group was never given to Qt (it held no match when filtered).
    _type(qtbot, dock, "罕见")
    qtbot.keyClick(dock._filters.search_edit, Qt.Key.Key_Return)  # noqa: SLF001
    qtbot.waitUntil(lambda: _rows(dock) == RARE_ROWS)
    noted = make_annotation(20, 10, "第20篇第1处", note="也很罕见", annotation_id="s20n1")
    dock.update_annotation(noted)
    assert _rows(dock) == ["s7n1", "s20n1", "s33n1", "s58n1"]
    dock.update_annotation(make_annotation(20, 10, "第20篇第1处", annotation_id="s20n1"))
    assert _rows(dock) == RARE_ROWS


# In the real window: a deletion under the filter, and its undo ----------------------------


@pytest.fixture
def filled_window(open_window: WindowFactory, library_path: Path) -> MainWindow:
    """The window on a library of twelve more speeches, each with a highlight; three notes
    hold 罕见 (the first, the seventh and the last)."""
    paragraphs = sample_paragraphs()
    with open_library(library_path, create=False, daily_backup=False) as library:
        report = library.store.import_document(
            make_document([[paragraphs[n % len(paragraphs)]] for n in range(12)])
        )
        for number, speech in enumerate(library.store.speeches(report.collection_id)):
            note = "罕见之词" if number in (0, 6, 11) else "寻常"
            library.annotations.create(speech.id, start=0, end=4, note=note)
    return open_window()


def _noted(window: MainWindow, word: str) -> list[str]:
    return [a.id for a in window.annotations_dock.model.annotations() if word in a.note]


def test_deleting_under_words_and_undoing_it_keeps_the_filtered_list_right(
    qtbot: QtBot, filled_window: MainWindow
) -> None:
    window, dock = filled_window, filled_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not window.running_work() and dock.model.annotation_count() >= 12)
    rare = _noted(window, "罕见")
    assert len(rare) == 3
    _type(qtbot, dock, "罕见")
    qtbot.waitUntil(lambda: _rows(dock) == rare)
    assert dock.model.rowCount() == 3
    assert dock.select_annotation(rare[1])
    dock.view.setFocus()
    with qtbot.waitSignal(window.session.annotation_removed):
        qtbot.keyClick(dock.view, Qt.Key.Key_Delete)
    assert _rows(dock) == [rare[0], rare[2]]
    window.undo_step()
    qtbot.waitUntil(lambda: _rows(dock) == rare)
    assert dock.model.rowCount() == 3, "its group given back to Qt in its place"


def test_a_groups_heading_counts_the_rows_shown_under_the_filter(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    heading = dock.proxy.index(0, 0)
    assert "  3" in painted_texts(dock.view, heading), "no filter: all three of 第1篇讲话"
    _type(qtbot, dock, "罕见")
    qtbot.waitUntil(lambda: _rows(dock) == RARE_ROWS)
    for row in range(dock.proxy.rowCount()):
        heading = dock.proxy.index(row, 0)
        texts = painted_texts(dock.view, heading)
        assert texts == [heading.data(), "  1"], "one of the speech's three matches"


def test_a_note_is_matched_as_it_reads_not_by_its_markdown(
    qtbot: QtBot, show_docked: ShowDocked
) -> None:
    # Typing ** showed every bold note, and 重点在于 missed "**重点**在于": the library's
    # search reads notes as they read, so the two disagreed.
    dock = AnnotationsDock()
    show_docked(dock)
    dock.set_all_speeches(True)
    bold = make_annotation(1, 0, "第一处", note="**重点**在于落实", annotation_id="bold")
    plain = make_annotation(1, 10, "第二处", note="另一条", annotation_id="plain")
    grouped = group_annotations([bold, plain], speech_ranks(TITLES), all_speeches=True)
    dock.adopt_annotations(
        grouped,
        speech_id=None,
        titles=TITLES,
        search_texts=search_texts([bold, plain]),
        rows=rows_of(grouped),
    )
    qtbot.waitUntil(lambda: _rows(dock) == ["bold", "plain"])
    _type(qtbot, dock, "重点在于")
    qtbot.waitUntil(lambda: _rows(dock) == ["bold"])
    edit = dock._filters.search_edit  # noqa: SLF001
    edit.clear()
    _type(qtbot, dock, "**")
    qtbot.waitUntil(lambda: dock.model.rowCount() == 0)
    assert _empty_title(dock) == "No annotation matches the filters"
