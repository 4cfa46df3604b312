"""Small text helpers shared by the writers that produce XML (Word, PDF markup, HTML)."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def xml_text(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold (a stray one would fail the whole file)."""
    return _NOT_XML.sub("", text)


def mostly_han(text: str) -> bool:
    """Whether ``text`` is written in Chinese: more Han characters than Latin letters.

    For a user's own words (notes, tags), whose language nothing records: a researcher may
    write them in English about a Chinese speech, a secretary in Chinese.
    """
    return len(_HAN.findall(text)) > len(_LATIN.findall(text))
