"""Small text helpers shared by the writers that produce XML (Word, PDF markup, HTML)."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_PUNCTUATION = "\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026"
_HAN = re.compile(f"[{_HAN_CLASS}]")
# Han characters with the punctuation around them and the figures among them (第14段).
_HAN_RUN = re.compile(
    f"([{_CJK_PUNCTUATION}]*[{_HAN_CLASS}]"
    f"(?:[{_HAN_CLASS}{_CJK_PUNCTUATION}]|[0-9]+(?=[{_HAN_CLASS}]))*)"
)


def xml_text(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold (a stray one would fail the whole file)."""
    return _NOT_XML.sub("", text)


def mostly_han(text: str) -> bool:
    """Whether ``text`` is written in Chinese: more Han characters than Latin letters.

    For a user's own words (notes, tags), whose language nothing records: a researcher may
    write them in English about a Chinese speech, a secretary in Chinese.
    """
    return len(_HAN.findall(text)) > len(_LATIN.findall(text))


def han_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` in pieces, each a run of Chinese (Han characters with the punctuation and
    figures between them: ``《关于作风建设的讲话》``) or not, in order; empty pieces left out."""
    return [(piece, index % 2 == 1) for index, piece in enumerate(_HAN_RUN.split(text)) if piece]
