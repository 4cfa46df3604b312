"""What the importer produces: a document of speeches, each with canonical text and an outline.

The outline and special lines are ``core.document``'s; offsets are ``str`` indexes into a
speech's canonical ``text`` (see DESIGN.md, "Text and offsets"). Apart from it because the
first frame (the library, the reader) needs none of these classes: each dataclass costs
start-up its compiled methods (bench/README.md, "startup").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from desktop.core.document import OutlineNode, TextSpan, text_hash
from desktop.core.text_templates import fill


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


@dataclass(slots=True, frozen=True)
class Removal:
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


class NoticeKind(StrEnum):
    """What the user should know of a file that was read, though it was read."""

    ENCODING_GUESSED = "encoding-guessed"  # an 8-bit code page chosen among others that fit
    MISNAMED = "misnamed"  # named .docx (.doc, .pdf) but plain text or a web page, read as such
    CONVERTED = "converted"  # an old .doc or .wps converted to .docx by an office suite first
    REPLACED_BYTES = "replaced-bytes"  # bytes no encoding read, shown as U+FFFD (damage)
    CUT_SHORT = "cut-short"  # an old Word file missing its end, read by the office suite: its
    # value is its sizes (``CutShort.as_value``)


CUT_SHORT_WORDS = "cut short (%1 of %2 bytes)"
"""How a file missing its end is said, everywhere: the command line in these words, the window
in their translation (``import_texts``, whose English source is these words: a test checks)."""


class CutShort(NamedTuple):
    """A file cut short: the bytes it has, and the bytes its own index says it needs."""

    have: int
    needs: int

    def words(
        self, template: str = CUT_SHORT_WORDS, number: Callable[[int], str] = "{:,}".format
    ) -> str:
        """ "cut short (2,048 of 4,608 bytes)": ``template`` (``CUT_SHORT_WORDS`` or its
        translation) with the two sizes written by ``number``."""
        return fill(template, number(self.have), number(self.needs))

    def as_value(self) -> str:
        """The sizes as a notice's ``value`` ("2048/4608")."""
        return f"{self.have}/{self.needs}"

    @classmethod
    def from_value(cls, value: str) -> CutShort | None:
        """The sizes of a notice's ``value`` (``as_value``); None if it holds none."""
        have, slash, needs = value.partition("/")
        if not (slash and have.isdigit() and needs.isdigit()):
            return None
        return cls(int(have), int(needs))


@dataclass(frozen=True, slots=True)
class ImportNotice:
    """A note on an import: its ``kind``, an English ``detail`` (the command line's) and the
    ``value`` a sentence names (the encoding guessed, the format the file held, the bytes
    replaced) and the 1-based ``line`` it points at (0: none)."""

    kind: str
    detail: str
    value: str = ""
    line: int = 0


@dataclass(slots=True)
class ImportedDocument:
    """The result of importing one file: a collection of one or more speeches.

    ``notices`` are about reading the file, not what it holds: they stay out of ``to_dict``,
    whose JSON libraries keep a hash of (a notice's wording changing is no new text).
    """

    title: str
    source: str
    encoding: str
    format: str
    speeches: list[Speech]
    removed: list[Removal] = field(default_factory=list)
    date: str | None = None
    notices: list[ImportNotice] = field(default_factory=list)

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
