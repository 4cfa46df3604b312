"""Outlines read several speeches a query make the same files as a query per speech did: the
sample collection, annotated, exported in every format both ways."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import UTC
from pathlib import Path

import pytest

from desktop.core.document import OutlineNode
from desktop.core.export import FORMATS
from desktop.core.export.model import ExportFilter
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportRequest, run_export
from desktop.core.export.selection import ExportScope
from desktop.core.importing import import_file
from desktop.core.storage.library import Library, open_library
from desktop.resources import sample_collection_path

_COLORS = ("yellow", "green", "blue", "pink", "purple")


class SpeechBySpeechReader(LibraryReader):
    """The former way: each speech's outline by a query of its own."""

    def outlines(self, speech_ids: Sequence[int]) -> dict[int, list[OutlineNode]]:
        """Each speech's outline, one by one."""
        return {speech_id: self.outline(speech_id) for speech_id in speech_ids}


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """The sample collection with notes across each speech's sections."""
    with open_library(tmp_path / "library.sqlite", seed=None, daily_backup=False) as opened:
        report = opened.store.import_document(import_file(sample_collection_path()))
        for speech in opened.store.speeches(report.collection_id):
            length = len(opened.store.speech_text(speech.id))
            for k in range(8):
                start = length * k // 8
                opened.annotations.create(
                    speech.id,
                    start=start,
                    end=min(length, start + 9),
                    color=_COLORS[k % 5],
                    note=f"第{k}条" if k % 2 else "",
                    tags=("金句",) if k % 3 == 0 else (),
                )
        yield opened


def _comparable(data: bytes, format_name: str) -> object:
    """The file less what records the moment it was made (Word's core properties, PDF's dates
    and id); every byte otherwise."""
    if FORMATS[format_name].extension == ".docx":
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = [name for name in package.namelist() if name != "docProps/core.xml"]
            return [(name, package.read(name)) for name in names]
    if FORMATS[format_name].extension == ".pdf":
        return re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[[^\]]*\]", b"", data)
    return data


@pytest.mark.parametrize("format_name", list(FORMATS))
@pytest.mark.parametrize("colors", [frozenset(), frozenset({"yellow", "blue"})])
def test_batched_outlines_write_the_same_file(
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    format_name: str,
    colors: frozenset[str],
) -> None:
    monkeypatch.setattr("desktop.core.export.model.utc_now", lambda: "2026-01-01T00:00:00Z")
    files = []
    for reader in (SpeechBySpeechReader(library), LibraryReader(library)):
        destination = tmp_path / f"{type(reader).__name__}.{format_name}"
        request = ExportRequest(
            format_name, destination, ExportScope(), ExportFilter(colors=colors), zone=UTC
        )
        files.append(run_export(reader, request).path.read_bytes())
    assert _comparable(files[0], format_name) == _comparable(files[1], format_name)
    assert len(files[1]) > 1000


def test_outlines_are_each_speechs_outline(library: Library) -> None:
    speech_ids = [speech.id for speech in library.store.speeches(1)]
    found = library.store.outlines([*reversed(speech_ids), 9999])
    assert found == {**{i: library.store.outline(i) for i in speech_ids}, 9999: []}
    assert any(found[i] for i in speech_ids)
