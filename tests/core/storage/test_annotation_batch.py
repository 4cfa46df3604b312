"""apply_batch: many annotations trashed, restored and replaced in one transaction."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.annotation import Annotation, TextQuote
from desktop.core.errors import LibraryError
from desktop.core.storage.annotation_batch import AnnotationBatch, apply_batch
from desktop.core.storage.library import Library, open_library


def _three(library: Library) -> list[Annotation]:
    """Three highlights on two speeches."""
    first, second = (s.id for s in library.store.speeches(1)[:2])
    return [
        library.annotations.create(first, start=10, end=20),
        library.annotations.create(first, start=30, end=40, note="要点"),
        library.annotations.create(second, start=5, end=9, color="green"),
    ]


def _live_ids(library: Library) -> set[str]:
    return {a.id for a in library.annotations.annotations()}


def test_trashing_and_restoring_round_trip_and_persist(
    library: Library, library_path: Path
) -> None:
    made = _three(library)
    ids = tuple(a.id for a in made)
    done, speeches = apply_batch(library, AnnotationBatch(trash=ids))
    assert done == AnnotationBatch(trash=ids)
    assert speeches == {made[0].speech_id, made[2].speech_id}
    assert _live_ids(library) == set()
    assert {a.id for a in library.annotations.trash()} == set(ids)
    with open_library(library_path, create=False, daily_backup=False) as other:
        assert {a.id for a in other.annotations.trash()} == set(ids)
    back, _ = apply_batch(library, done.inverse())
    assert back == AnnotationBatch(restore=ids)
    assert [library.annotations.get(key) for key in ids] == made


def test_only_what_the_library_still_expects_is_changed(library: Library) -> None:
    kept_live, trashed, purged = _three(library)
    library.annotations.delete(trashed.id)
    library.annotations.purge(purged.id)
    done, _ = apply_batch(
        library, AnnotationBatch(trash=(kept_live.id, trashed.id, purged.id), restore=())
    )
    assert done.trash == (kept_live.id,), "one already trashed, one gone: left alone"
    again, speeches = apply_batch(library, AnnotationBatch(trash=(kept_live.id,)))
    assert (len(again), speeches) == (0, set())


def test_a_replacement_puts_the_state_back_and_its_inverse_the_change(library: Library) -> None:
    original = _three(library)[1]
    edited = library.annotations.set_note(original.id, "改过的要点")
    done, _ = apply_batch(library, AnnotationBatch(replace=((edited, original),)))
    assert library.annotations.get(original.id) == original
    assert done.replace == ((edited, original),)
    apply_batch(library, done.inverse())
    assert library.annotations.get(original.id) == edited


def test_an_annotation_changed_since_is_not_replaced(library: Library) -> None:
    original = _three(library)[1]
    edited = library.annotations.set_note(original.id, "改过的要点")
    changed_since = library.annotations.set_color(original.id, "pink")
    done, _ = apply_batch(library, AnnotationBatch(replace=((edited, original),)))
    assert done.replace == ()
    assert library.annotations.get(original.id) == changed_since


def test_a_failure_half_way_changes_nothing(library: Library) -> None:
    first, second, third = _three(library)
    broken = replace(second, color="no such colour")
    batch = AnnotationBatch(trash=(first.id,), replace=((second, broken),), restore=())
    with pytest.raises(LibraryError):
        apply_batch(library, batch)
    assert _live_ids(library) == {first.id, second.id, third.id}
    assert library.annotations.get(second.id) == second


def test_the_inverse_of_the_inverse_is_the_batch() -> None:
    one = Annotation("a", 1, "note", 0, 1, TextQuote("要", "", "点"), "hash")
    two = replace(one, note="新")
    batch = AnnotationBatch(trash=("x",), restore=("y", "z"), replace=((one, two),))
    assert batch.inverse() == AnnotationBatch(
        trash=("y", "z"), restore=("x",), replace=((two, one),)
    )
    assert batch.inverse().inverse() == batch
    assert len(batch) == 4
    assert not AnnotationBatch()
