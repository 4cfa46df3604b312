"""Stray spaces in Chinese text: between characters and punctuation, and PDF letter-spacing.

Chinese needs no spaces around punctuation, so ``以来, 在市委`` and ``中 (滨海新区…) ,`` are
extraction artefacts. Spaces between two Chinese characters are kept (``中共中央 国务院``,
``徐 进``), except on a line where nearly every character is spaced out, which is how text
copied from some PDFs looks. Spaces between Latin words and numbers are kept, except in a
text whose digits are each followed by a space (``1 9 9 8 年3 月5 日``, ``增长8 ．8 ％``): a PDF
extraction that spaced out every figure, found by looking at the whole text.
"""

from __future__ import annotations

import re

from desktop.core.imported import RemovalKind
from desktop.core.importing.chars import (
    COLUMN_GAP,
    HAN,
    han_count,
    is_cjk_punct,
    is_han,
    is_latin_alnum,
    matched_length,
)

Span = tuple[int, int, str]

_SPACE_RUN = re.compile(" +")
_HALF_PUNCT = ",.;:!?()%"
_CLOSING_HALF = ",.;:!?)%"
_LATIN_LETTER = re.compile("[A-Za-z]")
_LATIN_LETTERS = re.compile("[A-Za-z]+")
# Both open with what they consume (the space, a character class), so the engine skips ahead.
_SPACED_HAN = re.compile(f" (?<=[{HAN}] )(?=[{HAN}])")
_ADJACENT_HAN = re.compile(f"[{HAN}][{HAN}]")
_DIGITS = "0-9\uff10-\uff19"
# "1 9 9 8": a space after a digit, before the next digit and its space. It opens with the
# space, so that the engine skips ahead to one: a whole text's few spaces, not all its digits.
_SPACED_DIGIT = re.compile(f" (?<=[{_DIGITS}] )(?=[{_DIGITS}] )")
_ADJACENT_DIGIT = re.compile(f"[{_DIGITS}](?=[{_DIGITS}])")
_DIGIT = re.compile(f"[{_DIGITS}]")
# what follows a spaced-out digit in a figure: more of it, its unit or its punctuation
_FIGURE_NEXT = "%‰."
_SPACED_DIGITS_MIN = 3
# A list number opening the line (3. and 3) as Word, Markdown or a typist write them): the
# space after it stays before a Latin word or a figure (3. Work, 2. 2024年), which would
# otherwise run on into it (3.Work, 2.2024年 reads as a decimal).
_LIST_NUMBER = re.compile(r"\(?[0-9]{1,3}[.)]")


def spaces_out_digits(text: str) -> bool:
    """Whether ``text`` was extracted with a space after each digit (``1 9 9 8 年``): more
    spaced-out digits than digits written together, so numbers as such are never split."""
    spaced = len(_SPACED_DIGIT.findall(text))
    return spaced >= _SPACED_DIGITS_MIN and spaced > len(_ADJACENT_DIGIT.findall(text))


def stray_space_spans(text: str, *, digits_spaced: bool = False) -> list[Span]:
    """Spans of spaces that are layout debris in this (already stripped) line.

    ``digits_spaced``: the whole text spaces out its digits (``spaces_out_digits``), so a
    space after a digit is debris too, on a Chinese line.
    """
    if " " not in text:
        return []
    chinese = _is_chinese_line(text)
    spaced_out = chinese and _is_letter_spaced(text)
    spans = []
    for match in _SPACE_RUN.finditer(text):
        start, end = match.span()
        if end - start >= COLUMN_GAP:
            continue
        left = text[start - 1] if start else ""
        right = text[end] if end < len(text) else ""
        before_left = text[start - 2] if start > 1 else ""
        stray = _is_stray(left, right, before_left, chinese=chinese, spaced_out=spaced_out)
        if stray and is_latin_alnum(right) and _LIST_NUMBER.fullmatch(text, 0, start):
            stray = False
        if stray or (digits_spaced and chinese and _ends_spaced_digit(left, right)):
            spans.append((start, end, RemovalKind.SPACING))
    return spans


def _is_stray(left: str, right: str, before_left: str, *, chinese: bool, spaced_out: bool) -> bool:
    if not left or not right:
        return False
    han_left, han_right = is_han(left), is_han(right)
    if han_left and han_right:
        return spaced_out
    punct_left, punct_right = is_cjk_punct(left), is_cjk_punct(right)
    wide_left, wide_right = han_left or punct_left, han_right or punct_right
    if (wide_left and punct_right) or (punct_left and wide_right):
        return True
    if not chinese:
        return False
    half_left, half_right = left in _HALF_PUNCT, right in _HALF_PUNCT
    if (wide_left and half_right) or (half_left and wide_right) or (half_left and half_right):
        return True
    if half_left and is_latin_alnum(right):
        # "3.98%, 2007年" loses its space; "China, 2025" in a Chinese line keeps it.
        return not _LATIN_LETTER.match(before_left or "")
    return is_latin_alnum(left) and right in _CLOSING_HALF


def _ends_spaced_digit(left: str, right: str) -> bool:
    """A space that only spaces out a figure: after a digit, before the rest of it or the
    Chinese that follows (``1 9 9 8 年``, ``8 ．8 ％``), not before a Latin word (``5 G``)."""
    if _DIGIT.match(left) is None:
        return False
    figure = _DIGIT.match(right) is not None or right in _FIGURE_NEXT
    return figure or is_han(right) or is_cjk_punct(right)


def _is_chinese_line(text: str) -> bool:
    han = han_count(text)
    latin = matched_length(_LATIN_LETTERS, text)
    return han > 0 and han >= latin


def _is_letter_spaced(text: str) -> bool:
    spaced = len(_SPACED_HAN.findall(text))
    return spaced >= 3 and spaced >= len(_ADJACENT_HAN.findall(text))
