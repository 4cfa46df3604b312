"""One export from a library to a file, and the preview of it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta, timezone
from pathlib import Path

import pytest

from desktop.core.errors import CancelledError, ExportError
from desktop.core.export.model import ExportFilter
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import (
    ExportRequest,
    preview_export,
    run_export,
    visible_lines,
)
from desktop.core.export.selection import ExportScope
from desktop.core.export.times import local_date
from tests.core.export.readback import read_csv
from tests.core.export.stored_library import StoredLibrary, build_stored_library


@pytest.fixture
def stored(tmp_path: Path) -> StoredLibrary:
    """Two imported speeches with annotations of every kind, and a true orphan."""
    return build_stored_library(tmp_path / "stored")


@pytest.fixture
def reader(stored: StoredLibrary) -> Iterator[LibraryReader]:
    """The stored library, open, as an export source."""
    with stored.open() as library:
        yield LibraryReader(library)


def test_run_export_writes_the_file_and_says_what_it_holds(
    stored: StoredLibrary, reader: LibraryReader, tmp_path: Path
) -> None:
    stages: list[str] = []
    request = ExportRequest("csv", tmp_path / "notes.csv", ExportScope(), ExportFilter())
    outcome = run_export(reader, request, progress=lambda _f, stage: stages.append(stage))
    assert outcome.path == tmp_path / "notes.csv"
    assert (outcome.annotations, outcome.speeches) == (len(stored.notes), 2)
    assert len(read_csv(outcome.path.read_bytes())) == len(stored.notes) + 1
    assert list(dict.fromkeys(stages)) == ["select", "load", "render", "write"]


def test_an_outline_counts_speeches_not_notes(
    stored: StoredLibrary, reader: LibraryReader, tmp_path: Path
) -> None:
    scope = ExportScope(speech_ids=(stored.style.id,))
    outcome = run_export(reader, ExportRequest("outline-md", tmp_path / "o.md", scope))
    assert (outcome.annotations, outcome.speeches) == (0, 1)


def test_a_cancel_before_writing_leaves_no_file(reader: LibraryReader, tmp_path: Path) -> None:
    stages: list[str] = []
    with pytest.raises(CancelledError):
        run_export(
            reader,
            ExportRequest("docx", tmp_path / "notes.docx"),
            progress=lambda _f, stage: stages.append(stage),
            cancel=lambda: "render" in stages,
        )
    assert list(tmp_path.glob("*.docx")) == []
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_bad_destination_is_refused_before_any_work(
    reader: LibraryReader, tmp_path: Path
) -> None:
    stages: list[str] = []
    with pytest.raises(ExportError) as caught:
        run_export(
            reader,
            ExportRequest("md", tmp_path / "missing" / "x.md"),
            progress=lambda _f, stage: stages.append(stage),
        )
    assert caught.value.code == "missing-folder"
    assert stages == []


def test_preview_of_markdown_is_its_first_lines(
    stored: StoredLibrary, reader: LibraryReader
) -> None:
    preview = preview_export(reader, "md", ExportScope(), max_lines=12)
    assert preview.lines is not None
    assert len(preview.lines) == 12
    assert preview.lines[0] == "---"
    assert (preview.annotations, preview.speeches) == (len(stored.notes), 2)


def test_preview_of_html_is_the_text_a_reader_sees(reader: LibraryReader) -> None:
    preview = preview_export(reader, "html", ExportScope())
    assert preview.lines is not None
    assert preview.lines[0] == "全部批注"
    assert "<script>alert(1)</script>" in preview.lines  # the note, shown as text
    assert not any(
        line.startswith(("<!DOCTYPE", "<html", "<style", "<p")) for line in preview.lines
    )
    assert all(line.strip() for line in preview.lines)


def test_preview_of_a_word_file_is_only_counts(
    stored: StoredLibrary, reader: LibraryReader
) -> None:
    preview = preview_export(reader, "docx", ExportScope(), ExportFilter(tags=frozenset({"金句"})))
    assert preview.lines is None
    assert (preview.annotations, preview.speeches) == (1, 1)
    assert preview.title


def test_preview_of_annotated_text_lays_out_the_first_speech_only(
    stored: StoredLibrary, reader: LibraryReader
) -> None:
    preview = preview_export(reader, "annotated-html", ExportScope(), max_lines=500)
    assert preview.lines is not None
    assert stored.reform.title in preview.lines
    assert stored.style.title not in preview.lines
    assert preview.speeches == 2  # what the file will hold


def test_an_empty_selection_previews_nothing(reader: LibraryReader) -> None:
    preview = preview_export(reader, "csv", ExportScope(), ExportFilter(tags=frozenset({"无"})))
    assert preview.lines == []
    assert preview.annotations == 0


def test_visible_lines_skip_head_style_and_script() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head>"
        "<body><h1>标题</h1><p>第一段<br>第二行</p><script>x()</script><p>&lt;b&gt;</p></body>"
    )
    assert visible_lines(html) == ["标题", "第一段", "第二行", "<b>"]


def test_date_bounds_are_days_in_the_exports_zone(
    stored: StoredLibrary, reader: LibraryReader, tmp_path: Path
) -> None:
    created = stored.notes[0].annotation.created
    # A zone where that moment falls on another day than in UTC (+14:00 or -12:00).
    zone = timezone(timedelta(hours=14 if int(created[11:13]) >= 10 else -12))
    day = local_date(created, zone)
    assert day != created[:10]
    wanted = ExportFilter(date_from=day, date_to=day)
    expected = sum(1 for note in stored.notes if local_date(note.annotation.created, zone) == day)
    request = ExportRequest("csv", tmp_path / "a.csv", ExportScope(), wanted, zone=zone)
    assert run_export(reader, request).annotations == expected >= 1
    assert preview_export(reader, "csv", ExportScope(), wanted, zone=zone).annotations == expected
    with pytest.raises(ExportError):  # that day in UTC holds none of them
        run_export(
            reader, ExportRequest("csv", tmp_path / "b.csv", ExportScope(), wanted, zone=UTC)
        )


def test_an_export_asked_for_in_english_names_itself_in_english(
    stored: StoredLibrary, reader: LibraryReader, tmp_path: Path
) -> None:
    preview = preview_export(reader, "html", ExportScope(), language="en")
    assert preview.title == "All Annotations"
    assert preview.lines is not None
    assert preview.lines[0] == "All Annotations"
    target = tmp_path / "all.html"
    request = ExportRequest("annotated-html", target, ExportScope(), language="en")
    outcome = run_export(reader, request)
    assert outcome.title == "All Annotations"
    lines = visible_lines(target.read_text(encoding="utf-8"))
    assert "Annotations Not Found in the Current Text" in lines, "the orphan's heading"
    assert "未能在现文中定位的批注" not in lines
    assert stored.orphan.quote in "".join(lines), "the user's words stay as they are"
    chinese = preview_export(reader, "md", ExportScope(), max_lines=40)
    assert "# 全部批注" in (chinese.lines or [])
