"""What an import's errors and findings mean to the user, in the UI's language.

Core raises errors with a ``code`` and an English message (DESIGN.md); the import report shows
the sentence for the code here and keeps core's message as the detail. The kinds of noise the
importer takes out are named here too; what to do about each error is in ``import_advice``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.imported import CutShort, ImportNotice, NoticeKind, RemovalKind
from desktop.core.text_templates import fill
from desktop.gui.import_advice import error_detail

if TYPE_CHECKING:
    from desktop.gui.import_job import ErrorInfo

translate = QCoreApplication.translate


def document_error_text(code: str) -> str:
    """Why a file could not be imported, for a ``DocumentError`` code."""
    texts = {
        "empty": translate("ImportTexts", "The file is empty."),
        "binary": translate("ImportTexts", "The file is not a text document."),
        "too-large": translate("ImportTexts", "The file is too large to import."),
        "corrupt": translate("ImportTexts", "The file is damaged and cannot be read."),
        "mismatch": translate("ImportTexts", "The file's content does not match its extension."),
        "unsupported": translate(
            "ImportTexts",
            "This kind of file cannot be imported "
            "(use .txt, .docx, .doc, .wps, .pdf, .md or .html).",
        ),
        "unreadable": translate(
            "ImportTexts", "The file cannot be read (it was moved, or you do not have permission)."
        ),
        "folder": translate(
            "ImportTexts",
            "The folder holds no file that can be imported "
            "(.txt, .docx, .doc, .wps, .pdf, .md or .html).",
        ),
        "named-pipe": translate(
            "ImportTexts", "This is a named pipe, not a regular file: only files can be imported."
        ),
        "device": translate(
            "ImportTexts", "This is a device, not a regular file: only files can be imported."
        ),
        "socket": translate(
            "ImportTexts", "This is a socket, not a regular file: only files can be imported."
        ),
        "no-text": translate("ImportTexts", "The file holds no text."),
        "encoding": translate("ImportTexts", "The file's text encoding could not be recognised."),
        "encrypted": translate(
            "ImportTexts", "The PDF is protected by a password: save an unprotected copy first."
        ),
        "scanned": translate(
            "ImportTexts", "The PDF holds only images of its pages (a scan): run OCR on it first."
        ),
        "conversion": translate("ImportTexts", "LibreOffice could not convert the file."),
        "conversion-timeout": translate(
            "ImportTexts", "LibreOffice did not finish converting the file in time."
        ),
        "converter-stuck": translate(
            "ImportTexts", "LibreOffice stopped responding, so the file was not converted."
        ),
    }
    return texts.get(code, translate("ImportTexts", "The file cannot be imported."))


def library_error_text(code: str) -> str:
    """What is wrong with the library, for a ``LibraryError`` code."""
    texts = {
        "corrupt": translate("ImportTexts", "The library file is damaged."),
        "not-a-library": translate("ImportTexts", "The file is not a Pizhu library."),
        "schema-too-new": translate(
            "ImportTexts", "The library was made by a newer version of Pizhu. Please update Pizhu."
        ),
        "busy": translate("ImportTexts", "The library is in use by another program. Try again."),
        "read-only": translate(
            "ImportTexts", "The library cannot be written to (it is read-only)."
        ),
        "disk-full": translate("ImportTexts", "The disk is full."),
        "not-found": translate("ImportTexts", "The library or the item was not found."),
        "invalid": translate("ImportTexts", "The content cannot be stored in the library."),
        "cannot-open": translate(
            "ImportTexts", "The library cannot be opened (missing folder or no permission)."
        ),
        "io-error": translate(
            "ImportTexts", "The disk failed while reading or writing the library."
        ),
        "missing": translate(
            "ImportTexts", "The library file is no longer where it was opened (moved or deleted)."
        ),
        "too-big": translate(
            "ImportTexts",
            "The library file reached the system's file size limit (errno EFBIG).",
        ),
    }
    return texts.get(code, translate("ImportTexts", "The library cannot be used."))


def cut_short_words(short: CutShort) -> str:
    """ "cut short (2,048 of 4,608 bytes)" in the UI's language: the command line's words
    (``CUT_SHORT_WORDS``, this text's English source) with the figures of the locale."""
    template = translate("ImportTexts", "cut short (%1 of %2 bytes)")
    return short.words(template, QLocale().toString)


def error_text(
    kind: str, code: str, suffix: str = "", holds: str = "", cut_short: CutShort | None = None
) -> str:
    """The sentence for an error of ``kind`` (document, library, internal) and ``code``; for a
    file named ``suffix`` that ``holds`` another kind of content, the two extensions; for one
    ``cut_short``, its sizes (as the command line says them)."""
    if kind == "document":
        if code == "corrupt" and cut_short is not None:
            text = translate("ImportTexts", "The file is damaged: it is %1.")
            return text.replace("%1", cut_short_words(cut_short))
        if code == "mismatch" and suffix and holds:
            return (
                translate("ImportTexts", "The file is named %1 but holds a %2 file.")
                .replace("%1", suffix.lower())
                .replace("%2", holds)
            )
        return document_error_text(code)
    if kind == "library":
        return library_error_text(code)
    return translate("ImportTexts", "Something went wrong. Please report this problem.")


def removal_kind_text(kind: str) -> str:
    """The name of a kind of removed noise."""
    texts = {
        RemovalKind.WATERMARK: translate("ImportTexts", "Copyright notices and watermarks"),
        RemovalKind.CATALOGUE_STAMP: translate("ImportTexts", "Catalogue stamps"),
        RemovalKind.PAGE_MARKER: translate("ImportTexts", "Page numbers and continuation marks"),
        RemovalKind.PAGE_HEADER: translate("ImportTexts", "Page headers and footers"),
        RemovalKind.FOOTER: translate("ImportTexts", "Previous/next article links"),
        RemovalKind.WEB_CHROME: translate("ImportTexts", "Web page navigation and editor lines"),
        RemovalKind.LINE_BREAK: translate("ImportTexts", "Line breaks inside sentences (rejoined)"),
        RemovalKind.SPACING: translate("ImportTexts", "Stray spaces"),
        RemovalKind.CONTROL: translate("ImportTexts", "Invisible control characters"),
        RemovalKind.CUT_OFF: translate("ImportTexts", "Titles of a speech cut off before its text"),
    }
    return texts.get(kind, kind)


def notice_text(notice: ImportNotice, suffix: str) -> str:
    """What the user should check of how a file named ``…suffix`` was read."""
    if notice.kind == NoticeKind.ENCODING_GUESSED:
        return translate(
            "ImportTexts",
            "Its text encoding could not be told for certain; it was read as %1. If accented "
            "letters look wrong, save the file as UTF-8 and import it again.",
        ).replace("%1", _encoding_name(notice.value))
    if notice.kind == NoticeKind.MISNAMED and notice.value == "html":
        text = translate(
            "ImportTexts",
            "The file is named %1 but is a web page (HTML), not the document its name says; "
            "it was imported as a web page. Renamed to end in .html, it imports without this "
            "note.",
        )
        return text.replace("%1", suffix.lower())
    if notice.kind == NoticeKind.MISNAMED:
        text = translate(
            "ImportTexts",
            "The file is named %1 but holds plain text, not the document its name says; its "
            "text was imported as plain text. Renamed to end in .txt, it imports without this "
            "note.",
        )
        return text.replace("%1", suffix.lower())
    if notice.kind == NoticeKind.REPLACED_BYTES:
        text = translate(
            "ImportTexts",
            "Bytes that could not be read: %1, each shown as �, the first on line %2. The "
            "file may be damaged or partly in another encoding: check the text there, or save "
            "the file as UTF-8 and import it again.",
        )
        locale = QLocale()
        return fill(text, locale.toString(int(notice.value or 0)), locale.toString(notice.line))
    if notice.kind == NoticeKind.CONVERTED:
        text = translate(
            "ImportTexts", "It was converted from .%1 by LibreOffice, then read as a .docx."
        )
        return text.replace("%1", notice.value)
    short = CutShort.from_value(notice.value) if notice.kind == NoticeKind.CUT_SHORT else None
    if short is not None:
        text = translate(
            "ImportTexts",
            "The file is %1: LibreOffice read what is left of it, and some of its text may be "
            "missing.",
        )
        return text.replace("%1", cut_short_words(short))
    return notice.detail


def _encoding_name(encoding: str) -> str:
    """An encoding as Windows and editors name it (cp1252 → Windows-1252)."""
    if encoding.startswith("cp125"):
        return "Windows-" + encoding.removeprefix("cp")
    return encoding.upper()


def problem_and_advice(error: ErrorInfo, suffix: str) -> tuple[str, str]:
    """What went wrong with a file named ``…suffix`` that was not imported, and what to do."""
    problem = error_text(error.kind, error.code, suffix, error.holds, error.cut_short)
    advice = error_detail(
        error.kind, error.code, suffix, error.holds, error.cut_short, error.converter_tried
    )
    return problem, advice
