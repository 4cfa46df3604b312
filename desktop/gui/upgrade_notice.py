"""The notice shown while the library opened at start is upgraded to this version's schema.

Upgrading holds the start (the window needs the library): a backup of the file first, then the
migrations, seconds for a large library (version 13 hashes every speech's words: ~3 s for
10,000 speeches). Without a word the app would seem not to start; this small window says what it
is doing until the library is open. Loaded only when an upgrade is due.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop import APP_DISPLAY_NAME
from desktop.core.text_templates import fill


def show_upgrade_notice(library_path: Path) -> QProgressDialog:
    """Show the notice and paint it now: the upgrade that follows holds the GUI thread. The
    caller closes it once the library is open (or failed to open)."""
    text = QCoreApplication.translate(
        "UpgradeNotice",
        "Upgrading the library “%1” for this version of Pizhu…\n"
        "A large library takes a few seconds; it is backed up first.",
    )
    dialog = QProgressDialog(fill(text, library_path.name), "", 0, 0)
    dialog.setObjectName("upgrade_notice")
    dialog.setWindowTitle(APP_DISPLAY_NAME)
    dialog.setCancelButton(None)  # an upgrade is one transaction: it is never left half done
    dialog.setMinimumDuration(0)
    dialog.show()
    dialog.setValue(0)
    QApplication.processEvents()  # painted before the upgrade holds the thread
    return dialog
