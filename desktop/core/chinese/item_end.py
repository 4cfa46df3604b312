"""Where the last item of an enumeration ends, when jieba cut it into one-character words.

The items of an enumeration are parallel (两集中、两到位; 两手抓、两手都要硬), so its last one
is whole where its phrase ends or once it is as long as the items before it. jieba cuts a
phrase it does not know into characters (两手|都|要|硬, 一部分|人|先富起来): an item that ends
at the first word past a length can stop inside that phrase. A word of jieba's own after the
item (两到位|落实) is the sentence going on, and so is a function word (两到位|向|纵深).
"""

from __future__ import annotations

from desktop.core.chinese.boundaries import RUN_CHAR, WordBoundaries

_FUNCTION_TAGS = ("c", "e", "p", "u", "y")
"""jieba's tags (by first letter) of conjunctions, interjections, prepositions, particles."""


def last_item_end(text: str, end: int, high: int, parallel: int, boundaries: WordBoundaries) -> int:
    """``end``, or past the one-character words after it (up to ``high``): to where the phrase
    ends if it does (before a mark, the text's end or a particle: 的, 地), else as far as
    ``parallel`` (the end that makes the item as long as the shortest before it) over words
    that are no function words."""
    best = end
    while end < min(high, len(text)) and boundaries.is_boundary(end + 1):
        end += 1  # past one more one-character word
        if end == len(text) or not RUN_CHAR.match(text[end]):
            return end
        if _word_tag(text, end, boundaries).startswith("u") or _parallel(
            text, end, best, parallel, boundaries
        ):
            best = end
    return best


def _parallel(text: str, end: int, best: int, parallel: int, boundaries: WordBoundaries) -> bool:
    """True if the word that ends at ``end`` (one character past ``best``) keeps the item
    within the others' length and is no function word."""
    if best != end - 1 or end > parallel:
        return False
    return not _word_tag(text, end - 1, boundaries).startswith(_FUNCTION_TAGS)


def _word_tag(text: str, start: int, boundaries: WordBoundaries) -> str:
    """jieba's tag of the character at ``start`` if it is a word of its own, else ''."""
    if not boundaries.is_boundary(start + 1):
        return ""
    return boundaries.segmenter.word_tag(text[start : start + 1], wait=True) or ""
