"""The word under a position, for double-click selection and shift-double-click extension.

The word is computed on the paragraph around the position; in fact on the run of characters
jieba cuts together (see ``boundaries``), which gives the same words in a fraction of the time.
Full-width letters, digits and signs (ＧＤＰ, １９．５％, as official documents write figures) are
cut as their half-width forms: jieba leaves them out of its runs, a digit a word.
"""

from __future__ import annotations

import re

from desktop.core.chinese.boundaries import run_around
from desktop.core.chinese.segmenter import Segmenter

_LATIN = re.compile(r"[A-Za-z0-9_Ａ-Ｚａ-ｚ０-９＿]")

_WIDE_RUN_CHAR = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-Ａ-Ｚａ-ｚ０-９＋＃＆．＿％－]")
"""``boundaries.RUN_CHAR`` and the full-width forms of its letters, digits and signs."""

_TO_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
"""Full-width ASCII forms (U+FF01–FF5E) to ASCII, one character for one: offsets hold."""


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
        return (offset, offset + 1)
    tokens = segmenter.tokens(text[run[0] : run[1]].translate(_TO_HALF_WIDTH), wait=wait)
    if tokens is None:
        return None
    relative = offset - run[0]
    token = next(token for token in tokens if token.start <= relative < token.end)
    return (run[0] + token.start, run[0] + token.end)


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
    """A word without jieba, while it loads: a run of Latin letters and digits, else one
    character (a Han character is the nearest thing to a word that needs no dictionary)."""
    if not text:
        return (0, 0)
    offset = min(max(offset, 0), len(text) - 1)
    return run_around(text, offset, _LATIN) or (offset, offset + 1)
