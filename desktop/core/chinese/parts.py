"""The parts of a listed formulation that are said only inside it are not listed beside it.

两集中、两到位 is listed; 两集中 and 两到位, standing formulations each, are jieba's words inside
it and were listed beside it with the same count. A formulation whose every place lies inside
a longer listed one's (四个全面 said only in 四个全面战略布局) is a part, not a formulation of
the text's own; said once on its own, it is listed with all its places.

A library's standing formulations have no places (its word counts say how often, not where):
one is a part if it is an item of listed enumerations (两集中 of 两集中、两到位) counted no more
often than they hold it (their count times how often it is an item of each). jieba's words
inside an enumeration are counted as its items', so a count above that is a place of its own.
Only the wholes' places that write the items apart count (两集中两到位, one word, and a
standing formulation's name, 三去一降一补, hold no item's word). Not exact where a whole has
no places.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence

from desktop.core.chinese.formulations import CollectionFormulation, formulation_key
from desktop.core.chinese.standing_apart import ITEM_SEPARATORS, items_of


def without_parts(listed: Sequence[CollectionFormulation]) -> list[CollectionFormulation]:
    """``listed`` (in its order) without the formulations said only inside a longer one."""
    inside = _inside_another(listed)
    as_item = _as_item(listed)
    return [item for item in listed if not _is_part(item, inside, as_item)]


def _is_part(
    item: CollectionFormulation,
    inside: set[tuple[Hashable, int, int]],
    as_item: Counter[str],
) -> bool:
    if item.occurrences:
        return all(place in inside for place in item.occurrences)
    # Counted without places (a library's standing formulations): by the wholes' counts.
    within = as_item.get(formulation_key(item.text), 0)
    return 0 < item.count <= within


def _inside_another(listed: Sequence[CollectionFormulation]) -> set[tuple[Hashable, int, int]]:
    """The places (source, start, end) that lie inside a longer listed place."""
    by_source: defaultdict[Hashable, set[tuple[int, int]]] = defaultdict(set)
    for item in listed:
        for source, start, end in item.occurrences:
            by_source[source].add((start, end))
    inside = set()
    for source, spans in by_source.items():
        # By start, the longest first: a span inside another comes after it, and the
        # furthest end before it tells (spans are unique, so that end's span is longer).
        furthest = -1
        for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
            if furthest >= end:
                inside.add((source, start, end))
            furthest = max(furthest, end)
    return inside


def _as_item(listed: Sequence[CollectionFormulation]) -> Counter[str]:
    """How often each writing (by ``formulation_key``) is an item of the listed enumerations."""
    counted: Counter[str] = Counter()
    for whole in listed:
        key = formulation_key(whole.text)
        items = items_of(key) or re.split(f"[、{ITEM_SEPARATORS}]", whole.text)
        if len(items) > 1:
            held = _held_apart(whole, sum(map(len, items)))
            for item_key, times in Counter(map(formulation_key, items)).items():
                counted[item_key] += held * times
    return counted


def _held_apart(whole: CollectionFormulation, joined: int) -> int:
    """How many of ``whole``'s places write its items apart (longer than the items run
    together, ``joined`` characters): only there are they jieba's words, counted as theirs.
    The name of a formulation (三去一降一补) and its items run together (大众创业万众创新, one
    word) hold none."""
    if not whole.occurrences:
        return whole.count
    return sum(1 for _source, start, end in whole.occurrences if end - start > joined)
