"""Numbered headings that a web copy ran together with their body on one line.

A page that sets each heading in its own element may come out as ``一、统一思想，提高认识
今年以来，全县…`` (the heading, spaces, then its first sentence), or with a whole speech on
one line (``…部署今年任务。 一、统一思想 今年以来，…。 二、…``). The line is cut before such a
heading and after its short title, as if the lost breaks were there. Only where it is clear:
the title is a numbered heading's few words without a sentence end, and what follows the
spaces is a sentence (a clause of some length, ending in a full stop somewhere).
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.importing.chars import HAN, SENTENCE_END, han_count, holds_any
from desktop.core.importing.clauses import HEADING_MAX
from desktop.core.importing.lines import TITLE_MAX, is_title_like, salutation_length
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.source import SourceLine

_GAP = re.compile(r"[ \t\u00a0\u3000]+")
# A heading may follow a sentence's end and spaces where a web copy lost the line break.
_AFTER_SENTENCE = re.compile(f"(?<=[{SENTENCE_END}])[ \\t\\u00a0\\u3000]+(?=\\S)")
_CLAUSE_END = re.compile(f"[，,；;：:{SENTENCE_END}]")
_SPACE_CHARS = " \t\u00a0\u3000"
_HEADING_MIN_HAN = 4
_OPENING_CLAUSE_MIN = 4
_BODY_STARTS = "“‘《（("
_SPACE_AFTER_WORD = re.compile(f"[{HAN}][ \\t\\u00a0\\u3000]")
# A web copy's label over its title (文章标题：…), opening the line or after spaces.
_TITLE_LABEL = re.compile(
    r"(?:^|(?<=[ \t\u00a0\u3000]))(?:文章|文档)?标题[ \t\u00a0\u3000]*[:：][ \t\u00a0\u3000]*"
)

# The label a document may open with over its theme (主题：坚定信心 攻坚克难…), which is then its
# title. Lower down, 主题： is a field of a meeting's record and keeps its label.
_THEME_LABEL = re.compile(
    r"[ \t\u00a0\u3000]*(?:主题|主題|题目|題目)[ \t\u00a0\u3000]*[:：][ \t\u00a0\u3000]*"
)


def split_glued_headings(line: SourceLine) -> list[SourceLine]:
    """``line`` cut before and after each numbered heading glued to its body by spaces."""
    text = line.text
    inner = text.strip(_SPACE_CHARS)  # an indent or trailing spaces glue nothing
    if line.heading is not None or not holds_any(inner, _SPACE_CHARS):
        return [line]
    first = len(text) - len(text.lstrip(_SPACE_CHARS))
    cuts: list[int] = []
    for start, words in _heading_starts(text, first):
        title_end = _title_end(text, start, words)
        if title_end is None:
            continue
        if start > first:
            cuts.append(start)
        cuts.append(title_end)
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(text)]
    return [replace(line, text=text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def split_title_label(line: SourceLine) -> list[SourceLine]:
    """``line`` cut around a web copy's ``文章标题：`` label and the title after it, which may
    be glued to the page's heading before and the salutation or body after (``…讲话 文章标题:
    …讲话 同志们: …``). The label becomes a line of page chrome, to be removed and recorded."""
    text = line.text
    if "标题" not in text or line.heading is not None:
        return [line]
    label = _TITLE_LABEL.search(text)
    if label is None:
        return [line]
    end = _labelled_title_end(text, label.end())
    if end is None:
        return [line]
    pieces = [
        replace(line, text=text[: label.start()]),
        replace(line, text=label.group(), chrome=True),
        replace(line, text=text[label.end() : end]),
        replace(line, text=text[end:]),
    ]
    return [piece for piece in pieces if piece.text]


def split_theme_label(line: SourceLine) -> list[SourceLine]:
    """The first line of a document cut after its ``主题：`` label when a title follows it; the
    label becomes a line of page chrome, to be removed and recorded."""
    label = _THEME_LABEL.match(line.text)
    if label is None or line.heading is not None:
        return [line]
    end = _labelled_title_end(line.text, label.end())
    if end is None:
        return [line]
    pieces = [
        replace(line, text=label.group(), chrome=True),
        replace(line, text=line.text[label.end() : end]),
        replace(line, text=line.text[end:]),
    ]
    return [piece for piece in pieces if piece.text]


def _labelled_title_end(text: str, start: int) -> int | None:
    """Where the title after a label ends: the line's end, or spaces before a salutation, a
    numbered heading or a sentence; None when no title stands there."""
    end = next(
        (gap.end() for gap in _GAP.finditer(text, start) if _opens_body(text[gap.end() :])),
        len(text),
    )
    title = text[start:end].strip(_SPACE_CHARS)
    return end if len(title) <= TITLE_MAX and is_title_like(title) else None


def _opens_body(rest: str) -> bool:
    return bool(salutation_length(rest) or heading_marker(rest) or _opens_sentence(rest))


def _heading_starts(text: str, first: int) -> list[tuple[int, int]]:
    """Where a numbered heading may start, and its words after the numbering: the line's
    start, and after a sentence and spaces."""
    candidates = [first, *(gap.end() for gap in _AFTER_SENTENCE.finditer(text, first))]
    starts = []
    for start in candidates:
        marker = heading_marker(text[start:])
        if marker is not None:
            words = start + marker.end
            starts.append(
                (start, words + len(text[words:]) - len(text[words:].lstrip(_SPACE_CHARS)))
            )
    return starts


def _title_end(text: str, start: int, words: int) -> int | None:
    """Where the short title of the heading at ``start`` ends, when a sentence follows it
    after spaces; None when the heading is not clearly glued to a body that way."""
    for gap in _GAP.finditer(text, words):
        if gap.start() - words > HEADING_MAX or not _is_short_title(text[words : gap.start()]):
            return None
        if _opens_sentence(text[gap.end() :]) and _clear_gap(text[words : gap.start()], gap):
            return gap.start()
        if _CLAUSE_END.search(text, gap.end(), _next_gap(text, gap.end())):
            return None  # words with a clause in them, not a sentence's opening: unclear
    return None


def _clear_gap(title: str, gap: re.Match[str]) -> bool:
    """One plain space after a title with a clause in it may be a stray space inside a
    heading's sentence (一、加强领导，各级党委 要…): only a wider gap cuts there."""
    return gap.group() not in (" ", "\u00a0") or _CLAUSE_END.search(title) is None


def _next_gap(text: str, position: int) -> int:
    gap = _GAP.search(text, position)
    return gap.start() if gap else len(text)


def _is_short_title(words: str) -> bool:
    return is_title_like(words) and han_count(words) >= _HEADING_MIN_HAN


def _opens_sentence(rest: str) -> bool:
    """Whether ``rest`` opens with a sentence: a first clause of a few characters, no space
    after a Chinese character in it (a PDF's stray spaces split words; a title of phrases
    goes on), and a full stop further on."""
    if not rest or not (rest[0] in _BODY_STARTS or rest[0].isdigit() or han_count(rest[0])):
        return False
    clause = _CLAUSE_END.search(rest)
    if clause is None or clause.start() < _OPENING_CLAUSE_MIN:
        return False
    if _SPACE_AFTER_WORD.search(rest, 0, clause.start()):
        return False
    return any(mark in rest for mark in SENTENCE_END)
