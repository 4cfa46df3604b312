"""``UndoStack``: a QUndoStack whose step that failed for a passing cause stays where it was.

QUndoStack moves its index before it knows whether the command's undo or redo succeeded. A
step the library refused for now (a full disk: ``undo.PASSING_FAILURES``) changed nothing, so
the index goes back over it: Undo (or Redo) offers the same step again, and it works once the
disk has room. Its old words may be in no other place.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.gui.undo import SessionCommand


class UndoStack(QUndoStack):
    """The session's history of changes (see the module's docstring)."""

    @Slot()
    def undo(self) -> None:
        """Undo the last step; a step refused for now stays to be undone."""
        index = self.index()
        command = self.command(index - 1)
        super().undo()
        self._put_back_if_refused(command, index)

    @Slot()
    def redo(self) -> None:
        """Redo the step undone last; a step refused for now stays to be redone."""
        index = self.index()
        command = self.command(index)
        super().redo()
        self._put_back_if_refused(command, index)

    def _put_back_if_refused(self, command: QUndoCommand | None, index: int) -> None:
        # Only Python attributes are read: an obsolete command's C++ side is deleted by now.
        if isinstance(command, SessionCommand) and command.take_passing_failure():
            self.setIndex(index)  # the command's step call this makes changes nothing
