"""Core's errors as sentences for the user, in the UI language.

Core raises errors with a ``code`` and an English line (DESIGN.md); the window says what the
code means in the user's language, and a message box may keep core's line (which names the file
and the detail) behind Show Details, since that line is what a support request needs verbatim.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.errors import PizhuError

_CONTEXT = "Messages"

_SUMMARIES = {
    "busy": QT_TRANSLATE_NOOP(
        "Messages", "The library is in use by another program. Try again in a moment."
    ),
    "import-saving": QT_TRANSLATE_NOOP(
        "Messages",
        "The library is being saved in the background (an import or the word counts). "
        "Try this again in a moment; nothing was changed.",
    ),
    "read-only": QT_TRANSLATE_NOOP(
        "Messages", "The library cannot be written to, so the change was not saved."
    ),
    "disk-full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. The change was not saved; the library is as it was."
    ),
    "io-error": QT_TRANSLATE_NOOP("Messages", "The disk reported an error."),
    "too-big": QT_TRANSLATE_NOOP(
        "Messages",
        "The library file reached the system's file size limit (errno EFBIG). The change was not "
        "saved; the library is as it was.",
    ),
    "replaced": QT_TRANSLATE_NOOP(
        "Messages",
        "The library's file was replaced (by a restore from a backup) while it was open. "
        "Nothing was changed; open the library again.",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The library file is no longer where it was opened (moved, deleted, or its disk was "
        "removed). The change was not saved.",
    ),
    "corrupt": QT_TRANSLATE_NOOP("Messages", "The library file is damaged."),
    "not-a-library": QT_TRANSLATE_NOOP("Messages", "This file is not a Pizhu library."),
    "schema-too-new": QT_TRANSLATE_NOOP(
        "Messages", "The library was saved by a newer version of Pizhu."
    ),
    "cannot-open": QT_TRANSLATE_NOOP("Messages", "The library file cannot be opened."),
    "not-found": QT_TRANSLATE_NOOP("Messages", "It is no longer in the library."),
    "same-file": QT_TRANSLATE_NOOP(
        "Messages", "A backup cannot replace the library itself: choose another file."
    ),
}


# Opening a library changes nothing, so "the change was not saved" would mislead there.
_OPENING_SUMMARIES = {
    "read-only": QT_TRANSLATE_NOOP(
        "Messages", "The library cannot be opened: its folder or disk cannot be written to."
    ),
    "disk-full": QT_TRANSLATE_NOOP("Messages", "The library cannot be opened: the disk is full."),
}


# Saving where the user reads happens unasked (opening a speech, scrolling): at the start on a
# read-only library "the change was not saved" came before she had changed anything.
_READING_STATE_SUMMARIES = {
    "read-only": QT_TRANSLATE_NOOP(
        "Messages",
        "The library cannot be written to (a read-only file, folder or disk). You can read, "
        "but your place in the text, highlights and notes cannot be saved.",
    ),
    "disk-full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full. Your place in the text was not saved, and highlights and notes "
        "cannot be saved until there is room.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Messages",
        "The library is in use by another program, so your place in the text was not saved.",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The library file is no longer where it was opened (moved, deleted, or its disk was "
        "removed), so your place in the text was not saved.",
    ),
}


def error_summary(error: PizhuError) -> str:
    """One translated sentence saying what went wrong, from the error's code."""
    summary = _SUMMARIES.get(error.code)
    if summary is None:
        return QCoreApplication.translate("Messages", "Something went wrong.")
    return QCoreApplication.translate(_CONTEXT, summary)


def opening_summary(error: PizhuError) -> str:
    """``error_summary`` for an error met while opening the library, when nothing was changed."""
    summary = _OPENING_SUMMARIES.get(error.code)
    if summary is None:
        return error_summary(error)
    return QCoreApplication.translate(_CONTEXT, summary)


def summary_if_core(error: BaseException) -> str:
    """``error_summary`` for a core error; empty for any other (its own text is all there is)."""
    return error_summary(error) if isinstance(error, PizhuError) else ""


def failure_words(error: BaseException) -> str:
    """What went wrong, in the app's words and the UI's language (core's own line is English
    for developers: its code says what it means; any other error's text means nothing to her)."""
    if isinstance(error, PizhuError):
        return error_summary(error)
    return QCoreApplication.translate("Messages", "Something went wrong.")


def reading_state_summary(error: PizhuError) -> str:
    """``error_summary`` for a failure to save where the user reads (no change of hers)."""
    summary = _READING_STATE_SUMMARIES.get(error.code)
    if summary is None:
        return error_summary(error)
    return QCoreApplication.translate(_CONTEXT, summary)
