"""Export writers, one module per format; each is a pure function of the data.

``render(format, data)`` returns a format's bytes; ``export(format, data, path)`` writes them
atomically. The writer modules are imported on first use, so that listing the formats (the
command line's help, the export dialog) does not load python-docx or reportlab.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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

    def writer(self) -> Callable[..., str | bytes]:
        """The writer function, imported now."""
        module = importlib.import_module(f"desktop.core.export.{self.module}")
        return getattr(module, self.function)


FORMATS: dict[str, ExportFormat] = {
    spec.name: spec
    for spec in (
        ExportFormat("md", "markdown", "write_markdown", ".md", "Markdown for Obsidian"),
        ExportFormat("html", "html", "write_html", ".html", "printable HTML page"),
        ExportFormat("docx", "docx", "write_docx", ".docx", "Word document"),
        ExportFormat("csv", "csv_writer", "write_csv", ".csv", "CSV for Excel (UTF-8 with BOM)"),
        ExportFormat(
            "json", "web_annotation", "write_web_annotations", ".json", "W3C Web Annotation JSON"
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
    writer = spec.writer()
    output = writer(data, include_points=include_points) if spec.takes_points else writer(data)
    return output.encode("utf-8") if isinstance(output, str) else output


def export(name: str, data: ExportSet, path: str | Path, *, include_points: bool = True) -> Path:
    """Render the export and write it to ``path`` atomically; returns the path written."""
    return atomic_write(path, render(name, data, include_points=include_points))
