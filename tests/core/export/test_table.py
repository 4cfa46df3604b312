"""The shared table writer: CSV for Excel and WPS, tab-separated text to paste."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import ExportError
from desktop.core.export.table import Table, to_csv, to_tsv, write_csv

TABLE = Table.of(("term", "count"), [("效能革命", 12), ("两集中、两到位", 3), ("=SUM(A1)", 1)])


def _read(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_a_bom_crlf_rows_and_defused_formulas() -> None:
    data = to_csv(TABLE)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 4
    assert _read(data) == [
        ["term", "count"],
        ["效能革命", "12"],
        ["两集中、两到位", "3"],
        ["'=SUM(A1)", "1"],
    ]


def test_tsv_pastes_as_a_table_with_cells_on_one_line() -> None:
    table = Table.of(("left", "hit"), [("一段\n话\t里", "经济")])
    assert to_tsv(table, ("左", "词")) == "左\t词\n一段 话 里\t经济\n"


def test_write_csv_is_atomic_and_says_what_went_wrong(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "terms.csv"
    assert write_csv(TABLE, target) == target
    assert _read(target.read_bytes())[1] == ["效能革命", "12"]
    with pytest.raises(ExportError) as raised:
        write_csv(TABLE, folder / "missing" / "terms.csv")
    assert raised.value.code == "missing-folder"
    assert [p.name for p in folder.iterdir()] == ["terms.csv"]


@given(st.lists(st.tuples(st.text(), st.integers()), max_size=5))
def test_any_text_reads_back_from_csv(rows: list[tuple[str, int]]) -> None:
    cleaned = [(text.replace("\r", "").replace("\x00", ""), number) for text, number in rows]
    read = _read(to_csv(Table.of(("text", "number"), cleaned)))[1:]
    assert [row[1] for row in read] == [str(number) for _, number in cleaned]
    for (text, _), row in zip(cleaned, read, strict=True):
        assert row[0] in (text, "'" + text)
