"""Which stored collection an import updates: the same file, or the same file moved.

A draft and its final version share a title and much of their text; while both files are on
disk they are two documents, and importing one never touches the other's collection.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.storage.document_import import source_still_readable
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.library_store import ImportStatus
from tests.core.storage.documents import make_document, sample_paragraphs

P = sample_paragraphs()
DRAFT = [P[0:3], P[3:6]]
FINAL = [P[0:3], [*P[3:5], "定稿时新加的一段话，说明了新的要求。"]]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """The draft (v1.txt) and the final version (v2.txt), both on disk."""
    draft, final = tmp_path / "v1.txt", tmp_path / "v2.txt"
    draft.write_text("草稿", encoding="utf-8")
    final.write_text("定稿", encoding="utf-8")
    return draft, final


@pytest.fixture
def draft_library(tmp_path: Path, files: tuple[Path, Path]) -> Iterator[Library]:
    """A library holding the draft (collection 1) with a note on its second speech."""
    with open_library(tmp_path / "lib" / "library.sqlite", seed=None) as library:
        library.store.import_document(make_document(DRAFT, source=str(files[0])))
        speech = library.store.speeches(1)[1]
        library.annotations.create(speech.id, start=10, end=20, note="草稿里的批注")
        yield library


def _texts(library: Library, collection_id: int) -> list[str]:
    return [library.store.speech_text(s.id) for s in library.store.speeches(collection_id)]


def test_a_second_file_of_the_same_title_is_a_new_collection(
    draft_library: Library, files: tuple[Path, Path]
) -> None:
    draft_texts = _texts(draft_library, 1)
    [before] = draft_library.annotations.annotations(draft_library.store.speeches(1)[1].id)
    report = draft_library.store.import_document(make_document(FINAL, source=str(files[1])))
    assert (report.status, report.collection_id) == (ImportStatus.CREATED, 2)
    assert _texts(draft_library, 1) == draft_texts
    assert draft_library.store.collection(1).source == str(files[0])
    [after] = draft_library.annotations.annotations(before.speech_id)
    assert (after.start, after.end, after.state, after.note) == (
        before.start,
        before.end,
        before.state,
        before.note,
    )


def test_a_moved_file_still_updates_its_collection(
    draft_library: Library, files: tuple[Path, Path], tmp_path: Path
) -> None:
    moved = tmp_path / "定稿" / "v1-renamed.txt"
    moved.parent.mkdir()
    files[0].rename(moved)
    report = draft_library.store.import_document(make_document(FINAL, source=str(moved)))
    assert (report.status, report.collection_id) == (ImportStatus.UPDATED, 1)
    assert draft_library.store.collection(1).source == str(moved)
    assert len(draft_library.store.collections()) == 1


def test_the_same_path_again_updates_even_while_the_file_is_there(
    draft_library: Library, files: tuple[Path, Path]
) -> None:
    report = draft_library.store.import_document(make_document(FINAL, source=str(files[0])))
    assert (report.status, report.collection_id) == (ImportStatus.UPDATED, 1)


def test_a_path_that_is_now_a_folder_counts_as_gone(
    draft_library: Library, files: tuple[Path, Path], tmp_path: Path
) -> None:
    files[0].unlink()
    files[0].mkdir()
    report = draft_library.store.import_document(make_document(FINAL, source=str(files[1])))
    assert (report.status, report.collection_id) == (ImportStatus.UPDATED, 1)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_stored_file_counts_as_gone(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("x", encoding="utf-8")
    locked.chmod(0)
    try:
        assert not source_still_readable(str(locked))
    finally:
        locked.chmod(0o600)


def test_a_source_is_readable_only_as_a_file_at_its_path(tmp_path: Path) -> None:
    present = tmp_path / "在.txt"
    present.write_text("x", encoding="utf-8")
    assert source_still_readable(str(present))
    assert not source_still_readable(str(tmp_path / "不在.txt"))
    assert not source_still_readable(str(tmp_path))
    assert not source_still_readable("")
    assert not source_still_readable(None)
    assert not source_still_readable("bad\0name")
