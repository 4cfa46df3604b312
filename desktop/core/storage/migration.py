"""Bringing a library's schema up to date: one transaction, a backup first for a used library.

Loaded only when a library is created or its schema is older than this code's (``Database``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from desktop.core.errors import LibraryError
from desktop.core.storage import backup
from desktop.core.storage.schema import Migration

if TYPE_CHECKING:
    from desktop.core.storage.database import Database


def migrate(
    db: Database,
    version: int,
    on_create: Callable[[Database], None] | None,
    migrations: Sequence[Migration],
) -> None:
    """Run ``migrations`` after ``version`` on ``db``; ``on_create`` fills a new library in the
    same transaction. A library with data is backed up first (``premigration``)."""
    if version > 0:
        db.backup(backup.BackupKind.PREMIGRATION)
    with db.transaction() as conn:
        # Another process may have migrated while this one waited for the write lock.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for migration in migrations[version:]:
            migration(conn)
        conn.execute(f"PRAGMA user_version = {len(migrations)}")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise LibraryError(
                f"migration broke {len(broken)} references", code="invalid", path=db.path
            )
        db.created = version == 0
        if db.created and on_create is not None:
            on_create(db)
