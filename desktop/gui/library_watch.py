"""``LibraryWatch``: the window follows what another program commits to its library.

``python -m desktop import`` re-importing a changed file, ``accept-place``, ``trash``, an
annotation import or a tag edit from the command line change the library under an open window.
Left alone, the window would show the old tree and text, and its undo steps, holding states read
before, could write places taken from the old text back over the new. SQLite's
``PRAGMA data_version`` on the window's connection is the cheap signal: it changes when another
connection commits, never for the window's own. It is read when the window is activated and on a
timer, without waiting on any lock (``Database.data_version``).

The window's own workers (an import, an annotation import, the word counts) write on connections
of their own, so their commits change it too. Each is a ``BackgroundWriter`` the session follows;
the watch reads the version while holding every followed writer's gate (without waiting:
``desktop.gui.writer_gates``), so no worker is inside a transaction meanwhile, and counts the
transactions each one ended since the last look. A change seen while none of them wrote is
another program's; one seen in a look where a worker of the window's wrote too is taken for the
worker's (whose own end makes the views read the library again). Another program's commit made
in the same interval as a transaction of the window's worker is therefore missed until its next
change: the price of a signal that does not say who committed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

from desktop.core.errors import PizhuError
from desktop.gui.writer_gates import writers_held

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.gui.background_writer import BackgroundWriter
    from desktop.gui.library_session import LibrarySession

CHECK_MS = 1500
"""How often the library is looked at while the window is open (one cheap PRAGMA)."""


class LibraryWatch(QObject):
    """Looks whether another program committed to the session's library, and follows it."""

    changed_elsewhere = Signal(bool)
    """Another program changed the library; the session has made the views read it again
    (True: and cleared the undo history, which it said)."""

    def __init__(self, session: LibrarySession, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._seen: dict[BackgroundWriter, int] = {}
        """Each followed writer, with how many transactions it had ended at the last look."""
        self._own_since = 0
        """Transactions of writers no longer followed, ended since the last look."""
        self._version: tuple[int, int] | None = None
        for writer in session.followed_writers():  # those that began before the watch
            self._on_session_writer_followed(writer)
        session.writer_followed.connect(self._on_session_writer_followed)
        self.check()  # the first look only takes the version to compare with
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        window.installEventFilter(self)

    def stop(self) -> None:
        """Look no more (the window closes)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Look when the window is activated: the user may come back from a terminal."""
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False

    @Slot()
    def check(self) -> bool:
        """Look once, never waiting; True if another program changed the library (followed)."""
        looked = self._look()
        if looked is None:
            return False
        version, own = looked
        before, self._version = self._version, version
        if before is None or before[0] != version[0] or before == version:
            return False  # first look, or a reopened library (its own start), or no change
        if own:
            return False
        try:
            cleared = self._session.changed_elsewhere()
        except PizhuError as error:
            self._session.report_error(error)  # once: the version moves with each commit only
            return False
        self.changed_elsewhere.emit(cleared)
        return True

    def _look(self) -> tuple[tuple[int, int], int] | None:
        """The library's version and how many transactions the window's writers ended since
        the last look; None when not knowable now (a worker writes, a lock keeps readers out, the
        library cannot be read)."""
        writers = list(self._seen)
        with writers_held(writer.gate for writer in writers) as held:
            if not held:
                return None
            try:
                version = self._session.library_version()
            except PizhuError:
                # Not raised out of the timer's slot at each look: the window's own next read
                # of the library reports it to the user.
                version = None
            if version is None:
                return None
            own = self._own_since + sum(w.transactions - self._seen[w] for w in writers)
            self._own_since = 0
            for writer in writers:
                self._seen[writer] = writer.transactions
        return version, own

    @Slot(object)
    def _on_session_writer_followed(self, writer: BackgroundWriter) -> None:
        if writer in self._seen:
            return
        self._seen[writer] = writer.transactions
        writer.stopped.connect(self._on_writer_stopped)

    @Slot()
    def _on_writer_stopped(self) -> None:
        writer = self.sender()
        if writer not in self._seen:
            return
        # Its last transaction has ended: counted for the next look, then it is followed no more.
        self._own_since += writer.transactions - self._seen.pop(writer)
        writer.stopped.disconnect(self._on_writer_stopped)
