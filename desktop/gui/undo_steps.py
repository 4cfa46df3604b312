"""Undo and redo as Edit ▸ Undo and Redo make them: each step shown where it changed the text.

Loaded at the first step, not at start (the window's ``undo_step`` and ``redo_step``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from typing import TYPE_CHECKING

from desktop.core.errors import PizhuError
from desktop.gui.lock_refusal import LockRefusals, Refused
from desktop.gui.undo import AnnotationCommand

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def step_showing(window: MainWindow, index: int, step: Callable[[], None], what: Refused) -> None:
    """Undo or redo (``step``, ``what``) the stack's command at ``index``, then show the passage
    it changed; a step refused changes nothing and leaves the page (and the stack) as it is."""
    # Read before the step: Qt deletes a command that turns obsolete while it runs.
    command = window.session.undo_stack.command(index)
    place = command.place() if isinstance(command, AnnotationCommand) else None
    with ExitStack() as writing:
        try:
            # A step the pending queue cannot keep would fail and be dropped: it stays
            # instead. Let in, it writes with the imports held back until it is done.
            writing.enter_context(window.session.refusing_step_while_import_saves(command))
        except PizhuError as error:
            window.show_error(error)
            return
        refusals = LockRefusals.of(window)
        if not refusals.showing():  # a refusal for the lock stays: said once for a burst
            # The message of the change ("Undo with Ctrl+Z") describes a state the step leaves.
            window.status.clearMessage()
        # Refused for another program's lock, the stack's index stays (``UndoStack``) and the
        # status bar says so: the error comes by the session's signal, while the step runs.
        writing.enter_context(refusals.refusing(what))
        step()
    if place is None or (isinstance(command, AnnotationCommand) and command.step_failed):
        return  # refused, the step changed nothing: her page stays (its message says why)
    # A change made out of sight (another speech, a far page) would look like nothing done.
    speech_id, offset = place
    if speech_id != window.current_speech_id():
        window.open_speech(speech_id, offset, passage=True)
    elif offset is not None:
        window.reader.reveal_offset(offset)
