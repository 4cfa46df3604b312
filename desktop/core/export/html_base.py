"""What the HTML writers share: a self-contained printable page, colours, and safe note rendering.

Every string that came from a user or a file goes through ``html.escape`` before it is placed in
markup; notes are Markdown, of which a small safe subset is drawn (paragraphs, line breaks,
bold, italics, code, http(s) and mailto links: see ``note_markup``), each span escaped, so
``<script>`` shows as text.

The page is in the export's language (``<html lang>``); where that is not Chinese, the speeches'
own text (titles, headings, quotes) is marked ``lang="zh-CN"``, and so are the user's notes and
tags written in Chinese, so that a screen reader speaks, and a browser hyphenates, each part as
its language wants.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import UTC, tzinfo

from desktop.core.colors import COLOR_TABLE, color_info
from desktop.core.export import times
from desktop.core.export.note_markup import Span, note_blocks
from desktop.core.export.textutil import han_runs, mostly_han
from desktop.core.export.words import CHINESE_WORDS, CONTENT_LANGUAGE, ExportWords

SERIF_CJK = (
    '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", "宋体", serif'
)
SANS_CJK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimHei", '
    '"黑体", sans-serif'
)
KAI_CJK = '"KaiTi", "楷体", "STKaiti", "Kaiti SC", ' + SERIF_CJK


def esc(text: str) -> str:
    """Text escaped for element content and quoted attribute values."""
    return html.escape(text, quote=True)


def content_lang(words: ExportWords) -> str:
    """The ``lang`` attribute (with its leading space) for the speeches' own text on a page
    in ``words``' language: none where the page is Chinese too."""
    if words.language_tag == CONTENT_LANGUAGE:
        return ""
    return f' lang="{CONTENT_LANGUAGE}"'


def user_text_lang(text: str, words: ExportWords) -> str:
    """The ``lang`` attribute for a user's ``text`` (a note, a tag): Chinese if it is written so."""
    return content_lang(words) if mostly_han(text) else ""


def mixed_html(text: str, words: ExportWords) -> str:
    """A line of the page's words naming Chinese ones (a citation, a speech's facts), escaped,
    the Chinese marked as such on a page that is not."""
    lang = content_lang(words)
    if not lang:
        return esc(text)
    return "".join(
        f"<span{lang}>{esc(piece)}</span>" if is_han else esc(piece)
        for piece, is_han in han_runs(text)
    )


def text_html(text: str) -> str:
    """Plain text as HTML: escaped, line breaks kept."""
    return "<br>".join(esc(line) for line in text.split("\n"))


def note_html(note: str, lang: str = "", classes: Mapping[str, str] | None = None) -> str:
    """A Markdown note as safe HTML paragraphs, lists and quotes (a subset of Markdown; never
    raw HTML), each with the ``lang`` attribute given (``user_text_lang``'s) and the class
    ``classes`` gives its element (``blocks_html``)."""
    return blocks_html(note_html_blocks(note), lang, classes)


def note_html_blocks(note: str) -> list[tuple[str, int, str]]:
    """A Markdown note's blocks (``note_blocks``) as (kind, number, their inner safe HTML)."""
    return [
        (block.kind, block.number, "".join(_span_html(span) for span in block.spans))
        for block in note_blocks(note)
    ]


def blocks_html(
    blocks: Sequence[tuple[str, int, str]], lang: str = "", classes: Mapping[str, str] | None = None
) -> str:
    """Blocks (``note_html_blocks``') as paragraphs, quotes and the list items of a run of one
    kind in one ``ul`` or ``ol`` (numbered from its first item's number); ``classes``: the
    class of each element but ``li`` (``p``, ``ul``, ``ol``, ``blockquote``)."""
    parts: list[str] = []
    open_list = ""  # the list element (ul, ol) the items so far are in
    for kind, number, inner in blocks:
        tag = _LIST_TAGS.get(kind, "")
        if open_list and tag != open_list:
            parts.append(f"</{open_list}>")
            open_list = ""
        if not tag:
            element = "blockquote" if kind == "quote" else "p"
            parts.append(f"<{element}{_class(classes, element)}{lang}>{inner}</{element}>")
            continue
        if not open_list:
            start = f' start="{number}"' if tag == "ol" and number != 1 else ""
            parts.append(f"<{tag}{_class(classes, tag)}{start}>")
            open_list = tag
        parts.append(f"<li{lang}>{inner}</li>")
    if open_list:
        parts.append(f"</{open_list}>")
    return "".join(parts)


_LIST_TAGS = {"bullet": "ul", "ordered": "ol"}

NOTE_CLASSES = {"blockquote": "note-quote"}
"""The class of a note's quote in a ``div.note``: LibreOffice, and Word opening the page, read
no ``.note blockquote``, and set it as the speech's quotes, without its rule."""


def _class(classes: Mapping[str, str] | None, element: str) -> str:
    name = classes.get(element) if classes else None
    return f' class="{name}"' if name else ""


def _span_html(span: Span) -> str:
    html = esc(span.text).replace("\n", "<br>\n")
    if span.code:
        return f"<code>{html}</code>"
    if span.italic:
        html = f"<em>{html}</em>"
    if span.bold:
        html = f"<strong>{html}</strong>"
    if span.href:  # http(s) or mailto only, percent-encoded (note_markup.safe_url)
        # A link named in words prints its address after them: paper has no links.
        named = ' class="named"' if span.text != span.href else ""
        html = f'<a href="{esc(span.href)}"{named}>{html}</a>'
    return html


def color_class(color: str | None) -> str:
    """The CSS class of a highlight colour (``c-yellow``), or ``c-none``."""
    info = color_info(color)
    return f"c-{info.color.value}" if info else "c-none"


def highlight_html(html: str, color: str | None) -> str:
    """Markup ``html`` as highlighted in ``color``.

    The colour is on a ``span`` inside the ``mark``: LibreOffice and Word, opening the page,
    know no ``mark`` and drop its style, but colour a span by its class.
    """
    return f'<mark><span class="{color_class(color)}">{html}</span></mark>'


def tags_html(tags: tuple[str, ...], words: ExportWords = CHINESE_WORDS) -> str:
    """Tags as small labelled spans, each marked with its language on a page in ``words``'."""
    return " ".join(
        f'<span class="tag"{user_text_lang(tag, words)}>#{esc(tag)}</span>' for tag in tags
    )


NO_COLOR_FILL = "#E8E8E8"  # a highlight of a colour this version does not know


def _color_css() -> str:
    # Literal colours on bare classes: LibreOffice and Word ignore custom properties
    # (var(--…)), and LibreOffice a span's ``span.c-yellow`` (it reads ``.c-yellow``).
    fills = [("c-none", NO_COLOR_FILL)]
    fills += [(f"c-{info.color.value}", info.fill) for info in COLOR_TABLE.values()]
    rules = []
    for name, fill in fills:
        rules.append(f".{name} {{ background-color: {fill}; }}")
        rules.append(
            f"blockquote.{name} {{ background-color: transparent; border-left: 4px solid {fill}; }}"
        )
    return "\n".join(rules)


# LibreOffice styles an element of two classes by neither of them: each element has one
# class, and the styles it shares with others come by comma groups, which LibreOffice reads,
# as it merges the rules that name one class. Its HTML import reads no em lengths (2.4em was
# ignored there, 27pt kept): the notes' hang and the body's first-line indent (25.5pt: two
# characters of the 17px text) are said in points first, then in ems, the last a browser takes.
_CSS = """
:root { color-scheme: light; }
body { font-family: %(serif)s; font-size: 17px; line-height: 1.85; color: #1f1f1f;
  max-width: 46em; margin: 2.5em auto; padding: 0 1.2em; }
h1, h2, h3, h4, h5, h6, .heading-run { font-family: %(sans)s; font-weight: bold; }
h1 { font-size: 1.7em; text-align: center; margin: 0.6em 0; }
h2 { font-size: 1.35em; margin-top: 1.8em; }
h3 { font-size: 1.15em; }
h4, h5, h6 { font-size: 1.05em; }
mark { background-color: transparent; color: inherit; }
mark > span { padding: 0 0.05em; border-radius: 2px; }
blockquote { margin: 0.8em 0 0.4em; padding: 0.2em 0 0.2em 1em; }
.meta, .zone, .cite, .marked, .title-meta, .title-cite, .generated {
  color: #666; font-size: 0.88em; }
.subtitle, .title-meta, .title-cite, .generated { text-align: center; }
.note { font-family: %(kai)s; margin: 0.2em 0 0.2em 1.2em; }
.note p, .note li { margin: 0.3em 0; }
.note ul, .note ol { margin: 0.3em 0; padding-left: 2em; }
blockquote.note-quote { margin: 0.3em 0 0.3em 0.5em; padding: 0 0 0 0.8em; color: #555;
  border-left: 3px solid #ccc; }
.tag { color: #555; margin-right: 0.4em; }
.item, .orphan { margin-bottom: 1.4em; }
.orphan { border-left: 4px dashed #bbb; }
sup.ref a { text-decoration: none; color: #a23; font-size: 0.8em; }
div.notes { margin: 0.3em 0 1em; }
p.endnote, p.endnote-more { font-size: 0.93em; color: #333; margin: 0;
  margin-left: 27pt; margin-left: 2.4em; }
p.endnote { text-indent: -27pt; text-indent: -2.4em; }
ul.endnote-list, ol.endnote-list, blockquote.endnote-quote { font-size: 0.93em; color: #333;
  margin: 0; margin-left: 27pt; margin-left: 2.4em; }
ul.endnote-list, ol.endnote-list { padding-left: 18pt; padding-left: 1.6em; }
blockquote.endnote-quote { padding: 0 0 0 9pt; padding: 0 0 0 0.8em; color: #555;
  border-left: 3px solid #ccc; }
a.lead { text-decoration: none; color: #a23; }
.speech { margin-bottom: 3em; }
p.body { text-indent: 25.5pt; text-indent: 2em; margin: 0.5em 0; }
p.signature, p.closing-date { text-align: right; margin: 0 2em 0 0; }
p.signature { margin-top: 1.85em; }
%(colors)s
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 12pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  a.named::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  .item, .orphan, blockquote, p.endnote { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  .speech + .speech { break-before: page; }
  @page { size: A4; margin: 2.2cm 2cm; }
}
"""


def page(
    title: str,
    body: str,
    generated: str,
    zone: tzinfo = UTC,
    words: ExportWords = CHINESE_WORDS,
) -> str:
    """A complete, self-contained HTML document (inline CSS, no external resources), signed
    with the time it was made in ``zone``."""
    head, tail = page_parts(title, generated, zone, words)
    return f"{head}{body}{tail}"


def page_parts(
    title: str,
    generated: str,
    zone: tzinfo = UTC,
    words: ExportWords = CHINESE_WORDS,
) -> tuple[str, str]:
    """What ``page`` puts before its body and after it, for a page written in pieces."""
    stamp = times.stamped(generated, zone, words)
    css = _CSS % {"serif": SERIF_CJK, "sans": SANS_CJK, "kai": KAI_CJK, "colors": _color_css()}
    head = (
        "<!DOCTYPE html>\n"
        f'<html lang="{words.language_tag}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{esc(words.generator)}">\n'
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
    )
    tail = f'\n<p class="generated">{esc(words.generator)} · {esc(stamp)}</p>\n</body>\n</html>\n'
    return head, tail
