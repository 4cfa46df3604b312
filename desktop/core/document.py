"""What the importer produces: a document of speeches, each with canonical text and an outline.

Every offset here is a Python ``str`` index into the speech's canonical ``text`` (see DESIGN.md,
"Text and offsets"). These classes are plain data shared by importing, storage, the models,
the reader and export.
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


@dataclass(slots=True)
class Speech:
    """One speech: its canonical text, metadata and outline.

    ``date`` is ISO 8601 (``2016-04-15``; ``2016-04`` or ``2016`` when only that is known).
    ``listed_title`` is the title given in a compilation's separator line when the speech has
    its own title line that differs.
    """

    index: int
    title: str
    text: str
    outline: list[OutlineNode] = field(default_factory=list)
    spans: list[TextSpan] = field(default_factory=list)
    date: str | None = None
    speaker: str | None = None
    role: str | None = None
    listed_title: str | None = None

    @property
    def text_hash(self) -> str:
        """The hash annotations keep to tell whether the text they were made on has changed."""
        return text_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``python -m desktop outline --json``."""
        return {
            "index": self.index,
            "title": self.title,
            "listed_title": self.listed_title,
            "date": self.date,
            "speaker": self.speaker,
            "role": self.role,
            "text": self.text,
            "spans": [span.to_dict() for span in self.spans],
            "outline": [node.to_dict() for node in self.outline],
        }


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class Removal(NamedTuple):
    """Something the cleaner took out of the text, kept so the user can see it.

    ``kind`` is one of ``RemovalKind``. ``speech`` is the 1-based index of the speech it was in
    (``None`` when it sat outside every speech, e.g. a page footer after the last one) and
    ``position`` the offset in that speech's canonical text where it used to be (an offset in
    the whole cleaned document when ``speech`` is ``None``).
    """

    kind: str
    text: str
    speech: int | None
    position: int

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape used by the command line and storage."""
        return {
            "kind": self.kind,
            "text": self.text,
            "speech": self.speech,
            "position": self.position,
        }


class RemovalKind(StrEnum):
    """Kinds of removed noise."""

    WATERMARK = "watermark"  # (本文权属…所有,更多文章请登陆查看)
    CATALOGUE_STAMP = "catalogue-stamp"  # nlc202309090206
    PAGE_MARKER = "page-marker"  # (下转第19页) (上接第13页), page numbers such as - 12 -
    PAGE_HEADER = "page-header"  # a PDF's running header or footer, repeated on most pages
    FOOTER = "footer"  # 上一篇…下一篇…
    WEB_CHROME = "web-chrome"  # navigation, 责任编辑, 相关稿件, 纠错, ICP lines of a saved page
    LINE_BREAK = "line-break"  # a hard wrap inside a sentence, rejoined
    SPACING = "spacing"  # stray spaces between CJK characters and punctuation
    CONTROL = "control"  # NUL, Ctrl-Z, zero-width characters
    CUT_OFF = "cut-off"  # a speech's title (speaker, date) left at the end with no text under it


@dataclass(slots=True)
class ImportedDocument:
    """The result of importing one file: a collection of one or more speeches."""

    title: str
    source: str
    encoding: str
    format: str
    speeches: list[Speech]
    removed: list[Removal] = field(default_factory=list)
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``python -m desktop outline --json``."""
        return {
            "title": self.title,
            "source": self.source,
            "encoding": self.encoding,
            "format": self.format,
            "date": self.date,
            "speeches": [speech.to_dict() for speech in self.speeches],
            "removed": [removal.to_dict() for removal in self.removed],
        }


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
