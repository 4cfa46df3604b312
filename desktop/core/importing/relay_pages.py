"""The furniture of a post copied from a WeChat account, or relayed by a site mirroring them.

Over the article such a page keeps the account's card (its name over ``微信号 mycase`` and
``功能介绍 关注个案，推动法治``), the digest of the day's posts the account prints over each
of them (``今日要闻：`` over ``【头条】…``, ``【二条】…``, or all of it on one line), and the
headline said again over the text, once as the page's title and once as the article's. None of
it is the article's: ``mark_relay_lines`` marks it as the page's chrome, above the running text
only. The post's line (``2024-03-06 08:30 某某发布``) is the cleaner's (``is_account_day``),
and its day the text's once the digest no longer stands between it and the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from desktop.core.imported import RemovalKind
from desktop.core.importing.chars import has_sentence_end
from desktop.core.importing.edits import EditedText
from desktop.core.importing.lines import is_title_like
from desktop.core.importing.names import bare_name

# A post's place in the digest (【头条】, 【二条】…【十条】): the day's lead and the posts after it.
_DIGEST_LABEL = re.compile(r"[【\[]\s*(?:头|[二三四五六七八九十])\s*条\s*[】\]]")
_DIGEST_MIN = 2  # one 【头条】 alone may be a headline's kicker; two are a digest
_DIGEST_HEAD = re.compile(r"[^\s，。！？：:]{2,10}[:：]")  # 今日大案：, 今日要闻：
# The fields of the account's card: its id (Latin letters, figures, - and _) and its blurb.
_PROFILE_FIELD = re.compile(r"(?:微信号|微信ID|微信id|功能介绍)\s*[:：]?\s*\S.{0,60}")
_NICKNAME_MAX = 16  # an account's name over its card's fields
# A post's byline as WeChat shows it: 原创, the author when one is named, the account, the time
# (原创 王建国 某某发布 2024-03-06 08:30).
_ORIGINAL_BYLINE = re.compile(
    r"原创[\s\u3000|｜丨]+(?P<words>.+?)(?:[\s\u3000]+\d{4}\s*[-/.年].*)?"
)
_BYLINE_GAP = re.compile(r"[\s\u3000|｜丨]+")


class RelayLine(Protocol):
    """A line as the cleaner holds it: its text, its declared heading level, its noise."""

    edit: EditedText
    heading: int | None
    noise: str | None


def mark_relay_lines(lines: Sequence[RelayLine], first: int) -> bool:
    """Mark the furniture of a relayed post above its first line of running text ``first``
    (which may itself be a digest on one line); whether ``first`` was marked."""
    top = range(min(first + 1, len(lines)))
    _mark_digest(lines, top, first)
    _mark_profile_card(lines, top)
    _mark_repeated_headline(lines, range(min(first, len(lines))))
    return first < len(lines) and lines[first].noise is not None


def original_author(text: str) -> str | None:
    """The author a WeChat post's byline names before its account (``原创 王建国 某某发布
    2024-03-06 08:30`` → 王建国), or None: an account alone (原创 某某发布) names no one."""
    match = _ORIGINAL_BYLINE.fullmatch(text.strip())
    if match is None:
        return None
    words = [word for word in _BYLINE_GAP.split(match.group("words")) if word]
    return bare_name(words[0]) if len(words) >= 2 else None


def _mark_digest(lines: Sequence[RelayLine], top: range, first: int) -> None:
    """The digest's lines (``【头条】…``), and the label over them (``今日要闻：``), when it
    lists two posts or more, on its lines or on one."""
    entries = [i for i in top if _DIGEST_LABEL.match(_text(lines[i]))]
    whole = [i for i in top if len(_DIGEST_LABEL.findall(_text(lines[i]))) >= _DIGEST_MIN]
    if len(entries) < _DIGEST_MIN and not whole:
        return
    for index in {*entries, *whole}:
        if index < first or index in whole:
            lines[index].noise = RemovalKind.WEB_CHROME
    opening = min({*entries, *whole})
    above = _previous(lines, opening)
    if above is not None and _DIGEST_HEAD.fullmatch(_text(lines[above])):
        lines[above].noise = RemovalKind.WEB_CHROME


def _mark_profile_card(lines: Sequence[RelayLine], top: range) -> None:
    """The account card's fields (微信号 mycase, 功能介绍 …) and the account's name over them."""
    fields = [i for i in top if _PROFILE_FIELD.fullmatch(_text(lines[i]))]
    for index in fields:
        lines[index].noise = RemovalKind.WEB_CHROME
    if not fields:
        return
    above = _previous(lines, fields[0])
    if above is None or lines[above].heading is not None:
        return
    name = _text(lines[above])
    if len(name) > _NICKNAME_MAX or has_sentence_end(name) or " " in name:
        return
    # the post's line names the account too (2024-03-06 08:30 某某发布): a headline it is not
    others = (_text(lines[i]) for i in top if i != above)
    if any(name in text and len(text) > len(name) for text in others):
        lines[above].noise = RemovalKind.WEB_CHROME


def _mark_repeated_headline(lines: Sequence[RelayLine], top: range) -> None:
    """The headline said again over the text: the page's title, then the article's own, on
    a page (its chrome is found around them), over running text."""
    if top.stop >= len(lines) or not any(lines[i].noise == RemovalKind.WEB_CHROME for i in top):
        return
    kept = [i for i in top if lines[i].noise is None and _text(lines[i])]
    if not kept or not is_title_like(_text(lines[kept[0]])):
        return
    headline = _squeezed(lines[kept[0]])
    for index in kept[1:]:
        if _squeezed(lines[index]) == headline:
            lines[index].noise = RemovalKind.WEB_CHROME


def _previous(lines: Sequence[RelayLine], index: int) -> int | None:
    """The nearest line over ``index`` that holds text and is not yet noise."""
    return next(
        (i for i in range(index - 1, -1, -1) if lines[i].noise is None and _text(lines[i])),
        None,
    )


def _text(line: RelayLine) -> str:
    return line.edit.text.strip()


def _squeezed(line: RelayLine) -> str:
    return "".join(line.edit.text.split())
