"""``search QUERY [--speech ID]… [--limit N] [--notes] [--json | --csv PATH]``: every hit.

A query is exact text: several terms must all appear in a speech, "a phrase" or “一个短语” is one
term with its spaces, -term leaves out the speeches holding it. A term that starts with a Latin
letter is found at the start of a word (econ finds economy, not second), as in the app. Each
hit is printed with its speech, offsets (str indices into the canonical text), section path
and a keyword-in-context snippet. A speech whose title no line of its text shows (a
compilation's 篇N speech) and holds every term is printed first as ``ID:title  TITLE``,
without offsets (JSON: "titles").
A query that starts with a minus sign goes after ``--`` (``search -- -效能 革命``). Collections
in the trash are not searched (a speech of one named with ``--speech`` is). ``--csv`` writes
the hits as the search panel exports them (UTF-8 with a BOM, for Excel and WPS), titles that
hold the query first (their ``where`` column says ``title``, a hit's ``text`` or ``note``).
``--years``, ``--undated``, ``--speaker`` and ``--no-speaker`` keep the search (its hits in
texts, notes and titles) to some years and speakers, as the search panel's filter does.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from typing import Any

from desktop.cli.library_option import add_library_option, open_cli_library
from desktop.cli.numbers import count
from desktop.cli.speech_filter_options import (
    add_filter_options,
    filter_report,
    speech_filter_of,
    warn_of_unknown_speakers,
)
from desktop.cli.table_output import add_output_options, write_rows
from desktop.cli.wording import counted, plain
from desktop.core.section_paths import SectionPaths
from desktop.core.storage.kwic import DEFAULT_WIDTH
from desktop.core.storage.search_index import Hit, SearchResult, search
from desktop.core.storage.search_table import search_table, speech_cells


def register(sub: Any) -> None:
    """Add the ``search`` command."""
    parser = sub.add_parser(
        "search",
        help="find every occurrence of QUERY in the library",
        description=plain(__doc__),
    )
    parser.add_argument("query", metavar="QUERY", help="the text to find (see above)")
    parser.add_argument(
        "--speech", type=int, action="append", metavar="ID", help="search this speech (repeatable)"
    )
    parser.add_argument("--limit", type=count, metavar="N", help="print at most N hits")
    parser.add_argument("--notes", action="store_true", help="search notes and quotes instead")
    parser.add_argument(
        "--width",
        type=count,
        default=DEFAULT_WIDTH,
        metavar="N",
        help="characters of context on each side (default: %(default)s)",
    )
    add_filter_options(parser)
    add_output_options(parser)
    add_library_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Search the library and print the hits."""
    speech_filter = speech_filter_of(args)
    with open_cli_library(args) as library:
        for speech_id in args.speech or ():
            library.store.speech(speech_id)  # LibraryError not-found for an unknown id
        sections = SectionPaths(library.store.outline)
        with library.db.read() as conn:
            warn_of_unknown_speakers(conn, speech_filter)
            result = search(
                conn,
                args.query,
                text_loader=library.store.speech_text,
                # The trash is not searched, unless a speech in it is named.
                speech_ids=args.speech or library.store.live_speech_ids(),
                notes_only=args.notes,
                limit=args.limit,
                section_lookup=sections,
                speech_filter=speech_filter,
            )
            if args.csv is not None:
                _write_csv(conn, result, args)
                return 0
            rows = [_row(result, hit, args.width) for hit in _hits(result, args.notes)]
    titles = [{"speech": hit.speech_id, "title": hit.title} for hit in result.title_hits]
    if args.json:
        report = {"query": args.query, **filter_report(speech_filter), "titles": titles}
        report["hits"] = rows
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.writelines(f"{title['speech']}:title  {title['title']}\n" for title in titles)
        sys.stdout.writelines(_line(row) + "\n" for row in rows)
        sys.stdout.write(_summary(result, args.notes) + "\n")
    return 0


def _write_csv(conn: sqlite3.Connection, result: SearchResult, args: argparse.Namespace) -> None:
    hits = _hits(result, args.notes)
    rows = [*result.title_hits, *hits]  # titles first, as they are printed
    cells = speech_cells(conn, {hit.speech_id for hit in rows})
    write_rows(search_table(result, rows, cells.__getitem__, args.width), args.csv)


def _hits(result: SearchResult, notes: bool) -> list[Hit]:
    return list(result.note_hits if notes else result.hits)


def _row(result: SearchResult, hit: Hit, width: int) -> dict[str, Any]:
    row: dict[str, Any] = {"speech": hit.speech_id, "start": hit.start, "end": hit.end}
    if hit.annotation_id is not None:
        row["annotation"] = hit.annotation_id
    row["section"] = result.section(hit)
    row["snippet"] = result.snippet(hit, width).line()
    return row


def _line(row: dict[str, Any]) -> str:
    where = f"{row['speech']}:{row['start']}-{row['end']}"
    if "annotation" in row:
        where += f" note {row['annotation']}"
    section = f"  [{row['section']}]" if row["section"] else ""
    return f"{where}{section}  {row['snippet']}"


def _summary(result: SearchResult, notes: bool) -> str:
    total = result.note_total if notes else result.text_total
    shown = len(result.note_hits if notes else result.hits)
    found = counted(shown, "hit") if shown == total else f"{shown} of {counted(total, 'hit')}"
    return f"{found}, {counted(len(result.title_hits), 'title')}" if result.title_hits else found
