"""The preview of an export of many notes: the head of the real file, built from its first notes
only, and an export's progress and cancel as the writers go."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC
from pathlib import Path

import pytest

from desktop.core.annotation import Annotation
from desktop.core.document import OutlineNode
from desktop.core.errors import CancelledError
from desktop.core.export import selection
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import (
    PREVIEW_LINES,
    PREVIEW_LIST_ITEMS,
    ExportRequest,
    preview_export,
    run_export,
    visible_lines,
)
from desktop.core.export.selection import ExportScope
from desktop.core.export.words import export_words
from desktop.core.importing import import_bytes
from desktop.core.records import SpeechContent
from desktop.core.storage.library import Library, open_library

FILES = 6
NOTES_PER_SPEECH = 10
NOTES_FORMATS = ("md", "html", "csv", "json")
_SENTENCES = (
    "要坚持以人民为中心的发展思想，把各项工作落到实处。",
    "推进效能革命，切实转变工作作风，不断提高行政效率。",
    "深化并联审批改革，抓好政务服务中心建设，做到一个窗口对外。",
)


def _speech_file(number: int) -> bytes:
    lines = [f"在第{number}次全市工作会议上的讲话", "（2016年4月15日）", "同志们："]
    for part, head in enumerate(("一、提高认识", "二、狠抓落实")):
        lines.append(head)
        lines.extend(_SENTENCES[(number + part + k) % 3] for k in range(4))
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """Six files of one speech each (six sources), ten notes on each speech."""
    with open_library(tmp_path / "library.sqlite", seed=None, daily_backup=False) as opened:
        for number in range(1, FILES + 1):
            report = opened.store.import_document(
                import_bytes(_speech_file(number), f"讲话{number}.txt")
            )
            for speech in opened.store.speeches(report.collection_id):
                _annotate(opened, speech.id, number)
        yield opened


def _annotate(library: Library, speech_id: int, number: int) -> None:
    text = library.store.speech_text(speech_id)
    for k in range(NOTES_PER_SPEECH):
        start = 30 + k * 9
        library.annotations.create(
            speech_id,
            start=start,
            end=start + 6,
            color=("yellow", "green", "blue")[k % 3],
            note=f"第{number}篇第{k}条批注" if k % 2 else "",
            tags=("金句",) if k % 4 == 0 else (),
        )
    assert len(text) > 30 + NOTES_PER_SPEECH * 9 + 6


class CountingReader(LibraryReader):
    """A reader that counts the speeches it loaded (their text or outline), their text, the
    reads of outlines and the annotations it read."""

    loaded = 0
    texts = 0
    outline_reads = 0
    notes_read = 0

    def speech_content(self, speech_id: int) -> SpeechContent:
        """One speech's content, counted."""
        self.loaded += 1
        self.texts += 1
        return super().speech_content(speech_id)

    def outline(self, speech_id: int) -> list[OutlineNode]:
        """One speech's outline, counted."""
        self.loaded += 1
        self.outline_reads += 1
        return super().outline(speech_id)

    def outlines(self, speech_ids: Sequence[int]) -> dict[int, list[OutlineNode]]:
        """Several speeches' outlines, counted."""
        self.loaded += len(speech_ids)
        self.outline_reads += 1
        return super().outlines(speech_ids)

    def annotations(self, speech_id: int | None = None) -> list[Annotation]:
        """Annotations, counted."""
        found = super().annotations(speech_id)
        self.notes_read += len(found)
        return found


def _file_lines(path: Path, format_name: str) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return visible_lines(text) if format_name == "html" else text.splitlines()


def _cut_lists(lines: list[str], language: str) -> list[str]:
    """The front matter's lists cut as a preview cuts them (a YAML comment for the rest)."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("  - "):
            run.append(line)
            continue
        if len(run) > PREVIEW_LIST_ITEMS + 1:
            more = export_words(language).more_items.format(count=len(run) - PREVIEW_LIST_ITEMS)
            run = [*run[:PREVIEW_LIST_ITEMS], f"  # {more}"]
        out.extend(run)
        run = []
        out.append(line)
    return out[:-1]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("format_name", NOTES_FORMATS)
def test_the_preview_is_the_head_of_the_file(
    library: Library, tmp_path: Path, format_name: str, language: str
) -> None:
    reader = LibraryReader(library)
    destination = tmp_path / f"all.{format_name}"
    request = ExportRequest(format_name, destination, zone=UTC, language=language)
    run_export(reader, request)
    preview = preview_export(reader, format_name, ExportScope(), zone=UTC, language=language)
    expected = _file_lines(destination, format_name)
    if format_name == "md":
        expected = _cut_lists(expected, language)
    assert preview.lines is not None
    # The exported time differs by the second the two took; every other line is the file's.
    assert _untimed(preview.lines) == _untimed(expected[:PREVIEW_LINES])
    assert (preview.annotations, preview.speeches) == (FILES * NOTES_PER_SPEECH, FILES)


def _untimed(lines: list[str]) -> list[str]:
    stamps = ('exported: "', '  "generated": ')
    return [line for line in lines if not line.startswith(stamps)]


def test_the_preview_loads_only_the_speeches_it_shows(library: Library) -> None:
    reader = CountingReader(library)
    preview = preview_export(reader, "md", ExportScope())
    assert preview.annotations == FILES * NOTES_PER_SPEECH
    shown = -(-PREVIEW_LINES // NOTES_PER_SPEECH)  # the speeches of the first 40 notes
    assert reader.loaded == shown < FILES
    assert reader.texts == 0  # a list of notes needs only where each note is
    # The totals are counted, not read: only the shown speeches' annotations are.
    assert reader.notes_read == shown * NOTES_PER_SPEECH


def test_a_binary_preview_reads_no_annotation(library: Library) -> None:
    reader = CountingReader(library)
    preview = preview_export(reader, "docx", ExportScope())
    assert (preview.annotations, preview.speeches) == (FILES * NOTES_PER_SPEECH, FILES)
    assert (reader.loaded, reader.notes_read) == (0, 0)


def test_a_list_of_notes_reads_no_speech_text(library: Library, tmp_path: Path) -> None:
    reader = CountingReader(library)
    run_export(reader, ExportRequest("md", tmp_path / "all.md"))
    assert (reader.loaded, reader.texts) == (FILES, 0)
    assert reader.outline_reads == 1  # every speech's outline in one read


def test_a_markdown_preview_shows_notes_not_only_the_sources(library: Library) -> None:
    preview = preview_export(LibraryReader(library), "md", ExportScope(), language="en")
    assert preview.lines is not None
    assert "  # … and 3 more" in preview.lines
    assert sum(line.startswith("  - ") for line in preview.lines) == PREVIEW_LIST_ITEMS
    assert any(line.startswith("> ") for line in preview.lines)


def test_a_json_preview_counts_the_whole_export(library: Library) -> None:
    preview = preview_export(LibraryReader(library), "json", ExportScope())
    assert preview.lines is not None
    assert f'  "total": {FILES * NOTES_PER_SPEECH},' in preview.lines


def test_progress_moves_per_read_of_speeches_and_as_the_writer_goes(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selection, "_OUTLINES_PER_READ", 2)
    reports: list[tuple[float, str]] = []
    request = ExportRequest("md", tmp_path / "all.md")
    run_export(LibraryReader(library), request, progress=lambda f, s: reports.append((f, s)))
    stages = [stage for _fraction, stage in reports]
    assert stages.count("load") == FILES // 2
    assert stages.count("render") >= FILES
    fractions = [fraction for fraction, _stage in reports]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0


@pytest.mark.parametrize("format_name", [*NOTES_FORMATS, "docx"])
def test_a_cancel_while_writing_leaves_an_earlier_file_as_it_was(
    library: Library, tmp_path: Path, format_name: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    destination = folder / f"notes.{format_name}"
    destination.write_bytes(b"an earlier export")
    seen: list[float] = []

    def halfway() -> bool:
        return any(0.7 <= fraction < 0.9 for fraction in seen)

    with pytest.raises(CancelledError):
        run_export(
            LibraryReader(library),
            ExportRequest(format_name, destination),
            progress=lambda fraction, _stage: seen.append(fraction),
            cancel=halfway,
        )
    assert destination.read_bytes() == b"an earlier export"
    assert list(folder.iterdir()) == [destination]  # no temporary file left beside it
