"""The readers' front door: which reader a file goes to, and one DocumentError for bad input."""

from __future__ import annotations

import io
import os
import random
import shutil
import socket
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import desktop.core.importing.readers as readers
from desktop.core.errors import ContentMismatchError, DocumentError
from desktop.core.imported import NoticeKind
from desktop.core.importing.readers import read_source, read_source_bytes
from desktop.core.importing.source import SourceText
from desktop.resources import sample_collection_path
from tests.core.importing.readers.docx_factory import new_document, to_bytes
from tests.core.importing.readers.pdf_factory import pdf_pages

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
# High bytes with no control characters: not binary, yet no encoding reads them as text.
_HIGH_BYTES = random.Random(5).randbytes(1200).translate(bytes(range(0x80, 0x100)) * 2)
HTML = "<!DOCTYPE html><html><head><title>讲话</title></head><body><p>正文内容</p></body></html>"


def _error(data: bytes, name: str) -> DocumentError:
    with pytest.raises(DocumentError) as raised:
        read_source_bytes(data, name)
    message = str(raised.value)
    assert message.startswith(f"{name}: ")
    assert "\n" not in message
    return raised.value


def _pdf() -> bytes:
    return pdf_pages([["在全市工作会议上的讲话", "今天召开这次会议。"]])


def _docx(text: str = "正文") -> bytes:
    document = new_document()
    if text:
        document.add_paragraph(text)
    return to_bytes(document)


def _zip(members: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return stream.getvalue()


def test_read_source_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_bytes("第一行\r\n第二行\r\n".encode("gb18030"))
    source = read_source(path)
    assert [line.text for line in source.lines] == ["第一行", "第二行"]
    assert (source.encoding, source.format) == ("gb18030", "txt")


@pytest.mark.parametrize(
    ("name", "data", "expected_format"),
    [
        ("a.txt", "正文".encode(), "txt"),
        ("a.TXT", "正文".encode(), "txt"),
        ("a.md", "# 标题\n\n正文".encode(), "md"),
        ("a.markdown", "# 标题".encode(), "md"),
        ("a.htm", HTML.encode(), "html"),
        ("a.html", HTML.encode(), "html"),
        ("a.docx", _docx(), "docx"),
        ("notes", "正文".encode(), "txt"),
        ("notes.log", "正文".encode(), "txt"),
        ("saved-page", HTML.encode(), "html"),
        ("download", _docx(), "docx"),
        ("old.doc", HTML.encode("gb18030"), "html"),
        ("renamed.doc", _docx(), "docx"),
        ("a.pdf", _pdf(), "pdf"),
        ("download", _pdf(), "pdf"),
        ("paper.caj", _pdf(), "pdf"),
    ],
)
def test_the_format_follows_the_extension_and_the_content(
    name: str, data: bytes, expected_format: str
) -> None:
    source = read_source_bytes(data, name)
    assert source.format == expected_format
    assert any(line.text.strip() for line in source.lines)


def test_a_broken_link_is_named_and_says_where_it_leads(tmp_path: Path) -> None:
    link = tmp_path / "讲话.txt"
    link.symlink_to(tmp_path / "gone" / "讲话.txt")
    with pytest.raises(DocumentError) as raised:
        read_source(link)
    assert raised.value.code == "unreadable"
    assert raised.value.path == str(link)
    assert str(raised.value).startswith(f"{link}: a link to {tmp_path / 'gone'}")


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfeA", b"\xfe\xff\xd8", b"\xff\xfe=\xd8", "\ufffd\n\ufffd\x00".encode()],
    ids=["utf-16le-bom-and-a-byte", "utf-16be-bom-and-a-byte", "a-lone-surrogate", "replacements"],
)
def test_a_text_that_decodes_to_nothing_readable_is_damaged(data: bytes) -> None:
    with pytest.raises(DocumentError) as raised:
        read_source_bytes(data, "讲话.txt")
    assert raised.value.code == "corrupt"


@pytest.mark.parametrize("data", [b"\x00\x01\x02", "\u200b\ufeff \n\u200d".encode()])
def test_a_text_of_only_controls_and_invisible_characters_is_empty(data: bytes) -> None:
    with pytest.raises(DocumentError) as raised:
        read_source_bytes(data, "讲话.txt")
    assert raised.value.code == "empty"


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as raised:
        read_source(tmp_path / "nowhere.txt")
    assert raised.value.code == "unreadable"
    assert "nowhere.txt" in str(raised.value)


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as raised:
        read_source(tmp_path)
    assert raised.value.code == "folder"  # not "unreadable": it is there and can be read


@pytest.fixture
def short_folder() -> Iterator[Path]:
    """A folder with a short path: an AF_UNIX socket's path (108 bytes) may not be tmp_path's."""
    folder = Path(tempfile.mkdtemp(prefix="pz"))
    yield folder
    shutil.rmtree(folder)


def _special_file(kind: str, folder: Path) -> Path:
    if kind == "named-pipe":
        path = folder / "管道.txt"
        os.mkfifo(path)
        return path
    if kind == "device":
        return Path(os.devnull)
    path = folder / "s.txt"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.close()  # the socket file stays behind, as one left by a crashed program
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and sockets are POSIX's")
@pytest.mark.parametrize(
    ("kind", "what"),
    [("named-pipe", "a named pipe"), ("device", "a device"), ("socket", "a socket")],
)
def test_a_pipe_device_or_socket_is_named_as_such_and_never_opened(
    short_folder: Path, monkeypatch: pytest.MonkeyPatch, kind: str, what: str
) -> None:
    """Opening a named pipe waits for a writer that may never come: the import would hang."""
    path = _special_file(kind, short_folder)

    def never(self: Path) -> bytes:
        raise AssertionError(f"{self} was opened")

    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(DocumentError) as raised:
        read_source(path)
    assert raised.value.code == kind
    assert str(raised.value) == f"{path}: not a regular file ({what}): only files can be imported"


def test_too_large_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: takes no disk space
        stream.truncate(200 * 1024 * 1024 + 1)

    def never(self: Path) -> bytes:
        raise AssertionError("the bytes of a too-large file were read")

    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(DocumentError) as raised:
        read_source(path)
    assert raised.value.code == "too-large"
    assert "200 MB" in str(raised.value)


def test_too_large_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_SIZE", 10)
    assert _error(b"x" * 11, "a.txt").code == "too-large"
    assert read_source_bytes(b"x" * 10, "a.txt").lines[0].text == "x" * 10


def test_a_text_longer_than_the_limit_is_refused_naming_its_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(readers, "MAX_TEXT_LENGTH", 2_000_000)
    text = "效" * 1_000_000 + "\n" + "能" * 1_000_000
    assert len(read_source_bytes(text.encode(), "a.txt").lines) == 2
    error = _error((text + "革").encode(), "a.txt")
    assert error.code == "too-large"
    assert "2.0 million characters" in str(error)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"  \r\n\t \n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"\xef\xbb\xbf  \r\n",
        " \n".encode("utf-16"),
        "\u3000\u3000\n".encode(),
    ],
)
def test_empty_files(data: bytes) -> None:
    assert _error(data, "空.txt").code == "empty"


def test_empty_docx_html_md_are_empty_too() -> None:
    for name in ("a.docx", "a.html", "a.md"):
        assert _error(b"", name).code == "empty"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.docx", _docx("")),
        ("a.html", b"<html><body><script>var x = 1;</script><p>  </p></body></html>"),
        ("a.md", b"![only an image](picture.png)\n"),
        ("a.md", b"---\ntitle: x\n---\n"),
    ],
)
def test_valid_files_without_text(name: str, data: bytes) -> None:
    assert _error(data, name).code == "no-text"


def test_binary_data_is_binary() -> None:
    noise = random.Random(7).randbytes(4096)
    assert _error(noise, "a.txt").code == "binary"
    assert _error(noise, "noise").code == "binary"


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("photo.png", PNG, "PNG image"),
        ("photo", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "JPEG image"),
        ("program", b"\x7fELF\x02\x01\x01" + bytes(100), "ELF"),
        ("library.db", b"SQLite format 3\x00" + bytes(100), "SQLite"),
        ("archive.zip", _zip({"a.txt": b"x"}), "ZIP archive"),
    ],
)
def test_known_binary_formats_are_named(name: str, data: bytes, words: str) -> None:
    error = _error(data, name)
    assert error.code == "binary"
    assert words in str(error)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("a.doc", OLE2, ".doc (Word 97–2003) is not supported: open it in Word or WPS and save"),
        ("a.wps", OLE2, "save it as .docx"),
        ("a", OLE2, "save it as .docx"),
        ("a.rtf", b"{\\rtf1\\ansi hello}", "RTF is not supported"),
        ("a.xlsx", _zip({"xl/workbook.xml": b"<x/>"}), "spreadsheets are not supported"),
        ("a", _zip({"xl/workbook.xml": b"<x/>"}), "Excel workbook"),
        ("a.pages", _zip({"Index/Document.iwa": b"x"}), "Pages documents are not supported"),
        ("a.key", _zip({"Index/Document.iwa": b"x"}), "Export To ▸ Word or PDF"),
    ],
)
def test_formats_we_do_not_read_are_unsupported(name: str, data: bytes, words: str) -> None:
    error = _error(data, name)
    assert error.code == "unsupported"
    assert words in str(error)


@pytest.mark.parametrize(
    ("name", "data", "words", "holds"),
    [
        ("a.docx", bytes(range(32)) * 20, "binary data, not a Word document", ""),
        ("a.docx", _HIGH_BYTES, "not text in any known encoding", ""),
        ("a.docx", PNG, "PNG image", ".png"),
        ("a.docx", _zip({"xl/workbook.xml": b"<x/>"}), "Excel workbook", ".xlsx"),
        ("a.docx", _zip({"a.txt": b"x"}), "ZIP archive", ".zip"),
        ("a.docx", OLE2, "save it as .docx in Word or WPS", ".doc"),
        ("a.html", random.Random(3).randbytes(2048), "binary data", ""),
        ("a.md", random.Random(4).randbytes(2048), "binary data", ""),
        ("a.txt", PDF, "a PDF document: rename it to .pdf", ".pdf"),
        ("a.txt", _zip({"a.txt": b"x"}), "ZIP archive", ".zip"),
        ("a.pdf", bytes(range(32)) * 20, "binary data, not a PDF", ""),
        ("a.pdf", _docx(), "rename it to .docx", ".docx"),
        ("a.txt", _docx(), "rename it to .docx", ".docx"),
        ("a.md", PNG, "PNG image", ".png"),
        ("a.html", OLE2, "Office 97–2003", ".doc"),
    ],
)
def test_content_that_contradicts_the_extension_is_a_mismatch(
    name: str, data: bytes, words: str, holds: str
) -> None:
    error = _error(data, name)
    assert error.code == "mismatch"
    assert words in str(error)
    assert Path(name).suffix in str(error)
    assert isinstance(error, ContentMismatchError)
    assert error.holds == holds  # what the window's advice goes by


@pytest.mark.parametrize(
    ("name", "data", "expected_format"),
    [
        ("讲话.docx", "在全市工作会议上的讲话\n同志们：".encode(), "txt"),
        ("讲话.docx", HTML.encode(), "html"),
        ("讲话.doc", "在全市工作会议上的讲话\n同志们：".encode("gb18030"), "txt"),
        ("讲话.doc", HTML.encode("gb18030"), "html"),  # Word's "save as web page"
        ("讲话.wps", "在全市工作会议上的讲话".encode(), "txt"),
        ("讲话.pdf", "在全市工作会议上的讲话".encode(), "txt"),
    ],
)
def test_text_named_as_a_document_is_read_as_text_with_a_note(
    name: str, data: bytes, expected_format: str
) -> None:
    """A user who renamed a text .docx, or a site that served its page as .doc, expects to read
    what is in it; the note tells them the name was wrong."""
    source = read_source_bytes(data, name)
    assert source.format == expected_format
    assert "讲话" in source.lines[0].text or source.title == "讲话"
    (notice,) = source.notices
    assert (notice.kind, notice.value) == (NoticeKind.MISNAMED, expected_format)
    assert notice.detail.startswith(f"the file is named {Path(name).suffix} but holds ")


@pytest.mark.parametrize("name", ["讲话.txt", "讲话", "讲话.md", "讲话.log"])
def test_text_under_a_text_name_has_no_note(name: str) -> None:
    assert read_source_bytes("在全市工作会议上的讲话".encode(), name).notices == ()


def test_a_spreadsheet_name_holding_text_stays_unsupported() -> None:
    # A table exported as tab-separated text named .xls is no speech to read.
    assert _error("地区\t数值\n".encode(), "a.xls").code == "unsupported"


def test_a_damaged_docx_is_corrupt_not_a_mismatch() -> None:
    data = _docx("正文")
    assert _error(data[: len(data) // 2], "a.docx").code == "corrupt"


def test_undecodable_text_is_an_encoding_error() -> None:
    # High bytes with no control characters: not binary, yet no encoding reads them as text.
    generator = random.Random(5)
    data = bytes(generator.randrange(0x80, 0x100) for _ in range(600))
    assert _error(data, "a.txt").code == "encoding"


def test_sample_collection_reads_line_by_line() -> None:
    data = sample_collection_path().read_bytes()
    source = read_source_bytes(data, "sample_speeches.txt")
    assert source.encoding in {"utf-8", "utf-8-sig"}
    assert [line.text for line in source.lines] == data.decode("utf-8-sig").splitlines()


_NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.doc", "a.pdf", "a", "a.xyz"])


_CODES = {
    "empty",
    "binary",
    "too-large",
    "corrupt",
    "mismatch",
    "unsupported",
    "no-text",
    "encoding",
    "encrypted",
    "scanned",
}


def _outcome(data: bytes, name: str) -> SourceText | DocumentError:
    try:
        return read_source_bytes(data, name)
    except DocumentError as error:
        return error


def _check_outcome(outcome: SourceText | DocumentError) -> None:
    if isinstance(outcome, DocumentError):
        assert outcome.code in _CODES
        assert "\n" not in str(outcome)
    else:
        assert isinstance(outcome, SourceText)
        assert any(line.text.strip() for line in outcome.lines)


@given(data=st.binary(max_size=2048), name=_NAMES)
def test_any_bytes_give_a_source_or_a_document_error(data: bytes, name: str) -> None:
    _check_outcome(_outcome(data, name))


@given(
    prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"PK\x03\x04", b"<html>"]),
    data=st.binary(max_size=512),
    name=_NAMES,
)
def test_bytes_behind_a_telling_prefix_fail_cleanly(prefix: bytes, data: bytes, name: str) -> None:
    _check_outcome(_outcome(prefix + data, name))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("正文", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(DocumentError) as raised:
        read_source(path)
    assert raised.value.code == "unreadable"
