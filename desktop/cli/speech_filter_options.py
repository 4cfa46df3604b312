"""The options that keep ``search`` and ``trend`` to some years and speakers.

``--years 2019`` (one year), ``--years 2018-2021`` (both included; ``2021-2018`` is the same,
as in the search panel), ``--years 2018-`` (from 2018 on) or ``--years -2021`` (up to 2021);
``--undated`` the speeches with no date (with ``--years``: besides those years).
``--speaker NAME`` (any of them: repeatable, or several names on one line parted as the search
panel parts them, ``--speaker 温家宝、李克强``; each name exactly as the speech gives it) and
``--no-speaker`` the speeches naming nobody (with ``--speaker``: besides theirs). A speech's
year is the first four digits of its date.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from typing import Any

from desktop.core.errors import QueryError
from desktop.core.storage.speech_filter import (
    SpeechFilter,
    filter_choices,
    speakers_like,
    split_speakers,
    years_in_order,
)

_RANGE = re.compile(r"(?P<first>\d{1,4})?\s*(?P<dash>[-–~～])?\s*(?P<last>\d{1,4})?")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """Add --years, --undated, --speaker and --no-speaker."""
    parser.add_argument(
        "--years",
        type=year_range,
        metavar="RANGE",
        help="only speeches of these years: 2019, 2018-2021, 2018- or -2021",
    )
    parser.add_argument(
        "--undated",
        action="store_true",
        help="only speeches without a date (with --years: besides those years)",
    )
    parser.add_argument(
        "--speaker",
        action="extend",  # each flag's names (--speaker 温家宝、李克强) join the others'
        type=speaker_names,
        metavar="NAME",
        help="only this speaker's speeches (the exact name; any of several: repeat the option"
        " or part the names with 、 or a comma, as in 温家宝、李克强)",
    )
    parser.add_argument(
        "--no-speaker",
        action="store_true",
        help="only speeches naming no speaker (with --speaker: besides theirs)",
    )


def year_range(text: str) -> tuple[int | None, int | None]:
    """``--years``'s value as (first, last) year, either None when open."""
    found = _RANGE.fullmatch(text.strip())
    both = found is not None and found["first"] and found["last"]
    if found is None or not (found["first"] or found["last"]) or (both and not found["dash"]):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a year or a range of years (2019, 2018-2021, 2018- or -2021)"
        )
    first = int(found["first"]) if found["first"] else None
    last = int(found["last"]) if found["last"] else None
    if found["dash"] is None:
        last = first
    first, last = years_in_order(first, last)
    try:
        SpeechFilter(first, last)
    except QueryError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return first, last


def speaker_names(text: str) -> tuple[str, ...]:
    """``--speaker``'s names, parted as the search panel parts a line typed in its speaker box
    (``split_speakers``: 、，,；;), each trimmed; a value naming nobody is refused."""
    names = split_speakers(text)
    if not names:
        raise argparse.ArgumentTypeError("a speaker's name cannot be empty (--no-speaker?)")
    return names


def speech_filter_of(args: argparse.Namespace) -> SpeechFilter | None:
    """The filter the options ask for; None when they ask for none."""
    first, last = args.years or (None, None)
    speech_filter = SpeechFilter(
        first, last, args.undated, tuple(args.speaker or ()), args.no_speaker
    )
    return None if speech_filter.is_empty() else speech_filter


def filter_report(speech_filter: SpeechFilter | None) -> dict[str, Any]:
    """What a JSON report adds for the filter: its "filter", or nothing without one (the
    report of an unfiltered command stays as it was)."""
    return {} if speech_filter is None else {"filter": speech_filter.to_dict()}


def warn_of_unknown_speakers(conn: sqlite3.Connection, speech_filter: SpeechFilter | None) -> None:
    """A line on stderr for each ``--speaker`` no speech names, with the library's names that
    hold it (or that it holds): the search panel completes a name, the command line takes it
    exactly, and ``--speaker 温`` found nothing without a word of why."""
    if speech_filter is None or not speech_filter.speakers:
        return
    known = filter_choices(conn).speakers
    for name in speech_filter.speakers:
        if name in known:
            continue
        like = speakers_like(known, name)
        hint = f" (the library has {', '.join(like[:5])})" if like else ""
        print(f"--speaker {name}: no speech names this speaker{hint}", file=sys.stderr)
