"""The notes block closing a speech (注释： ①… ②…, 参考文献 [1]… [2]…) and its marks in the body.

A speech that quotes its sources may end with its notes: a label line, then items that count
up from ① or [1]. They are not sections, though ① also numbers headings, so the block is known
only when the body before it cites every item inline (…重要论述①，…): a ① opening a line
numbers a list and cites nothing. Blocks may stack (注释： ①… over 参考文献： [1]…): all are
notes, none a heading. The marks stay in the text: removing them would change the words a
reader quotes and annotates.

A mark cites the note of its number in its family, whatever its form: ``[1]``, ``［1］``,
``〔1〕`` and ``[１]`` are one mark (a Chinese input method types the full-width forms, a pasted
reference the half-width), while circled numbers (①) are a family of their own, so a document
noting with ① and listing references with [1] keeps them apart, and so are small Roman
numerals in brackets (``[i]``, ``[ii]``: Word's endnotes, counted apart from its footnotes).
Capital ones are not marks: ``[M]`` and ``[C]`` tell a reference's type (GB/T 7714).

A .docx's footnotes and endnotes and a Markdown file's ``[^1]`` come with no label (their
readers mark them ``[1]``, ``[i]``, ``[①]`` and add no words): bracketed notes closing the
text count without one when the body first cites them in order, 1 then 2…, as those formats
number them.
The rule reads the text alone, so the reader, print and export find them as they find a .txt's
注释, in speeches imported before it too; a reference list the text never cites, or a closing
list of ① points, stays text.

A note may run onto the next lines (a long reference, a hard-wrapped file the importer did not
join): ``note_continues`` says when a line can be nothing but the rest of the note above it.

The block is found walking back from the last line, so a speech without one costs a look at
its last few lines; the citations are found in one pass over the body (``citations``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from desktop.core.importing.chars import CLAUSE_END, CLOSERS, ascii_digits, ends_sentence

#: The most lines a note runs onto after its first: a long reference wraps onto two or three.
#: ``core.footnotes`` looks this far up for a note before loading this module.
CONTINUATION_MAX = 4

# How far up from a block a page's unlabelled footnotes may start: twenty notes, each run on.
_UNLABELLED_SCAN = 20 * (CONTINUATION_MAX + 1)
_REFERENCES_WORDS = "参考文献|参考资料"
_LABEL_FORM = r"[【\[]?(?:{})[】\]]?[\s\u3000]*[：:]?"
_LABEL = re.compile(_LABEL_FORM.format(f"注释|注解|注|尾注|{_REFERENCES_WORDS}"))
_REFERENCES_LABEL = re.compile(_LABEL_FORM.format(_REFERENCES_WORDS))
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① … ⑳
_ROMAN = {
    tens + units: ten * 10 + unit
    for ten, tens in enumerate(("", "x", "xx"))
    for unit, units in enumerate(("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"))
    if ten or unit
}  # i … xxix
_ROMAN_FORMS = "|".join(sorted(_ROMAN, key=len, reverse=True))
_BRACKETED = re.compile(rf"[\[［〔]([0-9０-９]{{1,2}}|{_ROMAN_FORMS}|[\u2460-\u2473])[\]］〕]")
# A mark anywhere; whether it opens its line is looked at only for a mark, behind it (one
# pass: a pattern asking at every character whether a line starts there is three times slower).
_MARK = re.compile(
    rf"[\[［〔](?:[0-9０-９]{{1,2}}|{_ROMAN_FORMS}|[\u2460-\u2473])[\]］〕]|[\u2460-\u2473]"
)
_LINE_SPACE = " \t\u3000"
# How Chinese prose ends a line, as a reference written with Latin stops (某某. 某书.) does not.
_PROSE_END = "。！？"


@dataclass(frozen=True, slots=True)
class NoteLines:
    """One note of a block: its mark (``①``, ``[1]``), its number and its lines ``[first, end)``."""

    mark: str
    number: int
    first: int
    end: int


@dataclass(frozen=True, slots=True)
class NotesBlock:
    """One notes block: its first line ``first`` (its label's, or its first note's when a
    page's footnotes have none), its notes, and each mark above it citing one of them (start,
    end and number, as ``citations`` gives them)."""

    first: int
    labelled: bool
    items: tuple[NoteLines, ...]
    cited: tuple[tuple[int, int, int], ...]


def notes_block(texts: Sequence[str]) -> range:
    """The positions of the notes blocks ending ``texts`` (their labels and items), or an
    empty range when there is none or the body does not cite every item of the last."""
    blocks = stacked_blocks(texts)
    return range(blocks[0].first, len(texts)) if blocks else range(0)


def stacked_blocks(
    texts: Sequence[str], text_above: Callable[[int], str] | None = None
) -> list[NotesBlock]:
    """The notes blocks ending ``texts``, top first; empty when the last is not cited in full.

    A speech may stack its blocks (注释： ①… over 参考文献： [1]…, or a page's footnotes
    ①… with no label over the references): each block right over the one below whose items
    the lines above it all cite belongs to the notes too. ``text_above(line)`` gives those
    lines as one string (``texts[:line]`` joined by newlines, its offsets the ones citations
    are given in), for a caller who holds the text already.
    """
    blocks: list[NotesBlock] = []
    top = len(texts)
    while (found := _block_over(texts, top)) is not None:
        start, items = found
        above = text_above(start) if text_above is not None else "\n".join(texts[:start])
        cited = tuple(citations(above, items))
        whole = len({number for _start, _end, number in cited}) == len(items)
        if not whole and not lists_references(texts[start], items):
            break
        if not blocks and not is_label(texts[start]) and not _may_close_unlabelled(items, cited):
            break  # a list closing the text, whose numbers the body happens to mention
        if not _leaves_cited(blocks, _starts(cited)):
            break  # lines over the notes whose marks the body needs for the notes below
        blocks.append(NotesBlock(start, is_label(texts[start]), tuple(items), cited))
        top = start
    blocks.reverse()
    return blocks


def _may_close_unlabelled(
    items: Sequence[NoteLines], cited: Iterable[tuple[int, int, int]]
) -> bool:
    """Whether notes with no label over them may close the text (a .docx's footnotes and
    endnotes, a Markdown file's ``[^1]``, as their readers write them): bracketed marks
    (``[1]``, ``[i]``, ``[①]``) the body first cites in order, 1, then 2… as Word and Markdown
    number notes. A bare circled ① also numbers a list's items and headings, so a closing list
    (①加强领导 ②落实责任) the body mentions stays text, and needs its label to be notes."""
    if any(is_circled(item.mark) for item in items):
        return False  # every one bracketed: a bare ② under [1] is a list's, not a note's
    firsts = dict.fromkeys(number for _start, _end, number in cited)
    return list(firsts) == list(range(1, len(firsts) + 1))


def _leaves_cited(blocks: Sequence[NotesBlock], taken: set[int]) -> bool:
    """Whether every block found (bottom first) keeps a mark for each of its notes when a
    block over them takes the marks at ``taken``: a mark cites the nearest block under it
    that has its note, so the blocks over one take their marks from it (a reference list
    keeps the marks citing it, however few)."""
    for index, block in enumerate(blocks):
        over = taken.union(*(_starts(upper.cited) for upper in blocks[index + 1 :]))
        still = {number for start, _end, number in block.cited if start not in over}
        if still != {number for _start, _end, number in block.cited}:
            return False
    return True


def _starts(cited: Iterable[tuple[int, int, int]]) -> set[int]:
    return {start for start, _end, _number in cited}


def _block_over(texts: Sequence[str], top: int) -> tuple[int, list[NoteLines]] | None:
    """Where the notes block ending right over line ``top`` starts, and its notes: under its
    label, or without one, notes counting up from one (over another block, or closing the
    text, as a .docx's footnotes and a Markdown file's ``[^1]`` do)."""
    found = trailing_items(texts[:top])
    if found is not None:
        return found
    if top == len(texts) and not _closes_on_note(texts):
        return None  # a text without notes: no scan up for a first note
    for first in range(top - 1, max(top - _UNLABELLED_SCAN, 0) - 1, -1):
        opening = opening_mark(texts[first])
        if opening is not None and opening[1] == 1:
            items = _notes_under(texts[:top], first - 1)
            return (first, items) if items else None
    return None


def _closes_on_note(texts: Sequence[str]) -> bool:
    """Whether one of the last lines of ``texts`` (a note and those it may run onto) opens
    with a note mark."""
    return any(opening_mark(line) for line in texts[-(CONTINUATION_MAX + 1) :])


def trailing_items(texts: Sequence[str]) -> tuple[int, list[NoteLines]] | None:
    """The position of the notes label ending ``texts`` and its notes, when the lines after
    the label are notes counting up from one, each maybe run onto more lines."""
    above = label_above(reversed(texts))
    if above is None:
        return None
    label = len(texts) - 1 - above
    items = _notes_under(texts, label)
    return (label, items) if items else None


def label_above(lines_back: Iterable[str]) -> int | None:
    """How many lines up from the last of ``lines_back`` (read last line first) a notes label
    stands over lines that open with a note mark or may run one on; None when there is none."""
    loose = 0  # lines in a row that open with no mark: a note's continuation at most
    previous_opens = False
    for up, line in enumerate(lines_back):
        opens = opening_mark(line) is not None
        if not opens and is_label(line):
            return up if previous_opens else None
        loose = 0 if opens else loose + 1
        if loose > CONTINUATION_MAX:
            return None
        previous_opens = opens
    return None


def _notes_under(texts: Sequence[str], label: int) -> list[NoteLines] | None:
    """The notes on the lines after ``label``, or None when a line is neither the next note
    nor the rest of the one above it."""
    items: list[NoteLines] = []
    for position in range(label + 1, len(texts)):
        line = texts[position]
        opening = opening_mark(line)
        if opening is not None:
            mark, number = opening
            if number != len(items) + 1:
                return None
            items.append(NoteLines(mark, number, position, position + 1))
        elif items and note_continues(texts[position - 1], line):
            items[-1] = NoteLines(items[-1].mark, items[-1].number, items[-1].first, position + 1)
        else:
            return None
    return items if all(_has_words(texts, item) for item in items) else None


def _has_words(texts: Sequence[str], item: NoteLines) -> bool:
    """Whether a note holds words, not only marks (a body line ``①`` or ``[1]①②`` over the
    notes opens with a mark too, and a block of such lines would take the body's marks)."""
    lines = [texts[item.first][len(item.mark) :], *texts[item.first + 1 : item.end]]
    return any(_MARK.sub("", line).strip(" \t\u3000") for line in lines)


def note_continues(previous: str, line: str) -> bool:
    """Whether ``line`` can only be the rest of the note whose last line is ``previous``.

    The note must be visibly unfinished: a line ending a sentence (。) ends its note, and what
    follows may be a paragraph of body text (本文系…的阶段性成果。) as well. A reference
    written with Latin stops (某某. 某书[M]. 北京: 人民出版社, 2014.) ends each field with a
    stop, so after one the line must read as more reference, not as Chinese prose. Never a
    heading, date, separator or 版记 line; a short line without a stop (某某市人民政府,
    （责任编辑：张三）) is a sign-off unless the note broke off at a comma.
    """
    if not line or ends_sentence(previous) or is_label(line) or opening_mark(line) is not None:
        return False
    # The line rules (and the numbering, dates and names they read) are loaded only for a
    # note that may run on: the reader loads this module for any speech ending on a note.
    from desktop.core.importing.lines import is_distribution_line, is_structural, is_title_like

    if is_structural(line) or is_distribution_line(line):
        return False
    if previous.endswith(".") and line.rstrip(CLOSERS)[-1:] in _PROSE_END:
        return False
    broken_at_comma = previous[-1:] in CLAUSE_END
    return broken_at_comma or line.endswith(".") or not is_title_like(line)


def lists_references(label: str, items: Sequence[NoteLines]) -> bool:
    """Whether ``label`` (参考文献) heads a list of works numbered [1] [2]…: a paper or report
    lists what it read, whether the body cites each work or not."""
    if _REFERENCES_LABEL.fullmatch(label.strip()) is None:
        return False
    return not any(is_circled(item.mark) for item in items)


def is_label(line: str) -> bool:
    """Whether ``line`` is only a notes label (注释： 参考文献 【注】)."""
    return _LABEL.fullmatch(line.strip()) is not None


def opening_mark(line: str) -> tuple[str, int] | None:
    """The note mark opening ``line`` (``①``, ``[1]``, ``[i]``) and its value."""
    if line[:1] in _CIRCLED:
        return line[0], _CIRCLED[line[0]]
    match = _BRACKETED.match(line)
    if match is None:
        return None
    numeral = match.group(1)
    if numeral in _CIRCLED:
        return match.group(), _CIRCLED[numeral]
    return match.group(), _ROMAN[numeral] if numeral in _ROMAN else int(ascii_digits(numeral))


def is_circled(mark: str) -> bool:
    """Whether ``mark`` is a circled number (①), the family apart from bracketed ones."""
    return mark[:1] in _CIRCLED


def citations(body: str, items: Sequence[NoteLines]) -> Iterator[tuple[int, int, int]]:
    """Each mark citing one of ``items`` inline in ``body``: its start, end and number; a mark
    opening a line (after spaces at most) numbers a list, not a note."""
    numbers = _numbers_by_key(items)
    # A body holds thousands of marks in a few forms: each form's number is looked up once.
    by_form: dict[str, int | None] = {}
    for match in _MARK.finditer(body):
        mark, start = match.group(), match.start()
        if mark not in by_form:
            by_form[mark] = numbers.get(_key(mark))
        number = by_form[mark]
        if number is not None and not _opens_line(body, start):
            yield start, match.end(), number


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces stand before ``start`` on its line."""
    if start == 0 or text[start - 1] == "\n":
        return True
    if text[start - 1] not in _LINE_SPACE:
        return False
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(_LINE_SPACE)


def _numbers_by_key(items: Sequence[NoteLines]) -> Mapping[tuple[str, int], int]:
    return {_key(item.mark): item.number for item in items}


def _key(mark: str) -> tuple[str, int]:
    """What a mark cites: its family and its number, whatever its brackets and digits' width."""
    opening = opening_mark(mark)
    assert opening is not None  # only marks are asked about
    return _family(mark), opening[1]


def _family(mark: str) -> str:
    """A mark's family: circled (①, or [①] as a .docx's reader writes a note's), bracketed
    digits ([1]) or bracketed Roman ([i])."""
    if is_circled(mark) or mark[1:2] in _CIRCLED:
        return "circled"
    return "roman" if mark[1:-1] in _ROMAN else "digits"
