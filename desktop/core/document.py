"""A speech's structure: its outline of headings and points, and its special lines.

Every offset here is a Python ``str`` index into the speech's canonical ``text`` (see DESIGN.md,
"Text and offsets"). These classes are plain data shared by importing, storage, the models,
the reader and export; what the importer returns around them (the document, its speeches and
what cleaning removed) is in ``core.imported``, which opening a library does not load.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple


class NodeKind(StrEnum):
    """A heading (一、 (一) 1. (1) ① or an unnumbered heading line) or a point (第一 一是 一要)."""

    HEADING = "heading"
    POINT = "point"


class SpanKind(StrEnum):
    """Lines of a speech that are not body text and not outline headings."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    DATE = "date"
    SPEAKER = "speaker"
    SALUTATION = "salutation"
    TOC = "toc"
    SIGNATURE = "signature"  # an official document's issuer over its closing date (落款)


@dataclass(slots=True)
class OutlineNode:
    """One heading or point of a speech's outline.

    ``start`` is where the heading's numbering begins, ``head_end`` where its own words end (the
    end of its line, or of its first clause when it is glued to the body), and ``end`` where its
    section ends: the start of the next node of the same or a higher rank, or its parent's end.
    ``level`` is the depth in the tree (1 = top). ``marker`` is the numbering as written
    ("一、", "（一）", "1.", "第一", "一是"; empty for an unnumbered heading) and ``style`` the
    numbering family (see ``importing.numbering``).
    """

    kind: str
    level: int
    label: str
    start: int
    end: int
    head_end: int
    marker: str = ""
    style: str = ""
    children: list[OutlineNode] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape used by the command line and storage."""
        return {
            "kind": self.kind,
            "level": self.level,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "head_end": self.head_end,
            "marker": self.marker,
            "style": self.style,
            "children": [child.to_dict() for child in self.children],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutlineNode:
        """Inverse of ``to_dict``."""
        return cls(
            kind=data["kind"],
            level=data["level"],
            label=data["label"],
            start=data["start"],
            end=data["end"],
            head_end=data.get("head_end", data["start"]),
            marker=data.get("marker", ""),
            style=data.get("style", ""),
            children=[cls.from_dict(child) for child in data.get("children", [])],
        )


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class TextSpan(NamedTuple):
    """A range of a speech's text with a role: title, date, speaker line, salutation, contents,
    signature."""

    kind: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape used by the command line and storage."""
        return {"kind": self.kind, "start": self.start, "end": self.end}


def text_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text, in hex."""
    import hashlib  # here: loading OpenSSL is ~2 ms that opening the window does not need

    digest = hashlib.sha256()
    # A piece at a time: encoding a 10 M-character text at once held the GIL ~40 ms.
    for start in range(0, len(text), _HASH_PIECE):
        digest.update(text[start : start + _HASH_PIECE].encode("utf-8"))
    return digest.hexdigest()


_HASH_PIECE = 1 << 16


def iter_nodes(nodes: list[OutlineNode]) -> Iterator[OutlineNode]:
    """Every node of an outline in reading order (depth first, parents before children)."""
    for node in nodes:
        yield node
        yield from iter_nodes(node.children)


def node_path(nodes: list[OutlineNode], offset: int) -> list[OutlineNode]:
    """The chain of nodes (outermost first) whose section contains ``offset``."""
    path: list[OutlineNode] = []
    level = nodes
    while True:
        inner = next((n for n in level if n.start <= offset < n.end), None)
        if inner is None:
            return path
        path.append(inner)
        level = inner.children
