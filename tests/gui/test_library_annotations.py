"""Tests for desktop/gui/library_annotations.py: the worker's read of "all speeches"."""

from __future__ import annotations

from pathlib import Path

from desktop.core.annotation_groups import ORPHANS
from desktop.core.annotation_match import search_text
from desktop.core.storage.library import open_library
from desktop.gui.library_annotations import read_library_annotations
from desktop.gui.library_worker import Cancellation


def test_the_read_comes_sorted_grouped_and_named(library_path: Path) -> None:
    library = open_library(library_path)
    try:
        order = library.store.speech_order()
        second, first = order[1], order[0]
        late = library.annotations.create(second, start=40, end=44, color="yellow")
        early = library.annotations.create(second, start=2, end=6, color="yellow")
        other = library.annotations.create(first, start=10, end=12, color="green")
        loaded = read_library_annotations(library, Cancellation())
    finally:
        library.close()
    assert list(loaded.titles)[: len(order)] == order, "labels in library order"
    assert all(loaded.titles[speech] for speech in order)
    assert [key for key, _members in loaded.grouped.groups] == [first, second]
    assert ORPHANS not in dict(loaded.grouped.groups)
    ids = [[a.id for a in members] for _key, members in loaded.grouped.groups]
    assert ids == [[other.id], [early.id, late.id]]
    grouped = [a for _key, members in loaded.grouped.groups for a in members]
    assert {a.id: (a, search_text(a)) for a in grouped} == loaded.search_texts, "folded here"
