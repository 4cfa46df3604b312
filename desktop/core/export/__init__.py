"""Export writers, one module per format; each is a pure function of the data.

``render(format, data)`` returns a format's bytes; ``export(format, data, path)`` writes them
atomically. The text formats of notes are also written in pieces (a speech or an annotation
each), encoded one by one: a big export is then never one call of hundreds of milliseconds that
holds the interpreter while the window waits for it. The writer modules are imported on first
use, so that listing the formats (the command line's help, the export dialog) does not load
python-docx or reportlab.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import ExportError
from desktop.core.export.model import ExportSet
from desktop.core.fileio import atomic_write


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format's name (as the command line spells it), writer, file extension and what it needs."""

    name: str
    module: str
    function: str
    extension: str
    description: str
    needs_text: bool = False  # writes whole speeches (annotated text, outlines), not only notes
    takes_points: bool = False  # an outline, which may leave out the points (一是 第一…)
    pieces: str = ""  # the function writing the same text in pieces, when there is one

    def writer(self) -> Callable[..., str | bytes]:
        """The writer function, imported now."""
        return self._function(self.function)

    def pieces_writer(self) -> Callable[[ExportSet], Iterator[str]] | None:
        """The function writing the text in pieces, imported now; None when there is none."""
        return self._function(self.pieces) if self.pieces else None

    def _function(self, name: str) -> Callable[..., Any]:
        module = importlib.import_module(f"desktop.core.export.{self.module}")
        return getattr(module, name)


FORMATS: dict[str, ExportFormat] = {
    spec.name: spec
    for spec in (
        ExportFormat(
            "md",
            "markdown",
            "write_markdown",
            ".md",
            "Markdown for Obsidian",
            pieces="markdown_pieces",
        ),
        ExportFormat(
            "html", "html", "write_html", ".html", "printable HTML page", pieces="html_pieces"
        ),
        ExportFormat("docx", "docx", "write_docx", ".docx", "Word document"),
        ExportFormat(
            "csv",
            "csv_writer",
            "write_csv",
            ".csv",
            "CSV for Excel (UTF-8 with BOM)",
            pieces="csv_pieces",
        ),
        ExportFormat(
            "json",
            "web_annotation",
            "write_web_annotations",
            ".json",
            "W3C Web Annotation JSON",
            pieces="web_annotation_pieces",
        ),
        ExportFormat(
            "annotated-html",
            "annotated_html",
            "write_annotated_html",
            ".html",
            "annotated speech text, HTML",
            needs_text=True,
        ),
        ExportFormat(
            "annotated-docx",
            "annotated_docx",
            "write_annotated_docx",
            ".docx",
            "annotated speech text, Word",
            needs_text=True,
        ),
        ExportFormat(
            "pdf",
            "annotated_pdf",
            "write_annotated_pdf",
            ".pdf",
            "annotated speech text, PDF",
            needs_text=True,
        ),
        ExportFormat(
            "outline-md",
            "outline_md",
            "write_outline_markdown",
            ".md",
            "outline (提纲), Markdown",
            needs_text=True,
            takes_points=True,
        ),
        ExportFormat(
            "outline-docx",
            "outline_docx",
            "write_outline_docx",
            ".docx",
            "outline (提纲), Word",
            needs_text=True,
            takes_points=True,
        ),
    )
}
"""Every format, by the name the command line and the dialog use."""


def export_format(name: str) -> ExportFormat:
    """The format called ``name``; ExportError (``unknown-format``) when there is none."""
    try:
        return FORMATS[name]
    except KeyError:
        message = f"unknown format {name!r} (one of {', '.join(FORMATS)})"
        raise ExportError(message, code="unknown-format") from None


def render(name: str, data: ExportSet, *, include_points: bool = True) -> bytes:
    """The export in format ``name`` as bytes (text formats in UTF-8).

    Raises ExportError (``nothing-to-export``) when the set holds nothing the format writes.
    """
    spec = export_format(name)
    if not (data.speeches if spec.needs_text else data.items):
        raise ExportError("nothing to export", code="nothing-to-export")
    pieces = spec.pieces_writer()
    if pieces is not None:
        return _encoded(pieces(data))
    writer = spec.writer()
    output = writer(data, include_points=include_points) if spec.takes_points else writer(data)
    return output.encode("utf-8") if isinstance(output, str) else output


def _encoded(pieces: Iterable[str]) -> bytes:
    """The pieces in UTF-8, encoded one by one and joined as bytes (a copy, not an encoding)."""
    return b"".join(piece.encode("utf-8") for piece in pieces)


def export(name: str, data: ExportSet, path: str | Path, *, include_points: bool = True) -> Path:
    """Render the export and write it to ``path`` atomically; returns the path written."""
    return atomic_write(path, render(name, data, include_points=include_points))
