"""Where an annotation is stored once placed in its speech's current text, and by what right.

Two ways place an annotation: re-anchoring after its text changed (a re-import, or a change
kept during one: ``place``), and the user accepting the place a moved or fuzzy one was found at
(``accepted``). Either way a placed annotation's quote is taken from the text at its range, so
the stored quote always equals the words it covers; the words first marked stay in
``marked_quote`` when they differ.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from desktop.core.anchoring import Anchor, settled_state
from desktop.core.annotation import FOUND_ELSEWHERE, AnchorState, Annotation, TextQuote
from desktop.core.document import text_hash
from desktop.core.errors import LibraryError
from desktop.core.storage.annotation_values import first_marked


@dataclass(frozen=True, slots=True)
class Placement:
    """What to store for one re-anchored annotation: its state, and its range and quote if found.

    An orphan has no range and no new quote: it keeps its old quote (and that quote's hash).
    """

    state: AnchorState
    start: int | None = None
    end: int | None = None
    quote: TextQuote | None = None
    marked_quote: str | None = None


def place(
    anchor: Anchor, old_start: int | None, marked: tuple[str, str | None], text: str
) -> Placement:
    """How to store an annotation ``anchor`` found in ``text``.

    ``old_start`` is its offset in the text it was made on (None if unknown), ``marked`` its
    stored quote's words and its ``marked_quote``. Found, its quote is taken from ``text`` and
    its state settled (``anchoring.settled_state``); else it is orphaned.
    """
    if anchor.start is None or anchor.end is None:
        return Placement(AnchorState.ORPHANED)
    exact, marked_quote = marked
    if marked_quote and anchor.state != AnchorState.ORPHANED:
        anchor = _with_marked_words(anchor, anchor.start, anchor.end, marked_quote, text)
    state = settled_state(anchor, old_start)
    if state == AnchorState.ORPHANED:  # an orphan is never stored with a range
        return Placement(AnchorState.ORPHANED)
    quote = TextQuote.from_text(text, anchor.start, anchor.end)
    kept = first_marked(exact, marked_quote, quote.exact)
    return Placement(state, anchor.start, anchor.end, quote, kept)


def _with_marked_words(
    anchor: Anchor, start: int, end: int, marked_quote: str, text: str
) -> Anchor:
    """``anchor`` widened (or shifted) onto the words first marked, where they stand again.

    A fuzzy match narrows the quote to the words found; when a later version of the text holds
    the words the user marked again, over most of that place, the highlight takes them back
    rather than staying on the narrowed words for good.
    """
    length = len(marked_quote)
    found = text.find(marked_quote, max(0, start - length + 1), end - 1 + length)
    while found != -1:
        overlap = min(end, found + length) - max(start, found)
        if 2 * overlap >= end - start:
            return Anchor(found, found + length, AnchorState.ANCHORED, 1.0)
        found = text.find(marked_quote, found + 1, end - 1 + length)
    return anchor


class AcceptRefusal(StrEnum):
    """Why an annotation's place cannot be accepted."""

    UNKNOWN = "unknown"
    """There is no such annotation."""
    TRASHED = "trashed"
    """It is in the trash."""
    NOT_FOUND_ELSEWHERE = "not-found-elsewhere"
    """Neither moved nor fuzzy: anchored where it was, or orphaned with no place to take."""
    NO_RANGE = "no-range"
    """It covers no range of its speech's text."""


def refusal_to_accept(annotation: Annotation | None) -> AcceptRefusal | None:
    """Why the user may not accept the annotation's place (None: they may), the first reason
    in the order a user would look: does it exist, is it live, was it found elsewhere."""
    if annotation is None:
        return AcceptRefusal.UNKNOWN
    if annotation.deleted is not None:
        return AcceptRefusal.TRASHED
    if annotation.state not in FOUND_ELSEWHERE:
        return AcceptRefusal.NOT_FOUND_ELSEWHERE
    if not annotation.is_range:
        return AcceptRefusal.NO_RANGE
    return None


def can_accept(annotation: Annotation) -> bool:
    """Whether the user may accept the annotation's place: live, with a range, moved or fuzzy."""
    return refusal_to_accept(annotation) is None


def accepted(annotation: Annotation, text: str) -> Annotation:
    """``annotation`` anchored where it stands in ``text`` (its speech's current text).

    Its quote is taken from the text at its range (a fuzzy match's words may differ from the
    stored ones; the first marked stay in ``marked_quote``). LibraryError ``invalid`` if it is
    not a moved or fuzzy range, or its range is not inside ``text``.
    """
    if not can_accept(annotation):
        raise LibraryError("only a moved or fuzzy annotation's place can be taken", code="invalid")
    start, end = annotation.start, annotation.end
    if start is None or end is None or not 0 <= start < end <= len(text):
        raise LibraryError("the annotation's range is not inside its speech's text", code="invalid")
    quote = TextQuote.from_text(text, start, end)
    return replace(
        annotation,
        quote=quote,
        text_hash=text_hash(text),
        state=str(AnchorState.ANCHORED),
        marked_quote=first_marked(annotation.exact, annotation.marked_quote, quote.exact),
    )
