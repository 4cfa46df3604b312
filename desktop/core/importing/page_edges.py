"""Lines wholly noise, judged by where they stand around a page's running text.

Above the article's first paragraph of running text and under its last sit a site's chrome:
its masthead, navigation (on a line or a word to a line), breadcrumb and the column it names,
bylines, buttons, and the list of other articles. ``mark_noise_lines`` sets the ``noise`` of
such lines; between those bounds only what is noise anywhere goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from desktop.core.imported import RemovalKind
from desktop.core.importing.chars import ends_sentence, han_count
from desktop.core.importing.edits import EditedText
from desktop.core.importing.names import names_alone
from desktop.core.importing.noise import bare_page_number, whole_line_kind
from desktop.core.importing.page_chrome import (
    is_article_byline,
    is_bar_word,
    is_button_row,
    is_link_list_heading,
    is_masthead,
    is_site_navigation,
    is_site_word,
    last_crumb,
)
from desktop.core.importing.readers.pdf_pages import page_furniture
from desktop.core.importing.relay_pages import mark_relay_lines
from desktop.core.importing.speakers import speaker

_RUNNING_TEXT_HAN = 20
_PAGES_MIN = 2
_BAR_LINES_MIN = 3  # lines of a bar laid out down the page: two may be a name and a title
_CHANNEL_MAX = 2  # characters of most channels' names (首页, 要闻), fewer than a headline's
_LINK_TITLE_MAX = 80  # characters: a listed article's title, with its date
_WORDS = re.compile(r"[\s\u3000|｜丨]+")


class EdgeLine(Protocol):
    """A line as the cleaner holds it: its text, its declared heading level, its noise."""

    edit: EditedText
    heading: int | None
    noise: str | None


def mark_noise_lines(lines: Sequence[EdgeLine]) -> None:
    """Find lines that are wholly noise; a page's chrome only above or below its running text."""
    first, last = _running_text_bounds(lines)
    opening = next((index for index, line in enumerate(lines) if line.edit.text), None)
    page_numbers: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        text = line.edit.text
        if line.noise is not None or not text or line.heading is not None:
            continue
        top = index < first
        line.noise = whole_line_kind(text, edge=top or index > last, top=top)
        value = bare_page_number(text) if line.noise is None else None
        if value is not None:
            page_numbers.append((index, value))
    if mark_relay_lines(lines, first):  # a relayed post's digest on one line of sentences
        first = _judge_top_again(lines, first)
    values = [value for _, value in page_numbers]
    if len(values) >= 2 and all(a < b for a, b in zip(values, values[1:], strict=False)):
        for index, _ in page_numbers:
            lines[index].noise = RemovalKind.PAGE_MARKER
    _mark_running_headers(lines)
    if opening is not None and opening < first:
        _mark_masthead(lines, opening)
        _mark_column_name(lines, first)
        _mark_above_breadcrumb(lines, first)
    if last >= 0:
        _mark_link_list(lines, last)
    _mark_bars_down(lines[:first], top=True)
    _mark_bars_down(lines[last + 1 :] if last >= 0 else [], top=False)


def _judge_top_again(lines: Sequence[EdgeLine], first: int) -> int:
    """The first line of running text under ``first``, once that is known noise; the lines
    between, first judged as the text's, judged as the top's."""
    after = range(first + 1, len(lines))
    new_first = next((i for i in after if _is_running_text(lines[i].edit.text)), len(lines))
    for line in lines[first + 1 : new_first]:
        if line.noise is None and line.edit.text and line.heading is None:
            line.noise = whole_line_kind(line.edit.text, edge=True, top=True)
    return new_first


def _mark_running_headers(lines: Sequence[EdgeLine]) -> None:
    """A text copied out of a PDF keeps each page's running header or footer (某某公报
    2025年第4期) by its page numbers: parted into pages at those numbers, it is found as the
    PDF reader finds it, by the same rules."""
    ends = [i + 1 for i, line in enumerate(lines) if line.noise == RemovalKind.PAGE_MARKER]
    starts = [0, *ends]
    spans = [(a, b) for a, b in zip(starts, [*ends, len(lines)], strict=True) if b > a]
    pages = [[_judged_text(line) for line in lines[a:b]] for a, b in spans]
    pages_with_text = [(span, page) for span, page in zip(spans, pages, strict=True) if any(page)]
    if len(pages_with_text) < _PAGES_MIN:
        return
    furniture = page_furniture([page for _, page in pages_with_text])
    for ((start, _), _), found in zip(pages_with_text, furniture, strict=True):
        for index, kind in found.items():
            lines[start + index].noise = lines[start + index].noise or kind


def _judged_text(line: EdgeLine) -> str:
    """A line's text as a page's furniture is looked for: blank once it is known noise."""
    return "" if line.noise is not None or line.heading is not None else line.edit.text


def _mark_bars_down(lines: Sequence[EdgeLine], *, top: bool) -> None:
    """A site's navigation or a row of buttons laid out a word to a line (首页 / 要闻 / 思想,
    点赞 / 收藏 / 分享), over or under the article: read together, as one bar."""
    run: list[EdgeLine] = []
    for line in [*lines, None]:
        if line is not None and not line.edit.text:
            continue  # a page saved as text may put blank lines between them
        if line is not None and _may_be_in_a_bar(line):
            run.append(line)
            continue
        _mark_bar(_without_a_title(run) if top else run, top=top)
        run = []


def _without_a_title(run: list[EdgeLine]) -> list[EdgeLine]:
    """A run over the article less its last word when that is longer than a channel's name:
    a short headline (新年贺词) may stand right under the site's channels."""
    last = run[-1].edit.text.strip() if run else ""
    return run[:-1] if len(last) > _CHANNEL_MAX and run[-1].noise is None else run


def _mark_bar(run: list[EdgeLine], *, top: bool) -> None:
    words = " ".join(member.edit.text.strip() for member in run)
    if len(run) < _BAR_LINES_MIN:
        return
    if is_button_row(words) or (top and is_site_navigation(words)):
        for member in run:
            member.noise = member.noise or RemovalKind.WEB_CHROME


def _may_be_in_a_bar(line: EdgeLine) -> bool:
    """A word of a bar: a button already known as chrome (分享) is one of the row too."""
    free = line.noise in (None, RemovalKind.WEB_CHROME) and line.heading is None
    return free and is_bar_word(line.edit.text)


def _mark_link_list(lines: Sequence[EdgeLine], last: int) -> None:
    """Under the running text, the titles listed under 往期推荐 or 相关阅读 are links to other
    pages: they go with their heading."""
    opener = next(
        (i for i in range(last + 1, len(lines)) if is_link_list_heading(lines[i].edit.text)),
        None,
    )
    if opener is None:
        return
    # the list's heading goes even when the page declares it one (<h3>相关新闻</h3>)
    lines[opener].noise = lines[opener].noise or RemovalKind.WEB_CHROME
    for line in lines[opener + 1 :]:
        short = len(line.edit.text) <= _LINK_TITLE_MAX
        if line.noise is None and line.edit.text and line.heading is None and short:
            line.noise = RemovalKind.WEB_CHROME


def _mark_masthead(lines: Sequence[EdgeLine], opening: int) -> None:
    """The first line is a site's masthead when the line under it is the site's navigation or
    clock, or an account's name its byline says again; over a subtitle or a speaker, the
    same short words are a title of slogans."""
    line = lines[opening]
    below = next((other for other in lines[opening + 1 :] if other.edit.text), None)
    if line.noise is not None or below is None or below.noise != RemovalKind.WEB_CHROME:
        return
    if is_masthead(line.edit.text) or _names_the_poster(line, below):
        line.noise = RemovalKind.WEB_CHROME


def _names_the_poster(line: EdgeLine, below: EdgeLine) -> bool:
    """The first line names the account or site that posted the page when the byline under
    it says the name again, as one of its words (某某发布 over 原创 某某发布 2024-03-06 08:30):
    a post's title is never a word of its own byline. A person's name stays (a speaker's)."""
    name = line.edit.text.strip()
    if not is_site_word(name) or names_alone(name) is not None or speaker(name) is not None:
        return False
    return is_article_byline(below.edit.text) and name in _WORDS.split(below.edit.text)


def _mark_above_breadcrumb(lines: Sequence[EdgeLine], first: int) -> None:
    """A breadcrumb shows where the article sits in the site: the short words over it, before
    the article's title, are the site's (人民网首页, 频道导航); a title pasted over the page
    is longer and stays."""
    crumbs = [
        index
        for index, line in enumerate(lines[:first])
        if line.noise == RemovalKind.WEB_CHROME and last_crumb(line.edit.text) is not None
    ]
    for line in lines[: crumbs[-1]] if crumbs else ():
        if line.noise is None and line.heading is None and is_site_word(line.edit.text):
            line.noise = RemovalKind.WEB_CHROME


def _mark_column_name(lines: Sequence[EdgeLine], first: int) -> None:
    """The name of the site's column a breadcrumb ends with, said again under it as the
    column's heading (首页 > 两会 > 两会热点, then 两会热点), is the site's, not the article's."""
    crumb = None
    for line in lines[:first]:
        text = line.edit.text
        if not text:
            continue
        if crumb is not None and line.noise is None and text.strip() == crumb:
            line.noise = RemovalKind.WEB_CHROME
        crumb = last_crumb(text) if line.noise == RemovalKind.WEB_CHROME else None


def _running_text_bounds(lines: Sequence[EdgeLine]) -> tuple[int, int]:
    """The first and last line of running text, or ``(len(lines), -1)`` if there is none.

    Looked for from either end: the lines between them need not be judged.
    """
    numbered = enumerate(lines)
    first = next((i for i, line in numbered if _is_running_text(line.edit.text)), None)
    if first is None:
        return len(lines), -1
    backwards = range(len(lines) - 1, first, -1)
    last = next((i for i in backwards if _is_running_text(lines[i].edit.text)), first)
    return first, last


def _is_running_text(text: str) -> bool:
    if len(text) < _RUNNING_TEXT_HAN or not (ends_sentence(text) or "。" in text):
        return False
    if han_count(text[: _RUNNING_TEXT_HAN * 4]) < _RUNNING_TEXT_HAN:
        return False
    # a site's notice in sentences (声明：本文内容为…) goes anyway: the page's buttons and
    # credits beside it are still at the edge of the article
    return whole_line_kind(text, edge=False) is None
