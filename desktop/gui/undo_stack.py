"""``UndoStack``: the session's history of changes, which keeps a step refused for now."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.gui import undo


class UndoStack(QUndoStack):
    """The session's history of changes, where a step that failed for a passing cause stays.

    QUndoStack moves its index before it knows whether the command's undo or redo succeeded.
    A step the library refused for now (a full disk: ``undo.PASSING_FAILURES``) changed nothing,
    so the index goes back over it: Undo (or Redo) offers the same step again, and it works once
    the disk has room. Its old words may be in no other place.
    """

    stepped = Signal(object)
    """An undo or redo the library took (the command: read its Python attributes only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stepping: QUndoCommand | None = None
        """The command whose undo or redo runs now (None between steps): what a view does
        while the step changes the library (a removed row's editor flushing) is part of it."""

    @Slot()
    def undo(self) -> None:
        """Undo the last step; a step refused for now stays to be undone."""
        index = self.index()
        command = self.command(index - 1)
        self._step(command, super().undo)
        self._after_step(command, index)

    @Slot()
    def redo(self) -> None:
        """Redo the step undone last; a step refused for now stays to be redone."""
        index = self.index()
        command = self.command(index)
        self._step(command, super().redo)
        self._after_step(command, index)

    def _step(self, command: QUndoCommand | None, step: Callable[[], None]) -> None:
        self.stepping = command
        try:
            step()
        finally:
            self.stepping = None

    def _after_step(self, command: QUndoCommand | None, index: int) -> None:
        # Only Python attributes are read: an obsolete command's C++ side is deleted by now.
        if not isinstance(command, undo.SessionCommand):
            return
        if command.take_passing_failure():
            self.setIndex(index)  # the command's step call this makes changes nothing
        elif not command.step_failed:
            self.stepped.emit(command)
