"""The separator lines of a compilation of speeches (``…讲话 篇1``, ``【第2篇】…``, ``范文3``) and
the count of speeches its title announces (``…(精选7篇)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.importing.chars import (
    ARABIC_NUMERAL,
    CN_NUMERAL,
    ends_sentence,
    han_count,
    number_value,
)

_NUMBER = rf"(?:{ARABIC_NUMERAL}|{CN_NUMERAL})"


@dataclass(frozen=True, slots=True)
class Separator:
    """A compilation's header line for one speech: its count and the title it lists."""

    number: int
    title: str


# "在全市…工作会上的讲话 篇1", "…讲话（篇一）"
_SUFFIX_SEPARATOR = re.compile(
    rf"(?P<title>.{{2,80}}?)\s*[（(【\[]?\s*篇\s*(?P<n>{_NUMBER})\s*[）)】\]]?"
)
# "【第1篇】…", "第一篇：…", "篇一 …", "范文3"
_PREFIX_SEPARATOR = re.compile(
    rf"[【\[〖（(]?\s*(?:第\s*(?P<n>{_NUMBER})\s*篇|篇\s*(?P<n2>{_NUMBER})|范文\s*(?P<n3>{_NUMBER}))"
    r"\s*[】\]〗）)]?\s*[:：、.．]?\s*(?P<title>.{0,80})"
)
_ANNOUNCED = re.compile(
    rf"[（(【\[]\s*(?:精选|推荐|通用|优选|热门|最新|共|合集|汇编)?\s*(?P<n>{_NUMBER})\s*篇"
    r"\s*(?:精选|合集|范文|汇编)?\s*[）)】\]]"
    rf"|(?:精选|共|合集)\s*(?P<n2>{_NUMBER})\s*篇"
)


def suffix_separator(text: str) -> Separator | None:
    """``<title> 篇N``: the separator line of many compilations of speeches."""
    if "篇" not in text:
        return None  # the pattern cannot match; its lazy title would try every length first
    match = _SUFFIX_SEPARATOR.fullmatch(text)
    if match is None or han_count(match.group("title")) < 2 or ends_sentence(match.group("title")):
        return None
    number = number_value(match.group("n"))
    return Separator(number, match.group("title").strip()) if number else None


def prefix_separator(text: str) -> Separator | None:
    """``【第N篇】<title>``, ``篇N：<title>``, ``范文N``: a separator numbered at its start."""
    match = _PREFIX_SEPARATOR.fullmatch(text)
    if match is None or ends_sentence(match.group("title")):
        return None
    number = number_value(match.group("n") or match.group("n2") or match.group("n3"))
    return Separator(number, match.group("title").strip()) if number else None


def announced_count(text: str) -> int | None:
    """How many speeches a compilation's title line announces (``…(精选7篇)`` → 7)."""
    match = _ANNOUNCED.search(text)
    if match is None:
        return None
    return number_value(match.group("n") or match.group("n2"))
