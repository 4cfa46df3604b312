"""Tests for desktop/core/importing/hyphens.py: a word broken at a wrap by its hyphen."""

from __future__ import annotations

import textwrap

import pytest

from desktop.core.imported import RemovalKind
from desktop.core.importing import import_bytes
from desktop.core.importing.hyphens import SpelledForms, wrap_hyphen
from tests.core.importing.outline_checks import check_document


@pytest.mark.parametrize(
    ("previous", "line"),
    [
        ("the global econ-", "omy is recovering"),
        ("the sustained devel-", "opment of trade"),
        ("Econ-", "omic growth"),  # capitalised at a sentence's start
        ("中国的econ-", "omy"),
    ],
)
def test_a_typesetters_hyphen_at_a_wrap_goes(previous: str, line: str) -> None:
    assert wrap_hyphen(previous, line)


@pytest.mark.parametrize(
    ("previous", "line"),
    [
        ("a well-", "known risk"),  # a compound's first word
        ("a long-", "term plan"),
        ("the self-", "reliance of"),
        ("state-", "of-the-art tools"),  # a word of more hyphens
        ("state-of-", "the-art tools"),
        ("COVID-", "19"),  # no lowercase word either side
        ("the Belt-", "Road"),
        ("an x-", "ray"),  # a piece of one letter
        ("a dash -", "then words"),
        ("no hyphen", "here"),
    ],
)
def test_a_compounds_hyphen_stays(previous: str, line: str) -> None:
    assert not wrap_hyphen(previous, line)


_WRAPPED = """\
Remarks at the Opening Ceremony of the Forum

Distinguished guests, ladies and gentlemen, it is a great pleasure for
me to join you today. The global economy is recovering, but the econ-
omy of many developing countries still faces a well-known set of risks
that call for a long-term plan. We need state-of-the-art tools and the
sustained development of international cooperation among all nations,
and the well-
known principle of mutual respect must guide all of us in what we do.
We will work together with all partners for a shared future of peace and
prosperity, and we will keep our markets open to the whole world, as we
have always done since the beginning of reform and opening up decades ago.
"""


def test_a_hard_wrapped_text_joins_a_broken_word_and_keeps_a_compound() -> None:
    document = import_bytes(_WRAPPED.encode(), "remarks.txt")
    check_document(document)
    (speech,) = document.speeches
    assert "but the economy of many" in speech.text
    assert "and the well-known principle" in speech.text
    # the hyphen is removed with the wrap, where the word now joins
    (removal,) = [r for r in document.removed if r.text == "-\n"]
    assert removal.kind == RemovalKind.LINE_BREAK
    assert speech.text[removal.position - 4 : removal.position + 3] == "economy"


def test_markdown_soft_breaks_join_a_broken_word_and_keep_a_compound() -> None:
    text = textwrap.dedent(
        """\
        # Opening remarks

        The global econ-
        omy is recovering, but a well-
        known risk remains.
        """
    )
    (speech,) = import_bytes(text.encode(), "remarks.md").speeches
    assert (
        speech.text.split("\n")[1]
        == "The global economy is recovering, but a well-known risk remains."
    )


def test_the_texts_own_spelling_decides_before_the_list() -> None:
    forms = SpelledForms(["the poverty-stricken counties", "international cooperation grows"])
    assert not wrap_hyphen("the poverty-", "stricken areas", forms)  # spelled hyphenated
    assert wrap_hyphen("the co-", "operation of all", forms)  # spelled solid: co is listed
    assert wrap_hyphen("the econ-", "omy", forms)  # spelled neither way: the list decides
    assert not wrap_hyphen("a well-", "known risk", forms)


def test_a_word_spelled_both_ways_is_left_to_the_list() -> None:
    forms = SpelledForms(["co-operation and cooperation"])
    assert forms.verdict("co", "operation") is None


_SPELLED_ELSEWHERE = """\
Remarks on Poverty Alleviation

The poverty-stricken counties of the west have all been lifted out of poverty, and the
people of the formerly poverty-
stricken areas now share in the fruits of development through international co-
operation, for international cooperation is how the world moves forward together today.
"""


def test_a_hard_wrapped_text_spells_a_broken_word_as_it_does_elsewhere() -> None:
    (speech,) = import_bytes(_SPELLED_ELSEWHERE.encode(), "remarks.txt").speeches
    assert "formerly poverty-stricken areas" in speech.text
    assert "through international cooperation, for" in speech.text


@pytest.mark.parametrize(
    ("previous", "line", "joined"),
    [
        ("is high-", "ly developed", True),  # a listed word and a suffix: hyphenation's break
        ("a state-", "ment by the", True),
        ("at a low-", "er cost", True),
        ("more wide-", "ly shared", True),
        ("the open-", "ness of", True),
        ("the so-", "cial sector", True),  # so and ex open few compounds, many words
        ("the so-", "ciety as a whole", True),
        ("to ex-", "pand trade", True),
        ("our ex-", "perience", True),
        ("the top-", "level design", False),  # listed, and a word follows: a compound
        ("a ten-", "year plan", False),
        ("a high-", "er-level meeting", False),  # a hyphen carried on: a compound
    ],
)
def test_a_listed_word_keeps_its_hyphen_only_before_a_word(
    previous: str, line: str, joined: bool
) -> None:
    assert wrap_hyphen(previous, line) is joined


def test_markdown_spells_a_broken_word_as_the_file_does_elsewhere() -> None:
    text = textwrap.dedent(
        """\
        # Remarks

        The poverty-stricken counties have all been lifted out of poverty, and the formerly
        poverty-
        stricken areas now share in the fruits of development.
        """
    )
    (speech,) = import_bytes(text.encode(), "remarks.md").speeches
    assert "the formerly poverty-stricken areas now share" in speech.text
