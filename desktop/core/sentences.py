"""Where a sentence of a speech begins and ends: what Ctrl+click and Select Sentence select.

Secretaries collect whole sentences (金句) to reuse, so a sentence here is the unit they would
copy: it ends at 。！？ or an ellipsis (…… ending the sentence, not one followed by 等 or a
comma), with the closing quotes and brackets after the mark (“……。”), and never runs over a
paragraph's end. A paragraph with no end mark (a heading, a title, a date) is one sentence.
A caller may name ``breaks``, offsets where a sentence ends though no mark says so: the reader
gives the ends of headings glued to their paragraph's text (一、…的决心是坚定的现在,有些…), which
it sets apart in bold, so a 金句 clicked after one does not take the heading with it.

The semicolon decides by what follows it. In prose ； joins the halves of one thought, and the
金句 are often such parallel clauses (发展是第一要务；人才是第一资源；创新是第一动力。):
they stay one sentence. Before a list point (一是…；二是…；) each point is a unit of its own, so
there it ends one, as does a colon leading into the first point (要做到三点：一是…).

Latin text ends a sentence at . ! ? followed by a space or the paragraph's end; a number opening
it (1. ) or a few abbreviations (e.g. , Mr. ) do not end one. Offsets are ``str`` indexes into
the text (DESIGN.md, "Text and offsets").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from desktop.core.importing.chars import CLOSERS, CN_NUMERAL_CHARS

Range = tuple[int, int]

_ENDS = "。！？!?…"
"""Marks that end a sentence wherever they stand (。 and ！？ of both widths, the ellipsis)."""
_DOT = ".．"
"""A Latin full stop (of either width) ends one only before a space or the paragraph's end."""
_NOT_ENDED_BY = "，,、：:；;等"
"""After an end mark these say the sentence goes on (……等, ……，): quoted words, a list cut."""
_SPACES = " \t\u3000"
_POINT = re.compile(
    rf"[{_SPACES}]*(?:[{CN_NUMERAL_CHARS}]+[是要]|其[{CN_NUMERAL_CHARS}]+[是，,、]"
    rf"|第[{CN_NUMERAL_CHARS}]+[点是，,、：:]|首先|其次|再次|最后"
    rf"|[（(][{CN_NUMERAL_CHARS}0-9０-９]+[）)]|[0-9０-９]{{1,2}}[.．、]|[\u2460-\u2473])"
)
"""What opens a list point (一是 二要 其一， 第一， 首先 （一） 1. ①): a ； or ： before it ends."""
_NUMBER_ONLY = re.compile(r"[0-9]{1,3}|[A-Za-z]|[IVXivx]{1,4}")
"""What a . after it makes a list number (1. a. IV.), not a sentence's end."""
_ABBREVIATIONS = frozenset({"e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "no", "st"})


def paragraph_around(text: str, offset: int) -> Range:
    """The paragraph (a line of ``text``) holding ``offset``, without its line break."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def sentences_in(text: str, start: int, end: int, breaks: Sequence[int] = ()) -> list[Range]:
    """The sentences of the paragraph ``text[start:end]``, spaces at their ends left out;
    each of the sorted ``breaks`` inside the paragraph ends one too."""
    sentences: list[Range] = []
    forced = list(breaks[bisect_right(breaks, start) : bisect_right(breaks, end - 1)])
    begin = position = start
    while position < end:
        stop = position if forced and forced[0] == position else None
        if stop is not None:
            forced.pop(0)
        else:
            stop = _end_after(text, position, end, begin)
        if stop is None:
            position += 1
            continue
        _append_trimmed(sentences, text, begin, stop)
        begin = position = stop
        while forced and forced[0] <= begin:
            forced.pop(0)
    _append_trimmed(sentences, text, begin, end)
    return sentences


def sentence_at(text: str, offset: int, breaks: Sequence[int] = ()) -> Range | None:
    """The sentence holding the character at ``offset`` (at a paragraph's end: its last
    sentence; in the spaces between two: the one before); None in an empty paragraph.
    ``breaks``: sorted offsets where a sentence ends though no mark says so."""
    offset = min(max(offset, 0), len(text))
    start, end = paragraph_around(text, offset)
    sentences = sentences_in(text, start, end, breaks)
    if not sentences:
        return None
    holding = [s for s in sentences if s[0] <= offset < s[1]]
    if holding:
        return holding[0]
    before = [s for s in sentences if s[1] <= offset]
    return before[-1] if before else sentences[0]


def whole_sentences(text: str, start: int, end: int, breaks: Sequence[int] = ()) -> Range:
    """``[start, end)`` widened to the whole sentences it touches (an empty range: the one
    holding it). A range over blank paragraphs alone stays as it is; one starting at a line's
    end (a drag from past it) takes nothing of that line."""
    inner = text[start:end]
    if inner.strip():
        start += len(inner) - len(inner.lstrip())
        end -= len(inner) - len(inner.rstrip())
    first = sentence_at(text, start, breaks)
    last = sentence_at(text, max(end - 1, start), breaks)
    low = min(start, first[0]) if first is not None else start
    high = max(end, last[1]) if last is not None else end
    return low, high


def _end_after(text: str, position: int, end: int, begin: int) -> int | None:
    """Where a sentence ending with the mark at ``position`` stops (after its closing
    quotes), or None when the character there ends none."""
    char = text[position]
    if char in _ENDS or char in _DOT:
        stop = position + 1
        # ？！ and …… are one end, as are ……。 and “……”。, the closing marks with it.
        while stop < end and (text[stop] in _ENDS or text[stop] in _DOT or text[stop] in CLOSERS):
            stop += 1
        if stop < end and text[stop] in _NOT_ENDED_BY:
            return None
        if (char in _DOT or char in "!?") and not _latin_end(text, position, stop, end, begin):
            return None
        return stop
    if char in "；;：:" and _POINT.match(text, position + 1, end):
        return position + 1
    return None


def _latin_end(text: str, mark: int, stop: int, end: int, begin: int) -> bool:
    """Whether the Latin ``. ! ?`` at ``mark`` ends a sentence: a space or the paragraph's end
    after it (a Chinese character, too, after ! and ?), not after a list number or an
    abbreviation."""
    if stop < end and text[stop] not in _SPACES:
        return text[mark] in "!?" and not text[stop].isascii()
    if text[mark] not in _DOT:
        return True
    before = text[begin:mark].strip()
    if _NUMBER_ONLY.fullmatch(before):
        return False
    word = before.split()[-1] if before else ""
    return word.lower().lstrip("(\"'") not in _ABBREVIATIONS


def _append_trimmed(sentences: list[Range], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append((start, end))
