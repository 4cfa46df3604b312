"""Tests for desktop/core/storage/import_writer.py: the rows written for an imported document."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.document import TextSpan
from desktop.core.imported import ImportedDocument, Speech
from desktop.core.storage import search_text
from desktop.core.storage.library import open_library


def _document(text: str) -> ImportedDocument:
    speech = Speech(0, "讲话", text, spans=[TextSpan("paragraph", 0, len(text))])
    return ImportedDocument("讲话", "/tmp/讲话.txt", "utf-8", "txt", [speech])


def _stored(path: Path) -> list[tuple[str, str, int]]:
    with sqlite3.connect(path) as conn:
        query = "SELECT text, typeof(text), text_length FROM speeches"
        return conn.execute(query).fetchall()


@pytest.mark.parametrize("piece", [1, 5, 1 << 16])
def test_a_speech_text_in_pieces_is_stored_as_the_same_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    text = "今天，市委召开“效能革命”工作会。\n𠮷a\x00b\u3000ＧＤＰ" * 7
    monkeypatch.setattr(search_text, "GIL_PIECE", piece)
    path = tmp_path / "library.sqlite"
    with open_library(path, seed=None, daily_backup=False) as library:
        library.store.import_document(_document(text))
        assert _stored(path) == [(text, "text", len(text))]
        changed = text + "会议结束。"  # the same file again, changed: the speech is updated
        library.store.import_document(_document(changed))
    assert _stored(path) == [(changed, "text", len(changed))]
