"""``check_library``: is the library file sound, and how much does it hold.

What File ▸ Library ▸ Check Library reports. It opens a connection of its own (a worker's) and
writes nothing of its own: SQLite's ``integrity_check`` and ``foreign_key_check`` over every
page, then two counts so that a sound result says what was checked. A library an older Pizhu
made is upgraded first, as any opening does (after its backup; the command line says so on
stderr): the window's library is current already.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.storage.failures import DamagedLibraryError
from desktop.core.storage.library import Library, open_library

# What the user sees: the annotations out of the trash, on speeches out of the trash.
_LIVE_ANNOTATIONS = """
    SELECT count(*) FROM annotations a
    JOIN speeches s ON s.id = a.speech_id
    JOIN collections c ON c.id = s.collection_id
    WHERE a.deleted IS NULL AND c.deleted IS NULL
"""


@dataclass(frozen=True, slots=True)
class LibraryHealth:
    """What a check found: the problems (none when sound) and what the library holds."""

    problems: tuple[str, ...]
    speeches: int = 0
    annotations: int = 0

    @property
    def sound(self) -> bool:
        """True when the check found no problem."""
        return not self.problems


def check_library(path: Path) -> LibraryHealth:
    """Check the library at ``path`` (an older one upgraded first, as any opening does); a
    damaged file is a problem found."""
    try:
        with open_library(path, create=False, daily_backup=False) as library:
            return _examine(library)
    except DamagedLibraryError as error:
        # Damage SQLite meets before the check reaches it (at opening, or in a page it reads).
        return LibraryHealth((error.message,))


def _examine(library: Library) -> LibraryHealth:
    problems = tuple(library.db.check())
    if problems:
        return LibraryHealth(problems)
    speeches = len(library.store.speech_order())
    return LibraryHealth((), speeches, library.db.value(_LIVE_ANNOTATIONS))
