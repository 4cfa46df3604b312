"""Library commands: ``import FILE…``, ``list``, ``check`` and ``backup``.

``import`` takes each file in its own transaction: a file that cannot be imported is named on
stderr (one line) and leaves the library as it was, the other files are still imported, and the
exit status is 2 if any file failed. A problem with the library itself (damaged, busy, newer
schema) stops the command at once. A speech the library already holds from another file is not
imported again (each is named, with where the library has it) unless --allow-duplicates.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.app_paths import library_path
from desktop.cli import EXIT_INTERRUPTED
from desktop.cli.library_option import (
    add_library_option,
    no_library,
    open_cli_library,
    open_existing_library,
)
from desktop.cli.outline import print_notices
from desktop.cli.window_lock import no_window_open
from desktop.cli.wording import counted, numbered_title, plain
from desktop.core.annotation import AnchorState
from desktop.core.errors import DocumentError, LibraryError
from desktop.core.storage.backup import BackupKind, latest_backup, list_backups
from desktop.core.storage.import_report import ImportReport
from desktop.core.storage.library import Library
from desktop.core.storage.library_store import ImportStatus
from desktop.core.storage.restore import restore_backup

if TYPE_CHECKING:
    from desktop.core.importing.office_convert import DocxConvert

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def register(sub: Any) -> None:
    """Add the ``import``, ``list``, ``check`` and ``backup`` commands."""
    parser = sub.add_parser(
        "import",
        help="import files into the library (a changed file updates its collection)",
        description=plain(__doc__.split("\n\n")[1]),
    )
    parser.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="a file to import (txt, docx, md, html, pdf; doc, wps with LibreOffice), or a folder",
    )
    parser.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="import speeches the library already holds from another file all the same",
    )
    add_library_option(parser)
    parser.set_defaults(handler=run_import)

    parser = sub.add_parser("list", help="list the collections and speeches of the library")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_library_option(parser)
    parser.set_defaults(handler=run_list)

    parser = sub.add_parser("check", help="check the library file's integrity")
    add_library_option(parser)
    parser.set_defaults(handler=run_check)

    parser = sub.add_parser(
        "backup",
        help="back up the library now, or list or restore backups",
        description="Without an option, back up the library now and print the backup's path.",
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list the backups, newest first")
    action.add_argument(
        "--restore",
        metavar="BACKUP",
        help="put BACKUP (a backup's path, as --list prints it, or 'latest') in the library's"
        " place; the file it replaces is kept beside it",
    )
    add_library_option(parser)
    parser.set_defaults(handler=run_backup)


def run_import(args: argparse.Namespace) -> int:
    """Import each FILE (a folder: the files in it) in its own transaction, one line each."""
    from desktop.core.importing.extensions import files_to_import
    from desktop.core.importing.office_batch import converting

    # An import into a new path is how a library is made (the only command that makes one).
    with open_cli_library(args, create=True) as library:
        # Messages name the paths as given (a link, not where it leads); only the collection's
        # identity is the resolved path, so two links to one file update one collection.
        paths = files_to_import(Path(name).expanduser().absolute() for name in args.files)
        with converting(paths) as convert:  # old Word files: many per LibreOffice run
            return _import_each(args, library, paths, convert)


def _import_each(
    args: argparse.Namespace, library: Library, paths: list[Path], convert: DocxConvert | None
) -> int:
    from desktop.core.importing import import_file  # the importer only when used (not for gui)

    failed = imported = 0
    for number, path in enumerate(paths):
        try:
            document = import_file(path, convert=convert)
            document.source = str(path.resolve())
            report = library.store.import_document(document, keep_duplicates=args.allow_duplicates)
        except KeyboardInterrupt:
            # Ctrl+C: this file's transaction was rolled back; those before it are kept
            left = len(paths) - number - 1
            print(interrupted_import(path, left, imported), file=sys.stderr)
            return EXIT_INTERRUPTED
        except DocumentError as error:
            print(f"error: {error}", file=sys.stderr)
            failed += 1
            continue
        except LibraryError as error:
            if error.code not in ("invalid",):
                raise
            print(f"error: {path}: {error.message}", file=sys.stderr)
            failed += 1
            continue
        print_notices(str(path), document)
        print(format_import(path, report), flush=True)
        for line in format_duplicates(report):
            print(line, flush=True)
        # A file whose every speech the library held made nothing the library keeps.
        imported += report.status != ImportStatus.DUPLICATE
    return EXIT_BAD_INPUT if failed else EXIT_OK


def interrupted_import(path: Path, left: int, imported: int) -> str:
    """The line Ctrl+C ends an import with: what was not imported and what the library keeps
    (each file is one transaction, so the library holds whole files only)."""
    if left:
        line = f"interrupted: {path} and the {counted(left, 'file')} after it were not imported"
    else:
        line = f"interrupted: {path} was not imported"
    return f"{line}; the library keeps the {counted(imported, 'file')} imported before it"


def format_import(path: Path, report: ImportReport) -> str:
    """One line: collection id, what happened, speeches, noise removed, re-anchoring summary
    (and trashed annotations left without their passage, when there are any)."""
    held = len(report.duplicates)
    if report.status == ImportStatus.DUPLICATE:
        return (
            f"{path}: not imported: {'its speech is' if held == 1 else f'all {held} speeches are'}"
            " already in the library (--allow-duplicates imports them all the same)"
        )
    parts = [counted(report.speeches, "speech")]
    if held:
        parts[0] += f" ({held} already in the library, not imported)"
    changes = [
        f"{count} {what}"
        for count, what in (
            (report.speeches_added, "added"),
            (report.speeches_changed, "changed"),
            (report.speeches_removed, "removed"),
            (report.speeches_missing, "kept though missing from the file"),
        )
        if count and report.status != "created"
    ]
    if changes:
        parts[0] += f" ({', '.join(changes)})"
    parts.append(f"{report.noise_removed} noise removed")
    parts.append(f"annotations: {format_anchors(report.anchors)}")
    if report.trashed_orphaned:  # apart, as the window's report: not counted as live orphans
        parts.append(f"{report.trashed_orphaned} in the trash whose passage was not found")
    return f"{path}: collection {report.collection_id} {report.status}: " + "; ".join(parts)


def format_duplicates(report: ImportReport) -> list[str]:
    """One line per speech left out: where the library already holds it (and whether the
    two texts differ slightly: width, spaces, line breaks)."""
    return [
        f"  {numbered_title(found.index, f'《{found.title}》')} already in the library as"
        f" 《{found.speech_title}》 in collection {found.collection_id} ({found.collection_title})"
        + (
            "; the texts differ slightly (punctuation, spaces or line breaks)"
            if found.differs
            else ""
        )
        for found in report.duplicates
    ]


def format_anchors(anchors: dict[str, int]) -> str:
    """The re-anchoring counts, every state named ("none re-anchored" when there were none)."""
    if not sum(anchors.values()):
        return "none re-anchored"
    return ", ".join(f"{anchors.get(state, 0)} {state}" for state in AnchorState)


def run_list(args: argparse.Namespace) -> int:
    """Print the collections and their speeches."""
    with open_cli_library(args) as library:
        data = [
            {
                "id": collection.id,
                "title": collection.title,
                "source": collection.source,
                "speeches": [
                    {
                        "id": speech.id,
                        "index": speech.index,
                        "title": speech.title,
                        "date": speech.date,
                        "speaker": speech.speaker,
                    }
                    for speech in library.store.speeches(collection.id)
                ],
            }
            for collection in library.store.collections()
        ]
    if args.json:
        json.dump({"collections": data}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for collection in data:
        source = f"  ({collection['source']})" if collection["source"] else ""
        print(f"collection {collection['id']}  {collection['title']}{source}")
        for speech in collection["speeches"]:
            meta = "  ".join(m for m in (speech["date"], speech["speaker"]) if m)
            named = numbered_title(speech["index"], speech["title"])
            print(f"  speech {speech['id']}  {named}  {meta}".rstrip())
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """Run integrity_check and foreign_key_check; print ``ok`` or the problems."""
    with open_existing_library(args) as library:
        problems = library.db.check()
    if not problems:
        print("ok")
        return EXIT_OK
    for problem in problems:
        print(problem)
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    raise LibraryError(
        f"the library failed its integrity check: {problems[0]}{more}",
        code="corrupt",
        path=library.path,
    )


def run_backup(args: argparse.Namespace) -> int:
    """Back up now, list the backups, or restore one."""
    path = library_path(args.library).expanduser().absolute()
    if args.list:
        backups = list_backups(path)
        if not backups and not path.exists():
            # A library gone with its backups still there lists them (to restore one); with
            # neither, the path is most likely mistyped.
            raise no_library(path, args.library)
        for info in backups:
            # a daily backup is named by its day alone: no time of day is made up for it
            taken = (
                f"{info.taken:%Y-%m-%d}"
                if info.kind == BackupKind.DAILY
                else f"{info.taken:%Y-%m-%d %H:%M:%S}"
            )
            print(f"{info.path}  {info.kind}  {taken}  {info.size} bytes")
        return EXIT_OK
    if args.restore:
        return _restore(path, args.restore)
    with open_existing_library(args) as library:
        info = library.db.backup()
    print(info.path)
    return EXIT_OK


def _restore(path: Path, which: str) -> int:
    if which == "latest":
        latest = latest_backup(path)
        if latest is None:
            raise LibraryError("the library has no backup", code="not-found", path=path)
        backup = latest.path
    else:
        backup = Path(which).expanduser().absolute()
    with no_window_open(path):
        aside = restore_backup(path, backup)
    kept = f"; the file it replaced was moved to {aside}" if aside else ""
    print(f"restored {backup} to {path}{kept}")
    return EXIT_OK
