"""What a reader hands to the cleaner: the file's lines, with what the format says of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.imported import ImportNotice


@dataclass(slots=True, frozen=True)
class SourceLine:
    """One line (plain text) or paragraph (docx, html, md) as decoded, not yet cleaned.

    ``heading`` is the heading level the format itself declares (a docx "Heading 2" style,
    a Markdown ``##``, an HTML ``<h2>``; 0 for a document title style), or ``None``; plain
    text declares nothing. ``chrome`` marks a line a reader recognised as page furniture rather
    than content (a web page's navigation or footer): the cleaner removes and records it, so
    nothing is dropped silently. ``noise`` names the ``RemovalKind`` of a line a reader knows
    to be furniture of another kind (a PDF page's number or running header); it wins over
    ``chrome``.
    """

    text: str
    heading: int | None = None
    chrome: bool = False
    noise: str | None = None


@dataclass(slots=True)
class SourceText:
    """A decoded file: its lines, the encoding or container it came in, and its format.

    ``encoding`` names what the bytes were (``utf-8``, ``utf-8-sig``, ``utf-16-le``,
    ``gb18030``, ``big5``…; ``docx`` for Word files, ``pdf`` for PDF). ``format`` is ``txt``,
    ``docx``, ``md``, ``html`` or ``pdf``. ``title`` is a title the format declares (an HTML
    ``<title>``, a docx's core properties, Markdown front matter), which the structure step may
    use or ignore. ``notices`` say what the user should check of how the file was read.
    """

    lines: list[SourceLine]
    encoding: str
    format: str
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    notices: tuple[ImportNotice, ...] = ()
