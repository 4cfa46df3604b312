"""Tests for desktop/gui/library_session.py: changes saved at once, announced, undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

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
def speech_id(session: LibrarySession) -> int:
    """The first speech of the test library."""
    return session.speeches(1)[0].id


def _reopened(session: LibrarySession):  # noqa: ANN202 - a Library, closed by the caller
    return open_library(session.library_path, create=False)


def test_a_highlight_is_saved_at_once_and_announced(
    qtbot: QtBot, session: LibrarySession, speech_id: int
) -> None:
    with qtbot.waitSignal(session.annotation_added) as added:
        made = session.add_highlight(speech_id, 3, 9, "green")
    assert added.args == [speech_id, made.id]
    with _reopened(session) as other:
        assert [(a.id, a.start, a.end, a.color) for a in other.annotations.annotations()] == [
            (made.id, 3, 9, "green")
        ]
    assert session.speech(speech_id).note_count == 1


def test_undo_names_the_change_and_takes_it_back(
    qtbot: QtBot, session: LibrarySession, speech_id: int
) -> None:
    made = session.add_highlight(speech_id, 3, 9, "yellow")
    stack = session.undo_stack
    assert stack.undoText() == "Add Highlight"
    with qtbot.waitSignal(session.annotation_removed) as removed:
        stack.undo()
    assert removed.args == [speech_id, made.id]
    assert session.annotations() == []
    assert session.trash() == [], "an undone highlight does not linger in the trash"
    with qtbot.waitSignal(session.annotation_added):
        stack.redo()
    assert session.annotations() == [made]


def test_note_edits_merge_into_one_step_and_undo_to_the_first_text(
    session: LibrarySession, speech_id: int
) -> None:
    note = session.add_note(speech_id, 10, 20)
    for text in ("要", "要点", "要点：开头"):
        session.edit_note(note.id, text)
    stack = session.undo_stack
    assert stack.count() == 2
    assert stack.undoText() == "Edit Note"
    stack.undo()
    assert session.annotation(note.id).note == ""
    stack.redo()
    assert session.annotation(note.id).note == "要点：开头"


def test_an_edit_back_to_the_original_text_leaves_no_step(
    session: LibrarySession, speech_id: int
) -> None:
    note = session.add_note(speech_id, 10, 20, note="原文")
    session.edit_note(note.id, "原文改")
    session.edit_note(note.id, "原文")
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Add Note"


def test_delete_goes_to_the_trash_and_undo_restores_it_as_it_was(
    qtbot: QtBot, session: LibrarySession, speech_id: int
) -> None:
    made = session.add_highlight(speech_id, 3, 9, "blue")
    session.set_tags(made.id, ["金句"])
    tagged = session.annotation(made.id)
    with qtbot.waitSignal(session.annotation_removed):
        session.delete_annotation(made.id)
    assert [a.id for a in session.trash()] == [made.id]
    assert session.undo_stack.undoText() == "Delete Highlight"
    session.undo_stack.undo()
    assert session.annotation(made.id) == tagged
    session.undo_stack.redo()
    restored = session.restore_annotation(made.id)
    assert restored.deleted is None
    assert session.undo_stack.undoText() == "Restore Highlight"


def test_deleting_and_restoring_a_note_name_the_note(
    qtbot: QtBot, session: LibrarySession, speech_id: int
) -> None:
    note = session.add_note(speech_id, 10, 20, note="原文")
    with qtbot.waitSignal(session.annotation_removed):
        session.delete_annotation(note.id)
    assert session.undo_stack.undoText() == "Delete Note"
    session.restore_annotation(note.id)
    assert session.undo_stack.undoText() == "Restore Note"


def test_colour_tags_and_reattach_are_each_one_undoable_step(
    session: LibrarySession, speech_id: int
) -> None:
    made = session.add_highlight(speech_id, 3, 9, "yellow")
    session.change_color(made.id, "pink")
    session.set_tags(made.id, ["数据", "金句"])
    session.reattach(made.id, 30, 36)
    stack = session.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add Highlight",
        "Change Colour",
        "Edit Tags",
        "Reattach Note",
    ]
    for _ in range(3):
        stack.undo()
    assert session.annotation(made.id) == made


def test_collections_rename_and_trash_undoably(qtbot: QtBot, session: LibrarySession) -> None:
    with qtbot.waitSignal(session.collection_changed):
        session.rename_collection(1, "我的范文")
    assert session.collection(1).title == "我的范文"
    with qtbot.waitSignal(session.collection_trashed) as trashed:
        session.trash_collection(1)
    assert trashed.args == [1, True]
    assert session.collections() == []
    assert session.undo_stack.undoText() == "Delete Collection"
    session.undo_stack.undo()
    assert [c.id for c in session.collections()] == [1]
    session.undo_stack.undo()
    assert session.collection(1).title == "测试合集"


def test_renames_are_announced_as_renames_done_and_undone(
    qtbot: QtBot, session: LibrarySession, speech_id: int
) -> None:
    """Views that name speeches (the annotations' groups) listen for titles, not every change."""
    with qtbot.waitSignal(session.speech_renamed) as renamed:
        session.rename_speech(speech_id, "开篇讲话")
    assert renamed.args == [speech_id]
    with qtbot.waitSignal(session.collection_renamed) as renamed:
        session.rename_collection(1, "我的范文")
    assert renamed.args == [1]
    with qtbot.waitSignals([session.collection_renamed]):
        session.undo_stack.undo()
    with qtbot.waitSignals([session.speech_renamed]):
        session.undo_stack.undo()
    with qtbot.assertNotEmitted(session.speech_renamed):
        session.add_highlight(speech_id, 0, 2, "yellow")


def test_a_failing_undo_is_reported_and_dropped(
    qtbot: QtBot, session: LibrarySession, speech_id: int
) -> None:
    made = session.add_highlight(speech_id, 3, 9, "yellow")
    session.delete_annotation(made.id)
    session.empty_trash()  # clears the stack: what it refers to is gone
    assert session.undo_stack.count() == 0
    again = session.add_highlight(speech_id, 3, 9, "yellow")
    with _reopened(session) as other:
        other.annotations.purge(again.id)  # gone behind the session's back
    with qtbot.waitSignal(session.error_occurred) as failed:
        session.undo_stack.undo()
    assert isinstance(failed.args[0], LibraryError)
    assert session.undo_stack.count() == 0
