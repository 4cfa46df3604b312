"""Decimal section numbers of plans, emergency plans and standards (1 总则, 1.1 编制目的, 1.1.1 …).

Numbers open many lines that are not sections (``1.5亿元…``, a table's ``1 张三 男``, a list's
``1.加强领导``), so a line counts only inside a *run*: it starts at ``1`` or ``1.1`` and every
member follows on from the one before, as a contents list would read (``1`` → ``1.1`` or ``2``,
``1.3`` → ``1.3.1``, ``1.4`` or ``2``). A run needs two members, one of them with parts
(``1.1``): ``1 …`` ``2 …`` alone are read as the lines of a list or a table. A number that does
not follow on is left as text; one glued to its text (``1.2 依据 依据宪法…``) stays text but
keeps the count going, as web copies often glue a heading to its paragraph. ``1. 总则``
(written like a list item) counts only when its own ``1.1`` comes next.

A copy may lose a heading (``1.1`` ``1.2`` ``1.4``): once a run holds two heading lines, a
heading line that follows on over one missing number (``1.3``) goes on with it. Only one: an
amount (``2.5 亿元``) or a date rarely lands one number away from the run's last member.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.importing.clauses import HEADING_MAX
from desktop.core.importing.lines import is_title_like
from desktop.core.importing.numbering import DecimalNumber, decimal_number

_Parts = tuple[int, ...]
_MIN_RUN = 2
_MAX_DEPTH = 4


def decimal_sections(texts: Sequence[str]) -> dict[int, DecimalNumber]:
    """The lines of ``texts`` (by position) that are numbered sections of a decimal run."""
    runs: list[list[_Candidate]] = []
    for candidate in _candidates(texts):
        if runs and _goes_on(runs[-1], candidate):
            runs[-1].append(candidate)
        elif candidate.number.parts in ((1,), (1, 1)):
            runs.append([candidate])
    sections: dict[int, DecimalNumber] = {}
    for index, run in enumerate(runs):
        lines = [candidate for candidate in run if candidate.is_line]
        if _is_run(lines) and not _is_contents(lines, runs[index + 1 :], texts):
            sections.update((candidate.position, candidate.number) for candidate in lines)
    return sections


def _is_run(lines: list[_Candidate]) -> bool:
    return len(lines) >= _MIN_RUN and any(len(line.number.parts) > 1 for line in lines)


def _is_contents(
    lines: list[_Candidate], later: list[list[_Candidate]], texts: Sequence[str]
) -> bool:
    """A contents list: its first lines are the headings of a later run, word for word."""
    headings = {_key(texts[c.position]) for run in later for c in run if c.is_line}
    return all(_key(texts[line.position]) in headings for line in lines[:_MIN_RUN])


def _key(text: str) -> str:
    return "".join(text.split())


@dataclass(frozen=True, slots=True)
class _Candidate:
    position: int
    number: DecimalNumber
    #: a heading line of its own; a number glued to its text only keeps the count going
    is_line: bool


def _candidates(texts: Sequence[str]) -> list[_Candidate]:
    """Lines opening with a section number, a dotted ``1.`` only over its ``1.1``."""
    found = []
    for position, text in enumerate(texts):
        number = decimal_number(text)
        if number is not None and len(number.parts) <= _MAX_DEPTH:
            found.append(_Candidate(position, number, _is_heading_line(text, number)))
    return [
        candidate
        for index, candidate in enumerate(found)
        if not candidate.number.dotted
        or (
            index + 1 < len(found) and found[index + 1].number.parts == (*candidate.number.parts, 1)
        )
    ]


def _is_heading_line(text: str, number: DecimalNumber) -> bool:
    """A line of a few words (``1.1 编制目的``), not a sentence or a table row (``1 张三 男``)."""
    words = text[number.end :]
    return len(text) <= HEADING_MAX and is_title_like(words) and len(words.split()) == 1


def _goes_on(run: list[_Candidate], candidate: _Candidate) -> bool:
    """Whether ``candidate`` is the next member of ``run``: it follows on from the last one, or
    it is a heading line following on over one lost number in a run of heading lines."""
    previous = run[-1].number.parts
    current = candidate.number.parts
    if _follows(previous, current):
        return True
    if not candidate.is_line or sum(member.is_line for member in run) < _MIN_RUN:
        return False
    return any(_follows(lost, current) for lost in _next_numbers(previous))


def _follows(previous: _Parts, current: _Parts) -> bool:
    """Whether ``current`` may come next after ``previous`` (its first child, or the next
    number at its own level or any level above)."""
    return current in _next_numbers(previous)


def _next_numbers(previous: _Parts) -> list[_Parts]:
    """The numbers that may come next after ``previous``."""
    siblings = [(*previous[:level], previous[level] + 1) for level in range(len(previous))]
    return [(*previous, 1), *siblings]
