"""The words a post or a page wraps around a speech's title in its headline.

A WeChat account or a news site reposts a speech under a headline of its own: the speech's
title with a kicker before it (重磅！, 【独家】, 快讯｜) and a note after it (（全文）, （附全文）,
全文来了, ｜视频). Those words name no document; the rest of the headline may (市委书记王某某
在…上的讲话 says who spoke; …讲话汇编 what the file is), so only the wrappers go, each told by
its marks: a bracketed word, a word before a bar or an exclamation mark, a word after a bar;
a word before a colon unless it names the speaker (快讯：… goes, 王某某：… stays). A headline
holding no speech title (重磅！全市经济工作会议今天召开) loses its kicker alone
(``without_kicker``): a colon's word may say who, and there is no title to tell it by. A
speech's own title loses only a kicker that names nothing (``without_pure_kicker``: 重磅！,
【独家】, 快讯｜), not a column's name (两会观察丨…).

Over the headline a copy may keep the day it was posted, its account's name or its paper's: the
headline is still the first line of its words (``is_post_furniture``). The account's name with
the day (某某发布 2024年3月6日) is the post's chrome, not a line of the text (``is_account_day``).
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import HAN, han_count, has_sentence_end
from desktop.core.importing.dates import date_line
from desktop.core.importing.lines import kicker_length
from desktop.core.importing.names import names_alone
from desktop.core.importing.official import collective_author, is_issuer_mark
from desktop.core.importing.press import is_source_line
from desktop.core.importing.speakers import names_a_role, speaker

# A kicker before the title: 【重磅】, [独家], 重磅！, 独家|, 学习笔记｜ (not 王某某：, a speaker's)
_LEADING = re.compile(rf"^\s*(?:[【\[][^】\]]{{1,8}}[】\]]|[{HAN}A-Za-z]{{1,6}}\s*[！!｜|丨])\s*")
# A kicker before a colon, or the speaker's name (王某某：在…上的讲话)
_COLON_WORD = re.compile(rf"^\s*([{HAN}A-Za-z]{{1,6}})\s*[：:]\s*")
# A note after it: （全文）, (附全文), 【视频】, ｜视频, 丨图文直播, 全文来了, 全文
_TRAILING = re.compile(
    rf"\s*(?:[（(【\[][^）)】\]]{{1,8}}[）)】\]]|[｜|丨][{HAN}A-Za-z\s]{{1,8}}|(?:全文)(?:来了)?[！!]?)\s*$"
)
# A kicker that names nothing: a label of two characters in brackets or before a bar (【独家】,
# [快讯], 快讯｜, 视频丨); a column's longer name (两会观察丨, 【学习笔记】) says where it ran.
_PURE_KICKER = re.compile(rf"^\s*(?:[【\[][{HAN}]{{2}}[】\]]|[{HAN}]{{2}}\s*[｜|丨])\s*")

# The words before a day on a post's line over its headline: the account's name (某某发布).
_ACCOUNT = re.compile(rf"[{HAN}A-Za-z0-9]{{2,20}}[\s\u3000]+")
_POST_LINE_MAX = 40
_KICKED_TITLE_MIN_HAN = 6  # the words under a kicker that still make a title (全市会议召开了)


def is_post_furniture(text: str) -> bool:
    """Whether ``text`` is a post's line that may stand over its headline: the day it was
    posted (2024-03-06), maybe after the account (某某发布 2024年3月6日, which the cleaner
    removes at the top: ``is_account_day``) or a name, or the paper or site it ran in
    (某某日报, 人民日报 2024年3月6日 第01版)."""
    if len(text) > _POST_LINE_MAX or has_sentence_end(text):
        return False
    if date_line(text) is not None or is_source_line(text):
        return True
    account = _ACCOUNT.match(text)
    return account is not None and date_line(text[account.end() :]) is not None


def is_account_day(text: str) -> bool:
    """Whether ``text`` is a post's account and the day it was posted (``某某发布 2024年3月6日``),
    the post's chrome: not a name, a role or a body with a day (``王某某 2024年3月6日``,
    ``中共某某市委 2024年3月6日``), which may say who gave or wrote the text and when, nor a
    paper's source line (``人民日报 2024年3月6日``), which the head reads."""
    if len(text) > _POST_LINE_MAX or has_sentence_end(text) or is_source_line(text):
        return False
    account = _ACCOUNT.match(text)
    if account is None or date_line(text[account.end() :]) is None:
        return False
    name = account.group().strip()
    if names_alone(name) is not None or speaker(name) is not None or names_a_role(name):
        return False
    if name.endswith("会"):
        return False  # a meeting (春节团拜会 2024年2月8日) or a body: the text's occasion or author
    return not is_issuer_mark(name) and collective_author(name) is None


def unwrapped_headline(headline: str, title: str, speaker: str | None = None) -> str:
    """``headline`` without the wrappers around ``title`` in it (a word before a colon is one
    unless it holds the ``speaker``'s name); when it does not hold the title, without its
    kicker only."""
    start = headline.find(title)
    if start < 0 or not title:
        return without_kicker(headline)
    before, after = headline[:start], headline[start + len(title) :]
    return _without_leading(before, speaker) + title + _without_trailing(after)


def without_kicker(headline: str) -> str:
    """``headline`` without the kicker before its words (``重磅！``, ``【独家】``, ``快讯｜``)
    when they still make a title; a word before a colon stays (``王某某：…``, maybe who spoke)."""
    match = _LEADING.match(headline)
    if match is None:
        return headline
    if match.group().rstrip()[-1] in "！!" and not kicker_length(headline):
        return headline  # 同志们！, 很高兴！今天…，…: a speech's words, no kicker
    rest = headline[match.end() :]
    return rest if han_count(rest) >= _KICKED_TITLE_MIN_HAN else headline


def without_pure_kicker(title: str) -> str:
    """``title`` without a kicker that names nothing (``重磅！``, ``【独家】``, ``快讯｜``), as
    a speech is named: a column's name stays (``两会观察丨…``, ``学习笔记｜…``), as do the
    words when too few are left for a title."""
    length = kicker_length(title)  # an exclamation's (重磅！, 好消息！), never a speech's words
    if not length:
        match = _PURE_KICKER.match(title)
        length = match.end() if match else 0
    rest = title[length:]
    return rest if length and han_count(rest) >= _KICKED_TITLE_MIN_HAN else title


def _without_leading(words: str, speaker: str | None) -> str:
    """``words`` before a title, its first kicker gone (the words after it stay: a speaker)."""
    match = _LEADING.match(words)
    if match is None:
        match = _COLON_WORD.match(words)
        if match is not None and speaker and speaker in match.group(1):
            return words  # 王某某：, the speaker's name over the title
    return words if match is None else words[match.end() :]


def _without_trailing(words: str) -> str:
    """``words`` after a title, its notes gone from the end, one after another."""
    while words:
        match = _TRAILING.search(words)
        if match is None or match.start() == match.end():
            break
        words = words[: match.start()]
    return words
