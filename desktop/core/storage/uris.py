"""The URI that opens a file through SQLite with options (``mode=ro``, ``immutable=1``)."""

from __future__ import annotations

from pathlib import PurePath


def sqlite_uri(path: PurePath, options: str) -> str:
    """``file:…?options`` for the absolute ``path``, as SQLite reads it on every system.

    ``as_uri`` writes a Windows share (``\\\\server\\share\\lib.pizhu``) as
    ``file://server/share/…``, and SQLite refuses any authority but ``localhost`` ("invalid
    uri authority"): the share's path goes after an empty one, ``file:////server/share/…``.
    """
    uri = path.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return f"{uri}?{options}"
