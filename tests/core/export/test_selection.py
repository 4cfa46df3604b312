"""Choosing what to export from a real library: scopes, filters, reading order, titles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import CancelledError, LibraryError
from desktop.core.export import labels, render
from desktop.core.export.model import ExportFilter
from desktop.core.export.reading import LibraryReader
from desktop.core.export.selection import ExportScope, select
from desktop.core.export.words import CHINESE_WORDS, ENGLISH_WORDS, ExportWords
from desktop.core.storage.library import Library
from tests.core.export.readback import docx_text
from tests.core.export.stored_library import StoredLibrary, build_stored_library


@pytest.fixture
def stored(tmp_path: Path) -> StoredLibrary:
    """Two imported speeches with annotations of every kind, and a true orphan."""
    return build_stored_library(tmp_path / "stored")


@pytest.fixture
def library(stored: StoredLibrary) -> Iterator[Library]:
    """The stored library, open."""
    with stored.open() as opened:
        yield opened


def test_the_whole_library_in_reading_order(stored: StoredLibrary, library: Library) -> None:
    reader = LibraryReader(library)
    selection = select(reader, ExportScope())
    assert [s.id for s in selection.speeches] == [stored.reform.id, stored.style.id]
    assert selection.annotation_count == len(stored.notes)
    assert selection.annotated_speech_count == 2
    assert selection.title == CHINESE_WORDS.all_notes
    data = selection.export_set(reader, with_text=False)
    keys = [item.reading_key for item in data.items]
    assert keys == sorted(keys)
    assert [item.speech.id for item in data.items][0] == stored.reform.id


def test_the_library_s_annotations_of_some_tags_are_titled_by_them(
    stored: StoredLibrary, library: Library
) -> None:
    """One tag's passages for a draft's appendix: not titled "all annotations"."""
    reader = LibraryReader(library)
    selection = select(reader, ExportScope(), ExportFilter(tags=frozenset({"金句", "提法"})))
    assert selection.title == "标签为“提法”或“金句”的批注"
    english = select(
        reader, ExportScope(), ExportFilter(tags=frozenset({"提法"})), words=ENGLISH_WORDS
    )
    assert english.title == "Annotations Tagged #提法"
    coloured = select(reader, ExportScope(), ExportFilter(colors=frozenset({"yellow"})))
    assert coloured.title == "黄色批注"  # some of them, not all: named by what they are
    dated = select(reader, ExportScope(), ExportFilter(date_from="2024-01-01"))
    assert dated.title == CHINESE_WORDS.notes


def test_an_export_chosen_by_a_tag_and_a_colour_is_titled_by_both(
    stored: StoredLibrary, library: Library
) -> None:
    """The tag alone said less than the export holds: its yellow #金句, not all its #金句."""
    reader = LibraryReader(library)
    chosen = ExportFilter(tags=frozenset({"金句"}), colors=frozenset({"yellow"}))
    assert select(reader, ExportScope(), chosen).title == "标签为“金句”的黄色批注"
    english = select(reader, ExportScope(), chosen, words=ENGLISH_WORDS)
    assert english.title == "Yellow Annotations Tagged #金句"
    scope = ExportScope(speech_ids=(stored.style.id,))
    in_speech = select(reader, scope, chosen)
    assert in_speech.title == f"《{stored.style.title}》中标签为“金句”的黄色批注"
    in_english = select(reader, scope, chosen, words=ENGLISH_WORDS)
    assert in_english.title == f"Yellow Annotations Tagged #金句 in 《{stored.style.title}》"


def test_every_choice_of_the_filter_is_named_in_the_title(
    stored: StoredLibrary, library: Library
) -> None:
    reader = LibraryReader(library)
    scope = ExportScope(speech_ids=(stored.style.id,))
    title = f"《{stored.style.title}》"
    chosen = ExportFilter(
        tags=frozenset({"提法"}),
        colors=frozenset({"yellow", "green", "blue"}),
        kinds=frozenset({"highlight"}),
        words=("效能",),
    )
    assert select(reader, scope, chosen).title == (
        f"{title}中标签为“提法”、含“效能”的黄色、绿色或蓝色高亮"
    )
    assert select(reader, scope, chosen, words=ENGLISH_WORDS).title == (
        f"Yellow, Green or Blue Highlights Tagged #提法 Containing “效能” in {title}"
    )
    colours = ExportFilter(colors=frozenset({"pink", "yellow"}))
    assert select(reader, scope, colours).title == f"{title}中的黄色或粉色批注"
    notes = ExportFilter(kinds=frozenset({"note", "speech-note"}), words=("改革", "开放"))
    assert select(reader, ExportScope(), notes).title == "含“改革”“开放”的批注或全文批注"
    assert select(reader, ExportScope(), notes, words=ENGLISH_WORDS).title == (
        "Notes or Notes on Whole Speeches Containing “改革” and “开放”"
    )
    every_kind = ExportFilter(kinds=frozenset({"highlight", "note", "section-note", "speech-note"}))
    assert select(reader, scope, every_kind).title == stored.style.title, "no choice made"


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (CHINESE_WORDS, "含“GDP”“ＡＩ”的批注"),
        (ENGLISH_WORDS, "Annotations Containing “GDP” and “ＡＩ”"),
    ],
)
def test_a_title_names_the_words_as_typed_not_as_matched(
    library: Library, words: ExportWords, title: str
) -> None:
    """The fold (gdp, ai) is for matching only: the title says what the user typed."""
    chosen = ExportFilter(words=("GDP", "ＡＩ"))
    assert select(LibraryReader(library), ExportScope(), chosen, words=words).title == title


def test_a_speech_s_or_collection_s_annotations_of_some_tags_name_both(
    stored: StoredLibrary, library: Library
) -> None:
    """#金句 of one collection is not the collection's notes: the title says which they are."""
    reader = LibraryReader(library)
    tagged = ExportFilter(tags=frozenset({"金句"}))
    collection = library.store.collection(stored.reform.collection_id)
    in_collection = select(reader, ExportScope(collection_ids=(collection.id,)), tagged)
    assert in_collection.title == f"《{collection.title}》中标签为“金句”的批注"
    in_speech = select(
        reader, ExportScope(speech_ids=(stored.style.id,)), tagged, words=ENGLISH_WORDS
    )
    assert in_speech.title == f"Annotations Tagged #金句 in 《{stored.style.title}》"
    both = select(reader, ExportScope(speech_ids=(stored.reform.id, stored.style.id)), tagged)
    assert both.title == f"《{stored.reform.title}》等2篇中标签为“金句”的批注"


def test_a_speech_scope_is_titled_by_the_speech(stored: StoredLibrary, library: Library) -> None:
    selection = select(LibraryReader(library), ExportScope(speech_ids=(stored.style.id,)))
    assert [s.id for s in selection.speeches] == [stored.style.id]
    assert selection.title == stored.style.title
    assert {a.speech_id for a in selection.annotations} == {stored.style.id}


def test_a_collection_scope_is_titled_by_the_collection(
    stored: StoredLibrary, library: Library
) -> None:
    collection = library.store.collection(stored.reform.collection_id)
    selection = select(LibraryReader(library), ExportScope(collection_ids=(collection.id,)))
    assert selection.title == collection.title
    assert [s.id for s in selection.speeches] == [stored.reform.id]


def test_several_speeches_are_named_after_the_first(
    stored: StoredLibrary, library: Library
) -> None:
    scope = ExportScope(speech_ids=(stored.style.id, stored.reform.id, stored.style.id))
    selection = select(LibraryReader(library), scope)
    assert [s.id for s in selection.speeches] == [stored.reform.id, stored.style.id]
    assert selection.title == labels.several_speeches_title(stored.reform.title, 2)


@pytest.mark.parametrize(
    ("scope", "words"),
    [
        (ExportScope(speech_ids=(404,)), "no speech with id 404"),
        (ExportScope(collection_ids=(404,)), "no collection with id 404"),
    ],
)
def test_unknown_ids_are_not_found(library: Library, scope: ExportScope, words: str) -> None:
    with pytest.raises(LibraryError) as caught:
        select(LibraryReader(library), scope)
    assert caught.value.code == "not-found"
    assert words in str(caught.value)


def test_the_filter_applies_and_text_formats_keep_every_speech(
    stored: StoredLibrary, library: Library
) -> None:
    reader = LibraryReader(library)
    selection = select(reader, ExportScope(), ExportFilter(colors=frozenset({"purple"})))
    assert [a.quote.exact for a in selection.annotations] == ["一锤接着一锤敲"]
    notes_only = selection.export_set(reader, with_text=False)
    assert [c.record.id for c in notes_only.speeches] == [stored.style.id]
    with_text = selection.export_set(reader, with_text=True)
    assert [c.record.id for c in with_text.speeches] == [stored.reform.id, stored.style.id]
    assert [item.annotation.quote.exact for item in with_text.items] == ["一锤接着一锤敲"]
    first = selection.export_set(reader, with_text=True, speech_limit=1)
    assert [c.record.id for c in first.speeches] == [stored.reform.id]


def test_section_paths_come_from_the_stored_outline(
    stored: StoredLibrary, library: Library
) -> None:
    reader = LibraryReader(library)
    data = select(reader, ExportScope(speech_ids=(stored.reform.id,))).export_set(
        reader, with_text=False
    )
    paths = {item.annotation.quote.exact: item.section_path for item in data.items}
    assert paths["效能是发展的保障"] == (
        "一、提高认识，把握效能革命的重大意义",
        "（一）效能革命是发展的需要",
    )
    assert paths[stored.orphan.quote] == ()


def test_a_cancel_stops_the_selection(library: Library) -> None:
    with pytest.raises(CancelledError):
        select(LibraryReader(library), ExportScope(), cancel=lambda: True)


TYPED = ("要点", "经济数据", "引文")
"""Tags in the order a user typed them: the reverse of their order by code point."""


@pytest.mark.parametrize("name", ["md", "html", "docx", "csv", "json"])
def test_each_format_writes_the_tags_in_the_order_typed(library: Library, name: str) -> None:
    tagged = next(a for a in library.annotations.annotations() if a.exact == "政务服务中心建设")
    library.annotations.set_tags(tagged.id, TYPED)
    reader = LibraryReader(library)
    data = select(reader, ExportScope()).export_set(reader, with_text=False)
    written = render(name, data)
    text = docx_text(written) if name == "docx" else written.decode("utf-8")
    assert [text.count(tag) for tag in TYPED] == [1, 1, 1], text
    places = [text.index(tag) for tag in TYPED]
    assert places == sorted(places), text
