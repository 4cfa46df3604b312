"""UI sentences with numbered places (``%1``, ``%2``), as Qt Linguist translates them.

Filled in one pass: a value that itself holds ``%2`` (a tag, a title, a file name: the user's
words) stays as written, where ``.replace("%1", a).replace("%2", b)`` would fill it too.

Also the rule that names a speech in a list ("No. 3 · title", after its collection's title
where several collections are listed; "title (No. 3, collection)" where the title leads),
shared by the window (translated words) and the command line (English): here, not in a module
of its own, because the first frame names speeches and loads this module anyway
(tests/gui/test_app.py counts the modules it loads).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

_PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """``template`` with each ``%N`` replaced by the Nth value; places beyond them stay."""

    return _PLACE.sub(lambda found: _value(found.group(1), values), template)


class Template:
    """A template split at its places once, for filling many times (a label per speech)."""

    def __init__(self, template: str) -> None:
        """Split ``template`` at its ``%N``."""
        self._pieces = _PLACE.split(template)

    def fill(self, *values: str) -> str:
        """The template filled in one pass, as ``fill`` fills it."""
        return "".join(
            _value(piece, values) if index % 2 else piece
            for index, piece in enumerate(self._pieces)
        )


def _value(number: str, values: tuple[str, ...]) -> str:
    """The value of place ``%number``, or the place itself beyond the values given."""
    place = int(number)
    return values[place - 1] if 0 < place <= len(values) else f"%{number}"


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class SpeechLabelWords(NamedTuple):
    """The words of a speech's label, in the caller's language: "No. %1", "%1 · %2" (number,
    title) and "%1 › %2" (collection, numbered title); for a label led by the title, "%1 (%2)"
    (title, details) and "%1, %2" (number, collection)."""

    number: Template
    numbered: Template
    in_collection: Template
    titled: Template
    pair: Template

    @classmethod
    def of(
        cls,
        number: str,
        numbered: str,
        in_collection: str,
        titled: str = "%1 (%2)",
        pair: str = "%1, %2",
    ) -> SpeechLabelWords:
        """The words from their templates."""
        templates = (number, numbered, in_collection, titled, pair)
        return cls(*(Template(template) for template in templates))

    def label(self, title: str, number: int = 0, collection: str = "") -> str:
        """A speech named by number and title (no number: 0), after ``collection`` if given,
        unless the collection is named by the speech's name (a file of one speech): "title ›
        title" would say it twice."""
        named = self.numbered.fill(self.number.fill(str(number)), title) if number else title
        if not collection or collection.strip() == named.strip():
            return named
        return self.in_collection.fill(collection, named)

    def title_first(self, title: str, number: int = 0, collection: str = "") -> str:
        """A speech named by its title, then its number and collection in brackets, "title
        (No. 5, collection)", for a column read down by title (the concordance); each detail is
        left out when 0 or empty, the collection also when it bears the title (a file of one
        speech)."""
        details = [self.number.fill(str(number))] if number else []
        if collection and collection.strip() != title.strip():
            details.append(collection)
        if not details:
            return title
        return self.titled.fill(
            title, self.pair.fill(*details) if len(details) == 2 else details[0]
        )


ENGLISH_SPEECH_LABEL_WORDS = SpeechLabelWords.of("No. %1", "%1 · %2", "%1 › %2")
"""The label's words where nothing translates them (the command line)."""


def shown_speech_number(index: int, collection_size: int) -> int:
    """The number a speech's label shows: none (0) for the only speech of its collection, whose
    title suffices; a compilation's speeches often share one title, so others need theirs."""
    return index if collection_size > 1 else 0


def mixes_collections(collection_ids: Iterable[int]) -> bool:
    """Whether speeches of these collections name their collection: they come from several."""
    return len(set(collection_ids)) > 1
