"""Tests for desktop/core/storage/uris.py: the URIs a library is opened by with options."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

from desktop.core.storage.uris import sqlite_uri


def test_a_windows_share_goes_after_an_empty_authority() -> None:
    # file://server/… is refused by SQLite ("invalid uri authority"): a write-protected
    # library or a backup on \\server\share could not be opened for reading at all
    share = PureWindowsPath(r"\\server\share\讲话\lib.pizhu")
    assert (
        sqlite_uri(share, "mode=ro") == "file:////server/share/%E8%AE%B2%E8%AF%9D/lib.pizhu?mode=ro"
    )


def test_drives_and_posix_paths_as_as_uri_writes_them() -> None:
    drive = PureWindowsPath(r"C:\Users\王 某\#1?.pizhu")
    assert sqlite_uri(drive, "immutable=1") == f"{drive.as_uri()}?immutable=1"
    assert sqlite_uri(PurePosixPath("/srv/a b/lib.pizhu"), "mode=ro") == (
        "file:///srv/a%20b/lib.pizhu?mode=ro"
    )


def test_sqlite_opens_a_file_by_the_share_form(tmp_path: Path) -> None:
    # the form a share's URI takes, file:////…, is an empty authority and a path to SQLite
    library = tmp_path / "库 #1.pizhu"
    sqlite3.connect(library).close()
    uri = sqlite_uri(library, "mode=ro").replace("file:///", "file:////", 1)
    sqlite3.connect(uri, uri=True).close()
