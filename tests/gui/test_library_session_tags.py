"""Tests for the tags of desktop/gui/library_session_batch.py: a tag renamed or deleted is one
undo step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.core.errors import LibraryError
from desktop.core.storage.database import DEFAULT_BUSY_TIMEOUT
from desktop.core.storage.library import open_library
from desktop.gui.library_session import TYPED_BUSY_TIMEOUT, LibrarySession
from tests.core.storage.documents import small_document


@pytest.fixture
def session(tmp_path: Path, qtbot: QtBot) -> Iterator[LibrarySession]:
    """A session on a new library holding the three-speech test document."""
    opened = LibrarySession(open_library(tmp_path / "library.sqlite", seed=small_document))
    yield opened
    opened.close()


@pytest.fixture
def tagged(session: LibrarySession) -> list[Annotation]:
    """Three annotations: 金句+提法, 金句 (then trashed, through the session), 提法."""
    speech_id = session.speeches(1)[0].id
    made = []
    for i, tags in enumerate([("金句", "提法"), ("金句",), ("提法",)]):
        highlight = session.add_highlight(speech_id, i * 10, i * 10 + 4, "yellow")
        made.append(session.set_tags(highlight.id, tags))
    made[1] = session.delete_annotation(made[1].id)
    session.undo_stack.clear()
    return made


def _now(session: LibrarySession, annotations: list[Annotation]) -> list[Annotation]:
    return [session.annotation(a.id) for a in annotations]


def test_a_merge_is_one_step_and_undo_restores_every_annotation_exactly(
    qtbot: QtBot, session: LibrarySession, tagged: list[Annotation]
) -> None:
    with qtbot.waitSignal(session.tags_changed):
        assert session.rename_tag("金句", "提法") == 2
    assert [a.tags for a in _now(session, tagged)] == [("提法",), ("提法",), ("提法",)]
    stack = session.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Rename Tag")
    after = _now(session, tagged)
    with qtbot.waitSignal(session.tags_changed):
        stack.undo()
    assert _now(session, tagged) == tagged  # tags, times and the trash flag as they were
    assert session.tag_counts() == {"提法": 2, "金句": 1}
    stack.redo()
    assert _now(session, tagged) == after


def test_delete_is_one_step_and_undo_brings_the_tag_back(
    session: LibrarySession, tagged: list[Annotation]
) -> None:
    assert session.delete_tag("提法") == 2
    assert session.tag_counts() == {"金句": 1}
    assert session.undo_stack.undoText() == "Delete Tag"
    session.undo_stack.undo()
    assert _now(session, tagged) == tagged


def test_a_change_to_nothing_pushes_no_step_and_a_bad_one_raises(
    session: LibrarySession, tagged: list[Annotation]
) -> None:
    assert session.rename_tag("金句", " 金句 ") == 0
    with pytest.raises(LibraryError):
        session.rename_tag("金句", "金句，好句")
    with pytest.raises(LibraryError):
        session.delete_tag("没有")
    assert session.undo_stack.count() == 0
    assert _now(session, tagged) == tagged


def test_a_rename_reads_the_annotations_it_reaches_in_three_queries(
    session: LibrarySession, tagged: list[Annotation]
) -> None:
    # Once before the change and once after, however many carry the tag (one each, before),
    # and once by the store, which indexes their tags anew in the change's transaction.
    statements: list[str] = []
    session._library.db._conn.set_trace_callback(statements.append)
    assert session.rename_tag("提法", "好句") == 2
    session._library.db._conn.set_trace_callback(None)
    assert len([s for s in statements if "FROM annotations a" in s]) == 3
    assert session.undo_stack.count() == 1


def test_a_merge_and_a_reorder_keep_the_order_typed_through_undo_and_redo(
    session: LibrarySession,
) -> None:
    speech_id = session.speeches(1)[0].id
    highlight = session.add_highlight(speech_id, 40, 44, "yellow")
    made = session.set_tags(highlight.id, ["重点", "提法", "引用", "金句"])
    assert made.tags == ("重点", "提法", "引用", "金句")
    reordered = session.set_tags(highlight.id, ["金句", "重点", "提法", "引用"])
    assert (reordered.tags, session.undo_stack.undoText()) == (
        ("金句", "重点", "提法", "引用"),
        "Edit Tags",
    )
    session.rename_tag("提法", "金句")  # merged where 金句, the first of the two, was
    assert session.annotation(highlight.id).tags == ("金句", "重点", "引用")
    session.undo_stack.undo()
    assert session.annotation(highlight.id).tags == ("金句", "重点", "提法", "引用")
    session.undo_stack.undo()
    assert session.annotation(highlight.id).tags == ("重点", "提法", "引用", "金句")
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert session.annotation(highlight.id).tags == ("金句", "重点", "引用")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda session: session.rename_tag("金句", "提法"), id="rename a tag"),
        pytest.param(lambda session: session.delete_tag("提法"), id="delete a tag"),
        pytest.param(lambda session: session.empty_trash(), id="empty the trash"),
    ],
)
def test_a_change_refused_for_another_program_s_lock_waits_a_moment_and_changes_nothing(
    session: LibrarySession,
    tagged: list[Annotation],
    monkeypatch: pytest.MonkeyPatch,
    change: Callable[[LibrarySession], object],
) -> None:
    """The GUI thread waited SQLite's whole busy timeout (5 s) for the lock, then failed."""
    db = session._library.db
    asked_with: list[int] = []  # the busy timeout (ms) in force when the lock is asked for
    execute = db._execute

    def spy(sql: str) -> None:
        if sql == "BEGIN IMMEDIATE":
            asked_with.append(db.value("PRAGMA busy_timeout"))
        execute(sql)

    monkeypatch.setattr(db, "_execute", spy)
    other = sqlite3.connect(session.library_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program's transaction, holding the lock
        with pytest.raises(LibraryError) as refused:
            change(session)
    finally:
        other.close()
    assert refused.value.code == "busy"
    assert asked_with, "the change asked for the lock"
    assert max(asked_with) <= TYPED_BUSY_TIMEOUT * 1000
    assert db.value("PRAGMA busy_timeout") == DEFAULT_BUSY_TIMEOUT * 1000
    assert _now(session, tagged) == tagged, "the library as it was"
    assert session.undo_stack.count() == 0
