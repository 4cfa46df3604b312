"""Lines and paragraphs longer than any real paragraph are cut where a paragraph could end."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing import import_bytes
from desktop.core.importing.overlong import PARAGRAPH_MAX, cut_points, split_overlong
from desktop.core.importing.source import SourceLine

_WORDS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你能而子说年"


def _words(count: int, seed: int = 1) -> str:
    return "".join(random.Random(seed).choices(_WORDS, k=count))


_TEXT = st.text(alphabet=st.sampled_from("效能革命，。 、！”\u3000"), min_size=1)


@given(_TEXT, st.integers(min_value=1, max_value=40))
def test_pieces_cover_the_text_none_longer_than_the_limit(text: str, limit: int) -> None:
    bounds = [0, *cut_points(text, limit), len(text)]
    pieces = [text[start:end] for start, end in zip(bounds, bounds[1:], strict=False)]
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= limit for piece in pieces)
    # each cut is at most a quarter of the limit back: few pieces, each looked at once
    assert all(len(piece) >= limit - max(limit // 4, 1) for piece in pieces[:-1])


def test_a_cut_follows_the_last_sentence_end_near_the_limit() -> None:
    text = "甲" * 85 + "。”" + "乙" * 5 + "，" + "丙" * 30
    assert cut_points(text, 100) == [87]


def test_without_a_sentence_end_a_cut_follows_a_comma_or_a_space() -> None:
    assert cut_points("甲" * 90 + "，" + "乙" * 30, 100) == [91]
    assert cut_points("甲" * 90 + " " + "乙" * 30, 100) == [91]


def test_a_cut_far_from_any_mark_falls_at_the_limit() -> None:
    text = "甲" * 10 + "。" + "乙" * 200
    assert cut_points(text, 100) == [100, 200]


def test_only_the_first_piece_keeps_the_declared_heading_level() -> None:
    line = SourceLine(_words(PARAGRAPH_MAX * 2 + 5), heading=2)
    pieces = split_overlong(line)
    assert [piece.heading for piece in pieces] == [2, None, None]
    assert "".join(piece.text for piece in pieces) == line.text
    assert split_overlong(SourceLine("短句。")) == [SourceLine("短句。")]


def _paragraphs(text: str) -> list[str]:
    document = import_bytes(text.encode(), "讲话.txt")
    return [p for speech in document.speeches for p in speech.text.split("\n")]


def test_a_file_on_one_line_without_punctuation_becomes_paragraphs_of_a_readable_length() -> None:
    text = _words(PARAGRAPH_MAX * 3 + 17)
    paragraphs = _paragraphs(text)
    assert len(paragraphs) == 4
    assert all(len(paragraph) <= PARAGRAPH_MAX for paragraph in paragraphs)
    assert "".join(paragraphs) == text


def test_short_lines_that_never_end_a_sentence_are_joined_only_up_to_the_limit() -> None:
    # a hard-wrapped file that never ends a sentence: each line carries on the one above
    lines = [_words(30, seed) for seed in range(PARAGRAPH_MAX // 10)]
    paragraphs = _paragraphs("\n".join(lines))
    assert len(paragraphs) > 1
    assert all(len(paragraph) <= PARAGRAPH_MAX for paragraph in paragraphs)
    assert "".join(paragraphs) == "".join(lines)
