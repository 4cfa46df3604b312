"""Keyword in context lines: finding, sorting, CSV export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.core.chinese.concordance import (
    CSV_HEADER,
    SortBy,
    concordance,
    concordance_table,
    sort_lines,
)
from desktop.core.errors import QueryError
from desktop.core.export.table import to_csv, write_csv

TEXTS = [
    ("甲", "全市要推进效能革命。我们开展效能革命，\n效能革命不是整人。"),
    ("乙", "深入推进效能革命，建设服务型政府。"),
]


def test_lines_carry_their_place_and_context() -> None:
    lines = concordance("效能革命", TEXTS, width=4)
    assert [(line.source, line.start, line.end) for line in lines] == [
        ("甲", 5, 9),
        ("甲", 14, 18),
        ("甲", 20, 24),
        ("乙", 4, 8),
    ]
    third = lines[2]
    assert (third.left, third.hit, third.right) == ("革命，⏎", "效能革命", "不是整人")


def test_a_context_across_a_paragraph_break_shows_the_mark() -> None:
    # As in search results: each break character shows as ⏎, so contexts keep their length.
    text = "第一段讲发展。\n发展是要务\r\n\u2029坚持发展"
    lines = concordance("发展", [("甲", text)], width=3)
    assert [(line.left, line.hit, line.right) for line in lines] == [
        ("一段讲", "发展", "。⏎发"),
        ("展。⏎", "发展", "是要务"),
        ("⏎坚持", "发展", ""),
    ]
    assert all(len(line.left) == min(3, line.start) for line in lines)


def test_the_csv_keeps_the_mark_on_one_row() -> None:
    table = concordance_table(concordance("开展", TEXTS, width=12))
    rows = list(csv.reader(io.StringIO(to_csv(table).decode("utf-8-sig"))))
    assert rows[1][3:] == ["全市要推进效能革命。我们", "开展", "效能革命，⏎效能革命不是"]


def test_left_sorting_reads_backwards_from_the_hit() -> None:
    lines = concordance("效能革命", TEXTS, width=4)
    by_left = sort_lines(lines, SortBy.LEFT)
    # Left contexts end in 推进, 开展, "，⏎", 推进: grouped by their last character first.
    assert [line.left[-2:] for line in by_left] == ["，⏎", "开展", "推进", "推进"]
    assert sort_lines(lines, SortBy.TEXT) == lines


def test_right_sorting() -> None:
    lines = sort_lines(concordance("效能革命", TEXTS, width=3), SortBy.RIGHT)
    # By code point: 。 (U+3002) < 不 (U+4E0D) < ， (U+FF0C); then ⏎ (U+23CE) before 建.
    assert [line.right for line in lines] == ["。我们", "不是整", "，⏎效", "，建设"]


def test_csv_has_a_bom_and_reads_back(tmp_path: Path) -> None:
    lines = concordance("效能革命", TEXTS)
    path = write_csv(concordance_table(lines, {"甲": "讲话甲"}), tmp_path / "kwic.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_HEADER
    assert rows[1][:3] == ["讲话甲", "5", "9"]
    assert rows[-1][0] == "乙"
    assert len(rows) == len(lines) + 1
    assert to_csv(concordance_table([])) == (",".join(CSV_HEADER) + "\r\n").encode("utf-8-sig")


def test_an_empty_term_is_refused() -> None:
    with pytest.raises(QueryError):
        concordance("  ", TEXTS)
