"""Annotation commands: ``annotate``, ``annotations``, ``delete``, ``trash``, ``restore`` and
``accept-place``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from desktop.cli.library_option import add_library_option, open_cli_library
from desktop.cli.wording import counted
from desktop.core.annotation import Annotation, AnnotationKind, Color
from desktop.core.errors import LibraryError, PizhuError
from desktop.core.storage.annotation_placing import AcceptRefusal, refusal_to_accept
from desktop.core.storage.annotation_values import find_quote

EXIT_OK = 0

ANNOTATION_HELP = "an annotation's id, as annotations prints it"


def register(sub: Any) -> None:
    """Add the annotation commands."""
    parser = sub.add_parser(
        "annotate",
        help="highlight or annotate a range of a speech; prints the new id once it is saved",
    )
    parser.add_argument(
        "--speech",
        type=int,
        required=True,
        metavar="ID",
        help="the speech to mark (its id, as list prints it)",
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--quote", metavar="TEXT", help="the words to mark, as they appear")
    target.add_argument(
        "--start",
        type=int,
        metavar="S",
        help=("the first character to mark, as an offset into the speech's text (needs --end)"),
    )
    parser.add_argument(
        "--end", type=int, metavar="E", help="the offset just after the last character to mark"
    )
    parser.add_argument(
        "--occurrence", type=int, default=1, metavar="N", help="mark the Nth occurrence of --quote"
    )
    parser.add_argument(
        "--color",
        choices=[c.value for c in Color],
        help=(
            "the highlight's colour (default: yellow; a --note without a colour is a note on"
            " the range, not a highlight)"
        ),
    )
    parser.add_argument("--note", default="", metavar="TEXT", help="the note (Markdown)")
    parser.add_argument(
        "--tag", action="append", default=[], metavar="T", help="a tag to give it (repeatable)"
    )
    add_library_option(parser)
    parser.set_defaults(handler=run_annotate)

    parser = sub.add_parser("annotations", help="list annotations (not those in the trash)")
    parser.add_argument(
        "--speech",
        type=int,
        metavar="ID",
        help="only the annotations of this speech (its id, as list prints it)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_library_option(parser)
    parser.set_defaults(handler=run_annotations)

    parser = sub.add_parser("delete", help="move an annotation to the trash")
    parser.add_argument("id", metavar="ID", help=ANNOTATION_HELP)
    add_library_option(parser)
    parser.set_defaults(handler=run_delete)

    parser = sub.add_parser("trash", help="list the annotations in the trash, or empty it")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--empty",
        action="store_true",
        help="delete everything in the trash for good: annotations and collections",
    )
    add_library_option(parser)
    parser.set_defaults(handler=run_trash)

    parser = sub.add_parser("restore", help="take an annotation back out of the trash")
    parser.add_argument("id", metavar="ID", help="an annotation's id, as trash prints it")
    add_library_option(parser)
    parser.set_defaults(handler=run_restore)

    parser = sub.add_parser(
        "accept-place",
        help="keep moved or fuzzy annotations where they were found after their text changed",
    )
    parser.add_argument("ids", nargs="+", metavar="ID", help=ANNOTATION_HELP)
    add_library_option(parser)
    parser.set_defaults(handler=run_accept_place)


def run_annotate(args: argparse.Namespace) -> int:
    """Save one annotation and print its id (only after the commit)."""
    if args.quote is None and args.end is None:
        raise _usage("--start needs --end")
    if args.quote is not None and args.end is not None:
        raise _usage("--end goes with --start, not with --quote")
    if args.quote is None and args.occurrence != 1:
        raise _usage("--occurrence goes with --quote")
    # A note without a colour is a note on the range; anything else is a highlight.
    kind = AnnotationKind.NOTE if args.note and not args.color else AnnotationKind.HIGHLIGHT
    with open_cli_library(args) as library:
        start, end = args.start, args.end
        if args.quote is not None:
            text = library.store.speech_text(args.speech)
            start, end = find_quote(text, args.quote, args.occurrence)
        annotation = library.annotations.create(
            args.speech, kind, start, end, color=args.color, note=args.note, tags=args.tag
        )
    print(annotation.id, flush=True)
    return EXIT_OK


def run_annotations(args: argparse.Namespace) -> int:
    """Print the annotations of one speech or of the whole library."""
    with open_cli_library(args) as library:
        if args.speech is not None:
            library.store.speech(args.speech)  # a clear error for an unknown id
        found = library.annotations.annotations(args.speech)
    _print_annotations(found, as_json=args.json)
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    """Move one annotation to the trash."""
    with open_cli_library(args) as library:
        library.annotations.delete(args.id)
    print(f"moved {args.id} to the trash")
    return EXIT_OK


def run_trash(args: argparse.Namespace) -> int:
    """List the trash, or empty it."""
    with open_cli_library(args) as library:
        if args.empty:
            # The window's Empty Trash: annotations and collections, in one transaction.
            with library.db.transaction():
                collections = len(library.store.trashed_collections())
                count = library.empty_trash()
            annotations = counted(count - collections, "annotation")
            print(f"deleted {annotations} and {counted(collections, 'collection')} for good")
            return EXIT_OK
        found = library.annotations.trash()
    _print_annotations(found, as_json=args.json)
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Take one annotation out of the trash."""
    with open_cli_library(args) as library:
        library.annotations.restore(args.id)
    print(f"restored {args.id}")
    return EXIT_OK


def run_accept_place(args: argparse.Namespace) -> int:
    """Anchor moved or fuzzy annotations where they stand; none changes if one cannot be."""
    with open_cli_library(args) as library:
        found = library.annotations.find_many(args.ids)
        for annotation_id in args.ids:
            _check_place_to_accept(annotation_id, found.get(annotation_id))
        changed = library.annotations.accept_places(args.ids)
    print(f"accepted the place of {counted(len(changed), 'annotation')}")
    return EXIT_OK


def _check_place_to_accept(annotation_id: str, annotation: Annotation | None) -> None:
    """LibraryError unless ``annotation`` is a live moved or fuzzy one (checked before any
    is changed, so a mistyped id leaves every annotation as it was)."""
    refusal = refusal_to_accept(annotation)
    if refusal is None:
        return
    if refusal == AcceptRefusal.UNKNOWN:
        raise LibraryError(f"there is no annotation with id {annotation_id}", code="not-found")
    raise LibraryError(
        _REFUSALS[refusal].format(id=annotation_id, annotation=annotation), code="invalid"
    )


_REFUSALS = {
    AcceptRefusal.TRASHED: "annotation {id} is in the trash",
    AcceptRefusal.NOT_FOUND_ELSEWHERE: (
        "annotation {id} is {annotation.state}: only a moved or fuzzy annotation's place can be"
        " accepted"
    ),
    AcceptRefusal.NO_RANGE: "annotation {id} covers no range of its speech: no place to accept",
}
"""What the command line says for each refusal but ``unknown`` (not-found, not invalid)."""


def annotation_json(annotation: Annotation) -> dict[str, Any]:
    """The JSON shape of one annotation on the command line."""
    return {
        "id": annotation.id,
        "speech": annotation.speech_id,
        "kind": str(annotation.kind),
        "state": str(annotation.state),
        "start": annotation.start,
        "end": annotation.end,
        "exact": annotation.quote.exact,
        "prefix": annotation.quote.prefix,
        "suffix": annotation.quote.suffix,
        "color": annotation.color,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "created": annotation.created,
        "modified": annotation.modified,
    }


def _print_annotations(annotations: Sequence[Annotation], *, as_json: bool) -> None:
    if as_json:
        data = [annotation_json(annotation) for annotation in annotations]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for a in annotations:
        where = f"{a.start}–{a.end}" if a.is_range else "whole speech"
        note = f"  note: {' '.join(a.note.split())}" if a.note else ""
        tags = f"  tags: {', '.join(a.tags)}" if a.tags else ""
        print(
            f"{a.id}  speech {a.speech_id}  {a.kind} {a.color or ''}  {a.state}  {where}  "
            f"“{a.quote.exact}”{note}{tags}"
        )


def _usage(message: str) -> PizhuError:
    return PizhuError(f"annotate: {message}", code="usage")
