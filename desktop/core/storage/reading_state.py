"""``ReadingState``: where the user was in each speech, and which speech was open last.

Positions are ``str`` offsets into the speech's canonical text; a re-import that changes the
text moves them with the words they pointed at (``reimport``).
"""

from __future__ import annotations

from desktop.core.annotation import utc_now
from desktop.core.errors import LibraryError
from desktop.core.storage.database import Database

_LAST_SPEECH = "last_speech"


class ReadingState:
    """Reading positions per speech and the last speech opened, kept in the library."""

    def __init__(self, db: Database) -> None:
        """Work on ``db``."""
        self._db = db

    def position(self, speech_id: int) -> int | None:
        """The saved reading position in a speech, or None if it was never opened."""
        return self._db.value(
            "SELECT offset FROM reading_positions WHERE speech_id = ?", (speech_id,)
        )

    def set_position(self, speech_id: int, offset: int) -> None:
        """Remember the reading position in a speech."""
        with self._db.transaction() as conn:
            found = conn.execute(
                "SELECT text_length FROM speeches WHERE id = ?", (speech_id,)
            ).fetchone()
            if found is None:
                raise LibraryError(f"there is no speech with id {speech_id}", code="not-found")
            if not 0 <= offset <= found[0]:
                raise LibraryError(
                    f"position {offset} is outside the speech (0–{found[0]})", code="invalid"
                )
            conn.execute(
                "INSERT INTO reading_positions (speech_id, offset, updated) VALUES (?, ?, ?)"
                " ON CONFLICT (speech_id) DO UPDATE SET offset = excluded.offset,"
                " updated = excluded.updated",
                (speech_id, offset, utc_now()),
            )

    def last_speech(self) -> int | None:
        """The speech opened last, or None (never, or it has since left the library or is in
        the trash with its collection)."""
        return self._db.value(
            "SELECT s.id FROM library_state k JOIN speeches s ON s.id = CAST(k.value AS INTEGER)"
            " JOIN collections c ON c.id = s.collection_id WHERE k.key = ? AND c.deleted IS NULL",
            (_LAST_SPEECH,),
        )

    def set_last_speech(self, speech_id: int) -> None:
        """Remember the speech opened last."""
        with self._db.transaction() as conn:
            if conn.execute("SELECT 1 FROM speeches WHERE id = ?", (speech_id,)).fetchone() is None:
                raise LibraryError(f"there is no speech with id {speech_id}", code="not-found")
            conn.execute(
                "INSERT INTO library_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_LAST_SPEECH, str(speech_id)),
            )
