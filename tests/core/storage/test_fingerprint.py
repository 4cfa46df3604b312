"""Tests for desktop/core/storage/fingerprint.py: the document's hash from JSON made in pieces."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.document import OutlineNode, TextSpan
from desktop.core.imported import ImportedDocument, Removal, Speech
from desktop.core.storage import fingerprint, search_text
from desktop.core.storage.fingerprint import document_fingerprint, json_pieces

_LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=12) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=60,
)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@given(value=_VALUES, piece=st.integers(1, 7), batch=st.integers(1, 4), values=st.integers(1, 9))
def test_the_pieces_make_the_text_of_one_dumps(
    value: Any, piece: int, batch: int, values: int
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_text, "GIL_PIECE", piece)
        patch.setattr(fingerprint, "_BATCH", batch)
        patch.setattr(fingerprint, "_BATCH_VALUES", values)
        pieces = list(json_pieces(value))
    assert "".join(pieces) == _dumps(value)


def test_a_long_text_is_escaped_a_piece_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_text, "GIL_PIECE", 4)
    text = '效能"革命\\\n\x00𠮷\x1f' * 5
    pieces = list(json_pieces({"text": text}))
    assert max(len(piece) for piece in pieces) < 20
    assert "".join(pieces) == _dumps({"text": text})


def _document(text: str) -> ImportedDocument:
    node = OutlineNode("section", 1, "一、总体要求", 0, 6, 3)
    speech = Speech(0, "讲话", text, outline=[node], spans=[TextSpan("paragraph", 0, len(text))])
    removals = [Removal("page_number", f"— {n} —", 0, n) for n in range(40)]
    return ImportedDocument("讲话", "/tmp/讲话.txt", "utf-8", "txt", [speech], removed=removals)


def test_a_speech_longer_than_a_piece_has_the_fingerprint_of_one_dumps(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = _document("一、总体要求\n今天，我们召开“效能革命”工作会。" * 50)
    monkeypatch.setattr(search_text, "GIL_PIECE", 64)
    monkeypatch.setattr(fingerprint, "_BATCH", 8)
    data = document.to_dict()
    data.pop("source")
    expected = hashlib.sha256(_dumps(data).encode("utf-8")).hexdigest()
    assert document_fingerprint(document) == expected


def test_where_the_file_was_is_not_part_of_it() -> None:
    document = _document("今天，我们召开工作会。")
    moved = _document("今天，我们召开工作会。")
    moved.source = "/elsewhere/讲话.txt"
    assert document_fingerprint(moved) == document_fingerprint(document)
