"""Every export format to a full disk or a read-only folder: one ExportError naming the file
and the problem, and nothing under the final name (fileio's atomic write, which run_export uses
for every format). The tests run as root, so the OS call that would fail is made to fail."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import fileio
from desktop.core.errors import ExportError
from desktop.core.export import FORMATS
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportRequest, run_export
from tests.core.export.stored_library import build_stored_library


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[LibraryReader]:
    """The stored library, open, as an export source."""
    with build_stored_library(tmp_path / "stored").open() as library:
        yield LibraryReader(library)


def _fail(monkeypatch: pytest.MonkeyPatch, call: str, code: int) -> None:
    """``os.<call>`` fails with ``code`` when it touches the export's temporary file."""
    real = getattr(os, call)

    def failing(*args: object, **kwargs: object) -> object:
        if call != "open" or str(args[0]).endswith(".part"):
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    monkeypatch.setattr(fileio.os, call, failing)


def _write_fails(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """The data is written in part, then the disk is full: the write itself fails."""
    real_fdopen = os.fdopen

    class Filling:
        def __init__(self, handle: object) -> None:
            self._handle = handle

        def __enter__(self) -> Filling:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            self._handle.write(data[: len(data) // 2])  # type: ignore[attr-defined]
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr(fileio.os, "fdopen", lambda *a, **k: Filling(real_fdopen(*a, **k)))


FAILURES = {
    "full-on-write": (lambda patch: _write_fails(patch, errno.ENOSPC), "disk-full"),
    "full-on-sync": (lambda patch: _fail(patch, "fsync", errno.ENOSPC), "disk-full"),
    "read-only": (lambda patch: _fail(patch, "open", errno.EROFS), "not-writable"),
    "no-permission": (lambda patch: _fail(patch, "open", errno.EACCES), "not-writable"),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_failed_write_names_the_file_and_leaves_nothing(
    reader: LibraryReader,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    failure: str,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    earlier = folder / f"notes{FORMATS[name].extension}"
    earlier.write_bytes(b"an earlier export, kept")
    fail, code = FAILURES[failure]
    fail(monkeypatch)
    with pytest.raises(ExportError) as caught:
        run_export(reader, ExportRequest(name, earlier))
    assert caught.value.code == code
    assert caught.value.path == str(earlier)
    assert sorted(p.name for p in folder.iterdir()) == [earlier.name], "no partial file"
    assert earlier.read_bytes() == b"an earlier export, kept"
