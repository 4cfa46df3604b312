"""A library made before a test's commands run, as ``import`` into a new path would make it."""

from __future__ import annotations

from pathlib import Path

from desktop.core.storage.library import open_library


def new_library(path: Path) -> Path:
    """Make the library at ``path`` holding the sample collection alone (no backup taken yet:
    a new library's first backup waits for its next opening, as when a command makes it)."""
    open_library(path).close()
    return path
