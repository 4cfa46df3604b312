"""Importing W3C Web Annotation JSON into the library: restoring a backup, or merging one.

Each annotation of the file is matched by id first: one the library already holds is updated
only if the file's copy was modified later (and comes back out of the trash only if it was
modified after it was trashed); otherwise the library's copy stays. A new id is added to the
speech its target names (``annotation_targets``). Where that speech's text is not the text the
annotation was made on, it is re-anchored by its quote (``anchoring.reanchor_all`` without the
old text); one whose words are gone is kept as an orphan with its quote and note.

Everything happens in one transaction: a file that fails half-way changes nothing. Importing
the same file twice changes nothing the second time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.anchoring import AnchorTarget, reanchor_all, settled_state
from desktop.core.annotation import AnchorState, Annotation, AnnotationKind, TextQuote, utc_now
from desktop.core.document import text_hash
from desktop.core.errors import CancelledError, DocumentError
from desktop.core.export.web_annotation_parse import (
    ParsedAnnotation,
    SpeechRef,
    parse_annotation_collection,
)
from desktop.core.storage.annotation_targets import SpeechDirectory
from desktop.core.storage.annotation_values import first_marked
from desktop.core.storage.library import Library
from desktop.core.storage.storing import Storing, told_storing

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]

MAX_FILE_SIZE = 256 * 1024 * 1024
"""A bigger file is not an annotation backup (a million annotations are about 1 GB less)."""


@dataclass(frozen=True, slots=True)
class UnmatchedTarget:
    """A speech named by the file that the library does not hold, and how many notes it had."""

    source: str
    title: str
    count: int


@dataclass(slots=True)
class AnnotationImportReport:
    """What importing a file of annotations did.

    ``unchanged``: the library held the same version; ``kept``: the library's copy was newer.
    ``in_trash``: of the annotations the library held, those the import left in the trash
    (their own trashing, or their collection's), where the trash can restore them.
    ``anchors`` counts, by ``AnchorState``, the annotations placed by their quote because the
    speech's text differs from the one they were made on (orphans included). ``created_ids``
    and ``replaced`` say which annotations it added and changed, so the change can be undone.
    """

    total: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0
    in_trash: int = 0
    anchors: dict[str, int] = field(default_factory=dict)
    unmatched: list[UnmatchedTarget] = field(default_factory=list)
    path: str | None = None
    created_ids: list[str] = field(default_factory=list)
    """The ids of the annotations added, in the order they were stored."""
    replaced: list[tuple[Annotation, Annotation]] = field(default_factory=list)
    """Each updated annotation as the library held it before, and as stored by the import."""

    @property
    def unmatched_count(self) -> int:
        """How many annotations found no speech and were not imported."""
        return sum(target.count for target in self.unmatched)

    @property
    def changed(self) -> bool:
        """True when the import added or updated anything."""
        return bool(self.added or self.updated)


def read_annotation_file(path: str | Path) -> list[ParsedAnnotation]:
    """The annotations of a W3C JSON file; DocumentError naming the file when it is not one."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_SIZE:
            raise DocumentError("the file is too large", code="too-large", path=path)
        data = path.read_bytes()
    except IsADirectoryError:
        raise DocumentError("this is a folder, not a file", code="unreadable", path=path) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise DocumentError(
            f"cannot read the file: {reason}", code="unreadable", path=path
        ) from None
    try:
        return parse_annotation_collection(data)
    except DocumentError as error:
        raise DocumentError(error.message, code=error.code, path=path) from None


def import_annotation_file(
    library: Library,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    storing: Storing | None = None,
) -> AnnotationImportReport:
    """Read a W3C JSON file and import its annotations (see ``import_annotations``)."""
    parsed = read_annotation_file(path)
    report = import_annotations(library, parsed, progress=progress, cancel=cancel, storing=storing)
    report.path = str(path)
    return report


def import_annotations(
    library: Library,
    parsed: Sequence[ParsedAnnotation],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    storing: Storing | None = None,
) -> AnnotationImportReport:
    """Restore or merge ``parsed`` into the library in one transaction; return what it did.

    ``storing(True)`` is called just before the transaction asks for the write lock,
    ``storing(False)`` once it ended (always), as ``LibraryStore.import_document`` does.
    """
    report = AnnotationImportReport(total=len(parsed))
    anchors: Counter[str] = Counter()
    unmatched: dict[tuple[str, str], int] = {}
    with told_storing(storing), library.db.transaction():
        plan = _plan(library, parsed, report, unmatched, progress, cancel)
        for done, (speech_id, entries) in enumerate(plan.items()):
            _check(cancel)
            _report(progress, 0.5 + 0.5 * done / max(1, len(plan)), "save")
            _save_speech(library, speech_id, entries, report, anchors)
    report.anchors = dict(anchors)
    report.unmatched = [UnmatchedTarget(s, t, n) for (s, t), n in unmatched.items()]
    _report(progress, 1.0, "save")
    return report


_Entry = tuple[ParsedAnnotation, Annotation | None]


def _plan(
    library: Library,
    parsed: Sequence[ParsedAnnotation],
    report: AnnotationImportReport,
    unmatched: dict[tuple[str, str], int],
    progress: Progress | None,
    cancel: Cancel | None,
) -> dict[int, list[_Entry]]:
    """The annotations to write, by speech; counts those left as they are or unmatched."""
    directory = _directory(library)
    trashed = _speeches_in_trashed_collections(library)
    plan: dict[int, list[_Entry]] = defaultdict(list)
    for number, item in enumerate(parsed):
        if number % 200 == 0:
            _check(cancel)
            _report(progress, 0.5 * number / max(1, len(parsed)), "match")
        existing = library.annotations.find(item.id)
        if existing is not None and _stays_in_trash(item, existing, trashed):
            report.in_trash += 1
        if existing is not None and not _later(_time_of(item), existing.modified):
            if _later(existing.modified, _time_of(item)):
                report.kept += 1
            else:
                report.unchanged += 1
            continue
        # The id says which annotation it is; its speech is then the one it is on already.
        speech_id = existing.speech_id if existing is not None else _match(directory, item.speech)
        if speech_id is None:
            key = (item.speech.source, item.speech.title)
            unmatched[key] = unmatched.get(key, 0) + 1
            continue
        plan[speech_id].append((item, existing))
    return plan


def _directory(library: Library) -> SpeechDirectory:
    collections = library.store.collections()
    speeches = [s for c in collections for s in library.store.speeches(c.id)]
    return SpeechDirectory(collections, speeches)


def _speeches_in_trashed_collections(library: Library) -> set[int]:
    trashed = library.store.trashed_collections()
    return {speech_id for c in trashed for speech_id in library.store.speech_ids_in(c.id)}


def _stays_in_trash(item: ParsedAnnotation, existing: Annotation, trashed: set[int]) -> bool:
    """Whether the library's annotation is in the trash after the import (updated or not)."""
    if existing.speech_id in trashed:
        return True  # its collection's trashing outlasts any copy of the file
    if not _later(_time_of(item), existing.modified):
        return existing.deleted is not None  # left as it is
    return _trash_flag(item, existing) is not None


def _match(directory: SpeechDirectory, ref: SpeechRef) -> int | None:
    found = directory.match(ref)
    return found.id if found is not None else None


def _save_speech(
    library: Library,
    speech_id: int,
    entries: list[_Entry],
    report: AnnotationImportReport,
    anchors: Counter[str],
) -> None:
    """Place every entry of one speech in its current text and store it."""
    text = library.store.speech_text(speech_id)
    placed = _place(speech_id, [item for item, _ in entries], text, anchors)
    for (item, existing), annotation in zip(entries, placed, strict=True):
        if existing is None:
            library.annotations.add(annotation)
            report.created_ids.append(annotation.id)
            report.added += 1
        else:
            stored = library.annotations.put(
                replace(annotation, deleted=_trash_flag(item, existing))
            )
            report.replaced.append((existing, stored))
            report.updated += 1


def _place(
    speech_id: int, items: list[ParsedAnnotation], text: str, anchors: Counter[str]
) -> list[Annotation]:
    """The annotations as stored on this speech: as they were where the text is the same,
    else re-anchored by quote (one search of the text serves them all)."""
    current = text_hash(text)
    annotations = [_as_annotation(item, speech_id, current) for item in items]
    moving = [i for i, item in enumerate(items) if _needs_anchoring(item, text, current)]
    targets = [_anchor_target(items[i]) for i in moving]
    for i, anchor in zip(moving, reanchor_all(None, text, targets), strict=True):
        # Its words at another offset than in the file moved: without the text the file was
        # made on there is no diff to tell that they stand untouched (as a re-import has).
        state = settled_state(anchor, items[i].start)
        anchors[str(state)] += 1
        if state == AnchorState.ORPHANED or anchor.start is None or anchor.end is None:
            # The words are gone: keep the quote (and the hash of the text it quotes).
            annotations[i] = replace(
                annotations[i], start=None, end=None, state=AnchorState.ORPHANED.value
            )
            continue
        quote = TextQuote.from_text(text, anchor.start, anchor.end)
        before = annotations[i]
        annotations[i] = replace(
            before,
            start=anchor.start,
            end=anchor.end,
            quote=quote,
            text_hash=current,
            state=str(state),
            marked_quote=first_marked(before.exact, before.marked_quote, quote.exact),
        )
    return annotations


def _anchor_target(item: ParsedAnnotation) -> AnchorTarget:
    # Without the old text, stored positions only hint where to look first.
    quote = item.quote or TextQuote("", "", "")
    return AnchorTarget(quote, item.start, item.end)


def _as_annotation(item: ParsedAnnotation, speech_id: int, current_hash: str) -> Annotation:
    """The annotation as the file has it, with times filled in for files that lack them."""
    annotation = item.to_annotation(speech_id)
    created = item.created or item.modified or utc_now()
    return replace(
        annotation,
        created=created,
        modified=item.modified or created,
        text_hash=annotation.text_hash or current_hash,
    )


def _needs_anchoring(item: ParsedAnnotation, text: str, current_hash: str) -> bool:
    """True for a range whose positions do not hold its words in this text."""
    if item.kind == AnnotationKind.SPEECH_NOTE or item.quote is None:
        return False
    if item.speech.text_hash != current_hash or item.start is None or item.end is None:
        return True
    return text[item.start : item.end] != item.quote.exact


def _trash_flag(item: ParsedAnnotation, existing: Annotation) -> str | None:
    """A trashed annotation comes back only if the file's copy was changed after the trashing."""
    if existing.deleted is None or _later(_time_of(item), existing.deleted):
        return None
    return existing.deleted


def _time_of(item: ParsedAnnotation) -> str:
    return item.modified or item.created


def _later(first: str, second: str) -> bool:
    """True when time ``first`` is after ``second`` (ISO 8601; no time is earliest)."""
    return _instant(first) > _instant(second)


def _instant(value: str) -> datetime:
    if not value:
        return datetime.min.replace(tzinfo=UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    # Our times are UTC; a time without a zone from another tool is taken as UTC too.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _report(progress: Progress | None, fraction: float, stage: str) -> None:
    if progress is not None:
        progress(fraction, stage)


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise CancelledError("the import was cancelled")
