"""Markdown (.md): block text from markdown-it's tokens, headings from # and setext underlines,
the title, date and speaker from YAML front matter, footnotes ([^1]) as the importer's notes:
``[1]`` where cited, each note's text after the body, as pandoc and GitHub render them.

Inline markup gives way to its text (emphasis, links, code spans); images are dropped; an
ordered list item keeps its number ("1. …"), since speeches number their points that way.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from desktop.core.importing.chars import (
    BULLET,
    CELL_GAP,
    display_width,
    ends_sentence,
    with_list_number,
)
from desktop.core.importing.dates import parse_date
from desktop.core.importing.hyphens import SpelledForms, wrap_hyphen
from desktop.core.importing.joining import WrapLayout, detect_wrap
from desktop.core.importing.latin_dates import latin_date_line
from desktop.core.importing.lines import salutation_length
from desktop.core.importing.names import bare_name
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.readers.html import html_fragment_lines
from desktop.core.importing.readers.text import decode_text, split_lines
from desktop.core.importing.source import SourceLine, SourceText
from desktop.core.importing.speakers import speaker

# Blank lines may stand over it (a post copied out of a blog's export keeps them).
_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?:[ \t]*\r?\n)*---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL
)
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_SOFT_BREAK = "\n"
_HYPHEN_END = re.compile(r"[A-Za-z]-$")
_CJK_END = re.compile(f"[{_CJK}]$")
_CJK_START = re.compile(f"[{_CJK}]")
# A hard-wrapped paragraph: this many lines before its last, their widths this close.
_WRAPPED_LINES_MIN = 2
_WRAP_SLACK = 4
_LATIN_WORD_START = re.compile(r"[!-~]+")
# An inline HTML line break (中文。<br/>English.): a hard break, as a browser shows it.
_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A row of a table of data (项目 | 数额) reads as one line of columns, as a .docx's does; a
# cell longer than this holds prose, and the row's cells keep a line each.
_DATA_CELL_MAX = 60


@dataclass(slots=True)
class FrontMatter:
    """What a document's YAML front matter declares: its title and other scalar fields."""

    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def read_markdown(data: bytes, name: str) -> SourceText:
    """A Markdown file: one line per paragraph, list item, cell or code line; headings marked."""
    decoded = decode_text(data, name)
    front, body = split_front_matter(decoded.text)
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)
    # A word broken at a wrap is told by how the file spells it elsewhere (hyphens.py).
    spelled = SpelledForms(body.splitlines()) if re.search(r"[a-z]-\r?\n", body) else None
    tokens = parser.parse(body)
    lines = list(_block_lines(tokens, name, spelled, _file_wrap(tokens)))
    meta = {**front.meta, **decoded.meta()}
    written = front.meta.get("date", "")
    declared_date = parse_date(written) or latin_date_line(written)  # or January 5, 2024
    if declared_date:
        meta["document-date"] = declared_date  # the date the importer takes from the format
    meta.update(_declared_speaker(front.meta))
    return SourceText(
        lines, decoded.encoding, "md", title=front.title, meta=meta, notices=decoded.notices()
    )


def _declared_speaker(fields: dict[str, str]) -> dict[str, str]:
    """The speaker front matter names, as the importer takes it: ``speaker:`` as written
    (its role split off where it gives one), ``author:`` only where it reads as a person.

    Front matter is written on purpose for the text it heads, so its author of a speech is
    the one who gave it; but a page's ``author:`` may be whoever posted it (学习小组,
    某某公众号), so it counts only as a name, or a role and a name."""
    given = fields.get("speaker", "")
    said_by = (speaker(given) or (None, given)) if given else None
    author = fields.get("author", "")
    if said_by is None and author:
        said_by = speaker(author) or ((None, author) if bare_name(author, said=True) else None)
    if said_by is None:
        return {}
    role, name = said_by
    declared = {"document-speaker": name}
    return declared | ({"document-role": role} if role else {})


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """The YAML front matter at the top of ``text`` (if it is a mapping) and the rest."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return FrontMatter(), text
    try:
        fields = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError:
        return FrontMatter(), text  # not front matter after all: a rule and a setext heading
    if not isinstance(fields, dict):
        return FrontMatter(), text
    meta = {str(key): _scalar(value) for key, value in fields.items() if _is_scalar(value)}
    return FrontMatter(meta.pop("title", None) or None, meta), text[match.end() :]


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float | dt.date) and not isinstance(value, bool)


def _scalar(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _block_lines(
    tokens: list[Token],
    name: str,
    spelled: SpelledForms | None = None,
    wrap: WrapLayout | None = None,
) -> Iterator[SourceLine]:
    heading: int | None = None
    number = ""  # an ordered list item's number, waiting for the item's first paragraph
    note: list[str] | None = None  # the lines of the footnote being read
    row: list[str] | None = None  # the cells of the table row being read
    for token in tokens:
        if row is not None and token.type == "inline":
            row.append(" ".join(_inline_lines(token.children or [], spelled, wrap)))
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            yield from _row_lines(row)
            row = None
        elif note is not None and token.type == "inline":
            note.extend(_inline_lines(token.children or [], spelled, wrap))
        elif token.type == "footnote_close" and note is not None:
            # A note of several paragraphs is one note, one line, as a .docx's is: its later
            # paragraphs are no body text under the notes (footnotes close the text).
            yield SourceLine(number + _join_lines(note, spelled))
            note, number = None, ""
        elif token.type == "heading_open":
            heading = _HEADINGS.get(token.tag)
        elif token.type == "heading_close":
            heading = None
        elif token.type == "list_item_open":
            # An ordered item keeps its number (it may be a heading's); a bullet item reads
            # as one, so that a list of short phrases is not taken for headings.
            number = f"{token.info}{token.markup} " if token.info else f"{BULLET} "
        elif token.type == "footnote_open":
            number = _note_mark(token)  # a note's line opens with its mark
            note = []
        elif token.type == "inline":
            for index, text in enumerate(_inline_lines(token.children or [], spelled, wrap)):
                # a bullet keeps its space: "•大力" would read as one word
                ordered = not number.startswith(BULLET)
                first = with_list_number(number, text) if ordered else number + text
                yield SourceLine(first if index == 0 else text, heading=heading)
            number = ""
        elif token.type in {"fence", "code_block"}:
            yield from (SourceLine(line) for line in split_lines(token.content))
        elif token.type == "html_block":
            yield from html_fragment_lines(token.content, name)


def _row_lines(cells: list[str]) -> Iterator[SourceLine]:
    """A table row's lines: one of columns for a row of data (the cells set apart as a
    .docx's are), else a line for each cell that holds text."""
    if len(cells) >= 2 and all(len(cell) <= _DATA_CELL_MAX for cell in cells):
        yield SourceLine(CELL_GAP.join(cells))
    else:
        yield from (SourceLine(cell) for cell in cells if cell)


def _inline_lines(
    children: list[Token], spelled: SpelledForms | None = None, wrap: WrapLayout | None = None
) -> list[str]:
    """An inline token's text, split at hard breaks; soft breaks read as spaces (or none in CJK)."""
    lines = [line for run in _runs(children) for line in _soft_lines(run, spelled, wrap)]
    return [line for line in lines if line.strip()]


def _runs(children: list[Token]) -> Iterator[list[str]]:
    """The parts of an inline token's text between its hard breaks, soft breaks as parts."""
    parts: list[str] = []
    for child in children:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type == "footnote_ref":
            parts.append(_note_mark(child))
        elif child.type == "softbreak":
            parts.append(_SOFT_BREAK)
        elif child.type == "hardbreak" or (
            child.type == "html_inline" and _BR_TAG.fullmatch(child.content.strip())
        ):
            yield parts
            parts = []
    yield parts


def _file_wrap(tokens: list[Token]) -> WrapLayout | None:
    """The width the file is hard-wrapped at, measured as plain text's is (``detect_wrap``)
    on the lines a soft break ends, or None: a file pasted a paragraph to a line has lines of
    every width, one wrapped has them filled to one (a paragraph's last line aside)."""
    widths = [
        display_width(piece)
        for token in tokens
        if token.type == "inline"
        for run in _runs(token.children or [])
        for piece in "".join(run).split(_SOFT_BREAK)[:-1]
    ]
    return detect_wrap(widths, [0] * len(widths))


def _soft_lines(
    parts: list[str], spelled: SpelledForms | None = None, wrap: WrapLayout | None = None
) -> list[str]:
    """The lines a run of inline parts makes: one, its soft breaks joined, unless it is
    Chinese text pasted a paragraph to a line (as many editors show a single line break):
    then a soft break after a sentence's end or a salutation, or before or after a numbered
    heading, ends a line. A hard-wrapped paragraph (its lines filled to one width) stays one
    line: its breaks fall where the width did, at a sentence's end by chance, as in a
    paragraph of two lines (too few to measure) of a file wrapped at one width."""
    pieces = "".join(parts).split(_SOFT_BREAK)
    if len(pieces) == 1 or _filled_to_one_width(pieces) or _filled_to_wrap(pieces, wrap):
        return [_joined_pieces(pieces, spelled)]
    lines = [[pieces[0]]]
    for previous, piece in itertools.pairwise(pieces):
        if _breaks_chinese_line(previous, piece):
            lines.append([piece])
        else:
            lines[-1].append(piece)
    return [_joined_pieces(line, spelled) for line in lines]


def _filled_to_one_width(pieces: list[str]) -> bool:
    """Whether all lines but the last are about as wide as the widest, or as wide as the wrap
    let them be (a Latin word too long for a line's end opens the next): a hard wrap."""
    widths = [display_width(piece) for piece in pieces[:-1]]
    if len(widths) < _WRAPPED_LINES_MIN:
        return False
    full = max(widths) - _WRAP_SLACK
    return all(
        width + display_width(_word_at_start(after)) >= full
        for width, after in zip(widths, pieces[1:], strict=False)
    )


def _filled_to_wrap(pieces: list[str], wrap: WrapLayout | None) -> bool:
    """Whether all lines but the last fill the width the file is wrapped at."""
    return wrap is not None and all(
        wrap.is_full(display_width(piece) + display_width(_word_at_start(after)))
        for piece, after in itertools.pairwise(pieces)
    )


def _word_at_start(line: str) -> str:
    """The Latin word (with its marks) ``line`` opens with, which a wrap does not cut."""
    match = _LATIN_WORD_START.match(line)
    return match.group() if match else ""


def _breaks_chinese_line(previous: str, piece: str) -> bool:
    """Whether a soft break between ``previous`` and ``piece`` of Chinese text ends a line."""
    if not (_CJK_END.search(previous) or _CJK_START.match(piece)):
        return False  # Latin text: Markdown's soft break joins, as its writers expect
    if ends_sentence(previous) or salutation_length(previous) == len(previous):
        return True
    return heading_marker(piece) is not None or heading_marker(previous) is not None


def _join_lines(lines: list[str], spelled: SpelledForms | None = None) -> str:
    """Lines run together as one: directly between Chinese characters, else with a space."""
    parts = [part for line in lines for part in (line.strip(), _SOFT_BREAK)][:-1]
    return _joined_pieces("".join(parts).split(_SOFT_BREAK), spelled)


def _note_mark(token: Token) -> str:
    """The mark of the note a footnote token opens or cites: ``[1]`` for the first cited."""
    return f"[{int(token.meta.get('id', 0)) + 1}]"


def _joined_pieces(pieces: list[str], spelled: SpelledForms | None = None) -> str:
    """Lines run together at their soft breaks: a space between words, nothing between
    Chinese characters, nor where a typesetter's hyphen broke a word (``econ-`` + ``omy``)."""
    # Each break is judged by the lines either side of it, never by all joined before it:
    # a hard-wrapped paragraph of thousands of lines is joined in one pass.
    parts = [pieces[0]]
    for previous, piece in itertools.pairwise(pieces):
        if wrap_hyphen(previous, piece, spelled):
            parts[-1] = parts[-1][:-1]
        elif _CJK_END.search(previous) and _CJK_START.match(piece):
            pass  # CSS Text: a break between two CJK characters shows as nothing
        elif not (_HYPHEN_END.search(previous) and piece[:1].isalpha()):
            parts.append(" ")  # a compound's hyphen (well- + known) is kept, with no space
        parts.append(piece)
    return "".join(parts)
