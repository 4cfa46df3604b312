"""Tests for desktop/gui/library_session.py: changes saved at once, announced, undoable."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.core.errors import LibraryError
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportRequest, run_export
from desktop.core.export.selection import ExportScope
from desktop.core.storage.annotation_import import AnnotationImportReport, import_annotation_file
from desktop.core.storage.library import open_library
from desktop.gui.library_session import LibrarySession
from desktop.gui.library_session_batch import LibraryChange
from desktop.gui.undo import UndoCleared, step_text
from tests.core.storage.documents import make_document, sample_paragraphs, small_document


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


def _file_with_a_newer_copy(session: LibrarySession, changed: Annotation, folder: Path) -> Path:
    """A W3C JSON file holding a newer copy of ``changed`` and a note this library never had."""
    path = folder / "annotations.json"
    with _reopened(session) as other:
        elsewhere = other.annotations.create(changed.speech_id, "note", 20, 26, note="别处的批注")
        run_export(LibraryReader(other), ExportRequest("json", path, ExportScope()))
        other.annotations.purge(elsewhere.id)
    document = json.loads(path.read_text(encoding="utf-8"))
    for item in document["first"]["items"]:
        if item["id"] == f"urn:uuid:{changed.id}":
            item["modified"] = "2999-01-01T00:00:00.000000Z"
            item["body"] = [{"type": "TextualBody", "purpose": "commenting", "value": "文件里的"}]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _import(session: LibrarySession, path: Path) -> AnnotationImportReport:
    """Import as the window's worker does: on a connection of its own, then tell the session."""
    with _reopened(session) as worker_side:
        report = import_annotation_file(worker_side, path)
    session.annotations_imported(report)
    return report


def test_an_import_that_added_and_updated_is_one_step_undone_to_the_earlier_state(
    qtbot: QtBot, session: LibrarySession, speech_id: int, tmp_path: Path
) -> None:
    made = session.add_highlight(speech_id, 3, 9, "yellow")
    earlier = session.edit_note(made.id, "原来的")
    report = _import(session, _file_with_a_newer_copy(session, earlier, tmp_path))
    (added_id,) = report.created_ids
    updated = session.annotation(made.id)
    assert (report.added, report.updated, updated.note) == (1, 1, "文件里的")
    stack = session.undo_stack
    assert stack.count() == 3
    assert step_text(stack.command(stack.index() - 1)) == "Import 2 Annotation(s)"
    with qtbot.waitSignal(session.library_changed):
        stack.undo()
    assert session.annotation(made.id) == earlier
    assert [a.id for a in session.trash()] == [added_id]
    stack.undo()  # the note's edit, below the import, still undoes as it was
    assert session.annotation(made.id).note == ""
    stack.redo()
    with qtbot.waitSignal(session.library_changed):
        stack.redo()
    assert session.annotation(made.id) == updated
    assert {a.id for a in session.annotations()} == {made.id, added_id}
    assert session.trash() == []


def test_an_import_of_annotations_and_its_undo_say_they_changed_annotations_only(
    qtbot: QtBot, session: LibrarySession, speech_id: int, tmp_path: Path
) -> None:
    # A text search need not run again for them; emptying the trash may take collections.
    made = session.add_highlight(speech_id, 3, 9, "yellow")
    path = _file_with_a_newer_copy(session, session.edit_note(made.id, "原来的"), tmp_path)
    said: list[str] = []
    session.library_changed_as.connect(said.append)
    with qtbot.waitSignal(session.library_changed):
        _import(session, path)
    with qtbot.waitSignal(session.library_changed):
        session.undo_stack.undo()
    with qtbot.waitSignal(session.library_changed):
        session.empty_trash()
    assert said == [LibraryChange.ANNOTATIONS, LibraryChange.ANNOTATIONS, LibraryChange.SPEECHES]


def test_an_import_undo_leaves_what_was_changed_since_out_of_its_sight(
    session: LibrarySession, speech_id: int, tmp_path: Path
) -> None:
    made = session.add_highlight(speech_id, 3, 9, "yellow")
    report = _import(session, _file_with_a_newer_copy(session, made, tmp_path))
    with _reopened(session) as other:  # an edit that landed after the import's commit
        changed_since = other.annotations.set_color(made.id, "pink")
    session.undo_stack.undo()
    assert session.annotation(made.id) == changed_since
    assert [a.id for a in session.trash()] == report.created_ids


def test_an_import_that_changed_nothing_pushes_no_step(
    session: LibrarySession, speech_id: int, tmp_path: Path
) -> None:
    made = session.add_highlight(speech_id, 3, 9, "yellow")
    path = _file_with_a_newer_copy(session, made, tmp_path)
    _import(session, path)
    count = session.undo_stack.count()
    again = _import(session, path)
    assert not again.changed
    assert session.undo_stack.count() == count


def _reimport(session: LibrarySession, document: object) -> None:
    """Re-import as the window's worker does: on a connection of its own, then tell it."""
    with _reopened(session) as worker_side:
        report = worker_side.store.import_document(document)
    session.imported([report])


def test_a_reimport_that_reanchors_annotations_clears_the_undo_history_and_says_so(
    qtbot: QtBot, session: LibrarySession, speech_id: int
) -> None:
    paragraphs = sample_paragraphs()
    made = session.add_highlight(speech_id, 40, 46, "yellow")
    with qtbot.waitSignal(session.undo_cleared) as cleared:
        # Its paragraph deleted: the highlight is orphaned under the stack's steps.
        _reimport(session, make_document([paragraphs[1:3], paragraphs[3:6], paragraphs[6:9]]))
    assert cleared.args == [UndoCleared.REIMPORTED]
    assert session.undo_stack.count() == 0
    assert session.annotation(made.id).state == "orphaned"


def test_a_reimport_that_moves_no_annotation_keeps_the_undo_history(
    qtbot: QtBot, session: LibrarySession, speech_id: int
) -> None:
    paragraphs = sample_paragraphs()
    made = session.add_highlight(speech_id, 40, 46, "yellow")
    # The last speech, holding no annotation, changed; a new one came.
    changed = [paragraphs[0:3], paragraphs[3:6], paragraphs[7:9], paragraphs[9:11]]
    with qtbot.assertNotEmitted(session.undo_cleared):
        _reimport(session, make_document(changed))
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.annotations(speech_id) == []
    session.undo_stack.redo()
    assert session.annotation(made.id).start == 40


def test_emptying_the_trash_clears_the_undo_history_only_if_it_deleted_something(
    qtbot: QtBot, session: LibrarySession, speech_id: int
) -> None:
    made = session.add_highlight(speech_id, 3, 9, "yellow")
    with qtbot.assertNotEmitted(session.undo_cleared):
        assert session.empty_trash() == 0
    assert session.undo_stack.count() == 1
    session.delete_annotation(made.id)
    with qtbot.waitSignal(session.undo_cleared) as cleared:
        assert session.empty_trash() == 1
    assert cleared.args == [UndoCleared.TRASH_EMPTIED]
    assert session.undo_stack.count() == 0
    with qtbot.assertNotEmitted(session.undo_cleared):
        session.empty_trash()  # nothing left to lose: nothing to say


def test_emptying_the_trash_on_a_full_disk_leaves_all_of_it_there(
    session: LibrarySession, speech_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The notes went in one transaction, the collections in another: a disk full at the
    collections left the trash half emptied."""
    made = session.add_highlight(speech_id, 3, 9, "yellow")
    session.delete_annotation(made.id)
    collection_id = session.collections()[0].id
    session.trash_collection(collection_id)

    def full(*_args: object, **_kwargs: object) -> int:
        raise LibraryError("database or disk is full", code="disk-full")

    monkeypatch.setattr(session._library.store, "delete_collection", full)
    with pytest.raises(LibraryError):
        session.empty_trash()
    assert session.annotation(made.id).deleted is not None, "still in the trash"
    assert [c.id for c in session.trashed_collections()] == [collection_id]
    assert session.undo_stack.count() == 3, "nothing went: the steps stay"
