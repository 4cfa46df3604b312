"""Tests for desktop/models/library_sync.py: a library read in a new order keeps its rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from pytestqt.modeltest import ModelTester

from desktop.core.records import CollectionRecord, SpeechRecord
from desktop.models.library_tree import LibrarySource, LibraryTreeModel, Role


class ShuffledLibrary:
    """A stand-in library whose collections' and speeches' order the test sets."""

    def __init__(self, collections: int = 3, speeches: int = 3) -> None:
        self.collection_order = list(range(1, collections + 1))
        order = self.collection_order
        self.speech_order = {c: [c * 10 + n for n in range(speeches)] for c in order}

    def collection(self, key: int) -> CollectionRecord:
        """Collection ``key``'s record."""
        count = len(self.speech_order[key])
        return CollectionRecord(key, f"合集{key}", None, None, "utf-8", "txt", "now", count)

    def speech(self, key: int) -> SpeechRecord:
        """Speech ``key``'s record."""
        return SpeechRecord(key, key // 10, key % 10, f"讲话{key}", None, None, None, 100, "h")

    def source(self) -> LibrarySource:
        """What the tree reads."""
        return LibrarySource(
            lambda: [self.collection(key) for key in self.collection_order],
            lambda key: [self.speech(s) for s in self.speech_order[key]],
            self.speech,
            lambda _speech_id, _parent: [],
        )


def keys(model: LibraryTreeModel, parent: QModelIndex | None = None) -> list[int]:
    """The keys of ``parent``'s rows, in order."""
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent).data(Role.KEY) for row in range(model.rowCount(parent))]


def test_a_new_order_moves_the_rows_and_keeps_them(qtmodeltester: ModelTester) -> None:
    library = ShuffledLibrary()
    model = LibraryTreeModel(library.source())
    second = model.index(1, 0)
    model.fetchMore(second)
    held = QPersistentModelIndex(second)
    speech = QPersistentModelIndex(model.index(2, 0, second))
    removed: list[int] = []
    model.rowsAboutToBeRemoved.connect(lambda *_args: removed.append(1))
    library.collection_order = [3, 2, 1]
    library.speech_order[2] = [22, 21, 20]
    model.reload()
    assert keys(model) == [3, 2, 1]
    assert keys(model, model.index(1, 0)) == [22, 21, 20]
    assert removed == [], "no row left and came back"
    assert (held.row(), held.data(Role.KEY)) == (1, 2)
    assert (speech.row(), speech.data(Role.KEY), speech.parent().data(Role.KEY)) == (0, 22, 2)
    qtmodeltester.check(model)


def test_a_new_order_with_rows_gone_and_new_ones(qtmodeltester: ModelTester) -> None:
    library = ShuffledLibrary(collections=4)
    model = LibraryTreeModel(library.source())
    held = QPersistentModelIndex(model.index(3, 0))
    gone = QPersistentModelIndex(model.index(1, 0))
    library.collection_order = [4, 5, 3, 1]
    library.speech_order[5] = [50]
    model.reload()
    assert keys(model) == [4, 5, 3, 1]
    assert (held.row(), held.data(Role.KEY)) == (0, 4)
    assert not gone.isValid()
    qtmodeltester.check(model)
