"""Tests for desktop/core/storage/annotation_placing.py, and accepting places through the store.

The moved and fuzzy annotations are made as a user gets them: a highlight on an imported
speech, then a re-import of a changed version of the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.anchoring import ORPHANED, Anchor
from desktop.core.annotation import AnchorState, Annotation, TextQuote
from desktop.core.document import text_hash
from desktop.core.errors import LibraryError
from desktop.core.imported import ImportedDocument
from desktop.core.storage import annotation_placing
from desktop.core.storage.annotation_placing import (
    AcceptRefusal,
    accepted,
    can_accept,
    place,
    refusal_to_accept,
)
from desktop.core.storage.library import Library, open_library
from tests.core.storage.documents import make_document, sample_paragraphs

MARKED = "效率就是生产力"
CHANGED = "效率就是战斗力"
KEPT = "时间就是金钱"
LEAD = "我们常说，时间就是金钱，"
TAIL = "，这是多年来反复证明了的道理，大家一定要记住。"


def _document(phrase: str, *, moved_up: bool = False) -> ImportedDocument:
    """One speech holding ``phrase``; ``moved_up`` puts its paragraph first, above the one
    it followed (text put before it would leave it anchored: its words untouched)."""
    paragraphs = sample_paragraphs()
    body = [paragraphs[0], LEAD + phrase + TAIL, paragraphs[1]]
    if moved_up:
        body.insert(0, body.pop(1))
    return make_document([body], source="/data/效率.txt")


@pytest.fixture
def reimported(library_path: Path) -> Iterator[tuple[Library, dict[str, Annotation]]]:
    """Highlights on KEPT, MARKED and the first paragraph's opening words, then a re-import
    that moves their paragraph up and changes MARKED: by name, as stored after it."""
    library = open_library(library_path, seed=lambda: _document(MARKED))
    speech_id = library.store.speeches(1)[0].id
    text = library.store.speech_text(speech_id)
    made = {}
    for word in (KEPT, MARKED):
        start = text.index(word)
        made[word] = library.annotations.create(speech_id, start=start, end=start + len(word))
    made["orphan"] = library.annotations.create(speech_id, start=1, end=5, note="保留")
    library.store.import_document(_document(CHANGED, moved_up=True))
    with library.db.transaction() as conn:  # its words are gone from a later version
        conn.execute(
            "UPDATE annotations SET state = 'orphaned', start_pos = NULL, end_pos = NULL"
            " WHERE id = ?",
            (made["orphan"].id,),
        )
    yield library, {name: library.annotations.get(a.id) for name, a in made.items()}
    library.close()


def test_the_reimport_makes_one_moved_and_one_fuzzy(
    reimported: tuple[Library, dict[str, Annotation]],
) -> None:
    _library, found = reimported
    assert found[KEPT].state == AnchorState.MOVED
    assert found[MARKED].state == AnchorState.FUZZY
    assert (found[MARKED].exact, found[MARKED].marked_quote) == (CHANGED, MARKED)


def test_accepting_anchors_moved_and_fuzzy_where_they_stand(
    reimported: tuple[Library, dict[str, Annotation]], library_path: Path
) -> None:
    library, found = reimported
    moved, fuzzy = found[KEPT], found[MARKED]
    ids = [moved.id, fuzzy.id, found["orphan"].id, "no-such-id", moved.id]
    changed = library.annotations.accept_places(ids)
    assert [(before.id, before.state) for before, _after in changed] == [
        (moved.id, AnchorState.MOVED),
        (fuzzy.id, AnchorState.FUZZY),
    ]
    text = library.store.speech_text(moved.speech_id)
    for before, after in changed:
        assert after == library.annotations.get(before.id)
        assert after.state == AnchorState.ANCHORED
        assert (after.start, after.end) == (before.start, before.end)
        assert after.quote == TextQuote.from_text(text, after.start, after.end)
        assert after.text_hash == text_hash(text)
        assert after.modified > before.modified
    assert changed[1][1].marked_quote == MARKED, "the words first marked are still known"
    assert library.annotations.get(found["orphan"].id) == found["orphan"], "orphans reattach"
    assert library.annotations.accept_places(ids) == [], "anchored already"
    with open_library(library_path, create=False, daily_backup=False) as other:
        assert other.annotations.get(fuzzy.id).state == AnchorState.ANCHORED


def test_accepting_several_is_one_transaction(
    reimported: tuple[Library, dict[str, Annotation]],
) -> None:
    library, found = reimported
    statements: list[str] = []
    library.db._conn.set_trace_callback(statements.append)
    try:
        library.annotations.accept_places([found[KEPT].id, found[MARKED].id])
    finally:
        library.db._conn.set_trace_callback(None)
    assert [s for s in statements if s.startswith(("BEGIN", "COMMIT"))] == [
        "BEGIN IMMEDIATE",
        "COMMIT",
    ]


def test_a_failure_midway_leaves_every_annotation_as_it_was(
    reimported: tuple[Library, dict[str, Annotation]], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, found = reimported
    real = annotation_placing.accepted
    calls: list[str] = []

    def failing_second(annotation: Annotation, text: str) -> Annotation:
        calls.append(annotation.id)
        if len(calls) == 2:
            raise LibraryError("disk full", code="io")
        return real(annotation, text)

    monkeypatch.setattr(annotation_placing, "accepted", failing_second)
    with pytest.raises(LibraryError):
        library.annotations.accept_places([found[KEPT].id, found[MARKED].id])
    assert library.annotations.get(found[KEPT].id) == found[KEPT]
    assert library.annotations.get(found[MARKED].id) == found[MARKED]


def test_only_a_live_moved_or_fuzzy_range_can_be_accepted(
    reimported: tuple[Library, dict[str, Annotation]],
) -> None:
    _library, found = reimported
    moved = found[KEPT]
    assert can_accept(moved)
    assert can_accept(found[MARKED])
    for refused in (
        replace(moved, state=AnchorState.ANCHORED),
        found["orphan"],
        replace(moved, deleted="2026-01-01T00:00:00.000000Z"),
        replace(moved, start=None, end=None),
    ):
        assert not can_accept(refused)
        with pytest.raises(LibraryError) as raised:
            accepted(refused, "x" * 1000)
        assert raised.value.code == "invalid"


def test_a_range_outside_the_text_is_refused(
    reimported: tuple[Library, dict[str, Annotation]],
) -> None:
    moved = reimported[1][KEPT]
    with pytest.raises(LibraryError) as raised:
        accepted(moved, "短")
    assert raised.value.code == "invalid"


def test_place_settles_the_state_and_quotes_the_new_text() -> None:
    text = "前言。今年的目标是效率就是战斗力，大家记住。"
    start = text.index("效率")
    anchor = Anchor(start, start + 7, AnchorState.ANCHORED, 1.0)
    placed = place(anchor, start - 3, (MARKED, None), text)
    assert (placed.state, placed.start, placed.end) == (AnchorState.MOVED, start, start + 7)
    assert placed.quote == TextQuote.from_text(text, start, start + 7)
    assert placed.marked_quote == MARKED
    same = place(anchor, start, ("效率就是战斗力", None), text)
    assert (same.state, same.marked_quote) == (AnchorState.ANCHORED, None)
    # Mapped by the diff onto the same words, untouched: only text before them changed.
    untouched = Anchor(start, start + 7, AnchorState.ANCHORED, 1.0, untouched=True)
    assert place(untouched, start - 3, ("效率就是战斗力", None), text).state == AnchorState.ANCHORED


def test_place_orphans_an_annotation_not_found() -> None:
    placed = place(ORPHANED, 4, (MARKED, None), "别的文字")
    assert placed.state == AnchorState.ORPHANED
    assert (placed.start, placed.end, placed.quote, placed.marked_quote) == (None,) * 4


def test_each_refusal_to_accept_says_why(
    reimported: tuple[Library, dict[str, Annotation]],
) -> None:
    _library, found = reimported
    moved = found[KEPT]
    trashed = replace(moved, deleted="2026-01-01T00:00:00.000000Z")
    assert refusal_to_accept(moved) is None
    assert refusal_to_accept(found[MARKED]) is None
    assert refusal_to_accept(None) == AcceptRefusal.UNKNOWN
    assert refusal_to_accept(trashed) == AcceptRefusal.TRASHED
    assert refusal_to_accept(replace(trashed, state=AnchorState.ANCHORED)) == AcceptRefusal.TRASHED
    assert refusal_to_accept(found["orphan"]) == AcceptRefusal.NOT_FOUND_ELSEWHERE
    assert refusal_to_accept(replace(moved, state=AnchorState.ANCHORED)) == (
        AcceptRefusal.NOT_FOUND_ELSEWHERE
    )
    assert refusal_to_accept(replace(moved, start=None, end=None)) == AcceptRefusal.NO_RANGE


def test_place_takes_back_the_words_first_marked_where_they_stand_again() -> None:
    text = "我们常说，效率就是生产力的根本要求，大家记住。"
    start = text.index("效率")
    narrowed = Anchor(start, start + 8, AnchorState.FUZZY, 0.7)  # 效率就是生产力的
    placed = place(narrowed, start, ("效率就是生产力的", "效率就是生产力的根本要求"), text)
    assert (placed.start, placed.end) == (start, start + 12)
    assert placed.quote is not None
    assert placed.quote.exact == "效率就是生产力的根本要求"
    assert (placed.state, placed.marked_quote) == (AnchorState.ANCHORED, None)


def test_place_leaves_a_match_whose_marked_words_stand_elsewhere() -> None:
    text = "效率就是生产力的根本要求。另外，效率就是生产力的体现。"
    start = text.index("效率", 5)
    narrowed = Anchor(start, start + 8, AnchorState.FUZZY, 0.7)
    placed = place(narrowed, start, ("效率就是生产力的", "效率就是生产力的根本要求"), text)
    assert (placed.start, placed.end, placed.state) == (start, start + 8, AnchorState.FUZZY)
    assert placed.marked_quote == "效率就是生产力的根本要求"


def test_a_highlight_narrowed_by_an_edit_gets_its_words_back_when_the_edit_is_undone(
    library_path: Path,
) -> None:
    marked = "效率就是生产力的根本要求"
    library = open_library(library_path, seed=lambda: _document(marked))
    try:
        speech_id = library.store.speeches(1)[0].id
        start = library.store.speech_text(speech_id).index(marked)
        made = library.annotations.create(speech_id, start=start, end=start + len(marked))
        library.store.import_document(_document("效率就是生产力的关键"))
        narrowed = library.annotations.get(made.id)
        assert narrowed.state == AnchorState.FUZZY
        assert narrowed.marked_quote == marked
        library.store.import_document(_document(marked))
        back = library.annotations.get(made.id)
        assert (back.start, back.end, back.exact) == (start, start + len(marked), marked)
        assert back.marked_quote is None
    finally:
        library.close()
