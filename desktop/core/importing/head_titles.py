"""The title lines of a speech's head said again or carried on: an official document's
issuer's mark, a title repeated (文库 pages), a long title broken over two lines, a question
ending a title broken over its last line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.document import SpanKind
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.lines import (
    asks_on_title,
    continues_title,
    document_number,
    is_head_title,
    prefix_separator,
)
from desktop.core.importing.official import is_issuer_mark

if TYPE_CHECKING:
    from desktop.core.importing.head import Head


def issuer_mark(paragraphs: Sequence[Paragraph], limit: int) -> str | None:
    """The issuer's mark of an official document's 版头 (``某某市人民政府文件``): the line over
    its number (``某政办发〔2021〕12号``) when the title comes under that number."""
    window = paragraphs[:limit]
    for index in range(len(window) - 2):
        text = window[index].text
        if (
            document_number(window[index + 1].text)
            and is_head_title(window[index + 2].text)
            and is_issuer_mark(text)
        ):
            return _line_key(text)
    return None


def take_repeated(head: Head, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """The issuer's mark, or a title line said again (文库 pages repeat their title, or give
    it again as ``第一篇：…``): marked as before, but counted once."""
    text = paragraphs[index].text
    key = _line_key(text)
    if key == head.issuer:
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return True
    titles = (p for kind, p, *_ in head.marks if kind == SpanKind.TITLE)
    if any(_line_key(paragraphs[p].text) == key for p in titles):
        head.mark(SpanKind.TITLE, index, 0, len(text))
        return True
    return False


def _line_key(text: str) -> str:
    """A head line as compared with another: without a ``第一篇：`` in front, or spaces."""
    separator = prefix_separator(text)
    if separator is not None and separator.title:
        text = separator.title
    return "".join(text.split())


def continues_last_title(head: Head, index: int, text: str) -> bool:
    """A title line right under another that it carries on (a long title broken in two)."""
    if not head.titles or not _continues_title_line(head, index):
        return False
    return continues_title(head.titles[-1], text)


def asks_on_last_title(head: Head, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """A question ending the only title, broken right over it: unless another short
    question follows, as a body opening with questions goes on."""
    if len(head.titles) != 1 or not _continues_title_line(head, index):
        return False
    if not asks_on_title(head.titles[-1], paragraphs[index].text):
        return False
    following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    return not asks_on_title(head.titles[-1], following)


def _continues_title_line(head: Head, index: int) -> bool:
    """Whether the head's last mark is a title line right over line ``index``."""
    last = head.marks[-1] if head.marks else None
    return last is not None and last[0] == SpanKind.TITLE and last[1] == index - 1
