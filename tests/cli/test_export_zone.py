"""``export`` shows times in this machine's zone, or in UTC with ``--utc``; JSON stays UTC.

The machine's zone is pinned to +08:00 (Beijing) so the tests mean the same wherever they run.
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta, timezone
from pathlib import Path

import pytest

from desktop.cli import export_commands, main
from desktop.core.export import FORMATS
from desktop.core.export.times import display_time
from tests.core.export.readback import docx_text, read_csv, read_html
from tests.core.export.stored_library import StoredLibrary, build_stored_library

BEIJING = timezone(timedelta(hours=8))


@pytest.fixture
def stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StoredLibrary:
    """The stored library, exported on a machine whose zone is +08:00."""
    monkeypatch.setattr(export_commands, "local_zone", lambda: BEIJING)
    return build_stored_library(tmp_path / "stored")


def _export(stored: StoredLibrary, name: str, *extra: str) -> bytes:
    out = stored.path.parent / f"zone-{name}{FORMATS[name].extension}"
    argv = ["export", "--format", name, "--out", str(out), "--library", str(stored.path)]
    assert main([*argv, *extra]) == 0
    return out.read_bytes()


def _readable(name: str, data: bytes) -> str:
    if name == "docx":
        return docx_text(data)
    if name == "html":
        return read_html(data.decode("utf-8")).text
    return data.decode("utf-8")


@pytest.mark.parametrize("name", ["md", "html", "docx"])
def test_readable_exports_show_the_machines_time_and_say_its_zone(
    stored: StoredLibrary, name: str
) -> None:
    text = _readable(name, _export(stored, name))
    assert "UTC+08:00" in text
    for note in stored.notes:
        assert display_time(note.annotation.created, BEIJING) in text
        assert display_time(note.annotation.created, UTC) not in text


@pytest.mark.parametrize("name", ["md", "html", "docx"])
def test_utc_keeps_utc_times(stored: StoredLibrary, name: str) -> None:
    text = _readable(name, _export(stored, name, "--utc"))
    assert "UTC+08:00" not in text
    assert ('timezone: "UTC"' if name == "md" else "时间均为 UTC") in text  # said once
    for note in stored.notes:
        assert display_time(note.annotation.created, UTC) in text


def test_csv_times_are_local_with_their_offset_or_utc(stored: StoredLibrary) -> None:
    local_rows = read_csv(_export(stored, "csv"))
    utc_rows = read_csv(_export(stored, "csv", "--utc"))
    column = local_rows[0].index("created")
    assert all(row[column].endswith("+08:00") for row in local_rows[1:])
    assert all(row[column].endswith("Z") for row in utc_rows[1:])


def test_json_keeps_the_stored_utc_times(stored: StoredLibrary) -> None:
    document = json.loads(_export(stored, "json"))
    created = {item["id"]: item["created"] for item in document["first"]["items"]}
    for note in stored.notes:
        assert created[f"urn:uuid:{note.annotation.id}"] == note.annotation.created
    assert document["generated"].endswith("Z")
