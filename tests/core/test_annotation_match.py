"""Tests for desktop/core/annotation_match.py: what the annotations dock's filters match."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.annotation_match import (
    AnnotationCriteria,
    fold,
    search_text,
    search_texts,
)
from desktop.core.note_reading import note_reading
from tests.models.factory import changed, make_annotation

_words = st.text(st.characters(categories=("L", "N", "P")), min_size=1)
_notes = st.lists(
    st.sampled_from(
        [
            "**",
            "*",
            "_",
            "___",
            "`",
            "[a](https://x.cn)",
            "https://x.cn",
            "# ",
            "> ",
            "- ",
            "+ ",
            "1. ",
            "2) ",
            "---",
            "===",
            "\\*",
            "\\",
            "\n",
            " ",
            "\t",
            "效能",
            "a",
            "3.5",
            "＊",
            "＃ ",
        ]
    )
).map("".join)
"""Notes of Markdown's marks among words, spaces and line breaks (and look-alikes)."""


def _text(words: str) -> AnnotationCriteria:
    return AnnotationCriteria(words=AnnotationCriteria.words_of(words))


def test_the_text_filter_searches_quote_note_and_tags() -> None:
    annotation = make_annotation(quote="效能革命", note="可用于 ABC 材料", tags=("金句",))
    for found in ("效能", "abc", "ＡＢＣ", "金句", "革命 材料 金句"):
        assert _text(found).accepts(annotation), found
    for missing in ("两到位", "效能 两到位", "金句一则"):
        assert not _text(missing).accepts(annotation), missing


def test_a_tag_typed_as_the_exports_write_it_finds_it() -> None:
    annotation = make_annotation(quote="没有农业农村的现代化", tags=("乡村振兴", "金句"))
    for found in ("#乡村振兴", "＃乡村振兴", "#金句 现代化", "乡村振兴"):
        assert _text(found).accepts(annotation), found
    assert not _text("#现代化").accepts(annotation), "a # asks for a tag, not the quote's words"


def test_colours_and_tags_narrow_and_an_empty_filter_takes_all() -> None:
    yellow = make_annotation(color="yellow", tags=("提法",))
    green = make_annotation(color="green", tags=("金句",))
    assert not AnnotationCriteria().is_active()
    assert [AnnotationCriteria().accepts(a) for a in (yellow, green)] == [True, True]
    by_colour = AnnotationCriteria(colors=frozenset({"green"}))
    assert [by_colour.accepts(a) for a in (yellow, green)] == [False, True]
    by_tag = AnnotationCriteria(tag="提法")
    assert [by_tag.accepts(a) for a in (yellow, green)] == [True, False]
    assert AnnotationCriteria(tag="abc").accepts(changed(yellow, tags=("ABC",))), "case-blind"


def test_the_text_given_is_what_is_searched() -> None:
    # The worker folds each annotation's text once; a filter pass only looks words up in it.
    annotation = make_annotation(quote="效能革命")
    assert _text("效能").accepts(annotation, search_text(annotation))
    assert not _text("效能").accepts(annotation, "别的文字")


def test_search_texts_keep_the_version_folded() -> None:
    first = make_annotation(quote="ＡＢＣ", note="Ｎｏｔｅ", tags=("Tag",))
    second = make_annotation(quote="效能")
    texts = search_texts([first, second])
    assert texts[first.id][0] is first
    assert texts[first.id][1] == "abc note #tag"
    assert search_text(first) == "abc note #tag"
    assert texts[second.id] == (second, fold("效能 "))


@given(quote=_words, note=_words, tag=_words)
def test_every_word_of_quote_note_and_tags_is_found(quote: str, note: str, tag: str) -> None:
    annotation = make_annotation(quote=quote, note=note, tags=(tag,))
    for part in (quote, note_reading(note), tag):  # the note as it reads
        assert _text(part).accepts(annotation), part


def test_a_note_is_searched_as_it_reads_as_the_library_s_search_reads_it() -> None:
    # Its raw Markdown was searched: typing ** found every bold note, and the words on either
    # side of a mark (重点**在于) were not found together, unlike in the library's search.
    annotation = make_annotation(
        quote="效能革命", note="**重点**在于*落实*\n\n- [原文](https://x.cn)"
    )
    for found in ("重点在于落实", "原文", "效能 落实"):
        assert _text(found).accepts(annotation), found
    for missing in ("**", "*落实*", "[原文]", "https", "-"):
        assert not _text(missing).accepts(annotation), missing
    tagged = make_annotation(note="**粗体**", tags=("金句",))
    assert _text("#金句 粗体").accepts(tagged), "tags as before"


@given(quote=_words, note=_notes)
def test_a_note_is_searched_as_note_reading_reads_it(quote: str, note: str) -> None:
    # A note without a mark is searched as typed (no regex work per line): the same words.
    annotation = make_annotation(quote=quote, note=note)
    assert search_text(annotation).split() == fold(f"{quote} {note_reading(note)}").split()
