"""Tests for desktop/models/collection_labels.py: the words that tell collections apart."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.collection_names import CollectionDistinction
from desktop.core.records import CollectionRecord
from desktop.models.collection_labels import collection_distinction_texts, distinction_text
from desktop.models.speech_labels import distinguished_title


def test_a_file_name_is_said_as_it_is_and_a_day_as_an_import() -> None:
    assert distinction_text(CollectionDistinction(file_name="报告.docx")) == "报告.docx"
    day = CollectionDistinction(imported=datetime(2026, 11, 20, 9, 5, tzinfo=UTC))
    assert distinction_text(day) == "Imported 2026-11-20"
    minute = CollectionDistinction(imported=day.imported, with_time=True)
    assert distinction_text(minute) == "Imported 2026-11-20 09:05"


def test_texts_only_for_clashing_collections() -> None:
    def record(collection_id: int, title: str, source: str) -> CollectionRecord:
        return CollectionRecord(collection_id, title, source, None, "utf-8", "txt", "", 1)

    records = [record(1, "报告", "/a/初稿.txt"), record(2, "报告", "/定稿.txt"), record(3, "x", "")]
    assert collection_distinction_texts(records) == {1: "初稿.txt", 2: "定稿.txt"}


def test_a_title_is_followed_by_its_distinction_when_there_is_one() -> None:
    assert distinguished_title("报告", "初稿.txt") == "报告 (初稿.txt)"
    assert distinguished_title("报告", "") == "报告"
