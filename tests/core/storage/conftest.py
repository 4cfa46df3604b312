"""Fixtures for the storage tests: a library in tmp_path holding a small test document, and
jieba for the tests of the library's word counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.chinese.dictionary import app_dictionaries
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.word_frequencies import update_word_frequencies
from tests.core.storage.documents import make_document, sample_paragraphs, small_document


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """Where the test's library lives (its own folder, so backups/ sits beside it)."""
    return tmp_path / "lib" / "library.sqlite"


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    """An open library created with ``small_document`` (three speeches) as its seed."""
    with open_library(library_path, seed=small_document) as opened:
        yield opened


@pytest.fixture
def speech(library: Library) -> tuple[int, str]:
    """The first speech of the test library: its id and text."""
    record = library.store.speeches(1)[0]
    return record.id, library.store.speech_text(record.id)


@pytest.fixture(scope="module")
def segmenter(tmp_path_factory: pytest.TempPathFactory) -> Segmenter:
    """jieba with the app's dictionaries, ready (loaded once per module)."""
    ready = Segmenter(tmp_path_factory.mktemp("jieba"), app_dictionaries())
    ready.initialize()
    return ready


@pytest.fixture
def counted(library: Library, segmenter: Segmenter) -> Library:
    """The test library with a second collection, every speech's words counted."""
    paragraphs = sample_paragraphs()
    library.store.import_document(make_document([paragraphs[9:14]], source="/b.txt"))
    update_word_frequencies(library.db, segmenter)
    return library
