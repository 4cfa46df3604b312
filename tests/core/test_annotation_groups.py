"""Tests for desktop/core/annotation_groups.py: the dock's order, computed without Qt."""

from __future__ import annotations

from itertools import count

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, Annotation, TextQuote
from desktop.core.annotation_groups import (
    ORPHANS,
    annotation_key,
    group_annotations,
    speech_rank,
    speech_ranks,
)

_ids = count(1)


def _annotation(
    speech_id: int,
    start: int | None,
    *,
    state: str = AnchorState.ANCHORED,
    deleted: str | None = None,
    created: str = "2024-03-05T08:00:00.000000Z",
) -> Annotation:
    return Annotation(
        id=f"n{next(_ids):05d}",
        speech_id=speech_id,
        kind="highlight",
        start=start,
        end=None if start is None else start + 2,
        quote=TextQuote("发展", "", ""),
        text_hash="hash",
        color="yellow",
        state=state,
        created=created,
        modified=created,
        deleted=deleted,
    )


def test_one_speech_is_loose_rows_in_text_order_with_orphans_last() -> None:
    late, early = _annotation(1, 40), _annotation(1, 3)
    whole = _annotation(1, None)  # a note on the whole speech comes first
    lost = _annotation(1, 9, state=AnchorState.ORPHANED)
    grouped = group_annotations([late, lost, early, whole], {}, speech_id=1)
    assert grouped.loose == [whole, early, late]
    assert grouped.groups == [(ORPHANS, [lost])]


def test_one_speech_leaves_out_other_speeches_and_the_trash() -> None:
    mine, other = _annotation(1, 0), _annotation(2, 0)
    trashed = _annotation(1, 5, deleted="2024-03-06T08:00:00.000000Z")
    grouped = group_annotations([mine, other, trashed], {}, speech_id=1)
    assert grouped.loose == [mine]
    assert grouped.groups == []


def test_all_speeches_groups_by_speech_in_library_order() -> None:
    ranks = speech_ranks([7, 3, 5])
    a7, a3, a5 = _annotation(7, 0), _annotation(3, 10), _annotation(5, 0)
    a3_first = _annotation(3, 1)
    unknown = _annotation(1, 0)  # not in the order (yet): after the known speeches
    grouped = group_annotations([a5, unknown, a3, a7, a3_first], ranks, all_speeches=True)
    assert grouped.loose == []
    assert grouped.groups == [(7, [a7]), (3, [a3_first, a3]), (5, [a5]), (1, [unknown])]


def test_orphans_of_every_speech_share_one_group_in_library_order() -> None:
    ranks = speech_ranks([2, 1])
    lost_1 = _annotation(1, 0, state=AnchorState.ORPHANED)
    lost_2 = _annotation(2, 50, state=AnchorState.ORPHANED)
    kept = _annotation(1, 4)
    grouped = group_annotations([lost_1, kept, lost_2], ranks, all_speeches=True)
    assert grouped.groups == [(1, [kept]), (ORPHANS, [lost_2, lost_1])]
    assert grouped.count() == 3


def test_ties_fall_to_age_then_id() -> None:
    newer = _annotation(1, 5, created="2024-03-05T09:00:00.000000Z")
    older = _annotation(1, 5, created="2024-03-05T08:00:00.000000Z")
    assert group_annotations([newer, older], {}, speech_id=1).loose == [older, newer]


_annotations = st.lists(
    st.builds(
        _annotation,
        st.integers(1, 6),
        st.one_of(st.none(), st.integers(0, 50)),
        state=st.sampled_from([AnchorState.ANCHORED, AnchorState.ORPHANED]),
        deleted=st.sampled_from([None, "2024-03-06T08:00:00.000000Z"]),
    ),
    max_size=40,
)


@given(_annotations, st.permutations(range(1, 5)))
def test_all_speeches_keeps_every_live_annotation_once_in_order(
    annotations: list[Annotation], order: list[int]
) -> None:
    ranks = speech_ranks(order)
    grouped = group_annotations(annotations, ranks, all_speeches=True)
    listed = [a for _key, members in grouped.groups for a in members]
    assert sorted(a.id for a in listed) == sorted(a.id for a in annotations if a.deleted is None)
    keys = [key for key, _members in grouped.groups]
    assert ORPHANS not in keys[:-1]
    speech_keys = [key for key in keys if key != ORPHANS]
    ranked = [speech_rank(ranks, int(key)) for key in speech_keys]
    assert ranked == sorted(ranked)
    for key, members in grouped.groups:
        assert members
        assert members == sorted(members, key=lambda a: annotation_key(a, ranks))
        assert all((a.state == AnchorState.ORPHANED) == (key == ORPHANS) for a in members)
