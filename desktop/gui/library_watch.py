"""``LibraryWatch``: the window follows what another program commits to its library.

``python -m desktop import`` re-importing a changed file, ``accept-place``, ``trash``, an
annotation import or a tag edit from the command line change the library under an open window.
Left alone, the window would show the old tree and text, and its undo steps, holding states read
before, could write places taken from the old text back over the new. SQLite's
``PRAGMA data_version`` on the window's connection is the cheap signal: it changes when another
connection commits, never for the window's own. It is read when the window is activated and on a
timer, without waiting on any lock (``CommitSerial.look``).

The window's own workers (an import, an annotation import, the word counts) write on connections
of their own, so their commits change it too. Every write transaction of Pizhu, in any
process, bumps the library's commit serial in the same transaction, and this process's
connections report the serials they committed (``desktop.core.storage.commit_serial``). When
the version changed, the watch reads it with the serial, in one snapshot, and takes the change
for another program's if a serial since its last look is not this process's, or if none of them
was taken on another connection of this process's (only those move the window's version: a
tool that does not bump the serial committed). A commit of another program's made while a
worker of the window's writes too is therefore seen at the next look; only a tool's commit (the
``sqlite3`` shell) in the same interval as a worker's still passes for the worker's. The watch
looks while holding every followed writer's gate (without waiting:
``desktop.gui.writer_gates``), so no worker is between its commit and its report meanwhile.

A library that keeps no serial (its table gone: edited by hand, or a migration left out) is
followed as before the serial existed: a change seen in a look where a worker of the window's
ended a transaction is taken for the worker's (whose own end makes the views read the library
again), so another program's commit made in the same interval is missed until its next change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

from desktop.core.errors import PizhuError
from desktop.core.storage.commit_serial import made_elsewhere
from desktop.gui.writer_gates import writers_held

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.core.storage.commit_serial import CommitState, OwnCommits
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
        self._version: tuple[int, CommitState] | None = None
        self._own: OwnCommits | None = None
        """The serials this process committed since the last look (None: none are kept)."""
        self._stopped = False
        """The window closed: a late activation (a dialog closing) must not reload it."""
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
        self._stopped = True
        self._timer.stop()
        if self._own is not None:
            self._own.close()
            self._own = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Look when the window is activated: the user may come back from a terminal."""
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False

    @Slot()
    def check(self) -> bool:
        """Look once, never waiting; True if another program changed the library (followed)."""
        if self._stopped or not self._look():
            return False
        try:
            cleared = self._session.changed_elsewhere()
        except PizhuError as error:
            self._session.report_error(error)  # once: the version moves with each commit only
            return False
        self.changed_elsewhere.emit(cleared)
        return True

    def _look(self) -> bool:
        """Whether another program committed since the last look; False too when not knowable
        now (a worker writes, a lock keeps readers out, the library cannot be read)."""
        writers = list(self._seen)
        with writers_held(writer.gate for writer in writers) as held:
            if not held:
                return False
            version = self._read_version()
            if version is None:
                return False
            own = self._own_since + sum(w.transactions - self._seen[w] for w in writers)
            self._own_since = 0
            for writer in writers:
                self._seen[writer] = writer.transactions
            before, self._version = self._version, version
            if before is None or before[0] != version[0]:
                self._follow_own_commits()  # the first look, or a reopened library's
                return False
            own_serials = self._own_serials(version[1])
        elsewhere = made_elsewhere(before[1], version[1], own_serials)
        if elsewhere is None:  # the library keeps no serial: its writers' transactions tell
            return before[1].data_version != version[1].data_version and not own
        return elsewhere

    def _read_version(self) -> tuple[int, CommitState] | None:
        """The session's version of the library, or None when it cannot be read now."""
        try:
            return self._session.library_version()
        except PizhuError:
            # Not raised out of the timer's slot at each look: the window's own next read
            # of the library reports it to the user.
            return None

    def _follow_own_commits(self) -> None:
        """Record this process's serials from this look on (again, for a reopened library)."""
        if self._own is not None:
            self._own.close()
        self._own = self._session.own_commits()

    def _own_serials(self, state: CommitState) -> dict[int, bool]:
        """This process's serials up to the one ``state`` read (later ones: the next look's)."""
        if self._own is None or state.serial is None:
            return {}
        return self._own.take(state.serial)

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
