"""``LockRefusals``: a change the window asked for, refused because another program held the
library's write lock, said once in the status bar.

Every write the window's session makes waits at most a moment for another program's lock
(``LibrarySession.waiting_briefly``, in ``_writing_now``), not SQLite's busy timeout (5 s, the
window frozen), and after a refusal not even that while the lock is still held (``LockLook``:
a burst of presses waits once). Refused, it changed nothing: one transaction, no undo step
pushed, no highlight drawn. The status bar says what was not done ("…so the highlight was not
saved. Try again in a moment."), once: a burst of key presses against the same lock (2, 2, 2;
Delete, Delete) says it once, not a message box each. A change that goes through later takes
the words back (they would no longer be true).

A refused highlight or note is not sent again by itself when the lock goes, as typed notes are
(``LockWait``): a note's words exist only in the editor and would be lost, while a highlight is
one key on a selection. Made seconds later, it would appear where she may no longer look, after
she has moved on, maybe pressed 2 again (two highlights) or undone the step before it (its undo
step would come out of order). So her selection stays as it was (the reader selects it again),
and pressing the key again once the lock goes makes it, as she decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from desktop.gui.status_bar import MESSAGE_MS

if TYPE_CHECKING:
    from desktop.core.errors import PizhuError
    from desktop.gui.main_window import MainWindow

_CONTEXT = "LockRefusals"


class Refused(StrEnum):
    """What a change refused for the lock would have done (the status bar names it)."""

    HIGHLIGHT = "highlight"
    NOTE = "note"
    COLOR = "color"
    TRASH = "trash"
    EMPTY_NOTE = "empty_note"
    UNDO = "undo"
    REDO = "redo"
    CHANGE = "change"


_SENTENCES = {
    Refused.HIGHLIGHT: QT_TRANSLATE_NOOP(
        "LockRefusals",
        "Another program is writing to the library, so the highlight was not saved. "
        "Try again in a moment.",
    ),
    Refused.NOTE: QT_TRANSLATE_NOOP(
        "LockRefusals",
        "Another program is writing to the library, so the note was not added. "
        "Try again in a moment.",
    ),
    Refused.COLOR: QT_TRANSLATE_NOOP(
        "LockRefusals",
        "Another program is writing to the library, so the colour was not changed. "
        "Try again in a moment.",
    ),
    Refused.TRASH: QT_TRANSLATE_NOOP(
        "LockRefusals",
        "Another program is writing to the library, so nothing was moved to the trash. "
        "Try again in a moment.",
    ),
    Refused.EMPTY_NOTE: QT_TRANSLATE_NOOP(
        "LockRefusals",
        "Another program is writing to the library, so the empty note was not removed: "
        "it is kept. Delete it later if you do not want it.",
    ),
    Refused.UNDO: QT_TRANSLATE_NOOP(
        "LockRefusals",
        "Another program is writing to the library, so nothing was undone. Try again in a moment.",
    ),
    Refused.REDO: QT_TRANSLATE_NOOP(
        "LockRefusals",
        "Another program is writing to the library, so nothing was redone. Try again in a moment.",
    ),
    Refused.CHANGE: QT_TRANSLATE_NOOP(
        "LockRefusals",
        "Another program is writing to the library, so the change was not saved. "
        "Try again in a moment.",
    ),
}


def refusing(window: MainWindow, what: str) -> AbstractContextManager[None]:
    """``LockRefusals.refusing`` of the window for ``what`` (a ``Refused``); for none (a
    change made from a dialog), nothing: its refusal is a message box, as any error."""
    return LockRefusals.of(window).refusing(Refused(what)) if what else nullcontext()


def refusal_text(what: Refused) -> str:
    """The status bar's sentence for ``what`` refused, in the UI language of the moment."""
    return QCoreApplication.translate(_CONTEXT, _SENTENCES[what])


class LockRefusals(QObject):
    """Says, once, what the window's change under way could not do for another program's lock."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("lock_refusals")
        self._window = window
        self._what: Refused | None = None  # the change under way (``refusing``)
        self._said = ""  # the refusal last said, while the status bar may still show it
        self._said_now = False  # said during the change under way

    @staticmethod
    def of(window: MainWindow) -> LockRefusals:
        """The window's (made at its first change: not start-up work)."""
        found = window.findChild(
            LockRefusals, "lock_refusals", Qt.FindChildOption.FindDirectChildrenOnly
        )
        return found if found is not None else LockRefusals(window)

    @contextmanager
    def refusing(self, what: Refused) -> Iterator[None]:
        """The block makes a change that does ``what``: its error for the lock, shown by the
        window (``said``: also one coming by signal, as an undo step's does), names it. A
        block that ends with no such refusal takes back one said before: it is no longer so."""
        outer, self._what, self._said_now = self._what, what, False
        try:
            yield
        finally:
            self._what = outer
        if not self._said_now and self.showing():
            self._window.status.clearMessage()

    def said(self, error: PizhuError) -> bool:
        """Whether ``error`` refused a change under way for the lock, said in the status bar
        (once: not again while it is still shown). False: the window shows it as any other."""
        if error.code != "busy" or self._what is None:
            return False
        self._said_now = True
        text = refusal_text(self._what)
        if not (self.showing() and self._said == text):
            self._said = text
            self._window.status.showMessage(text, MESSAGE_MS)
        return True

    def showing(self) -> bool:
        """Whether the status bar shows a refusal said here (a step does not clear it, so
        that a burst of refused steps says it once)."""
        return bool(self._said) and self._window.status.currentMessage() == self._said
