"""Type-ahead in the library tree: the titles it searches, in tree order, and which one comes next.

The tree holds only the collections it has unfolded, so Qt's own type-ahead cannot see a speech
in a folded collection. These titles come from what the tree holds (the collections) and from
one query (every speech's title), so nothing is read into the tree to be searched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from desktop.models.library_nodes import TreeKind


class TitleEntry(NamedTuple):
    """A collection or speech of the tree and its title."""

    kind: TreeKind
    key: int
    collection_id: int
    title: str


def tree_order(
    collections: Iterable[tuple[int, str]], speeches: Iterable[tuple[int, int, str]]
) -> list[TitleEntry]:
    """Each collection (id, title) followed by its speeches (collection id, speech id, title);
    speeches of a collection not given are left out."""
    grouped: dict[int, list[TitleEntry]] = {}
    for collection_id, speech_id, title in speeches:
        entry = TitleEntry(TreeKind.SPEECH, speech_id, collection_id, title)
        grouped.setdefault(collection_id, []).append(entry)
    entries: list[TitleEntry] = []
    for collection_id, title in collections:
        entries.append(TitleEntry(TreeKind.COLLECTION, collection_id, collection_id, title))
        entries.extend(grouped.get(collection_id, ()))
    return entries


def title_matches_from(folded_titles: Sequence[str], needle: str, start: int) -> Iterator[int]:
    """The positions of the titles holding ``needle`` (both folded alike), best first: those
    starting with it, then those containing it, each from ``start`` round to just before it."""
    count = len(folded_titles)
    if not needle or not count:
        return
    order = [(start + step) % count for step in range(count)]
    yield from (i for i in order if folded_titles[i].startswith(needle))
    yield from (
        i for i in order if needle in folded_titles[i] and not folded_titles[i].startswith(needle)
    )
