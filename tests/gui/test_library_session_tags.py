"""Tests for desktop/gui/library_session_tags.py: a tag renamed or deleted is one undo step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.core.errors import LibraryError
from desktop.core.storage.library import open_library
from desktop.gui.library_session import LibrarySession
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
