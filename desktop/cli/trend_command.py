"""``trend TERM [--collection ID] [--by year|speaker] [--json | --csv PATH]``: a term's counts.

The occurrences of TERM (a query as ``search`` takes it) and the speeches holding it, per year
of the speeches' dates (undated ones apart, last) or per speaker (the most occurrences first),
over the library or one collection: the library search's own counts, summed. Tab-separated
year (or speaker), occurrences, speeches, and all the speeches of that year (or speaker), with
the term or without; ``--csv`` writes the table the app's "Counts by Year" dialog exports.
Collections in the trash are not counted. ``--years``, ``--undated``, ``--speaker`` and
``--no-speaker`` keep the counts to some years and speakers (their rows, and all the speeches
of each, alike).

Per year, every year between the first and the last dated one is listed: a year with no
speeches in the scope (a gap in the record, not a year without the term) has its occurrences
and speeches empty and all speeches 0 in the text and CSV, and in ``--json`` null occurrences
and speeches, ``"all_speeches": 0`` and ``"no_speeches": true`` (false on the other years).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.library_option import add_library_option, open_cli_library
from desktop.cli.speech_filter_options import (
    add_filter_options,
    filter_report,
    speech_filter_of,
    warn_of_unknown_speakers,
)
from desktop.cli.table_output import add_output_options, write_rows
from desktop.cli.wording import plain
from desktop.core.storage.term_trend import (
    TermTrend,
    TrendBy,
    TrendRow,
    term_trend,
    trend_table,
)

# What the rows without a year or a speaker are called in text and CSV (JSON has null).
NONE_LABELS = {TrendBy.YEAR: "undated", TrendBy.SPEAKER: "no speaker"}


def register(sub: Any) -> None:
    """Add the ``trend`` command."""
    parser = sub.add_parser(
        "trend",
        help="a term's occurrences and speeches per year or per speaker",
        description=plain(__doc__),
    )
    parser.add_argument("term", metavar="TERM", help="the words to count (search syntax)")
    parser.add_argument("--collection", type=int, metavar="ID", help="only this collection")
    parser.add_argument(
        "--by",
        choices=[by.value for by in TrendBy],
        default=TrendBy.YEAR.value,
        help="group by the speeches' year or speaker (default: %(default)s)",
    )
    add_filter_options(parser)
    add_output_options(parser)
    add_library_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Count the term and print (or write) its rows."""
    by = TrendBy(args.by)
    speech_filter = speech_filter_of(args)
    with open_cli_library(args) as library:
        store = library.store
        if args.collection is None:
            speech_ids = store.live_speech_ids()
        else:
            store.collection(args.collection)  # LibraryError not-found for an unknown id
            speech_ids = store.speech_ids_in(args.collection)
        with library.db.read() as conn:
            warn_of_unknown_speakers(conn, speech_filter)
            found = term_trend(
                conn, args.term, by=by, speech_ids=speech_ids, speech_filter=speech_filter
            )
    if args.csv is not None:
        write_rows(trend_table(found, NONE_LABELS[by]), args.csv)
    elif args.json:
        report = {**_report(found, args.collection), **filter_report(speech_filter)}
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        table = trend_table(found, NONE_LABELS[by])
        sys.stdout.writelines("\t".join(map(str, row)) + "\n" for row in table.rows)
    return 0


def _report(found: TermTrend, collection: int | None) -> dict[str, Any]:
    rows = [_row(found.by, row) for row in found.rows]
    return {
        "query": found.query,
        "by": found.by.value,
        "collection": collection,
        "occurrences": found.occurrences,
        "speeches": found.speeches,
        "rows": rows,
    }


def _row(by: TrendBy, row: TrendRow) -> dict[str, Any]:
    """One row's JSON: a year without speeches has nothing counted (null), and says so."""
    counted = not row.no_speeches
    figures: dict[str, Any] = {
        by.value: row.key,
        "occurrences": row.occurrences if counted else None,
        "speeches": row.speeches if counted else None,
        "all_speeches": row.of_speeches,
    }
    if by == TrendBy.YEAR:
        figures["no_speeches"] = not counted
    return figures
