"""``export`` (notes, annotated text and outlines to a file) and ``import-annotations``.

Both work without a display: nothing here imports Qt. ``export`` writes the file atomically, so
a destination that cannot be written gets one line on stderr (exit 2) and no partial file.
Readable formats show times in this machine's zone, or in UTC with ``--utc`` (a file that is the
same wherever it is made); JSON keeps UTC always. An export's own words (headings, colour names,
citations) are Chinese, or English with ``--language en``.
``import-annotations`` restores or merges a W3C JSON backup in one transaction.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.library_option import add_library_option, open_cli_library
from desktop.cli.wording import counted
from desktop.core.annotation import AnnotationKind
from desktop.core.colors import COLOR_TABLE, parse_color
from desktop.core.errors import ExportError, PizhuError
from desktop.core.export import FORMATS
from desktop.core.export.file_names import proposed_file_name
from desktop.core.export.model import DateField, ExportFilter
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportOutcome, ExportRequest, run_export
from desktop.core.export.selection import ExportScope
from desktop.core.export.times import local_zone
from desktop.core.export.words import export_words
from desktop.core.fileio import check_destination
from desktop.core.storage.annotation_import import AnnotationImportReport, import_annotation_file

if TYPE_CHECKING:
    from desktop.core.storage.library import Library

EXIT_OK = 0

EXPORT_LANGUAGES = {"zh": "zh_CN", "en": "en"}
"""``--language`` as the command line spells it, to the language an export request takes."""


def register(sub: Any) -> None:
    """Add the ``export`` and ``import-annotations`` commands."""
    parser = sub.add_parser(
        "export",
        help="export notes and highlights, annotated text or outlines to a file",
        description="Without --speech or --collection the whole library is exported.",
    )
    parser.add_argument(
        "--format",
        required=True,
        choices=list(FORMATS),
        metavar="FORMAT",
        help="what to write: one of the formats listed below",
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="the file to write, or a folder to write it in, named by what it holds (an "
        "outline '…提纲', an annotated text '…（批注本）', notes by the title alone)",
    )
    _add_scope_options(parser)
    _add_filter_options(parser)
    parser.add_argument(
        "--utc",
        action="store_true",
        help="show times in UTC, not this machine's time zone (the same file on any machine)",
    )
    parser.add_argument(
        "--language",
        choices=list(EXPORT_LANGUAGES),
        default="zh",
        help="the words the export writes of its own: headings, colour names, citations "
        "(default: zh; your text is never translated, CSV and JSON fields never change)",
    )
    parser.add_argument(
        "--no-points",
        dest="points",
        action="store_false",
        help="outlines: leave out the points (一是, 第一…) under the headings",
    )
    add_library_option(parser)
    parser.set_defaults(handler=run_export_command)
    parser.epilog = "formats: " + "; ".join(f"{n} ({s.description})" for n, s in FORMATS.items())

    parser = sub.add_parser(
        "import-annotations",
        help="restore or merge annotations from a W3C Web Annotation JSON file (an export)",
    )
    parser.add_argument(
        "file", metavar="FILE.json", help="a JSON file written by export --format json"
    )
    add_library_option(parser)
    parser.set_defaults(handler=run_import_annotations)


def _add_scope_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--speech",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="export this speech (its id, as list prints it); repeatable",
    )
    parser.add_argument(
        "--collection",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="export this collection (its id, as list prints it); repeatable",
    )


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    colors = ", ".join(info.color.value for info in COLOR_TABLE.values())
    parser.add_argument(
        "--color",
        action="append",
        default=[],
        metavar="C",
        help=f"only this colour ({colors}, or 黄, 1…); repeatable",
    )
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="T",
        help="only annotations with this tag; repeatable",
    )
    parser.add_argument(
        "--words",
        default="",
        metavar="TEXT",
        help="only annotations whose passage, note or tags hold every word of TEXT"
        " (as the annotations list's search box finds them)",
    )
    parser.add_argument(
        "--kind",
        action="append",
        default=[],
        choices=[kind.value for kind in AnnotationKind],
        metavar="K",
        help="only this kind: highlight, note, section-note or speech-note; repeatable",
    )
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="only annotations dated DATE or later (YYYY, YYYY-MM or YYYY-MM-DD)",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        help="only annotations dated DATE or earlier (YYYY, YYYY-MM or YYYY-MM-DD)",
    )
    parser.add_argument(
        "--date-field",
        choices=[field.value for field in DateField],
        default=DateField.CREATED.value,
        help="which date --from and --to apply to (default: when the annotation was made)",
    )
    parser.add_argument(
        "--orphans",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="include annotations whose words are no longer in the text (default: yes)",
    )


def export_filter_from(args: argparse.Namespace) -> ExportFilter:
    """The filter the command's options describe; a bad colour or date is PizhuError."""
    colors = []
    for text in args.color:
        color = parse_color(text)
        if color is None:
            names = ", ".join(info.color.value for info in COLOR_TABLE.values())
            raise PizhuError(f"export: unknown colour {text!r} (use {names})", code="usage")
        colors.append(color.value)
    return ExportFilter(
        colors=frozenset(colors),
        tags=frozenset(tag.strip() for tag in args.tag if tag.strip()),
        words=tuple(args.words.split()),  # as typed: the filter folds them to match
        kinds=frozenset(args.kind),
        date_from=args.date_from,
        date_to=args.date_to,
        date_field=DateField(args.date_field),
        include_orphans=args.orphans,
    )


def run_export_command(args: argparse.Namespace) -> int:
    """Write the export and say what was written."""
    request = ExportRequest(
        format=args.format,
        destination=Path(args.out).expanduser(),
        scope=ExportScope(tuple(args.speech), tuple(args.collection)),
        export_filter=export_filter_from(args),
        include_points=args.points,
        zone=UTC if args.utc else local_zone(),
        language=EXPORT_LANGUAGES[args.language],
    )
    into_folder = request.destination.is_dir()
    if not into_folder:
        # A destination that cannot work is refused before the library is even opened.
        check_destination(request.destination)
    with open_cli_library(args) as library:
        if request.scope.is_library and not _holds_speeches(library):
            raise ExportError(
                f"{library.path}: the library holds no speeches (none imported, or all in the "
                "trash): nothing to export",
                code="nothing-to-export",
            )
        source = LibraryReader(library)
        if into_folder:  # named as the export dialog would propose
            named = request.destination / _file_name(source, request)
            request = replace(request, destination=named)
        outcome = run_export(source, request)
    print(format_outcome(outcome), flush=True)
    return EXIT_OK


def _holds_speeches(library: Library) -> bool:
    """Whether a collection out of the trash holds a speech."""
    return any(collection.speech_count for collection in library.store.collections())


def _file_name(source: LibraryReader, request: ExportRequest) -> str:
    """The file name an export proposes (``core.export.file_names``), in its language."""
    return proposed_file_name(
        source,
        request.scope,
        request.export_filter,
        format_name=request.format,
        words=export_words(request.language),
    )


def format_outcome(outcome: ExportOutcome) -> str:
    """One line: what was written where."""
    return (
        f"wrote {outcome.path} ({outcome.format}): {counted(outcome.annotations, 'annotation')}"
        f" from {counted(outcome.speeches, 'speech')}"
    )


def run_import_annotations(args: argparse.Namespace) -> int:
    """Import a JSON file of annotations and print the report."""
    with open_cli_library(args) as library:
        report = import_annotation_file(library, Path(args.file).expanduser())
    for line in format_import_report(report):
        print(line)
    return EXIT_OK


def format_import_report(report: AnnotationImportReport) -> list[str]:
    """The report as lines: the counts, re-anchoring by state, then each unmatched speech."""
    lines = [
        f"{report.path}: {counted(report.total, 'annotation')}: {report.added} added, "
        f"{report.updated} updated, {report.unchanged} unchanged, "
        f"{report.kept} kept (newer in the library), {report.unmatched_count} not matched"
    ]
    if report.in_trash:
        lines.append(
            f"in the trash, counted above: {counted(report.in_trash, 'annotation')}"
            " (the app's File > Trash... restores them)"
        )
    if report.anchors:
        states = ", ".join(f"{count} {state}" for state, count in sorted(report.anchors.items()))
        lines.append(f"placed by their quote in a changed text: {states}")
    lines.extend(
        f"no speech in the library for {target.title or target.source!r}"
        f" ({target.source}): {counted(target.count, 'annotation')} not imported"
        for target in report.unmatched
    )
    return lines
