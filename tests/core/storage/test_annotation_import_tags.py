"""Import Annotations keeps the order of each annotation's tags as the file lists them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.export import render
from desktop.core.export.reading import LibraryReader
from desktop.core.export.selection import ExportScope, select
from desktop.core.storage.annotation_import import import_annotation_file
from desktop.core.storage.library import open_library
from tests.core.export.stored_library import StoredLibrary, build_stored_library, import_sources

FILE_ORDER = ["政务", "范文", "数据"]
"""Neither the order the tags were typed in (数据, 政务) nor any sorted order."""


@pytest.fixture
def stored(tmp_path: Path) -> StoredLibrary:
    """Two imported speeches with annotations of every kind, and a true orphan."""
    return build_stored_library(tmp_path / "stored")


def _backup_with_tags(stored: StoredLibrary, path: Path, modified: str | None = None) -> str:
    """The library's annotations as W3C JSON, the tags of one listed as ``FILE_ORDER``."""
    with stored.open() as library:
        reader = LibraryReader(library)
        data = select(reader, ExportScope()).export_set(reader, with_text=False)
    document = json.loads(render("json", data))
    (item,) = [
        item
        for item in document["first"]["items"]
        if any(body.get("value") == "政务" for body in item.get("body", []))
    ]
    kept = [body for body in item["body"] if body["purpose"] != "tagging"]
    tags = [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in FILE_ORDER]
    item["body"] = kept + tags
    if modified is not None:
        item["modified"] = modified
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return item["id"].removeprefix("urn:uuid:")


def test_a_new_annotation_takes_its_tags_in_the_files_order(
    stored: StoredLibrary, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.json"
    annotation_id = _backup_with_tags(stored, backup)
    with open_library(tmp_path / "new.sqlite", seed=None, daily_backup=False) as new:
        import_sources(new, stored.sources)
        import_annotation_file(new, backup)
        assert new.annotations.get(annotation_id).tags == tuple(FILE_ORDER)


def test_a_newer_copy_with_its_tags_reordered_updates_the_library(
    stored: StoredLibrary, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.json"
    annotation_id = _backup_with_tags(stored, backup, "2999-01-01T00:00:00Z")
    with stored.open() as library:
        assert library.annotations.get(annotation_id).tags == ("数据", "政务")
        report = import_annotation_file(library, backup)
        assert library.annotations.get(annotation_id).tags == tuple(FILE_ORDER)
    assert report.updated == 1
