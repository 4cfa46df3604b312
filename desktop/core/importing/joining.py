"""When two lines are one paragraph: hard-wrapped files, and sentences broken by a stray break.

Two situations, both decided from the kind of text, never from particular lines:

- A *hard-wrapped* file (text copied from a PDF or an e-mail) has most lines filled to one
  width. A full line continues on the next unless that line starts a paragraph: indented
  where the file indents paragraphs, or after a sentence end where it does not.
- A *broken sentence*: a paragraph of running text that stops without punctuation, followed
  (maybe after blank lines or removed noise) by a line that carries on. Never into or out of
  a heading, title, separator, date line, salutation or list item.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from desktop.core.importing.chars import (
    COLUMN_GAP,
    HAN_RE,
    display_width,
    ends_sentence,
    has_sentence_end,
    is_han,
    is_latin_alnum,
)
from desktop.core.importing.clauses import HEADING_MAX, glued_boundary, heading_end
from desktop.core.importing.fields import is_listing_field
from desktop.core.importing.latin_head import is_latin_title
from desktop.core.importing.lines import (
    is_long_title,
    is_spaced_headline,
    is_structural,
    is_title_like,
    kicker_length,
    salutation_length,
)
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.press import ends_with_photo_credit
from desktop.core.importing.source import SourceLine

_MIN_WRAPPED_LINES = 8
#: Columns: no hard-wrapped file has longer lines.
WRAP_MAX = 240
# A ragged wrap: lines of running text at least this wide (columns), most of them broken off
# mid-sentence, in a band of widths whose narrow end is at least this share of its wide end.
_RAGGED_MIN_WIDTH = 30
_RAGGED_OPEN_SHARE = 0.6
_RAGGED_BAND = 0.55
_GLUED_BODY_MIN = 15
_LATIN_CONTEXT = 12
_LATIN_HEADING_MAX = 2 * HEADING_MAX
_OPEN_ENDS = "，,、“‘（(《"
# Latin punctuation a space follows, and what a space goes before, where two lines of Latin
# text are joined: ``Deputies,`` + ``On``, ``percent.`` + ``(CPI)``.
_LATIN_SPACED_AFTER = ",.;:!?)]\"'%"
_LATIN_SPACED_BEFORE = "(\"'[$"
# A clause's end: no heading or title stops there, so a line ending in one is running text.
_CLAUSE_ENDS = "，,、"
_CONTINUING_STARTS = "“‘（(《"
# What only ends a sentence or closes a bracket or quote: no line opens with it.
_CLOSING_MARKS = frozenset("。，、；：！？…”’）》」』】〕.,;:!?)]")
_CLOSING_CJK = frozenset("。，、；：！？”’）》」』】〕")  # not …: ……（略） may open a line
# A paragraph's indent (two full-width spaces or more) inside a line: where a web copy lost
# the line break before it.
_INNER_INDENT = re.compile(r" *\u3000{2,}[ \u3000]*(?=\S)")
# A word set out with its letters spaced (第一章　总　　则, 目　　录): one character either side of
# the gap, each standing alone, so the gap spaces a word and parts no paragraphs.
_LETTER_SPACED = re.compile(r"(?:^|[\s\u3000、])\S$")
_LETTER_SPACED_TAIL = re.compile(r"\S(?:[\s\u3000]|$)")
# A contents entry: dot leaders, then the page number (在…上的讲话……………………12). It ends
# a line of its own, though it ends in no sentence end.
_CONTENTS_ENTRY_END = re.compile(r"(?:[…⋯]{2,}|[.．·・]{3,})\s*[0-9０-９]{1,4}$")
# A column gap between words: a line set out in columns, not running text. The pattern opens
# with the gap's first space and looks behind it for the word, so that a search skips ahead to
# spaces instead of trying every character of the line.
_COLUMN_GAP_RE = re.compile(rf"[ \u3000](?<=\S[ \u3000])[ \u3000]{{{COLUMN_GAP - 1},}}\S")


@dataclass(frozen=True, slots=True)
class WrapLayout:
    """How a hard-wrapped file is laid out: its width and whether it indents paragraphs.

    ``ragged`` says the width varies from line to line, so that a line's width hardly tells
    whether it was filled: a heading as wide as the body's lines is then taken as whole.
    """

    width: int
    indents: bool
    ragged: bool = False

    def is_full(self, width: int) -> bool:
        """Whether a line of ``width`` columns was filled to the wrap width."""
        return width >= self.width - max(4, self.width // 8)


def detect_wrap(widths: list[int], indents: list[int]) -> WrapLayout | None:
    """The wrap layout of a file whose content lines have these widths, or None if not wrapped."""
    count = len(widths)
    if count < _MIN_WRAPPED_LINES:
        return None
    histogram = Counter(widths)
    for width in sorted(histogram, reverse=True):
        near = sum(histogram[w] for w in range(width - 3, width + 1))
        if near >= max(5, 0.3 * count):
            over = sum(n for w, n in histogram.items() if w > width + 2)
            if over > 0.05 * count or not 20 <= width <= WRAP_MAX:
                return None
            return WrapLayout(width, _indents_paragraphs(indents))
    return None


def detect_ragged_wrap(
    texts: list[str], widths: list[int], indents: list[int]
) -> WrapLayout | None:
    """The layout of a file wrapped at a width that varies from line to line, or None.

    A PDF set in a proportional font, or justified with its punctuation squeezed, gives lines
    of 18 to 30 characters where the page was full: no width stands out, but most lines of
    running text break off mid-sentence, and none is much wider than the widest of those.
    A file of whole paragraphs, one to a line, ends nearly every such line with a sentence end.
    """
    running = [
        (text, width)
        for text, width in zip(texts, widths, strict=True)
        if width >= _RAGGED_MIN_WIDTH and not is_structural(text)
    ]
    broken = sorted(width for text, width in running if _ends_open(text))
    if len(broken) < _MIN_WRAPPED_LINES or len(broken) < _RAGGED_OPEN_SHARE * len(running):
        return None
    tenth = len(broken) // 10
    narrow, wide = broken[tenth], broken[-1 - tenth]
    if wide > WRAP_MAX or narrow < _RAGGED_BAND * wide:
        return None
    if sum(1 for width in widths if width > wide + 4) > 0.05 * len(widths):
        return None
    return WrapLayout(narrow, _indents_paragraphs(indents), ragged=True)


def _indents_paragraphs(indents: list[int]) -> bool:
    """Whether a wrapped file indents its paragraphs' first lines: some of its lines are
    indented, far from all (a file indented throughout indents nothing in particular)."""
    indented = sum(1 for indent in indents if indent > 0)
    return 0.03 * len(indents) <= indented <= 0.6 * len(indents)


def wrap_continues(
    layout: WrapLayout, previous: str, previous_width: int, line: str, indent: int
) -> bool:
    """Whether ``line`` continues ``previous`` in a hard-wrapped file."""
    if not layout.is_full(previous_width) or is_structural(line):
        return False
    if is_set_in_columns(previous) or is_contents_entry(previous) or is_listing_field(previous):
        return False  # full, but not wrapped
    if ends_with_photo_credit(previous):
        return False  # a long caption under a photo, closed by its credit (…新华社记者 李某 摄)
    if layout.ragged and _stands_alone_in_ragged(layout, previous, line, indent):
        return False
    if layout.indents:
        return indent == 0
    return not ends_sentence(previous)


def _stands_alone_in_ragged(layout: WrapLayout, previous: str, line: str, indent: int) -> bool:
    """Where widths vary, a full width tells little: a short line of words without a sentence
    end (中共某某县委 under a report's title) is no paragraph's last line, and a heading as wide
    as the body's lines is whole, unless the file's indents say its next line carries it on."""
    if not layout.is_full(indent + display_width(line)) and is_title_like(line):
        return True
    return not layout.indents and is_structural(previous)


def is_set_in_columns(text: str) -> bool:
    """A line laid out in columns, a gap of spaces between its parts (某某公报　　　　2025年第4期):
    a header or a form's row, not running text."""
    return _COLUMN_GAP_RE.search(text) is not None


def is_contents_entry(text: str) -> bool:
    """A line of a table of contents: words, dot leaders and a page number."""
    return _CONTENTS_ENTRY_END.search(text) is not None


def sentence_continues(
    previous: str,
    line: str,
    *,
    across_noise: bool = False,
    across_blank: bool = False,
    headline: bool = False,
) -> bool:
    """Whether ``line`` carries on a sentence that ``previous`` (a paragraph) broke off.

    ``across_noise`` says removed noise (a page number, a stamp) sat between them, as at a
    page break: then a shorter piece of a sentence (one with a comma) may carry on too.
    ``across_blank`` says only blank lines did, which in English text part paragraphs.
    ``headline`` says ``previous`` opens the document, where a headline's kicker stands.
    """
    if not previous or not line or not _ends_open(previous) or is_contents_entry(previous):
        return False
    if is_listing_field(previous):
        return False  # 关键词：… lists terms: the next line starts anew
    if is_set_in_columns(previous) or is_set_in_columns(line):
        return False  # a table's rows, each a line of its own
    running = _is_running_text(previous, headline=headline)
    if not (running or (across_noise and _is_clause_piece(previous))):
        return False
    first = line[0]
    if not (is_han(first) or is_latin_alnum(first) or first in _CONTINUING_STARTS):
        return False
    if is_structural(line) or _latin_starts_anew(previous, line, across_blank=across_blank):
        return False
    return not (len(line) <= HEADING_MAX and is_title_like(line))


def is_closing_only(line: str) -> bool:
    """Whether ``line`` is nothing but closing punctuation (``。``, ``”。``, ``）``): the end of
    the sentence above, which a copy's wrap set on a line of its own."""
    marks = line.strip(" \u3000")
    return bool(marks) and all(mark in _CLOSING_MARKS for mark in marks)


def carries_clause_on(previous: str, line: str, *, headline: bool = False) -> bool:
    """Whether ``line``, as wide as the line above it (the caller measures), carries on the
    sentence ``previous`` broke off although it reads as a title (no sentence end): Chinese
    words with a clause mark inside (署，攻坚克难、砥砺前行，…增长5.5%左). A copy too short for
    its wrap width to be measured breaks its lines so; a title as wide as a full line of
    running text, with a comma, under a sentence broken off mid-word, is none."""
    if not (previous and line and _ends_open(previous)):
        return False
    if is_set_in_columns(previous) or is_set_in_columns(line) or is_listing_field(previous):
        return False  # a table's rows, a list of terms: lines of their own, however wide
    if not (_is_running_text(previous, headline=headline) or _is_clause_piece(previous)):
        return False
    if not is_han(line[0]) or is_structural(line):
        return False
    return any(mark in line for mark in _CLAUSE_ENDS)


def opens_with_closing_mark(line: str) -> bool:
    """Whether ``line`` opens with a Chinese mark that only ends a clause or closes a bracket
    or quote (``，分析当前形势…``, ``”要求…``): a copy wrapped at a width without keeping such
    marks off a line's start (避头尾) set it there, and no paragraph opens with it."""
    return line[:1] in _CLOSING_CJK


def is_unindented_wrap(previous: str, line: str, *, headline: bool = False) -> bool:
    """Whether ``line``, without the indent that opens paragraphs where the file indents them,
    can carry on the paragraph ``previous`` although it ended a sentence: running text after
    running text, neither a heading, title, date nor signature."""
    if not line or not (is_han(line[0]) or is_latin_alnum(line[0]) or line[0] in "“‘"):
        return False
    if is_structural(line) or (len(line) <= HEADING_MAX and is_title_like(line)):
        return False
    return _is_running_text(previous, headline=headline) or _is_clause_piece(previous)


def opens_unindented(previous: str, line: str) -> bool | None:
    """For a line without the paragraph indent after ``previous``: True when it starts anew
    after a sentence end, False when it carries on a sentence broken off, None when it is no
    running text at all (a heading, a title): the evidence of how a file wraps its lines."""
    if not is_unindented_wrap(previous, line):
        return None
    return ends_sentence(previous)


def joint(previous: str, line: str) -> str:
    """What goes between two joined pieces: a space inside Latin text, between two words or
    after a word's punctuation (``Deputies,`` + ``On behalf``), else nothing: a number wrapped
    inside Chinese text (``2018－20`` + ``22年``) stays one number, and a word broken at its
    hyphen (``state-`` + ``owned``) stays one word."""
    if not (previous and line and previous[-1].isascii() and line[0].isascii()):
        return ""
    if not (previous[-1].isalnum() or previous[-1] in _LATIN_SPACED_AFTER):
        return ""
    if not (line[0].isalnum() or line[0] in _LATIN_SPACED_BEFORE):
        return ""
    return "" if _in_chinese(previous) else " "


def _in_chinese(text: str) -> bool:
    """Whether the end of ``text`` sits in Chinese text (Latin words in a Chinese sentence)."""
    return HAN_RE.search(text[-_LATIN_CONTEXT:]) is not None


def _latin_starts_anew(previous: str, line: str, *, across_blank: bool) -> bool:
    """Whether ``line`` opens anew under ``previous`` in Latin text: a capital under a short
    line of English that stops without a sentence end (``Esteemed Deputies,``, a heading, a
    name over a title, a title line), or under any across a blank line, starts a line of its
    own. A wrapped
    line of running text carries on whatever its first letter: names start lines too
    (``building`` + ``China into…``, ``Political`` + ``Consultative Conference``). A capital
    inside Chinese text (``GDP`` + ``CPI上涨``) tells nothing."""
    if not (line[0].isascii() and line[0].isupper() and previous[-1].isascii()):
        return False
    if _in_chinese(previous) or _in_chinese(line[:_LATIN_CONTEXT]):
        return False
    if across_blank or len(previous) <= HEADING_MAX:
        return True
    # A Latin letter is half as wide as a Chinese character: a title line of English words
    # (Remarks at the Closing Ceremony of the Forum) is short at twice as many of them.
    return len(previous) <= _LATIN_HEADING_MAX and is_latin_title(previous)


def _ends_open(text: str) -> bool:
    last = text[-1]
    if last == "-" and len(text) > 1 and text[-2].isascii() and text[-2].isalpha():
        return True  # a word broken at a hyphen (econ- / omy, state- / owned)
    if not (is_han(last) or is_latin_alnum(last) or last in _OPEN_ENDS):
        return False
    return not ends_with_photo_credit(text)  # a caption's credit (…李某 摄) closes it


def _is_clause_piece(text: str) -> bool:
    return (
        heading_marker(text) is None and not is_structural(text) and ("，" in text or "," in text)
    )


def _is_running_text(text: str, *, headline: bool = False) -> bool:
    """A paragraph of sentences, as opposed to a heading, title, separator or date line.

    ``headline`` says ``text`` opens the document: only there may a word and its exclamation
    mark be a headline's kicker (重磅！…) rather than a sentence (很高兴！… in a speech)."""
    marker = heading_marker(text)
    if marker is not None:
        # only a short first sentence counts: no need to look further for its end
        first_end = heading_end(text, marker.end, glued=False, limit=marker.end + HEADING_MAX + 2)
        if first_end < len(text) and first_end - marker.end <= HEADING_MAX + 1:
            return True  # （一）指导思想。全面贯彻… : a heading sentence, then its body
        # a heading line carries on only when a body is visibly glued to it (一、…坚定的现在,有些…)
        boundary = glued_boundary(text, marker.end)
        if boundary is None or len(text) - marker.end <= HEADING_MAX:
            return False
        body = text[boundary:]
        return len(body) >= _GLUED_BODY_MIN or "，" in body or "," in body
    opening = salutation_length(text)
    if 0 < opening < len(text):
        return True  # 同志们！今天我们… : no title follows a salutation on its line
    if is_structural(text) or is_long_title(text) or is_spaced_headline(text):
        return False
    kicker = kicker_length(text) if headline else 0  # 重磅！ over a headline ends no sentence
    return len(text) > HEADING_MAX or has_sentence_end(text[kicker:-1]) or text[-1] in _CLAUSE_ENDS


def split_lost_breaks(line: SourceLine) -> list[SourceLine]:
    """``line`` cut where a paragraph's indent stands inside it after a sentence end or a
    numbered heading (``…工作。　　二、…``): each piece keeps its indent, as if on its own line.

    A run of full-width spaces after other words (``某某市人民政府办公室　　2021年3月2日印发``,
    ``主持人：张三　　记录人：李四``) lays out one line and stays.
    """
    if line.heading is not None or "\u3000\u3000" not in line.text.lstrip(" \u3000"):
        return [line]  # a paragraph's own indent at its start parts nothing
    pieces: list[SourceLine] = []
    start = 0
    for match in _INNER_INDENT.finditer(line.text):
        before = line.text[start : match.start()]
        if _spaces_a_word(line.text, match):
            continue
        if before.strip() and _ends_paragraph(before.strip()):
            pieces.append(replace(line, text=before))
            start = match.start()
    if not pieces:
        return [line]
    return [*pieces, replace(line, text=line.text[start:])]


def _spaces_a_word(text: str, gap: re.Match[str]) -> bool:
    """The gap stands between two lone characters of one word (``总　　则``), not paragraphs."""
    lone_before = _LETTER_SPACED.search(text, 0, gap.start()) is not None
    return lone_before and _LETTER_SPACED_TAIL.match(text, gap.end()) is not None


def _ends_paragraph(text: str) -> bool:
    """A sentence's end, or a whole numbered heading (``一、总体要求``) before an indent."""
    if ends_sentence(text):
        return True
    return heading_marker(text) is not None and is_title_like(text) and len(text) <= HEADING_MAX
