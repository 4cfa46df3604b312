"""Schema migrations: version 1 is frozen, a version-1 library upgrades with all its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.storage.annotation_store import AnnotationStore
from desktop.core.storage.backup import BackupKind, list_backups
from desktop.core.storage.database import Database
from desktop.core.storage.library_store import LibraryStore
from desktop.core.storage.reading_state import ReadingState
from desktop.core.storage.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

V1_SCHEMA = Path(__file__).parent / "fixtures" / "schema_v1.sql"
V1_TEXT = "今天，市委、市政府在这里召开“效能革命”工作会。\n一、决心是坚定的\n要加强思想教育。"


def _schema(conn: sqlite3.Connection) -> list[tuple[str, ...]]:
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def _build_v1_library(path: Path) -> None:
    """A library as version 1 of Pizhu left it, with a bit of everything in it."""
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA.read_text(encoding="utf-8"))
    conn.executescript(
        f"""
        INSERT INTO collections VALUES
            (1, '效能革命', '/data/a.txt', '2016', 'gb18030', 'txt', 'fp', '2016-05-01T00:00:00Z',
             '2016-05-01T00:00:00Z');
        INSERT INTO speeches VALUES (1, 1, 1, '讲话', NULL, '2016-04-15', '张三', '市长',
            '{V1_TEXT}', 'hash-1');
        INSERT INTO outline_nodes VALUES (1, 1, NULL, 0, 'heading', 1, '一、决心是坚定的',
            27, 43, 35, '一、', 'chinese');
        INSERT INTO spans VALUES (1, 0, 'title', 0, 2);
        INSERT INTO removals VALUES (1, 1, 1, 'watermark', '(本文权属所有)', 4);
        INSERT INTO annotations (id, speech_id, kind, start_pos, end_pos, exact, prefix, suffix,
            text_hash, color, note, state, created, modified, deleted) VALUES
            ('a-1', 1, 'highlight', 16, 20, '效能革命', '', '', 'hash-1', 'green', '好句',
             'anchored', '2016-05-02T00:00:00Z', '2016-05-02T00:00:00Z', NULL),
            ('a-2', 1, 'speech-note', NULL, NULL, '', '', '', 'hash-1', NULL, '整篇笔记',
             'anchored', '2016-05-03T00:00:00Z', '2016-05-03T00:00:00Z', NULL),
            ('a-3', 1, 'note', 36, 43, '要加强思想教育', '', '', 'hash-1', NULL, '已删',
             'anchored', '2016-05-04T00:00:00Z', '2016-05-04T00:00:00Z', '2016-05-05T00:00:00Z');
        INSERT INTO tags VALUES (1, '金句'), (2, '数据');
        INSERT INTO annotation_tags VALUES ('a-1', 1), ('a-1', 2), ('a-3', 2);
        INSERT INTO reading_positions VALUES (1, 27, '2016-05-04T00:00:00Z');
        INSERT INTO library_state VALUES ('last_speech', '1');
        """
    )
    conn.commit()
    conn.close()


def test_migration_1_still_builds_the_schema_that_shipped() -> None:
    shipped = sqlite3.connect(":memory:")
    shipped.executescript(V1_SCHEMA.read_text(encoding="utf-8"))
    current = sqlite3.connect(":memory:", isolation_level=None)
    current.execute("BEGIN")
    MIGRATIONS[0](current)
    current.execute("COMMIT")
    assert _schema(current) == _schema(shipped), "a migration that shipped must never change"
    assert current.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_version_1_library_upgrades_with_all_its_data(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _build_v1_library(path)
    with Database.open(path) as db:
        assert db.user_version == LATEST_VERSION
        assert not db.created
        assert db.check() == []
        speeches = LibraryStore(db).speeches(1)
        annotations = AnnotationStore(db)
        live = annotations.annotations()
        trash = annotations.trash()
        reading = ReadingState(db)
        assert (reading.last_speech(), reading.position(1)) == (1, 27)
    assert [(s.id, s.title, s.speaker, s.missing_since, s.note_count) for s in speeches] == [
        (1, "讲话", "张三", None, 2)
    ]
    assert [(a.id, a.kind, a.exact, a.note, a.tags, a.color) for a in live] == [
        ("a-1", "highlight", "效能革命", "好句", ("数据", "金句"), "green"),
        ("a-2", "speech-note", "", "整篇笔记", (), None),
    ]
    assert [(a.id, a.deleted, a.tags) for a in trash] == [
        ("a-3", "2016-05-05T00:00:00Z", ("数据",))
    ]


def test_upgrading_takes_a_backup_of_the_old_version_first(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _build_v1_library(path)
    Database.open(path).close()
    backups = list_backups(path)
    assert [b.kind for b in backups] == [BackupKind.PREMIGRATION]
    old = sqlite3.connect(f"{backups[0].path.as_uri()}?mode=ro", uri=True)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM annotations").fetchone()[0] == 3
    old.close()
    Database.open(path).close()
    assert len(list_backups(path)) == 1, "no migration, no new backup"


def test_the_new_columns_and_indexes_exist_after_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _build_v1_library(path)
    with Database.open(path) as db:
        columns = [row["name"] for row in db.rows("PRAGMA table_info(speeches)")]
        indexes = {row["name"] for row in db.rows("SELECT name FROM sqlite_master")}
    assert "missing_since" in columns
    assert {"annotations_in_trash", "annotations_orphaned"} <= indexes


def test_a_failing_migration_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _build_v1_library(path)
    conn = sqlite3.connect(path)
    before = list(conn.iterdump())
    conn.close()

    def broken_v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE speeches ADD COLUMN half_done TEXT")
        conn.execute("DELETE FROM annotations")
        raise RuntimeError("migration bug")

    with pytest.raises(RuntimeError, match="migration bug"):
        Database.open(path, migrations=(MIGRATIONS[0], broken_v2))
    conn = sqlite3.connect(path)
    assert list(conn.iterdump()) == before
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


V2_SCHEMA = Path(__file__).parent / "fixtures" / "schema_v2.sql"


def test_migrations_1_and_2_still_build_the_schema_that_shipped() -> None:
    shipped = sqlite3.connect(":memory:")
    shipped.executescript(V2_SCHEMA.read_text(encoding="utf-8"))
    current = sqlite3.connect(":memory:", isolation_level=None)
    current.execute("BEGIN")
    MIGRATIONS[0](current)
    MIGRATIONS[1](current)
    current.execute("COMMIT")
    assert _schema(current) == _schema(shipped), "a migration that shipped must never change"


def _build_v2_library(path: Path, text: str) -> None:
    """A version-2 library file holding one collection with one speech of ``text``."""
    conn = sqlite3.connect(path)
    conn.executescript(V2_SCHEMA.read_text(encoding="utf-8"))
    conn.executescript(
        f"""
        INSERT INTO collections VALUES (1, '效能革命', '/data/a.txt', '2016', 'utf-8', 'txt',
            'fp', '2016-05-01T00:00:00Z', '2016-05-01T00:00:00Z');
        INSERT INTO speeches VALUES (1, 1, 1, '讲话', NULL, NULL, NULL, NULL, '{text}',
            'hash-1', NULL);
        """
    )
    conn.commit()
    conn.close()


def test_a_version_2_library_upgrades_to_renames_trash_and_reports(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _build_v2_library(path, V1_TEXT)
    with Database.open(path) as db:
        assert db.user_version == LATEST_VERSION
        store = LibraryStore(db)
        assert [(c.id, c.title, c.deleted) for c in store.collections()] == [(1, "效能革命", None)]
        assert store.last_import_report(1) is None
        assert store.rename_speech(1, "新名").title == "新名"
        assert store.trash_collection(1).deleted is not None
        assert db.check() == []


def test_upgrading_stores_each_speechs_length_and_listing_reads_no_text(tmp_path: Path) -> None:
    """Version 6 keeps ``text_length`` beside the text; listing speeches uses it, so the
    tree of a large library reads no speech text (``length(text)`` reads each one whole)."""
    path = tmp_path / "library.sqlite"
    _build_v2_library(path, V1_TEXT + "𠮷")
    with Database.open(path) as db:
        assert db.value("SELECT text_length FROM speeches WHERE id = 1") == len(V1_TEXT) + 1
        store = LibraryStore(db)
        statements: list[str] = []
        with db.read() as reader:
            reader.set_trace_callback(statements.append)
            (speech,) = store.speeches(1)
            reader.set_trace_callback(None)
        assert speech.length == len(V1_TEXT) + 1
        assert any("FROM speeches" in sql for sql in statements), "the listing was traced"
        assert not any("text)" in sql or "s.text " in sql for sql in statements), statements
