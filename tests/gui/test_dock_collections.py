"""Tests for desktop/gui/dock_collections.py: a re-imported collection's rows in the dock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState
from desktop.core.storage.library import open_library
from desktop.core.storage.library_store import ImportStatus
from desktop.gui.dock_collections import spliced_titles
from desktop.gui.main_window import MainWindow
from desktop.models.annotations_model import AnnotationsModel, Role
from tests.core.storage.documents import make_document, sample_paragraphs

SOURCE = "/data/再导入.txt"


def _snapshot(model: AnnotationsModel, parent: QModelIndex | None = None) -> list[Any]:
    """Every row of the model as shown: groups' names and counts, annotations whole."""
    parent = parent or QModelIndex()
    rows: list[Any] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(Role.IS_GROUP):
            head = (index.data(Qt.ItemDataRole.DisplayRole), index.data(Role.GROUP_COUNT))
            rows.append((head, index.data(Role.IS_ORPHAN_GROUP), _snapshot(model, index)))
        else:
            rows.append(index.data(Role.ANNOTATION))
    return rows


def _versions() -> tuple[list[list[str]], list[list[str]]]:
    """A collection of three speeches, and a new version of it: the first speech's second
    paragraph put after its third (its notes move), a word changed in the second (fuzzy), the
    third's second paragraph gone (orphaned), and a fourth speech; the second renamed."""
    p = sample_paragraphs()
    first = [[p[0], p[1], p[9]], [p[2], p[3]], [p[4], p[5]]]
    fuzzy = p[2][:20] + "某" + p[2][21:]
    second = [[p[0], p[9], p[1]], [fuzzy, p[3]], [p[4]], [p[7]]]
    return first, second


def _annotate(library_path: Path, speeches: list[list[str]]) -> int:
    """Import the first version beside the sample and mark each speech's words that change."""
    with open_library(library_path, create=False, daily_backup=False) as other:
        report = other.store.import_document(make_document(speeches, source=SOURCE))
        ids = [speech.id for speech in other.store.speeches(report.collection_id)]
        texts = [other.store.speech_content(speech_id).text for speech_id in ids]
        spans = [(1, speeches[0][1]), (0, speeches[1][0]), (2, speeches[2][1])]
        for (n, paragraph), speech_id, text in zip(spans, ids, texts, strict=True):
            start = text.index(paragraph) + 15
            other.annotations.create(speech_id, start=start, end=start + 12, note=f"第{n}段")
        kept = other.store.speeches(1)[0].id  # the sample's: its rows stay as they are
        other.annotations.create(kept, start=0, end=4, note="样例")
    return report.collection_id


def test_a_new_version_swaps_only_its_collections_rows_as_a_full_read_shows_them(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    first, second = _versions()
    collection_id = _annotate(library_path, first)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work() and dock.model.rowCount() == 4)
    resets: list[bool] = []
    dock.model.modelReset.connect(lambda: resets.append(True))
    with open_library(library_path, create=False, daily_backup=False) as other:
        titles = ["讲话1", "第二次讲话", "讲话3", "讲话4"]
        report = other.store.import_document(make_document(second, source=SOURCE, titles=titles))
    assert (report.collection_id, report.status) == (collection_id, ImportStatus.UPDATED)
    main_window.session.imported([report])
    assert not main_window.running_work(), "no worker reading every annotation again"
    assert resets == []
    states = {a.state for a in main_window.session.collection_annotations(collection_id)}
    assert states == {AnchorState.MOVED, AnchorState.FUZZY, AnchorState.ORPHANED}
    swapped = _snapshot(dock.model)
    main_window.refresh_annotations_dock()
    qtbot.waitUntil(lambda: not main_window.running_work())
    assert swapped == _snapshot(dock.model), "as a full read of the library shows them"


def test_a_collection_back_from_the_trash_by_an_import_is_read_whole(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    first, _second = _versions()
    collection_id = _annotate(library_path, first)
    main_window.session.trash_collection(collection_id)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work() and dock.model.rowCount() == 1)
    with open_library(library_path, create=False, daily_backup=False) as other:
        report = other.store.import_document(make_document(first, source=SOURCE))
    main_window.session.imported([report])  # unchanged, but out of the trash
    qtbot.waitUntil(lambda: not main_window.running_work() and dock.model.rowCount() == 4)
    swapped = _snapshot(dock.model)
    main_window.refresh_annotations_dock()
    qtbot.waitUntil(lambda: not main_window.running_work())
    assert swapped == _snapshot(dock.model)


def test_a_collection_imported_since_the_list_was_read_is_re_imported_without_a_read(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    # The dock does not name a new collection's speeches (no annotations, no groups): a new
    # version of it has nothing to show either, and every annotation read again is ~30 ms.
    first, second = _versions()
    _annotate(library_path, first)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work() and dock.model.rowCount() == 4)
    rows = _snapshot(dock.model)
    reports = []
    for speeches in (first, second):
        with open_library(library_path, create=False, daily_backup=False) as other:
            document = make_document(speeches, title="新合集", source="/data/新合集.txt")
            reports.append(other.store.import_document(document, keep_duplicates=True))
        main_window.session.imported([reports[-1]])
        assert not main_window.running_work()
    assert [r.status for r in reports] == [ImportStatus.CREATED, ImportStatus.UPDATED]
    assert _snapshot(dock.model) == rows
    main_window.refresh_annotations_dock()
    qtbot.waitUntil(lambda: not main_window.running_work())
    assert _snapshot(dock.model) == rows


def test_spliced_titles_put_a_collections_labels_in_place_of_its_old_ones() -> None:
    known = {1: "甲", 5: "乙1", 6: "乙2", 9: "乙3", 3: "丙"}
    own = {6: "第1篇", 12: "第2篇", 5: "第3篇"}
    spliced = spliced_titles(known, own)
    assert list(spliced.items()) == [
        (1, "甲"),
        (6, "第1篇"),
        (12, "第2篇"),
        (5, "第3篇"),
        (9, "乙3"),
        (3, "丙"),
    ]
