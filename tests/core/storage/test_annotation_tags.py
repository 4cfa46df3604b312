"""AnnotationTags (the store's tags): many to many, normalised, counted, added and removed."""

from __future__ import annotations

from desktop.core.storage.library import Library


def test_tags_are_many_to_many_and_normalised(library: Library, speech: tuple[int, str]) -> None:
    speech_id, _text = speech
    first = library.annotations.create(speech_id, start=1, end=5, tags=[" 金句 ", "Data", "data"])
    second = library.annotations.create(speech_id, start=6, end=9, tags=["金句"])
    assert first.tags == ("金句", "Data"), "in the order typed, the first spelling kept"
    assert library.annotations.tag_counts() == {"Data": 1, "金句": 2}
    library.annotations.add_tag(second.id, "开头")
    library.annotations.remove_tag(first.id, "DATA")
    assert library.annotations.get(first.id).tags == ("金句",)
    assert library.annotations.get(second.id).tags == ("金句", "开头"), "a new tag comes last"
    assert library.annotations.tag_counts() == {"开头": 1, "金句": 2}
