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

from desktop.core.importing.chars import SENTENCE_END, display_width, is_han

#: A heading longer than this (in characters, without its numbering) is taken to be glued.
HEADING_MAX = 40
#: The longest label or first-words title, in Chinese characters (two columns each).
LABEL_MAX = 30
# What a Latin label is not left ending with when cut at a space.
_LATIN_TRAIL = " ,;:-\u2013\u2014"

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
# A Latin sentence's end: a full stop before a space, but not an initial's (U.S. economy).
_LATIN_STOP = re.compile(r"(?<![A-Z])\.(?=\s)|[!?](?=\s)")
_SENTENCE_MARKS = re.compile(f"[{_OPENING}{_CLOSING}{SENTENCE_END}]")


def declared_heading_end(text: str, words_start: int | None) -> int:
    """Where a line set in a heading style (Word's 标题 2, Markdown's ##) ends its heading: at
    its first sentence's end where the writer set a whole paragraph in it (（一）指导思想。
    全面贯彻…), as a heading run into its paragraph ends; else the whole line (a long
    heading of clauses is one heading all the same)."""
    if words_start is None:
        return len(text)
    end = heading_end(text, words_start)
    sentence = text[:end].rstrip(_CLOSING + " ")
    return end if end < len(text) and sentence and sentence[-1] in SENTENCE_END else len(text)


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
    # Latin words take one column a letter where Chinese takes two: twice the letters fit.
    scale = 2 if _is_latin(text[words_start : words_start + _GLUED_WINDOW]) else 1
    window_end = words_start + _GLUED_WINDOW * scale
    stop = window_end if limit is None else min(window_end, limit)
    sentence_end = _sentence_end(text, words_start, stop)
    if scale == 2:
        sentence_end = _latin_sentence_end(text, words_start, sentence_end)
    if sentence_end - words_start <= (HEADING_MAX + 1) * scale:
        return sentence_end
    boundary = glued_boundary(text, words_start, sentence_end)
    if boundary is not None:
        return boundary
    comma = _first_comma(text, words_start, sentence_end)
    if comma is not None:
        return comma
    if scale == 2:
        cut = label_cut(text[words_start:sentence_end])
        return sentence_end if cut is None else words_start + cut
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
    cut = label_cut(words)
    return words if cut is None else words[:cut] + "…"


def label_cut(words: str, limit: int = LABEL_MAX) -> int | None:
    """Where ``words`` are cut to fit a label of ``limit`` Chinese characters, or None if they fit.

    Text holding Chinese is cut after ``limit`` characters, as it always was. Latin text (no wide
    character) gets the same display width, two columns a character, and is cut at the last space
    that fits, so a word is not broken (unless one word alone fills half of it).
    """
    if not _is_latin(words):
        return limit if len(words) > limit else None
    columns = 2 * limit
    if len(words) <= columns:
        return None
    space = words.rfind(" ", 0, columns + 1)
    cut = space if space > columns // 2 else columns
    return len(words[:cut].rstrip(_LATIN_TRAIL))


def _latin_sentence_end(text: str, start: int, stop: int) -> int:
    """End of the Latin sentence starting at ``start``: its full stop, as Chinese uses none."""
    stop_mark = _LATIN_STOP.search(text, start, stop)
    return stop_mark.end() if stop_mark else stop


def _is_latin(text: str) -> bool:
    """Whether ``text`` holds no wide (Chinese) character: Latin words, digits, spaces."""
    return display_width(text) == len(text)


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
