"""The parts of a listed formulation that are said only inside it are not listed beside it.

两集中、两到位 is listed; 两集中 and 两到位, standing formulations each, are jieba's words inside
it and were listed beside it with the same count. A formulation whose every place lies inside
a longer listed one's (四个全面 said only in 四个全面战略布局) is a part, not a formulation of
the text's own; said once on its own, it is listed with all its places.

A library's standing formulations have no places (its word counts say how often, not where):
one is a part if it is an item of listed enumerations (两集中 of 两集中、两到位) counted no more
often than they hold it (their count times how often it is an item of each). jieba's words
inside an enumeration are counted as its items', so a count above that is a place of its own.
Not exact: an enumeration also written as one word (两集中两到位) counts among the wholes
though its items are no words there, so an item said on its own no more often than that is
taken for a part too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence

from desktop.core.chinese.formulations import CollectionFormulation, formulation_key


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
        items = whole.text.split("、")
        if len(items) > 1:
            for key, times in Counter(map(formulation_key, items)).items():
                counted[key] += whole.count * times
    return counted
