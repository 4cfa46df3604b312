"""Tests for desktop/models/library_tree.py: lazy, consistent, and up to date with the library."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.library_session import LibrarySession
from desktop.models.library_nodes import TreeNode
from desktop.models.library_tree import LibrarySource, LibraryTreeModel, Role, TreeKind
from tests.core.storage.documents import make_document, sample_paragraphs, small_document
from tests.cycles import left_in_cycles, of_type

P = sample_paragraphs()


@pytest.fixture
def session(tmp_path: Path, qtbot: QtBot) -> Iterator[LibrarySession]:
    """A session on a library holding the three-speech test document."""
    opened = LibrarySession(open_library(tmp_path / "library.sqlite", seed=small_document))
    yield opened
    opened.close()


class CountingSource(LibrarySource):
    """The session's source, counting what the model reads."""

    def __init__(self, session: LibrarySession) -> None:
        self.reads: list[str] = []

        def counted(name: str, function):  # noqa: ANN001, ANN202
            def call(*args):  # noqa: ANN002, ANN202
                self.reads.append(name)
                return function(*args)

            return call

        super().__init__(
            counted("collections", session.collections),
            counted("speeches", session.speeches),
            counted("speech", session.speech),
            counted("outline", session.outline_children),
            outline_records=counted("whole outline", session.outline_records),
            collection=counted("collection", session.collection),
        )


@pytest.fixture
def model(session: LibrarySession) -> LibraryTreeModel:
    """The tree over the session."""
    return LibraryTreeModel(CountingSource(session))


def _titles(model: LibraryTreeModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def _fetch_everything(model: LibraryTreeModel, parent: QModelIndex | None = None) -> None:
    parent = parent or QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        _fetch_everything(model, model.index(row, 0, parent))


def test_only_collections_are_read_at_first(model: LibraryTreeModel, qtmodeltester) -> None:  # noqa: ANN001
    assert model._source.reads == ["collections"]
    assert _titles(model) == ["测试合集"]
    collection = model.index(0, 0)
    assert model.hasChildren(collection)
    assert model.rowCount(collection) == 0
    assert model.canFetchMore(collection)
    qtmodeltester.check(model)


def test_speeches_come_by_collection_and_an_outline_whole(
    model: LibraryTreeModel,
    qtmodeltester,  # noqa: ANN001
) -> None:
    collection = model.index(0, 0)
    model.fetchMore(collection)
    assert _titles(model, collection) == ["讲话1", "讲话2", "讲话3"]
    speech = model.index(0, 0, collection)
    assert speech.data(Role.KIND) == TreeKind.SPEECH
    assert model.canFetchMore(speech)
    model.fetchMore(speech)
    headings = _titles(model, speech)
    assert headings == [paragraph[:10] for paragraph in P[0:3]]
    heading = model.index(0, 0, speech)
    assert heading.data(Role.KIND) == TreeKind.HEADING
    assert model.hasChildren(heading)
    assert not model.canFetchMore(heading), "read with the speech's outline"
    point = model.index(0, 0, heading)
    assert point.data(Role.KIND) == TreeKind.POINT
    assert not model.hasChildren(point)
    assert model._source.reads.count("whole outline") == 1
    assert "outline" not in model._source.reads
    qtmodeltester.check(model)


def test_an_outline_read_whole_is_the_one_read_level_by_level(session: LibrarySession) -> None:
    whole = LibraryTreeModel(LibrarySource.of(session))
    by_level = LibraryTreeModel(
        LibrarySource(
            session.collections, session.speeches, session.speech, session.outline_children
        )
    )
    for model in (whole, by_level):
        _fetch_everything(model)

    def rows(model: LibraryTreeModel) -> list[tuple]:
        return [
            (node.kind, node.key, node.title, node.start, node.end, len(node.children))
            for node in model.walk()
        ]

    assert rows(whole) == rows(by_level)
    assert sum(node.kind == TreeKind.POINT for node in whole.walk()) > 0


def test_rows_carry_ids_offsets_and_note_counts(
    session: LibrarySession, model: LibraryTreeModel
) -> None:
    speech_id = session.speeches(1)[1].id
    index = model.speech_index(speech_id)
    session.add_highlight(speech_id, 1, 4, "yellow")
    assert index.data(Role.KEY) == speech_id
    assert index.data(Role.SPEECH_ID) == speech_id
    assert index.data(Role.COLLECTION_ID) == 1
    assert index.data(Role.NOTE_COUNT) == 0, "counts are re-read when told"
    model.update_speech(speech_id)
    assert index.data(Role.NOTE_COUNT) == 1
    assert "No. 2" in index.data(Role.DETAIL)
    assert "2016年4月15日" in index.data(Role.DETAIL)
    path = model.outline_path(speech_id, session.speech_content(speech_id).outline[1].start + 3)
    assert [i.data(Role.KIND) for i in path] == ["speech", "heading", "point"]
    assert path[1].data(Role.START) <= path[2].data(Role.START) < path[1].data(Role.END)


def test_renames_trash_and_restore_update_rows_in_place(
    qtbot: QtBot,
    session: LibrarySession,
    model: LibraryTreeModel,
    qtmodeltester,  # noqa: ANN001
) -> None:
    qtmodeltester.check(model)  # and it keeps checking every change below
    _fetch_everything(model)
    speech_id = session.speeches(1)[0].id
    speech = model.speech_index(speech_id)
    session.rename_speech(speech_id, "开篇")
    with qtbot.waitSignal(model.dataChanged):
        model.update_speech(speech_id)
    assert speech.data() == "开篇"
    session.trash_collection(1)
    with qtbot.waitSignal(model.rowsRemoved):
        model.reload()
    assert model.rowCount() == 0
    session.undo_stack.undo()
    with qtbot.waitSignal(model.rowsInserted):
        model.reload()
    assert _titles(model) == ["测试合集"]
    _fetch_everything(model)


def test_a_renamed_collection_is_read_again_alone(
    qtbot: QtBot,
    session: LibrarySession,
    model: LibraryTreeModel,
    qtmodeltester,  # noqa: ANN001
) -> None:
    qtmodeltester.check(model)
    model._source.reads.clear()
    session.rename_collection(1, "改名后的合集")
    with qtbot.waitSignal(model.dataChanged):
        model.update_collection(1)
    assert _titles(model) == ["改名后的合集"]
    assert model._source.reads == ["collection"]


@pytest.mark.parametrize("collection_id", [1, 99])
def test_a_source_without_a_collection_reader_finds_it_among_all(
    session: LibrarySession, collection_id: int
) -> None:
    source = LibrarySource(
        session.collections, session.speeches, session.speech, session.outline_children
    )
    model = LibraryTreeModel(source)
    session.rename_collection(1, "改名后的合集")
    changed: list[QModelIndex] = []
    model.dataChanged.connect(lambda first, _last, _roles: changed.append(first))
    model.update_collection(collection_id)  # 99: none such, nothing changes
    renamed = collection_id == 1
    assert _titles(model) == ["改名后的合集" if renamed else "测试合集"]
    assert changed == ([model.index(0, 0)] if renamed else [])


def test_a_reimport_adds_removes_and_refreshes_rows(
    session: LibrarySession,
    model: LibraryTreeModel,
    qtmodeltester,  # noqa: ANN001
) -> None:
    qtmodeltester.check(model)  # and it keeps checking every change below
    _fetch_everything(model)
    first = model.speech_index(session.speeches(1)[0].id)
    kept = model.node(first)
    with open_library(session.library_path, create=False) as worker_side:
        other = worker_side.store.import_document(make_document([P[20:22]], source="/b.txt"))
        changed = make_document([P[0:3], [P[30], P[3], P[4]]])
        report = worker_side.store.import_document(changed)
    session.imported([report])
    model.reload()
    assert _titles(model) == ["测试合集", make_document([P[20:22]]).title]
    assert model.index(1, 0).data(Role.KEY) == other.collection_id
    collection = model.index(0, 0)
    assert _titles(model, collection) == ["讲话1", "讲话2"]
    assert model.node(model.index(0, 0, collection)) is kept, "a kept row is the same row"
    changed_speech = model.index(1, 0, collection)
    _fetch_everything(model)
    assert _titles(model, changed_speech)[0] == P[30][:10], "its new outline, read again"


def test_the_only_speech_of_its_collection_is_not_numbered(
    session: LibrarySession, model: LibraryTreeModel
) -> None:
    """ "No. 1" tells a speech from its siblings; a lone speech has none."""
    with open_library(session.library_path, create=False) as worker_side:
        lone = worker_side.store.import_document(make_document([P[20:22]], source="/b.txt"))
    model.reload()
    (speech,) = session.speeches(lone.collection_id)
    detail = model.speech_index(speech.id).data(Role.DETAIL)
    assert "No." not in detail
    assert "2016年4月15日" in detail
    assert "No. 1" in model.speech_index(session.speeches(1)[0].id).data(Role.DETAIL)


def test_a_stale_index_finds_nothing(session: LibrarySession, model: LibraryTreeModel) -> None:
    _fetch_everything(model)
    stale = model.speech_index(session.speeches(1)[2].id)
    session.trash_collection(1)
    model.reload()
    assert model.node(stale) is None
    assert model.data(stale, Qt.ItemDataRole.DisplayRole) is None


def test_rows_gone_from_the_tree_leave_no_cycle(
    qtbot: QtBot, session: LibrarySession, model: LibraryTreeModel
) -> None:
    # The window freezes its objects out of the collector: what it drops must free itself.
    _fetch_everything(model)
    with left_in_cycles() as found:
        session.trash_collection(1)
        with qtbot.waitSignal(model.rowsRemoved):
            model.reload()
    assert model.rowCount() == 0
    assert of_type(found, TreeNode) == []


def test_a_collection_s_row_is_found_by_its_id_as_collections_come_and_go(
    session: LibrarySession, model: LibraryTreeModel
) -> None:
    assert model.collection_index(1) == model.index(0, 0)
    with open_library(session.library_path, create=False) as worker_side:
        other = worker_side.store.import_document(make_document([P[20:22]], source="/b.txt"))
    model.reload()
    assert model.collection_index(other.collection_id) == model.index(1, 0)
    session.trash_collection(1)
    model.reload()
    assert not model.collection_index(1).isValid(), "gone to the trash: no row"
    assert model.collection_index(other.collection_id) == model.index(0, 0)
    session.undo_stack.undo()
    model.reload()
    restored = model.collection_index(1)
    assert model.node(restored) is not None
    assert restored.data(Role.KEY) == 1
    assert not model.collection_index(99).isValid()


def test_same_titled_collections_say_what_tells_them_apart(
    session: LibrarySession,
    model: LibraryTreeModel,
    qtmodeltester,  # noqa: ANN001
) -> None:
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Role.DISTINCTION) == "", "one title: nothing to tell apart"
    with open_library(session.library_path, create=False) as worker_side:
        draft = make_document([P[20:22]], source="/drafts/测试合集（征求意见稿）.txt")
        worker_side.store.import_document(draft)
    model.reload_collections()
    assert _titles(model) == ["测试合集", "测试合集"]
    seen = [model.index(row, 0).data(Role.DISTINCTION) for row in range(2)]
    assert seen == ["测试合集.txt", "测试合集（征求意见稿）.txt"]
    assert "测试合集（征求意见稿）.txt" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    with _data_changes(model) as changed:
        session.rename_collection(model.index(1, 0).data(Role.KEY), "征求意见稿")
        model.update_collection(model.index(1, 0).data(Role.KEY))
    assert {index.row() for index in changed} == {0, 1}
    assert [model.index(row, 0).data(Role.DISTINCTION) for row in range(2)] == ["", ""]


@contextmanager
def _data_changes(model: LibraryTreeModel) -> Iterator[list[QModelIndex]]:
    """The first indexes of every ``dataChanged`` the model emits meanwhile."""
    changed: list[QModelIndex] = []
    model.dataChanged.connect(lambda first, _last, _roles=(): changed.append(first))
    yield changed
