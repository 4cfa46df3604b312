"""The annotated speech, laid out once for every annotated writer (HTML, Word, PDF).

A speech's canonical text becomes a list of blocks, one per line: the title, date and salutation
lines, headings with their outline level, body paragraphs, and the sign-off (an official
document's signature, a date after the body) that writers set at the right. Each block is cut
into runs where a highlight or an outline head (a heading glued to its paragraph, a point such
as 一是) starts or ends, so a writer only has to draw runs. An annotation with a note, tags or
words first marked that have since changed gets a numbered marker where its range ends; its
note is listed after that paragraph. Notes on the whole speech come first; annotations whose
words are no longer in the text (orphans) come last.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.document import NodeKind, OutlineNode, SpanKind, TextSpan, iter_nodes
from desktop.core.emphasis import bold_end
from desktop.core.export.model import ExportItem, ExportSet
from desktop.core.records import CollectionRecord, SpeechContent


class BlockKind(StrEnum):
    """What a line of the speech is."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    META = "meta"  # date and speaker lines
    SALUTATION = "salutation"
    HEADING = "heading"
    BODY = "body"
    SIGNATURE = "signature"  # the issuer's name over the closing date (落款)
    CLOSING_DATE = "closing-date"  # a date after the body


SIGN_OFF_KINDS = frozenset({BlockKind.SIGNATURE, BlockKind.CLOSING_DATE})
"""Lines set at the right, as GB/T 9704 prints an official document's 落款 and date."""


_SPAN_BLOCKS = {
    SpanKind.TITLE: BlockKind.TITLE,
    SpanKind.SUBTITLE: BlockKind.SUBTITLE,
    SpanKind.DATE: BlockKind.META,
    SpanKind.SPEAKER: BlockKind.META,
    SpanKind.SALUTATION: BlockKind.SALUTATION,
    SpanKind.TOC: BlockKind.META,
    SpanKind.SIGNATURE: BlockKind.SIGNATURE,
}


_HEAD_KINDS = {BlockKind.TITLE, BlockKind.SUBTITLE, BlockKind.META}


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of a line drawn one way; ``markers`` are note numbers drawn right after it."""

    text: str
    color: str | None = None
    emphasis: bool = False
    markers: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A numbered note and the annotation it shows."""

    number: int
    item: ExportItem


@dataclass(slots=True)
class Block:
    """One line of the speech: its kind, outline level (headings), runs and the notes after it."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    runs: list[Run] = field(default_factory=list)
    notes: list[NoteRef] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The line's text."""
        return "".join(run.text for run in self.runs)


@dataclass(slots=True)
class AnnotatedSpeech:
    """A speech laid out with its annotations."""

    content: SpeechContent
    collection: CollectionRecord | None
    speech_notes: list[ExportItem]
    blocks: list[Block]
    orphans: list[ExportItem]

    @property
    def notes(self) -> list[NoteRef]:
        """Every numbered note, in order."""
        return [note for block in self.blocks for note in block.notes]

    @property
    def has_title(self) -> bool:
        """True when the text has its own title line."""
        return any(block.kind == BlockKind.TITLE for block in self.blocks)

    def split_head(self) -> tuple[list[Block], list[Block]]:
        """The leading title, subtitle and date lines; then the rest (empty lines dropped)."""
        shown = [block for block in self.blocks if block.text or block.notes]
        count = 0
        while count < len(shown) and shown[count].kind in _HEAD_KINDS:
            count += 1
        return shown[:count], shown[count:]


def layout_all(data: ExportSet) -> list[AnnotatedSpeech]:
    """Every speech of the set, laid out with its items, in reading order."""
    by_speech: dict[int, list[ExportItem]] = {}
    for item in data.items:
        by_speech.setdefault(item.speech.id, []).append(item)
    return [
        layout_speech(
            content, data.collection_of(content.record), by_speech.get(content.record.id, [])
        )
        for content in data.speeches
    ]


def layout_speech(
    content: SpeechContent, collection: CollectionRecord | None, items: list[ExportItem]
) -> AnnotatedSpeech:
    """One speech's blocks, runs and numbered notes."""
    text = content.text
    placed = [item for item in items if _placeable(item, len(text))]
    whole = [item for item in items if item.annotation.start is None and not item.is_orphaned]
    shown = {id(item) for item in placed} | {id(item) for item in whole}
    orphans = [item for item in items if id(item) not in shown]
    return AnnotatedSpeech(content, collection, whole, _blocks(content, placed), orphans)


def _blocks(content: SpeechContent, placed: list[ExportItem]) -> list[Block]:
    """One block per line, its runs cut and its notes numbered on from the previous lines'."""
    lines = _lines(content.text)
    heads = _heads_by_line(content.outline, [start for start, _ in lines])
    markers = _markers_by_line(placed, lines)
    overlapping = _overlapping_by_line(placed, lines)
    blocks = []
    number = 0
    after_body = False
    for index, (start, end) in enumerate(lines):
        nodes = heads.get(index, [])
        block = _block(start, end, content.spans, nodes, after_body=after_body)
        if block.kind in (BlockKind.BODY, BlockKind.HEADING) and content.text[start:end].strip():
            after_body = True
        ending_here = markers.get(index, [])
        block.notes = [NoteRef(number + n, item) for n, item in enumerate(ending_here, 1)]
        number += len(block.notes)
        emphasis = [] if block.kind == BlockKind.HEADING else _emphasis(content.text, nodes, end)
        inside = overlapping.get(index, [])
        block.runs = _runs(content.text, start, end, inside, emphasis, block.notes)
        blocks.append(block)
    return blocks


def _placeable(item: ExportItem, length: int) -> bool:
    note = item.annotation
    if item.is_orphaned or note.start is None or note.end is None:
        return False
    return 0 <= note.start <= note.end <= length


def _has_marker(item: ExportItem) -> bool:
    # A highlight whose words changed since it was marked gets a note saying what was marked.
    note = item.annotation
    return bool(note.note.strip() or note.tags or note.marked_quote)


def _lines(text: str) -> list[tuple[int, int]]:
    """Start and end of every line (the text's paragraphs are joined by ``\\n``)."""
    lines = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def _heads_by_line(outline: list[OutlineNode], starts: list[int]) -> dict[int, list[OutlineNode]]:
    """The outline nodes that begin on each line, in order."""
    heads: dict[int, list[OutlineNode]] = {}
    for node in iter_nodes(outline):
        line = bisect.bisect_right(starts, node.start) - 1
        if line >= 0:
            heads.setdefault(line, []).append(node)
    return heads


def _markers_by_line(
    placed: list[ExportItem], lines: list[tuple[int, int]]
) -> dict[int, list[ExportItem]]:
    """Annotations with a note or tags, by the line holding their range's last character."""
    ends = [end for _, end in lines]
    by_line: dict[int, list[ExportItem]] = {}
    for item in sorted(placed, key=_marker_key):
        if not _has_marker(item):
            continue
        last = max(item.annotation.start or 0, (item.annotation.end or 0) - 1)
        line = min(bisect.bisect_left(ends, last), len(lines) - 1)
        by_line.setdefault(line, []).append(item)
    return by_line


def _overlapping_by_line(
    placed: list[ExportItem], lines: list[tuple[int, int]]
) -> dict[int, list[ExportItem]]:
    """The annotations overlapping each line, in ``placed``'s order: found by bisection, as
    asking every annotation of every line made a long speech's layout quadratic."""
    starts = [start for start, _ in lines]
    ends = [end for _, end in lines]
    by_line: dict[int, list[ExportItem]] = {}
    for item in placed:
        first = bisect.bisect_right(ends, item.annotation.start or 0)
        last = bisect.bisect_left(starts, item.annotation.end or 0)
        for index in range(first, last):
            if _overlaps(item, *lines[index]):
                by_line.setdefault(index, []).append(item)
    return by_line


def _marker_key(item: ExportItem) -> tuple[int, int, str]:
    note = item.annotation
    return (note.end or 0, note.start or 0, note.created)


def _block(
    start: int, end: int, spans: list[TextSpan], nodes: list[OutlineNode], *, after_body: bool
) -> Block:
    """The line's block; a date line after the first body line closes the speech."""
    for span in spans:
        covers = span.start == start or span.start <= start < span.end
        if span.kind == SpanKind.SALUTATION and span.end < end:
            continue  # 同志们！ opening a closing appeal: the line is body text
        if covers and span.kind in _SPAN_BLOCKS:
            if after_body and span.kind == SpanKind.DATE:
                return Block(BlockKind.CLOSING_DATE, start, end)
            return Block(_SPAN_BLOCKS[SpanKind(span.kind)], start, end)
    head = nodes[0] if nodes else None
    # A heading on a line of its own; one glued to its paragraph stays body text, emphasised.
    if head is not None and head.kind == NodeKind.HEADING and head.head_end >= end:
        return Block(BlockKind.HEADING, start, end, level=head.level)
    return Block(BlockKind.BODY, start, end)


def _emphasis(text: str, nodes: list[OutlineNode], end: int) -> list[tuple[int, int]]:
    """The head words of the outline nodes that begin on a body line (a glued heading, 一是…),
    as the reader sets them (``core.emphasis``)."""
    ranges = [(node.start, bold_end(text, node, end)) for node in nodes]
    return [(left, right) for left, right in ranges if left < right]


def _runs(
    text: str,
    start: int,
    end: int,
    inside: list[ExportItem],
    emphasis: list[tuple[int, int]],
    numbered: list[NoteRef],
) -> list[Run]:
    """The line cut at every boundary of the highlights ``inside`` it and of its emphasis,
    markers after their range's end."""
    cuts = {start, end}
    for left, right in emphasis:
        cuts.update((left, right))
    for item in inside:
        cuts.add(_clip(item.annotation.start or 0, start, end))
        cuts.add(_clip(item.annotation.end or 0, start, end))
    points = sorted(cuts)
    runs = [
        _run(text, left, right, inside, emphasis)
        for left, right in zip(points, points[1:], strict=False)
    ]
    if not runs:
        runs.append(Run(""))
    return _attach_markers(runs, points, numbered, start, end)


def _overlaps(item: ExportItem, start: int, end: int) -> bool:
    note = item.annotation
    return (note.start or 0) < end and (note.end or 0) > start


def _clip(offset: int, start: int, end: int) -> int:
    return min(max(offset, start), end)


def _run(
    text: str, left: int, right: int, inside: list[ExportItem], emphasis: list[tuple[int, int]]
) -> Run:
    covering = [
        item
        for item in inside
        if (item.annotation.start or 0) <= left
        and (item.annotation.end or 0) >= right
        and item.annotation.color
    ]
    # Where highlights overlap, the one that starts last (the innermost) shows its colour.
    top = max(covering, key=_marker_key_start, default=None)
    emphasised = any(low <= left and right <= high for low, high in emphasis)
    return Run(text[left:right], top.annotation.color if top else None, emphasised)


def _marker_key_start(item: ExportItem) -> tuple[int, str]:
    return (item.annotation.start or 0, item.annotation.created)


def _attach_markers(
    runs: list[Run], points: list[int], numbered: list[NoteRef], start: int, end: int
) -> list[Run]:
    """Put each note's number after the run that ends where its range ends (or the line does)."""
    by_run: dict[int, list[int]] = {}
    run_ends = points[1:] or [end]
    for note in numbered:
        position = _clip(note.item.annotation.end or 0, start, end)
        index = min(bisect.bisect_left(run_ends, position), len(runs) - 1)
        by_run.setdefault(index, []).append(note.number)
    return [
        Run(run.text, run.color, run.emphasis, tuple(by_run.get(index, ())))
        for index, run in enumerate(runs)
    ]
