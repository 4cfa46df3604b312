"""Tests for desktop/core/importing/readers/old_office.py: Word 97–2003 (.doc) and WPS (.wps)
files imported through an office suite (a fake one the tests write; LibreOffice itself once)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from desktop.core.errors import CancelledError, DocumentError
from desktop.core.imported import NoticeKind
from desktop.core.importing import import_file, office_convert
from tests.core.importing.fake_office import OLD_WORD, calls, fake_office, installed

# An Excel 97–2003 file as far as the importer looks: the container, no Word stream.
OLD_EXCEL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le")


def _file(folder: Path, name: str, data: bytes = OLD_WORD) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "kind"), [("讲话.doc", "doc"), ("讲话.WPS", "wps")])
def test_an_old_word_file_is_converted_and_read_as_a_docx(
    name: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office"))
    path = _file(tmp_path, name)
    document = import_file(path)
    assert document.source == str(path)  # the original file, not the temporary .docx
    assert document.title == "在全市工作会议上的讲话"
    assert [node.label for node in document.speeches[0].outline] == ["一、统一思想"]
    assert (document.format, document.encoding) == (kind, "converted by LibreOffice")
    [notice] = document.notices
    assert notice.kind == NoticeKind.CONVERTED
    assert notice.detail == f"converted from .{kind} by LibreOffice"


def test_an_old_word_file_without_an_extension_is_converted_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office"))
    document = import_file(_file(tmp_path, "讲话"))
    assert (document.format, document.title) == ("doc", "在全市工作会议上的讲话")


@pytest.mark.parametrize("name", ["表格.doc", "表格"])
def test_an_old_office_file_that_holds_no_word_document_is_not_converted(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    with pytest.raises(DocumentError) as caught:
        import_file(_file(tmp_path, name, OLD_EXCEL))
    assert caught.value.code == "unsupported"
    assert not (converter.parent / "calls.json").exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "讲话.doc",
            ".doc (Word 97–2003) is not supported: open it in Word or WPS and save it as .docx"
            " (or install LibreOffice: Pizhu then opens such files directly)",
        ),
        (
            "讲话.wps",
            ".wps (WPS Writer) is not supported: open it in Word or WPS and save it as .docx"
            " (or install LibreOffice: Pizhu then opens such files directly)",
        ),
        (
            "讲话",
            "Office 97–2003 files (.doc, .wps, .xls) are not supported: save it as .docx in Word"
            " or WPS (or install LibreOffice: Pizhu then opens such files directly)",
        ),
    ],
)
def test_without_an_office_suite_the_message_says_that_libreoffice_would_open_it(
    name: str, message: str, tmp_path: Path
) -> None:
    path = _file(tmp_path, name)
    with pytest.raises(DocumentError) as caught:
        import_file(path)
    assert caught.value.code == "unsupported"
    assert str(caught.value) == f"{path}: {message}"


def test_a_failed_conversion_names_the_file_and_the_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office", "fail"))
    path = _file(tmp_path, "讲话.doc")
    with pytest.raises(DocumentError) as caught:
        import_file(path)
    assert caught.value.code == "conversion"
    expected = "LibreOffice could not convert it to .docx (Error: source file could not be loaded)"
    assert str(caught.value) == f"{path}: {expected}"


def test_a_hanging_conversion_ends_at_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office", "hang"))
    monkeypatch.setattr(office_convert, "TIMEOUT", 0.5)
    path = _file(tmp_path, "讲话.doc")
    with pytest.raises(DocumentError) as caught:
        import_file(path)
    assert caught.value.code == "conversion-timeout"
    expected = "LibreOffice did not finish converting it within 0.5 seconds"
    assert str(caught.value) == f"{path}: {expected}"


def test_cancelling_the_import_stops_the_conversion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office", "hang"))
    started = converter.parent / "calls.json"
    with pytest.raises(CancelledError):
        import_file(_file(tmp_path, "讲话.doc"), cancel=started.exists)
    assert calls(converter)["pid"]  # it had started, and was stopped


# With LibreOffice itself ----------------------------------------------------------------------

_SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _saved_by_libreoffice(source: Path, extension: str, folder: Path) -> Path:
    """``source`` (a .docx) saved by LibreOffice as a Word 97–2003 file ending ``extension``."""
    assert _SOFFICE is not None
    profile = f"-env:UserInstallation={(folder / 'profile').as_uri()}"
    command = [_SOFFICE, "--headless", profile, "--convert-to", extension]
    subprocess.run([*command, "--outdir", str(folder), str(source)], check=True, timeout=120)
    return folder / f"{source.stem}.{extension}"


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("extension", ["doc", "wps"])
def test_a_real_old_word_file_is_imported_through_libreoffice(
    extension: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PIZHU_SOFFICE")  # the machine's own office suite
    document = docx.Document()
    document.core_properties.title = "在全省工作会议上的讲话"
    document.add_paragraph("同志们：")
    document.add_heading("一、提高认识", 1)
    document.add_paragraph("这次会议的主要任务是总结工作。")
    document.add_heading("二、狠抓落实", 1)
    document.add_paragraph("要把各项任务落到实处。")
    document.save(tmp_path / "讲话.docx")
    old = _saved_by_libreoffice(tmp_path / "讲话.docx", extension, tmp_path / "old")
    assert old.read_bytes().startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    imported = import_file(old)
    assert imported.source == str(old)
    assert imported.title == "在全省工作会议上的讲话"  # the document's own title, carried over
    assert imported.format == extension
    assert [node.label for node in imported.speeches[0].outline] == ["一、提高认识", "二、狠抓落实"]
    assert [notice.detail for notice in imported.notices] == [
        f"converted from .{extension} by LibreOffice"
    ]


def test_a_doc_renamed_docx_is_converted_while_a_suite_is_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office"))
    document = import_file(_file(tmp_path, "讲话.docx"))
    assert (document.format, document.title) == ("doc", "在全市工作会议上的讲话")
    assert [notice.kind for notice in document.notices] == [NoticeKind.CONVERTED]


def test_a_doc_renamed_docx_without_a_suite_says_what_it_holds(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        import_file(_file(tmp_path, "讲话.docx"))
    assert "named .docx but holds" in str(caught.value)
