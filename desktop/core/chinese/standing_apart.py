"""Standing formulations written with their items apart: 大众创业、万众创新, and the five
items of 三去一降一补 (去产能、去库存、去杠杆、降成本、补短板), listed in
``resources/dict/standing_apart.txt``.

The items of such a formulation are standing formulations of their own (大众创业, 去产能), so a
text that writes them apart was counted item by item. Each writing of the items in their order,
joined by 、 or ， (the form is fixed: 两手抓，两手都要硬) or by nothing, and the formulation's
name where it is not the items run together (三去一降一补), is one formulation: its key
(``key_of``) is the name's. It is shown as the text writes it most (as every formulation is):
the places marked in the reader are the words shown, and a writing the text never uses is no
name to find there. Its items said only inside it are not listed beside it (``parts``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from desktop.core.chinese.boundaries import WordBoundaries
from desktop.resources import resource_path

ITEM_SEPARATORS = "、，,"
"""What a fixed formulation's items may be joined by (besides nothing)."""


@dataclass(frozen=True, slots=True)
class ApartFormulation:
    """A standing formulation of items: the items in order, and its name."""

    items: tuple[str, ...]
    name: str


@cache
def apart_formulations() -> tuple[ApartFormulation, ...]:
    """The formulations of ``standing_apart.txt`` (read once)."""
    found = []
    path = resource_path("dict", "standing_apart.txt")
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        items, _equals, name = (part.strip() for part in line.partition("="))
        split = tuple(items.split("、"))
        found.append(ApartFormulation(split, name or "".join(split)))
    return tuple(found)


@cache
def _names() -> dict[str, str]:
    """Each formulation's items run together, by which its writings are keyed, to its name."""
    return {"".join(f.items): f.name for f in apart_formulations() if f.name != "".join(f.items)}


@cache
def _items_by_name() -> dict[str, tuple[str, ...]]:
    return {f.name: f.items for f in apart_formulations()}


def items_of(key: str) -> tuple[str, ...] | None:
    """The items of the formulation keyed ``key`` (``key_of``), if it is one of the list."""
    return _items_by_name().get(key)


def key_of(joined: str) -> str:
    """The key of a writing with its separators dropped: its formulation's name if it is the
    items of one (去产能去库存去杠杆降成本补短板 is 三去一降一补), else itself."""
    return _names().get(joined, joined)


@cache
def _pattern() -> re.Pattern[str]:
    joined = f"[{ITEM_SEPARATORS}]?"
    writings = []
    for formulation in apart_formulations():
        writings.append(joined.join(map(re.escape, formulation.items)))
        if formulation.name != "".join(formulation.items):
            writings.append(re.escape(formulation.name))
    writings.sort(key=len, reverse=True)  # the longest first: a name inside items' writing
    return re.compile("|".join(writings))


def apart_places(text: str, boundaries: WordBoundaries) -> Iterator[tuple[int, int]]:
    """The spans of the formulations' writings in ``text`` that start and end a word."""
    if not apart_formulations():
        return
    for match in _pattern().finditer(text):
        start, end = match.span()
        if boundaries.is_boundary(start) and boundaries.is_boundary(end):
            yield start, end
