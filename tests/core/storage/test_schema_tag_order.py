"""Migration 8: each (annotation, tag) gets a position; old links keep the order shown before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.storage.annotation_store import AnnotationStore
from desktop.core.storage.backup import BackupKind, list_backups
from desktop.core.storage.database import Database
from desktop.core.storage.rows import ANNOTATION_SELECT
from desktop.core.storage.schema import LATEST_VERSION, MIGRATIONS

TAG_ORDER_VERSION = 8
BEFORE = MIGRATIONS[: TAG_ORDER_VERSION - 1]

# Tags whose order by ``str.casefold`` (how they were shown) differs from their order by code
# point and by SQLite's NOCASE, which only folds ASCII: Ö sorts before ö in both of those.
TAGS = {
    "a-1": ["重点", "经济", "引用"],
    "a-2": ["Ölpreis", "ökologie", "Zeta", "alpha"],
    "a-3": ["经济"],
    "a-4": [],
}
SHOWN_BEFORE = {
    "a-1": ("引用", "经济", "重点"),
    "a-2": ("alpha", "Zeta", "ökologie", "Ölpreis"),
    "a-3": ("经济",),
    "a-4": (),
}


def _build_v7_library(path: Path) -> set[tuple[str, str]]:
    """A library as version 7 left it (built by the migrations before 8); its links by name."""
    Database.open(path, migrations=BEFORE).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO collections (id, title, encoding, format, fingerprint, imported, updated)"
        " VALUES (1, '文集', 'utf-8', 'txt', 'fp', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
    )
    conn.execute(
        "INSERT INTO speeches (id, collection_id, idx, title, text, text_hash)"
        " VALUES (1, 1, 1, '讲话', '今天召开工作会。', 'h')"
    )
    links = set()
    for number, (annotation_id, names) in enumerate(TAGS.items()):
        conn.execute(
            "INSERT INTO annotations (id, speech_id, kind, start_pos, end_pos, text_hash,"
            " created, modified, deleted) VALUES (?, 1, 'highlight', ?, ?, 'h', ?, ?, ?)",
            (annotation_id, number, number + 1, f"2026-01-0{number + 1}T00:00:00Z", "x", None),
        )
        for name in names:
            conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
            conn.execute(
                "INSERT INTO annotation_tags SELECT ?, id FROM tags WHERE name = ?",
                (annotation_id, name),
            )
            links.add((annotation_id, name))
    conn.execute("UPDATE annotations SET deleted = '2026-02-01T00:00:00Z' WHERE id = 'a-3'")
    conn.commit()
    conn.close()
    return links


def _links(db: Database) -> list[tuple[str, int, str]]:
    return [
        tuple(row)
        for row in db.rows(
            "SELECT at.annotation_id, at.position, t.name FROM annotation_tags at"
            " JOIN tags t ON t.id = at.tag_id ORDER BY at.annotation_id, at.position"
        )
    ]


def test_a_version_7_library_keeps_every_tag_in_the_order_it_showed(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    links = _build_v7_library(path)
    with Database.open(path) as db:
        assert db.user_version == LATEST_VERSION >= TAG_ORDER_VERSION
        assert db.check() == []
        stored = _links(db)
        found = AnnotationStore(db).find_many(TAGS)
    assert {(annotation_id, name) for annotation_id, _position, name in stored} == links
    assert len(stored) == len(links)
    assert {annotation_id: a.tags for annotation_id, a in found.items()} == SHOWN_BEFORE
    positions = [(annotation_id, position) for annotation_id, position, _name in stored]
    assert positions == [("a-1", 0), ("a-1", 1), ("a-1", 2)] + [("a-2", n) for n in range(4)] + [
        ("a-3", 0)
    ]


def test_upgrading_to_version_8_takes_a_backup_of_version_7_first(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    links = _build_v7_library(path)
    Database.open(path).close()
    (backup,) = list_backups(path)
    assert backup.kind == BackupKind.PREMIGRATION
    old = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
    assert old.execute("PRAGMA user_version").fetchone()[0] == TAG_ORDER_VERSION - 1
    assert old.execute("SELECT count(*) FROM annotation_tags").fetchone()[0] == len(links)
    old.close()


def test_after_upgrading_tags_are_stored_and_read_in_the_order_typed(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _build_v7_library(path)
    with Database.open(path) as db:
        store = AnnotationStore(db)
        assert store.set_tags("a-1", ["重点", "经济", "引用"]).tags == ("重点", "经济", "引用")
        made = store.create(1, start=2, end=4, tags=["Zeta", "重点", "alpha"])
        assert store.get(made.id).tags == ("Zeta", "重点", "alpha")
        indexes = {row["name"] for row in db.rows("PRAGMA index_list(annotation_tags)")}
        plan = [row["detail"] for row in db.rows("EXPLAIN QUERY PLAN " + ANNOTATION_SELECT)]
    assert "annotation_tags_by_tag" in indexes
    assert not [step for step in plan if "TEMP B-TREE" in step], "tags read in order, unsorted"
