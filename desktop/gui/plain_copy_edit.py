"""A plain-text editor whose Copy, Cut and drag give plain text only.

Qt's ``QPlainTextEdit`` puts HTML, Markdown and an OpenDocument fragment beside the text, the
latter naming the app's own font (``fo:font-family="Sans"``): a note pasted into LibreOffice or
WPS came in that font, not the document's. Her notes go into her draft in its own style.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit


class PlainCopyEdit(QPlainTextEdit):
    """``QPlainTextEdit`` that copies, cuts and drags its selection as plain text alone."""

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """The selection's text, with no formatted copy for a word processor to prefer."""
        mime = QMimeData()
        # selectedText() marks paragraph ends with U+2029; a pasted draft wants line breaks.
        mime.setText(self.textCursor().selectedText().replace("\u2029", "\n"))
        return mime
