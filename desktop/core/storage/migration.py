"""Bringing a library's schema up to date: one transaction, a backup first for a used library.

Loaded only when a library is created or its schema is older than this code's (``Database``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from sqlite3 import Connection
from typing import TYPE_CHECKING

from desktop.core.errors import LibraryError
from desktop.core.storage import backup
from desktop.core.storage.schema import Migration

if TYPE_CHECKING:
    from desktop.core.storage.database import Database
    from desktop.core.storage.upgrade_steps import UpgradeReport


def migrate(
    db: Database,
    version: int,
    on_create: Callable[[Database], None] | None,
    migrations: Sequence[Migration],
    upgrading: Callable[[], None] | None = None,
    report: UpgradeReport | None = None,
) -> None:
    """Run ``migrations`` after ``version`` on ``db``; ``on_create`` fills a new library in the
    same transaction. A library with data is first told to ``upgrading`` (which may refuse by
    raising: nothing is written yet) and backed up (``premigration``); ``report`` then hears
    each step as it starts, how far a long one is, and the end (``upgrade_steps``)."""
    if version > 0:
        if upgrading is not None:  # a new library is quick to make: nothing to say
            upgrading()
        db.backup(backup.BackupKind.PREMIGRATION)
    else:
        report = None  # a new library's schema: no upgrade to tell
    with db.transaction() as conn:
        # Another process may have migrated while this one waited for the write lock.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        _run(conn, migrations[version:], report)
        conn.execute(f"PRAGMA user_version = {len(migrations)}")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise LibraryError(
                f"migration broke {len(broken)} references", code="invalid", path=db.path
            )
        db.created = version == 0
        if db.created and on_create is not None:
            on_create(db)


def _run(conn: Connection, migrations: Sequence[Migration], report: UpgradeReport | None) -> None:
    """Run ``migrations`` in order, telling ``report`` how far they are (when given)."""
    if report is None:
        for migration in migrations:
            migration(conn)
        return
    from desktop.core.storage.upgrade_steps import StepCounter, kind_of

    counter = StepCounter(migrations, report)
    for index, migration in enumerate(migrations):
        within = counter.start(index)
        if kind_of(migration).reports:
            migration(conn, report=within)  # type: ignore[call-arg] - it takes one (KINDS)
        else:
            migration(conn)
    counter.done()
