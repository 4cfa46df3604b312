"""A Latin word broken at a line's wrap: whether the hyphen ending the line is the wrap's.

A PDF's or a typesetter's line breaks a long word at a syllable and puts a hyphen there
(``econ-`` / ``omy``); a compound keeps its own hyphen wherever the line breaks
(``well-`` / ``known``, ``state-`` / ``of-the-art``). Without a dictionary the two are told
apart by a simple rule:

- only a hyphen between lowercase letters can be a wrap's, the word maybe capitalised
  (``Econ-`` / ``omy`` at a sentence's start; ``COVID-`` / ``19``, ``Belt-`` / ``Road`` keep
  theirs);
- a word with another hyphen in it is a compound (``state-of-`` / ``the-art``,
  ``long-`` / ``term-oriented``): the hyphen stays;
- a piece before the hyphen that is one of the words English compounds most often open with
  (well, long, self, high, …: ``_COMPOUND_FIRSTS``) keeps it: ``well-known``, ``long-term``;
  unless what the next line carries on is only a suffix (``high-`` / ``ly``, ``state-`` /
  ``ment``, ``low-`` / ``er``): that is the listed word made longer, broken where
  hyphenation breaks it;
- any other hyphen goes: ``econ-omy`` reads ``economy``, ``devel-opment`` ``development``,
  ``multi-lateral`` ``multilateral`` (prefixes that modern English writes solid, as multi,
  inter, pre and post, are not listed).

A compound whose first word is not listed loses its hyphen (``people-centred`` would read
``peoplecentred`` had ``people`` not been listed): the list holds the first words of the
compounds Chinese official English uses most. Before the list, the text itself is asked, as a
reader would (``SpelledForms``): a word it spells hyphenated inside a line elsewhere
(``poverty-stricken``) keeps its hyphen at the wrap, one it spells solid (``cooperation``)
loses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The words a compound most often opens with, in English generally and in the translations
# of Chinese official texts (high-quality development, people-centred, win-win cooperation).
# Not so and ex, although so-called and ex-president open with them: hyphenation breaks far
# commoner words after them (so-cial, so-ci-ety, so-lu-tion, ex-pand, ex-port, ex-pe-ri-ence).
_COMPOUND_FIRST_WORDS = (
    "well long short high low self non full half all cross anti co "
    "mid middle large small wide world state people win old new far near first second third "
    "two three four five one ten hundred year day time top open hard vice broad "
    "decision policy market law rule science technology green tax fast"
)
_COMPOUND_FIRSTS = frozenset(_COMPOUND_FIRST_WORDS.split())
# What a line carries on that only makes the word above longer (high-ly, state-ment, low-er).
_SUFFIX_WORDS = (
    "ly er ers est ness ment ments ing ings ed en ens ened age ages ity ship ships ful "
    "ward wards ish ism ist ists ize izes ized ise ises ised dom hood"
)
_SUFFIXES = frozenset(_SUFFIX_WORDS.split())
# The word before the hyphen ending a line, with any hyphens of its own.
_BROKEN_END = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z-]*(?=-$)")
# How far back from a line's end that word is looked for: a search over the whole line would
# cost a joined paragraph's length at each of its lines (quadratic on a long paragraph). A
# longer word found cut here has either a hyphen (a compound) or no start (kept) all the same.
_WORD_REACH = 100
# A word's pieces either side of the break, two letters at least as a typesetter leaves them
# (x-ray keeps its hyphen): lowercase, the first maybe capitalised.
_PIECE = re.compile(r"[A-Za-z][a-z]+")
_CARRIED_ON = re.compile(r"[a-z]{2,}(-?)")
_CARRIED_WORD = re.compile(r"[a-z]+")
# A Latin word as a line spells it, with the hyphens inside it (one ending the line is not
# inside: ``econ-`` counts as ``econ``).
_SPELLED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


class SpelledForms:
    """The Latin words a text spells within its lines: hyphenated (``poverty-stricken``) and
    solid (``economy``), lowercased; what decides a wrap's hyphen before the list does."""

    __slots__ = ("hyphenated", "solid")

    def __init__(self, lines: Iterable[str]) -> None:
        self.hyphenated: set[str] = set()
        self.solid: set[str] = set()
        for line in lines:
            for word in _SPELLED.findall(line):
                (self.hyphenated if "-" in word else self.solid).add(word.lower())

    def verdict(self, first: str, rest: str) -> bool | None:
        """Whether ``first-`` / ``rest`` is one word broken at the wrap, as the text spells
        it elsewhere; None when it spells it neither way (or both: the list decides)."""
        hyphenated = f"{first}-{rest}" in self.hyphenated
        solid = f"{first}{rest}" in self.solid
        if hyphenated == solid:
            return None
        return solid


def wrap_hyphen(previous: str, line: str, forms: SpelledForms | None = None) -> bool:
    """Whether the hyphen ending ``previous`` broke a word at the wrap before ``line`` and
    goes when the two are joined (``econ-`` + ``omy``), as the module's rule says; ``forms``,
    the words the whole text spells, decide first where given."""
    if not previous.endswith("-") or not line[:1].islower() or not line[:1].isascii():
        return False
    end = _BROKEN_END.search(previous, max(0, len(previous) - _WORD_REACH))
    if end is None or _PIECE.fullmatch(end.group()) is None:
        return False  # no word of letters before it (COVID-), or one with a hyphen of its own
    carried = _CARRIED_ON.match(line)
    if carried is None or carried.group(1):
        return False  # state- / of-the-art
    first = end.group().lower()
    if forms is not None:
        rest = _CARRIED_WORD.match(line)
        verdict = forms.verdict(first, rest.group() if rest else "")
        if verdict is not None:
            return verdict
    if first not in _COMPOUND_FIRSTS:
        return True
    rest = _CARRIED_WORD.match(line)
    return rest is not None and rest.group() in _SUFFIXES
