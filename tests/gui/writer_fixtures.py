"""Fixtures of the tests where a worker holds the library's write lock beside the window's
session (``test_writer_gates``, ``test_background_writer``).

The session's connection has a short busy timeout: a window write that met a worker's lock fails
fast with ``busy`` ("database is locked") instead of freezing the test. Test modules import the
fixtures they use from here (``busy_session`` is the fixture ``session``, ``worker_pool`` the
fixture ``pool``: a test and its helpers keep those names for the objects).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.library_session import LibrarySession
from desktop.gui.workers import WorkerPool
from tests.core.storage.documents import small_document

WAIT_S = 30.0
"""A safety cap on every wait between threads: each is ended by an event long before."""

BUSY_TIMEOUT_S = 0.2
"""The window's busy timeout here: a write that met a worker's lock fails at once."""


@pytest.fixture(name="session")
def busy_session(tmp_path: Path, qtbot: QtBot) -> Iterator[LibrarySession]:
    """A session on a new library, its connection giving up on a lock after a moment."""
    open_library(tmp_path / "library.sqlite", seed=small_document).close()
    opened = LibrarySession(
        open_library(tmp_path / "library.sqlite", create=False, busy_timeout=BUSY_TIMEOUT_S)
    )
    yield opened
    opened.close()


@pytest.fixture(name="pool")
def worker_pool(qtbot: QtBot) -> Iterator[WorkerPool]:
    """The workers the jobs run in, all ended with the test."""
    workers = WorkerPool()
    yield workers
    assert workers.wait(int(WAIT_S * 1000))


def stored_ids(session: LibrarySession) -> set[str]:
    """The annotations the library file holds, read on a connection of its own."""
    with open_library(session.library_path, create=False, daily_backup=False) as library:
        return {a.id for a in library.annotations.annotations()}


def highlighter(session: LibrarySession) -> Callable[[], str]:
    """Makes a yellow highlight in the library's first speech at each call; its id."""
    speech_id = session.speeches(1)[0].id
    return lambda: session.add_highlight(speech_id, 3, 9, "yellow").id
