"""Formulations (提法): the set phrases of political language, counted per speech and collection.

Two kinds are found here (the dictionaries' standing formulations a text uses unmarked, a
third, are added by ``standing``):

- quoted: short terms in quotation marks, “效能革命”, “放管服”, “两集中、两到位”, and two
  parallel clauses, “两手抓，两手都要硬” (``clauses``; whole sentences in quotes are
  quotations, not formulations: see ``MAX_QUOTED``);
- numbered: a number and a short term, 三个代表, 四个全面, 两个“一把手”; enumerations of
  such terms, 两集中、两到位; 1+6 规定; the five-year plans, 十三五; numbers alternating
  with characters, 一带一路, 两学一做 (``alternating``, which tells them from idioms).

A numbered formulation must start and end on jieba word boundaries, so 第一产业 or 三个月 are
not taken for one, and its phrase must end there: jieba cuts 特别|行政区 and 重要|的, but a
modifier (an adjective, adverb or distinguishing word in jieba's dictionary) followed by more
words only qualifies them, so 两个特别行政区 holds no formulation 两个特别.
A number with a term met once (三个铁矿, 十九个建设项目: a report's inventory) counts things;
it names a formulation only if it recurs, is quoted (两个“一把手”) or is one word of the
dictionaries (四个全面, 两个维护: politics.txt holds the standing ones).

A standing formulation written with its items apart (大众创业、万众创新) is found here too
(``standing_apart``), so that its items are counted as its own.

Each formulation is counted wherever its words occur as whole words (or open a longer word,
四个全面 in 四个全面战略布局; but not 三个代表 in 三个|代表团), in quotes or not (a formulation
first met in quotes is often used bare afterwards); ``quoted`` says how often it was quoted.
Writings that differ only by the 、 between items or by character width count as one
formulation, shown in its most frequent writing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.chinese.alternating import alternating
from desktop.core.chinese.boundaries import RUN_CHAR, WordBoundaries
from desktop.core.chinese.candidates import is_number_word
from desktop.core.chinese.clauses import parallel_clauses
from desktop.core.chinese.item_end import last_item_end
from desktop.core.chinese.quotes import QUOTES, quoted_spans
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.spellings import LATIN_LETTER, fold_case
from desktop.core.chinese.standing_apart import apart_places, key_of

MAX_QUOTED = 12
"""Longest quoted term (not counting the 、 or · between its items) taken for a formulation:
longer quotes are quotations or names (of awards, of committees), not set phrases."""

_HAN = "\u4e00-\u9fff"
_NUMBER = "十[一二三四五六七八九]|[两二三四五六七八九十]"  # 一个 is just "a": not alone
_SENTENCE_MARKS = re.compile(r"[。！？；，,.!?;:：\s]")
_COUNTED = re.compile(rf"(?<![第\d一二三四五六七八九十百千万两几多])(?:{_NUMBER}|\d{{1,2}})个")
_ENUMERATION = re.compile(
    rf"(?:{_NUMBER}|一)个?[{_HAN}]{{1,4}}(?:、(?:{_NUMBER}|一)个?[{_HAN}]{{1,4}})+"
)
_ITEM_NUMBER = re.compile(rf"(?:{_NUMBER}|一)个?")
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")
_PLUS = re.compile(r"(?<![\d.])\d{1,2}\s?[+＋]\s?(?:\d{1,2}|[A-Za-z])(?![\d.])\s?")
_PLAN = re.compile(r"十[一二三四五六七八九]五")
# Nouns a number counts rather than names: 三个月, 两个方面, 15个区县 are not formulations.
_COUNTING_NOUNS = frozenset(
    (
        *("月", "多月", "年", "多年", "星期", "小时", "季度", "工作日", "阶段", "方面", "问题"),
        *("部分", "层次", "环节", "领域", "方向", "单位", "部门", "区县", "乡镇", "地区", "城市"),
        *("项目", "指标", "百分点", "人", "字", "条", "点", "次", "批", "类", "种", "小组", "班子"),
    )
)

# jieba's tags of words that qualify the word after them: adjectives, adverbs, distinguishing
# words (特别, 重要, 主要, 国家级). Such a word ends a phrase only before punctuation.
_MODIFIER_TAGS = frozenset(("a", "ad", "ag", "b", "d", "dg", "z"))


class FormulationKind(StrEnum):
    """How a formulation was recognised."""

    QUOTED = "quoted"
    NUMBERED = "numbered"
    STANDING = "standing"
    """One of the dictionaries' standing formulations the text uses unmarked (``standing``)."""


_KIND_ORDER = (FormulationKind.NUMBERED, FormulationKind.QUOTED, FormulationKind.STANDING)
"""A formulation's kind over texts: what any text marks it as (as ``_Found.add`` keeps it)."""


@dataclass(frozen=True, slots=True)
class Formulation:
    """A formulation of one text: its words, how often they occur (and are quoted), where."""

    text: str
    kind: FormulationKind
    count: int
    quoted: int
    occurrences: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class CollectionFormulation:
    """A formulation across texts: totals, in how many texts, and every (source, start, end)."""

    text: str
    kind: FormulationKind
    count: int
    quoted: int
    sources: int
    occurrences: tuple[tuple[Hashable, int, int], ...]


def formulations(
    text: str, segmenter: Segmenter, *, wait: bool = False
) -> list[Formulation] | None:
    """The formulations of ``text``, most frequent first; None if jieba is not ready."""
    if not segmenter.ready and not wait:
        return None
    boundaries = WordBoundaries(text, segmenter)
    found = _Found()
    # First: a standing formulation the text quotes or numbers keeps that kind (``add``).
    for start, end in apart_places(text, boundaries):
        found.add(text[start:end], FormulationKind.STANDING, start, end, quoted=False)
    for start, end in _quoted(text):
        found.add(text[start:end], FormulationKind.QUOTED, start, end, quoted=True)
    for start, end, if_repeated in _numbered(text, boundaries):
        found.add(text[start:end], FormulationKind.NUMBERED, start, end, quoted=False)
        found.if_repeated[formulation_key(text[start:end])] &= if_repeated
    return found.formulations(text, boundaries)


def collection_formulations(
    texts: Iterable[tuple[Hashable, str]], segmenter: Segmenter, *, wait: bool = False
) -> list[CollectionFormulation] | None:
    """The formulations of several texts (source id, text), most frequent first."""
    found: list[tuple[Hashable, Formulation]] = []
    for source, text in texts:
        of_text = formulations(text, segmenter, wait=wait)
        if of_text is None:
            return None
        found.extend((source, formulation) for formulation in of_text)
    return merge_formulations(found)


def merge_formulations(
    found: Iterable[tuple[Hashable, Formulation]],
) -> list[CollectionFormulation]:
    """Formulations of single texts (source id, formulation) as one list, most frequent first.

    Writings that differ only by the 、 between items or by width are one formulation.
    """
    return merge_keyed((formulation_key(f.text), source, f) for source, f in found)


def merge_keyed(
    found: Iterable[tuple[str, Hashable, Formulation]],
) -> list[CollectionFormulation]:
    """``merge_formulations`` of (``formulation_key`` of its text, source id, formulation):
    keys made once and kept spare a library's terms normalising 100,000 writings each time."""
    by_key: dict[str, list[tuple[Hashable, Formulation]]] = defaultdict(list)
    for key, source, formulation in found:
        by_key[key].append((source, formulation))
    merged = [_merge(entries) for entries in by_key.values()]
    merged.sort(key=lambda item: (-item.count, item.text))
    return merged


def _merge(entries: list[tuple[Hashable, Formulation]]) -> CollectionFormulation:
    """One formulation's figures over the texts it occurs in."""
    writings: Counter[str] = Counter()
    for _, formulation in entries:
        writings[formulation.text] += formulation.count
    kinds = {formulation.kind for _, formulation in entries}
    return CollectionFormulation(
        text=writings.most_common(1)[0][0],
        kind=next(kind for kind in _KIND_ORDER if kind in kinds),
        count=sum(formulation.count for _, formulation in entries),
        quoted=sum(formulation.quoted for _, formulation in entries),
        sources=len({source for source, _ in entries}),
        occurrences=tuple(
            (source, start, end)
            for source, formulation in entries
            for start, end in formulation.occurrences
        ),
    )


class _Found:
    """Formulations gathered from one text, keyed by their normalised writing."""

    def __init__(self) -> None:
        self.kinds: dict[str, FormulationKind] = {}
        self.writings: dict[str, Counter[str]] = defaultdict(Counter)
        self.spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
        self.quoted: Counter[str] = Counter()
        self.if_repeated: defaultdict[str, bool] = defaultdict(lambda: True)
        self._lowered: tuple[str | None] | None = None

    def add(self, words: str, kind: FormulationKind, start: int, end: int, *, quoted: bool) -> None:
        """Record one occurrence found by a pattern."""
        key = formulation_key(words)
        if self.kinds.get(key) != FormulationKind.NUMBERED:
            self.kinds[key] = kind
        self.writings[key][words] += 1
        self.spans[key].add((start, end))
        self.quoted[key] += quoted

    def formulations(self, text: str, boundaries: WordBoundaries) -> list[Formulation]:
        """Every formulation, its bare occurrences counted too, most frequent first."""
        result = []
        for key, kind in self.kinds.items():
            spans = set(self.spans[key])
            for writing in self.writings[key]:
                found = _occurrences(text, writing, self._folded(text))
                spans.update(_whole_words(found, boundaries))
            writing = self.writings[key].most_common(1)[0][0]
            ordered = tuple(sorted(_outermost(spans)))
            if kind == FormulationKind.NUMBERED and self._if_repeated(key) and len(ordered) < 2:
                continue
            result.append(Formulation(writing, kind, len(ordered), self.quoted[key], ordered))
        result.sort(key=lambda item: (-item.count, item.text))
        return result

    def _folded(self, text: str) -> str | None:
        """The text in lower case, made once; None if that changes its length (İ)."""
        if self._lowered is None:
            lowered = text.lower()
            self._lowered = (lowered if len(lowered) == len(text) else None,)
        return self._lowered[0]

    def _if_repeated(self, key: str) -> bool:
        """True if only a second occurrence makes it a formulation: quotes make it one too."""
        return self.if_repeated[key] and not self.quoted[key]


def _quoted(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the words inside quotation marks that are short terms, not sentences."""
    for start, end in quoted_spans(text):
        words = text[start:end]
        if _SENTENCE_MARKS.search(words) and not parallel_clauses(words):
            continue
        if not re.search(f"[{_HAN}]", words) or len(re.sub("[、·，,]", "", words)) > MAX_QUOTED:
            continue
        yield start, end


def _numbered(text: str, boundaries: WordBoundaries) -> Iterator[tuple[int, int, bool]]:
    """Numbered formulations (start, end, whether it counts only if repeated), each starting
    and ending on a word boundary."""
    for match in _ENUMERATION.finditer(text):
        span = _enumeration(text, match, boundaries)
        if span:
            yield *span, False
    for match in _COUNTED.finditer(text):
        end = _counted_term_end(text, match.end(), boundaries)
        if end and boundaries.is_boundary(match.start()):
            # 26个牵头单位 and 三个铁矿 count things; a formulation is a set phrase: it recurs,
            # unless it is quoted (两个“一把手”) or a word of the dictionaries (四个全面).
            yield match.start(), end, not _named(text, match, end, boundaries)
    for match in _PLUS.finditer(text):
        end = _term_end(text, match.end(), boundaries, longest=4)
        if end and boundaries.is_boundary(match.start()):
            yield match.start(), end, False
    for match in _PLAN.finditer(text):
        if boundaries.is_boundary(match.start()) and boundaries.is_boundary(match.end()):
            yield *match.span(), False
    yield from alternating(text, boundaries)


def _named(text: str, match: re.Match[str], end: int, boundaries: WordBoundaries) -> bool:
    """True if the counted term after ``match`` (两个, 四个) names a formulation on its first
    occurrence: a Chinese number (4个全面 in digits recurs if it is one) before a quoted term
    or making one word with it (两个维护, 三个代表: jieba's or our dictionaries' words)."""
    if match.group()[0].isdigit():
        return False
    return (
        text[match.end()] in QUOTES or boundaries.next_boundary(match.start() + 1, end - 1) is None
    )


def _enumeration(
    text: str, match: re.Match[str], boundaries: WordBoundaries
) -> tuple[int, int] | None:
    """An enumeration's span, trimmed to end where its last item's word ends.

    The items are parallel: the last one runs at least as long as the shortest before it, if
    a word ends there (一手抓繁荣、一手抓管理 and 两个市场、两种资源 ended at 一手, 两种:
    their first words); else at its first word's end (两集中、两到位|向纵深); and on over the
    one-character words jieba cut a phrase into (``item_end``: 两手抓、两手都要硬)."""
    start = match.start()
    if not boundaries.is_boundary(start) or text[start - 1 : start] == "第":
        return None
    items = match.group().split("、")
    if any(map(_is_quantity, items)):
        return None  # 六十斤、八十斤, 一年、五年、十年: amounts listed, not terms
    last_item = start + match.group().rfind("、") + 1
    number = _ITEM_NUMBER.match(text, last_item)
    assert number is not None  # the pattern put one there
    shortest = min(map(len, items[:-1]))
    low = min(max(number.end() + 1, last_item + shortest), match.end())
    end = boundaries.next_boundary(low, match.end())
    if end is None:
        end = boundaries.next_boundary(number.end() + 1, match.end())
    if end is None:
        return None
    return start, last_item_end(text, end, match.end(), last_item + shortest, boundaries)


def _is_quantity(item: str) -> bool:
    """True if an enumeration's item is an amount: its number goes on (六十斤, 五千农户, 一千)
    or takes a measure word (一年, 五个县)."""
    number = _ITEM_NUMBER.match(item)
    rest = item[number.end() :] if number is not None else item
    return rest[:1] in _NUMERALS or is_number_word(item)


def _counted_term_end(text: str, position: int, boundaries: WordBoundaries) -> int | None:
    """Where the term after 个 ends: a quoted term (两个“一把手”) or the word that follows."""
    closing = QUOTES.get(text[position : position + 1])
    if closing:
        end = text.find(closing, position + 1, position + 10)
        return end + 1 if end > position + 1 else None
    return _term_end(text, position, boundaries, longest=4)


def _term_end(text: str, position: int, boundaries: WordBoundaries, longest: int) -> int | None:
    """The end of the word of 2 to ``longest`` Han characters starting at ``position`` (or
    ending a word that started on the number), if that word is a term, not a counted noun."""
    end = boundaries.next_boundary(position + 1, position + longest)
    if end is None or end - position < 2:
        return None
    term = text[position:end]
    if not re.fullmatch(f"[{_HAN}]+", term) or term in _COUNTING_NOUNS:
        return None
    if _qualifies_next_word(text, term, end, boundaries.segmenter):
        return None
    return end


def _qualifies_next_word(text: str, term: str, end: int, segmenter: Segmenter) -> bool:
    """True if ``term`` is a modifier with more words after it: its phrase goes on."""
    if not RUN_CHAR.match(text[end : end + 1]):
        return False  # punctuation, a space, the end: the phrase ends with the term
    return segmenter.word_tag(term, wait=True) in _MODIFIER_TAGS


def _whole_words(
    spans: Iterable[tuple[int, int]], boundaries: WordBoundaries
) -> Iterator[tuple[int, int]]:
    """The spans that start a word and end one or open a longer word (四个全面 in the one word
    四个全面战略布局, 放管服 in 放管服改革), not those cutting one (三个代表 in 三个|代表团)."""
    for start, end in spans:
        if not boundaries.is_boundary(start):
            continue
        if boundaries.is_boundary(end) or boundaries.next_boundary(start + 1, end) is None:
            yield start, end


def _occurrences(text: str, words: str, folded: str | None) -> Iterator[tuple[int, int]]:
    """Every span of ``words`` in ``text``; in any case of its Latin letters when ``folded``
    (``text`` in lower case, of the same length) is given."""
    if folded is not None and LATIN_LETTER.search(words):
        text, words = folded, words.lower()
    start = text.find(words)
    while start >= 0:
        yield start, start + len(words)
        start = text.find(words, start + 1)


def _outermost(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another one (one writing may contain another's start)."""
    ordered = sorted(spans, key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for start, end in ordered:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def formulation_key(words: str) -> str:
    """Writings that name the same formulation: width and Latin case folded, spaces and the
    、 or ， between items dropped (“Belt and Road” and “belt and road” are one; so are
    两手抓，两手都要硬 and 两手抓、两手都要硬), a standing formulation's items its name's
    (``standing_apart``: 去产能、去库存、去杠杆、降成本、补短板 is 三去一降一补)."""
    return key_of(fold_case(re.sub(r"[\s、，,]", "", unicodedata.normalize("NFKC", words))))
