"""Deleting pieces of a line while keeping where each piece was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing.edits import EditedText


def test_cuts_keep_their_text_and_final_position() -> None:
    edit = EditedText("ab[x]cd[yy]e")
    edit.delete([(2, 5, "k"), (7, 11, "k")])
    assert edit.text == "abcde"
    assert [(cut.text, cut.position) for cut in edit.cuts] == [("[x]", 2), ("[yy]", 4)]


def test_later_deletions_shift_earlier_cuts() -> None:
    edit = EditedText("  ab[x] cd")
    edit.delete([(4, 7, "noise")])
    edit.delete([(4, 5, "space")])  # the space, now at 4 after "  ab"
    edit.strip(" ")
    assert edit.text == "abcd"
    assert [(cut.kind, cut.position) for cut in edit.cuts] == [("noise", 2), ("space", 2)]


def test_overlapping_spans_are_deleted_once() -> None:
    edit = EditedText("abcdef")
    edit.delete([(1, 4, "a"), (2, 5, "b")])
    assert edit.text == "af"


@given(
    st.text(max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=5)
)
def test_reinserting_cuts_rebuilds_the_original(text: str, pairs: list[tuple[int, int]]) -> None:
    edit = EditedText(text)
    edit.delete([(min(a, b), max(a, b), "k") for a, b in pairs])
    rebuilt = edit.text
    for cut in reversed(edit.cuts):
        rebuilt = rebuilt[: cut.position] + cut.text + rebuilt[cut.position :]
    assert rebuilt == text
