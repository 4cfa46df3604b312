"""The ``tags`` command: every tag with its count, or one tag renamed or deleted everywhere."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.library_option import add_library_option, open_cli_library
from desktop.cli.wording import counted
from desktop.core.storage.tag_edits import tag_name

EXIT_OK = 0


def register(sub: Any) -> None:
    """Add the ``tags`` command."""
    parser = sub.add_parser(
        "tags",
        help="list the tags with how many annotations (not in the trash) carry each;"
        " or rename or delete a tag on every annotation",
    )
    change = parser.add_mutually_exclusive_group()
    change.add_argument(
        "--rename",
        nargs=2,
        metavar=("OLD", "NEW"),
        help="rename tag OLD to NEW (a NEW that exists already merges the two)",
    )
    change.add_argument("--delete", metavar="TAG", help="take TAG off every annotation")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_library_option(parser)
    parser.set_defaults(handler=run_tags)


def run_tags(args: argparse.Namespace) -> int:
    """List the tags, or rename or delete one (each change one transaction)."""
    with open_cli_library(args) as library:
        if args.rename is not None:
            old, new = args.rename
            count = library.annotations.rename_tag(old, new)
            print(f"renamed {old} to {tag_name(new)} on {counted(count, 'annotation')}")
            return EXIT_OK
        if args.delete is not None:
            count = library.annotations.delete_tag(args.delete)
            print(f"deleted {args.delete} from {counted(count, 'annotation')}")
            return EXIT_OK
        counts = library.annotations.tag_counts()
    if args.json:
        data = [{"tag": tag, "annotations": count} for tag, count in counts.items()]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for tag, count in counts.items():
            print(f"{count:>6}  {tag}")
    return EXIT_OK
