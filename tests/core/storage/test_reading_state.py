"""ReadingState: a position per speech and the last speech opened."""

from __future__ import annotations

import pytest

from desktop.core.errors import LibraryError
from desktop.core.storage.library import Library
from tests.core.storage.documents import make_document, sample_paragraphs


def test_positions_are_remembered_per_speech(library: Library) -> None:
    first, second, _third = library.store.speeches(1)
    assert library.reading.position(first.id) is None
    library.reading.set_position(first.id, 120)
    library.reading.set_position(second.id, 7)
    library.reading.set_position(first.id, 130)
    assert (library.reading.position(first.id), library.reading.position(second.id)) == (130, 7)


def test_a_position_must_be_inside_the_speech(library: Library) -> None:
    speech = library.store.speeches(1)[0]
    library.reading.set_position(speech.id, speech.length)  # the very end is a place too
    for offset, code in ((speech.length + 1, "invalid"), (-1, "invalid")):
        with pytest.raises(LibraryError) as caught:
            library.reading.set_position(speech.id, offset)
        assert caught.value.code == code
    with pytest.raises(LibraryError) as caught:
        library.reading.set_position(999, 0)
    assert caught.value.code == "not-found"


def test_the_last_speech_opened(library: Library) -> None:
    assert library.reading.last_speech() is None
    speeches = library.store.speeches(1)
    library.reading.set_last_speech(speeches[2].id)
    library.reading.set_last_speech(speeches[1].id)
    assert library.reading.last_speech() == speeches[1].id
    with pytest.raises(LibraryError):
        library.reading.set_last_speech(999)


def test_the_last_speech_is_forgotten_when_it_leaves_the_library(library: Library) -> None:
    speeches = library.store.speeches(1)
    library.reading.set_last_speech(speeches[2].id)
    library.reading.set_position(speeches[2].id, 3)
    paragraphs = sample_paragraphs()
    library.store.import_document(make_document([paragraphs[0:3], paragraphs[3:6]]))
    assert library.reading.last_speech() is None
    assert library.reading.position(speeches[2].id) is None
