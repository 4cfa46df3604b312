"""``compare OLD_ID NEW_ID [--json] [--context N]``: what wording changed between two speeches.

Each change (hunk) is printed with its number, kind (inserted, deleted, replaced), the section
of the new speech it falls in, its offsets (str indices into each canonical text), and the old
and new text with a little context, the changed part between [- -] and {+ +}. A last line
counts the changes and the characters added and removed. ``--json`` prints the same as data.
Speech ids are those ``list`` prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.library_option import add_library_option, open_cli_library
from desktop.cli.numbers import count
from desktop.cli.wording import counted, plain
from desktop.core.section_paths import SectionPaths
from desktop.core.speech_compare import Comparison, Hunk, compare_texts
from desktop.core.storage.library import Library

DEFAULT_CONTEXT = 10
_LINE_BREAK = "↵"  # a paragraph break inside a printed line


def register(sub: Any) -> None:
    """Add the ``compare`` command."""
    parser = sub.add_parser(
        "compare", help="show what changed between two speeches", description=plain(__doc__)
    )
    parser.add_argument("old", type=int, metavar="OLD_ID", help="the earlier speech (its id)")
    parser.add_argument("new", type=int, metavar="NEW_ID", help="the later speech (its id)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
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
    """Compare two speeches of the library and print the changes."""
    with open_cli_library(args) as library:
        old_text, new_text = (
            library.store.speech_text(args.old),
            library.store.speech_text(args.new),
        )
        comparison = compare_texts(old_text, new_text)
        assert comparison is not None  # never cancelled here
        sections = _sections(library, args.new, comparison)
        speeches = [_speech(library, args.old), _speech(library, args.new)]
    texts = (old_text, new_text)
    if args.json:
        report = {
            "old": speeches[0],
            "new": speeches[1],
            "summary": _summary(comparison),
            "hunks": [
                _hunk_data(hunk, texts, section, args.context)
                for hunk, section in zip(comparison.hunks, sections, strict=True)
            ],
        }
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    total = len(comparison.hunks)
    for number, (hunk, section) in enumerate(zip(comparison.hunks, sections, strict=True), 1):
        sys.stdout.write(_hunk_lines(number, total, hunk, texts, section, args.context))
    sys.stdout.write(_summary_line(comparison) + "\n")
    return 0


def _sections(library: Library, speech_id: int, comparison: Comparison) -> list[str]:
    """The section path in the new speech of each hunk's start."""
    paths = SectionPaths(library.store.outline)
    return [paths(speech_id, hunk.new_start) for hunk in comparison.hunks]


def _speech(library: Library, speech_id: int) -> dict[str, Any]:
    record = library.store.speech(speech_id)
    return {"id": record.id, "title": record.title, "length": record.length}


def _summary(comparison: Comparison) -> dict[str, int]:
    return {
        "hunks": len(comparison.hunks),
        "added": comparison.added,
        "removed": comparison.removed,
    }


def _summary_line(comparison: Comparison) -> str:
    if comparison.identical:
        return "no changes: the two texts are identical"
    changes = counted(len(comparison.hunks), "change")
    added, removed = counted(comparison.added, "character"), comparison.removed
    return f"{changes}: {added} added, {removed} removed"


def _hunk_data(hunk: Hunk, texts: tuple[str, str], section: str, context: int) -> dict[str, Any]:
    old, new = texts
    return {
        "kind": hunk.kind.value,
        "old": [hunk.old_start, hunk.old_end],
        "new": [hunk.new_start, hunk.new_end],
        "old_text": old[hunk.old_start : hunk.old_end],
        "new_text": new[hunk.new_start : hunk.new_end],
        "section": section,
        "before": new[max(0, hunk.new_start - context) : hunk.new_start],
        "after": new[hunk.new_end : hunk.new_end + context],
    }


def _hunk_lines(
    number: int, total: int, hunk: Hunk, texts: tuple[str, str], section: str, context: int
) -> str:
    old, new = texts
    where = f"old {hunk.old_start}-{hunk.old_end}, new {hunk.new_start}-{hunk.new_end}"
    heading = f"@@ {number}/{total} {hunk.kind.value}  {where}"
    if section:
        heading += f"  [{section}]"
    lines = [heading]
    if hunk.old_start < hunk.old_end:
        lines.append("- " + _in_context(old, hunk.old_start, hunk.old_end, context, "[-", "-]"))
    if hunk.new_start < hunk.new_end:
        lines.append("+ " + _in_context(new, hunk.new_start, hunk.new_end, context, "{+", "+}"))
    return "\n".join(lines) + "\n"


def _in_context(text: str, start: int, end: int, context: int, opening: str, closing: str) -> str:
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    line = f"{before}{opening}{text[start:end]}{closing}{after}"
    return line.replace("\n", _LINE_BREAK)
