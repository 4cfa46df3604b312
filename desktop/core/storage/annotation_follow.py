"""An annotation state taken on a speech's earlier text, found again in the text stored now.

A window may keep a change (a new highlight, an undo's state) while an import holds the
library's write lock, and write it once that import committed: if the import re-imported the
speech, the change's offsets point into the old text. With that old text at hand (``taken_on``,
read when the change was kept) it is re-anchored as the import's own annotations are, through a
diff of the two texts (``core.anchoring``); without it, by its quote and context alone. Its
words gone, it is kept as orphaned with its quote and note. Never written at offsets the text
no longer means.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.anchoring import AnchorTarget, reanchor
from desktop.core.annotation import AnchorState, Annotation
from desktop.core.document import text_hash
from desktop.core.storage.annotation_placing import place


def in_text(annotation: Annotation, text: str, taken_on: str | None = None) -> Annotation:
    """``annotation`` as it belongs in ``text``: unchanged if taken on it, else re-anchored.

    ``taken_on`` is the text the annotation was taken on, if known; it is used only if its
    hash is the annotation's (another text would map the offsets wrongly).
    """
    if annotation.start is None or annotation.end is None:
        return annotation  # a speech note, or an orphan: no offsets to be wrong
    current = text_hash(text)
    if annotation.text_hash == current:
        return annotation
    anchor = reanchor(*_diffable(annotation, text, taken_on))
    placed = place(anchor, annotation.start, (annotation.exact, annotation.marked_quote), text)
    if placed.quote is None:
        # The words are gone: keep the old quote (and the hash of the text it quotes).
        return replace(annotation, state=AnchorState.ORPHANED, start=None, end=None)
    return replace(
        annotation,
        start=placed.start,
        end=placed.end,
        quote=placed.quote,
        text_hash=current,
        state=str(placed.state),
        marked_quote=placed.marked_quote,
    )


def _diffable(
    annotation: Annotation, text: str, taken_on: str | None
) -> tuple[str | None, str, AnchorTarget]:
    """What ``reanchor`` gets: the old text and offsets if they are the annotation's own."""
    if taken_on is not None and text_hash(taken_on) == annotation.text_hash:
        return taken_on, text, AnchorTarget(annotation.quote, annotation.start, annotation.end)
    # Offsets only mean something in the text they were taken on.
    return None, text, AnchorTarget(annotation.quote, None, None)
