"""Numbering of Chinese official documents: heading markers (GB/T 9704) and point markers.

A *style* names a numbering family, whatever the width of its brackets, stops and digits:

======================  =============================================  ========
style                   examples                                        kind
======================  =============================================  ========
``chapter-编/篇/章/节/部分``  第一篇  第一章  第二节  第三部分              heading
``cn-dun``              一、  十二、  一．                                 heading
``cn-bare``             一   (a numeral alone on its line)                heading
``cn-paren``            （一）  (一)                                      heading
``article``             第一条                                            heading
``arabic-dot``          1.  1、  1．  １．  ⒈                            heading
``arabic-half``         1）  1)                                          heading
``arabic-paren``        （1）  (1)  （１）  ⑴                            heading
``circled``             ①  ②                                             heading
``roman``               I.  IV.  Ⅱ、  Ⅲ．  (an English translation's parts)  heading
``ordinal``             第一，  第一、  第一是  第一点  (首先 其次 再次 最后)   point
``shi`` / ``yao``       一是  二要                                        point
``qi``                  其一，                                            point
``paren-run``           …：（一）…。（二）…  (inside a paragraph, counting)  point
``dun-run``             …：一、…。二、…  (inside a paragraph, counting)    point
``item-run``            …：1.…；2.…  （1）…；（2）…  (a list run in, counting)  point
======================  =============================================  ========

``plain`` is an unnumbered heading line and ``h1``…``h6`` a heading the file format declares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.importing.chars import (
    ARABIC_NUMERAL,
    CN_NUMERAL,
    CN_NUMERAL_CHARS,
    HAN,
    holds_any,
    number_value,
)

PLAIN = "plain"
#: a question of a transcript (问：…, 记者：…), found by ``questions``
QUESTION = "question"
#: an attachment's heading (附件1 over its title, 附件：名词解释): always the outline's top level
ATTACHMENT = "attachment"
#: a part that frames the numbered ones (前言 before 一、, 结束语 after the last): top level,
#: beside them, never holding them
FRAME = "frame"
TERM = "term"  # an entry of a glossary (1.新质生产力：指…), labelled by its term
#: a list run into one paragraph (…：1.…；2.…), found by ``run_in_lists``
RUN_IN = "item-run"
POINT_STYLES = frozenset(
    {"ordinal", "shi", "yao", "qi", "paren-run", "dun-run", RUN_IN, QUESTION, TERM}
)

#: Canonical order of heading styles (lower is higher in the hierarchy), used to place a style
#: the first time a document uses it; see ``style_ranks.StyleRanks``.
_CANON = {
    "chapter-编": -9.0,
    "chapter-篇": -8.5,  # a plan's or a book's part (第一篇), over its chapters
    "chapter-部分": -8.0,
    "chapter-章": -7.0,
    "chapter-节": -6.0,
    "cn-bare": 0.0,
    "cn-dun": 0.0,
    "roman": 0.0,  # I. Review of Our Work in 2023: where the Chinese text has 一、
    "cn-paren": 1.0,
    "article": 1.5,
    "arabic-dot": 2.0,
    "arabic-half": 2.5,
    "arabic-paren": 3.0,
    "circled": 4.0,
    # 1 总则 / 1.1 编制目的 / 1.1.1 …: under any chapter, over the numbering of their text
    "decimal-1": -2.5,
    "decimal-2": -2.0,
    "decimal-3": -1.5,
    "decimal-4": -1.0,
}
_MAX_HEADING_NUMBER = 99
_MAX_POINT_NUMBER = 30


@dataclass(frozen=True, slots=True)
class Marker:
    """Numbering found in a text: its style, value, and where it starts and ends."""

    style: str
    number: int
    start: int
    end: int


def canon(style: str) -> float:
    """Where a style sits in the usual hierarchy (declared heading levels first)."""
    if style.startswith("h") and style[1:].isdigit():
        return -20.0 + int(style[1:])
    return _CANON.get(style, 5.0)


def tier(style: str) -> int:
    """0 for chapters and declared headings, 1 for Chinese numerals, 2 for Arabic and circled."""
    value = canon(style)
    if value < 0:
        return 0
    return 1 if value < 2 else 2


_SEP = r"[\s\u3000]*"
_ANY_NUMERAL = f"({CN_NUMERAL}|{ARABIC_NUMERAL})"
_ARABIC_DIGITS = "0123456789０１２３４５６７８９"
_ROMAN_SIGNS = "".join(chr(0x2160 + i) for i in range(12))  # Ⅰ … Ⅻ
_ROMAN_ONES = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_ROMAN_VALUES = {
    **{numeral: i + 1 for i, numeral in enumerate(_ROMAN_ONES)},
    **{f"X{numeral}": i + 11 for i, numeral in enumerate(_ROMAN_ONES)},  # XI … XX
    **{sign: i + 1 for i, sign in enumerate(_ROMAN_SIGNS)},
}
# Tried in this order, the first that matches naming the style; each with the characters it
# can start with, so that a text is tried only against the patterns its first character allows.
_HEADING_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "chapter",
        "第",
        re.compile(rf"第{_SEP}{_ANY_NUMERAL}{_SEP}(编|篇|章|节|部分)(?=[\s：:、]|$)"),
    ),
    ("article", "第", re.compile(rf"第{_SEP}{_ANY_NUMERAL}{_SEP}条(?=[\s：:、]|$)")),
    ("cn-paren", "（(", re.compile(rf"[（(]{_SEP}({CN_NUMERAL}){_SEP}[）)]")),
    ("arabic-paren", "（(", re.compile(rf"[（(]{_SEP}({ARABIC_NUMERAL}){_SEP}[）)]")),
    ("cn-dun", CN_NUMERAL_CHARS, re.compile(rf"({CN_NUMERAL}){_SEP}(?:、|．|\.(?![0-9０-９]))")),
    ("arabic-half", _ARABIC_DIGITS, re.compile(rf"({ARABIC_NUMERAL})[）)]")),
    (
        "arabic-dot",
        _ARABIC_DIGITS,
        re.compile(rf"({ARABIC_NUMERAL}){_SEP}(?:[、．]|\.(?![0-9０-９]))"),
    ),
    # Latin letters stand for the numeral only before a stop and a space (I. Review, not
    # I.e. or IV.5); the Roman numeral signs (Ⅱ, U+2161) before any stop.
    ("roman", "IVX", re.compile(r"([IVX]{1,5})\.(?=[ \t\u3000])")),
    ("roman", _ROMAN_SIGNS, re.compile(rf"([{_ROMAN_SIGNS}]){_SEP}[、．.]")),
]


def _by_first_character(
    patterns: list[tuple[str, str, re.Pattern[str]]],
) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """For each character a heading may start with, the patterns to try, in order."""
    table: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for style, firsts, pattern in patterns:
        for first in firsts:
            table.setdefault(first, []).append((style, pattern))
    return table


_PATTERNS_BY_FIRST = _by_first_character(_HEADING_PATTERNS)
_CN_BARE = re.compile(rf"({CN_NUMERAL})")
_ENCLOSED = {
    **{chr(0x2460 + i): ("circled", i + 1) for i in range(20)},  # ① … ⑳
    **{chr(0x2474 + i): ("arabic-paren", i + 1) for i in range(20)},  # ⑴ … ⒇
    **{chr(0x2488 + i): ("arabic-dot", i + 1) for i in range(20)},  # ⒈ … ⒛
}
# "二、三季度" and "一、二产业" start a sentence with a list of numerals, not a heading.
_NUMERAL_LIST = re.compile(rf"{CN_NUMERAL}[、季产]")


def heading_marker(text: str, at: int = 0) -> Marker | None:
    """The heading numbering ``text`` starts with (or ``text[at:]``, found in place: a list's
    items are looked for at many places of one paragraph), if any."""
    if at >= len(text):
        return None
    enclosed = _ENCLOSED.get(text[at])
    if enclosed:
        return Marker(enclosed[0], enclosed[1], at, at + 1)
    for style, pattern in _PATTERNS_BY_FIRST.get(text[at], ()):
        match = pattern.match(text, at)
        if match is None:
            continue
        numeral = match.group(1)
        number = _ROMAN_VALUES.get(numeral) if style == "roman" else number_value(numeral)
        if number is None or not 0 < number <= _MAX_HEADING_NUMBER:
            return None
        if style == "chapter":
            style = f"chapter-{match.group(2)}"
        if style == "cn-dun" and _NUMERAL_LIST.match(text, match.end()):
            return None
        return Marker(style, number, at, match.end())
    return None


def bare_numeral(text: str) -> Marker | None:
    """A line that is nothing but a Chinese numeral (``一``, ``十二``): a heading in old reports."""
    match = _CN_BARE.fullmatch(text)
    if match is None:
        return None
    number = number_value(match.group(1))
    if number is None or not 0 < number <= _MAX_HEADING_NUMBER:
        return None
    return Marker("cn-bare", number, 0, len(text))


# Section numbers of a technical or planning document (1 总则, 1.1 编制目的, 2.3.1 …): its
# contents list gives them as its headings give them.
_DIGITS = "[0-9０-９]{1,2}"
_DECIMAL_SECTION = re.compile(
    rf"{_DIGITS}(?:[.．]{_DIGITS}){{1,3}}[\s\u3000]*[{HAN}]|{_DIGITS}[\s\u3000]+[{HAN}]"
)


def decimal_section(text: str) -> bool:
    """Whether ``text`` opens with a section number (``1.1 编制目的``, ``2 组织体系``) and not
    with a numbered item of a list (``1.加强领导``): a bare number needs a space after it."""
    return _DECIMAL_SECTION.match(text) is not None


_DECIMAL_NUMBER = re.compile(
    rf"(?P<parts>{_DIGITS}(?:[.．]{_DIGITS}){{0,3}})(?P<dot>[.．、]?)(?P<space>[\s\u3000]*)(?=[{HAN}])"
)


@dataclass(frozen=True, slots=True)
class DecimalNumber:
    """A section number such as ``1.2.3`` opening a line, and where its words begin."""

    parts: tuple[int, ...]
    end: int
    #: ``1. 总则``: one number with a stop, which a list item (``1.加强领导``) also writes
    dotted: bool

    @property
    def style(self) -> str:
        """``decimal-1`` for ``2``, ``decimal-2`` for ``2.1`` and so on."""
        return f"decimal-{len(self.parts)}"


def decimal_number(text: str) -> DecimalNumber | None:
    """The section number ``text`` opens with (``1 总则``, ``1. 总则``, ``1.1编制目的``).

    A single number needs a space or a stop before its words (``2023年``, ``3个`` are words);
    a number with parts takes no stop after it (``1.1、`` is not one).
    """
    match = _DECIMAL_NUMBER.match(text)
    if match is None:
        return None
    parts = tuple(number_value(part) or 0 for part in re.split("[.．]", match.group("parts")))
    dotted = bool(match.group("dot"))
    if len(parts) == 1 and not (dotted or match.group("space")):
        return None
    if len(parts) > 1 and dotted or not all(parts) or match.group("dot") == "、":
        return None
    return DecimalNumber(parts, match.end(), dotted)


# A point marker must follow a clause boundary, so 统一是, 唯一是, 之一是, 质量第一 never count.
# The pattern opens with the marker's first character, so that the regex engine skips ahead to
# one (it cannot through a look-around), then looks behind that character for the boundary;
# each branch looks behind again to see which character it was. 一是 and 十二要 match their
# first numeral character there, the rest of the numeral in the group.
_POINT_RE = re.compile(
    f"[第其{CN_NUMERAL_CHARS}]"
    + r"(?<![^。；;：:！!？?，,\s\u3000”）)].)"
    + rf"(?:(?<=第)(?P<ord>{CN_NUMERAL})(?:点[是，,、：:]?|是|[，,、：:])"
    + rf"|(?<=其)(?P<qi>{CN_NUMERAL})(?:是|[，,、：:])"
    + rf"|(?<=[{CN_NUMERAL_CHARS}])(?P<shi>[{CN_NUMERAL_CHARS}]*)是"
    + rf"|(?<=[{CN_NUMERAL_CHARS}])(?P<yao>[{CN_NUMERAL_CHARS}]*)要)"
)
# Words that count a run as 第一/第二 do, opening a paragraph (首先，…其次，…最后，…).
_SEQUENCE_RE = re.compile(r"(首先|其次|再次|最后)[，,：:]")
_SEQUENCE_NUMBERS = {"首先": 1, "其次": 2, "再次": 3}
LAST_POINT = 0
"""The number of ``最后，``: whatever follows the open point of its run, it ends the run."""


def point_markers(text: str) -> Iterator[Marker]:
    """Every point marker in ``text`` that is followed by words of its own."""
    for match in _POINT_RE.finditer(text):
        style = match.lastgroup or ""
        if style in ("ord", "qi"):
            numeral = match.group(style)
        else:
            numeral = text[match.start() : match.end() - 1]  # before its 是 or 要
        number = number_value(numeral)
        if number is None or not 0 < number <= _MAX_POINT_NUMBER:
            continue
        if not _has_words(text, match.end()):
            continue
        yield Marker(_POINT_STYLE_NAMES[style], number, match.start(), match.end())


# Ideographs, Latin letters and digits of either width, and what opens a quotation or a title.
_TWO_WORD_CHARACTERS = re.compile(f"[{HAN}A-Za-z0-9０-９Ａ-Ｚａ-ｚ“‘《]{{2}}")
_POINT_STYLE_NAMES = {"ord": "ordinal", "qi": "qi", "shi": "shi", "yao": "yao"}


# Numbering inside a paragraph, after a clause boundary (the paragraph's own is a heading):
# （一） after any boundary, 一、 only after a sentence or a colon (", 一、二季度" is not one).
# Each pattern opens with its marker's first character and looks behind it for the boundary:
# the regex engine skips ahead to that character, where a leading look-behind would be tried
# at every position of every paragraph (twice as slow over a whole document).
# A run opens at one, and a numeral worth one ends with 一 (〇一 too): a paragraph holding
# none of a style's openings (most hold no bracket, nearly all no 一、) is not searched.
_INLINE_RUNS = (
    (
        "paren-run",
        ("（", "("),
        re.compile(rf"[（(](?<=[。；;：:！!？?，,\s\u3000”][（(]){_SEP}({CN_NUMERAL}){_SEP}[）)]"),
    ),
    (
        "dun-run",
        ("一、",),
        re.compile(rf"([{CN_NUMERAL_CHARS}](?<=[。；;：:！!？?].)[{CN_NUMERAL_CHARS}]*)、"),
    ),
)


def inline_run_markers(text: str, start: int = 0) -> list[Marker]:
    """``（一）…（二）…`` or ``：一、…。二、…`` counting inside ``text`` after ``start``.

    Only a run that starts at one and has a second member after it counts, each member
    followed by words of its own; a lone （一）, or numbering that does not count on, is text.
    """
    markers: list[Marker] = []
    for style, openings, pattern in _INLINE_RUNS:
        if not holds_any(text, openings):
            continue
        run: list[Marker] = []
        for match in pattern.finditer(text, max(start, 1)):
            if number_value(match.group(1)) != len(run) + 1 or not _has_words(text, match.end()):
                continue
            if _NUMERAL_LIST.match(text, match.end()):
                continue
            run.append(Marker(style, len(run) + 1, match.start(), match.end()))
        if len(run) >= 2:
            markers.extend(run)
    return sorted(markers, key=lambda marker: marker.start)


def opening_sequence(text: str) -> Marker | None:
    """``首先，`` ``其次，`` ``再次，`` or ``最后，`` opening a paragraph: an item of a 第一/第二
    run written another way (``最后`` numbered ``LAST_POINT``, as its place is the run's)."""
    match = _SEQUENCE_RE.match(text)
    if match is None or not _has_words(text, match.end()):
        return None
    number = _SEQUENCE_NUMBERS.get(match.group(1), LAST_POINT)
    return Marker("ordinal", number, 0, match.end())


def _has_words(text: str, position: int) -> bool:
    """Whether at least two characters of words follow ``position`` before any punctuation."""
    return _TWO_WORD_CHARACTERS.match(text, position) is not None
