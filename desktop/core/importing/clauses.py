"""Where a heading's own words end when it shares its line with the body (a glued heading).

``一、市委…的决心是坚定的现在,有些领导…`` has lost the line break between the heading and the
body. The heading ends at the first sentence end when that comes soon; otherwise at the
first place where a new sentence visibly starts: a sentence-opening time word after a word
that can end a heading (``…坚定的|现在,``), or a closing quotation mark followed by a new
word (``…这场“效能革命”|开展“效能革命”,是…``); failing both, before the first comma, or after
a label's length.
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import SENTENCE_END

#: A heading longer than this (in characters, without its numbering) is taken to be glued.
HEADING_MAX = 40
LABEL_MAX = 30

_OPENER = re.compile(
    r"(?<=[的了性题度化好])(?:现在|目前|当前|如今|今天|眼下|近年来|近几年来|近几年|多年来|长期以来"
    r"|今年以来|去年以来|近期|最近|一直以来|过去)"
)
_QUOTE_THEN_WORD = re.compile(r"[”》』」](?=[\u4e00-\u9fff])(?![的地得了着过们之和与及等])")
_MIN_HEADING = 4
_OPENING = "“‘《「『（("
_CLOSING = "”’》」』）)"
_SENTENCE_MARKS = re.compile(f"[{_OPENING}{_CLOSING}{SENTENCE_END}]")


def heading_end(text: str, words_start: int, *, glued: bool = True) -> int:
    """Where the heading whose words begin at ``words_start`` ends (exclusive).

    With ``glued`` false (a point, whose first sentence is its statement), that is simply the
    end of the first sentence.
    """
    sentence_end = _sentence_end(text, words_start)
    if not glued or sentence_end - words_start <= HEADING_MAX + 1:
        return sentence_end
    glued = glued_boundary(text, words_start, sentence_end)
    if glued is not None:
        return glued
    comma = _first_comma(text, words_start, sentence_end)
    if comma is not None:
        return comma
    return min(words_start + LABEL_MAX, len(text))


def glued_boundary(text: str, words_start: int, limit: int | None = None) -> int | None:
    """Where a body visibly starts inside the first sentence after ``words_start``, or None."""
    if limit is None:
        limit = _sentence_end(text, words_start)
    window_end = min(limit, words_start + HEADING_MAX + 10)
    candidates = []
    opener = _OPENER.search(text, words_start + _MIN_HEADING, window_end)
    if opener:
        candidates.append(opener.start())
    quote = _QUOTE_THEN_WORD.search(text, words_start + _MIN_HEADING, window_end)
    if quote:
        candidates.append(quote.end())
    return min(candidates) if candidates else None


def label(text: str, start: int, end: int) -> str:
    """A heading's words without trailing punctuation, cut to ``LABEL_MAX`` characters."""
    words = " ".join(text[start:end].split())
    words = words.rstrip("。！？!?；;，,、：:…. ")
    if len(words) > LABEL_MAX:
        return words[:LABEL_MAX] + "…"
    return words


def _sentence_end(text: str, start: int) -> int:
    """End (after the mark) of the sentence starting at ``start``, or the end of ``text``."""
    depth = 0
    for mark in _SENTENCE_MARKS.finditer(text, start):  # only the marks, not every character
        char = mark.group()
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0:
            return mark.end()
    return len(text)


def _first_comma(text: str, start: int, end: int) -> int | None:
    depth = 0
    for index in range(start, min(end, start + HEADING_MAX + 10)):
        char = text[index]
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0 and char in "，," and index - start >= _MIN_HEADING:
            return index
    return None
