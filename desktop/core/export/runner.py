"""One export from a library to a file, and a preview of it: what the command line and the
export dialog's worker both run.

``run_export`` selects (``selection``), renders (``export.render``) and writes atomically
(``fileio``), checking a cancel flag between the steps and reporting progress as stage codes
(``select``, ``load``, ``render``, ``write``); core never words UI sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import tzinfo
from html.parser import HTMLParser
from pathlib import Path

from desktop.core.export import export_format, render
from desktop.core.export.model import ExportFilter, ExportSet
from desktop.core.export.selection import (
    ExportScope,
    ExportSource,
    Selection,
    check_cancel,
    select,
)
from desktop.core.export.times import local_zone
from desktop.core.export.words import DEFAULT_LANGUAGE, export_words
from desktop.core.fileio import atomic_write, check_destination

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]

PREVIEW_LINES = 40
"""Lines a preview shows at most."""

PREVIEW_SPEECHES = 1
"""Speeches a preview of annotated text or an outline lays out (the rest only add length)."""

_BINARY_EXTENSIONS = {".docx", ".pdf"}
_HTML_EXTENSIONS = {".html"}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Everything one export needs: format, destination, scope, filter, outline points, the
    zone readable formats show times in (this machine's unless told: ``--utc`` passes UTC), and
    the language of the words the export writes of its own (``words.export_words``)."""

    format: str
    destination: Path
    scope: ExportScope = field(default_factory=ExportScope)
    export_filter: ExportFilter = field(default_factory=ExportFilter)
    include_points: bool = True
    zone: tzinfo = field(default_factory=local_zone)
    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    """What an export wrote: the file, and how many annotations from how many speeches."""

    path: Path
    format: str
    annotations: int
    speeches: int
    title: str


@dataclass(frozen=True, slots=True)
class Preview:
    """The first lines of an export (None for a binary format) and how much it holds."""

    format: str
    lines: list[str] | None
    annotations: int
    speeches: int
    title: str


def run_export(
    source: ExportSource,
    request: ExportRequest,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportOutcome:
    """Write the export ``request`` describes; raises ExportError, LibraryError, CancelledError.

    Nothing is written unless everything succeeded: the file appears whole or not at all.
    """
    spec = export_format(request.format)
    check_destination(Path(request.destination))
    _report(progress, 0.0, "select")
    # Date bounds name days where the reader is, as the file's times do.
    export_filter = replace(request.export_filter, zone=request.zone)
    words = export_words(request.language)
    selection = select(source, request.scope, export_filter, words=words, cancel=cancel)
    _report(progress, 0.1, "load")
    data = selection.export_set(source, with_text=spec.needs_text, zone=request.zone, cancel=cancel)
    _report(progress, 0.5, "render")
    payload = render(spec.name, data, include_points=request.include_points)
    check_cancel(cancel)
    _report(progress, 0.9, "write")
    path = atomic_write(request.destination, payload)
    _report(progress, 1.0, "write")
    return ExportOutcome(
        path=path,
        format=spec.name,
        annotations=0 if spec.takes_points else len(data.items),  # an outline shows no notes
        speeches=_written_speeches(data, needs_text=spec.needs_text),
        title=data.scope_title,
    )


def _written_speeches(data: ExportSet, *, needs_text: bool) -> int:
    if needs_text:
        return len(data.speeches)
    return len({item.speech.id for item in data.items})


def preview_export(
    source: ExportSource,
    format_name: str,
    scope: ExportScope,
    export_filter: ExportFilter | None = None,
    *,
    include_points: bool = True,
    max_lines: int = PREVIEW_LINES,
    zone: tzinfo | None = None,
    language: str = DEFAULT_LANGUAGE,
    cancel: Cancel | None = None,
) -> Preview:
    """The first lines of the export as a reader of the file sees them (the text of an HTML
    page, not its markup), or only the counts for Word and PDF. Times are in ``zone``, this
    machine's unless given, and the export names itself in ``language``, as the export itself
    does."""
    spec = export_format(format_name)
    zone = zone or local_zone()
    export_filter = replace(export_filter or ExportFilter(), zone=zone)
    selection = select(source, scope, export_filter, words=export_words(language), cancel=cancel)
    lines = None
    if spec.extension not in _BINARY_EXTENSIONS:
        shown = _Shown(include_points, max_lines, zone)
        lines = _preview_lines(source, selection, spec.name, shown, cancel)
    speeches = len(selection.speeches) if spec.needs_text else selection.annotated_speech_count
    notes = 0 if spec.takes_points else selection.annotation_count
    return Preview(spec.name, lines, notes, speeches, selection.title)


@dataclass(frozen=True, slots=True)
class _Shown:
    """How a preview lays the export out: outline points, how many lines, which zone."""

    include_points: bool
    max_lines: int
    zone: tzinfo


def _preview_lines(
    source: ExportSource,
    selection: Selection,
    format_name: str,
    shown: _Shown,
    cancel: Cancel | None,
) -> list[str]:
    spec = export_format(format_name)
    limit = PREVIEW_SPEECHES if spec.needs_text else None
    data = selection.export_set(
        source, with_text=spec.needs_text, speech_limit=limit, zone=shown.zone, cancel=cancel
    )
    if not (data.speeches if spec.needs_text else data.items):
        return []
    text = render(spec.name, data, include_points=shown.include_points).decode("utf-8-sig")
    if spec.extension in _HTML_EXTENSIONS:
        return visible_lines(text)[: shown.max_lines]
    return text.splitlines()[: shown.max_lines]


def visible_lines(html: str) -> list[str]:
    """The non-empty lines of text an HTML page shows (no style, script or head)."""
    reader = _TextOfPage()
    reader.feed(html)
    reader.close()
    lines = "".join(reader.chunks).splitlines()
    return [" ".join(line.split()) for line in lines if line.strip()]


class _TextOfPage(HTMLParser):
    """Collects the text of a page's body, a line break after every block."""

    _HIDDEN = {"style", "script", "title", "head"}
    _BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "br"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.chunks.append(data)


def _report(progress: Progress | None, fraction: float, stage: str) -> None:
    if progress is not None:
        progress(fraction, stage)
