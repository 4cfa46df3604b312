"""``compare OLD_ID NEW_ID [--json | --markdown] [--out PATH | --csv PATH] [--context N]``:
what wording changed between two speeches.

Two lines name the speeches, as ``diff`` names its files: ``---`` the old, ``+++`` the new,
each by its title, date, speaker and, where both bear one title, its file. Each change (hunk)
is printed with its number, kind (inserted, deleted, replaced), the section
of the new speech it falls in, its offsets (str indices into each canonical text), and the old
and new text with a little context, the changed part between [- -] and {+ +}. A last line
counts the changes and the characters added and removed. ``--json`` prints the same as data
(each side's id, title, date, speaker and file as the library keeps them);
``--markdown`` as Markdown (old struck through, new in bold), as the compare window exports it;
``--out PATH`` writes them in the form its extension names: .docx (a Word document, old struck
through, new underlined), .html, .md, .csv (one row per change, UTF-8 with a BOM) or .txt (the
lines); ``--csv PATH`` is ``--out`` for CSV. Speech ids are those ``list`` prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.library_option import add_library_option, open_cli_library
from desktop.cli.numbers import count
from desktop.cli.wording import plain
from desktop.core.compare_export import (
    DEFAULT_CONTEXT,
    ChangesFormat,
    ComparedSpeeches,
    format_of,
    hunk_data,
    section_paths,
    to_markdown,
    to_text,
    write_changes,
)
from desktop.core.errors import ExportError
from desktop.core.fileio import check_destination
from desktop.core.records import SpeechRecord
from desktop.core.source_names import side_names
from desktop.core.speech_compare import Comparison, compare_texts

# The forms --out writes, as --help lists them: Word first, for those who write in it.
OUT_FORMATS = (
    ChangesFormat.DOCX,
    ChangesFormat.HTML,
    ChangesFormat.MARKDOWN,
    ChangesFormat.CSV,
    ChangesFormat.TEXT,
)


def register(sub: Any) -> None:
    """Add the ``compare`` command."""
    parser = sub.add_parser(
        "compare", help="show what changed between two speeches", description=plain(__doc__)
    )
    parser.add_argument("old", type=int, metavar="OLD_ID", help="the earlier speech (its id)")
    parser.add_argument("new", type=int, metavar="NEW_ID", help="the later speech (its id)")
    printed = parser.add_mutually_exclusive_group()
    printed.add_argument("--json", action="store_true", help="print JSON instead of lines")
    printed.add_argument("--markdown", action="store_true", help="print Markdown instead of lines")
    written = parser.add_mutually_exclusive_group()
    written.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="write the changes to PATH, in the form its extension names: "
        + ", ".join(f".{form.value}" for form in OUT_FORMATS),
    )
    written.add_argument("--csv", type=Path, metavar="PATH", help="write CSV (UTF-8, BOM)")
    parser.add_argument(
        "--context",
        type=count,
        default=DEFAULT_CONTEXT,
        metavar="N",
        help="characters of context on each side (default: %(default)s)",
    )
    add_library_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Compare two speeches of the library and print the changes (or write them)."""
    target = _target(args)
    if target is not None:
        # A destination that cannot work is refused before the library is even opened.
        check_destination(target[0])
    with open_cli_library(args) as library:
        store = library.store
        old_text, new_text = store.speech_text(args.old), store.speech_text(args.new)
        comparison = compare_texts(old_text, new_text)
        records = store.speech(args.old), store.speech(args.new)
        # Two versions of one report share a title: their files tell them apart.
        old_source, new_source = (store.collection(r.collection_id).source for r in records)
        titles = records[0].title, records[1].title
        assert comparison is not None  # never cancelled here
        compared = ComparedSpeeches(
            *records,
            old_text,
            new_text,
            comparison,
            section_paths(store.outline, args.new, comparison),
            side_names(titles, (old_source, new_source)),
        )
    if target is not None:
        write_changes(compared, *target, context=args.context)
        return 0
    if args.json:
        report = _report(compared, (old_source, new_source), args.context)
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.markdown:
        sys.stdout.write(to_markdown(compared, context=args.context))
    else:
        sys.stdout.write(to_text(compared, args.context))
    return 0


def _target(args: argparse.Namespace) -> tuple[Path, ChangesFormat] | None:
    """Where ``--out`` or ``--csv`` writes, and in which form; a usage error for an extension
    that names none."""
    if args.csv is not None:
        return args.csv, ChangesFormat.CSV
    if args.out is None:
        return None
    form = format_of(args.out)
    if form is None:
        known = ", ".join(f".{form.value}" for form in OUT_FORMATS)
        raise ExportError(
            f"compare --out: unknown extension {args.out.suffix or '(none)'!r} (use {known})",
            code="usage",
            path=args.out,
        )
    return args.out, form


def _report(
    compared: ComparedSpeeches, sources: tuple[str | None, str | None], context: int
) -> dict[str, Any]:
    hunks = zip(compared.comparison.hunks, compared.sections, strict=True)
    return {
        "old": _speech(compared.old, sources[0]),
        "new": _speech(compared.new, sources[1]),
        "summary": _summary(compared.comparison),
        "hunks": [hunk_data(hunk, compared.texts, section, context) for hunk, section in hunks],
    }


def _speech(record: SpeechRecord, source: str | None) -> dict[str, Any]:
    """A side as data: its id, title, date, speaker, the file (or URL) it was read from as the
    library keeps it (null if not known), and its length."""
    return {
        "id": record.id,
        "title": record.title,
        "date": record.date,
        "speaker": record.speaker,
        "file": source,
        "length": record.length,
    }


def _summary(comparison: Comparison) -> dict[str, int]:
    return {
        "hunks": len(comparison.hunks),
        "added": comparison.added,
        "removed": comparison.removed,
    }
