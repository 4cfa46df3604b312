"""Tests for desktop/models/library_filter.py: filtering reads nothing into the tree."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.library_session import LibrarySession
from desktop.models.library_filter import TitleFilterModel
from desktop.models.library_tree import LibrarySource, LibraryTreeModel
from tests.core.storage.documents import small_document

COLLECTIONS = 6


@pytest.fixture
def session(tmp_path: Path, qtbot: QtBot) -> Iterator[LibrarySession]:
    """A library of six collections; the fourth has a speech titled 甲乙丙讲话."""
    opened = LibrarySession(open_library(tmp_path / "library.sqlite", seed=small_document))
    for number in range(2, COLLECTIONS + 1):
        titles = ["讲话一", "甲乙丙讲话" if number == 4 else "讲话二", "讲话三"]
        source = f"/data/{number}.txt"
        document = small_document(title=f"合集{number}", source=source, titles=titles)
        opened._library.store.import_document(document, keep_duplicates=True)  # copies
    yield opened
    opened.close()


def _titles(model: TitleFilterModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_filtering_reads_no_speech_or_outline_into_the_tree(session: LibrarySession) -> None:
    # Reading every speech and outline to filter them took 25 s per keystroke on 10,000.
    reads: list[str] = []

    def counted(name: str, function):  # noqa: ANN001, ANN202
        return lambda *args: (reads.append(name), function(*args))[1]

    source = LibrarySource(
        session.collections,
        counted("speeches", session.speeches),
        session.speech,
        counted("outline", session.outline_children),
        title_matches=counted("matches", session.title_matches),
    )
    tree = LibraryTreeModel(source)
    proxy = TitleFilterModel(tree.title_matches)
    proxy.setSourceModel(tree)
    proxy.set_text("甲乙丙")
    assert reads == ["matches"]
    assert _titles(proxy, QModelIndex()) == ["合集4"]
    collection = proxy.index(0, 0)
    proxy.fetchMore(collection)
    assert reads == ["matches", "speeches"], "only the collection unfolded is read"
    assert _titles(proxy, collection) == ["甲乙丙讲话"]
    proxy.set_text("合集2")
    assert _titles(proxy, QModelIndex()) == ["合集2"]
    proxy.fetchMore(proxy.index(0, 0))
    assert _titles(proxy, proxy.index(0, 0)) == ["讲话一", "讲话二", "讲话三"], "all under a match"
    proxy.set_text(" ")
    assert proxy.rowCount() == COLLECTIONS
