"""UI sentences with numbered places (``%1``, ``%2``), as Qt Linguist translates them.

Filled in one pass: a value that itself holds ``%2`` (a tag, a title, a file name: the user's
words) stays as written, where ``.replace("%1", a).replace("%2", b)`` would fill it too.

Also the rule that names a speech in a list ("No. 3 · title", after its collection's title
where several collections are listed), shared by the window (translated words) and the command
line (English): here, not in a module of its own, because the first frame names speeches and
loads this module anyway (tests/gui/test_app.py counts the modules it loads).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class SpeechLabelWords:
    """The words of a speech's label, in the caller's language: "No. %1", "%1 · %2" (number,
    title) and "%1 › %2" (collection, numbered title)."""

    number: Template
    numbered: Template
    in_collection: Template

    @classmethod
    def of(cls, number: str, numbered: str, in_collection: str) -> SpeechLabelWords:
        """The words from their templates."""
        return cls(Template(number), Template(numbered), Template(in_collection))

    def label(self, title: str, number: int = 0, collection: str = "") -> str:
        """A speech named by number and title (no number: 0), after ``collection`` if given,
        unless the collection is named by the speech's name (a file of one speech): "title ›
        title" would say it twice."""
        named = self.numbered.fill(self.number.fill(str(number)), title) if number else title
        if not collection or collection.strip() == named.strip():
            return named
        return self.in_collection.fill(collection, named)


ENGLISH_SPEECH_LABEL_WORDS = SpeechLabelWords.of("No. %1", "%1 · %2", "%1 › %2")
"""The label's words where nothing translates them (the command line)."""


def shown_speech_number(index: int, collection_size: int) -> int:
    """The number a speech's label shows: none (0) for the only speech of its collection, whose
    title suffices; a compilation's speeches often share one title, so others need theirs."""
    return index if collection_size > 1 else 0


def mixes_collections(collection_ids: Iterable[int]) -> bool:
    """Whether speeches of these collections name their collection: they come from several."""
    return len(set(collection_ids)) > 1
