"""A glossary: the numbered definitions a report lists at its end (附件：名词解释).

Each entry is a paragraph numbered like a heading, then the term, a colon and what it means
(``1.新质生产力：指…``, ``2. 放管服改革：即…``). Read as headings they would become sections of
the report; they are the points of one attachment, each labelled by its term. Numbered lines
with a colon are common in a report's own text (``1.总体要求：坚持…``), so a run of entries
counts only under a line naming a glossary (名词解释, 术语解释…) or when most of them define
their term (指…, 即…, 是指…).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.importing.chars import either_script
from desktop.core.importing.numbering import heading_marker

_MIN_RUN = 2
_TERM_MAX = 20
_TERM = re.compile(rf"[\s\u3000]*(?P<term>[^，,。；;！!？?：:]{{1,{_TERM_MAX}}}?)[\s\u3000]*[：:]")
# A line naming the list of definitions under it (附件：名词解释, 《报告》名词解析, 术语表).
_GLOSSARY_NAME = re.compile(
    either_script(r"名词(?:解释|解析|注释|释义|说明)|术语(?:解释|表|说明)|词语解释|名词术语")
)
# What a definition opens with: 指 (not 指导, 指出…), 是指, 即, 系指, 意为, and the like.
_DEFINES = re.compile(
    either_script(r"(?:是|系|意|主要)?指")
    + "(?![导導出挥揮示引标標南数數定明向令望点點派])"
    + either_script("|即|意为|意思是|也称|又称|简称|全称")
)


@dataclass(frozen=True, slots=True)
class Entry:
    """A glossary entry: its number in the run, where its marker ends and its term."""

    position: int
    number: int
    marker_end: int
    term: str


def glossary(texts: Sequence[str]) -> list[Entry]:
    """The entries of every glossary run among the paragraphs ``texts``."""
    found: list[Entry] = []
    run: list[tuple[int, int, str, bool]] = []
    for position, text in enumerate(texts):
        entry = _entry(text)
        if entry is not None and (not run or position == run[-1][0] + 1):
            run.append((position, *entry))
            continue
        found += _counted(run, texts)
        run = [(position, *entry)] if entry is not None else []
    return found + _counted(run, texts)


def names_glossary(text: str) -> bool:
    """Whether a short line names a glossary (名词解释, 附件：名词解释)."""
    return len(text) <= _TERM_MAX * 2 and _GLOSSARY_NAME.search(text) is not None


def _entry(text: str) -> tuple[int, str, bool] | None:
    """``(marker end, term, defines)`` of a numbered paragraph opening with a term and a colon."""
    if not text or text[0] in "一二三四五六七八九十第":
        return None  # the report's own top headings, never a glossary's entries
    marker = heading_marker(text)
    if marker is None:
        return None
    term = _TERM.match(text, marker.end)
    if term is None or term.end() >= len(text):
        return None
    return marker.end, term.group("term"), _DEFINES.match(text, term.end()) is not None


def _counted(run: list[tuple[int, int, str, bool]], texts: Sequence[str]) -> list[Entry]:
    """The run's entries, numbered from one, if it is a glossary's."""
    if len(run) < _MIN_RUN:
        return []
    first = run[0][0]
    named = first > 0 and names_glossary(texts[first - 1])
    defining = sum(1 for *_, defines in run if defines)
    if not named and defining * 2 <= len(run):
        return []
    return [
        Entry(position, number, end, term)
        for number, (position, end, term, _) in enumerate(run, start=1)
    ]
