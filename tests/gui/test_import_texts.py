"""Tests for desktop/gui/import_texts.py: every code and kind the importer uses has words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import desktop.core.importing
from desktop.core.imported import CutShort, ImportNotice, NoticeKind, RemovalKind
from desktop.gui.import_advice import document_error_detail, error_detail
from desktop.gui.import_texts import (
    cut_short_words,
    document_error_text,
    error_text,
    notice_text,
    removal_kind_text,
)
from tests.gui.ui_languages import english_locale, locale_default  # noqa: F401 - fixtures

IMPORTING = Path(desktop.core.importing.__file__).parent


def _document_codes() -> set[str]:
    codes: set[str] = set()
    for path in IMPORTING.rglob("*.py"):
        codes |= set(re.findall(r'code="([a-z-]+)"', path.read_text(encoding="utf-8")))
    return codes


def test_every_code_the_importer_raises_has_its_own_sentence() -> None:
    fallback = document_error_text("no-such-code")
    codes = _document_codes()
    assert codes  # the scan found the importer's codes
    assert {code for code in codes if document_error_text(code) == fallback} == set()


@pytest.mark.parametrize("kind", list(RemovalKind))
def test_every_kind_of_noise_has_a_name(kind: RemovalKind) -> None:
    assert removal_kind_text(kind) != kind.value


@pytest.mark.parametrize(
    "notice",
    [
        ImportNotice(NoticeKind.ENCODING_GUESSED, "guessed", "cp1252"),
        ImportNotice(NoticeKind.MISNAMED, "named .docx", "txt"),
        ImportNotice(NoticeKind.MISNAMED, "named .docx", "html"),
    ],
)
def test_every_notice_has_its_own_sentence(notice: ImportNotice) -> None:
    text = notice_text(notice, ".DOCX")
    assert text != notice.detail  # the UI's language, not core's English
    assert ("Windows-1252" if notice.value == "cp1252" else ".docx") in text


def test_error_text_chooses_by_kind() -> None:
    assert error_text("document", "empty") == "The file is empty."
    assert error_text("library", "disk-full") == "The disk is full."
    assert "report" in error_text("internal", "internal")


def test_every_code_the_importer_raises_has_its_own_detail() -> None:
    fallback = document_error_detail("no-such-code")
    codes = _document_codes()
    assert {code for code in codes if document_error_detail(code) == fallback} == set()


def test_error_detail_chooses_by_kind() -> None:
    assert "extension" in error_detail("document", "mismatch")
    assert "library" in error_detail("library", "disk-full")
    assert "report" in error_detail("internal", "internal")


def test_a_full_or_read_only_library_says_what_to_do_not_just_try_again() -> None:
    # "Try again" on a full disk fails again the same way.
    assert "Free some space" in error_detail("library", "disk-full")
    assert "writable" in error_detail("library", "read-only")
    assert error_detail("library", "busy") == "Nothing was changed in the library. Try again."


@pytest.mark.usefixtures("english_locale")
def test_a_file_cut_short_is_said_in_the_command_line_s_words() -> None:
    # The report said "cut short (damaged)" where the command line gives the sizes; the
    # window's English source text is core's (CUT_SHORT_WORDS): it says what the CLI says.
    short = CutShort(2048, 4608)
    detail = f"the file is {short.words()}: text may be missing"  # the command line's
    notice = ImportNotice(NoticeKind.CUT_SHORT, detail, short.as_value())
    text = notice_text(notice, ".doc")
    assert cut_short_words(short) == short.words() == "cut short (2,048 of 4,608 bytes)"
    assert text.startswith(f"The file is {short.words()}: LibreOffice read what is left")
    refused = error_text("document", "corrupt", ".doc", cut_short=short)
    assert refused == f"The file is damaged: it is {short.words()}."
    assert error_text("document", "corrupt") == document_error_text("corrupt")  # no sizes


@pytest.mark.parametrize("code", ["unsupported", "folder"])
def test_the_kinds_of_file_named_are_those_the_import_dialog_takes(code: str) -> None:
    # .doc and .wps import (through LibreOffice) but went unnamed beside the others.
    from desktop.gui.window_import import IMPORT_PATTERNS

    named = set(re.findall(r"\.(\w+)", document_error_text(code)))
    taken = {pattern.removeprefix("*.") for pattern in IMPORT_PATTERNS.split()}
    assert named == taken - {"markdown", "htm"}, "each kind once (.md and .html for their twins)"
