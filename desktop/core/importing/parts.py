"""A work in parts (第一篇 … 第二篇 …) told from a compilation whose documents are numbered so.

A 规划纲要 divides into parts (篇), each into chapters (章). Its chapters either number on
across the parts (第一章 第二章 | 第三章 …) or, in many local plans, start again at 第一章 in
each part: its title names the one work (``…规划纲要``, ``…规划``) and its parts carry
slogans (坚持创新驱动发展), where a compilation's parts each name a document of their own
(``在…会议上的讲话``, ``…管理办法``) under the compilation's title (``…汇编``).
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

# The title of a plan: …规划, …纲要, …规划纲要, maybe still a draft (（草案）).
_PLAN_TITLE = re.compile(r"(?:规划|纲要)[》”]?(?:[（(](?:草案|征求意见稿|送审稿|摘要)[）)])?$")
# Lines above the first part where a plan's title stands, maybe under a notice issuing it.
_TITLE_SCAN = 8


def parts_of_one_work(
    paragraphs: Sequence[Paragraph], parts: Sequence[tuple[int, int, str | None]]
) -> bool:
    """Whether the parts (``(first, end, title)`` of each, under its 第N篇 line) each divide
    into chapters of one work: numbered on across them, or from one in each part of a plan."""
    chapters = [_chapter_numbers(paragraphs[first:end]) for first, end, _title in parts]
    if not all(chapters):
        return False
    if all(later[0] > earlier[-1] for earlier, later in zip(chapters, chapters[1:], strict=False)):
        return True
    return _under_a_plan_title(paragraphs, parts[0][0]) and not any(
        title and (document_kind(title) or names_a_speech(title)) for *_, title in parts
    )


def _chapter_numbers(paragraphs: Sequence[Paragraph]) -> list[int]:
    return [
        marker.number
        for paragraph in paragraphs
        if paragraph.text.startswith("第")
        and (marker := heading_marker(paragraph.text)) is not None
        and marker.style == "chapter-章"
    ]


def _under_a_plan_title(paragraphs: Sequence[Paragraph], first_part: int) -> bool:
    """Whether a plan's title stands at the top, over the first part (and a 目录)."""
    for paragraph in paragraphs[: min(first_part - 1, _TITLE_SCAN)]:  # above its 第一篇
        text = paragraph.text.strip()
        if is_toc_heading(text):
            return False
        if is_title_like(text) and _PLAN_TITLE.search(text):
            return True
    return False
