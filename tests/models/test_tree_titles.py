"""Tests for desktop/models/tree_titles.py: the titles type-ahead searches, and their order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.library_session import LibrarySession
from desktop.models.library_tree import LibrarySource, LibraryTreeModel, TreeKind
from desktop.models.tree_titles import TitleEntry, title_matches_from, tree_order
from tests.core.storage.documents import small_document


def test_tree_order_puts_each_collections_speeches_under_it() -> None:
    entries = tree_order([(2, "乙"), (1, "甲"), (3, "空")], [(1, 10, "一"), (2, 20, "二")])
    assert entries == [
        TitleEntry(TreeKind.COLLECTION, 2, 2, "乙"),
        TitleEntry(TreeKind.SPEECH, 20, 2, "二"),
        TitleEntry(TreeKind.COLLECTION, 1, 1, "甲"),
        TitleEntry(TreeKind.SPEECH, 10, 1, "一"),
        TitleEntry(TreeKind.COLLECTION, 3, 3, "空"),
    ]
    assert tree_order([(1, "甲")], [(9, 90, "不在树上")]) == [tree_order([(1, "甲")], [])[0]]


TITLES = ["alpha", "budget", "beta", "annual budget", "alpha two"]


@pytest.mark.parametrize(
    ("needle", "start", "expected"),
    [
        ("a", 0, [0, 3, 4, 2]),  # starting with "a" first, then holding it
        ("a", 1, [3, 4, 0, 2]),  # from ``start``, round again
        ("budget", 2, [1, 3]),
        ("review", 0, []),
        ("", 0, []),
    ],
)
def test_prefixes_come_before_the_rest(needle: str, start: int, expected: list[int]) -> None:
    assert list(title_matches_from(TITLES, needle, start)) == expected


@given(st.lists(st.text(alphabet="ab甲", max_size=3), max_size=8), st.text("ab甲", max_size=2))
def test_every_title_holding_the_needle_comes_once(titles: list[str], needle: str) -> None:
    found = list(title_matches_from(titles, needle, len(titles) // 2))
    assert len(found) == len(set(found))
    holding = {i for i, title in enumerate(titles) if needle in title}
    assert set(found) == (holding if needle else set())


@pytest.fixture
def session(tmp_path: Path, qtbot: QtBot) -> Iterator[LibrarySession]:
    """Two collections of three speeches."""
    library = open_library(tmp_path / "library.sqlite", seed=small_document)
    second = small_document(title="第二合集", source="/data/2.txt")
    library.store.import_document(second, keep_duplicates=True)  # a copy, on purpose
    opened = LibrarySession(library)
    yield opened
    opened.close()


def test_the_model_reads_speech_titles_in_one_call_and_no_speeches(
    session: LibrarySession,
) -> None:
    reads: list[str] = []

    def counted(name: str, function):  # noqa: ANN001, ANN202
        return lambda *args: (reads.append(name), function(*args))[1]

    of_session = LibrarySource.of(session)
    source = LibrarySource(
        session.collections,
        counted("speeches", session.speeches),
        session.speech,
        session.outline_children,
        speech_titles=counted("titles", of_session.speech_titles),
    )
    model = LibraryTreeModel(source)
    entries = model.title_order()
    assert reads == ["titles"]
    assert [entry.title for entry in entries] == [
        "测试合集", "讲话1", "讲话2", "讲话3", "第二合集", "讲话1", "讲话2", "讲话3"
    ]  # fmt: skip
    assert not model.rowCount(model.index(0, 0)), "no collection was read into the tree"


def test_a_stand_in_source_gives_the_same_titles(session: LibrarySession) -> None:
    stand_in = LibrarySource(
        session.collections, session.speeches, session.speech, session.outline_children
    )
    assert (
        LibraryTreeModel(stand_in).title_order()
        == LibraryTreeModel(LibrarySource.of(session)).title_order()
    )
