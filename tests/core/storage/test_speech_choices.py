"""The speeches offered to choose from (Compare With…): newest first, the trash left out."""

from __future__ import annotations

from pathlib import Path

from desktop.core.imported import ImportedDocument
from desktop.core.storage.library import open_library
from desktop.core.storage.speech_choices import speech_choices
from tests.core.storage.documents import make_speech, sample_paragraphs


def _document(
    title: str, source: str, dates: list[str | None], date: str | None
) -> ImportedDocument:
    paragraphs = sample_paragraphs()
    speeches = []
    for number, speech_date in enumerate(dates, 1):
        meta = {"date": speech_date} if speech_date else {}
        text = paragraphs[number + len(title) % 7 : number + len(title) % 7 + 2]
        speeches.append(make_speech(number, f"{title}{number}", [*text, title], **meta))
    return ImportedDocument(title, source, "utf-8", "txt", speeches, date=date)


def test_newest_first_undated_last_and_the_trash_left_out(tmp_path: Path) -> None:
    with open_library(tmp_path / "library.sqlite", seed=None, daily_backup=False) as library:
        store = library.store
        store.import_document(_document("去年报告", "/a.txt", ["2024-03-05", None], "2024"))
        store.import_document(_document("今年报告", "/b.txt", ["2025-03-05"], None))
        store.import_document(_document("无日期", "/c.txt", [None], None))
        gone = store.import_document(_document("已删除", "/d.txt", ["2026-01-01"], None))
        store.trash_collection(gone.collection_id)
        choices = speech_choices(library.db)
    titles = [
        (choice.title, choice.date, choice.index, choice.collection_size, choice.file_dated)
        for choice in choices
    ]
    assert titles == [
        ("今年报告1", "2025-03-05", 1, 1, False),
        ("去年报告1", "2024-03-05", 1, 2, False),
        ("去年报告2", "2024", 2, 2, True),  # the collection's date where the speech has none
        ("无日期1", None, 1, 1, False),
    ]
