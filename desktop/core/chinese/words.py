"""The word under a position, for double-click selection and shift-double-click extension.

The word is computed on the paragraph around the position; in fact on the run of characters
jieba cuts together (see ``boundaries``), which gives the same words in a fraction of the time.
Full-width letters, digits and signs (ＧＤＰ, １９．５％, as official documents write figures) are
cut as their half-width forms: jieba leaves them out of its runs, a digit a word.

A run of Latin letters and digits joined by & - . or an apostrophe (R&D, COVID-19, e-mail,
it's, 3.5) is one word, and so is an abbreviation with its last full stop (U.S., e.g.):
jieba cuts them at every sign, R|&|D, which no reader of English calls words. A word of
jieba's dictionary that mixes Han and Latin (A股, 卡拉OK) stays jieba's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.chinese.boundaries import run_around
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.spellings import TO_HALF_WIDTH

_ALNUM = "A-Za-z0-9_\u00c0-\u024f\u1e00-\u1effＡ-Ｚａ-ｚ０-９＿"
_LETTER = "A-Za-z\u00c0-\u024f\u1e00-\u1effＡ-Ｚａ-ｚ"
_JOINERS = "&\\-\u2010\u2011.'’＆－．＇"  # hyphens: ASCII, Unicode's and non-breaking
_LATIN_STRETCH = re.compile(f"[{_ALNUM}{_JOINERS}]")
LATIN_WORD = re.compile(
    f"(?:[{_LETTER}][.．]){{2,}}(?![{_ALNUM}])"  # an abbreviation and its last stop: U.S.
    f"|[{_ALNUM}]+(?:[{_JOINERS}][{_ALNUM}]+)*"
)
"""A Latin word: letters and digits, joined by & - . or an apostrophe (R&D, COVID-19)."""

_WIDE_RUN_CHAR = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-Ａ-Ｚａ-ｚ０-９＋＃＆．＿％－]")
"""``boundaries.RUN_CHAR`` and the full-width forms of its letters, digits and signs."""


def word_at(
    text: str, offset: int, segmenter: Segmenter, *, wait: bool = False
) -> tuple[int, int] | None:
    """The (start, end) of the jieba word containing ``text[offset]``; None if not ready.

    Outside a run of words (a punctuation mark, a space) the word is that one character; an
    offset at the end of the text means its last character.
    """
    if not text:
        return (0, 0)
    offset = min(max(offset, 0), len(text) - 1)
    run = run_around(text, offset, _WIDE_RUN_CHAR)
    if run is None or run[1] - run[0] == 1:
        return latin_word_at(text, offset) or (offset, offset + 1)  # it's: ' is no run char
    tokens = segmenter.tokens(text[run[0] : run[1]].translate(TO_HALF_WIDTH), wait=wait)
    if tokens is None:
        return None
    relative = offset - run[0]
    token = next(token for token in tokens if token.start <= relative < token.end)
    word = (run[0] + token.start, run[0] + token.end)
    latin = latin_word_at(text, offset)
    if latin is not None and latin[0] <= word[0] and word[1] <= latin[1]:
        return latin  # jieba's piece of R&D (R, &, D): the whole Latin word
    return word


def latin_word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The (start, end) of the Latin word (``LATIN_WORD``) holding ``text[offset]``, if any."""
    if not 0 <= offset < len(text):
        return None
    stretch = run_around(text, offset, _LATIN_STRETCH)
    if stretch is None:
        return None
    for match in LATIN_WORD.finditer(text, *stretch):
        if match.start() <= offset < match.end():
            return match.span()
        if match.start() > offset:
            break
    return None


def extend_by_words(
    text: str, start: int, end: int, offset: int, segmenter: Segmenter, *, wait: bool = False
) -> tuple[int, int] | None:
    """The selection ``[start, end)`` grown to take in the whole word at ``offset``.

    What shift-double-click does: the selection reaches the clicked word, whichever side it is
    on, and keeps its other end. None if the segmenter is not ready.
    """
    word = word_at(text, offset, segmenter, wait=wait)
    if word is None:
        return None
    return (min(start, word[0]), max(end, word[1]))


def simple_word_at(text: str, offset: int) -> tuple[int, int]:
    """A word without jieba, while it loads: a Latin word (``latin_word_at``: R&D, COVID-19),
    else one character (a Han character is the nearest thing to a word that needs no
    dictionary)."""
    if not text:
        return (0, 0)
    offset = min(max(offset, 0), len(text) - 1)
    return latin_word_at(text, offset) or (offset, offset + 1)


WordAt = Callable[[str, int], "tuple[int, int] | None"]
"""Given a text and an offset, the range of the word there, or None (not known yet)."""

_SPACES = frozenset(" \t\u3000\u00a0")
"""Spaces a word step passes over, as Ctrl+→ does between Latin words; a line break stops it."""


def word_step(text: str, offset: int, *, forward: bool, word_at: WordAt) -> int:
    """Where Ctrl+→ (``forward``) or Ctrl+← takes a caret at ``offset``: one word on.

    Forward goes to the end of the word at the caret (and over spaces after it); backward to
    the start of the word before it. A line break is a step of its own, as between paragraphs
    in any editor. ``word_at`` gives the words (jieba's); where it knows none, the step is
    ``simple_word_at``'s: a Han character, or a run of Latin letters and digits.
    """
    offset = min(max(offset, 0), len(text))
    if forward:
        if offset >= len(text) or text[offset] == "\n":
            return min(offset + 1, len(text))
        end = offset if text[offset] in _SPACES else _word(text, offset, word_at)[1]
        while end < len(text) and text[end] in _SPACES:
            end += 1
        return end
    start = offset
    while start > 0 and text[start - 1] in _SPACES:
        start -= 1
    if start == 0:
        return 0
    if text[start - 1] == "\n":
        return start if start < offset else start - 1  # spaces opening a line: to its start
    return _word(text, start - 1, word_at)[0]


def _word(text: str, offset: int, word_at: WordAt) -> tuple[int, int]:
    """The word holding ``text[offset]``: ``word_at``'s if it gives one that does, else simple."""
    word = word_at(text, offset)
    if word is not None and word[0] <= offset < word[1] <= len(text):
        return word
    return simple_word_at(text, offset)
