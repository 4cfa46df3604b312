"""A .docx's paragraph styles (styles.xml): which are headings, which carry list numbering.

Word writes built-in style names in English ("heading 1", "Title") whatever its language, but
WPS and templates use "标题 1" and "标题"; custom styles inherit through w:basedOn, and an
outline level (w:outlineLvl) makes any style a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = frozenset({"title", "标题"})
_BODY_TEXT_LEVEL = 9  # w:outlineLvl 9 means "body text": explicitly not a heading
_MAX_INHERITANCE = 20  # guards against w:basedOn cycles in damaged files


def child_val(element: Any, *tags: str) -> str | None:
    """The w:val of the element at path ``tags`` under ``element``, if any."""
    for tag in tags:
        if element is None:
            return None
        element = element.find(qn(tag))
    return element.get(qn("w:val")) if element is not None else None


def outline_heading(outline_level: str | None) -> int | None | bool:
    """A w:outlineLvl value as a heading level; ``False`` for body text, ``None`` if absent."""
    if outline_level is None:
        return None
    try:
        level = int(outline_level)
    except ValueError:
        return None
    return False if level >= _BODY_TEXT_LEVEL or level < 0 else level + 1


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    outline_level: str | None
    num_id: str | None
    ilvl: int | None


class Styles:
    """Heading levels and list numbering that paragraph styles give their paragraphs."""

    def __init__(self, styles_xml: Any | None) -> None:
        self._styles: dict[str, _Style] = {}
        self.default_style: str | None = None
        self.numbering_links: dict[str, str] = {}  # numbering style id → its w:numId
        if styles_xml is not None:
            self._read(styles_xml)

    def heading_level(self, style_id: str | None) -> int | None:
        """The heading level of a paragraph in ``style_id``: 0 for a title, None for body text."""
        for style in self._chain(style_id):
            level = outline_heading(style.outline_level)
            if level is False:
                return None
            if level is not None:
                return int(level)
            match = _HEADING_NAME.match(style.name)
            if match:
                return int(match.group(1))
            if style.name.lower() in _TITLE_NAMES:
                return 0
        return None

    def numbering(self, style_id: str | None) -> tuple[str, int | None] | None:
        """The list (w:numId, level or None) a style puts its paragraphs in, if any."""
        for style in self._chain(style_id):
            if style.num_id is not None:
                return style.num_id, style.ilvl
        return None

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        current = style_id or self.default_style
        while current in self._styles and len(chain) < _MAX_INHERITANCE:
            style = self._styles[current]
            chain.append(style)
            current = style.based_on
        return chain

    def _read(self, root: Any) -> None:
        for element in root.iterchildren(qn("w:style")):
            style_id = element.get(qn("w:styleId"))
            kind = element.get(qn("w:type"))
            if style_id is None:
                continue
            style = _read_style(element)
            if kind == "numbering" and style.num_id is not None:
                self.numbering_links[style_id] = style.num_id
            if kind not in (None, "paragraph"):
                continue
            self._styles[style_id] = style
            if element.get(qn("w:default")) in {"1", "true", "on"}:
                self.default_style = style_id


def _read_style(element: Any) -> _Style:
    ppr = element.find(qn("w:pPr"))
    ilvl = child_val(ppr, "w:numPr", "w:ilvl")
    return _Style(
        name=(child_val(element, "w:name") or "").strip(),
        based_on=child_val(element, "w:basedOn"),
        outline_level=child_val(ppr, "w:outlineLvl"),
        num_id=child_val(ppr, "w:numPr", "w:numId"),
        ilvl=int(ilvl) if ilvl is not None and ilvl.isdigit() else None,
    )
