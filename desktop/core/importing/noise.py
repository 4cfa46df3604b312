"""Recognise noise by its pattern: watermarks, catalogue stamps, page markers, footers, chrome.

A web page's chrome (labels, bylines, navigation, the site clock) is told in ``page_chrome``.

Each detector returns spans ``(start, end, kind)`` of a line's text, or a kind for a whole line;
``clean`` deletes them and records every deletion. Nothing here knows any particular document.
"""

from __future__ import annotations

import re

from desktop.core.imported import RemovalKind
from desktop.core.importing.chars import either_script, han_count, is_latin_alnum
from desktop.core.importing.headline_wrappers import is_account_day
from desktop.core.importing.page_chrome import (
    CHROME_MAX,
    is_chrome,
    is_counter_row,
    is_site_clock,
    is_site_navigation,
)
from desktop.core.importing.press import ends_with_photo_credit, is_dateline, is_publication_line

Span = tuple[int, int, str]

_CONTROL_CHARS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff\u2028\u2029"
_ODD_SPACE_CHARS = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]+")
_SPACES = re.compile(f"[{_ODD_SPACE_CHARS}]")
# Searches for one bare class: the engine skips ahead through a class, not through a repeat.
_CONTROL_CHAR = re.compile(f"[{_CONTROL_CHARS}]")
_CONTROL_OR_SPACE = re.compile(f"[{_CONTROL_CHARS}{_ODD_SPACE_CHARS}]")

# A watermark is a bracketed clause speaking about the page rather than the speech.
_STRONG = re.compile(
    either_script(
        r"版权|权属|转载|请登陆|请登录|请访问|请关注|本站|本网|原创|未经|授权|公众号|小编|由会员"
        # 本文来源 / 文章来自: the page naming where it took the speech from, never the speech
        r"|(?:本文|文章)(?:来源|来自|转自)"
        r"|www\.|https?:|\.com|\.cn\b|\.net|\.org"
    )
)
_WEAK = re.compile(
    either_script(r"所有|更多|文章|查看|来源|本文|范文|网站|网络|下载|收集|整理|搜集|文秘|出处")
)
# A watermark a site glues to the end of its lines (…工作报告文章源自某某网-https://…/1.html):
# the words before it are the line's own, only the watermark goes.
_TAIL_WATERMARK = re.compile(
    either_script(
        r"(?:(?:文章|本文)(?:源自|来源于|来源|来自|转载自|出自)|转载自|原文链接|原文地址)"
    )
    + r"[:：]?[^\s。！？!?]{0,30}?(?:https?://|www\.)\S+\s*$"
)
_BRACKETED = re.compile(r"[（(【\[]([^（()）【】\[\]\n]{2,80})[）)】\]]")

_STAMP = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,6}\d{8,}(?![A-Za-z0-9])")
# A journal article's catalogue codes ([中图分类号]D616 [文献标识码]A [文章编号]…, DOI: 10.…):
# a library's filing data, none of the article's words.
_CATALOGUE_LABEL = (
    r"[【〔\[［]?\s*(?:中图(?:法)?分类号|文献标[识志]码|文章编号|DOI|doi)\s*[】〕\]］]?\s*[:：]?"
)
_CATALOGUE_FIELDS = re.compile(rf"(?:\s*{_CATALOGUE_LABEL}\s*[A-Za-z0-9.\-/()（）;；:]+)+\s*")
_PAGE_JUMP = re.compile(
    r"[（(]\s*(?:下转|上接|转|接|续)\s*第?\s*[0-9０-９一二三四五六七八九十]+\s*[页版面]\s*[）)]"
)
_PAGE_NUMBER = re.compile(
    r"[-—–－_~·•]+\s*[0-9０-９]{1,4}\s*[-—–－_~·•]+"
    r"|第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?"
    r"|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}"
    r"|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
)
# A page counter a PDF or 文库 page left glued inside a line (…地铁第2页共18页1、2号线…): "of
# M pages" tells it from a sentence pointing at a page (见第3页).
_GLUED_PAGE = re.compile(r"第\s*[0-9０-９]{1,4}\s*页\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页")
# Patterns that open with a bare character class (not a repeat, not an alternation) let the
# regex engine skip ahead through the text instead of trying a match at every position.
_BRACKET = re.compile(r"[（(【\[]")
_NOISE_HINT = re.compile(r"[（(【\[A-Za-z]")  # what every kind of noise inside a line opens with
_STAMP_HINT = re.compile(r"[A-Za-z][A-Za-z]\d")
_STAMP_CORE = re.compile(r"[A-Za-z][A-Za-z]{1,5}\d{8,}")
_BARE_NUMBER = re.compile(r"[0-9０-９]{1,4}")
_FOOTER = re.compile(either_script(r"(?:上一篇|下一篇|上一页|下一页|上一条|下一条)\s*[:：]?"))
# A photo's caption left where the photo was (图为会议现场, ▲ 会议现场): the photo is gone. A
# caption asks nothing and labels nothing: ▲ also bullets a reporter's question (▲某报记者：…？).
_CAPTION = re.compile(r"图片?为|[▲△↑]")
_NOT_IN_CAPTION = re.compile(r"[:：?？!！]")
_CAPTION_MAX = 60
_SENTENCE_MIN_HAN = 6


def odd_characters(text: str) -> tuple[bool, bool]:
    """Whether ``text`` holds characters ``control_spans`` would remove, and spaces
    ``normalise_spaces`` would change: one pass over a text that holds neither."""
    first = _CONTROL_OR_SPACE.search(text)
    if first is None:
        return False, False
    if _CONTROL_CHAR.match(first.group()):
        return True, _SPACES.search(text, first.end()) is not None
    return _CONTROL_CHAR.search(text, first.end()) is not None, True


def control_spans(text: str) -> list[Span]:
    """NUL, Ctrl-Z, zero-width characters, soft hyphens and stray line separators."""
    return [(m.start(), m.end(), RemovalKind.CONTROL) for m in _CONTROL.finditer(text)]


def normalise_spaces(text: str) -> str:
    """Tabs, no-break and full-width spaces read as plain spaces (same length)."""
    return _SPACES.sub(" ", text)


def is_watermark(clause: str, *, bracketed: bool = True) -> bool:
    """Whether a clause talks about the web page (rights, reposting, where to read more).

    A bracketed aside needs two of the words, one of them telling (版权, 转载, 请登陆, a web
    address…), or three ordinary ones (本文, 来源, 网络); a line of its own always needs a
    telling one, since a sentence may well mention 文章 and 来源.
    """
    strong = len(_STRONG.findall(clause))
    weak = len(_WEAK.findall(clause))
    return (strong >= 1 and strong + weak >= 2) or (bracketed and weak >= 3)


def whole_line_kind(text: str, *, edge: bool, top: bool = False) -> str | None:
    """The noise kind of a line that is nothing but noise, or None.

    ``edge`` says the line is above the first or below the last paragraph of running text,
    where a page's chrome (责任编辑, 来源, 打印本页, ICP备…) sits; ``top`` that it is above,
    where a site's navigation sits.
    """
    if top and (is_site_navigation(text) or is_site_clock(text) or is_counter_row(text)):
        return RemovalKind.WEB_CHROME
    if top and is_account_day(text):
        return RemovalKind.WEB_CHROME  # 某某发布 2024年3月6日: its day is read from here
    if len(text) > CHROME_MAX:
        return RemovalKind.FOOTER if _FOOTER.match(text) else None
    if _STAMP.fullmatch(text) or _CATALOGUE_FIELDS.fullmatch(text):
        return RemovalKind.CATALOGUE_STAMP
    if is_publication_line(text):
        return RemovalKind.WEB_CHROME  # where the article appeared: its date is read from here
    if is_dateline(text):
        return RemovalKind.WEB_CHROME  # who filed the article, where and when (no year)
    if _PAGE_NUMBER.fullmatch(text) or _PAGE_JUMP.fullmatch(text):
        return RemovalKind.PAGE_MARKER
    if _FOOTER.match(text):
        return RemovalKind.FOOTER
    if text[0] in "图▲△↑" and _is_caption(text):
        return RemovalKind.WEB_CHROME
    if len(text) <= _CAPTION_MAX and ends_with_photo_credit(text):
        return RemovalKind.WEB_CHROME  # …召开。新华社记者 李学仁 摄: a caption, as 图为… is
    if edge and len(text) <= CHROME_MAX and is_chrome(text):
        return RemovalKind.WEB_CHROME
    if len(text) <= CHROME_MAX and _is_watermark_line(text):
        return RemovalKind.WATERMARK
    return None


def _is_caption(text: str) -> bool:
    return (
        len(text) <= _CAPTION_MAX
        and _CAPTION.match(text) is not None
        and _NOT_IN_CAPTION.search(text) is None
    )


def bare_page_number(text: str) -> int | None:
    """The value of a line that is only a short Arabic number (a page number, if they count up)."""
    if _BARE_NUMBER.fullmatch(text):
        return int(text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    return None


def is_page_number(text: str) -> bool:
    """Whether ``text`` (stripped) is nothing but a page number: - 3 -, —3—, 第3页, 3/10, 3."""
    return _PAGE_NUMBER.fullmatch(text) is not None or _BARE_NUMBER.fullmatch(text) is not None


def inline_noise_spans(text: str) -> list[Span]:
    """Watermarks, page-jump markers, glued page counters and catalogue stamps inside a line,
    with the spaces they leave behind between Chinese characters."""
    spans: list[Span] = []
    tail = _tail_watermark(text)
    if tail is not None:
        spans.append((tail, len(text), RemovalKind.WATERMARK))
    if "共" in text and "页" in text:
        spans += [(m.start(), m.end(), RemovalKind.PAGE_MARKER) for m in _GLUED_PAGE.finditer(text)]
    hint = _NOISE_HINT.search(text)
    if hint is None:
        return _with_orphaned_spaces(text, spans)  # most lines: one pass
    if _BRACKET.search(text, hint.start()) is not None:
        spans += _bracketed_noise(text)
    if _STAMP_HINT.search(text, hint.start()) is not None:
        spans += [
            (m.start(), m.end(), RemovalKind.CATALOGUE_STAMP)
            for m in _STAMP_CORE.finditer(text)
            if _stands_alone(text, m.start(), m.end())
        ]
    return _with_orphaned_spaces(text, spans)


def _tail_watermark(text: str) -> int | None:
    """Where a watermark glued to the end of a line starts, or None."""
    if "http" not in text and "www." not in text:
        return None  # most lines: no address at all
    match = _TAIL_WATERMARK.search(text)
    return match.start() if match is not None else None


def _with_orphaned_spaces(text: str, spans: list[Span]) -> list[Span]:
    if not spans:
        return []
    spans.sort()
    return spans + _orphaned_spaces(text, spans)


def _bracketed_noise(text: str) -> list[Span]:
    """Page-jump markers and bracketed watermarks."""
    spans = [(m.start(), m.end(), RemovalKind.PAGE_MARKER) for m in _PAGE_JUMP.finditer(text)]
    spans += [
        (m.start(), m.end(), RemovalKind.WATERMARK)
        for m in _BRACKETED.finditer(text)
        if is_watermark(m.group(1)) and not _PAGE_JUMP.fullmatch(m.group())
    ]
    return spans


def _orphaned_spaces(text: str, spans: list[Span]) -> list[Span]:
    """Spaces around removed noise, unless they separate two Latin words."""
    result: list[Span] = []
    for group in _groups(text, spans):
        first, last = group[0][0], group[-1][1]
        left_end, right_start = first, last
        while first > 0 and text[first - 1] == " ":
            first -= 1
        while last < len(text) and text[last] == " ":
            last += 1
        gaps = [(a[1], b[0]) for a, b in zip(group, group[1:], strict=False) if a[1] < b[0]]
        spaces = [(first, left_end)] if first < left_end else []
        spaces += gaps + ([(right_start, last)] if right_start < last else [])
        left = text[first - 1] if first > 0 else ""
        right = text[last] if last < len(text) else ""
        if spaces and is_latin_alnum(left) and is_latin_alnum(right):
            spaces[0] = (spaces[0][0] + 1, spaces[0][1])  # two Latin words keep one space
        result.extend((a, b, RemovalKind.SPACING) for a, b in spaces if a < b)
    return result


def _groups(text: str, spans: list[Span]) -> list[list[Span]]:
    """Noise spans separated by nothing but spaces, gathered together."""
    groups: list[list[Span]] = []
    for span in spans:
        if groups and not text[groups[-1][-1][1] : span[0]].strip(" "):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A stamp is not part of a longer run of letters and digits."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def _is_watermark_line(text: str) -> bool:
    """A line about the page; a sentence carrying a bracketed watermark keeps its sentence."""
    if _STRONG.search(text) is None and _BRACKET.search(text) is None:
        return False  # most lines: neither a telling word nor a bracketed aside
    tail = _tail_watermark(text)
    if tail is not None and text[:tail].strip():
        return False  # the line's own words, then a watermark cut from its end
    if not is_watermark(text, bracketed=False):
        rest = _BRACKETED.sub("", text)
        return rest != text and is_watermark(text) and han_count(rest) < _SENTENCE_MIN_HAN
    rest = _BRACKETED.sub("", text)
    return rest == text or is_watermark(rest) or han_count(rest) < _SENTENCE_MIN_HAN
