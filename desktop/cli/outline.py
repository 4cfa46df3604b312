"""``outline FILE [--json]``: import a file without a library and print its speeches and outline."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from desktop.cli.wording import numbered_title
from desktop.core.document import OutlineNode
from desktop.core.imported import ImportedDocument


def register(sub: Any) -> None:
    """Add the ``outline`` command."""
    parser = sub.add_parser("outline", help="print the speeches and outline recovered from FILE")
    parser.add_argument(
        "file",
        metavar="FILE",
        help="the file to read (txt, docx, md, html, pdf; doc, wps with LibreOffice); no library",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a tree")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Import FILE and print it."""
    from desktop.core.importing import import_file  # the importer only when used

    document = import_file(args.file)
    print_notices(args.file, document)
    if args.json:
        json.dump(document.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_tree(document))
    return 0


def print_notices(name: str, document: ImportedDocument) -> None:
    """Say on stderr what the user should check of how the file was read (a guessed
    encoding, a misnamed file), one line each: stdout keeps the outline alone."""
    for notice in document.notices:
        print(f"note: {name}: {notice.detail}", file=sys.stderr)


def format_tree(document: ImportedDocument) -> str:
    """The document as an indented tree, one line per speech and node."""
    facts = [document.format, document.encoding] + ([document.date] if document.date else [])
    lines = [f"{document.title}  [{', '.join(facts)}]"]
    for speech in document.speeches:
        meta = [m for m in (speech.date, speech.role, speech.speaker) if m]
        if speech.listed_title:
            meta.append(f"listed as {speech.listed_title}")
        suffix = f"  ({'; '.join(meta)})" if meta else ""
        lines.append(f"{numbered_title(speech.index, speech.title)}{suffix}")
        lines.extend(_node_lines(speech.outline, depth=1))
    if document.removed:
        counts = Counter(removal.kind for removal in document.removed)
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
        lines.append(f"removed: {summary}")
    return "\n".join(lines) + "\n"


def _node_lines(nodes: list[OutlineNode], depth: int) -> list[str]:
    lines = []
    for node in nodes:
        mark = "·" if node.kind == "point" else ""
        lines.append(f"{'  ' * depth}{mark}{node.label}  [{node.start}–{node.end}]")
        lines.extend(_node_lines(node.children, depth + 1))
    return lines
