"""Tests for desktop/core/storage/title_matches.py: the rows of the tree holding some words."""

from __future__ import annotations

from pathlib import Path

from desktop.core.document import iter_nodes
from desktop.core.storage.library import open_library
from tests.core.storage.documents import small_document


def test_matches_name_sections_their_ancestors_speeches_and_collections(tmp_path: Path) -> None:
    with open_library(tmp_path / "library.sqlite", seed=small_document) as library:
        speeches = library.store.speeches(1)
        point = next(
            node
            for node in iter_nodes(library.store.outline(speeches[1].id))
            if node.kind == "point"
        )
        words = point.label[:4]
        matches = library.store.title_matches(words)
        row = library.db.row(
            "SELECT id, parent_id FROM outline_nodes WHERE speech_id = ? AND label = ?",
            (speeches[1].id, point.label),
        )
        assert row is not None
        assert row["parent_id"] is not None
        assert {row["id"], row["parent_id"]} <= matches.nodes, "the point and its heading"
        assert speeches[1].id in matches.sections
        assert matches.sections <= matches.speeches
        assert matches.collections == {1}


def test_speech_titles_match_and_the_trash_does_not(tmp_path: Path) -> None:
    seed = lambda: small_document(titles=["讲话甲", "效能%讲话", "讲话丙"])  # noqa: E731
    with open_library(tmp_path / "library.sqlite", seed=seed) as library:
        second = library.store.speeches(1)[1].id
        found = library.store.title_matches(" 效能% ")
        assert found.speeches == {second}
        assert found.collections == {1}
        assert not found.sections
        assert library.store.title_matches("效_").speeches == set(), "% and _ are literal"
        assert not library.store.title_matches("  ").collections
        library.store.trash_collection(1)
        assert not library.store.title_matches("效能").speeches


def test_each_collection_counts_its_matching_speeches_once(tmp_path: Path) -> None:
    seed = lambda: small_document(titles=["讲话甲", "报告乙", "讲话丙"])  # noqa: E731
    with open_library(tmp_path / "library.sqlite", seed=seed) as library:
        library.store.import_document(
            small_document(title="合集二", source="/2.txt", titles=["讲话", "讲话", "报告"])
        )
        assert library.store.title_matches("讲话").speech_counts == {1: 2, 2: 2}
        # A speech matching by its title and by its sections is one speech.
        first = library.store.speeches(1)[0]
        label = library.db.row(
            "SELECT label FROM outline_nodes WHERE speech_id = ? LIMIT 1", (first.id,)
        )
        assert label is not None
        words = label["label"][:3]
        counts = library.store.title_matches(words).speech_counts
        assert sum(counts.values()) == len(library.store.title_matches(words).speeches)
