"""A work in parts (第一篇 … 第二篇 …) told from a compilation whose documents are numbered so.

A 规划纲要 (or a book) divides into parts (篇), each into chapters (章). Its chapters either
number on across the parts (第一章 第二章 | 第三章 …) or, in many local plans, start again at
第一章 in each part. Its parts are headed as its chapters are (第一篇 as 第一章), carry slogans
(坚持创新驱动发展) and open on their first chapter; a compilation's parts each name a document
of their own (``在…会议上的讲话``, ``…管理办法``), may open on that document's own date or
author, and are often labelled by the compiler (【第1篇】, 篇1, 范文1) under the compilation's
title (``…汇编``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.importing.clean import Paragraph
from desktop.core.importing.lines import (
    document_kind,
    is_title_like,
    is_toc_heading,
    names_a_speech,
)
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.separators import announced_count
from desktop.core.importing.speakers import is_byline

Part = tuple[int, int, str | None]
"""A part's first and end paragraphs (under its 第N篇 line) and the title on that line."""

# The title of a plan: …规划, …纲要, …规划纲要, maybe still a draft (（草案）).
_PLAN_TITLE = re.compile(r"(?:规划|纲要)[》”]?(?:[（(](?:草案|征求意见稿|送审稿|摘要)[）)])?$")
# The title of a compilation: 文件汇编, 讲话选编, 文集, 合集…
_COMPILATION_TITLE = re.compile(r"汇编|选编|文集|合集|汇集|选集|摘编|精选|范文")
# Lines above the first part where a plan's title stands, maybe under a notice issuing it.
_TITLE_SCAN = 8


def names_a_compilation(text: str) -> bool:
    """Whether ``text`` names a compilation (…材料选编, 讲话汇编, 文集, …范文精选)."""
    return _COMPILATION_TITLE.search(text) is not None


def parts_of_one_work(paragraphs: Sequence[Paragraph], parts: Sequence[Part]) -> bool:
    """Whether the parts (``(first, end, title)`` of each, under its 第N篇 line) each divide
    into chapters of one work: numbered on across them, or from one in each part of a plan."""
    chapters = [_chapter_numbers(paragraphs[first:end]) for first, end, _title in parts]
    if not all(chapters):
        return False
    if all(later[0] > earlier[-1] for earlier, later in zip(chapters, chapters[1:], strict=False)):
        return True
    if any(title and (document_kind(title) or names_a_speech(title)) for *_, title in parts):
        return False
    if _under_a_title(paragraphs, parts[0][0], _PLAN_TITLE):
        return True
    # Whatever its title: parts headed as the chapters are, each counting its chapters from
    # one and opening on its first chapter, not on a document's own date or author.
    return (
        all(_headed_as_a_part(paragraphs, first) for first, _end, _title in parts)
        and all(numbers[0] == 1 for numbers in chapters)
        and not any(_opens_a_document(paragraphs[first:end]) for first, end, _title in parts)
        and not _under_a_title(paragraphs, parts[0][0], _COMPILATION_TITLE)
    )


def _chapter_numbers(paragraphs: Sequence[Paragraph]) -> list[int]:
    return [
        marker.number
        for paragraph in paragraphs
        if paragraph.text.startswith("第")
        and (marker := heading_marker(paragraph.text)) is not None
        and marker.style == "chapter-章"
    ]


def _headed_as_a_part(paragraphs: Sequence[Paragraph], first: int) -> bool:
    """Whether the line over a part is headed as a work's own part is (第一篇, 第1篇), not
    labelled by a compiler (【第1篇】, 篇1, 范文1)."""
    marker = heading_marker(paragraphs[first - 1].text) if first > 0 else None
    return marker is not None and marker.style == "chapter-篇"


def _opens_a_document(part: Sequence[Paragraph]) -> bool:
    """Whether a part opens, before its first chapter, on a date or an author's line: a
    document of its own (a compiled regulation's 通过 date, a report's reporter)."""
    for paragraph in part:
        text = paragraph.text.strip()
        marker = heading_marker(text) if text.startswith("第") else None
        if marker is not None and marker.style == "chapter-章":
            return False
        if is_byline(text):
            return True
    return False


def _under_a_title(paragraphs: Sequence[Paragraph], first_part: int, kind: re.Pattern[str]) -> bool:
    """Whether a title of ``kind`` (a plan's, a compilation's) stands at the top, over the
    first part (and a 目录)."""
    for paragraph in paragraphs[: min(first_part - 1, _TITLE_SCAN)]:  # above its 第一篇
        text = paragraph.text.strip()
        if is_toc_heading(text):
            return False
        if is_title_like(text) and kind.search(text):
            return True
        if kind is _COMPILATION_TITLE and announced_count(text):
            return True  # (精选7篇): the title of a compilation, title-like or not
    return False
