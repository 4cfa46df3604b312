"""What core's error codes and data kinds mean to the user, in the UI's language.

Core raises errors with a ``code`` and an English message (DESIGN.md); the GUI shows the sentence
for the code here and keeps core's message as the detail. Removal kinds (the noise the importer
takes out) and import statuses are named here too, so every dialog says them the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.document import RemovalKind

translate = QCoreApplication.translate


def document_error_text(code: str) -> str:
    """Why a file could not be imported, for a ``DocumentError`` code."""
    texts = {
        "empty": translate("Messages", "The file is empty."),
        "binary": translate("Messages", "The file is not a text document."),
        "too-large": translate("Messages", "The file is too large to import."),
        "corrupt": translate("Messages", "The file is damaged and cannot be read."),
        "mismatch": translate("Messages", "The file's content does not match its extension."),
        "unsupported": translate(
            "Messages", "This kind of file cannot be imported (use .txt, .docx, .md or .html)."
        ),
        "unreadable": translate(
            "Messages", "The file cannot be read (it was moved, or permission is missing)."
        ),
        "no-text": translate("Messages", "The file holds no text."),
        "encoding": translate("Messages", "The file's text encoding could not be recognised."),
    }
    return texts.get(code, translate("Messages", "The file cannot be imported."))


def library_error_text(code: str) -> str:
    """What is wrong with the library, for a ``LibraryError`` code."""
    texts = {
        "corrupt": translate("Messages", "The library file is damaged."),
        "not-a-library": translate("Messages", "The file is not a Pizhu library."),
        "schema-too-new": translate(
            "Messages", "The library was made by a newer version of Pizhu. Please update Pizhu."
        ),
        "busy": translate("Messages", "The library is in use by another program. Try again."),
        "read-only": translate("Messages", "The library cannot be written to (it is read-only)."),
        "disk-full": translate("Messages", "The disk is full."),
        "not-found": translate("Messages", "The library or the item was not found."),
        "invalid": translate("Messages", "The content cannot be stored in the library."),
        "cannot-open": translate(
            "Messages", "The library cannot be opened (missing folder or no permission)."
        ),
        "io-error": translate("Messages", "The disk failed while reading or writing the library."),
    }
    return texts.get(code, translate("Messages", "The library cannot be used."))


def error_text(kind: str, code: str) -> str:
    """The sentence for an error of ``kind`` (document, library, internal) and ``code``."""
    if kind == "document":
        return document_error_text(code)
    if kind == "library":
        return library_error_text(code)
    return translate("Messages", "Something went wrong. Please report this problem.")


def removal_kind_text(kind: str) -> str:
    """The name of a kind of removed noise."""
    texts = {
        RemovalKind.WATERMARK: translate("Messages", "Copyright notices and watermarks"),
        RemovalKind.CATALOGUE_STAMP: translate("Messages", "Catalogue stamps"),
        RemovalKind.PAGE_MARKER: translate("Messages", "Page numbers and continuation marks"),
        RemovalKind.FOOTER: translate("Messages", "Previous/next article links"),
        RemovalKind.WEB_CHROME: translate("Messages", "Web page navigation and editor lines"),
        RemovalKind.LINE_BREAK: translate("Messages", "Line breaks inside sentences (rejoined)"),
        RemovalKind.SPACING: translate("Messages", "Stray spaces"),
        RemovalKind.CONTROL: translate("Messages", "Invisible control characters"),
    }
    return texts.get(kind, kind)
