"""Find the candidate headings and points of a speech's body, in reading order.

A paragraph may open with a heading (numbered, a bare numeral, or declared by the file
format), hold a second heading after the first one's sentence (``(二)…体系。1.健全…``), be an
unnumbered heading line, and hold points (``一是`` ``第一，``) at clause boundaries. Whether
each candidate really counts (sequences, runs, levels) is decided by ``outline``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.document import NodeKind
from desktop.core.importing.boxes import BOX, box_label_end, boxes
from desktop.core.importing.chars import ends_sentence
from desktop.core.importing.clauses import (
    HEADING_MAX,
    LABEL_MAX,
    declared_heading_end,
    heading_end,
    label,
    label_cut,
)
from desktop.core.importing.decimal_sections import decimal_sections
from desktop.core.importing.glossary import Entry, glossary, names_glossary
from desktop.core.importing.lines import is_title_like, salutation_length
from desktop.core.importing.notes import notes_block
from desktop.core.importing.numbered_paragraphs import numbered_paragraphs
from desktop.core.importing.numbering import (
    ATTACHMENT,
    FRAME,
    PLAIN,
    POINT_STYLES,
    QUESTION,
    TERM,
    DecimalNumber,
    Marker,
    bare_numeral,
    heading_marker,
    inline_run_markers,
    opening_sequence,
    point_markers,
)
from desktop.core.importing.official import attachment_title_start, is_attachment_label
from desktop.core.importing.part_labels import part_labels
from desktop.core.importing.plain_headings import is_frame_part, is_plain_heading, is_section_text
from desktop.core.importing.questions import Question, heads_questions, questions
from desktop.core.importing.run_in_lists import run_in_items

_CLAUSE_END = re.compile("[，,；;：:。！？!?]")
# The 附件： that starts the list of an official document's attachments under its text (the
# first name may follow on the line), matched at a line's start; official's
# _LABEL_OVER_AN_ATTACHMENT is instead a whole line over an attachment's own text (附件1).
_LIST_OF_ATTACHMENTS_LABEL = re.compile(r"附\s*件\s*[:：]\s*")


@dataclass(frozen=True, slots=True)
class Block:
    """A body paragraph as the outline sees it: its text and where it starts in the speech."""

    index: int
    text: str
    start: int
    heading: int | None = None

    @property
    def end(self) -> int:
        """Offset in the speech just after this paragraph."""
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Event:
    """A heading or point candidate at ``start`` (offsets in the speech's text)."""

    kind: str
    style: str
    number: int
    start: int
    head_end: int
    block: Block
    label: str
    marker: str
    after_colon: bool = False
    #: The numbering style of a declared heading's marker (a Markdown ``## 一、…``): the
    #: undeclared headings that count on from it (a bold ``二、…``) are of its rank.
    numbered_as: str = ""
    #: A Q&A's first question where the part of the statement before it does not head it:
    #: the change of speaker closes that part (see ``questions.heads_questions``).
    closes_part: bool = False

    @property
    def opens_paragraph(self) -> bool:
        """Whether the candidate starts its paragraph (a *block* point, as opposed to inline)."""
        return self.start == self.block.start

    @property
    def is_titled(self) -> bool:
        """A point written as a heading line of its own (``第五、关于文化教育``)."""
        text = self.block.text
        return self.opens_paragraph and len(text) <= HEADING_MAX and is_title_like(text)


def find_events(blocks: Sequence[Block]) -> list[Event]:
    """Every heading and point candidate of ``blocks`` (the body), in reading order."""
    events: list[Event] = []
    texts = [block.text for block in blocks]
    declared = {position for position, block in enumerate(blocks) if block.heading}
    boxed = boxes(texts, declared, lambda position: _is_plain_at(blocks, position))
    in_boxes = {position for start, end in boxed.items() for position in range(start + 1, end)}
    listed = _attachment_list_items(blocks) | set(notes_block(texts)) | in_boxes
    decimal = decimal_sections(texts)
    paragraphs = numbered_paragraphs(texts)
    asked = {question.position: question for question in questions(texts)}
    defined = {entry.position: entry for entry in glossary(texts)}
    labelled = part_labels(texts)
    # The paragraph under a label that heads it: an attachment's title under 附件：, a
    # question under its asker's label alone (记者：); part of the label's heading.
    titled = part = -1  # part: the position of the last heading
    for position, block in enumerate(blocks):
        names_defined = position + 1 in defined and names_glossary(block.text)
        if (position in listed and not names_defined) or position == titled:
            continue
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        previous = blocks[position - 1] if position > 0 else None
        if position in paragraphs and not block.heading:
            heads = []  # a numbered paragraph (1. 2. … on across the headings) is body text
        elif position in boxed and not block.heading:
            heads = [_box_event(block)]
        elif position in decimal and not block.heading:
            heads = [_decimal_event(block, decimal[position])]
        elif position in asked and not block.heading:
            heads = [_question_event(block, asked[position], following)]
            titled = position + 1 if asked[position].label_alone else -1
            if asked[position].number == 1 and part >= 0:
                closes = not heads_questions(texts, part, position)
                heads[0] = dataclasses.replace(heads[0], closes_part=closes)
        elif position in defined and not block.heading:
            heads = [_term_event(block, defined[position])]
        elif (names_defined or position in labelled) and not block.heading:
            # 附件：名词解释 over the entries: the glossary's heading, not a list of files;
            # 主要做法： over a part's paragraphs: the part's heading
            heads = [_event(NodeKind.HEADING, PLAIN, 0, block, 0, len(block.text), None)]
        else:
            heads = _headings(block, previous, following)
        attachment = _attachment(blocks, position, bool(heads))
        if attachment is not None:
            heads = [attachment]
            titled = position + 1 if attachment.head_end > block.end else -1
        if heads and previous is not None and previous.text.endswith(("：", ":")):
            heads[0] = dataclasses.replace(heads[0], after_colon=True)
        events.extend(heads)
        if any(head.kind == NodeKind.HEADING for head in heads):
            part = position
        scan_from = heads[-1].head_end - block.start if heads else 0
        if block.heading is None or block.heading <= 0:
            events.extend(_points(block, scan_from))
    return events


def _attachment(blocks: Sequence[Block], position: int, is_heading: bool) -> Event | None:
    """The heading of an attachment opening at ``position``: its label over its title
    (``附件1`` / ``XX实施细则``, one heading), a label alone, or a label with its title on one
    heading line (``附件：名词解释``)."""
    text = blocks[position].text
    if not text.lstrip().startswith("附"):
        return None  # most blocks: no label at all
    title = blocks[position + 1] if position + 1 < len(blocks) else None
    if is_attachment_label(text):
        marker_end = len(text)
        if title is None or not _is_attachment_title(title.text):
            title = None
    elif (is_heading or _titles_its_text(blocks, position)) and (
        title_start := attachment_title_start(text)
    ) is not None:
        marker_end, title = title_start, None
    else:
        return None
    block = blocks[position]
    marker = Marker(ATTACHMENT, 0, 0, marker_end)
    event = _event(NodeKind.HEADING, ATTACHMENT, 0, block, 0, len(text), marker)
    if title is None:
        return event
    words = f"{label(text, 0, len(text))} {title.text}"
    return dataclasses.replace(event, head_end=title.end, label=label(words, 0, len(words)))


def _is_attachment_title(text: str) -> bool:
    """A short line of words under an attachment's label, not its first numbered heading."""
    return (
        len(text) <= HEADING_MAX
        and is_title_like(text)
        and not ends_sentence(text)
        and heading_marker(text) is None
    )


def _attachment_list_items(blocks: Sequence[Block]) -> set[int]:
    """Blocks listing an official document's attachments (附件：1．…方案 / 2．…清单, or 附件：
    on a line of its own over 1．… 2．…): the names of files, neither headings nor points."""
    listed: set[int] = set()
    expected = 0
    for position, block in enumerate(blocks):
        label = _LIST_OF_ATTACHMENTS_LABEL.match(block.text)
        if label is not None and _titles_its_text(blocks, position):
            expected = 0  # 附件：某某方案 over the attachment's own text: its heading
            continue
        if label is not None:
            listed.add(position)
            expected = _first_listed(blocks, position, block.text[label.end() :])
            continue
        if not expected or not _is_list_item(block, expected):
            expected = 0
            continue
        listed.add(position)
        expected += 1
    return listed


def _titles_its_text(blocks: Sequence[Block], position: int) -> bool:
    """Whether a label and one title (``附件：某某方案``, not ``附件：1．…``) head the attachment's
    own text, running on under it (sentences, or its first numbered heading): one attachment
    whose heading the line is, not a list naming a file."""
    text = blocks[position].text
    if position + 1 >= len(blocks) or attachment_title_start(text) is None:
        return False
    label = _LIST_OF_ATTACHMENTS_LABEL.match(text)
    rest = text[label.end() :] if label is not None else ""
    return heading_marker(rest) is None and is_section_text(blocks[position + 1].text)


def _first_listed(blocks: Sequence[Block], position: int, rest: str) -> int:
    """The number the attachment list opened at ``position`` expects next (0: no list).

    A bare label lists the lines under it only when they count 1．, 2．: one numbered line
    may as well be the first heading of an attachment that has no title.
    """
    if rest:
        marker = heading_marker(rest)
        return marker.number + 1 if marker is not None else 0
    following = blocks[position + 1 : position + 3]
    counts = len(following) == 2 and all(
        _is_list_item(block, number) for number, block in enumerate(following, 1)
    )
    return 1 if counts else 0


def _is_list_item(block: Block, number: int) -> bool:
    """Whether ``block`` is a short line numbered ``number`` (``2．…清单``)."""
    marker = heading_marker(block.text)
    return marker is not None and marker.number == number and is_title_like(block.text)


def _headings(block: Block, previous: Block | None, following: Block | None) -> list[Event]:
    text = block.text
    if block.heading is not None and block.heading > 0:
        marker = heading_marker(text)
        number = marker.number if marker else 0
        end = declared_heading_end(text, marker.end if marker else None)
        event = _event(NodeKind.HEADING, f"h{block.heading}", number, block, 0, end, marker)
        return [dataclasses.replace(event, numbered_as=marker.style if marker else "")]
    marker = heading_marker(text)
    if marker is not None and run_in_items(text):
        return []  # a list run into the paragraph (（1）…；（2）…): its items are points
    if marker is not None:
        return _numbered(block, marker)
    bare = bare_numeral(text)
    if bare is not None:
        event = _event(NodeKind.HEADING, bare.style, bare.number, block, 0, len(text), bare)
        return [_with_context_label(event, following)]
    if is_frame_part(text, following):
        return [_event(NodeKind.HEADING, FRAME, 0, block, 0, len(text), None)]
    if is_plain_heading(text, previous, following):
        return [_event(NodeKind.HEADING, PLAIN, 0, block, 0, len(text), None)]
    return []


def _is_plain_at(blocks: Sequence[Block], position: int) -> bool:
    """Whether the block at ``position`` is a plain heading line among its neighbours."""
    block = blocks[position]
    previous = blocks[position - 1] if position > 0 else None
    following = blocks[position + 1] if position + 1 < len(blocks) else None
    return bool(block.text) and is_plain_heading(block.text, previous, following)


def _decimal_event(block: Block, number: DecimalNumber) -> Event:
    """A section of a decimal run (``1.2 编制依据``): the whole line is its heading."""
    marker = Marker(number.style, number.parts[-1], 0, number.end)
    event = _event(NodeKind.HEADING, number.style, marker.number, block, 0, len(block.text), marker)
    return dataclasses.replace(event, marker=block.text[: number.end].strip())


def _question_event(block: Block, question: Question, following: Block | None) -> Event:
    """A question of a transcript: a point over its answer, labelled by its own words; its
    asker's label alone on its line is the marker of the question under it."""
    number = question.number
    asked = following if question.label_alone and following is not None else block
    marker_end = len(block.text) if asked is not block else question.words_start
    marker = Marker(QUESTION, number, 0, marker_end)
    event = _event(NodeKind.POINT, QUESTION, number, block, 0, len(block.text), marker)
    words = label(asked.text, question.words_start, question.words_end)
    return dataclasses.replace(event, head_end=asked.end, label=words)


def _box_event(block: Block) -> Event:
    """A plan's box (``专栏1　科技前沿领域攻关``): one heading, its label the marker."""
    marker = Marker(BOX, 0, 0, box_label_end(block.text))
    return _event(NodeKind.HEADING, BOX, 0, block, 0, len(block.text), marker)


def _term_event(block: Block, entry: Entry) -> Event:
    """An entry of a glossary: a point over its definition, labelled by its term."""
    marker = Marker(TERM, entry.number, 0, entry.marker_end)
    event = _event(NodeKind.POINT, TERM, entry.number, block, 0, len(block.text), marker)
    return dataclasses.replace(event, label=entry.term)


def _numbered(block: Block, marker: Marker) -> list[Event]:
    """A numbered heading, and a second one sharing its line (``(二)…体系。1.健全…中心。``)."""
    text = block.text
    end = heading_end(text, marker.end)
    events = [_event(NodeKind.HEADING, marker.style, marker.number, block, 0, end, marker)]
    second = heading_marker(text[end:]) if end < len(text) else None
    if second is not None and second.style != marker.style and not _counts_on(text, end, second):
        second_end = heading_end(text, end + second.end)
        shifted = Marker(second.style, second.number, end, end + second.end)
        events.append(
            _event(NodeKind.HEADING, second.style, second.number, block, end, second_end, shifted)
        )
    return events


def _counts_on(text: str, start: int, marker: Marker) -> bool:
    """Whether ``marker`` (at ``start`` in ``text``) is followed by its next number after a
    clause of the same paragraph (``（1）…；（2）…``): an enumeration of the paragraph's
    clauses, no heading glued to the one before it, whose outline would be noise."""
    for boundary in _CLAUSE_END.finditer(text, start + marker.end):
        following = heading_marker(text[boundary.end() :].lstrip())
        if following is not None and (following.style, following.number) == (
            marker.style,
            marker.number + 1,
        ):
            return True
    return False


def _points(block: Block, scan_from: int) -> list[Event]:
    text = block.text
    markers = [m for m in point_markers(text) if m.start >= scan_from]
    first = opening_sequence(text) if scan_from == 0 else None
    if first is not None:
        markers.insert(0, first)
    runs = inline_run_markers(text, scan_from) + run_in_items(text, scan_from)
    if runs:
        markers = sorted([*markers, *runs], key=lambda marker: marker.start)
    events = []
    for position, marker in enumerate(markers):
        limit = markers[position + 1].start if position + 1 < len(markers) else len(text)
        end = heading_end(text, marker.end, glued=False, limit=limit)
        events.append(
            _event(NodeKind.POINT, marker.style, marker.number, block, marker.start, end, marker)
        )
    return events


def _event(
    kind: str, style: str, number: int, block: Block, start: int, end: int, marker: Marker | None
) -> Event:
    written = block.text[marker.start : marker.end] if marker else ""
    if style in POINT_STYLES:
        written = written.rstrip("，,、：:．.")
    return Event(
        kind,
        style,
        number,
        block.start + start,
        block.start + end,
        block,
        label(block.text, start, end),
        written.strip(),
    )


def _with_context_label(event: Event, following: Block | None) -> Event:
    """A bare numeral heading (``一``) is labelled with the words that open its section."""
    if following is None or heading_marker(following.text):
        return event
    start = salutation_length(following.text)
    clause = _CLAUSE_END.search(following.text, start)
    words = label(following.text, start, clause.start() if clause else len(following.text))
    text = f"{event.label} {words}"
    cut = label_cut(text, LABEL_MAX + 2)
    if cut is not None:
        text = text[:cut].rstrip("…") + "…"
    return dataclasses.replace(event, label=text)
