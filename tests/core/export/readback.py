"""Read export outputs back with real parsers, as a user's program would."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import docx
import pypdf
from docx.oxml.ns import qn

_MARKER = re.compile(r"\[(?:批|A)\d+\]")


@dataclass
class ParsedHtml:
    """What an HTML parser saw: the text, every element name, and attributes by element."""

    text: str = ""
    elements: list[str] = field(default_factory=list)
    attributes: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    by_class: dict[str, list[str]] = field(default_factory=dict)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.result = ParsedHtml()
        self._chunks: list[str] = []
        self._open: list[tuple[str, str, int]] = []  # tag, classes, chunk index when opened
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.result.elements.append(tag)
        self.result.attributes.append((tag, dict(attrs)))
        self._in_style = tag in ("style", "title")
        if tag in ("br", "meta", "hr"):
            self._chunks.append("\n" if tag == "br" else "")
            return
        self._open.append((tag, dict(attrs).get("class") or "", len(self._chunks)))

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        while self._open:
            opened, classes, index = self._open.pop()
            for name in classes.split():
                self.result.by_class.setdefault(name, []).append("".join(self._chunks[index:]))
            if opened == tag:
                break
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div"):
            self._chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self._chunks.append(data)

    def close(self) -> None:
        super().close()
        self.result.text = "".join(self._chunks)


def read_html(html: str) -> ParsedHtml:
    """Parse HTML with the standard library's parser."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.result


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^[a-z0-9]*\.([\w-]+)$")


def class_styles(html: str) -> dict[str, dict[str, str]]:
    """The screen styles each class gets as LibreOffice reads a page's CSS: from the rules
    whose comma-separated selectors include that class alone (``.x`` or ``p.x``), merged in
    order; a selector of two classes, or of descent, gives none."""
    css = html.split("<style>", 1)[1].split("</style>", 1)[0].split("@media", 1)[0]
    styles: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(css):
        declarations = [part.split(":", 1) for part in body.split(";") if ":" in part]
        for selector in selectors.split(","):
            match = _CLASS_SELECTOR.match(selector.strip())
            if match:
                style = styles.setdefault(match.group(1), {})
                style.update((name.strip(), value.strip()) for name, value in declarations)
    return styles


def element_classes(parsed: ParsedHtml) -> list[str]:
    """The ``class`` attribute of every element that has one."""
    return [attrs["class"] or "" for _, attrs in parsed.attributes if "class" in attrs]


def read_docx(data: bytes) -> docx.document.Document:
    """Open .docx bytes with python-docx."""
    return docx.Document(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    """Every paragraph's text, one per line."""
    return "\n".join(paragraph.text for paragraph in read_docx(data).paragraphs)


def east_asia_font(element: object) -> str | None:
    """The ``w:eastAsia`` font of a style's or run's properties."""
    rpr = element.find(qn("w:rPr"))  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def run_fill(run: object) -> str | None:
    """A run's shading fill (``w:shd/@w:fill``)."""
    rpr = run._element.find(qn("w:rPr"))  # type: ignore[attr-defined]
    shading = rpr.find(qn("w:shd")) if rpr is not None else None
    return shading.get(qn("w:fill")) if shading is not None else None


def read_csv(data: bytes) -> list[list[str]]:
    """The rows of CSV bytes (after checking and dropping the BOM)."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def pdf_text(data: bytes) -> str:
    """All text pypdf extracts from the PDF, pages joined."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def squeeze(text: str) -> str:
    """Text without whitespace: PDF and HTML extraction break lines where the layout does."""
    return "".join(text.split())


def without_markers(text: str) -> str:
    """Text without the user's note markers ([批1], [A2]…), to compare with the speech's text."""
    return _MARKER.sub("", text)


_VOID = frozenset({"br", "meta", "hr", "img", "link", "input"})


class _LanguageCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[tuple[str, str]] = []
        self._languages: list[tuple[str, str]] = [("", "")]  # element, its language
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        language = dict(attrs).get("lang") or self._languages[-1][1]
        self._languages.append((tag, language))
        self._skip += tag in ("style", "title", "head")

    def handle_endtag(self, tag: str) -> None:
        while len(self._languages) > 1:
            opened, _ = self._languages.pop()
            self._skip -= opened in ("style", "title", "head")
            if opened == tag:
                break

    def handle_data(self, data: str) -> None:
        if data.strip() and not self._skip:
            self.texts.append((data.strip(), self._languages[-1][1]))


def html_languages(html: str) -> list[tuple[str, str]]:
    """Each piece of the page's visible text with the language it is in (``lang``, inherited)."""
    collector = _LanguageCollector()
    collector.feed(html)
    collector.close()
    return collector.texts


def language_of(texts: list[tuple[str, str]], words: str) -> set[str]:
    """The languages of the pieces of text holding ``words``."""
    return {language for text, language in texts if words in text}
