"""A collection's speeches given to the tree view a batch at a time.

A mixin of ``LibraryTreeModel``. QTreeView measures every row it is given (its rows differ in
height, and it scrolls by pixel) and maps each through the title filter to this Python model,
~10 Python calls a row: unfolding a collection of 10,000 speeches took ~0.5 s of the GUI thread.
A collection's speeches are read at once (one query), but only ``ROW_BATCH`` of them become
rows; the rest wait as records (``TreeNode.waiting``) and are given as the view nears the end of
those it has (``LibraryTreeBatches``), down to a speech asked for (``speech_index``: the reader,
type-ahead), or all at once (End). Under a title filter a batch counts the speeches the filter
shows (``set_speech_filter``), so a collection unfolds to matches, not to rows that hide.

Not Qt's ``canFetchMore``/``fetchMore`` (still used for a collection's first read): QTreeView
calls ``fetchMore`` on every layout of each unfolded row, giving it another batch each time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.records import SpeechRecord
from desktop.models.library_nodes import TreeNode

if TYPE_CHECKING:
    from desktop.models.library_tree import LibraryTreeModel

    _Base = LibraryTreeModel
else:
    _Base = object

ROW_BATCH = 200
"""Speeches of a collection given to the view at a time: some screens of two-line rows."""

SpeechWanted = Callable[[TreeNode, int, str], bool]
"""Whether a filter shows a speech (its id and title) of a collection (its node)."""


class BatchMixin(_Base):
    """A collection's speeches given to Qt ``ROW_BATCH`` at a time."""

    _wanted: SpeechWanted | None = None
    """Which speeches a batch counts (those the title filter shows), or None for all."""
    _spent: frozenset[int] = frozenset()
    """Collections (serials) none of whose waiting speeches the filter shows."""

    def _first_batch(self, collection: TreeNode) -> list[TreeNode]:
        """The rows of a collection read for the first time; the rest of its speeches wait
        as ids and titles (their records, with counts of notes, are read as they are given)."""
        titles = self._source.speech_titles_in(collection.key)
        end = self._batch_end(collection, titles)
        collection.waiting = titles[end:]
        return self._speech_nodes(collection, titles[:end])

    def _speech_nodes(self, collection: TreeNode, titles: list[tuple[int, str]]) -> list[TreeNode]:
        records = self._source.speeches_among([speech_id for speech_id, _title in titles])
        return [self._speech_node(record, collection) for record in records]

    def _batch_end(self, collection: TreeNode, titles: list[tuple[int, str]]) -> int:
        """How many of ``records`` the next batch takes: ``ROW_BATCH``, or, under a filter,
        down to the ``ROW_BATCH``-th one it shows (the last, if fewer; none if none)."""
        wanted = self._wanted
        if wanted is None:
            return min(len(titles), ROW_BATCH)
        found = end = 0
        for row, (speech_id, title) in enumerate(titles):
            if wanted(collection, speech_id, title):
                found, end = found + 1, row + 1
                if found == ROW_BATCH:
                    break
        return end

    def has_more_rows(self, collection: TreeNode) -> bool:
        """Whether speeches of ``collection`` wait to be given to the view (that the filter
        shows, if one is on)."""
        if not collection.waiting or collection.serial in self._spent:
            return False
        if self._wanted is None or self._batch_end(collection, collection.waiting) > 0:
            return True
        self._spent = self._spent | {collection.serial}  # no need to look again
        return False

    def give_more_rows(self, collection: TreeNode) -> None:
        """Give the view the next ``ROW_BATCH`` speeches of ``collection`` (that the filter
        shows, if one is on, with those between them)."""
        self._give(collection, self._batch_end(collection, collection.waiting))

    def give_all_rows(self, collection: TreeNode) -> None:
        """Give the view every speech of ``collection`` (End: its last speech)."""
        self._give(collection, len(collection.waiting))

    def _give_through(self, collection: TreeNode, speech_id: int) -> TreeNode | None:
        """Give the view the speeches down to ``speech_id``; its node (None if not waiting)."""
        for number, (waiting_id, _title) in enumerate(collection.waiting):
            if waiting_id == speech_id:
                self._give(collection, number + 1)
                last = collection.children[-1] if collection.children else None
                return last if last is not None and last.key == speech_id else None
        return None

    def _give(self, collection: TreeNode, count: int) -> None:
        if count <= 0 or self._changing:
            return
        titles, collection.waiting = collection.waiting[:count], collection.waiting[count:]
        nodes = self._speech_nodes(collection, titles)
        if not nodes:
            return
        first = len(collection.children)
        with self._inserting(self.index_of(collection), first, first + len(nodes) - 1):
            collection.children += nodes

    def set_speech_filter(self, wanted: SpeechWanted | None) -> None:
        """Count only the speeches ``wanted`` says a filter shows in each batch (None: all),
        and give each unfolded collection showing none of its rows a batch of them now."""
        self._wanted = wanted
        self._spent = frozenset()
        if wanted is None:
            return
        for collection in self._root.children:
            if not collection.waiting:
                continue
            if not any(wanted(collection, c.key, c.title) for c in collection.children):
                self.give_more_rows(collection)

    def _refresh_waiting(self, record: SpeechRecord) -> None:
        """A speech not given to the view yet changed: its title as it now is.

        Only its own collection can hold it (a speech never changes collection), so the
        waiting speeches of the others, thousands in a big library, are not read.
        """
        collection = self._collection_with_id(record.collection_id)
        if collection is None:
            return
        for number, (waiting_id, _title) in enumerate(collection.waiting):
            if waiting_id == record.id:
                collection.waiting[number] = (record.id, record.title)
                return

    def _given_part(self, collection: TreeNode, records: list[SpeechRecord]) -> list[SpeechRecord]:
        """The records a fetched collection's rows are made to match in a reload: as many as
        it had (a batch at least) while some waited, else all; the rest wait."""
        self._spent = frozenset()
        if not collection.waiting:
            return records
        given = max(len(collection.children), ROW_BATCH)
        collection.waiting = [(record.id, record.title) for record in records[given:]]
        return records[:given]

    def collections_waiting(self) -> list[TreeNode]:
        """The collections some of whose speeches wait to be given to the view."""
        return [collection for collection in self._root.children if collection.waiting]
