"""Re-anchoring: find each annotation again after its speech's text changed.

An annotation keeps a TextPositionSelector (start, end) and a TextQuoteSelector (exact words,
32 characters of prefix and suffix). When the text changes, in order:

1. ANCHORED: the words stand where the old text maps to (through a diff of the two texts, so
   edits before the passage do not make another occurrence of the words its place). Untouched
   there (the diff maps the old range onto the very same words: only text before or after them
   changed) they are simply anchored at their new offset (``Anchor.untouched``); any other way
   of finding them at a new offset is stored as a move (``settled_state``), for the user to
   confirm: a re-import that deleted one paragraph asked her to confirm every passage below it.
2. MOVED: the exact words are found elsewhere, with enough of their context around them.
3. FUZZY: a close match (edit distance within a third of the quote's length), scored as the
   Hypothesis client does on quote, prefix, suffix and position, above ``MIN_FUZZY_SCORE``.
4. ORPHANED: nothing safe was found; the annotation keeps its quote and note.

Safety comes first: with the old text known, a passage of the new text that the diff traces
back to *other* old text is never taken (a look-alike sentence elsewhere cannot capture an
annotation whose passage was deleted); without it, the context must agree. Short quotes need
strong context to move at all. Landing on wrong words is worse than orphaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.anchoring_search import (
    SHORT_QUOTE,
    Candidate,
    Searcher,
    context_needed,
    max_errors,
)
from desktop.core.annotation import AnchorState, TextQuote
from desktop.core.approx import edit_distance
from desktop.core.textdiff import offset_map

MIN_QUOTE_SIMILARITY = 2 / 3
"""A fuzzy match differs from the quote in at most a third of its length."""

MIN_FUZZY_SCORE = 0.5
"""The lowest combined score (quote, prefix, suffix, position) a fuzzy match may have."""

_OWN_SHARE = 0.5  # a match mostly made of the annotation's own old characters is "at its place"
_FOREIGN_SHARE = 1 / 3  # a match with more characters than this from other old text is not ours
# Without the old text, words whose context still stands around them count as undisturbed (text
# edited before them shifted them) rather than moved: the best that can be told without a diff.
_UNDISTURBED_CONTEXT = 0.9
_SURE = 0.8  # a close match this good in quote and context needs no search of the whole text


@dataclass(frozen=True, slots=True)
class AnchorTarget:
    """What an annotation points at: its quote, and its offsets in the text it was made on."""

    quote: TextQuote
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotation lands in the new text, and how surely (1.0 exact, 0.0 orphaned)."""

    start: int | None
    end: int | None
    state: AnchorState
    score: float
    untouched: bool = field(default=False, compare=False)
    """ANCHORED where the diff maps the old range, onto the same words: only text around them
    changed, so a new offset is no move (``settled_state``). Not compared: it says by what
    right the place was found, not another place."""


ORPHANED = Anchor(None, None, AnchorState.ORPHANED, 0.0)


def reanchor(old_text: str | None, new_text: str, target: AnchorTarget) -> Anchor:
    """Find one annotation in ``new_text``; ``old_text`` is the text it was made on, if known."""
    return reanchor_all(old_text, new_text, [target])[0]


def reanchor_all(
    old_text: str | None, new_text: str, targets: Sequence[AnchorTarget]
) -> list[Anchor]:
    """Find every annotation of a speech in its new text; one diff serves them all."""
    by_context = _ByContext(new_text)
    if old_text is None:
        return [by_context.anchor(target) for target in targets]
    by_mapping = _ByMapping(old_text, new_text, by_context)
    return [by_mapping.anchor(target) for target in targets]


class _ByContext:
    """Anchors without the old text: the quote and its context are all there is to go on."""

    def __init__(self, new_text: str) -> None:
        self.searcher = Searcher(new_text)

    def anchor(self, target: AnchorTarget) -> Anchor:
        """The best place whose context agrees enough, exact first, else close."""
        quote, hint = target.quote, target.start
        if not quote.exact:
            return ORPHANED
        found = self.searcher.best_exact(quote, hint)
        if found is not None:
            undisturbed = found.start == hint or (
                min(found.prefix, found.suffix) >= _UNDISTURBED_CONTEXT
            )
            state = AnchorState.ANCHORED if undisturbed else AnchorState.MOVED
            return Anchor(found.start, found.end, state, 1.0)
        return _fuzzy_anchor(self._fuzzy(quote, hint))

    def _fuzzy(self, quote: TextQuote, hint: int | None) -> Candidate | None:
        """The best close match: a sure one where the passage likely is, else from anywhere."""
        errors = max_errors(len(quote.exact), MIN_QUOTE_SIMILARITY)
        needed = context_needed(len(quote.exact), exact=False, own=False)
        likely = self.searcher.likely_ranges(quote, errors, hint)
        candidates = self.searcher.fuzzy(quote, errors, hint, likely)
        best = _best([c for c in candidates if c.agreement(one_side=False) >= needed])
        if best is not None and min(best.context, best.quote_similarity) >= _SURE:
            return best
        candidates = self.searcher.fuzzy(quote, errors, hint, None)
        return _best([c for c in candidates if c.agreement(one_side=False) >= needed])


class _ByMapping:
    """Anchors through a diff of the old and new texts: where did the old words go?"""

    def __init__(self, old_text: str, new_text: str, by_context: _ByContext) -> None:
        self.old_text = old_text
        self.new_text = new_text
        self.mapping = offset_map(old_text, new_text)
        self.inserted = self.mapping.inserted_ranges()
        self.searcher = by_context.searcher
        self.by_context = by_context

    def anchor(self, target: AnchorTarget) -> Anchor:
        """ANCHORED at the mapped place, else MOVED, else FUZZY, else ORPHANED."""
        if not target.quote.exact:
            return ORPHANED
        old_span = self._old_span(target)
        if old_span is None:  # the words are not in the old text either: go by context
            return self.by_context.anchor(target)
        quote, (old_start, old_end) = target.quote, old_span
        hint = self.mapping.map_start(old_start)
        if self.new_text.startswith(quote.exact, hint) and not self._foreign(hint, *old_span):
            end = hint + len(quote.exact)
            untouched = self._untouched(target, old_span, hint)
            return Anchor(hint, end, AnchorState.ANCHORED, 1.0, untouched=untouched)
        candidates = self.searcher.exact(
            quote, hint, keep=lambda start: not self._foreign(start, old_start, old_end)
        )
        best = _best([c for c in candidates if self._accepts(c, quote, old_span)])
        if best is not None:
            state = AnchorState.ANCHORED if self._is_own(best, old_span) else AnchorState.MOVED
            return Anchor(best.start, best.end, state, 1.0)
        return self._fuzzy(quote, old_span, hint)

    def _old_span(self, target: AnchorTarget) -> tuple[int, int] | None:
        """Where the target is in the old text: its offsets if the words are there, else the
        occurrence whose context agrees (stored offsets may be stale)."""
        start, end = target.start, target.end
        if start is not None and end is not None and self.old_text[start:end] == target.quote.exact:
            return start, end
        found = Searcher(self.old_text).best_exact(target.quote, start)
        return (found.start, found.end) if found else None

    def _fuzzy(self, quote: TextQuote, old_span: tuple[int, int], hint: int) -> Anchor:
        """A close match at the passage's new place, or in text the new version inserted."""
        errors = max_errors(len(quote.exact), MIN_QUOTE_SIMILARITY)
        mapped_end = self.mapping.map_end(old_span[1])
        mapped = self._mapped_match(quote, errors, hint, mapped_end)
        # What the diff says the words became, if close: no search needed.
        if mapped and mapped.quote_similarity >= _SURE and self._accepts(mapped, quote, old_span):
            return _fuzzy_anchor(mapped)
        slack = errors + len(quote.exact) // 4 + 1
        own_window = (max(0, hint - slack), min(len(self.new_text), mapped_end + slack))
        candidates = self.searcher.fuzzy(quote, errors, hint, [own_window])
        # Only text inserted in runs long enough to hold much of the passage can be it, moved.
        shortest = max(4, len(quote.exact) // 2)
        inserted = [(low, high) for low, high in self.inserted if high - low >= shortest]
        candidates += self.searcher.fuzzy(quote, errors, hint, inserted)
        return _fuzzy_anchor(_best([c for c in candidates if self._accepts(c, quote, old_span)]))

    def _mapped_match(
        self, quote: TextQuote, errors: int, start: int, end: int
    ) -> Candidate | None:
        """The new text the old span maps to, as a candidate if close enough to the quote."""
        if end - start < len(quote.exact) - errors or end - start > len(quote.exact) + errors:
            return None
        distance = edit_distance(quote.exact, self.new_text[start:end])
        return (
            self.searcher.score(start, end, distance, quote, start) if distance <= errors else None
        )

    def _untouched(self, target: AnchorTarget, old_span: tuple[int, int], start: int) -> bool:
        """Whether the diff maps the target's own range onto ``start`` and the same words,
        each character of them its old one: the passage was left as it was."""
        if old_span != (target.start, target.end):
            return False  # stale offsets, found by context: not known to be the same passage
        length = old_span[1] - old_span[0]
        own, _ = self.mapping.provenance(start, start + length, *old_span)
        return own == length and self.mapping.map_end(old_span[1]) == start + length

    def _foreign(self, start: int, old_start: int, old_end: int) -> bool:
        """True if the new text at ``start``, as long as the old span, is mostly other old text."""
        length = old_end - old_start
        _, foreign = self.mapping.provenance(start, start + length, old_start, old_end)
        return foreign > length * _FOREIGN_SHARE

    def _is_own(self, candidate: Candidate, old_span: tuple[int, int]) -> bool:
        """True if the candidate is mostly made of the passage's own old characters."""
        own, _ = self.mapping.provenance(candidate.start, candidate.end, *old_span)
        return own >= (candidate.end - candidate.start) * _OWN_SHARE

    def _accepts(self, candidate: Candidate, quote: TextQuote, old_span: tuple[int, int]) -> bool:
        """True if the candidate may be the passage: not other old text, context good enough."""
        length = candidate.end - candidate.start
        own, foreign = self.mapping.provenance(candidate.start, candidate.end, *old_span)
        if foreign > length * _FOREIGN_SHARE:
            return False
        is_own = own >= length * _OWN_SHARE
        needed = context_needed(len(quote.exact), exact=candidate.errors == 0, own=is_own)
        # Not its own place: in text the new version inserted (a look-alike kept from the old
        # text was rejected above), where its paragraph may have moved, keeping one side.
        one_side = not is_own and len(quote.exact) > SHORT_QUOTE
        return candidate.agreement(one_side=one_side) >= needed


def settled_state(anchor: Anchor, old_start: int | None) -> AnchorState:
    """The state to store for ``anchor``: its own words at a new offset count as MOVED, unless
    the diff maps its range onto them untouched (``Anchor.untouched``: text before it changed).

    ``old_start`` is the annotation's offset in the text it was made on (None if unknown, as
    for an orphan: found again, it is not where it was made either).
    """
    moved = anchor.start != old_start and not anchor.untouched
    if anchor.state == AnchorState.ANCHORED and moved:
        return AnchorState.MOVED
    return anchor.state


def _best(candidates: list[Candidate]) -> Candidate | None:
    """The candidate with the highest combined score."""
    return max(candidates, key=lambda candidate: candidate.score, default=None)


def _fuzzy_anchor(candidate: Candidate | None) -> Anchor:
    """A FUZZY anchor for a good enough close match, else ORPHANED."""
    if candidate is None or candidate.quote_similarity < MIN_QUOTE_SIMILARITY:
        return ORPHANED
    if candidate.score < MIN_FUZZY_SCORE:
        return ORPHANED
    return Anchor(candidate.start, candidate.end, AnchorState.FUZZY, round(candidate.score, 4))
