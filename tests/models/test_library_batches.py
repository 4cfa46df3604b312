"""Tests for desktop/models/library_batches.py: a big collection's speeches given in batches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from desktop.core.records import CollectionRecord, SpeechRecord
from desktop.core.storage.title_matches import TitleMatches
from desktop.models.library_batches import ROW_BATCH
from desktop.models.library_filter import TitleFilterModel
from desktop.models.library_tree import LibrarySource, LibraryTreeModel, Role

SPEECHES = 2 * ROW_BATCH + 50


def big_source(count: int = SPEECHES) -> LibrarySource:
    """A stand-in library: one collection of ``count`` speeches, every tenth on 效能."""
    speeches = [
        SpeechRecord(number, 1, number, _title(number), None, None, None, 100, "h")
        for number in range(1, count + 1)
    ]
    collection = CollectionRecord(1, "合集", None, None, "utf-8", "txt", "now", count)
    by_id = {speech.id: speech for speech in speeches}
    return LibrarySource(
        lambda: [collection],
        lambda _collection_id: list(speeches),
        lambda speech_id: by_id[speech_id],
        lambda _speech_id, _parent: [],
    )


def _title(number: int) -> str:
    return f"讲话{number}" + ("效能" if number % 10 == 0 else "")


def _collection_matches(_text: str) -> TitleMatches:
    """What the library says of any words: its one collection holds speeches matching them."""
    return TitleMatches(collections=frozenset({1}))


@pytest.fixture
def model(qtbot: QtBot) -> LibraryTreeModel:
    """The tree over the stand-in library, its collection read."""
    tree = LibraryTreeModel(big_source())
    tree.fetchMore(tree.index(0, 0))
    return tree


def _keys(model: LibraryTreeModel, parent: QModelIndex) -> list[int]:
    return [model.index(row, 0, parent).data(Role.KEY) for row in range(model.rowCount(parent))]


def test_a_collection_gives_its_first_batch_of_rows(model: LibraryTreeModel) -> None:
    collection = model.index(0, 0)
    assert _keys(model, collection) == list(range(1, ROW_BATCH + 1))
    assert model.has_more_rows(model.node(collection))


def test_more_rows_follow_in_order_until_none_wait(model: LibraryTreeModel, qtmodeltester) -> None:  # noqa: ANN001
    node = model.node(model.index(0, 0))
    model.give_more_rows(node)
    assert model.rowCount(model.index(0, 0)) == 2 * ROW_BATCH
    model.give_more_rows(node)
    assert _keys(model, model.index(0, 0)) == list(range(1, SPEECHES + 1))
    assert not model.has_more_rows(node)
    qtmodeltester.check(model)


def test_a_speech_asked_for_is_given_with_those_before_it(model: LibraryTreeModel) -> None:
    index = model.speech_index(SPEECHES - 5)
    assert index.data(Role.KEY) == SPEECHES - 5
    assert model.rowCount(model.index(0, 0)) == SPEECHES - 5


def test_a_renamed_speech_that_waits_comes_with_its_new_title(qtbot: QtBot) -> None:
    source = big_source()
    renamed = {SPEECHES: "新标题"}
    reading = source.speech
    source.speech = lambda speech_id: _renamed(reading(speech_id), renamed)
    source.speeches_among = lambda ids: [source.speech(speech_id) for speech_id in ids]
    model = LibraryTreeModel(source)
    model.fetchMore(model.index(0, 0))
    model.update_speech(SPEECHES)
    assert model.node(model.index(0, 0)).waiting[-1] == (SPEECHES, "新标题")
    assert model.speech_index(SPEECHES).data() == "新标题"


def test_a_renamed_waiting_speech_is_looked_for_in_its_own_collection_only(
    qtbot: QtBot,
) -> None:
    first = [_speech(number, 1, _title(number)) for number in range(1, SPEECHES + 1)]
    second = [_speech(number, 2, _title(number)) for number in range(SPEECHES + 1, 2 * SPEECHES)]
    renamed = second[-1]._replace(title="新标题")
    by_id = {speech.id: speech for speech in first + second} | {renamed.id: renamed}
    collections = [
        CollectionRecord(key, f"合集{key}", None, None, "utf-8", "txt", "now", SPEECHES)
        for key in (1, 2)
    ]
    source = LibrarySource(
        lambda: collections,
        lambda collection_id: list(first if collection_id == 1 else second),
        lambda speech_id: by_id[speech_id],
        lambda _speech_id, _parent: [],
    )
    model = LibraryTreeModel(source)
    for row in (0, 1):
        model.fetchMore(model.index(row, 0))
    other = model.node(model.index(0, 0))
    other.waiting = _Unread(other.waiting)
    model.update_speech(renamed.id)
    assert model.node(model.index(1, 0)).waiting[-1] == (renamed.id, "新标题")


class _Unread(list):
    """Waiting speeches that must not be read."""

    def __iter__(self):  # noqa: ANN204 - the list's own iterator type
        raise AssertionError("another collection's waiting speeches were read")


def _speech(number: int, collection_id: int, title: str) -> SpeechRecord:
    return SpeechRecord(number, collection_id, number, title, None, None, None, 100, "h")


def _renamed(record: SpeechRecord, titles: dict[int, str]) -> SpeechRecord:
    return record._replace(title=titles.get(record.id, record.title))


def test_a_reload_keeps_the_rows_given_and_the_rest_waiting(model: LibraryTreeModel) -> None:
    model.give_more_rows(model.node(model.index(0, 0)))
    model.reload()
    assert _keys(model, model.index(0, 0)) == list(range(1, 2 * ROW_BATCH + 1))
    assert model.has_more_rows(model.node(model.index(0, 0)))


def test_under_a_filter_a_batch_counts_the_speeches_it_shows(qtbot: QtBot, qtmodeltester) -> None:  # noqa: ANN001
    model = LibraryTreeModel(big_source(10 * ROW_BATCH + 100))
    proxy = TitleFilterModel(_collection_matches)
    proxy.setSourceModel(model)
    proxy.set_text("效能")
    model.fetchMore(model.index(0, 0))
    shown = proxy.mapFromSource(model.index(0, 0))
    assert proxy.rowCount(shown) == ROW_BATCH  # every tenth matches: 2,000 rows read
    assert model.rowCount(model.index(0, 0)) == 10 * ROW_BATCH
    model.give_more_rows(model.node(model.index(0, 0)))
    assert proxy.rowCount(shown) == ROW_BATCH + 10
    assert not model.has_more_rows(model.node(model.index(0, 0)))
    qtmodeltester.check(proxy)


def test_a_filter_set_after_unfolding_gives_a_batch_of_matches(qtbot: QtBot) -> None:
    model = LibraryTreeModel(big_source())
    proxy = TitleFilterModel(_collection_matches)
    proxy.setSourceModel(model)
    model.fetchMore(model.index(0, 0))
    proxy.set_text(f"讲话{SPEECHES}")  # only the last speech
    shown = proxy.mapFromSource(model.index(0, 0))
    assert [proxy.index(0, 0, shown).data(Role.KEY)] == [SPEECHES]
    assert proxy.rowCount(shown) == 1
