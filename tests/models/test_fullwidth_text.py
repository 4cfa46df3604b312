"""Texts as the full-width option shows them: a context cut into columns keeps its cuts."""

from __future__ import annotations

from desktop.models.fullwidth_text import shown_parts, shown_text


def test_off_shows_the_text_itself() -> None:
    assert shown_text("环节,确保", False) == "环节,确保"
    assert shown_parts(("环节,", "确保", "(试点)"), False) == ("环节,", "确保", "(试点)")


def test_parts_are_converted_as_one_text_and_cut_at_the_same_places() -> None:
    # The mark at a cut sees its neighbour across it: "确保" decides the comma before it.
    parts = ("𠮷祥,", "确保", "(试点)2,000")
    shown = shown_parts(parts, True)
    assert shown == ("𠮷祥，", "确保", "（试点）2,000")
    assert [len(part) for part in shown] == [len(part) for part in parts]
    assert shown_parts(("a,", "b", ""), True) == ("a,", "b", "")
