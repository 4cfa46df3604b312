"""The whole path on the real sample file: import, annotate, edit the file, import it again.

The file is edited as a user's source would be: paragraphs inserted and removed, every
half-width comma made full-width, one annotated paragraph deleted, another duplicated. It goes
through the importer both times, so this checks that speeches are matched, texts replaced and
annotations re-anchored on what the importer really produces.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.core.annotation import AnchorState
from desktop.core.importing import import_file
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.library_store import ImportStatus
from desktop.resources import sample_collection_path

LENGTH = 12
PER_SPEECH = 7
_CLEAN = re.compile(rf"[^,，\s]{{{LENGTH},}}")


@dataclass
class Mark:
    """An annotation made on one paragraph of the sample, and its fate in the edited file."""

    id: str
    paragraph: str
    offset: int
    role: str = "undisturbed"


def full_width_commas(text: str) -> str:
    """The punctuation change of the edited file."""
    return text.replace(",", "，")


def _annotate(library: Library, raw_lines: list[str]) -> list[Mark]:
    marks = []
    for record in library.store.speeches(1):
        text = library.store.speech_text(record.id)
        usable = [
            p
            for p in text.split("\n")
            if len(p) >= 60 and raw_lines.count(p) == 1 and text.count(p) == 1 and " " not in p
        ]
        for paragraph in usable[:PER_SPEECH]:
            offset = _CLEAN.search(paragraph).start()
            start = text.index(paragraph) + offset
            made = library.annotations.create(
                record.id, start=start, end=start + LENGTH, note=f"笔记：{paragraph[:6]}"
            )
            marks.append(Mark(made.id, paragraph, offset))
    return marks


def _edit(raw_lines: list[str], marks: list[Mark]) -> list[str]:
    lines = list(raw_lines)
    marks[2].role = "deleted"
    lines.remove(marks[2].paragraph)
    marks[9].role = "duplicated"
    at = lines.index(marks[9].paragraph)
    lines[at + 1 : at + 1] = ["", "新增的一段话，说明这一部分有了补充。", "", marks[9].paragraph]
    for mark in marks[4::7]:
        at = lines.index(mark.paragraph)
        lines[at:at] = ["在此之前，再补充强调一点：各项工作都要抓紧抓实。", ""]
    annotated = {mark.paragraph for mark in marks}
    removable = [
        line
        for line in lines
        if len(line) > 80 and line not in annotated and lines.count(line) == 1
    ]
    for line in removable[::9]:
        lines.remove(line)
    return [full_width_commas(line) for line in lines]


def test_an_edited_sample_file_reimports_with_its_annotations(tmp_path: Path) -> None:
    source = tmp_path / "效能革命讲话.txt"
    shutil.copyfile(sample_collection_path(), source)
    raw_lines = source.read_text(encoding="utf-8").split("\n")
    with open_library(tmp_path / "lib" / "library.sqlite", seed=None) as library:
        first = library.store.import_document(import_file(source))
        marks = _annotate(library, raw_lines)
        source.write_text("\n".join(_edit(raw_lines, marks)), encoding="utf-8")
        report = library.store.import_document(import_file(source))
        assert len(marks) >= 30
        assert (report.status, report.collection_id) == (ImportStatus.UPDATED, first.collection_id)
        assert report.speeches_changed == 7
        assert report.speeches_added == report.speeches_missing == report.speeches_removed == 0
        stale = "SELECT count(*) FROM speeches WHERE text_length != length(text)"
        assert library.db.value(stale) == 0, "each changed speech's stored length follows its text"
        assert sum(report.anchors.values()) == len(marks)
        for mark in marks:
            annotation = library.annotations.get(mark.id)
            exact = mark.paragraph[mark.offset : mark.offset + LENGTH]
            if mark.role == "deleted":
                assert annotation.state == AnchorState.ORPHANED
                assert (annotation.exact, annotation.note) == (exact, f"笔记：{mark.paragraph[:6]}")
                continue
            text = library.store.speech_text(annotation.speech_id)
            paragraph = full_width_commas(mark.paragraph)
            expected = text.index(paragraph) + len(full_width_commas(mark.paragraph[: mark.offset]))
            # Its own words, untouched: anchored, though edits above them pushed them along.
            assert (annotation.state, annotation.start) == (AnchorState.ANCHORED, expected), mark
            assert text[annotation.start : annotation.end] == exact
