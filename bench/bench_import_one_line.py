"""Importing text without breaks grows linearly: four times the text against four quarters.

The inputs are the worst shapes found for the importer: ~4 MB of UTF-8 (1 MB when quick) of
Chinese words on one line, separated by spaces and without a sentence end, with a point marker
(一是) every few words; and the same words on short lines that never end a sentence (a
hard-wrapped file whose every line carries on the one above). The baseline imports each quarter
of the same text separately: the ratio is about 1 when the import is linear in the text's
length and about 4 when it is quadratic (as it was before each paragraph's ends were looked for
only as far as they matter, and overlong paragraphs were cut).
"""

from __future__ import annotations

import random

from bench.harness import Benchmark
from desktop.core.importing import import_bytes

_FULL_SIZE = 4 * 1024 * 1024
_QUICK_SIZE = 1024 * 1024
_WORDS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你能而子说年"


def _words(size: int) -> list[str]:
    """Words of 2 to 6 characters, every tenth opening with a point marker, ~``size`` bytes."""
    chooser = random.Random(14)
    words, total = [], 0
    while total < size:
        word = "".join(chooser.choices(_WORDS, k=chooser.randint(2, 6)))
        if len(words) % 10 == 0:
            word = "一是" + word
        words.append(word)
        total += len(word.encode()) + 1
    return words


def _quarters(text: str, separator: str) -> list[bytes]:
    """``text`` in four pieces cut at a ``separator``."""
    pieces, start = [], 0
    for quarter in range(1, 4):
        cut = text.index(separator, len(text) * quarter // 4)
        pieces.append(text[start:cut].encode())
        start = cut + 1
    return [*pieces, text[start:].encode()]


def one_line(quick: bool) -> tuple[bytes, list[bytes]]:
    """The words on one line, and its four quarters."""
    text = " ".join(_words(_QUICK_SIZE if quick else _FULL_SIZE))
    return text.encode(), _quarters(text, " ")


def short_lines(quick: bool) -> tuple[bytes, list[bytes]]:
    """The words on short lines of four words, and their four quarters."""
    words = _words(_QUICK_SIZE if quick else _FULL_SIZE)
    text = "\n".join(" ".join(words[i : i + 4]) for i in range(0, len(words), 4))
    return text.encode(), _quarters(text, "\n")


def import_whole(data: tuple[bytes, list[bytes]]) -> object:
    """The whole text imported at once."""
    return import_bytes(data[0], "whole.txt")


def import_quarters(data: tuple[bytes, list[bytes]]) -> object:
    """Each quarter imported on its own: what a linear import of the whole would cost."""
    return [import_bytes(piece, "quarter.txt") for piece in data[1]]


BENCHMARKS = [
    Benchmark(
        name="import-one-line",
        setup=one_line,
        run=import_whole,
        baseline=import_quarters,
        target_ratio=1.5,
        description="import_bytes of ~4 MB on one line without a sentence end vs its 4 quarters",
        repeats=3,
        quick_repeats=1,
    ),
    Benchmark(
        name="import-endless-lines",
        setup=short_lines,
        run=import_whole,
        baseline=import_quarters,
        target_ratio=1.5,
        description="import_bytes of ~4 MB of short lines never ending a sentence vs 4 quarters",
        repeats=3,
        quick_repeats=1,
    ),
]
