"""Word's automatic list numbering (numbering.xml), rendered as Word shows it: "一、", "（一）".

The numbers are not in a paragraph's text, yet official documents' outlines live in them. Counting
follows Word: lists (w:num) that share an abstract definition continue one another's count
unless one overrides its start; using a level restarts the deeper levels (w:lvlRestart aside).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from docx.oxml.ns import qn

from desktop.core.importing.readers.numerals import format_number

_LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")
# A number ending in one of these needs no space before the text ("一、", "（一）", "1．").
_CLOSED = re.compile(r"[\u3000-\u303f\uff00-\uffef]$")


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition (w:lvl)."""

    start: int = 1
    number_format: str = "decimal"
    text: str | None = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this 1-based level; 0: never
    legal: bool = False  # w:isLgl: show every level's number as decimal
    suffix: str = "tab"
    style_id: str | None = None  # w:pStyle: the paragraph style bound to this level


@dataclass(slots=True)
class _List:
    """A w:num: which abstract definition it uses and how it overrides it."""

    abstract_id: str
    levels: dict[int, Level] = field(default_factory=dict)
    overridden: bool = False  # a startOverride makes the list count on its own


def _val(element: Any, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


def _int(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(element: Any, base: Level | None = None) -> Level:
    base = base or Level()
    text_element = element.find(qn("w:lvlText"))
    text = base.text if text_element is None else text_element.get(qn("w:val"))
    return Level(
        start=_int(_val(element, "w:start"), base.start) or 0,
        number_format=_val(element, "w:numFmt") or base.number_format,
        text=text,
        restart=_int(_val(element, "w:lvlRestart"), base.restart),
        legal=element.find(qn("w:isLgl")) is not None or base.legal,
        suffix=_val(element, "w:suff") or base.suffix,
        style_id=_val(element, "w:pStyle") or base.style_id,
    )


class Numbering:
    """The numbering definitions of one document and the counters of a pass through it."""

    def __init__(self, numbering_xml: Any | None, style_links: dict[str, str]) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._lists: dict[str, _List] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._pending_links: dict[str, str] = {}
        if numbering_xml is not None:
            self._read_abstract(numbering_xml, style_links)
            self._read_lists(numbering_xml)

    def level_for_style(self, num_id: str, style_id: str) -> int:
        """The level a list binds to paragraph style ``style_id`` (0 if none does)."""
        for ilvl, level in self._levels(num_id).items():
            if level.style_id == style_id:
                return ilvl
        return 0

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Count one more paragraph of list ``num_id`` at level ``ilvl``; its label, if shown."""
        levels = self._levels(num_id)
        level = levels.get(ilvl)
        if level is None or not 0 <= ilvl < _LEVELS:
            return None
        counts = self._counters.setdefault(self._counter_key(num_id), [None] * _LEVELS)
        previous = counts[ilvl]
        counts[ilvl] = level.start if previous is None else previous + 1
        self._restart_deeper(counts, levels, ilvl)
        if level.number_format == "bullet" or not level.text:
            return None  # bullets carry no outline, and their glyphs are symbol-font codes
        return self._render(level, levels, counts)

    def _levels(self, num_id: str) -> dict[int, Level]:
        listing = self._lists.get(num_id)
        if listing is None:
            return {}
        return {**self._abstract.get(listing.abstract_id, {}), **listing.levels}

    def _counter_key(self, num_id: str) -> str:
        listing = self._lists[num_id]
        return f"num:{num_id}" if listing.overridden else f"abstract:{listing.abstract_id}"

    @staticmethod
    def _restart_deeper(counts: list[int | None], levels: dict[int, Level], ilvl: int) -> None:
        for deeper in range(ilvl + 1, _LEVELS):
            level = levels.get(deeper)
            restart = level.restart if level is not None else None
            if restart is None or ilvl < restart:
                counts[deeper] = None

    @staticmethod
    def _render(level: Level, levels: dict[int, Level], counts: list[int | None]) -> str:
        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            shown = levels.get(index, Level())
            value = counts[index] if counts[index] is not None else shown.start
            number_format = "decimal" if level.legal else shown.number_format
            return format_number(value or 0, number_format)

        label = _PLACEHOLDER.sub(number, level.text or "")
        if level.suffix == "nothing" or not label or _CLOSED.search(label):
            return label
        return label + " "

    def _read_abstract(self, root: Any, style_links: dict[str, str]) -> None:
        links: dict[str, str] = {}
        for abstract in root.iterchildren(qn("w:abstractNum")):
            abstract_id = abstract.get(qn("w:abstractNumId"))
            self._abstract[abstract_id] = {
                _int(lvl.get(qn("w:ilvl")), 0) or 0: _level(lvl)
                for lvl in abstract.iterchildren(qn("w:lvl"))
            }
            linked_style = _val(abstract, "w:numStyleLink")
            if linked_style in style_links:
                links[abstract_id] = style_links[linked_style]
        self._pending_links = links

    def _read_lists(self, root: Any) -> None:
        for num in root.iterchildren(qn("w:num")):
            listing = _List(_val(num, "w:abstractNumId") or "")
            for override in num.iterchildren(qn("w:lvlOverride")):
                self._apply_override(listing, override)
            self._lists[num.get(qn("w:numId"))] = listing
        # An abstract definition that only points at a numbering style uses that style's list.
        for listing in self._lists.values():
            target = self._pending_links.get(listing.abstract_id)
            if target in self._lists:
                listing.abstract_id = self._lists[target].abstract_id

    def _apply_override(self, listing: _List, override: Any) -> None:
        ilvl = _int(override.get(qn("w:ilvl")), 0) or 0
        base = self._abstract.get(listing.abstract_id, {}).get(ilvl)
        lvl = override.find(qn("w:lvl"))
        level = _level(lvl, base) if lvl is not None else base or Level()
        start = _int(_val(override, "w:startOverride"), None)
        if start is not None:
            level = replace(level, start=start)
            listing.overridden = True
        listing.levels[ilvl] = level
