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

from desktop.core.importing.chars import SENTENCE_END, is_han

#: A heading longer than this (in characters, without its numbering) is taken to be glued.
HEADING_MAX = 40
LABEL_MAX = 30

_OPENER = re.compile(
    r"(?<=[的了性题度化好])(?:现在|目前|当前|如今|今天|眼下|近年来|近几年来|近几年|多年来|长期以来"
    r"|今年以来|去年以来|近期|最近|一直以来|过去)"
)
_QUOTE_THEN_WORD = re.compile(r"[”》』」](?=[\u4e00-\u9fff])(?![的地得了着过们之和与及等])")
_MIN_HEADING = 4
#: How far past its words' start a glued heading's end is looked for.
_GLUED_WINDOW = HEADING_MAX + 10
_OPENING = "“‘《「『（("
_CLOSING = "”’》」』）)"
_SENTENCE_MARKS = re.compile(f"[{_OPENING}{_CLOSING}{SENTENCE_END}]")


def heading_end(
    text: str, words_start: int, *, glued: bool = True, limit: int | None = None
) -> int:
    """Where the heading whose words begin at ``words_start`` ends (exclusive), at most ``limit``.

    With ``glued`` false (a point, whose first sentence is its statement), that is simply the
    end of the first sentence.
    """
    if not glued:
        return _sentence_end(text, words_start, limit)
    # Nothing past this window decides a glued heading's end; scanning only the window keeps a
    # paragraph of many markers and no sentence end linear (each scan would run to its end).
    window_end = words_start + _GLUED_WINDOW
    stop = window_end if limit is None else min(window_end, limit)
    sentence_end = _sentence_end(text, words_start, stop)
    if sentence_end - words_start <= HEADING_MAX + 1:
        return sentence_end
    boundary = glued_boundary(text, words_start, sentence_end)
    if boundary is not None:
        return boundary
    comma = _first_comma(text, words_start, sentence_end)
    if comma is not None:
        return comma
    return min(words_start + LABEL_MAX, len(text), sentence_end)


def glued_boundary(text: str, words_start: int, limit: int | None = None) -> int | None:
    """Where a body visibly starts inside the first sentence after ``words_start``, or None."""
    window_end = words_start + _GLUED_WINDOW
    if limit is None:
        window_end = _sentence_end(text, words_start, window_end)
    else:
        window_end = min(limit, window_end)
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
    words = _without_letter_spacing(text[start:end].split())
    words = words.rstrip("。！？!?；;，,、：:…. ")
    if len(words) > LABEL_MAX:
        return words[:LABEL_MAX] + "…"
    return words


def _without_letter_spacing(words: list[str]) -> str:
    """Words set apart by spaces, one space each, but a word whose characters were spaced out
    one by one (总　　则, 前　言: a typesetter's spacing, not a gap between words) run
    together again: two Chinese characters alone either side of a space are one word."""
    joined = words[0] if words else ""
    for before, word in zip(words, words[1:], strict=False):
        letter_spaced = _is_lone_han(before) and _is_lone_han(word)
        joined += ("" if letter_spaced else " ") + word
    return joined


def _is_lone_han(word: str) -> bool:
    return len(word) == 1 and is_han(word)


def _sentence_end(text: str, start: int, stop: int | None = None) -> int:
    """End (after the mark) of the sentence starting at ``start``, else ``stop`` or the end."""
    stop = len(text) if stop is None else min(stop, len(text))
    depth = 0
    for mark in _SENTENCE_MARKS.finditer(text, start, stop):  # only the marks, not every char
        char = mark.group()
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0:
            return mark.end()
    return stop


def _first_comma(text: str, start: int, end: int) -> int | None:
    depth = 0
    for index in range(start, min(end, start + _GLUED_WINDOW)):
        char = text[index]
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0 and char in "，," and index - start >= _MIN_HEADING:
            return index
    return None
