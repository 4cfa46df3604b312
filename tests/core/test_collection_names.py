"""Tests for desktop/core/collection_names.py: telling same-titled collections apart."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.collection_names import (
    CollectionDistinction,
    clashing_titles,
    collection_distinctions,
    file_name_of,
)
from desktop.core.records import CollectionRecord


def _collection(
    collection_id: int, title: str, source: str | None, imported: str = "2026-11-20T08:00:00Z"
) -> CollectionRecord:
    return CollectionRecord(collection_id, title, source, None, "utf-8", "docx", imported, 1)


def test_collections_of_unique_titles_need_nothing() -> None:
    records = [_collection(1, "政府工作报告", "/a/报告.docx"), _collection(2, "讲话", "/a/b.txt")]
    assert collection_distinctions(records) == {}


def test_same_titled_collections_are_told_apart_by_their_file_names() -> None:
    records = [
        _collection(1, "政府工作报告", "/home/me/草稿/政府工作报告（征求意见稿）.docx"),
        _collection(2, "政府工作报告 ", r"C:\Users\me\定稿\政府工作报告.docx"),
        _collection(3, "讲话", "/a/讲话.txt"),
    ]
    assert collection_distinctions(records) == {
        1: CollectionDistinction(file_name="政府工作报告（征求意见稿）.docx"),
        2: CollectionDistinction(file_name="政府工作报告.docx"),
    }


def test_same_file_names_fall_back_to_the_import_day() -> None:
    records = [
        _collection(1, "报告", "/old/报告.docx", "2026-11-01T08:00:00Z"),
        _collection(2, "报告", "/new/报告.docx", "2026-11-20T08:00:00Z"),
    ]
    found = collection_distinctions(records, UTC)
    assert found[1] == CollectionDistinction(imported=datetime(2026, 11, 1, 8, tzinfo=UTC))
    assert found[2] == CollectionDistinction(imported=datetime(2026, 11, 20, 8, tzinfo=UTC))


def test_an_import_day_shared_too_adds_the_time() -> None:
    records = [
        _collection(1, "报告", "/old/报告.docx", "2026-11-20T08:00:00Z"),
        _collection(2, "报告", "/new/报告.docx", "2026-11-20T09:30:00Z"),
        _collection(3, "报告", None, "2026-11-21T09:30:00Z"),
    ]
    found = collection_distinctions(records, UTC)
    assert found[1].with_time
    assert found[2].with_time
    assert found[3] == CollectionDistinction(imported=datetime(2026, 11, 21, 9, 30, tzinfo=UTC))


def test_a_file_name_is_without_its_folders_and_a_url_is_kept() -> None:
    assert file_name_of("/a/b/c.docx") == "c.docx"
    assert file_name_of(r"D:\文件\报告.txt") == "报告.txt"
    assert file_name_of("https://example.org/a/b.html") == "https://example.org/a/b.html"
    assert file_name_of(None) == ""


@given(st.lists(st.text(max_size=6), max_size=8))
def test_clashing_titles_are_those_borne_twice(titles: list[str]) -> None:
    keys = [title.strip().casefold() for title in titles]
    assert clashing_titles(titles) == {key for key in keys if keys.count(key) > 1}
