"""A second process for the concurrency and crash tests: ``python -m tests.core.storage.child``.

Each mode prints one line per committed change, flushed, so the parent knows exactly what a
killed child had saved.
"""

from __future__ import annotations

import sys
from itertools import count

from desktop.core.storage.library import open_library
from tests.core.storage.documents import make_document, sample_paragraphs, small_document


def annotate(path: str, speech_id: int, limit: int | None) -> None:
    """Add annotations one by one (for ever without a limit), printing each id once committed."""
    with open_library(path, create=False, daily_backup=False, busy_timeout=30) as library:
        length = library.store.speech(speech_id).length
        for number in range(limit) if limit is not None else count():
            start = (number * 7) % (length - 10)
            made = library.annotations.create(
                speech_id, start=start, end=start + 6, note=f"第{number}条", tags=["并发"]
            )
            print(made.id, flush=True)


def hold(path: str) -> None:
    """Hold the write lock until stdin closes."""
    library = open_library(path, create=False, daily_backup=False)
    with library, library.db.transaction() as conn:
        conn.execute("INSERT INTO library_state VALUES ('held', '1')")
        print("locked", flush=True)
        sys.stdin.read()
    print("released", flush=True)


def create(path: str) -> None:
    """Open (creating if needed) the library and print how many collections it holds."""
    with open_library(path, seed=small_document) as library:
        print(len(library.store.collections()), flush=True)


def reimport(path: str) -> None:
    """Re-import two versions of a document in turn, printing each committed status."""
    paragraphs = sample_paragraphs()
    versions = [
        make_document([paragraphs[0:3], paragraphs[3:6], paragraphs[6:9]]),
        make_document([["插入的一段。", *paragraphs[0:2]], paragraphs[3:7], paragraphs[7:9]]),
    ]
    with open_library(path, create=False, daily_backup=False, busy_timeout=30) as library:
        for number in count():
            report = library.store.import_document(versions[number % 2])
            print(f"{number % 2} {report.status}", flush=True)


def upgrade_held(path: str) -> None:
    """Upgrade an older library, holding still (until killed) once every speech is hashed."""
    from desktop.core.storage import loose_hash

    backfill = loose_hash.backfill_loose_hashes

    def held(conn: object, report: object = None) -> None:
        backfill(conn, report)  # type: ignore[arg-type]
        print("hashed", flush=True)
        sys.stdin.read()

    loose_hash.backfill_loose_hashes = held  # type: ignore[assignment]
    # Its steps told as the command line tells them: the kill comes midway through a step.
    steps = {"upgrade_steps": lambda step: print(step, file=sys.stderr, flush=True)}
    open_library(path, create=False, daily_backup=False, **steps).close()


if __name__ == "__main__":
    mode, library_path, *rest = sys.argv[1:]
    if mode == "annotate":
        annotate(library_path, int(rest[0]), int(rest[1]) if len(rest) > 1 else None)
    elif mode == "hold":
        hold(library_path)
    elif mode == "create":
        create(library_path)
    elif mode == "reimport":
        reimport(library_path)
    elif mode == "upgrade-held":
        upgrade_held(library_path)
    else:
        raise SystemExit(f"unknown mode {mode}")
