"""Small text helpers shared by the writers that produce XML (Word, PDF markup)."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold (a stray one would fail the whole file)."""
    return _NOT_XML.sub("", text)
