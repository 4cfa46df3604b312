"""Tests for desktop/core/document.py: the hash annotations keep of a speech's text."""

from __future__ import annotations

import hashlib

import pytest

from desktop.core import document
from desktop.core.document import text_hash


@pytest.mark.parametrize("piece", [1, 3, 1 << 16])
def test_a_text_hashed_in_pieces_has_the_hash_of_its_utf8(
    monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    text = "今天，市委召开“效能革命”工作会。\n𠮷a\x00\u3000" * 5
    monkeypatch.setattr(document, "_HASH_PIECE", piece)
    assert text_hash(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert text_hash("") == hashlib.sha256(b"").hexdigest()
