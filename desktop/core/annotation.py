"""The user's annotations, modelled on the W3C Web Annotation data model.

A range annotation keeps both a position (start, end) and a quote (exact, prefix, suffix) of the
speech text it was made on, plus that text's hash, so it can be found again when the text
changes (see ``core.anchoring``). A note on a section targets the section's heading words; a note
on a whole speech has no range.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import NamedTuple

QUOTE_CONTEXT = 32
"""Characters of prefix and suffix kept around the exact quote."""


class AnnotationKind(StrEnum):
    """What an annotation is attached to and how it shows."""

    HIGHLIGHT = "highlight"  # a coloured range, maybe with a note
    NOTE = "note"  # a note on a range
    SECTION_NOTE = "section-note"  # a note on a section (targets its heading words)
    SPEECH_NOTE = "speech-note"  # a note on a whole speech (no range)


class AnchorState(StrEnum):
    """How an annotation's range was found in the current text of its speech.

    Set by the re-anchoring that followed the latest change of that text (a re-import, or a
    change written after one), relative to the text before it; a re-import that leaves the text
    alone keeps it, as a reattach makes it ANCHORED.
    """

    ANCHORED = "anchored"  # where it was made, or where the diff maps it, its words untouched
    MOVED = "moved"  # the exact quote, found elsewhere after the text changed
    FUZZY = "fuzzy"  # a close match of the quote, after the text changed
    ORPHANED = "orphaned"  # not found: kept with its quote and note, shown to the user


FOUND_ELSEWHERE = frozenset({AnchorState.MOVED, AnchorState.FUZZY})
"""States of an annotation found again after its text changed, not where it was made: the user
may accept the place (it becomes ANCHORED there)."""


class Color(StrEnum):
    """Highlight colours, in the order of keys 1 to 5."""

    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PINK = "pink"
    PURPLE = "purple"


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class TextQuote(NamedTuple):
    """A TextQuoteSelector: the exact words and up to 32 characters either side."""

    exact: str
    prefix: str
    suffix: str

    @classmethod
    def from_text(cls, text: str, start: int, end: int, context: int = QUOTE_CONTEXT) -> TextQuote:
        """The quote of ``text[start:end]`` with its context."""
        return cls(
            exact=text[start:end],
            prefix=text[max(0, start - context) : start],
            suffix=text[end : end + context],
        )


@dataclass(slots=True)
class Annotation:
    """One highlight or note. Times are ISO 8601 in UTC; ``deleted`` is set while in the trash.

    ``marked_quote`` holds the words first marked when the quote has since changed (a fuzzy
    re-anchor onto edited words); None when the quote still holds them.
    """

    id: str
    speech_id: int
    kind: str
    start: int | None
    end: int | None
    quote: TextQuote
    text_hash: str
    color: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    state: str = AnchorState.ANCHORED
    created: str = ""
    modified: str = ""
    deleted: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # The words the user first marked, kept once re-anchoring (or a re-attach) changed ``quote``;
    # None while the quote still holds them.
    marked_quote: str | None = None

    @property
    def exact(self) -> str:
        """The annotated words."""
        return self.quote.exact

    @property
    def is_range(self) -> bool:
        """True when the annotation targets a range of text (not a whole speech)."""
        return self.start is not None and self.end is not None


def new_annotation_id() -> str:
    """A fresh UUID for an annotation."""
    import uuid  # here: uuid loads platform and _uuid, which opening the window does not need

    return str(uuid.uuid4())


def utc_now() -> str:
    """The current time in UTC, ISO 8601 with a ``Z``, to the microsecond."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
