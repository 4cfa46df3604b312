"""Which files the importer reads, by extension, and the importable files inside a folder.

A folder dropped on the window (or named on the command line) stands for the speeches in it:
``files_to_import`` puts each folder's importable files, at any depth, in its place, so the
import report names every file on its own. This module is light (no reader loads with it): the
window calls it on its own thread before the import starts, to count the files.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

FORMAT_BY_EXTENSION = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".mkd": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
"""The format each extension names (anything else is read as text when given by name)."""

CONVERTED_EXTENSIONS = (".doc", ".wps")
"""Old Word files an office suite converts to .docx first (``readers.old_office``): a folder's
are imported too, and without one the report says what to do with each."""

_SKIPPED_PREFIXES = (".", "~$")  # hidden files, and the lock files Word and WPS leave open


def files_to_import(paths: Iterable[str | Path]) -> list[Path]:
    """``paths`` with each folder replaced by the importable files inside it, in name order.

    A folder holding no such file is kept as it is, so the import names it and says why.
    """
    chosen: list[Path] = []
    for path in map(Path, paths):
        found = _importable_files_in(path) if path.is_dir() else []
        chosen.extend(found or [path])
    return chosen


def _importable_files_in(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found.extend(Path(root, name) for name in sorted(names) if _importable(name))
    return found


def _importable(name: str) -> bool:
    suffix = Path(name).suffix.lower()
    known = suffix in FORMAT_BY_EXTENSION or suffix in CONVERTED_EXTENSIONS
    return known and not name.startswith(_SKIPPED_PREFIXES)
