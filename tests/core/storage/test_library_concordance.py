"""A concordance across the library through the search index equals one made by scanning."""

from __future__ import annotations

import pytest

from desktop.core.chinese.concordance import concordance
from desktop.core.errors import QueryError
from desktop.core.storage.library import Library
from desktop.core.storage.library_concordance import library_concordance


def _texts(library: Library) -> list[tuple[int, str]]:
    store = library.store
    return [
        (record.id, store.speech_text(record.id))
        for collection in store.collections()
        for record in store.speeches(collection.id)
    ]


def _concordance(library: Library, term: str, **options: object):
    with library.db.read() as conn:
        return library_concordance(
            conn,
            term,
            text_loader=library.store.speech_text,
            **options,  # type: ignore[arg-type]
        )


@pytest.mark.parametrize("term", ["发展", "的", ",", "改革开放", "没有这个词"])
def test_the_index_finds_what_a_scan_finds(library: Library, term: str) -> None:
    found = _concordance(library, term, width=12)
    assert found.lines == concordance(term, _texts(library), width=12)
    assert found.total == len(found.lines)
    assert found.complete


def test_width_is_folded_as_in_the_library_search(library: Library) -> None:
    # The sample's commas are ASCII; a full-width comma finds them, as the search box does.
    assert _concordance(library, "，").lines == _concordance(library, ",").lines


def test_a_limit_keeps_the_first_lines_and_the_total(library: Library) -> None:
    everything = _concordance(library, "的")
    first = _concordance(library, "的", limit=5)
    assert first.lines == everything.lines[:5]
    assert first.total == everything.total > 5
    assert not first.complete


def test_a_limit_keeps_the_count_of_every_speech_holding_the_term(library: Library) -> None:
    everything = _concordance(library, "的")
    first = _concordance(library, "的", limit=5)
    holding = {line.source for line in everything.lines}
    assert everything.speeches == first.speeches == len(holding)
    assert len({line.source for line in first.lines}) < len(holding)


def test_speeches_limit_the_scope(library: Library) -> None:
    (speech_id, text), *_ = _texts(library)
    found = _concordance(library, "的", speech_ids=[speech_id])
    assert {line.source for line in found.lines} == {speech_id}
    assert len(found.lines) == text.count("的")


def test_nothing_to_look_for_is_a_query_error(library: Library) -> None:
    with pytest.raises(QueryError) as raised:
        _concordance(library, "  ")
    assert raised.value.code == "empty"
