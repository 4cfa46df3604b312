"""``open_library``: the one way the command line and the GUI open (or create) a library.

A new library is built under a temporary name (schema and the sample collection in one
transaction), closed, and only then linked into place: a library file either exists whole or not
at all, so an empty or half-made file at the library's path is always damage, never ours.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import LibraryError
from desktop.core.storage import failures
from desktop.core.storage.annotation_store import AnnotationStore
from desktop.core.storage.database import DEFAULT_BUSY_TIMEOUT, Database
from desktop.core.storage.fts_indexer import FtsIndexer
from desktop.core.storage.indexing import SearchIndexer
from desktop.core.storage.library_store import LibraryStore
from desktop.core.storage.reading_state import ReadingState

if TYPE_CHECKING:
    from desktop.core.imported import ImportedDocument
    from desktop.core.storage.upgrade_steps import UpgradeReport

Seed = Callable[[], "ImportedDocument"]
"""Produces the collection a new library starts with."""


@dataclass(slots=True)
class Library:
    """An open library: its database and the stores over it.

    ``daily_backup_problem`` is why today's backup could not be written into the backups
    folder (full, read-only...), if it could not: the library opened all the same.
    ``created`` is whether this opening made the library (a new path, or an empty file filled).
    """

    db: Database
    store: LibraryStore
    annotations: AnnotationStore
    reading: ReadingState
    daily_backup_problem: LibraryError | None = None
    created: bool = False

    @property
    def path(self) -> Path:
        """The library file."""
        return self.db.path

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def empty_trash(self) -> int:
        """Delete every annotation and collection in the trash for good, in one transaction
        (a full disk leaves the trash as it was); return how many."""
        with self.db.transaction():
            return self.annotations.empty_trash() + self.store.empty_collection_trash()

    def delete_for_good(self, annotation_ids: Iterable[str], collection_ids: Iterable[int]) -> int:
        """Delete these annotations and collections for good, in one transaction; one no
        longer in the trash (restored meanwhile) is left as it is. Return how many."""
        with self.db.transaction():
            count = self.annotations.purge_trashed(annotation_ids)
            return count + self.store.delete_trashed_collections(collection_ids)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def sample_document() -> ImportedDocument:
    """The sample collection that ships with the app, through the importer."""
    # Only a new library needs the importer: opening an existing one should not load it.
    from desktop.core.importing import import_file
    from desktop.resources import sample_collection_path

    return import_file(sample_collection_path())


def open_library(
    path: str | Path,
    *,
    create: bool = True,
    daily_backup: bool = True,
    seed: Seed | None = sample_document,
    indexer: SearchIndexer | None = None,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    upgrading: Callable[[], None] | None = None,
    upgrade_steps: UpgradeReport | None = None,
) -> Library:
    """Open the library at ``path``, creating it (with ``seed``'s collection) if it is missing.

    Every change reaches the full-text index through ``indexer`` (FtsIndexer unless given).
    With ``create`` false a missing file is LibraryError ``missing`` (a worker opening the
    window's library after it was moved away: not an item missing from the library).
    ``daily_backup`` takes today's rotating backup if there is none yet (the GUI may pass False
    and call ``db.ensure_daily_backup()`` from a worker instead). A library created by this
    call holds nothing of the user's yet, so its first backup waits for the next opening.
    ``upgrading`` is called before a library of an older schema is upgraded, ``upgrade_steps``
    hears how far the upgrade is (``Database.open``).
    """
    path = Path(path).expanduser().absolute()
    indexer = indexer if indexer is not None else FtsIndexer()
    new = not path.exists() and not _finished_killed_restore(path)
    if new:
        if not create:
            raise LibraryError("there is no library at this path", code="missing", path=path)
        try:
            _create(path, seed, indexer, busy_timeout)
        except OSError as error:
            raise failures.os_error(error, path, "creating the library") from error
        except LibraryError as error:
            raise failures.creating_error(error, path) from error
    # An existing but empty SQLite file (made by hand, say) is filled like a new library.
    db = Database.open(
        path,
        busy_timeout=busy_timeout,
        on_create=_filler(seed, indexer),
        upgrading=upgrading,
        upgrade_steps=upgrade_steps,
    )
    problem = None
    try:
        if daily_backup and not (new or db.created):
            problem = _take_daily_backup(db)
    except BaseException:
        db.close()
        raise
    stores = LibraryStore(db, indexer), AnnotationStore(db, indexer), ReadingState(db)
    return Library(db, *stores, daily_backup_problem=problem, created=new or db.created)


def _finished_killed_restore(path: Path) -> bool:
    """Whether a restore killed midway had left its copy to be put at the missing ``path``."""
    from desktop.core.storage.restore import finish_killed_restore  # rare: not on the start

    try:
        return finish_killed_restore(path)
    except OSError:
        return False  # a folder that cannot be read has no copy to finish with


def _take_daily_backup(db: Database) -> LibraryError | None:
    """Today's backup; a backups folder that cannot take it is returned, not raised.

    The library itself is sound and can be used: a full or read-only backups folder costs
    today's copy, not the user's work. A damaged library, found by checking the copy, is raised.
    """
    try:
        db.ensure_daily_backup()
    except failures.DamagedLibraryError:
        raise
    except LibraryError as error:
        # Imported here: the backup module is not needed before the window's first frame,
        # which counts its modules (tests/gui/test_app.py), and the GUI backs up later.
        from desktop.core.storage.backup import backup_dir

        if error.path is None or Path(error.path).parent != backup_dir(db.path):
            raise
        return error
    return None


def _create(
    path: Path, seed: Seed | None, indexer: SearchIndexer | None, busy_timeout: float
) -> None:
    # Import the seed before any file exists: a failing importer must leave nothing behind.
    document = seed() if seed is not None else None
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.creating-{os.getpid()}")
    _remove_database_files(building)
    fill = _filler((lambda: document) if document is not None else None, indexer)
    try:
        with Database.open(building, busy_timeout=busy_timeout, on_create=fill) as db:
            db.checkpoint()
        _link_into_place(building, path)
    finally:
        _remove_database_files(building)


def _filler(seed: Seed | None, indexer: SearchIndexer | None) -> Callable[[Database], None]:
    """What fills a library whose schema has just been created (in the same transaction)."""

    def fill(db: Database) -> None:
        if seed is not None:
            LibraryStore(db, indexer).import_document(seed())

    return fill


def _link_into_place(building: Path, path: Path) -> None:
    """Publish the finished file at ``path`` unless another process got there first."""
    try:
        os.link(building, path)
    except FileExistsError:
        return  # another process created the library meanwhile: use theirs
    except OSError:
        # A file system without hard links: a rename is the next best (not atomic vs. a rival).
        if path.exists():
            return
        os.replace(building, path)
    if os.name == "posix":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
