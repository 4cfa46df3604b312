"""Saved web pages (.html): decode as a browser would, find the article, emit its blocks as lines.

Lines outside the article (navigation, footer, related links, share bars) are emitted too, marked
``chrome``, so the cleaner removes them visibly instead of this reader dropping text silently.
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Iterator
from dataclasses import replace

from bs4 import BeautifulSoup, UnusualUsageWarning
from bs4.element import Tag

from desktop.core.errors import DocumentError
from desktop.core.importing.chars import ends_sentence
from desktop.core.importing.readers.html_authors import page_author
from desktop.core.importing.readers.html_content import (
    BLOCK_TAGS,
    article_title,
    find_main_content,
    text_weight,
)
from desktop.core.importing.readers.html_lines import collect_lines
from desktop.core.importing.readers.html_meta import find_page_metadata, published_days
from desktop.core.importing.readers.html_summary import drop_summaries
from desktop.core.importing.readers.html_titles import named_by
from desktop.core.importing.readers.html_walk import is_article_body, tags_within
from desktop.core.importing.readers.html_wechat import fill_publish_time
from desktop.core.importing.readers.text import (
    Decoded,
    decode_as,
    decode_text,
    normalized_encoding,
)
from desktop.core.importing.source import SourceLine, SourceText

# Elements whose content is not text a reader sees. A <form> is handled apart: some CMSs wrap
# the whole page in one.
_NOT_TEXT = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
        "select",
        "button",
        "textarea",
        "input",
    )
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE | re.DOTALL
)
_HTML_START = re.compile(
    rb"\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<!doctype\s+html"
    rb"|<\?xml[^>]*>\s*<html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_PRESCAN_SIZE = 4096
_OPENING_BLOCKS = 4  # a dateline, a note (此件公开发布) may come before an article's own title


def looks_like_html(data: bytes) -> bool:
    """True if the bytes start the way a web page does (doctype, <html>, <head>)."""
    return _HTML_START.match(data.removeprefix(b"\xef\xbb\xbf")[:_PRESCAN_SIZE]) is not None


def read_html(data: bytes, name: str) -> SourceText:
    """A web page: block-level lines, headings from h1–h6, <title>, chrome marked."""
    decoded = decode_html(data, name)
    soup = _parse(decoded.text, name)
    title = _title(soup)
    declared = _og_title(soup)
    published = published_days(soup)  # read before <head> goes with what no reader sees
    author = page_author(soup, decoded.text)
    posted = fill_publish_time(soup, decoded.text)  # before the scripts go too
    if posted is not None and posted not in published:
        published.append(posted)
    _remove_invisible(soup)
    body = soup.body or soup
    main = find_main_content(body)
    metadata = find_page_metadata(body, main)
    title, headings = named_by(soup, body, main, title)
    shown = [heading for heading in headings if not _opens(main, heading)]
    lines = collect_lines(body, main, shown, chrome=metadata.tables)
    meta = {**metadata.source_meta(), **decoded.meta(), **author}
    if published:
        # the days the page was made, as a Word file's stamps: a dateline's year (news_dates)
        meta["file-dates"] = " ".join(published)
    named = meta.get("document-title") or declared or article_title(title, headings)
    notices = decoded.notices()
    return SourceText(lines, decoded.encoding, "html", title=named, meta=meta, notices=notices)


def decode_html(data: bytes, name: str) -> Decoded:
    """Decode a page: BOM or valid UTF-8 first, then its <meta> charset, then detection."""
    declared = declared_encoding(data)
    try:
        decoded = decode_text(data, name)
    except DocumentError as error:
        text = decode_as(data, declared) if declared and error.code == "encoding" else None
        if text is None:
            raise
        return Decoded(text, declared)
    if decoded.encoding.startswith("utf") or declared is None:
        return decoded  # a BOM or valid UTF-8 outweighs a declaration (often a stale one)
    if declared == decoded.encoding:
        return replace(decoded, rivals=())  # the page says which: no guess
    # Between legacy encodings (GBK or Big5?) the page's own word beats a guess.
    text = decode_as(data, declared)
    return Decoded(text, declared) if text is not None else decoded


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in <meta charset> or http-equiv Content-Type, normalized."""
    match = _META_CHARSET.search(data[:_PRESCAN_SIZE])
    if match is None:
        return None
    encoding = normalized_encoding(match.group(1).decode("ascii"))
    # A page read as bytes cannot be UTF-16 if its <meta> was readable as ASCII (as WHATWG says).
    if encoding is not None and encoding.startswith("utf-16"):
        return "utf-8"
    return encoding


def html_fragment_lines(html: str, name: str) -> list[SourceLine]:
    """The lines of a piece of HTML (a Markdown HTML block), all of it content."""
    soup = _parse(html, name)
    _remove_invisible(soup)
    body = soup.body or soup
    return collect_lines(body, body, [])


def _parse(text: str, name: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        # bs4 warns about markup that looks like a file name or XML; we parse what we were given.
        warnings.simplefilter("ignore", UnusualUsageWarning)
        try:
            # Browsers ignore NUL characters in a page's text; lxml would turn them into U+FFFD.
            return BeautifulSoup(text.replace("\x00", ""), "lxml")
        except (ValueError, RecursionError) as error:
            message = f"the page cannot be parsed: {error}"
            raise DocumentError(message, code="corrupt", path=name) from error


def _opens(main: Tag, heading: Tag) -> bool:
    """Whether the article opens with the title ``heading`` gives above it (gov.cn repeats a
    document's title, centred, under its dateline), or with its own title that the heading
    dresses up (a WeChat post's ``学习笔记｜…``, ``重磅！…全文``): the heading is then the
    page's, not text, since a reader of the article expects it to begin at its own title."""
    words = "".join(heading.get_text().split())
    blocks = (element for element in tags_within(main) if element.name in BLOCK_TAGS)
    opening = (text for element in blocks if (text := _squashed_text(element, len(words))))
    if words in itertools.islice(opening, _OPENING_BLOCKS):
        return True
    return any(_dressed_up(words, line) for line in _opening_lines(main, len(words)))


def _opening_lines(main: Tag, longest: int) -> Iterator[str]:
    """The article's first few lines: innermost blocks with text (a post's sections nest),
    each cut after ``longest`` + 1 characters."""
    blocks = (
        element
        for element in tags_within(main)
        if element.name in BLOCK_TAGS and element.find(BLOCK_TAGS) is None
    )
    lines = (_squashed_text(block, longest) for block in blocks)
    return itertools.islice((line for line in lines if line), _OPENING_BLOCKS)


def _squashed_text(element: Tag, longest: int) -> str:
    """``element``'s text without whitespace, cut once it is longer than ``longest``: enough
    to compare it with a heading, without joining up a whole article held in one block."""
    pieces: list[str] = []
    length = 0
    for string in element.strings:
        piece = "".join(string.split())
        pieces.append(piece)
        length += len(piece)
        if length > longest:
            break
    return "".join(pieces)[: longest + 1]


def _dressed_up(headline: str, line: str) -> bool:
    """Whether ``headline`` is the title ``line`` with a column's or an account's words around
    it: the line reads as a title (no sentence end) and makes up most of the headline."""
    if len(line) > len(headline) or ends_sentence(line) or len(line) * 2 < len(headline):
        return False
    return line in headline


def _title(soup: BeautifulSoup) -> str | None:
    element = soup.find("title")
    if element is None:
        return None
    title = " ".join(element.get_text(" ").split())
    return title or None


def _og_title(soup: BeautifulSoup) -> str | None:
    """The title a page gives for sharing (``og:title``), which names the article alone."""
    element = soup.find("meta", attrs={"property": "og:title"})
    content = element.get("content") if isinstance(element, Tag) else None
    title = " ".join(content.split()) if isinstance(content, str) else ""
    return title or None


def _remove_invisible(soup: BeautifulSoup) -> None:
    # One walk finds them all: what it drops is the same whatever the order of removal.
    invisible: list[Tag] = []
    hidden: list[Tag] = []
    forms: list[Tag] = []
    for element in tags_within(soup):
        if element.name in _NOT_TEXT or element.name == "head":
            invisible.append(element)
        elif _is_hidden(element):
            hidden.append(element)
        elif element.name == "form":
            forms.append(element)
    for element in invisible:
        if not element.decomposed:  # an earlier match may have held it
            element.decompose()
    _remove_hidden(soup, [element for element in hidden if not element.decomposed])
    _remove_forms(soup, [form for form in forms if not form.decomposed])


def _remove_hidden(soup: BeautifulSoup, hidden: list[Tag]) -> None:
    """Drop what the page hides (menus, pop-ups, templates), but not an element holding most
    of its prose that it keeps in place for a script to show once the page has loaded (a
    WeChat post saved from a browser keeps its text in ``#js_content``, set ``visibility:
    hidden``). What is taken out of the layout (``display: none``, ``hidden``) goes however
    long: a dialog's terms of use, a hidden menu of every office, under a short speech."""
    # by identity: bs4 compares tags by their whole content
    shown_later = {id(element) for element in hidden if _kept_in_place(element)}
    page_prose = text_weight(soup.get_text()) if shown_later else 0
    copies = []
    for element in hidden:
        if element.decomposed:
            continue
        if id(element) not in shown_later or not _shown_article(element, page_prose):
            element.decompose()
        else:
            copies.append(element)
    drop_summaries(soup, copies)  # a visible summary over the copy (展开全文) says it twice


def _shown_article(element: Tag, page_prose: float) -> bool:
    """Whether an element kept in place, unseen, is the article a script shows: most of the
    page's prose, or the element a CMS names for the article's text however short (a short
    WeChat post under its account's card, its QR code and its digest of other posts)."""
    return is_article_body(element) or text_weight(element.get_text()) > page_prose / 2


def _kept_in_place(element: Tag) -> bool:
    """Whether a hidden element is hidden only by ``visibility: hidden``: laid out, unseen."""
    style = element.get("style")
    if element.has_attr("hidden") or element.get("aria-hidden") == "true":
        return False
    return isinstance(style, str) and _DISPLAY_NONE.search(style) is None


def _remove_forms(soup: BeautifulSoup, forms: list[Tag]) -> None:
    """Drop search boxes and comment forms, but not a form that wraps the page (ASP.NET does)."""
    if not forms:
        return
    page_prose = text_weight(soup.get_text())
    for form in forms:
        if form.decomposed:
            continue
        if text_weight(form.get_text()) < page_prose / 2:
            form.decompose()
        else:
            form.unwrap()


def _is_hidden(element: Tag) -> bool:
    if element.has_attr("hidden") or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return isinstance(style, str) and _HIDDEN_STYLE.search(style) is not None
