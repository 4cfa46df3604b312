"""``LockLook``: after a change refused for another program's write lock, the next ones look at
the lock first and, while it is still held, are refused at once.

Every change the session makes waits a moment (``TYPED_BUSY_TIMEOUT``) for another program's
lock before it is refused (``_writing_now``). A burst of presses against the same lock (2, 2, 2;
Delete, Delete; Ctrl+Z held down) waited that moment again at each press: the window stuck a
quarter of a second a key, to be refused all the same. So once a change has been refused, the
next one looks at the lock first (``LibrarySession.write_lock_free``: asked at once, never
waiting). Still held, the change is tried without any wait (SQLite's busy handler off): refused
at once, with the same error as the first (``lock_refusal`` says it once), or made, should the
lock go between the look and the write. A lock seen free, or a change that ends without a
refusal, ends this: the next change waits its moment again (a lock may be held for an instant,
by this process's own commits as by another program's).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desktop.core.errors import PizhuError

if TYPE_CHECKING:
    from desktop.gui.library_session import LibrarySession


class LockLook:
    """Whether the session's last change was refused for the lock, and the wait of the next."""

    def __init__(self, session: LibrarySession) -> None:
        self._session = session
        self._refused = False

    def refused(self) -> bool:
        """Whether the last change was refused for a lock not yet seen free."""
        return self._refused

    @contextmanager
    def waiting(self) -> Iterator[None]:
        """The block's writes wait a moment for another program's lock, or not at all while
        the lock that refused the last change is still held; a refusal for the lock is
        remembered, a block that ends without one forgets it."""
        session = self._session
        wait = session.waiting_briefly(0) if self._still_held() else session.waiting_briefly()
        with wait:
            try:
                yield
            except PizhuError as error:
                if error.code == "busy":
                    self._refused = True
                raise
        self._refused = False

    def _still_held(self) -> bool:
        """After a refusal, whether the lock is still held (looked at now, never waiting)."""
        session = self._session
        if self._refused and (session.closed or session.write_lock_free()):
            self._refused = False  # closed: the write itself will say so
        return self._refused
