"""The small part of Markdown that notes are shown with outside Markdown files: paragraphs, line
breaks, bold, italics, code and links, bullet and numbered lists and quotes (``note_blocks``).
Every rich output reads a note here and draws the same blocks and spans its own way (Word, the
HTML pages, the PDF, printing, the reader's tooltip); everything else in a note (raw HTML,
headings, tables) stays visible as the text the user typed. Plain-text outputs (Markdown, CSV,
JSON) keep the note as typed.

A link is a Markdown ``[text](url)`` or a bare ``https://…``, ``http://…`` or ``mailto:…``;
only those schemes become links (a ``javascript:`` or relative one stays as typed), so an
imported note cannot make a reader's click run anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from urllib.parse import quote

_CODE = re.compile(r"`([^`\n]+)`")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# As in CommonMark, a single * may emphasise inside a word (Chinese has no spaces between words).
_EMPHASIS = re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
# Line starts of CommonMark's list items and block quotes (up to three spaces before them); a
# thematic break (- - -, ***) is no list item, and stays a line of text.
_BULLET = re.compile(r"^ {0,3}[-+*][ \t]+(?=\S)")
_ORDERED = re.compile(r"^ {0,3}(\d{1,9})[.)][ \t]+(?=\S)")
_QUOTE_LINE = re.compile(r"^ {0,3}>[ \t]?")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SAFE_SCHEME = re.compile(r"(?:https?://[^\s/?#]|mailto:[^\s@]+@\S)", re.IGNORECASE)
# [text](url), [text](<url>) or [text](url "title"); a url may hold one level of parentheses
# (Wikipedia's do).
_MARKDOWN_LINK = re.compile(
    r"\[([^\[\]\n]+)\]\(\s*(?:<([^<>\n]+)>|([^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*))"
    r"(?:\s+\"[^\"\n]*\")?\s*\)"
)
# A bare URL is ASCII: Chinese text runs on after it without a space (见https://x.cn，详见…).
_BARE_URL = re.compile(r"(?:https?://|mailto:)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", re.I)
_TRAILING = ".,;:!?'\"*"  # sentence punctuation after a bare URL is not part of it
_URL_SAFE = "!#$%&'()*+,-./:;=?@[]~_"  # kept as they are; anything else is percent-encoded


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a note's text and how it is set; ``text`` may hold line breaks."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None  # a link's target: http(s) or mailto only, percent-encoded


@dataclass(frozen=True, slots=True)
class NoteBlock:
    """A block of a note: a paragraph, a list item (``bullet`` or ``ordered``, numbered as
    CommonMark numbers it: from the first item's number on) or a quote."""

    kind: str  # "paragraph", "bullet", "ordered" or "quote"
    spans: list[Span]
    number: int = 0  # an ordered item's number

    @property
    def marker(self) -> str:
        """What a list item is shown after: "•" or its number ("2."); "" for other blocks."""
        if self.kind == "bullet":
            return "•"
        return f"{self.number}." if self.kind == "ordered" else ""


def note_blocks(note: str) -> list[NoteBlock]:
    """A note's paragraphs, list items and quotes, in order, each as its spans; a line that
    starts no block (a lazy continuation) goes on the block above after a line break."""
    blocks: list[tuple[str, str, int]] = []  # kind, text, number
    for part in _BLANK_LINES.split(note.strip()):
        started = False  # a blank line ends a block: the part's first line starts one
        for line in part.strip("\n").split("\n"):
            kind, text, number = _block_start(line, blocks[-1] if blocks else None)
            if kind == "quote" and started and blocks[-1][0] == "quote":
                kind = "more"  # the next line of the same quote
            if kind == "more" and started:
                last = blocks[-1]
                blocks[-1] = (last[0], f"{last[1]}\n{text}", last[2])
            else:
                blocks.append((kind if kind != "more" else "paragraph", text, number))
            started = True
    return [
        NoteBlock(kind, inline_spans(text), number)
        for kind, text, number in blocks
        if text.strip() or kind != "paragraph"
    ]


def _block_start(line: str, previous: tuple[str, str, int] | None) -> tuple[str, str, int]:
    """How ``line`` reads: the block it starts ("bullet", "ordered", "quote"), or "more" (text
    going on), with its text and, for an ordered item, its number."""
    if _THEMATIC_BREAK.match(line):
        return "more", line, 0
    if bullet := _BULLET.match(line):
        return "bullet", line[bullet.end() :], 0
    if ordered := _ORDERED.match(line):
        follows = previous is not None and previous[0] == "ordered"
        number = previous[2] + 1 if follows and previous else int(ordered.group(1))
        return "ordered", line[ordered.end() :], number
    if quote := _QUOTE_LINE.match(line):
        return "quote", line[quote.end() :], 0
    return "more", line, 0


def inline_spans(text: str) -> list[Span]:
    """One paragraph cut into plain, bold, italic, code and link spans (markers removed)."""
    spans = []
    for piece, is_code in _split(_CODE, text):
        if is_code:
            spans.append(Span(piece, code=True))
            continue
        # A Markdown link is held as one character while emphasis is found: its text may be
        # emphasised ([**words**](url)), and it may sit inside emphasis (**[words](url)**).
        held, links = _hold_links(piece)
        for span in _emphasis_spans(held):
            spans.extend(_with_links(span, links))
    return spans


def inline_text(text: str) -> str:
    """``inline_spans(text)``'s texts joined, without making the spans: what a note's reading
    needs, ~10 times faster (a text with no `, * or [ reads as it is typed)."""
    if "`" not in text and "*" not in text and "[" not in text:
        return text  # bare URLs read as typed: nothing else to find
    if "`" not in text:
        return _piece_text(text)
    return "".join(
        piece if is_code else _piece_text(piece) for piece, is_code in _split(_CODE, text)
    )


def _piece_text(piece: str) -> str:
    """The text of a piece outside code, as ``inline_spans`` reads it (mirrors its steps)."""
    if "[" not in piece:
        return "".join(_emphasis_parts(piece))
    held, links = _hold_links(piece)
    texts: list[str] = []
    for part in _emphasis_parts(held):
        position = 0
        if links:
            for index, char in enumerate(part):
                if char in links:
                    texts.append(_link_text(part[position:index]))
                    texts.append("".join(_emphasis_parts(links[char][0])))
                    position = index + 1
        texts.append(_link_text(part[position:]))
    return "".join(texts)


def _emphasis_parts(text: str) -> list[str]:
    """The texts of ``_emphasis_spans(text)``."""
    if "*" not in text:
        return [text] if text else []
    return [
        part
        for strong, _bold in _split(_STRONG, text)
        for part, _italic in _split(_EMPHASIS, strong)
        if part
    ]


def _link_text(text: str) -> str:
    """The text of ``link_spans`` of ``text``: each Markdown link of a safe URL as its text."""
    if "[" not in text:
        return text
    texts: list[str] = []
    position = 0
    for match in _MARKDOWN_LINK.finditer(text):
        if safe_url(match.group(2) or match.group(3)) is not None:
            texts.append(text[position : match.start()])
            texts.append(match.group(1))
            position = match.end()
    texts.append(text[position:])
    return "".join(texts)


def _emphasis_spans(text: str) -> list[Span]:
    """``text`` cut into plain, bold and italic spans (markers removed)."""
    return [
        Span(part, bold=is_bold, italic=is_italic)
        for strong, is_bold in _split(_STRONG, text)
        for part, is_italic in _split(_EMPHASIS, strong)
        if part
    ]


def _hold_links(text: str) -> tuple[str, dict[str, tuple[str, str]]]:
    """``text`` with each Markdown link of a safe URL replaced by one private-use character
    the text does not hold, and each such character's (link text, URL)."""
    free = (chr(code) for code in range(0xE000, 0xF900) if chr(code) not in text)
    links: dict[str, tuple[str, str]] = {}

    def hold(match: re.Match[str]) -> str:
        url = match.group(2) or match.group(3)
        if safe_url(url) is None:
            return match.group()  # shown as typed
        held = next(free, None)
        if held is None:
            return match.group()
        links[held] = (match.group(1), url)
        return held

    return _MARKDOWN_LINK.sub(hold, text), links


def _with_links(span: Span, links: dict[str, tuple[str, str]]) -> list[Span]:
    """``span`` with its held links put back, each link's text in its own emphasis and the
    span's, and the bare URLs in the rest made links."""
    if not links:
        return link_spans(span)
    spans: list[Span] = []
    position = 0
    for index, char in enumerate(span.text):
        if char not in links:
            continue
        if index > position:
            spans.extend(link_spans(replace(span, text=span.text[position:index])))
        text, url = links[char]
        spans.extend(
            replace(
                inner,
                bold=inner.bold or span.bold,
                italic=inner.italic or span.italic,
                href=safe_url(url),
            )
            for inner in _emphasis_spans(text)
        )
        position = index + 1
    if position < len(span.text):
        spans.extend(link_spans(replace(span, text=span.text[position:])))
    return spans


def link_spans(span: Span) -> list[Span]:
    """``span`` cut where it holds links, each link a span of its own with its ``href``."""
    spans: list[Span] = []
    position = 0
    for start, end, text, url in _links(span.text):
        if start > position:
            spans.append(replace(span, text=span.text[position:start]))
        spans.append(replace(span, text=text, href=safe_url(url)))
        position = end
    if position < len(span.text) or not spans:
        spans.append(replace(span, text=span.text[position:]))
    return spans


def safe_url(url: str) -> str | None:
    """``url`` percent-encoded where it holds spaces or characters beyond ASCII, if it is an
    http(s) or mailto URL; None for any other (``javascript:``, ``data:``, a relative path)."""
    if not _SAFE_SCHEME.match(url):
        return None
    return quote(url, safe=_URL_SAFE)


def _links(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Each link in ``text`` as (start, end, the text shown, its URL), in order: Markdown
    links with a safe URL, then bare URLs in the text between them."""
    position = 0
    for match in _MARKDOWN_LINK.finditer(text):
        url = match.group(2) or match.group(3)
        yield from _bare_urls(text, position, match.start())
        if safe_url(url) is not None:  # else shown as typed, a URL inside it too
            yield match.start(), match.end(), match.group(1), url
        position = match.end()
    yield from _bare_urls(text, position, len(text))


def _bare_urls(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    for match in _BARE_URL.finditer(text, start, end):
        url = _trimmed(match.group())
        if safe_url(url) is not None:
            yield match.start(), match.start() + len(url), url, url


def _trimmed(url: str) -> str:
    """A bare URL without the punctuation that ends its sentence, and without a closing
    bracket it does not open (（见https://x.cn/a) is the sentence's)."""
    while url and (url[-1] in _TRAILING or _unopened(url, url[-1])):
        url = url[:-1]
    return url


def _unopened(url: str, last: str) -> bool:
    """Whether ``last``, the URL's last character, closes a bracket the URL does not open."""
    opening = {")": "(", "]": "["}.get(last)
    return opening is not None and url.count(opening) < url.count(last)


def plain_text(note: str) -> str:
    """The note as it reads in Word, Markdown's markers removed and a list item's own put
    before it ("• ", "2. "); blocks separated by a blank line."""
    return "\n\n".join(
        (f"{block.marker} " if block.marker else "") + "".join(span.text for span in block.spans)
        for block in note_blocks(note)
    )


def _split(pattern: re.Pattern[str], text: str) -> Iterator[tuple[str, bool]]:
    """The text between matches (False) and each match's inner text (True), in order."""
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            yield text[position : match.start()], False
        yield match.group(1), True
        position = match.end()
    if position < len(text):
        yield text[position:], False
