"""The format table and the dispatcher (``desktop.core.export``)."""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

import pytest

from desktop.core.annotation import AnchorState
from desktop.core.errors import ExportError
from desktop.core.export import FORMATS, export, render
from desktop.core.export.model import ExportFilter
from tests.core.export.factory import sample_library
from tests.core.export.readback import docx_text, pdf_text, squeeze

ISSUE_FORMATS = [
    "md",
    "html",
    "docx",
    "csv",
    "json",
    "annotated-html",
    "annotated-docx",
    "pdf",
    "outline-md",
    "outline-docx",
]


def test_every_format_of_the_issue_is_there_and_has_a_writer() -> None:
    assert list(FORMATS) == ISSUE_FORMATS
    for spec in FORMATS.values():
        assert callable(spec.writer())
        assert spec.extension.startswith(".")


@pytest.mark.parametrize("name", ISSUE_FORMATS)
def test_export_writes_each_format_to_disk(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"out{FORMATS[name].extension}"
    written = export(name, sample_library().export_set(), path)
    assert written == path
    data = path.read_bytes()
    assert len(data) > 100
    magic = {".docx": b"PK", ".pdf": b"%PDF", ".csv": b"\xef\xbb\xbf"}
    assert data.startswith(magic.get(FORMATS[name].extension, b""))
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ExportError) as caught:
        render("rtf", sample_library().export_set())
    assert caught.value.code == "unknown-format"
    assert "outline-docx" in str(caught.value)


def test_nothing_to_export_is_an_error_for_note_formats_only() -> None:
    data = sample_library().export_set(export_filter=ExportFilter(tags=frozenset({"无此标签"})))
    with pytest.raises(ExportError) as caught:
        render("csv", data)
    assert caught.value.code == "nothing-to-export"
    assert render("annotated-html", data).startswith(b"<!DOCTYPE html>")  # the text alone


def test_a_bad_destination_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        export("md", sample_library().export_set(), tmp_path / "missing" / "out.md")
    assert caught.value.code == "missing-folder"


@pytest.mark.parametrize("name", ["md", "html", "docx", "csv"])
def test_an_orphan_as_storage_keeps_it_shows_its_quote(name: str) -> None:
    library = sample_library()
    orphan = next(a for a in library.annotations if a.state == AnchorState.ORPHANED)
    orphan.start = orphan.end = None  # storage keeps an orphan's words, not a position
    output = render(name, library.export_set())
    text = docx_text(output) if name == "docx" else output.decode("utf-8-sig")
    assert orphan.quote.exact in text


@pytest.mark.parametrize("name", ["md", "html", "docx"])
def test_words_changed_since_marked_show_the_words_first_marked(name: str) -> None:
    library = sample_library()
    fuzzy = next(a for a in library.annotations if a.quote.exact and a.state != "orphaned")
    fuzzy.state = AnchorState.FUZZY
    fuzzy.marked_quote = "效率就是生产力"
    output = render(name, library.export_set())
    text = docx_text(output) if name == "docx" else output.decode("utf-8")
    assert "标注时原文：“效率就是生产力”" in text
    assert text.count("标注时原文") == 1, "only the annotation whose words changed has the line"
    assert text.index(fuzzy.quote.exact) < text.index("标注时原文"), "the line is under the quote"


def _text_of(name: str, output: bytes) -> str:
    if name == "pdf":
        return squeeze(pdf_text(output))
    return squeeze(docx_text(output) if name.endswith("docx") else output.decode("utf-8"))


@pytest.mark.parametrize("noted", [True, False])
@pytest.mark.parametrize("name", ["annotated-html", "annotated-docx", "pdf"])
def test_the_annotated_text_notes_the_words_first_marked(name: str, noted: bool) -> None:
    """The endnote says what was marked, even for a highlight that had no note of its own."""
    library = sample_library()
    placed = [a for a in library.annotations if a.quote.exact and a.state != "orphaned"]
    changed = next(a for a in placed if bool(a.note.strip()) == noted)
    if not noted:
        changed.tags = []
    changed.state = AnchorState.FUZZY
    changed.marked_quote = "效率就是\n生产力"
    text = _text_of(name, render(name, library.export_set()))
    assert text.count("标注时原文：“效率就是生产力”") == 1


def _written_text(name: str, data: str | bytes) -> str:
    if name in {"docx", "annotated-docx", "outline-docx"}:
        assert isinstance(data, bytes)
        return docx_text(data)
    if name == "pdf":
        assert isinstance(data, bytes)
        return pdf_text(data)
    return data if isinstance(data, str) else data.decode("utf-8-sig")


@pytest.mark.parametrize("name", ISSUE_FORMATS)
@pytest.mark.parametrize(
    ("stamp", "hours"), [("9999-12-31T20:00:00Z", 8), ("0001-01-01T05:00:00.000000Z", -12)]
)
def test_each_format_writes_a_time_its_zone_moves_out_of_the_calendar(
    name: str, stamp: str, hours: int
) -> None:
    """Another tool's annotation at the calendar's edge (the import takes it): written as
    stored wherever the format shows times, never an OverflowError."""
    library = sample_library()
    speech = library.speeches[0]
    library.annotate(speech, "效能是发展的保障", note="边界时间", created=stamp)
    data = library.export_set(zone=timezone(timedelta(hours=hours)))
    text = _written_text(name, render(name, data))
    if name in {"md", "html", "docx", "csv"}:  # the formats that show a note's time
        assert stamp in text
    if name == "json":  # times stay in UTC, as stored
        assert stamp in text
    assert "边界时间" in text or name.startswith("outline")
