"""Atomic writes: the whole file or nothing, and a clear error for a bad destination."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from desktop.core import fileio
from desktop.core.errors import ExportError
from desktop.core.fileio import atomic_write


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


def test_writes_bytes_and_text(tmp_path: Path) -> None:
    atomic_write(tmp_path / "a.bin", b"\x00\x01")
    atomic_write(tmp_path / "b.md", "批注")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "批注"
    assert _leftovers(tmp_path) == []


def test_replaces_an_existing_file_keeping_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "notes.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        atomic_write(tmp_path / "nowhere" / "x.md", "text")
    assert caught.value.code == "missing-folder"
    assert "nowhere" in str(caught.value)


def test_a_folder_as_destination_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        atomic_write(tmp_path, "text")
    assert caught.value.code == "is-a-folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as caught:
            atomic_write(folder / "x.md", "text")
    finally:
        folder.chmod(0o700)
    assert caught.value.code == "not-writable"
    assert list(folder.iterdir()) == []


def test_an_unwritable_folder_is_reported_even_for_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fileio.os, "open", refuse)
    with pytest.raises(ExportError) as caught:
        atomic_write(tmp_path / "x.md", "text")
    assert caught.value.code == "not-writable"
    assert "not writable" in str(caught.value)


def test_a_failure_while_writing_leaves_no_temporary_and_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.docx"
    target.write_bytes(b"previous export")

    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", disk_full)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, b"x" * 10_000)
    assert caught.value.code == "disk-full"
    assert target.read_bytes() == b"previous export"
    assert _leftovers(tmp_path) == []


def test_a_failed_rename_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(_source: str, _target: object) -> None:
        raise OSError(16, "Device or resource busy")

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(fileio.os, "replace", busy)
    with pytest.raises(ExportError) as caught:
        atomic_write(folder / "x.md", "text")
    assert caught.value.code == "write-failed"
    assert list(folder.iterdir()) == []


def test_a_file_past_the_size_limit_is_said_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """EFBIG (a FAT32 stick's 4 GB, ``ulimit -f``): not the OS's bare "File too large"."""
    target = tmp_path / "export.pdf"
    target.write_bytes(b"previous export")

    def too_big(_descriptor: int) -> None:
        raise OSError(errno.EFBIG, "File too large")

    monkeypatch.setattr(fileio.os, "fsync", too_big)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, b"x" * 10_000)
    assert caught.value.code == "too-big"
    assert str(caught.value) == (
        f"{target}: the file would pass the system's size limit for one file (errno EFBIG)"
    )
    assert target.read_bytes() == b"previous export"
    assert _leftovers(tmp_path) == []
