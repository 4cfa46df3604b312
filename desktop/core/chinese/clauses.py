"""A quoted formulation of two parallel clauses joined by a comma: “两手抓，两手都要硬”.

A quoted phrase with a comma is most often a sentence quoted (“今年的任务很重，要抓紧落实”);
a formulation of two clauses repeats its shape: the clauses share a character at the same place,
counted from their start (两手抓，两手都要硬; 稳住一头，放开一片) or their end (与邻为善，
以邻为伴), or are short and of one length (小机构，大服务; 搁置争议，共同开发). Two longer
clauses of different lengths with nothing in common (保持经济平稳较快发展，控制物价过快上涨)
are a sentence, and so are a classical poem's lines (横眉冷对千夫指，俯首甘为孺子牛).
"""

from __future__ import annotations

import re

_CLAUSE = re.compile(r"[\u4e00-\u9fff]{2,8}")
COMMAS = "，,"
"""What joins the two clauses."""

SHORT = 4
"""Two clauses of one length up to this many characters are parallel whatever their words."""


def parallel_clauses(words: str) -> bool:
    """True if ``words`` are two clauses of Han characters joined by one comma that share a
    character at the same place from their start or their end, or are short and alike long."""
    clauses = re.split(f"[{COMMAS}]", words)
    if len(clauses) != 2 or not all(map(_CLAUSE.fullmatch, clauses)):
        return False
    first, second = clauses
    if len(first) == len(second) <= SHORT:
        return True
    from_start = any(a == b for a, b in zip(first, second, strict=False))
    from_end = any(a == b for a, b in zip(reversed(first), reversed(second), strict=False))
    return from_start or from_end
