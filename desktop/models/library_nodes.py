"""The rows of the library tree: their kinds, data roles and nodes, and where they are read from.

``LibraryTreeModel`` (``library_tree``) arranges these nodes; this module says what a node holds
and how a collection's or speech's record fills it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core.citation import chinese_date
from desktop.core.document import NodeKind
from desktop.core.errors import LibraryError
from desktop.core.records import CollectionRecord, OutlineNodeRecord, SpeechRecord
from desktop.models.node_rows import row_among
from desktop.models.speech_labels import library_distinctions, speech_number

if TYPE_CHECKING:
    from desktop.core.storage.title_matches import TitleMatches


class TreeKind(StrEnum):
    """What a row of the tree is."""

    COLLECTION = "collection"
    SPEECH = "speech"
    HEADING = NodeKind.HEADING.value
    POINT = NodeKind.POINT.value


class Role(IntEnum):
    """Data roles beyond Qt's own."""

    KIND = Qt.ItemDataRole.UserRole + 1
    KEY = Qt.ItemDataRole.UserRole + 2  # the collection, speech or outline node id
    SPEECH_ID = Qt.ItemDataRole.UserRole + 3
    COLLECTION_ID = Qt.ItemDataRole.UserRole + 4
    START = Qt.ItemDataRole.UserRole + 5
    END = Qt.ItemDataRole.UserRole + 6
    NOTE_COUNT = Qt.ItemDataRole.UserRole + 7
    DETAIL = Qt.ItemDataRole.UserRole + 8  # a secondary line: date and speaker of a speech
    # A collection's second line when another bears its title: its file's name or import date.
    DISTINCTION = Qt.ItemDataRole.UserRole + 9
    SPEECH_COUNT = Qt.ItemDataRole.UserRole + 10  # a collection's speeches (None on other rows)


class TreeNode:
    """One row: a collection, a speech or an outline node, with what the tree shows of it."""

    __slots__ = (
        "children",
        "collection_id",
        "detail",
        "distinction",
        "end",
        "fetched",
        "has_children",
        "key",
        "kind",
        "note_count",
        "parent",
        "record",
        "row_hint",
        "serial",
        "size",
        "speech_id",
        "start",
        "text_hash",
        "title",
        "waiting",
    )

    def __init__(self, kind: TreeKind | None, key: int, parent: TreeNode | None) -> None:
        self.kind = kind
        self.key = key
        self.parent = parent
        self.children: list[TreeNode] = []
        self.row_hint = 0  # see node_rows
        self.fetched = False
        self.has_children = False
        self.serial = 0
        self.size = 0  # a collection's count of speeches
        self.title = ""
        self.detail = ""
        self.distinction = ""  # a collection's, set by ``distinguish_collections``
        self.record: CollectionRecord | None = None  # a collection's, for its distinction
        self.note_count = 0
        self.collection_id = 0
        self.speech_id = 0
        self.start = 0
        self.end = 0
        self.text_hash = ""
        self.waiting: list[tuple[int, str]] = []  # a collection's speeches not yet rows

    @property
    def identity(self) -> tuple[TreeKind | None, int]:
        """What the node stands for: kind and key."""
        return (self.kind, self.key)

    def row(self) -> int:
        """Its row under its parent (O(1): ``node_rows``)."""
        assert self.parent is not None
        return row_among(self, self.parent.children)


class LibrarySource:
    """What the model reads: the session's methods, named (tests may give stand-ins)."""

    def __init__(
        self,
        collections: Callable[[], list[CollectionRecord]],
        speeches: Callable[[int], list[SpeechRecord]],
        speech: Callable[[int], SpeechRecord],
        outline_children: Callable[[int, int | None], list[OutlineNodeRecord]],
        title_matches: Callable[[str], TitleMatches | None] | None = None,
        speech_titles: Callable[[], Iterable[tuple[int, int, str]]] | None = None,
        outline_records: Callable[[int], list[OutlineNodeRecord]] | None = None,
        speech_titles_in: Callable[[int], list[tuple[int, str]]] | None = None,
        speeches_among: Callable[[Sequence[int]], list[SpeechRecord]] | None = None,
        collection: Callable[[int], CollectionRecord] | None = None,
        first_dates: Callable[[], dict[int, str]] | None = None,
    ) -> None:
        self.collections = collections
        self.speeches = speeches
        self.speech = speech
        self.outline_children = outline_children
        self.title_matches = title_matches or (lambda _text: None)
        self.speech_titles = speech_titles or self._speech_titles_one_by_one
        self.outline_records = outline_records or self._outline_level_by_level
        self.speech_titles_in = speech_titles_in or (
            lambda collection_id: [(s.id, s.title) for s in self.speeches(collection_id)]
        )
        self.speeches_among = speeches_among or self._speeches_one_by_one
        self.collection = collection or self._collection_among_all
        self.first_dates = first_dates or self._first_dates_one_by_one

    def _collection_among_all(self, collection_id: int) -> CollectionRecord:
        """One collection out of the trash, found among all (stand-ins); LibraryError
        ``not-found`` if there is none."""
        for record in self.collections():
            if record.id == collection_id:
                return record
        raise LibraryError(f"there is no collection with id {collection_id}", code="not-found")

    def _speeches_one_by_one(self, speech_ids: Sequence[int]) -> list[SpeechRecord]:
        """The speeches of ``speech_ids`` in that order, each read alone (stand-ins)."""
        return [self.speech(speech_id) for speech_id in speech_ids]

    def _outline_level_by_level(self, speech_id: int) -> list[OutlineNodeRecord]:
        """Every outline node of a speech, a level at a time (stand-ins)."""
        records: list[OutlineNodeRecord] = []
        parents: list[int | None] = [None]
        while parents:
            level = [r for p in parents for r in self.outline_children(speech_id, p)]
            records += level
            parents = [record.id for record in level if record.child_count]
        return records

    def _speech_titles_one_by_one(self) -> list[tuple[int, int, str]]:
        """Every speech's (collection id, speech id, title), a collection at a time (stand-ins)."""
        return [
            (collection.id, speech.id, speech.title)
            for collection in self.collections()
            for speech in self.speeches(collection.id)
        ]

    def _first_dates_one_by_one(self) -> dict[int, str]:
        """Each collection's earliest speech date, a collection at a time (stand-ins)."""
        found: dict[int, str] = {}
        for collection in self.collections():
            dates = [s.date for s in self.speeches(collection.id) if s.date]
            if dates or collection.date:
                found[collection.id] = min(dates) if dates else str(collection.date)
        return found

    @classmethod
    def of(cls, session: Any) -> LibrarySource:
        """The source reading through a ``LibrarySession``."""
        return cls(
            session.collections,
            session.speeches,
            session.speech,
            session.outline_children,
            session.title_matches,
            lambda: (
                (parts.collection_id, parts.speech_id, parts.title)
                for parts in session.speech_label_parts()
            ),
            session.outline_records,
            session.speech_titles_in,
            session.speeches_among,
            session.collection,
            session.first_dates,
        )


def fill_collection(node: TreeNode, record: CollectionRecord) -> None:
    node.record = record
    node.title = record.title
    node.collection_id = record.id
    node.has_children = node.has_children or record.speech_count > 0
    node.size = record.speech_count
    node.detail = record.source or ""


def fill_speech(node: TreeNode, record: SpeechRecord) -> None:
    node.title = record.title
    node.collection_id = record.collection_id
    node.speech_id = record.id
    node.note_count = record.note_count
    node.text_hash = record.text_hash
    node.start, node.end = 0, record.length
    if not node.fetched:
        node.has_children = True  # unknown until its outline is read
    alone = node.parent is not None and node.parent.size == 1
    node.detail = speech_detail(record, numbered=not alone)


def outline_kind(record: OutlineNodeRecord) -> TreeKind:
    """The tree's kind of an outline record: a point (一是…) or a heading."""
    return TreeKind.POINT if record.kind == NodeKind.POINT else TreeKind.HEADING


def fill_outline(node: TreeNode, record: OutlineNodeRecord, parent: TreeNode) -> None:
    """An outline node's fields from its record, under ``parent``."""
    node.title = record.label
    node.collection_id = parent.collection_id
    node.speech_id = record.speech_id
    node.start, node.end = record.start, record.end
    node.has_children = record.child_count > 0


def outline_tree(
    records: Iterable[OutlineNodeRecord],
    speech: TreeNode,
    make_node: Callable[[OutlineNodeRecord, TreeNode], TreeNode],
) -> list[TreeNode]:
    """A speech's whole outline from its records in any order, every level filled in."""
    by_parent: dict[int | None, list[OutlineNodeRecord]] = {}
    for record in records:
        by_parent.setdefault(record.parent_id, []).append(record)

    def level(parent_id: int | None, parent: TreeNode) -> list[TreeNode]:
        nodes = []
        for record in sorted(by_parent.get(parent_id, []), key=lambda r: r.position):
            node = make_node(record, parent)
            node.children = level(record.id, node)
            node.fetched = True
            node.has_children = bool(node.children)
            nodes.append(node)
        return nodes

    return level(None, speech)


def speech_detail(record: SpeechRecord, *, numbered: bool = True) -> str:
    """The secondary line of a speech: its number, date and speaker (titles often repeat).

    The only speech of its collection has no number to tell it from others (as in
    ``speech_labels``)."""
    parts = [speech_number(record.index)] if numbered else []
    if record.date:
        parts.append(chinese_date(record.date))
    if record.speaker:
        parts.append(record.speaker)
    if record.missing_since:
        parts.append(QCoreApplication.translate("LibraryTree", "no longer in its file"))
    return " · ".join(parts)


ROLE_VALUES: dict[int, Callable[[TreeNode], Any]] = {
    Role.KIND: lambda node: node.kind.value if node.kind else None,
    Role.KEY: lambda node: node.key,
    Role.SPEECH_ID: lambda node: node.speech_id or None,
    Role.COLLECTION_ID: lambda node: node.collection_id,
    Role.START: lambda node: node.start,
    Role.END: lambda node: node.end,
    Role.NOTE_COUNT: lambda node: node.note_count,
    Role.DETAIL: lambda node: node.detail,
    Role.DISTINCTION: lambda node: node.distinction,
    Role.SPEECH_COUNT: lambda node: node.size if node.kind == TreeKind.COLLECTION else None,
}


def distinguish_collections(collections: Sequence[TreeNode]) -> list[TreeNode]:
    """Give each collection row the text that tells it from others of its title (empty for
    none); returns the rows whose text changed. Once per change of the collections, not per
    paint: a few dozen records compared."""
    texts = library_distinctions([node.record for node in collections if node.record])
    changed = []
    for node in collections:
        text = texts.get(node.key, "")
        if text != node.distinction:
            node.distinction = text
            changed.append(node)
    return changed
