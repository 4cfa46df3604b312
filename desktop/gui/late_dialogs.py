"""The dialogs a background job opens when it ends: never once the main window has closed.

A worker's outcome is posted to the GUI thread; Quit waits for the workers, so the outcome of
one running then (a backup, a check, a restore, an import of annotations, an annotations read
that failed) is delivered after the window has closed. A message opened then is a window of its
own, its parent hidden: the application, which quits when its last window closes, stayed alive
with nothing visible, holding the library's lock. Every dialog opened by what a job brings goes
through ``open_unless_closed``: while the window is open it opens, window-modal; after Quit it
is dropped unseen (what the job wrote is kept; the next start shows the library as it is).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget


def window_has_closed(widget: QWidget | None) -> bool:
    """Whether the main window ``widget`` belongs to (itself or an ancestor) has closed."""
    while widget is not None:
        # MainWindow's flag, set as its close is accepted; duck-typed, as the dialogs that ask
        # are below the window's package (the import would be circular).
        if getattr(widget, "has_closed", False):
            return True
        widget = widget.parentWidget()
    return False


def open_unless_closed(dialog: QDialog) -> bool:
    """``dialog.open()`` while its window is open; True if it opened.

    After Quit the dialog is deleted unseen: shown, it would keep the process running.
    """
    if window_has_closed(dialog.parentWidget()):
        dialog.deleteLater()
        return False
    dialog.open()
    return True
