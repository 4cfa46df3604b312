"""Tests for desktop/core/importing/readers/old_office.py: a Word 97–2003 file cut short (a
download that stopped, a full disk) told from its own index, given to the office suite (a
fake the tests write), and refused as damaged when the suite cannot read it."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from desktop.core.errors import DocumentError
from desktop.core.imported import NoticeKind
from desktop.core.importing import import_file
from desktop.core.importing.office_batch import converting
from desktop.core.importing.readers.old_office import cut_short
from tests.core.importing.fake_office import BAD, fake_office, installed, old_word, runs

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END, _FREE, _TABLE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def ole_word(sectors: int = 8, marker: bytes = b"") -> bytes:
    """A Word 97–2003 file as its header and allocation table lay it out (as LibreOffice
    writes one): the table in sector 0, the text's stream after it (``marker`` at its start),
    the directory naming the "WordDocument" stream in the last sector."""
    header = bytearray(512)
    header[:8] = _MAGIC
    struct.pack_into("<HH", header, 0x1A, 3, 0xFFFE)  # version 3, little-endian
    struct.pack_into("<H", header, 0x1E, 9)  # sectors of 512 bytes
    struct.pack_into("<II", header, 0x2C, 1, sectors - 1)  # one table sector; the directory
    struct.pack_into("<II", header, 0x3C, _END, 0)  # no mini table
    struct.pack_into("<II", header, 0x44, _END, 0)  # no more table sectors than the header's
    struct.pack_into("<109I", header, 0x4C, 0, *[_FREE] * 108)
    chain = [*range(2, sectors - 1), _END]  # the stream: sectors 1 to the one before last
    table = [_TABLE, *chain, _END, *[_FREE] * (128 - sectors)]
    stream = (marker + bytes(512 * (sectors - 2)))[: 512 * (sectors - 2)]
    directory = "WordDocument".encode("utf-16-le").ljust(512, b"\0")
    return bytes(header) + struct.pack("<128I", *table) + stream + directory


def test_sectors_of_4096_bytes_start_after_a_header_that_fills_the_first() -> None:
    whole = bytearray(ole_word())
    struct.pack_into("<H", whole, 0x1E, 12)  # version 4's sectors: the table is at 4096
    table = whole[512:1024]
    whole = whole[:512] + bytes(3584) + table + bytes(4096 - 512) + bytes(4096 * 7)
    assert len(whole) == 4096 * 9
    assert cut_short(bytes(whole)) is None
    assert cut_short(bytes(whole[:-4096])) == (4096 * 8, 4096 * 9)


def test_a_table_filled_with_zeros_not_free_marks_is_read_as_unused() -> None:
    whole = bytearray(ole_word())
    whole[512 + 4 * 8 : 1024] = bytes(512 - 4 * 8)  # the entries past the file's 8 sectors
    assert cut_short(bytes(whole)) is None


def test_a_whole_file_is_not_cut_short_and_one_missing_its_end_is() -> None:
    whole = ole_word()
    assert cut_short(whole) is None
    assert cut_short(whole[:-100]) == (len(whole) - 100, len(whole))
    assert cut_short(whole[:2048]) == (2048, len(whole))
    assert cut_short(whole[:300]) == (300, 512)
    assert cut_short(old_word()) is None  # no sectors anyone writes: no verdict


def test_a_doc_cut_before_the_streams_name_is_read_by_the_suite_with_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office"))
    path = tmp_path / "讲话.doc"
    path.write_bytes(ole_word()[:2048])  # the directory, and the stream's name, cut off
    document = import_file(path)
    assert document.title == "在全市工作会议上的讲话"
    converted, cut = document.notices
    assert converted.kind == NoticeKind.CONVERTED
    assert cut.kind == NoticeKind.CUT_SHORT
    assert cut.detail == "the file is cut short (2,048 of 4,608 bytes): text may be missing"


def test_a_doc_cut_short_the_suite_cannot_read_is_refused_as_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office"))
    path = tmp_path / "讲话.doc"
    path.write_bytes(ole_word(marker=BAD)[:2048])
    with pytest.raises(DocumentError) as caught:
        import_file(path)
    assert caught.value.code == "corrupt"
    expected = (
        "the file is damaged: it is cut short (2,048 of 4,608 bytes); "
        "LibreOffice could not read what is left"
    )
    assert str(caught.value) == f"{path}: {expected}"


def test_a_doc_cut_short_without_a_suite_is_refused_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "讲话.doc"
    path.write_bytes(ole_word()[:2048])  # the tests' conftest: no office suite
    with pytest.raises(DocumentError) as caught:
        import_file(path)
    assert caught.value.code == "corrupt"
    expected = (
        "the file is damaged: it is cut short (2,048 of 4,608 bytes); "
        "with LibreOffice installed, Pizhu may read what is left"
    )
    assert str(caught.value) == f"{path}: {expected}"


def test_in_a_batch_a_doc_cut_short_is_damaged_and_the_others_convert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    paths = [tmp_path / f"讲话{n}.doc" for n in range(1, 4)]
    contents = old_word("甲"), ole_word(marker=BAD)[:2048], old_word("丙")
    for path, data in zip(paths, contents, strict=True):
        path.write_bytes(data)
    with converting(paths) as convert:
        assert import_file(paths[0], convert=convert).title == "甲"
        with pytest.raises(DocumentError) as caught:
            import_file(paths[1], convert=convert)
        assert import_file(paths[2], convert=convert).title == "丙"
    assert caught.value.code == "corrupt"
    assert runs(converter) == [["00001.doc", "00002.doc", "00003.doc"]]
