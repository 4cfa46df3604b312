"""Standing formulations (规范提法): the set phrases of political language curated in
``resources/dict/standing.txt`` (科学发展观, 以经济建设为中心, 供给侧结构性改革, 四个全面…),
listed among a text's formulations wherever it uses them, marked or not.

A text marks a formulation of its own (quotes, a number: ``formulations``); a standing one it
just says: 科学发展观 seven times in a report, never quoted. jieba keeps each whole (the
dictionaries are there for that), so it is counted as a whole word, where keywords are counted
(``terms.word_places``), or from a library's stored word counts. The dictionaries hold
many more words that are no formulations (政府采购, 科技创新: plain nouns of policy; 政务服务中心:
an institution); the list says which are. One the text itself marks (“科学发展观”) keeps the
text's kind: it is listed once. A formulation said only inside a longer one listed (两集中
in 两集中、两到位) is not listed beside it (``parts``). One written with its items apart
(大众创业、万众创新) is found with the marked ones (``standing_apart``) and keyed as the whole
word, so it is listed once.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from functools import cache

from desktop.core.chinese.dictionary import read_dictionary
from desktop.core.chinese.formulations import (
    CollectionFormulation,
    FormulationKind,
    formulation_key,
)
from desktop.core.chinese.parts import without_parts
from desktop.resources import resource_path


@cache
def standing_formulations() -> frozenset[str]:
    """The curated standing formulations (``resources/dict/standing.txt``, read once)."""
    entries, _problems = read_dictionary(resource_path("dict", "standing.txt"))
    return frozenset(entry.word for entry in entries)


def with_standing(
    found: Sequence[CollectionFormulation],
    places: Mapping[str, Sequence[tuple[Hashable, int, int]]],
) -> list[CollectionFormulation]:
    """``found`` and the standing formulations with their ``places`` (source, start, end; as
    ``terms.word_places`` gives them) that it does not list, most frequent first."""
    added = (
        CollectionFormulation(
            word,
            FormulationKind.STANDING,
            len(spans),
            0,
            len({source for source, _start, _end in spans}),
            tuple(spans),
        )
        for word, spans in places.items()
        if spans and word in standing_formulations()
    )
    return _joined(found, added)


def with_standing_counts(
    found: Sequence[CollectionFormulation],
    occurrences: Mapping[str, int],
    texts: Mapping[str, int],
) -> list[CollectionFormulation]:
    """``found`` and the standing formulations a library's word counts hold (how often, and
    in how many speeches), without their places: the panel finds them as a keyword's."""
    added = (
        CollectionFormulation(word, FormulationKind.STANDING, count, 0, texts.get(word, 0), ())
        for word in standing_formulations()
        if (count := occurrences.get(word, 0)) > 0
    )
    return _joined(found, added)


def _joined(
    found: Sequence[CollectionFormulation], added: Iterable[CollectionFormulation]
) -> list[CollectionFormulation]:
    marked = {formulation_key(item.text) for item in found}
    joined = [*found, *(item for item in added if formulation_key(item.text) not in marked)]
    result = without_parts(joined)
    result.sort(key=lambda item: (-item.count, item.text))
    return result
