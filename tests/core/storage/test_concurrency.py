"""Two processes on one library: both work, or the second is told the library is busy."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import desktop
from desktop.core.errors import LibraryError
from desktop.core.storage.library import Library, open_library
from tests.core.storage.documents import small_document

ROOT = Path(desktop.__file__).resolve().parent.parent


Spawn = Callable[..., subprocess.Popen[str]]


@pytest.fixture
def child() -> Iterator[Spawn]:
    """Start ``tests.core.storage.child`` processes; any still running at the end are killed."""
    started: list[subprocess.Popen[str]] = []

    def spawn(*args: str, stdin: int | None = None) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.core.storage.child", *args],
            cwd=ROOT,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        return process

    yield spawn
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _finish(process: subprocess.Popen[str]) -> list[str]:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out.split()


def test_two_writers_at_once_both_succeed(library: Library, child: Spawn) -> None:
    speech = library.store.speeches(1)[0].id
    path = str(library.path)
    processes = [child("annotate", path, str(speech), "40") for _ in range(2)]
    ids = [set(_finish(process)) for process in processes]
    stored = {a.id for a in library.annotations.annotations()}
    assert len(ids[0]) == len(ids[1]) == 40
    assert stored == ids[0] | ids[1]
    assert library.db.check() == []


def test_a_writer_blocked_too_long_gets_busy_and_readers_never_wait(
    library_path: Path, child: Spawn
) -> None:
    open_library(library_path, seed=small_document).close()
    holder = child("hold", str(library_path), stdin=subprocess.PIPE)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    with open_library(library_path, busy_timeout=0.2, daily_backup=False) as library:
        assert len(library.store.speeches(1)) == 3
        with pytest.raises(LibraryError) as caught:
            library.annotations.create(library.store.speeches(1)[0].id, start=1, end=3)
        assert caught.value.code == "busy"
        assert library.annotations.annotations() == []
    assert _finish(holder) == ["released"]  # closing its stdin lets it commit
    with open_library(library_path, daily_backup=False) as library:
        library.annotations.create(library.store.speeches(1)[0].id, start=1, end=3)
        assert library.db.value("SELECT value FROM library_state WHERE key = 'held'") == "1"


def test_two_processes_creating_the_same_library_make_one(library_path: Path, child: Spawn) -> None:
    processes = [child("create", str(library_path)) for _ in range(3)]
    assert [_finish(process) for process in processes] == [["1"], ["1"], ["1"]]
    with open_library(library_path, create=False) as library:
        assert len(library.store.collections()) == 1
        assert library.db.check() == []
    leftovers = [p.name for p in library_path.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []
