"""The words of a text that can be keywords, with where they are: one rule for counts and places.

jieba's words, corrected where a reader of political language would not call its piece a word:

- full-width letters and digits (ＧＤＰ, ５Ｇ, as official documents often write them) are cut as
  their half-width forms: jieba cuts them a character a word, so they were never counted;
- a Latin word jieba cuts at its signs (COVID|-|19, R|&|D, Wi|-|Fi) is one word;
- a word of jieba's dictionary that is a modal verb or adverb before a verb (要带头, 继续加强)
  is two: the modal is a stop word, the verb is what the speech talks about (a word the app's
  or the user's dictionary lists, 全面深化改革, stays whole);
- numbers, dates, codes (nlc202309090206) and a number or demonstrative with its measure word
  (一九五二年, 五年, 第一个, 亿元, 上一年, 这场), or a unit the number was cut from (平方米),
  are no keywords; numbered formulations that do not read as a number (十一五, 三农, 四个全面)
  are kept;
- a word no dictionary holds, which jieba's HMM made of the characters left between its
  words, is a fragment if a function character (a one-character stop word) opens or closes it
  (这是, 比前|五年, 786|所县|医院, 更好|地为) or if it took a character that makes a word
  with its neighbour (增长|率居|前列: 增长率). Words it found rightly (问责, 双创, 涉企) stay.

Single characters, punctuation, stop words and the pieces of web and e-mail addresses are left
out. ``keywords.document_words`` (counts, the library's frequencies, the words process) and
``terms.word_places`` (the places marked in the reader) both read these tokens, so a keyword's
count is the number of its places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import accumulate

from desktop.core.chinese.dictionary import stop_words
from desktop.core.chinese.segmenter import Segmenter, Token
from desktop.core.chinese.spellings import LATIN_LETTER, TO_HALF_WIDTH
from desktop.core.chinese.words import LATIN_WORD

_HAS_LETTER = re.compile(r"[^\W\d_]")  # a Han character or a letter: not a number or a mark
# A web address or an e-mail address: its pieces (https, www, gov, cn, html) are no keywords.
_LINK = re.compile(r"(?:https?://|www\.)[!-~]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_LINK_HINT = re.compile(r"://|www\.|@")  # most speeches hold no link: skip the slow search

# The modal verbs and manner adverbs of official speech (all stop words) that jieba's
# dictionary holds glued to a verb, as phrases of its source corpus at its lowest
# frequency: 要带头, 进一步提高, 不断加强, 切实落实, 全面实施, 充分发挥, 加以解决,
# 继续加强, 大力发展. Glued to a noun they make a word of its own (积极分子, 深入人心)
# and stay; so do 要求, 要素 (a one-character rest).
_MODALS = (
    "进一步", "必须", "要", "不断", "切实", "认真", "努力", "积极", "全面", "深入", "充分",
    "加以", "予以", "坚决", "继续", "大力", "稳步", "逐步", "全力",
)  # fmt: skip
_MODAL = re.compile("|".join(_MODALS))

# A number as written in Chinese text: read digit by digit (一九五二, 二〇〇九), or positional
# (三千五百, 二十, 十五, 两万), in Arabic digits, or approximate (几十, 数百, 三十多).
_DIGIT = "[一二三四五六七八九两]"
_POSITIONAL = f"(?:{_DIGIT}?千[零〇]?)?(?:{_DIGIT}?百[零〇]?)?(?:{_DIGIT}?十)?{_DIGIT}?[多余几]?"
_NUMBER = (  # never empty: 上级, 前台, 年度 are words, not 上 or 前 and a measure word
    "(?=[0-9〇零一二三四五六七八九十百千万亿两几数])"
    f"(?:[〇零一二三四五六七八九]{{2,}}|[0-9.]+|[几数]?{_POSITIONAL}(?:[万亿]{_POSITIONAL})*)半?"
)
# Measure words and units after a number (Chinese grammars' list of common 量词, with the units
# of official statistics: 亿元, 万吨, 百分点); a demonstrative before one (这场, 本届) too.
_UNIT = (
    "(?:个百分点|百分点|百分之|周年|年度|年|岁|月份|月|日|号|天|周|星期|小时|时|点|分钟|分|秒"
    "|世纪|代|个|次|倍|元|美元|角|块|吨|斤|公斤|千克|克|亩|公顷|平方米|平方公里|米|公里|千米"
    "|里|人次|人|户|家|项|条|件|名|位|届|批|类|种|套|座|所|台|辆|架|艘|部|本|篇|份|期|成|层"
    "|级|步|场|轮|支|只|处|片|股|笔|句|段|章|节|遍|阵|番|回|道)"
)
# A unit of measure alone (平方米, 公里, 百分点): jieba cut its number off (4000万|平方米).
# Not 年度, 美元 or 世纪, which are words of their own (年度计划, 美元汇率, 新世纪).
_BARE_UNIT = "个?百分点|平方米|平方公里|立方米|公里|千米|公顷|公斤|千克|千瓦时?|人次|小时|分钟"
_NUMBER_WORD = re.compile(  # one pattern: the whole library's words are each matched once
    f"(?:第|上|下|前|后|头|近|约|逾|百分之)?{_NUMBER}{_UNIT}?|(?:这|那|哪|每|该|本|此|各){_UNIT}"
    f"|{_BARE_UNIT}"
)


_CODE = re.compile(r"[0-9０-９]{5,}")  # a serial, a stamp (nlc202309090206): no 5G, G20, COVID-19
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
# Suffixes that make a noun of the word before them (下降率, 积极性, 现代化, 创新型, 满意度,
# 销售额, 劳动者): an HMM word opening with one took it from that word.
_SUFFIXES = frozenset("率性化型度额者")


def is_number_word(word: str) -> bool:
    """True if ``word`` is a number, a date, an ordinal or a quantity (一九五二年, 五年, 亿元)
    or a unit of measure alone (平方米), not a numbered formulation that reads as no number
    (十一五, 三农)."""
    if _CODE.search(word):
        return True  # a code of letters and a long number is no word either
    return word != "" and _NUMBER_WORD.fullmatch(word.translate(TO_HALF_WIDTH)) is not None


def candidate_tokens(text: str, segmenter: Segmenter, *, wait: bool = False) -> list[Token] | None:
    """The tokens of ``text`` that can be keywords, in order; None if jieba is not ready."""
    half = text.translate(TO_HALF_WIDTH)
    words = segmenter.cut(half, wait=wait)
    if words is None:
        return None
    pieces = _whole_latin(half, words) if LATIN_LETTER.search(half) else _offsets(words)
    if half != text:  # full-width letters: each word as the text writes it (ＧＤＰ)
        pieces = [(text[start : start + len(word)], start) for word, start in pieces]
    if _LINK_HINT.search(text):
        pieces = list(_outside_links(text, pieces))
    stops = stop_words()
    # Each verdict once a word: a long report says its few thousand words a hundred times each.
    cuts: dict[str, int] = {}
    kept: dict[str, int] = {}  # _DROP, _KEEP, or _CHECK (an HMM word: look at its neighbours)
    found: list[Token] = []
    for index, (word, start) in enumerate(pieces):
        cut = cuts.get(word)
        if cut is None:
            cut = cuts[word] = _modal_cut(word, segmenter)
        if cut:  # the modal itself is a stop word: only the verb can be a keyword
            word, start = word[cut:], start + cut
        keep = kept.get(word)
        if keep is None:
            keep = kept[word] = _verdict(word, stops, segmenter)
        if keep == _KEEP or (keep and not _takes_from_neighbour(pieces, index, segmenter)):
            found.append(Token(word, start, start + len(word)))
    return found


_DROP, _KEEP, _CHECK = 0, 1, 2


def _verdict(word: str, stops: frozenset[str], segmenter: Segmenter) -> int:
    """Whether ``word`` can be a keyword: never, always, or where no neighbour claims it."""
    if not _is_candidate(word, stops) or _is_glued(word, segmenter):
        return _DROP
    return _CHECK if _is_unknown(word, segmenter) else _KEEP


def _modal_cut(word: str, segmenter: Segmenter) -> int:
    """How many characters a modal glued to a verb takes off ``word`` (要带头: 1), else 0."""
    modal = _MODAL.match(word) if len(word) > 2 else None
    if modal is None:
        return 0
    rest = word[modal.end() :]
    return modal.end() if len(rest) > 1 and _is_split(word, rest, segmenter) else 0


def _is_candidate(word: str, stops: frozenset[str]) -> bool:
    return (
        len(word) > 1
        and word.lower() not in stops
        and _HAS_LETTER.search(word) is not None
        and not is_number_word(word)
    )


def _is_unknown(word: str, segmenter: Segmenter) -> bool:
    """True if ``word`` is Han characters that no dictionary holds: jieba's HMM made it."""
    return _HAN_WORD.fullmatch(word) is not None and not segmenter.is_word(word, wait=True)


def _is_glued(word: str, segmenter: Segmenter) -> bool:
    """True if ``word`` is an HMM word that a function character opens or closes (这是, 比前,
    所县, 地为: a one-character stop word glued to a piece of the next or last word)."""
    functions = _function_characters()
    return (word[0] in functions or word[-1] in functions) and _is_unknown(word, segmenter)


@cache
def _function_characters() -> frozenset[str]:
    return frozenset(word for word in stop_words() if len(word) == 1)


def _takes_from_neighbour(pieces: list[tuple[str, int]], index: int, segmenter: Segmenter) -> bool:
    """True if the HMM word at ``index`` took a character that belongs to the word beside it:
    增长|率居 where 增长率 is a word (the word before with its first character, or its last
    character with the word after, is one the dictionaries hold)."""
    word = pieces[index][0]
    before = pieces[index - 1][0] if index > 0 else ""
    after = pieces[index + 1][0] if index + 1 < len(pieces) else ""
    if word[0] in _SUFFIXES and len(before) > 1 and _HAN_WORD.fullmatch(before):
        return True  # 下降|率居: 下降率, a rate, whether or not jieba lists it
    return bool(
        (before and segmenter.is_word(before + word[0], wait=True))
        or (after and segmenter.is_word(word[-1] + after, wait=True))
    )


def _offsets(words: list[str]) -> list[tuple[str, int]]:
    """Each word with where it starts (jieba's words put together give the text back)."""
    starts = list(accumulate(map(len, words), initial=0))
    return list(zip(words, starts, strict=False))


def _whole_latin(half: str, words: list[str]) -> list[tuple[str, int]]:
    """The words (with their starts) with the pieces of each Latin word (COVID, -, 19) put
    together, unless the Latin word ends inside a jieba word (卡拉OK stays jieba's)."""
    spans = {m.start(): m.end() for m in LATIN_WORD.finditer(half) if m.end() - m.start() > 1}
    pieces = _offsets(words)
    merged: list[tuple[str, int]] = []
    index = 0
    while index < len(pieces):
        word, start = pieces[index]
        end = spans.get(start, 0)
        last = index
        if end > start + len(word):
            while last + 1 < len(pieces) and _end(pieces[last + 1]) <= end:
                last += 1
            if _end(pieces[last]) != end:
                last = index
        merged.append((half[start : _end(pieces[last])], start))
        index = last + 1
    return merged


def _end(piece: tuple[str, int]) -> int:
    return piece[1] + len(piece[0])


def _is_split(word: str, rest: str, segmenter: Segmenter) -> bool:
    """Whether ``word``, a modal and ``rest``, is two words: ``rest`` a verb, and ``word`` not
    one our dictionaries or the user's list whole (全面深化改革)."""
    return _is_verb(rest, segmenter) and not segmenter.is_own_word(word, wait=True)


def _is_verb(word: str, segmenter: Segmenter) -> bool:
    """True if the dictionaries hold ``word`` as a word that is no noun (jieba tags 落实 an
    adjective, 向上 an adverb: only nouns make a word with a modal before them)."""
    if not segmenter.is_word(word, wait=True):
        return False
    return not (segmenter.word_tag(word, wait=True) or "n").startswith("n")


def _outside_links(text: str, pieces: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """The words (with their starts) not inside a web or e-mail address."""
    links = _LINK.finditer(text)
    link = next(links, None)
    for word, start in pieces:
        while link is not None and link.end() <= start:
            link = next(links, None)
        if link is None or start + len(word) <= link.start():
            yield word, start
