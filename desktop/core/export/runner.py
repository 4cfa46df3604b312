"""One export from a library to a file, and a preview of it: what the command line and the
export dialog's worker both run.

``run_export`` selects (``selection``), renders (``export.render``) and writes atomically
(``fileio``), reporting progress as stage codes (``select``, ``load``, ``render``, ``write``;
core never words UI sentences) per speech loaded and as the writer goes, and checking the
cancel flag as often, so that Cancel is answered at once and leaves no file.

A preview builds only what it shows: the first ``PREVIEW_LINES`` annotations (each takes a
line at least) through the same writer, so that it is the head of the file; only the Markdown
front matter's long lists (a whole library's hundred source files) are cut, so that the notes
are in sight.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import tzinfo
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from desktop.core.export import export_format, render
from desktop.core.export.file_names import selection_file_title
from desktop.core.export.model import ExportFilter, ExportSet
from desktop.core.export.reading import ExportSource
from desktop.core.export.selection import (
    ExportScope,
    Selection,
    check_cancel,
    select,
    select_head,
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

PREVIEW_LIST_ITEMS = 3
"""Items a preview shows of a long list in a summary (the Markdown front matter's sources)."""

_LOAD_SHARE = (0.1, 0.5)
_RENDER_SHARE = (0.5, 0.9)
_PROGRESS_STEP = 0.005  # finer reports would only flood the window's event queue
_RELEASE_STEP = 500

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
    file_title: str = ""
    """What the file is named by: ``title``, told apart where a speech's title repeats."""


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
    export_format(request.format)  # an unknown format is refused before any work
    check_destination(Path(request.destination))
    reporter = _Reporter(progress, cancel)
    reporter.report(0.0, "select")
    # Date bounds name days where the reader is, as the file's times do.
    export_filter = replace(request.export_filter, zone=request.zone)
    words = export_words(request.language)
    selection = select(source, request.scope, export_filter, words=words, cancel=cancel)
    loaded: list[ExportSet] = []
    try:
        return _render_and_write(source, selection, request, reporter, loaded)
    finally:
        # What a whole library's export holds is a million objects or so: freed in one go on
        # return they would hold the interpreter ~0.1 s, while the window (and a Cancel) waits.
        for data in loaded:
            _release_in_steps(data.items, data.speeches)
        _release_in_steps(selection.annotations)


def _render_and_write(
    source: ExportSource,
    selection: Selection,
    request: ExportRequest,
    reporter: _Reporter,
    loaded: list[ExportSet],
) -> ExportOutcome:
    spec = export_format(request.format)
    data = selection.export_set(
        source,
        with_text=spec.needs_text,
        zone=request.zone,
        cancel=reporter.cancel,
        loaded=partial(reporter.share, _LOAD_SHARE, "load"),
    )
    loaded.append(data)
    total = max(1, len(data.items))
    data.on_items = lambda done: reporter.share(_RENDER_SHARE, "render", done, total)
    payload = render(spec.name, data, include_points=request.include_points)
    check_cancel(reporter.cancel)
    reporter.report(_RENDER_SHARE[1], "write")
    path = atomic_write(request.destination, payload)
    reporter.report(1.0, "write")
    return ExportOutcome(
        path=path,
        format=spec.name,
        annotations=0 if spec.takes_points else len(data.items),  # an outline shows no notes
        speeches=_written_speeches(data, needs_text=spec.needs_text),
        title=data.scope_title,
    )


def _release_in_steps(*lists: list[Any]) -> None:
    """Empty the lists a few hundred items at a time, so that freeing what they hold lets other
    threads run between the steps."""
    for items in lists:
        while items:
            del items[-_RELEASE_STEP:]


class _Reporter:
    """Progress told to the caller no finer than ``_PROGRESS_STEP``, the cancel flag checked
    on every step (a writer's loop calls it per speech or per twenty annotations)."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self._progress = progress
        self.cancel = cancel
        self._told = -1.0

    def share(self, span: tuple[float, float], stage: str, done: int, total: int) -> None:
        """``done`` of ``total`` of a stage that takes the ``span`` of the whole."""
        check_cancel(self.cancel)
        low, high = span
        self.report(low + (high - low) * done / max(total, 1), stage)

    def report(self, fraction: float, stage: str) -> None:
        """Tell the caller, unless it was told almost as much already."""
        if self._progress is not None and (
            fraction - self._told >= _PROGRESS_STEP or fraction >= 1
        ):
            self._told = fraction
            self._progress(fraction, stage)


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
    # Every annotation takes a line at least: the first ``max_lines`` fill the preview; Word
    # and PDF show counts only. The totals are counted, not read (``select_head``).
    binary = spec.extension in _BINARY_EXTENSIONS
    selection = select_head(
        source,
        scope,
        export_filter,
        head=0 if binary else max_lines,
        words=export_words(language),
        cancel=cancel,
    )
    lines = None
    if not binary:
        shown = _Shown(include_points, max_lines, zone)
        lines = _preview_lines(source, selection, spec.name, shown, cancel)
    speeches = len(selection.speeches) if spec.needs_text else selection.annotated_speech_count
    notes = 0 if spec.takes_points else selection.annotation_count
    file_title = selection_file_title(source, selection)
    preview = Preview(spec.name, lines, notes, speeches, selection.title, file_title)
    _release_in_steps(selection.annotations)
    return preview


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
    if spec.needs_text:
        data = selection.export_set(
            source, with_text=True, speech_limit=PREVIEW_SPEECHES, zone=shown.zone, cancel=cancel
        )
    else:
        # Every annotation takes a line at least: these many fill the preview, in any format.
        data = selection.export_set(
            source,
            with_text=False,
            annotation_limit=shown.max_lines,
            zone=shown.zone,
            cancel=cancel,
        )
        data.list_limit = PREVIEW_LIST_ITEMS
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
