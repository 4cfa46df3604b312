"""Formulations that alternate numbers and characters: 一带一路, 两学一做, 三严三实, 一岗双责.

A number, a character, a number, a character: the shape of many 提法 that count what they
name (one belt, one road), and of many idioms (成语) too: 一心一意, 三番五次, 十全十美. The
candidate is the four characters as one jieba word (or the start of one: 三会一课 in
三会一课制度), or as a run of several words that starts and ends on word boundaries (一村|一品).
Idioms are told apart by signs that do not depend on the phrase:

- jieba's own dictionary (of about 2013, before most of today's formulations) holds the word,
  whatever its tag: idioms (``i``: 一心一意), number phrases (``m``: 三番五次), set phrases
  (``l``: 一生一世, 一来二去; ``nz``: 九牛一毛; ``nr``: 三从四德, a Confucian precept, not a
  formulation of the documents read here). Ours (the app's and the user's) do not count as
  jieba's: they hold the new formulations (两学一做, 三严三实).
- the exception is the abbreviation tag ``j``, the one formulations carry: given by our
  dictionaries it decides (they tag j the formulations jieba holds as ordinary words: 一国两制,
  五位一体, ``resources/dict/formulations.txt``); given by jieba's (五讲四美, 双学双比, but
  also 三长两短) it is checked like a new word;
- a new word is an idiom if tagged ``i`` or ``m`` by a user's dictionary, or if its two
  characters make a word of ordinary Chinese on their own (心意, 清楚, 长短): the idiom
  spreads one word over its numbers (一心一意, 一清二楚), where a formulation names two
  things (带 and 路, 学 and 做).

A run of several words is a weaker sign (一天三次 is a count): it is taken only if neither
character is a unit of counting (天, 次, 个) and the formulation occurs more than once.
Hyperbole (千方百计, 千家万户) is left out by taking only the counting numbers up to ten.

What the signs miss: a formulation jieba's dictionary holds untagged j that ours do not tag
(三位一体, 三通一平 are left out), two classical phrases jieba tags j (一成一旅, 十恶五逆) are
taken, and a new formulation whose characters happen to make a word is missed unless a
dictionary tags it j.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.chinese.boundaries import WordBoundaries

_COUNT = "一二三四五六七八九十两双"
_NUMERALS = f"{_COUNT}百千万亿零〇几0123456789０１２３４５６７８９"
_CANDIDATE = re.compile(rf"(?=([{_COUNT}][\u4e00-\u9fff][{_COUNT}][\u4e00-\u9fff]))")
_IDIOM_TAGS = frozenset(("i", "m"))
_ABBREVIATION_TAG = "j"
# Measure words and units of time: numbers before them count (一天三次, 一步一个脚印).
_UNITS = frozenset("个位名人次回遍趟步点件条张份批层级倍成天日夜年月周季岁时分秒")


def alternating(text: str, boundaries: WordBoundaries) -> Iterator[tuple[int, int, bool]]:
    """Alternating formulations (start, end, whether it counts only if repeated)."""
    for match in _CANDIDATE.finditer(text):
        start, end = match.span(1)
        if not boundaries.is_boundary(start):
            continue
        words = match.group(1)
        if words[1] in _NUMERALS or words[3] in _NUMERALS:
            continue  # all numbers: 一五一十, 三三两两
        if boundaries.next_boundary(start + 1, end - 1) is None:
            if _one_word(words, at_end=boundaries.is_boundary(end), boundaries=boundaries):
                yield start, end, False
        elif boundaries.is_boundary(end) and _several_words(words, boundaries):
            yield start, end, True


def _one_word(words: str, *, at_end: bool, boundaries: WordBoundaries) -> bool:
    """True if the word ``words`` (or the longer word it starts) is a formulation."""
    segmenter = boundaries.segmenter
    if not at_end and not segmenter.is_word(words, wait=True):
        return False  # four characters inside some longer word, not a word of their own
    if segmenter.own_word_tag(words, wait=True) == _ABBREVIATION_TAG:
        return True  # the app's or the user's dictionary says it is one
    jieba_tag = segmenter.jieba_word_tag(words, wait=True)
    if jieba_tag not in (None, _ABBREVIATION_TAG):
        return False  # a set phrase of jieba's 2013 Chinese: 一生一世, 九牛一毛
    tag = segmenter.word_tag(words, wait=True)
    return tag not in _IDIOM_TAGS and not _halves_make_a_word(words, boundaries)


def _several_words(words: str, boundaries: WordBoundaries) -> bool:
    """True if the run of words ``words`` may be a formulation (if it recurs)."""
    if words[1] in _UNITS or words[3] in _UNITS:
        return False
    return not _halves_make_a_word(words, boundaries)


def _halves_make_a_word(words: str, boundaries: WordBoundaries) -> bool:
    """True if the two characters between the numbers are a word: 一心一意 spreads 心意."""
    return bool(boundaries.segmenter.is_word(words[1] + words[3], wait=True))
