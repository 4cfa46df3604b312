"""What a user can do about a file an import could not take, in the UI's language.

Apart from ``import_texts`` (the sentences saying what went wrong) because it is the other half
of each report row: the advice, by error code and by what the file is named and holds, whose
wording follows which converters exist (LibreOffice for .doc and .wps).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.imported import CutShort
from desktop.core.importing.extensions import CONVERTED_EXTENSIONS

translate = QCoreApplication.translate


def document_error_detail(code: str) -> str:
    """What a user can do about a file that could not be imported, for a ``DocumentError``."""
    texts = {
        "empty": translate("ImportTexts", "Check that the right file was chosen."),
        "binary": translate(
            "ImportTexts",
            "It may be a program, a picture or an archive. Import the text document itself.",
        ),
        "too-large": translate(
            "ImportTexts", "Split it into smaller files and import those instead."
        ),
        "corrupt": translate(
            "ImportTexts",
            "Open it in the program that made it, save it again, and import the new copy.",
        ),
        "mismatch": translate(
            "ImportTexts",
            "Its name says one kind of file but it holds another (for example an archive named "
            ".txt). Give it the right extension, or save it again as the kind its name says.",
        ),
        "unsupported": translate(
            "ImportTexts", "Save it as .txt, .docx, .pdf, .md or .html and import that copy."
        ),
        "unreadable": translate(
            "ImportTexts",
            "Check that the file is still there and that you have permission to open it.",
        ),
        "folder": translate(
            "ImportTexts", "Choose a folder that holds documents, or choose the files themselves."
        ),
        **dict.fromkeys(("named-pipe", "device", "socket"), _save_to_a_file()),
        "no-text": translate(
            "ImportTexts",
            "Once page numbers, navigation and other noise were removed, nothing was left.",
        ),
        "encoding": translate(
            "ImportTexts", "Open it in a text editor and save it again as UTF-8, then import it."
        ),
        "encrypted": translate(
            "ImportTexts", "Open it with its password and save or print a copy without one."
        ),
        "scanned": translate(
            "ImportTexts",
            "Text recognition (OCR) in a PDF program turns page images into text that can "
            "be imported.",
        ),
        "conversion": translate(
            "ImportTexts",
            "It may be damaged or protected by a password. Open it in Word, WPS or "
            "LibreOffice, save it as .docx, and import that copy.",
        ),
        "conversion-timeout": translate(
            "ImportTexts",
            "It may be very large or damaged. Open it in Word, WPS or LibreOffice, save it as "
            ".docx, and import that copy.",
        ),
        "converter-stuck": translate(
            "ImportTexts",
            "Import it again; if LibreOffice keeps stopping, reinstall it, or open the file in "
            "Word or WPS, save it as .docx, and import that copy.",
        ),
    }
    return texts.get(code, translate("ImportTexts", "Check the file and try again."))


def _install_libreoffice() -> str:
    # Only for a file named .doc or .wps: what it holds is what LibreOffice converts.
    return translate(
        "ImportTexts", "Or install LibreOffice: Pizhu then opens .doc and .wps files directly."
    )


def _cut_short_advice(converter_tried: bool) -> str:
    """For a file missing its end: the command line's "LibreOffice could not read what is
    left" or "with LibreOffice installed, Pizhu may read what is left", and a whole copy."""
    if converter_tried:
        return translate(
            "ImportTexts",
            "Copy or download the file again to get all of it: LibreOffice could not read what "
            "is left of this copy.",
        )
    return translate(
        "ImportTexts",
        "Copy or download the file again to get all of it; or install LibreOffice: Pizhu may "
        "then read what is left of this copy.",
    )


def _save_to_a_file() -> str:
    # It was never opened: reading a pipe or device could wait forever, or never end.
    return translate(
        "ImportTexts", "Save the text it gives to a file (for example a .txt), and import that."
    )


def unsupported_advice(suffix: str) -> str | None:
    """How to get an importable copy of a kind of file Pizhu does not read, by its extension."""
    suffix = suffix.lower()
    if suffix in (".doc", ".wps", ".rtf", ".odt"):
        return translate(
            "ImportTexts", "Open it in Word or WPS, save it as .docx, and import that copy."
        )
    if suffix in (".pages", ".numbers", ".key"):
        return translate(
            "ImportTexts",
            "In the app that made it, choose File ▸ Export To ▸ Word (or PDF), and import "
            "that copy.",
        )
    return None


# What the importer says a picture's content would be named (core.importing.readers.sniff).
PICTURES = frozenset({".png", ".jpg", ".gif", ".tif", ".webp"})


def mismatch_advice(holds: str) -> str | None:
    """What to do with a file whose content usually has the extension ``holds`` ("" if none)."""
    if holds in (".docx", ".pdf", ".html"):
        return translate("ImportTexts", "Rename it to end in %1 and import it again.").replace(
            "%1", holds
        )
    if holds in PICTURES:
        return translate(
            "ImportTexts",
            "It is a picture, not a document. If it shows a speech, get its text first (with "
            "the text recognition (OCR) of WPS or a phone app), save it as .txt or .docx and "
            "import that.",
        )
    if holds == ".zip":
        return translate(
            "ImportTexts", "It is a ZIP archive: unpack it and import the documents inside."
        )
    if holds:
        return translate(
            "ImportTexts",
            "Pizhu does not read %1 files: save it as .docx, or copy its text into a .txt file, "
            "and import that.",
        ).replace("%1", holds)
    return None


def error_detail(
    kind: str,
    code: str,
    suffix: str = "",
    holds: str = "",
    cut_short: CutShort | None = None,
    converter_tried: bool = False,
) -> str:
    """What to do about an error of ``kind`` and ``code`` (for a file with extension
    ``suffix`` whose content, when it is not what the name says, ``holds`` another's; for one
    ``cut_short``, whether the office suite tried what is left), in the UI's language alone."""
    if kind == "document":
        if code == "corrupt" and cut_short is not None:
            return _cut_short_advice(converter_tried)
        # A mismatch is about what the file holds, whatever it is called.
        advice = unsupported_advice(holds if code == "mismatch" else suffix)
        if code == "mismatch" and advice is None:
            advice = mismatch_advice(holds)
        if code == "unsupported" and suffix.lower() in CONVERTED_EXTENSIONS:
            return f"{advice} {_install_libreoffice()}"
        if code in ("unsupported", "mismatch") and advice is not None:
            return advice
        if code == "binary" and suffix.lower() == ".zip":  # she knows it is one: how to open it
            return mismatch_advice(".zip") or ""
        return document_error_detail(code)
    if kind == "library":
        return library_error_advice(code)
    return translate(
        "ImportTexts", "Please report this problem, with the file if you can share it."
    )


def library_error_advice(code: str) -> str:
    """What to do when the library failed during an import: trying again helps only sometimes."""
    texts = {
        # Again would fail the same way until the user acts.
        "disk-full": translate(
            "ImportTexts",
            "Nothing was changed in the library. Free some space on its disk, then import again.",
        ),
        "read-only": translate(
            "ImportTexts",
            "Nothing was changed in the library. Make its file and folder writable, "
            "then import again.",
        ),
        "too-big": translate(
            "ImportTexts",
            "Nothing was changed in the library. Raise the system's file-size limit "
            "(ulimit -f), then import again.",
        ),
    }
    return texts.get(
        code, translate("ImportTexts", "Nothing was changed in the library. Try again.")
    )
