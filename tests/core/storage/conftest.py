"""Fixtures for the storage tests: a library in tmp_path holding a small test document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.storage.library import Library, open_library
from tests.core.storage.documents import small_document


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
